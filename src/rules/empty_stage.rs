//! `empty-stage`: a stage of the model has no touchpoint.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct EmptyStage;

static INFO: RuleInfo = RuleInfo {
    id: "empty-stage",
    area: Area::Touchpoints,
    severity: Severity::Error,
};

impl Rule for EmptyStage {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        ctx.project
            .stages
            .iter()
            .filter(|stage| ctx.project.touchpoints_of(&stage.id).next().is_none())
            .map(|stage| Hit {
                stage: Some(stage.id.clone()),
                message: Message::new("finding-empty-stage")
                    .with("stage", Arg::Stage(stage.id.clone())),
                ..Hit::default()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, project, touchpoint};

    #[test]
    fn fires_once_per_empty_stage() {
        let mut project = project();
        project.touchpoints.push(touchpoint("a", "awareness"));
        let hits = check(&EmptyStage, &project);
        assert_eq!(hits.len(), 6);
        assert_eq!(hits[0].stage.as_deref(), Some("consideration"));
        assert!(hits[0].message.contains("Consideration"));
    }

    #[test]
    fn silent_when_every_stage_has_a_touchpoint() {
        assert!(check(&EmptyStage, &healthy()).is_empty());
    }

    #[test]
    fn boundary_one_touchpoint_is_not_empty() {
        let mut project = project();
        for stage in project.stages.clone() {
            project.touchpoints.push(touchpoint(&stage.id, &stage.id));
        }
        assert!(check(&EmptyStage, &project).is_empty());
    }
}
