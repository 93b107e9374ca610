//! Scores: touchpoint, stage and journey scores from the model.
//!
//! Pure. Every score is a percentage of the scoring scale (0 to 100), kept
//! unrounded; [`round1`] rounds for display and report.json only, so that
//! comparisons with the pass line use the exact value.

use crate::model::{Project, Scoring, Touchpoint};

/// All scores of a project, computed once and shared by reference.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// One per touchpoint, in `Project::touchpoints` order; `None` is unscored.
    pub touchpoints: Vec<Option<f64>>,
    /// One per stage, in model order.
    pub stages: Vec<StageScore>,
    /// Mean of the stage scores, unscored stages counting 0.
    pub journey: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StageScore {
    /// `None` when the stage has touchpoints but none is scored.
    pub score: Option<f64>,
    pub touchpoints: usize,
    pub scored: usize,
}

impl Scores {
    pub fn compute(project: &Project) -> Scores {
        let scoring = &project.site.scoring;
        let touchpoints: Vec<Option<f64>> = project
            .touchpoints
            .iter()
            .map(|tp| touchpoint_score(tp, scoring))
            .collect();
        let stages: Vec<StageScore> = project
            .stages
            .iter()
            .map(|stage| {
                let of_stage: Vec<Option<f64>> = project
                    .touchpoints
                    .iter()
                    .zip(&touchpoints)
                    .filter(|(tp, _)| tp.stage == stage.id)
                    .map(|(_, score)| *score)
                    .collect();
                let scored: Vec<f64> = of_stage.iter().flatten().copied().collect();
                let score = if of_stage.is_empty() {
                    Some(0.0)
                } else {
                    mean(&scored)
                };
                StageScore {
                    score,
                    touchpoints: of_stage.len(),
                    scored: scored.len(),
                }
            })
            .collect();
        let stage_values: Vec<f64> = stages.iter().map(|s| s.score.unwrap_or(0.0)).collect();
        let journey = mean(&stage_values).unwrap_or(0.0);
        Scores {
            touchpoints,
            stages,
            journey,
        }
    }

    /// The score of the touchpoint at `index` in `Project::touchpoints`.
    pub fn touchpoint(&self, index: usize) -> Option<f64> {
        self.touchpoints.get(index).copied().flatten()
    }
}

/// The weighted mean of a touchpoint's scored dimensions, as a percentage
/// of the scale; `None` when no dimension with weight is scored.
pub fn touchpoint_score(tp: &Touchpoint, scoring: &Scoring) -> Option<f64> {
    // Weights are relative: dividing by the largest keeps every product
    // within the scale, however large the weights are written.
    let largest = scoring
        .dimensions
        .iter()
        .map(|dimension| scoring.weight(dimension))
        .fold(0.0, f64::max);
    if largest <= 0.0 {
        return None;
    }
    let (sum, weights) = scoring
        .dimensions
        .iter()
        .filter_map(|dimension| {
            let score = tp.scores.get(dimension)?;
            let weight = scoring.weight(dimension) / largest;
            Some((score * weight, weight))
        })
        .fold((0.0, 0.0), |(sum, weights), (value, weight)| {
            (sum + value, weights + weight)
        });
    (weights > 0.0).then(|| sum / weights / scoring.scale * 100.0)
}

pub use crate::numbers::round1;

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// How far below the pass line a score may fall through floating-point
/// error alone and still count as on it (scores are 0 to 100).
const ON_THE_LINE: f64 = 1e-9;

