//! `online-only-journey`: no touchpoint of the journey is offline.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::{Mode, Severity};

pub struct OnlineOnlyJourney;

static INFO: RuleInfo = RuleInfo {
    id: "online-only-journey",
    area: Area::Touchpoints,
    severity: Severity::Info,
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
