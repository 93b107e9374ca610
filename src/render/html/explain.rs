//! Score explanations: how each score shown in the report is made, as text.
//!
//! Pure. A touchpoint's explanation writes out the weighted mean of its
//! dimensions ("(4 + 2×2 + 3 + 3) / 5 = 2.8 of 5 = 56.0%; pass 60%"), a
//! stage's the mean of its scored touchpoints, the journey's the mean of
//! its stages, in the report language.

use crate::i18n::{self, number, percent, score, with_percent};
use crate::model::{Language, Scoring, Touchpoint};
use crate::report::{Report, StageEntry};
use crate::score::touchpoint_score;

/// `pass 60%`: the pass line in score points.
fn pass_text(scoring: &Scoring, language: &Language) -> String {
    format!(
        "{} {}",
        language.text("pass"),
        with_percent(language, number(language, scoring.pass_percent(), 1))
    )
}

/// How a touchpoint's score is made from its dimension scores and weights.
pub fn touchpoint_explanation(tp: &Touchpoint, scoring: &Scoring, language: &Language) -> String {
    let Some(value) = touchpoint_score(tp, scoring) else {
        return language.text("expl_unscored_touchpoint").to_string();
    };
    let mut terms = Vec::new();
    let mut weights = 0.0;
    let mut sum = 0.0;
    for dimension in &scoring.dimensions {
        let Some(score) = tp.scores.get(dimension) else {
            continue;
        };
        let weight = scoring.shown_weight(dimension);
        weights += weight;
        sum += weight * score;
        terms.push(if (weight - 1.0).abs() < f64::EPSILON {
            number(language, *score, 2)
        } else {
            format!(
                "{}×{}",
                number(language, weight, 2),
                number(language, *score, 2)
            )
        });
    }
    format!(
        "({}) / {} = {} {} {} = {}; {}",
        terms.join(" + "),
        number(language, weights, 2),
        number(language, sum / weights, 2),
        language.text("of"),
        number(language, scoring.scale, 2),
        percent(language, value),
        pass_text(scoring, language),
    )
}

/// How a stage's score is made: the mean of its scored touchpoints.
pub fn stage_explanation(stage: &StageEntry, report: &Report, language: &Language) -> String {
    let scores: Vec<Option<f64>> = stage
        .touchpoints
        .iter()
        .map(|id| report.touchpoint(id).and_then(|tp| tp.score))
        .collect();
    if scores.is_empty() {
        return language.text("expl_stage_empty").to_string();
    }
    let scored: Vec<f64> = scores.iter().flatten().copied().collect();
    let Some(value) = stage.score.filter(|_| !scored.is_empty()) else {
        return language.text("expl_stage_unscored").to_string();
    };
    let n = scored.len().to_string();
    let list: Vec<String> = scored.iter().map(|s| score(language, *s)).collect();
    let mut text = language.fill(
        "expl_stage_mean",
        &[
            ("n", &n),
            ("list", &list.join(" + ")),
            ("score", &percent(language, value)),
        ],
    );
    let unscored = scores.len() - scored.len();
    if unscored > 0 {
        text.push_str(". ");
        text.push_str(&language.fill("expl_stage_left_out", &[("n", &unscored.to_string())]));
    }
    text
}

/// How the journey score is made: the mean of every stage's score, an
/// unscored stage counting 0.
pub fn journey_explanation(report: &Report, scoring: &Scoring, language: &Language) -> String {
    let list: Vec<String> = report
        .stages
        .iter()
        .map(|stage| score(language, stage.score.unwrap_or(0.0)))
        .collect();
    let n = report.stages.len().to_string();
    format!(
        "{}; {}",
        language.fill(
            "expl_journey",
            &[
                ("n", &n),
                ("list", &list.join(" + ")),
                ("score", &i18n::percent(language, report.score)),
            ],
        ),
        pass_text(scoring, language)
    )
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::rules::testing;

    fn scored_tp() -> Touchpoint {
        let mut tp = testing::touchpoint("search-ads", "awareness");
        tp.scores = BTreeMap::from([
            ("presence".to_string(), 4.0),
            ("relevance".to_string(), 2.0),
            ("consistency".to_string(), 3.0),
            ("experience".to_string(), 3.0),
        ]);
        tp
    }

    #[test]
    fn touchpoint_explanation_writes_out_the_weighted_mean() {
        let mut scoring = Scoring::default();
        scoring.weights.insert("relevance".to_string(), 2.0);
        assert_eq!(
            touchpoint_explanation(
                &scored_tp(),
                &scoring,
                &crate::rules::testing::language("en")
            ),
            "(4 + 2×2 + 3 + 3) / 5 = 2.8 of 5 = 56.0%; pass 60%"
        );
        assert_eq!(
            touchpoint_explanation(
                &scored_tp(),
                &scoring,
                &crate::rules::testing::language("da")
            ),
            "(4 + 2×2 + 3 + 3) / 5 = 2,8 af 5 = 56,0\u{a0}%; bestået ved 60\u{a0}%"
        );
    }

    #[test]
    fn huge_weights_are_explained_relative_to_the_largest() {
        let mut scoring = Scoring::default();
        for (dimension, weight) in [
            ("presence", 1e308),
            ("relevance", 1e308),
            ("consistency", 1.0),
            ("experience", 1e-300),
        ] {
            scoring.weights.insert(dimension.to_string(), weight);
        }
        let text = touchpoint_explanation(&scored_tp(), &scoring, &testing::language("en"));
        assert_eq!(text, "(4 + 2 + 0×3 + 0×3) / 2 = 3 of 5 = 60.0%; pass 60%");
    }

    #[test]
    fn unweighted_and_partly_scored_touchpoints() {
        let scoring = Scoring::default();
        let mut tp = scored_tp();
        tp.scores.remove("experience");
        assert_eq!(
            touchpoint_explanation(&tp, &scoring, &crate::rules::testing::language("en")),
            "(4 + 2 + 3) / 3 = 3 of 5 = 60.0%; pass 60%"
        );
        tp.scores.clear();
        assert_eq!(
            touchpoint_explanation(&tp, &scoring, &crate::rules::testing::language("en")),
            "No dimension is scored yet."
        );
    }

    #[test]
    fn stage_and_journey_explanations() {
        let mut project = testing::project();
        project
            .touchpoints
            .push(testing::scored(testing::touchpoint("a", "awareness"), 3.0));
        project
            .touchpoints
            .push(testing::scored(testing::touchpoint("b", "awareness"), 4.0));
        let mut unscored = testing::touchpoint("c", "awareness");
        unscored.scores.clear();
        project.touchpoints.push(unscored);
        let scores = crate::score::Scores::compute(&project);
        let report = Report::build(&project, &scores, None);
        let awareness = &report.stages[0];
        assert_eq!(
            stage_explanation(awareness, &report, &crate::rules::testing::language("en")),
            "Mean of 2 scored touchpoints: (60.0 + 80.0) / 2 = 70.0%. 1 unscored touchpoint(s) left out."
        );
        assert_eq!(
            stage_explanation(
                &report.stages[1],
                &report,
                &crate::rules::testing::language("en")
            ),
            "No touchpoints, so the stage scores 0."
        );
        assert_eq!(
            journey_explanation(
                &report,
                &project.site.scoring,
                &crate::rules::testing::language("en")
            ),
            "Mean of the 7 stages: (70.0 + 0.0 + 0.0 + 0.0 + 0.0 + 0.0 + 0.0) / 7 = 10.0%; pass 60%"
        );
    }
}
