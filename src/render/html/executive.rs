//! The executive layer of the overview: the journey score with its
//! coverage said plainly, three to five insights drawn from the findings,
//! scores, emotions and actions (each linking to its evidence), and the
//! consultant's top actions with impact and effort.
//!
//! Pure: built once from the shared page data.

use serde::Serialize;

use super::view::{LinkView, Shared};
use crate::i18n::{quoted, score};
use crate::model::{Level, Status};
use crate::render::paths::{SitePage, stage_href};

/// How many actions the overview lists.
const TOP_ACTIONS: usize = 5;
/// At most this many insights.
const INSIGHTS: usize = 5;

#[derive(Debug, Clone, Serialize)]
pub struct Executive {
    /// `6 of 7 stages mapped; 64.2 across the mapped stages.`
    pub coverage: String,
    pub insights: Vec<LinkView>,
    pub actions: Vec<ActionView>,
    /// How many actions there are in all.
    pub action_count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActionView {
    pub text: String,
    pub touchpoint: LinkView,
    pub stage: String,
    pub impact: String,
    pub effort: String,
    pub quick_win: bool,
}

fn level(shared: &Shared, level: Level) -> String {
    shared.language.text(match level {
        Level::Low => "level_low",
        Level::Medium => "level_medium",
        Level::High => "level_high",
    })
}

fn emotion_text(value: i8) -> String {
    match value {
        v if v > 0 => format!("+{v}"),
        0 => "0".to_string(),
        v => format!("\u{2212}{}", -i32::from(v)),
    }
}

impl Executive {
    pub fn build(shared: &Shared) -> Executive {
        let project = shared.project;
        let report = shared.report;
        let language = shared.language;

        // Coverage: the stages with touchpoints and their mean score.
        let mapped: Vec<(&crate::model::Stage, Option<f64>)> = project
            .stages
            .iter()
            .filter(|stage| project.touchpoints_of(&stage.id).next().is_some())
            .map(|stage| (stage, report.stage(&stage.id).and_then(|s| s.score)))
            .collect();
        let scored: Vec<f64> = mapped.iter().filter_map(|(_, s)| *s).collect();
        let mean = (!scored.is_empty()).then(|| scored.iter().sum::<f64>() / scored.len() as f64);
        let mut coverage = language.fill(
            "coverage_sentence",
            &[
                ("mapped", &mapped.len().to_string()),
                ("total", &project.stages.len().to_string()),
                (
                    "score",
                    &mean.map_or("–".to_string(), |m| score(language, m)),
                ),
            ],
        );
        let unmapped: Vec<String> = project
            .stages
            .iter()
            .filter(|stage| project.touchpoints_of(&stage.id).next().is_none())
            .map(|stage| stage.name.clone())
            .collect();
        if !unmapped.is_empty() {
            coverage.push(' ');
            coverage
                .push_str(&language.fill("unmapped_sentence", &[("stages", &unmapped.join(", "))]));
        }

        let mut insights = Vec::new();
        // 1. The weakest mapped stage.
        if let Some((stage, Some(value))) = mapped
            .iter()
            .filter(|(_, s)| s.is_some())
            .min_by(|a, b| a.1.unwrap_or(0.0).total_cmp(&b.1.unwrap_or(0.0)))
        {
            let key = if *value < report.pass {
                "insight_weakest_below"
            } else {
                "insight_weakest_passes"
            };
            insights.push(LinkView {
                label: language.fill(
                    key,
                    &[
                        ("stage", &stage.name),
                        ("score", &score(language, *value)),
                        ("pass", &score(language, report.pass)),
                    ],
                ),
                href: stage_href(&stage.id),
            });
        }
        // 2. The emotional low point.
        let low = project
            .personas
            .iter()
            .flat_map(|persona| {
                project.stages.iter().flat_map(move |stage| {
                    project.touchpoints_of(&stage.id).filter_map(move |tp| {
                        tp.emotion_of(&persona.id).map(|e| (e, stage, tp, persona))
                    })
                })
            })
            .min_by_key(|(e, ..)| *e)
            .filter(|(e, ..)| *e < 0);
        if let Some((e, stage, tp, persona)) = low {
            insights.push(LinkView {
                label: language.fill(
                    "insight_low_point",
                    &[
                        ("persona", &persona.name),
                        ("touchpoint", &quoted(language, &tp.name)),
                        ("stage", &stage.name),
                        ("emotion", &emotion_text(e)),
                    ],
                ),
                href: shared
                    .card(&tp.id)
                    .map_or_else(|| stage_href(&stage.id), |card| card.href.clone()),
            });
        }
        // 3. An unmapped stage.
        if let Some(stage) = project
            .stages
            .iter()
            .find(|stage| project.touchpoints_of(&stage.id).next().is_none())
        {
            insights.push(LinkView {
                label: language.fill("insight_unmapped", &[("stage", &stage.name)]),
                href: stage_href(&stage.id),
            });
        }
        // 4. The touchpoint carrying the most open findings.
        if let Some(card) = shared
            .cards
            .iter()
            .filter(|card| card.open_findings >= 2)
            .max_by_key(|card| card.open_findings)
        {
            insights.push(LinkView {
                label: language.fill(
                    "insight_most_findings",
                    &[
                        ("touchpoint", &quoted(language, &card.name)),
                        ("n", &card.open_findings.to_string()),
                    ],
                ),
                href: card.href.clone(),
            });
        }
        // 5. Quick wins among the consultant's actions.
        let actions = ranked_actions(shared);
        let wins = actions.iter().filter(|a| a.quick_win).count();
        if wins > 0 {
            insights.push(LinkView {
                label: language.fill(
                    "insight_quick_wins",
                    &[
                        ("n", &wins.to_string()),
                        ("total", &actions.len().to_string()),
                    ],
                ),
                href: SitePage::Recommendations.href(),
            });
        }
        insights.truncate(INSIGHTS);

        let action_count = actions.len();
        Executive {
            coverage,
            insights,
            actions: actions.into_iter().take(TOP_ACTIONS).collect(),
            action_count,
        }
    }
}

/// The consultant's open actions, quick wins first, then by impact (high
/// first), effort (low first) and journey order.
fn ranked_actions(shared: &Shared) -> Vec<ActionView> {
    let project = shared.project;
    let rank = |l: Option<Level>| match l.unwrap_or(Level::Medium) {
        Level::High => 0,
        Level::Medium => 1,
        Level::Low => 2,
    };
    let mut found = Vec::new();
    for stage in &project.stages {
        for tp in project.touchpoints_of(&stage.id) {
            for o in tp.opportunities.iter().filter(|o| o.status != Status::Done) {
                let quick_win = o.impact == Some(Level::High) && o.effort == Some(Level::Low);
                let key = (!quick_win, rank(o.impact), 2 - rank(o.effort), found.len());
                found.push((
                    key,
                    ActionView {
                        text: o.text.clone(),
                        touchpoint: LinkView {
                            label: tp.name.clone(),
                            href: shared
                                .card(&tp.id)
                                .map_or_else(|| stage_href(&stage.id), |card| card.href.clone()),
                        },
                        stage: stage.name.clone(),
                        impact: level(shared, o.impact.unwrap_or(Level::Medium)),
                        effort: level(shared, o.effort.unwrap_or(Level::Medium)),
                        quick_win,
                    },
                ));
            }
        }
    }
    found.sort_by_key(|(key, _)| *key);
    found.into_iter().map(|(_, action)| action).collect()
}
