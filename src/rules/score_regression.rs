//! `score-regression`: a touchpoint's score, or a stage's like-for-like
//! score, dropped against the previous cycle's snapshot.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct ScoreRegression;

static INFO: RuleInfo = RuleInfo {
    id: "score-regression",
    area: Area::Touchpoints,
    severity: Severity::Warning,
};

impl Rule for ScoreRegression {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let Some(changes) = ctx.changes else {
            return Vec::new();
        };
        let pass = ctx.pass();
        let message = |id, before: f64, after: f64| {
            Message::new(id)
                .with("before", Arg::Score(before))
                .with("cycle", Arg::Text(changes.from.clone()))
                .with("after", Arg::Score(after))
                .with("drop", Arg::Score(before - after))
        };
        let mut hits = Vec::new();

        for ((stage, score), change) in ctx
            .project
            .stages
            .iter()
            .zip(&ctx.scores.stages)
            .zip(&changes.stages)
        {
            let Some(like) = change
                .like_for_like
                .filter(|like| like.current < like.previous)
            else {
                continue;
            };
            hits.push(Hit {
                stage: Some(stage.id.clone()),
                message: message(
                    "finding-score-regression-stage",
                    like.previous,
                    like.current,
                )
                .with("stage", Arg::Stage(stage.id.clone()))
                .with("count", Arg::Count(like.compared)),
                shortfall: score.score.map_or(0.0, |current| (pass - current).max(0.0)),
                ..Hit::default()
            });
        }

