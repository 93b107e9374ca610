//! The "since <previous cycle>" page and the overview block: what changed
//! since the previous cycle, from the report's `changes`, in the report
//! language. Pure.

use serde::Serialize;

use super::frame::{Page, frame};
use super::view::{LinkView, Shared};
use crate::changes::ScorePair;
use crate::i18n;
use crate::render::paths::{
    SitePage, archived_report_href, finding_href, stage_href, touchpoint_href,
};
use crate::render::since::{self, Names, Overview};
use crate::rules::RuleText;

/// The overview block on the index page: three lines and a link.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    pub title: String,
    pub href: String,
    pub lines: Overview,
}

#[derive(Debug, Clone, Serialize)]
struct StageRow {
    name: String,
    href: String,
    score: String,
    like_for_like: String,
    scope: String,
}

#[derive(Debug, Clone, Serialize)]
struct Move {
    name: String,
    href: String,
    change: String,
}

#[derive(Debug, Clone, Serialize)]
struct FindingGroup {
    title: String,
    ids: Vec<LinkView>,
}

fn title(shared: &Shared, from: &str) -> String {
    shared
        .language
        .fill("changes-page-title", &[("from", from)])
}

/// The overview block, when there is a previous cycle.
pub fn block(shared: &Shared) -> Option<Block> {
    let changes = shared.report.changes.as_ref()?;
    let current = shared.report.as_previous();
    let earlier = crate::model::PreviousCycle::default();
    let names = Names::new(shared.project, &earlier, &current);
    Some(Block {
        title: title(shared, &changes.from),
        href: SitePage::Since.href(),
        lines: since::overview(changes, &names, shared.language),
    })
}

/// The "since" page, when there is a previous cycle.
pub fn page(shared: &Shared) -> Option<Page> {
    let changes = shared.report.changes.as_ref()?;
    let language = shared.language;
    let current = shared.report.as_previous();
    let earlier = crate::model::PreviousCycle::default();
    let names = Names::new(shared.project, &earlier, &current);
    let page_title = title(shared, &changes.from);
    let mut context = frame(shared, &SitePage::Since.path(), "since", &page_title);
    let like_words = language.text("changes_like_for_like");
    let stages: Vec<StageRow> = changes
        .stages
        .iter()
        .map(|stage| {
            let mut scope = Vec::new();
            if stage.new_in_model {
                scope.push(language.text("changes_stage_new_in_model").to_string());
            } else if stage.newly_mapped {
                scope.push(language.text("changes_stage_newly_mapped").to_string());
            }
            for (label, ids) in [
                (language.text("changes_stage_added"), &stage.added),
                (language.text("changes_stage_removed"), &stage.removed),
                (language.text("changes_moved_in"), &stage.moved_in),
                (language.text("changes_moved_out"), &stage.moved_out),
            ] {
                if !ids.is_empty() {
                    let list: Vec<&str> = ids.iter().map(|id| names.touchpoint(id)).collect();
                    scope.push(format!("{label}: {}", list.join(", ")));
                }
            }
            StageRow {
                name: names.stage(&stage.id).to_string(),
                href: stage_href(&stage.id),
                score: since::pair(language, &stage.score),
                like_for_like: stage
                    .like_for_like
                    .as_ref()
                    .map_or("\u{2013}".to_string(), |like| {
                        since::like_for_like(language, like)
                    }),
                scope: scope.join("; "),
            }
        })
        .collect();
    let moves = |list: &[crate::changes::ScoreMove]| -> Vec<Move> {
        list.iter()
            .map(|entry| Move {
                name: names.touchpoint(&entry.id).to_string(),
                href: touchpoint_href(&entry.stage, &entry.id),
                change: since::pair(
                    language,
                    &ScorePair::new(Some(entry.previous), Some(entry.current)),
                ),
            })
            .collect()
    };
    let finding_links = |ids: &[String], linked: bool| -> Vec<LinkView> {
        ids.iter()
            .map(|id| LinkView {
                label: shared
                    .report
                    .findings
                    .iter()
                    .find(|f| &f.id == id)
                    .map_or_else(|| gone_finding(shared, &names, id), |f| f.message.clone()),
                href: if linked {
                    finding_href(shared.report, id)
                } else {
                    String::new()
                },
            })
            .collect()
    };
    let findings = vec![
        FindingGroup {
            title: language.text("changes_column_resolved").to_string(),
            ids: finding_links(&changes.findings.resolved, false),
        },
        FindingGroup {
            title: language.text("changes_column_new").to_string(),
            ids: finding_links(&changes.findings.new, true),
        },
        FindingGroup {
            title: language.text("changes_column_open").to_string(),
            ids: finding_links(&changes.findings.persisting, true),
        },
    ];
    let actions: Vec<Move> = changes
        .actions_done
        .iter()
        .map(|action| Move {
            name: action.text.clone(),
            href: touchpoint_href(&action.stage, &action.touchpoint),
            change: format!(
                "{} {}",
                names.touchpoint(&action.touchpoint),
                since::pair(language, &action.score)
            ),
        })
        .collect();
    let scope = &changes.touchpoints;
    let mut scope_lines = Vec::new();
    for (label, entries) in [
        (
            language.text("changes_touchpoints_added"),
            scope
                .added
                .iter()
                .map(|p| format!("{} ({})", names.touchpoint(&p.id), names.stage(&p.stage)))
                .collect::<Vec<_>>(),
        ),
        (
            language.text("changes_touchpoints_removed"),
            scope
                .removed
                .iter()
                .map(|p| format!("{} ({})", p.id, names.stage(&p.stage)))
                .collect(),
        ),
        (
            language.text("changes_touchpoints_moved"),
            scope
                .moved
                .iter()
                .map(|m| {
                    format!(
                        "{} ({} \u{2192} {})",
                        names.touchpoint(&m.id),
                        names.stage(&m.from),
                        names.stage(&m.to)
                    )
                })
                .collect(),
        ),
        (
            language.text("changes_touchpoints_renamed"),
            scope
                .renamed
                .iter()
                .map(|r| format!("{} \u{2192} {}", r.previous_id, r.id))
                .collect(),
        ),
    ] {
        if !entries.is_empty() {
            scope_lines.push(format!("{label}: {}", entries.join(", ")));
        }
    }
    let mut journey = since::pair(language, &changes.journey.score);
    if let Some(like) = &changes.journey.like_for_like {
        journey.push_str(&format!(
            "; {like_words} {}",
            since::like_for_like(language, like)
        ));
    }
    let charts = &shared.charts.cycles;
    let reports = earlier_reports(shared);
    let previous_report = reports
        .iter()
        .find(|(cycle, _)| *cycle == changes.from)
        .map(|(_, link)| link.clone());
    let reports: Vec<LinkView> = reports.into_iter().map(|(_, link)| link).collect();
    context.insert("previous_report", &previous_report);
    context.insert("earlier_reports", &reports);
    context.insert("overview", &since::overview(changes, &names, language));
    context.insert("journey", &journey);
    context.insert("stage_rows", &stages);
    context.insert("gains", &moves(&changes.touchpoints.gains));
    context.insert("losses", &moves(&changes.touchpoints.losses));
    context.insert("scope_lines", &scope_lines);
    context.insert("finding_groups", &findings);
    context.insert("actions", &actions);
    context.insert("trend_charts", &charts.trends);
    context.insert("before_after", &charts.before_after);
    context.insert("s", &words(language));
    Some(Page {
        path: SitePage::Since.path(),
        template: "since.html",
        context,
    })
}