/// Whether an unrounded score passes: exactly at the pass line passes,
/// including a mean that floating-point arithmetic puts a hair below it
/// (three touchpoints averaging exactly 60 can come out as 59.99999999999999).
pub fn passes(score: f64, scoring: &Scoring) -> bool {
    score >= scoring.pass_percent() - ON_THE_LINE
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn touchpoint(scores: &[(&str, f64)]) -> Touchpoint {
        Touchpoint {
            scores: scores.iter().map(|(d, v)| (d.to_string(), *v)).collect(),
            ..crate::model::testing::touchpoint("tp", "awareness")
        }
    }

    #[test]
    fn touchpoint_score_is_mean_as_percentage() {
        let scoring = Scoring::default();
        let tp = touchpoint(&[
            ("presence", 4.0),
            ("relevance", 2.0),
            ("consistency", 3.0),
            ("experience", 3.0),
        ]);
        assert_eq!(touchpoint_score(&tp, &scoring), Some(60.0));
    }

    #[test]
    fn weights_count() {
        let scoring = Scoring {
            weights: BTreeMap::from([("relevance".to_string(), 2.0)]),
            ..Scoring::default()
        };
        let tp = touchpoint(&[
            ("presence", 4.0),
            ("relevance", 2.0),
            ("consistency", 3.0),
            ("experience", 3.0),
        ]);
        // (4 + 2*2 + 3 + 3) / 5 = 2.8 of 5
        let score = touchpoint_score(&tp, &scoring).unwrap();
        assert!((score - 56.0).abs() < 1e-9, "{score}");
    }

    #[test]
    fn missing_dimensions_are_left_out_and_none_scored_is_unscored() {
        let scoring = Scoring::default();
        assert_eq!(
            touchpoint_score(&touchpoint(&[("presence", 5.0)]), &scoring),
            Some(100.0)
        );
        assert_eq!(touchpoint_score(&touchpoint(&[]), &scoring), None);
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round1(61.25), 61.3);
        assert_eq!(round1(61.249), 61.2);
        assert_eq!(round1(0.05), 0.1);
        assert_eq!(round1(-0.05), -0.1);
        assert_eq!(round1(100.0), 100.0);
        assert_eq!(round1(2.0 / 3.0 * 100.0), 66.7);
    }

    #[test]
    fn exactly_at_pass_passes() {
        let scoring = Scoring::default();
        assert!(passes(60.0, &scoring));
        assert!(!passes(59.999, &scoring));
    }

    #[test]
    fn a_mean_exactly_at_pass_passes_despite_floating_point() {
        // Three dimensions scored 3, 4, 4 / 0, 4, 5 / 3, 1, 3: each mean is
        // exact in decimals and their mean is exactly 60, but not in binary.
        let scoring = Scoring {
            dimensions: ["presence", "relevance", "experience"]
                .map(String::from)
                .to_vec(),
            ..Scoring::default()
        };
        let scores: Vec<f64> = [[3.0, 4.0, 4.0], [0.0, 4.0, 5.0], [3.0, 1.0, 3.0]]
            .iter()
            .map(|values| {
                let pairs: Vec<(&str, f64)> = ["presence", "relevance", "experience"]
                    .into_iter()
                    .zip(*values)
                    .collect();
                touchpoint_score(&touchpoint(&pairs), &scoring).expect("scored")
            })
            .collect();
        let mean = scores.iter().sum::<f64>() / 3.0;
        assert!(passes(mean, &scoring), "{mean}");
        // Weights 2, 3, 1, 1 on 2.5, 2.5, 3.5, 5: exactly 60 in decimals.
        let weighted = Scoring {
            weights: [("presence", 2.0), ("relevance", 3.0)]
                .map(|(d, w)| (d.to_string(), w))
                .into(),
            ..Scoring::default()
        };
        let tp = touchpoint(&[
            ("presence", 2.5),
            ("relevance", 2.5),
            ("consistency", 3.5),
            ("experience", 5.0),
        ]);
        let score = touchpoint_score(&tp, &weighted).expect("scored");
        assert!(passes(score, &weighted), "{score}");
    }

    mod properties {
        use proptest::prelude::*;

        use super::*;

        fn dimension_scores() -> impl Strategy<Value = Vec<Option<f64>>> {
            proptest::collection::vec(proptest::option::of(0.0..=5.0f64), 4)
        }

        fn with_scores(values: &[Option<f64>]) -> Touchpoint {
            let names = ["presence", "relevance", "consistency", "experience"];
            let pairs: Vec<(&str, f64)> = names
                .iter()
                .zip(values)
                .filter_map(|(name, value)| value.map(|v| (*name, v)))
                .collect();
            touchpoint(&pairs)
        }

        proptest! {
            #[test]
            fn a_touchpoint_score_is_a_percentage(values in dimension_scores(), weight in 0.0..4.0f64) {
                let mut scoring = Scoring::default();
                scoring.weights.insert("relevance".into(), weight);
                if let Some(score) = touchpoint_score(&with_scores(&values), &scoring) {
                    prop_assert!((0.0..=100.0 + 1e-9).contains(&score), "{score}");
                } else {
                    prop_assert!(values.iter().enumerate().all(|(i, v)| v.is_none() || (i == 1 && weight == 0.0)));
                }
            }

            #[test]
            fn raising_a_dimension_never_lowers_the_score(values in dimension_scores(), which in 0..4usize, up in 0.0..5.0f64) {
                let scoring = Scoring::default();
                let before = touchpoint_score(&with_scores(&values), &scoring);
                let mut raised = values.clone();
                raised[which] = Some((values[which].unwrap_or(0.0) + up).min(5.0));
                let after = touchpoint_score(&with_scores(&raised), &scoring);
                if let (Some(before), Some(after), Some(_)) = (before, after, values[which]) {
                    prop_assert!(after + 1e-9 >= before, "{before} -> {after}");
                }
            }

            #[test]
            fn rounding_moves_at_most_half_a_tenth(value in -1000.0..1000.0f64) {
                let rounded = round1(value);
                prop_assert!((rounded - value).abs() <= 0.05 + 1e-9);
                prop_assert!(((rounded * 10.0).round() - rounded * 10.0).abs() < 1e-6);
            }

            #[test]
            fn the_journey_score_is_the_mean_of_its_stages(stage_scores in proptest::collection::vec(proptest::option::of(0.0..=5.0f64), 7)) {
                let mut project = crate::model::testing::project();
                for (stage, score) in project.stages.clone().iter().zip(&stage_scores) {
                    if let Some(score) = score {
                        project.touchpoints.push(crate::model::testing::scored(
                            crate::model::testing::touchpoint(&stage.id, &stage.id),
                            *score,
                        ));
                    }
                }
                let scores = Scores::compute(&project);
                let expected = stage_scores.iter().map(|s| s.unwrap_or(0.0) * 20.0).sum::<f64>() / 7.0;
                prop_assert!((scores.journey - expected).abs() < 1e-9);
                prop_assert!((0.0..=100.0 + 1e-9).contains(&scores.journey));
                prop_assert_eq!(Scores::compute(&project), scores);
            }
        }
    }
}
