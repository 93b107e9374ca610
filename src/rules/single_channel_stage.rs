//! `single-channel-stage`: every touchpoint of a stage uses the same channel.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct SingleChannelStage;

static INFO: RuleInfo = RuleInfo {
    id: "single-channel-stage",
    area: Area::Touchpoints,
    severity: Severity::Warning,
};

fn same_channel(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

impl Rule for SingleChannelStage {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        ctx.project
            .stages
            .iter()
            .filter_map(|stage| {
                let channels: Vec<&str> = ctx
                    .project
                    .touchpoints_of(&stage.id)
                    .map(|tp| tp.channel.as_str())
                    .collect();
                let (first, rest) = channels.split_first()?;
                if rest.is_empty() || !rest.iter().all(|channel| same_channel(first, channel)) {
                    return None;
                }
                Some(Hit {
                    stage: Some(stage.id.clone()),
                    message: Message::new("finding-single-channel-stage")
                        .with("count", Arg::Count(channels.len()))
                        .with("stage", Arg::Stage(stage.id.clone()))
                        .with("channel", Arg::Channel(first.trim().to_string())),
                    ..Hit::default()
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Mode, Owner};
    use crate::rules::testing::{check, healthy, project, touchpoint};

    fn via(id: &str, stage: &str, channel: &str) -> crate::model::Touchpoint {
        let mut tp = touchpoint(id, stage);
        tp.channel = channel.into();
        tp
    }

    #[test]
    fn fires_once_per_single_channel_stage_and_names_the_channel() {
        let mut project = healthy();
        project.touchpoints.retain(|tp| tp.stage != "loyalty");
        for id in ["reminder", "lease-end", "owners"] {
            project.touchpoints.push(via(id, "loyalty", "email"));
        }
        let hits = check(&SingleChannelStage, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage.as_deref(), Some("loyalty"));
        assert_eq!(hits[0].touchpoint, None);
        assert_eq!(hits[0].shortfall, 0.0);
        assert_eq!(
            hits[0].message,
            "All 3 touchpoints of the Loyalty stage use the same channel, Email: customers who do \
             not use it are not reached there."
        );
    }

    #[test]
    fn silent_when_stages_mix_channels() {
        assert!(check(&SingleChannelStage, &healthy()).is_empty());
    }

    #[test]
    fn boundary_two_touchpoints_fire_one_does_not() {
        let mut project = project();
        project.touchpoints.push(via("a", "awareness", "social"));
        project
            .touchpoints
            .push(via("b", "consideration", "social"));
        project
            .touchpoints
            .push(via("c", "consideration", "social"));
        let hits = check(&SingleChannelStage, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage.as_deref(), Some("consideration"));
        assert!(
            hits[0]
                .message
                .starts_with("Both touchpoints of the Consideration stage")
        );
    }

    #[test]
    fn one_other_channel_is_enough() {
        let mut project = project();
        for id in ["a", "b", "c"] {
            project.touchpoints.push(via(id, "loyalty", "email"));
        }
        project.touchpoints.push(via("d", "loyalty", "app"));
        assert!(check(&SingleChannelStage, &project).is_empty());
    }

    #[test]
    fn only_the_channel_counts_and_case_does_not() {
        let mut project = project();
        let mut radio = via("radio", "awareness", "ads");
        radio.mode = Mode::Offline;
        radio.owner = Owner::Paid;
        project.touchpoints.push(radio);
        project.touchpoints.push(via("banner", "awareness", "Ads"));
        let hits = check(&SingleChannelStage, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].arg("channel"), Some(&Arg::Channel("ads".into())));
        assert!(hits[0].message.contains("same channel, Ads:"));
    }

    #[test]
    fn speaks_danish_and_swedish() {
        let mut project = project();
        project.touchpoints.push(via("a", "loyalty", "email"));
        project.touchpoints.push(via("b", "loyalty", "email"));
        project.stages[5].name = "Loyalitet".into();
        project.site.language = crate::rules::testing::language("da");
        assert_eq!(
            check(&SingleChannelStage, &project)[0].message,
            "Begge kontaktpunkter i fasen Loyalitet bruger samme kanal (E-mail): kunder, der \
             ikke bruger den, nås ikke i fasen."
        );
        project.stages[5].name = "Lojalitet".into();
        project.site.language = crate::rules::testing::language("sv");
        assert_eq!(
            check(&SingleChannelStage, &project)[0].message,
            "Båda kontaktpunkterna i fasen Lojalitet använder samma kanal (E-post): kunder som inte \
             använder den nås inte i fasen."
        );
    }
}