/// A finding the report no longer has (resolved since), in words: its
/// rule's failing state and where it was, never its id.
fn gone_finding(shared: &Shared, names: &Names, id: &str) -> String {
    let language = &shared.language;
    let (rule, place) = id.split_once('@').unwrap_or((id, ""));
    let (place, persona) = place
        .split_once('~')
        .map_or((place, None), |(place, persona)| (place, Some(persona)));
    let (stage, touchpoint) = match place.split_once('/') {
        Some((stage, touchpoint)) => (stage, touchpoint),
        None if shared.project.stages.iter().any(|s| s.id == place) => (place, ""),
        None => ("", place),
    };
    let what = crate::rules::find(rule).map_or_else(
        || rule.to_string(),
        |rule| rule.info().text(language, RuleText::Failure),
    );
    let mut place = Vec::new();
    if !touchpoint.is_empty() {
        place.push(i18n::quoted(language, names.touchpoint(touchpoint)));
    } else if !stage.is_empty() {
        place.push(names.stage(stage).to_string());
    }
    if let Some(persona) = persona {
        place.push(
            shared
                .project
                .persona(persona)
                .map_or(persona.to_string(), |p| p.name.clone()),
        );
    }
    if place.is_empty() {
        what
    } else {
        format!("{what}: {}", place.join(", "))
    }
}

/// Links to the reports of earlier cycles the output folder keeps, by
/// cycle label, oldest first.
fn earlier_reports(shared: &Shared) -> Vec<(String, LinkView)> {
    let project = shared.project;
    project
        .published
        .kept(&project.site.cycle)
        .into_iter()
        .map(|cycle| {
            let link = LinkView {
                label: shared
                    .language
                    .fill("changes-report-of", &[("cycle", cycle)]),
                href: archived_report_href(cycle),
            };
            (cycle.to_string(), link)
        })
        .collect()
}

/// The page's headings and labels, from the catalogue's `changes_page_*`.
fn words(language: &crate::model::Language) -> std::collections::BTreeMap<&'static str, String> {
    [
        "journey",
        "stages",
        "stage",
        "score",
        "like_for_like",
        "scope",
        "like_note",
        "touchpoints",
        "gains",
        "losses",
        "none",
        "findings",
        "actions",
        "trends",
        "before_after",
        "earlier_reports",
    ]
    .into_iter()
    .map(|key| (key, language.text(&format!("changes_page_{key}"))))
    .collect()
}
