//! `thin-stage`: a stage has touchpoints, but fewer than the audit asks for.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct ThinStage;

static INFO: RuleInfo = RuleInfo {
    id: "thin-stage",
    area: Area::Touchpoints,
    severity: Severity::Warning,
};

impl Rule for ThinStage {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let min = ctx.project.site.thresholds.min_touchpoints_per_stage;
        ctx.project
            .stages
            .iter()
            .filter_map(|stage| {
                let count = ctx.project.touchpoints_of(&stage.id).count();
                (count >= 1 && count < min).then(|| Hit {
                    stage: Some(stage.id.clone()),
                    message: Message::new("finding-thin-stage")
                        .with("stage", Arg::Stage(stage.id.clone()))
                        .with("count", Arg::Count(count))
                        .with("min", Arg::Count(min)),
                    ..Hit::default()
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, project, touchpoint};

    #[test]
    fn fires_once_per_stage_with_too_few_touchpoints() {
        let mut project = healthy();
        project.touchpoints.retain(|tp| tp.id != "purchase-store");
        let hits = check(&ThinStage, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage.as_deref(), Some("purchase"));
        assert_eq!(hits[0].touchpoint, None);
        assert_eq!(hits[0].shortfall, 0.0);
        assert_eq!(
            hits[0].message,
            "The Purchase stage has only 1 touchpoint; the audit asks for at least 2."
        );
    }

    #[test]
    fn silent_when_every_stage_has_enough() {
        assert!(check(&ThinStage, &healthy()).is_empty());
    }

    #[test]
    fn boundary_exactly_the_minimum_passes_and_one_less_fires() {
        let mut project = project();
        project.site.thresholds.min_touchpoints_per_stage = 3;
        for id in ["a", "b", "c"] {
            project.touchpoints.push(touchpoint(id, "awareness"));
        }
        for id in ["d", "e"] {
            project.touchpoints.push(touchpoint(id, "decision"));
        }
        let hits = check(&ThinStage, &project);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0].stage.as_deref(), Some("decision"));
        assert!(hits[0].message.contains("only 2 touchpoints"));
        assert!(hits[0].message.contains("at least 3"));
    }

    #[test]
    fn empty_stages_are_left_to_empty_stage() {
        assert!(check(&ThinStage, &project()).is_empty());
    }

    #[test]
    fn speaks_the_report_language() {
        let mut project = project();
        project.touchpoints.push(touchpoint("a", "loyalty"));
        project.stages[5].name = "Loyalitet".into();
        project.site.language = crate::rules::testing::language("da");
        let hits = check(&ThinStage, &project);
        assert_eq!(
            hits[0].message,
            "Fasen Loyalitet har kun 1 kontaktpunkt; auditten kræver mindst 2."
        );
        project.site.language = crate::rules::testing::language("sv");
        project.stages[5].name = "Lojalitet".into();
        let hits = check(&ThinStage, &project);
        assert_eq!(
            hits[0].message,
            "Fasen Lojalitet har bara 1 kontaktpunkt; granskningen kräver minst 2."
        );
    }
}
