//! `online-only-journey`: no touchpoint of the journey is offline.

use super::{Area, Context, Hit, Rule, RuleDoc, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::{Mode, Severity};

pub struct OnlineOnlyJourney;

static INFO: RuleInfo = RuleInfo {
    id: "online-only-journey",
    area: Area::Touchpoints,
    severity: Severity::Info,
    doc: RuleDoc {
        what: "Fires once for the whole journey when no touchpoint in any stage is offline: every \
               touchpoint's `mode` is `online`, either set explicitly or taken from its channel \
               (`store`, `event`, `trade-show`, `print`, `brochure`, `outdoor`, `packaging`, `phone`, \
               `sales`, `employees`, `word-of-mouth` and `service-center` are offline by default; an \
               explicit `mode` overrides that). A single offline touchpoint anywhere silences it. It \
               reads literally: a journey with no touchpoints has no offline touchpoint and fires.",
        why: "Even brands that sell online meet their customers offline: a recommendation over \
              dinner, a phone call to customer service, the packaging on the doorstep, a radio spot, \
              an employee at a trade show. Those moments often weigh more in the customer's \
              experience than any web page. A map with only online touchpoints usually means the \
              audit looked only at what analytics can see, and the offline part of the journey \
              (where customers may be lost or won) is neither measured nor managed. It is `info` \
              because some businesses are truly online only; then accept it with a `[[waiver]]`.",
        example: "A journey whose touchpoints are all on the web:\n\
                  \n\
                  ```toml\n\
                  # content/scorecards/awareness.toml\n\
                  [[touchpoint]]\n\
                  id      = \"search-ads\"\n\
                  name    = \"Paid search\"\n\
                  channel = \"search\"\n\
                  owner   = \"paid\"\n\
                  \n\
                  # content/scorecards/experience.toml\n\
                  [[touchpoint]]\n\
                  id      = \"support-chat\"\n\
                  name    = \"Support chat\"\n\
                  channel = \"chat\"\n\
                  ```\n\
                  \n\
                  and so on for every stage, with no `store`, `phone`, `event` or other offline \
                  channel, and no `mode = \"offline\"`.",
        fix: "Ask customers in the interviews and the front-line staff in a workshop where customers \
              meet the brand away from the screen: phone calls, the store or showroom, events, \
              deliveries and packaging, print, word of mouth. Add those touchpoints (with \
              `mode = \"offline\"` where the channel is not in the vocabulary) and score them. If the \
              business really has no offline contact, accept the finding with a `[[waiver]]` that \
              says so.",
    },
};

impl Rule for OnlineOnlyJourney {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let touchpoints = &ctx.project.touchpoints;
        if touchpoints.iter().any(|tp| tp.mode == Mode::Offline) {
            return Vec::new();
        }
        vec![Hit {
            message: Message::new("finding-online-only-journey")
                .with("count", Arg::Count(touchpoints.len())),
            ..Hit::default()
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, project, touchpoint};

    #[test]
    fn fires_once_when_every_touchpoint_is_online() {
        let mut project = healthy();
        for tp in &mut project.touchpoints {
            tp.mode = Mode::Online;
        }
        let hits = check(&OnlineOnlyJourney, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage, None);
        assert_eq!(hits[0].touchpoint, None);
        assert_eq!(hits[0].shortfall, 0.0);
        assert_eq!(
            hits[0].message,
            "All 14 touchpoints of the journey are online; none meets the customer offline \
             (store, phone, events, print)."
        );
    }

    #[test]
    fn silent_with_offline_touchpoints() {
        assert!(check(&OnlineOnlyJourney, &healthy()).is_empty());
    }

    #[test]
    fn boundary_one_offline_touchpoint_anywhere_is_enough() {
        let mut project = project();
        project.touchpoints.push(touchpoint("site", "awareness"));
        let mut radio = touchpoint("radio", "advocacy");
        radio.channel = "ads".into();
        radio.mode = Mode::Offline;
        project.touchpoints.push(radio);
        assert!(check(&OnlineOnlyJourney, &project).is_empty());
        project.touchpoints.pop();
        let hits = check(&OnlineOnlyJourney, &project);
        assert_eq!(hits.len(), 1);
        assert!(
            hits[0]
                .message
                .starts_with("The journey's only touchpoint is online")
        );
    }

    #[test]
    fn fires_on_a_journey_without_touchpoints() {
        let hits = check(&OnlineOnlyJourney, &project());
        assert_eq!(hits.len(), 1);
        assert_eq!(
            hits[0].message,
            "The journey has no touchpoints, so none meets the customer offline."
        );
    }

    #[test]
    fn speaks_danish_and_swedish() {
        let mut project = project();
        project.touchpoints.push(touchpoint("a", "awareness"));
        project.touchpoints.push(touchpoint("b", "loyalty"));
        project.site.language = crate::rules::testing::language("da");
        assert!(check(&OnlineOnlyJourney, &project)[0].message.starts_with(
            "Alle kunderejsens 2 kontaktpunkter er online; intet møder kunden offline"
        ));
        project.site.language = crate::rules::testing::language("sv");
        assert!(
            check(&OnlineOnlyJourney, &project)[0].message.starts_with(
                "Alla kundresans 2 kontaktpunkter är online; ingen möter kunden offline"
            )
        );
    }
}
