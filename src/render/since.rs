//! The words of a cycle comparison, in the report language: the three
//! overview lines (what improved, what regressed, what was resolved) and
//! the phrases the "since" page and `trailmark diff` share, so that both
//! say the same. Pure.

use std::collections::BTreeMap;

use crate::changes::{Changes, LikeForLike, ScorePair};
use crate::i18n;
use crate::model::{Language, PreviousCycle, Project};

/// Display names for the ids a comparison mentions: stages from the
/// model, touchpoints from the later cycle (the earlier one for those
/// removed since).
pub struct Names<'a> {
    stages: BTreeMap<&'a str, &'a str>,
    touchpoints: BTreeMap<&'a str, &'a str>,
}

impl<'a> Names<'a> {
    pub fn new(project: &'a Project, from: &'a PreviousCycle, to: &'a PreviousCycle) -> Names<'a> {
        let mut touchpoints = BTreeMap::new();
        for tp in from.touchpoints.iter().chain(&to.touchpoints) {
            if !tp.name.is_empty() {
                touchpoints.insert(tp.id.as_str(), tp.name.as_str());
            }
        }
        Names {
            stages: project
                .stages
                .iter()
                .map(|stage| (stage.id.as_str(), stage.name.as_str()))
                .collect(),
            touchpoints,
        }
    }

    pub fn stage<'b>(&'b self, id: &'b str) -> &'b str {
        self.stages.get(id).copied().unwrap_or(id)
    }

    pub fn touchpoint<'b>(&'b self, id: &'b str) -> &'b str {
        self.touchpoints.get(id).copied().unwrap_or(id)
    }
}

/// The three overview lines.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Overview {
    pub improved: String,
    pub regressed: String,
    pub resolved: String,
}

/// A score change with its sign: `+20.0`, `−4.0`, `±0.0`.
pub fn signed(language: &Language, delta: f64) -> String {
    let amount = i18n::score(language, delta.abs());
    match delta {
        d if d > 0.0 => format!("+{amount}"),
        d if d < 0.0 => format!("\u{2212}{amount}"),
        _ => format!("\u{b1}{amount}"),
    }
}

/// `44.0 → 64.0 (+20.0)`; a missing side is `–`.
pub fn pair(language: &Language, pair: &ScorePair) -> String {
    let side =
        |value: Option<f64>| value.map_or("\u{2013}".to_string(), |v| i18n::score(language, v));
    match pair.delta {
        Some(delta) => format!(
            "{} \u{2192} {} ({})",
            side(pair.previous),
            side(pair.current),
            signed(language, delta)
        ),
        None => format!("{} \u{2192} {}", side(pair.previous), side(pair.current)),
    }
}

/// `53.6 → 57.6 (+4.0)`.
pub fn like_for_like(language: &Language, like: &LikeForLike) -> String {
    pair(
        language,
        &ScorePair {
            previous: Some(like.previous),
            current: Some(like.current),
            delta: Some(like.delta),
        },
    )
}

/// The three lines the overview and `trailmark diff` lead with.
pub fn overview(changes: &Changes, names: &Names, language: &Language) -> Overview {
    let moved = |list: &[crate::changes::ScoreMove]| {
        list.first().map(|first| {
            format!(
                "{} {}",
                names.touchpoint(&first.id),
                pair(
                    language,
                    &ScorePair::new(Some(first.previous), Some(first.current))
                )
            )
        })
    };
    let stages_where = |rose: bool| -> Vec<String> {
        changes
            .stages
            .iter()
            .filter_map(|stage| {
                let like = stage.like_for_like?;
                ((rose && like.delta > 0.0) || (!rose && like.delta < 0.0)).then(|| {
                    format!(
                        "{} {}",
                        names.stage(&stage.id),
                        signed(language, like.delta)
                    )
                })
            })
            .collect()
    };
    let line =
        |label: &str, list: &[crate::changes::ScoreMove], stages: Vec<String>, none: &str| {
            let mut parts = Vec::new();
            if let Some(most) = moved(list) {
                parts.push(format!(
                    "{}, {} {most}",
                    language.count("touchpoints_count_plural", "count", list.len()),
                    &language.text("changes_largest")
                ));
            }
            if !stages.is_empty() {
                parts.push(format!(
                    "{}: {}",
                    &language.text("changes_stages_compared"),
                    stages.join(", ")
                ));
            }
            if parts.is_empty() {
                format!("{label}: {none}")
            } else {
                format!("{label}: {}", parts.join("; "))
            }
        };
    let improved = line(
        &language.text("changes_improved"),
        &changes.touchpoints.gains,
        stages_where(true),
        &language.text("changes_none_improved"),
    );
    let regressed = line(
        &language.text("changes_regressed"),
        &changes.touchpoints.losses,
        stages_where(false),
        &language.text("changes_none_regressed"),
    );
    let findings = &changes.findings;
    let (resolved, new, persisting) = (
        findings.resolved.len(),
        findings.new.len(),
        findings.persisting.len(),
    );
    let mut resolved_line = language.fill(
        "changes-findings-line",
        &[
            (
                "resolved",
                &language.count("findings_count", "count", resolved),
            ),
            ("new", &new.to_string()),
            ("persisting", &persisting.to_string()),
        ],
    );
    if let Some(first) = changes.actions_done.first() {
        let done = changes.actions_done.len();
        resolved_line.push_str(&format!(
            "; {}: {} ({} {})",
            language.count("changes-actions-done", "count", done),
            first.text,
            names.touchpoint(&first.touchpoint),
            pair(language, &first.score)
        ));
    }
    Overview {
        improved: format!("{improved}."),
        regressed: format!("{regressed}."),
        resolved: format!("{resolved_line}."),
    }
}