        for lost in &changes.touchpoints.losses {
            let Some(tp) = ctx.project.touchpoint(&lost.id) else {
                continue;
            };
            hits.push(Hit {
                stage: Some(tp.stage.clone()),
                touchpoint: Some(tp.id.clone()),
                message: message(
                    "finding-score-regression-touchpoint",
                    lost.previous,
                    lost.current,
                )
                .with("touchpoint", Arg::Touchpoint(tp.id.clone())),
                shortfall: (pass - lost.current).max(0.0),
                ..Hit::default()
            });
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Project;
    use crate::rules::testing::{
        check, check_against, healthy, project, recorded, scored, touchpoint,
    };
    use crate::score::Scores;

    fn two_touchpoints(a: f64, b: f64) -> Project {
        let mut project = project();
        project
            .touchpoints
            .push(scored(touchpoint("search-ads", "awareness"), a));
        project
            .touchpoints
            .push(scored(touchpoint("radio", "awareness"), b));
        project
    }

    #[test]
    fn fires_for_the_touchpoint_and_its_stage() {
        let before = recorded(two_touchpoints(3.5, 4.0)); // 70, 80: stage 75
        let now = two_touchpoints(3.0, 4.0); // 60, 80: stage 70
        let hits = check_against(&ScoreRegression, &now, &before);
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0].stage.as_deref(), Some("awareness"));
        assert_eq!(hits[0].touchpoint, None);
        assert_eq!(
            hits[0].message,
            "Like for like, the Awareness stage's score dropped from 75.0 in 2026-Q3 to 70.0 \
             (down 5.0 points) over the 2 touchpoints scored in both cycles."
        );
        assert_eq!(hits[0].shortfall, 0.0);
        assert_eq!(hits[1].stage.as_deref(), Some("awareness"));
        assert_eq!(hits[1].touchpoint.as_deref(), Some("search-ads"));
        assert_eq!(
            hits[1].message,
            "The score of “Touchpoint search-ads” dropped from 70.0 in 2026-Q3 to 60.0 \
             (down 10.0 points)."
        );
    }

    #[test]
    fn shortfall_when_the_drop_falls_below_pass() {
        let before = recorded(two_touchpoints(3.0, 3.0));
        let now = two_touchpoints(2.5, 3.0);
        let hits = check_against(&ScoreRegression, &now, &before);
        let tp = hits
            .iter()
            .find(|h| h.touchpoint.as_deref() == Some("search-ads"))
            .expect("touchpoint hit");
        assert!((tp.shortfall - 10.0).abs() < 1e-9, "{}", tp.shortfall);
    }

    #[test]
    fn silent_without_previous_report_or_without_a_drop() {
        assert!(check(&ScoreRegression, &healthy()).is_empty());
        let before = recorded(two_touchpoints(3.0, 3.0));
        // Rises and equal scores are not regressions.
        assert!(check_against(&ScoreRegression, &two_touchpoints(3.0, 3.5), &before).is_empty());
    }

    #[test]
    fn boundary_compares_rounded_scores() {
        let mut scoring_project = project();
        scoring_project.site.scoring.dimensions = vec!["presence".into()];
        scoring_project.site.scoring.scale = 3.0;
        let mut then = scoring_project.clone();
        let mut tp = touchpoint("a", "awareness");
        tp.scores.retain(|dimension, _| dimension == "presence");
        // 2 of 3 = 66.666..., shown as 66.7.
        tp.scores.insert("presence".into(), 2.0);
        then.touchpoints.push(tp.clone());
        let before = recorded(then);
        assert_eq!(before.touchpoints[0].score, Some(66.7));
        // 66.66 rounds to 66.7: no drop on the rounded scores.
        tp.scores.insert("presence".into(), 1.9998);
        let mut now = scoring_project.clone();
        now.touchpoints.push(tp.clone());
        assert!(check_against(&ScoreRegression, &now, &before).is_empty());
        // 66.6 is a drop of a tenth.
        tp.scores.insert("presence".into(), 1.998);
        now.touchpoints[0] = tp;
        let hits = check_against(&ScoreRegression, &now, &before);
        assert_eq!(hits.len(), 2, "{hits:?}");
        assert!(hits[1].message.contains("to 66.6 (down 0.1 points)"));
    }

    #[test]
    fn items_absent_or_unscored_in_either_cycle_are_a_scope_change_not_a_drop() {
        let mut then = project();
        then.touchpoints
            .push(scored(touchpoint("gone", "decision"), 5.0));
        let mut unscored = touchpoint("unscored", "awareness");
        unscored.scores.clear();
        then.touchpoints.push(unscored);
        let before = recorded(then);
        let mut now = project();
        now.touchpoints
            .push(scored(touchpoint("new", "decision"), 1.0));
        now.touchpoints
            .push(scored(touchpoint("unscored", "awareness"), 1.0));
        // The decision stage went from 100 to 20 only because its
        // touchpoints changed; awareness was unscored last cycle.
        assert!(check_against(&ScoreRegression, &now, &before).is_empty());
    }

    #[test]
    fn a_newly_mapped_low_touchpoint_does_not_make_a_rising_stage_a_drop() {
        let before = recorded(two_touchpoints(3.0, 4.0)); // 60, 80: stage 70
        let mut now = two_touchpoints(3.5, 4.0); // 70, 80
        now.touchpoints
            .push(scored(touchpoint("new-page", "awareness"), 2.0)); // 40: stage 63.3
        assert_eq!(
            Scores::compute(&now).stages[0]
                .score
                .map(crate::score::round1),
            Some(63.3)
        );
        assert!(check_against(&ScoreRegression, &now, &before).is_empty());
    }

    #[test]
    fn boundary_like_for_like_uses_the_published_scores() {
        // 66.7 and 60.0 published: the stage's like-for-like mean is 63.35,
        // published 63.4 in both cycles when only the rounding differs.
        let mut then = project();
        then.site.scoring.dimensions = vec!["presence".into()];
        then.site.scoring.scale = 3.0;
        let mut a = touchpoint("a", "awareness");
        a.scores = [("presence".to_string(), 2.0)].into();
        let mut b = touchpoint("b", "awareness");
        b.scores = [("presence".to_string(), 1.8)].into();
        then.touchpoints = vec![a.clone(), b.clone()];
        let before = recorded(then.clone());
        // a: 66.66 (published 66.7): the same published scores, no drop.
        a.scores.insert("presence".into(), 1.9998);
        let mut now = then.clone();
        now.touchpoints = vec![a.clone(), b.clone()];
        assert!(check_against(&ScoreRegression, &now, &before).is_empty());
        // a: 66.6, a tenth lower: the touchpoint and the stage (63.3) drop.
        a.scores.insert("presence".into(), 1.998);
        now.touchpoints = vec![a, b];
        let hits = check_against(&ScoreRegression, &now, &before);
        assert_eq!(hits.len(), 2, "{hits:?}");
        assert!(
            hits[0].message.contains("from 63.4 in 2026-Q3 to 63.3"),
            "{}",
            hits[0].message
        );
    }

    #[test]
    fn a_renamed_touchpoint_keeps_its_history_and_a_moved_one_leaves_both_stages_alone() {
        let mut then = project();
        then.touchpoints
            .push(scored(touchpoint("old-name", "awareness"), 4.0));
        then.touchpoints
            .push(scored(touchpoint("mover", "awareness"), 4.0));
        then.touchpoints
            .push(scored(touchpoint("stays", "consideration"), 4.0));
        let before = recorded(then);
        let mut now = project();
        let mut renamed = scored(touchpoint("new-name", "awareness"), 3.0);
        renamed.previous_id = Some("old-name".into());
        now.touchpoints.push(renamed);
        now.touchpoints
            .push(scored(touchpoint("mover", "consideration"), 2.0));
        now.touchpoints
            .push(scored(touchpoint("stays", "consideration"), 4.0));
        let hits = check_against(&ScoreRegression, &now, &before);
        let ids: Vec<(Option<&str>, Option<&str>)> = hits
            .iter()
            .map(|hit| (hit.stage.as_deref(), hit.touchpoint.as_deref()))
            .collect();
        // Awareness: new-name 80 -> 60 like for like; consideration compares
        // `stays` alone (unchanged); the moved touchpoint dropped itself.
        assert_eq!(
            ids,
            [
                (Some("awareness"), None),
                (Some("consideration"), Some("mover")),
                (Some("awareness"), Some("new-name")),
            ]
        );
    }

    #[test]
    fn swedish_message_names_the_previous_cycle() {
        let before = recorded(two_touchpoints(4.0, 4.0));
        let mut now = two_touchpoints(3.5, 4.0);
        now.site.language = crate::rules::testing::language("sv");
        let hits = check_against(&ScoreRegression, &now, &before);
        assert_eq!(
            hits[1].message,
            "Poängen för ”Touchpoint search-ads” har sjunkit från 80,0 i 2026-Q3 till 70,0 \
             (10,0 poäng lägre)."
        );
    }
}
