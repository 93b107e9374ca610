//! `weak-stage`: a stage with touchpoints scores below the pass line.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct WeakStage;

static INFO: RuleInfo = RuleInfo {
    id: "weak-stage",
    area: Area::Touchpoints,
    severity: Severity::Warning,
};

impl Rule for WeakStage {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let pass = ctx.pass();
        ctx.project
            .stages
            .iter()
            .zip(&ctx.scores.stages)
            .filter(|(_, stage_score)| stage_score.touchpoints > 0)
            .filter_map(|(stage, stage_score)| {
                let score = stage_score.score?;
                if ctx.passes(score) {
                    return None;
                }
                let below = ctx
                    .project
                    .touchpoints
                    .iter()
                    .zip(&ctx.scores.touchpoints)
                    .filter(|(tp, tp_score)| {
                        tp.stage == stage.id && tp_score.is_some_and(|s| !ctx.passes(s))
                    })
                    .count();
                let scored = stage_score.scored;
                let unscored = stage_score.touchpoints - scored;
                let message = if unscored > 0 {
                    Message::new("finding-weak-stage-with-unscored")
                        .with("unscored", Arg::Count(unscored))
                } else {
                    Message::new("finding-weak-stage")
                };
                Some(Hit {
                    stage: Some(stage.id.clone()),
                    message: message
                        .with("stage", Arg::Stage(stage.id.clone()))
                        .with("score", Arg::Score(score))
                        .with("pass", Arg::Score(pass))
                        .with("below", Arg::Count(below))
                        .with("scored", Arg::Count(scored)),
                    shortfall: pass - score,
                    ..Hit::default()
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, project, scored, touchpoint};

    #[test]
    fn fires_for_a_stage_below_pass_with_score_and_shortfall() {
        let mut project = project();
        // 20 and 80: the stage averages 50.
        project
            .touchpoints
            .push(scored(touchpoint("a", "awareness"), 1.0));
        project
            .touchpoints
            .push(scored(touchpoint("b", "awareness"), 4.0));
        let hits = check(&WeakStage, &project);
        assert_eq!(hits.len(), 1);
        let hit = &hits[0];
        assert_eq!(hit.stage.as_deref(), Some("awareness"));
        assert_eq!(hit.touchpoint, None);
        assert!((hit.shortfall - 10.0).abs() < 1e-9, "{}", hit.shortfall);
        assert_eq!(
            hit.message,
            "The Awareness stage scores 50.0, below the pass line of 60.0: \
             1 of its 2 scored touchpoints is below the pass line."
        );
    }

    #[test]
    fn silent_on_a_healthy_project_and_on_empty_stages() {
        assert!(check(&WeakStage, &healthy()).is_empty());
        // Every stage empty: empty-stage's business, not this rule's.
        assert!(check(&WeakStage, &project()).is_empty());
    }

    #[test]
    fn boundary_exactly_at_pass_passes() {
        let mut project = project();
        project
            .touchpoints
            .push(scored(touchpoint("a", "decision"), 3.0));
        assert!(check(&WeakStage, &project).is_empty());
        // A hair below fails.
        project.touchpoints[0] = scored(touchpoint("a", "decision"), 2.99);
        let hits = check(&WeakStage, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage.as_deref(), Some("decision"));
    }

    #[test]
    fn all_unscored_stage_is_silent_and_unscored_touchpoints_are_not_counted() {
        let mut project = project();
        let mut unscored = touchpoint("u", "purchase");
        unscored.scores.clear();
        project.touchpoints.push(unscored.clone());
        assert!(check(&WeakStage, &project).is_empty());

        project
            .touchpoints
            .push(scored(touchpoint("low", "purchase"), 2.0));
        let hits = check(&WeakStage, &project);
        assert_eq!(hits.len(), 1);
        assert!((hits[0].shortfall - 20.0).abs() < 1e-9);
        assert!(
            hits[0].message.contains(
                "1 of its 1 scored touchpoint is below the pass line (1 touchpoint not scored and not \
                 counted)"
            ),
            "{}",
            hits[0].message
        );
        assert_eq!(hits[0].id(), "finding-weak-stage-with-unscored");
        assert_eq!(hits[0].arg("unscored"), Some(&Arg::Count(1)));
    }

    #[test]
    fn danish_message_uses_the_stage_name_and_decimal_comma() {
        let mut project = project();
        project.site.language = crate::rules::testing::language("da");
        project.stages =
            crate::model::StageModel::SevenStage.stages(&crate::rules::testing::language("da"));
        project
            .touchpoints
            .push(scored(touchpoint("a", "loyalty"), 2.5));
        let hits = check(&WeakStage, &project);
        assert_eq!(
            hits[0].message,
            "Fasen Loyalitet scorer 50,0, under grænsen for bestået (60,0): \
             1 af fasens 1 scorede kontaktpunkt ligger under grænsen."
        );
    }
}