/// The whole comparison as plain text, for `trailmark diff`: the overview
/// lines, then the journey, every stage, every touchpoint's change, the
/// findings and the actions done.
pub fn text(changes: &Changes, names: &Names, language: &Language) -> String {
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(format!(
        "{} {} \u{2192} {}",
        &language.text("changes_heading"),
        changes.from,
        changes.to
    ));
    let overview = overview(changes, names, language);
    line(overview.improved);
    line(overview.regressed);
    line(overview.resolved);
    line(String::new());
    let like_words = &language.text("changes_like_for_like");
    let journey = &changes.journey;
    let mut journey_line = format!(
        "{}: {}",
        &language.text("changes_journey"),
        pair(language, &journey.score)
    );
    if let Some(like) = &journey.like_for_like {
        journey_line.push_str(&format!("; {like_words} {}", like_for_like(language, like)));
    }
    line(journey_line);
    for stage in &changes.stages {
        let mut parts = vec![pair(language, &stage.score)];
        if let Some(like) = &stage.like_for_like {
            parts.push(format!("{like_words} {}", like_for_like(language, like)));
        }
        if stage.new_in_model {
            parts.push(language.text("changes_stage_new_in_model"));
        } else if stage.newly_mapped {
            parts.push(language.text("changes_stage_newly_mapped"));
        }
        for (label, ids) in [
            (&language.text("changes_stage_added"), &stage.added),
            (&language.text("changes_stage_removed"), &stage.removed),
            (&language.text("changes_moved_in"), &stage.moved_in),
            (&language.text("changes_moved_out"), &stage.moved_out),
        ] {
            if !ids.is_empty() {
                parts.push(format!("{label} {}", ids.join(", ")));
            }
        }
        line(format!(
            "  {}: {}",
            names.stage(&stage.id),
            parts.join("; ")
        ));
    }
    let moves = |title: &str, list: &[crate::changes::ScoreMove], line: &mut dyn FnMut(String)| {
        if list.is_empty() {
            return;
        }
        line(format!("{title} ({}):", list.len()));
        for entry in list {
            line(format!(
                "  {} [{}]: {}",
                names.touchpoint(&entry.id),
                entry.id,
                pair(
                    language,
                    &ScorePair::new(Some(entry.previous), Some(entry.current))
                )
            ));
        }
    };
    moves(
        &language.text("changes_gains"),
        &changes.touchpoints.gains,
        &mut line,
    );
    moves(
        &language.text("changes_losses"),
        &changes.touchpoints.losses,
        &mut line,
    );
    let scope = &changes.touchpoints;
    for (title, entries) in [
        (
            &language.text("changes_touchpoints_added"),
            scope
                .added
                .iter()
                .map(|p| format!("{} ({})", p.id, names.stage(&p.stage)))
                .collect::<Vec<_>>(),
        ),
        (
            &language.text("changes_touchpoints_removed"),
            scope
                .removed
                .iter()
                .map(|p| format!("{} ({})", p.id, names.stage(&p.stage)))
                .collect(),
        ),
        (
            &language.text("changes_touchpoints_moved"),
            scope
                .moved
                .iter()
                .map(|m| {
                    format!(
                        "{} ({} \u{2192} {})",
                        m.id,
                        names.stage(&m.from),
                        names.stage(&m.to)
                    )
                })
                .collect(),
        ),
        (
            &language.text("changes_touchpoints_renamed"),
            scope
                .renamed
                .iter()
                .map(|r| format!("{} \u{2192} {}", r.previous_id, r.id))
                .collect(),
        ),
    ] {
        if !entries.is_empty() {
            line(format!("{title}: {}", entries.join(", ")));
        }
    }
    for (title, ids) in [
        (
            &language.text("changes_findings_resolved"),
            &changes.findings.resolved,
        ),
        (
            &language.text("changes_findings_new"),
            &changes.findings.new,
        ),
        (
            &language.text("changes_findings_open"),
            &changes.findings.persisting,
        ),
    ] {
        line(format!("{title} ({}):", ids.len()));
        for id in ids {
            line(format!("  {id}"));
        }
    }
    if !changes.actions_done.is_empty() {
        line(format!(
            "{} ({}):",
            &language.text("changes_actions_done_heading"),
            changes.actions_done.len()
        ));
        for action in &changes.actions_done {
            line(format!(
                "  {}; {} {}",
                action.text,
                names.touchpoint(&action.touchpoint),
                pair(language, &action.score)
            ));
        }
    }
    out
}
