//! `low-score-touchpoint`: a scored touchpoint is below the pass line.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::{Severity, Touchpoint};

pub struct LowScoreTouchpoint;

static INFO: RuleInfo = RuleInfo {
    id: "low-score-touchpoint",
    area: Area::Touchpoints,
    severity: Severity::Warning,
};

/// The lowest scored dimensions of a touchpoint among the configured ones,
/// in their configured order, and their value; `None` when every scored
/// dimension has the same value (there is no weakest one to point at).
fn weakest(tp: &Touchpoint, ctx: &Context) -> Option<(Vec<String>, f64)> {
    let scored: Vec<(&str, f64)> = ctx
        .project
        .site
        .scoring
        .dimensions
        .iter()
        .filter_map(|dimension| Some((dimension.as_str(), *tp.scores.get(dimension)?)))
        .collect();
    let low = scored.iter().map(|(_, value)| *value).reduce(f64::min)?;
    let names: Vec<String> = scored
        .iter()
        .filter(|(_, value)| *value == low)
        .map(|(dimension, _)| dimension.to_string())
        .collect();
    (names.len() < scored.len()).then_some((names, low))
}

impl Rule for LowScoreTouchpoint {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let pass = ctx.pass();
        let scale = ctx.project.site.scoring.scale;
        ctx.project
            .touchpoints
            .iter()
            .enumerate()
            .filter_map(|(index, tp)| {
                let score = ctx.scores.touchpoint(index)?;
                if ctx.passes(score) {
                    return None;
                }
                let message = |id| {
                    Message::new(id)
                        .with("touchpoint", Arg::Touchpoint(tp.id.clone()))
                        .with("stage", Arg::Stage(tp.stage.clone()))
                        .with("score", Arg::Score(score))
                        .with("pass", Arg::Score(pass))
                };
                let message = match weakest(tp, ctx) {
                    Some((dimensions, low)) => message("finding-low-score-touchpoint-weakest")
                        .with("dimensions", Arg::Dimensions(dimensions))
                        .with("low", Arg::Number(low))
                        .with("scale", Arg::Number(scale)),
                    None => message("finding-low-score-touchpoint"),
                };
                Some(Hit {
                    stage: Some(tp.stage.clone()),
                    touchpoint: Some(tp.id.clone()),
                    message,
                    shortfall: pass - score,
                    ..Hit::default()
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::rules::testing::{check, healthy, project, scored, touchpoint};

    #[test]
    fn fires_once_per_touchpoint_below_pass_with_score_and_shortfall() {
        let mut project = healthy();
        project.touchpoints[0] = scored(project.touchpoints[0].clone(), 2.0);
        project.touchpoints[5] = scored(project.touchpoints[5].clone(), 1.0);
        let hits = check(&LowScoreTouchpoint, &project);
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0].stage.as_deref(), Some("awareness"));
        assert_eq!(hits[0].touchpoint.as_deref(), Some("awareness-web"));
        assert_eq!(hits[0].persona, None);
        assert!((hits[0].shortfall - 20.0).abs() < 1e-9);
        assert_eq!(
            hits[0].message,
            "The touchpoint “Touchpoint awareness-web” in the Awareness stage scores 40.0 of 100, \
             below the pass line of 60.0."
        );
        assert_eq!(hits[1].stage.as_deref(), Some("decision"));
        assert_eq!(hits[1].touchpoint.as_deref(), Some("decision-store"));
        assert!((hits[1].shortfall - 40.0).abs() < 1e-9);
    }

    #[test]
    fn silent_when_every_touchpoint_passes() {
        assert!(check(&LowScoreTouchpoint, &healthy()).is_empty());
    }

    #[test]
    fn boundary_exactly_at_pass_passes_just_below_fires() {
        let mut project = project();
        project
            .touchpoints
            .push(scored(touchpoint("at", "awareness"), 3.0));
        project
            .touchpoints
            .push(scored(touchpoint("below", "awareness"), 2.99));
        let hits = check(&LowScoreTouchpoint, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].touchpoint.as_deref(), Some("below"));
        // Shown rounded, compared unrounded.
        assert!(hits[0].message.contains("scores 59.8 of 100"));
        assert!((hits[0].shortfall - 0.2).abs() < 1e-9);
    }

    #[test]
    fn unscored_touchpoints_are_left_to_unscored_touchpoint() {
        let mut project = project();
        let mut tp = touchpoint("blank", "awareness");
        tp.scores.clear();
        project.touchpoints.push(tp);
        assert!(check(&LowScoreTouchpoint, &project).is_empty());
    }

    #[test]
    fn names_the_weakest_dimensions_and_respects_weights() {
        let mut project = project();
        project.site.scoring.weights = BTreeMap::from([("relevance".to_string(), 2.0)]);
        let mut tp = touchpoint("radio", "awareness");
        tp.name = "Local radio spot".into();
        tp.scores = BTreeMap::from([
            ("presence".to_string(), 4.0),
            ("relevance".to_string(), 1.0),
            ("consistency".to_string(), 2.0),
            ("experience".to_string(), 1.0),
        ]);
        project.touchpoints.push(tp);
        let hits = check(&LowScoreTouchpoint, &project);
        // (4 + 2*1 + 2 + 1) / 5 = 1.8 of 5 = 36%.
        assert_eq!(
            hits[0].message,
            "The touchpoint “Local radio spot” in the Awareness stage scores 36.0 of 100, below the \
             pass line of 60.0; weakest: Relevance and Experience (1 of 5)."
        );
        assert_eq!(hits[0].id(), "finding-low-score-touchpoint-weakest");
        assert_eq!(
            hits[0].arg("dimensions"),
            Some(&Arg::Dimensions(vec![
                "relevance".into(),
                "experience".into()
            ]))
        );
        assert!((hits[0].shortfall - 24.0).abs() < 1e-9);
    }

    #[test]
    fn speaks_danish_and_swedish() {
        let mut project = project();
        project
            .touchpoints
            .push(scored(touchpoint("a", "loyalty"), 2.5));
        // Every dimension is 2.5: none is the weakest, so none is named.
        project.stages[5].name = "Loyalitet".into();
        project.site.language = crate::rules::testing::language("da");
        assert_eq!(
            check(&LowScoreTouchpoint, &project)[0].message,
            "Kontaktpunktet »Touchpoint a« i fasen Loyalitet scorer 50,0 af 100, under grænsen for \
             bestået (60,0)."
        );
        project.stages[5].name = "Lojalitet".into();
        project.site.language = crate::rules::testing::language("sv");
        assert_eq!(
            check(&LowScoreTouchpoint, &project)[0].message,
            "Kontaktpunkten ”Touchpoint a” i fasen Lojalitet får 50,0 av 100, under godkäntgränsen \
             (60,0)."
        );
    }

    #[test]
    fn weakest_dimension_in_danish_with_half_points() {
        let mut project = project();
        project.site.language = crate::rules::testing::language("da");
        let mut tp = touchpoint("chat", "consideration");
        tp.name = "Chat på hjemmesiden".into();
        tp.scores = BTreeMap::from([
            ("presence".to_string(), 3.0),
            ("relevance".to_string(), 1.5),
            ("consistency".to_string(), 2.0),
            ("experience".to_string(), 2.0),
        ]);
        project.touchpoints.push(tp);
        project.stages[1].name = "Overvejelse".into();
        assert_eq!(
            check(&LowScoreTouchpoint, &project)[0].message,
            "Kontaktpunktet »Chat på hjemmesiden« i fasen Overvejelse scorer 42,5 af 100, under \
             grænsen for bestået (60,0); lavest scorer Relevans (1,5 af 5)."
        );
    }
}
