//! The "since <previous cycle>" page and the overview block: what changed
//! since the previous cycle, from the report's `changes`, in the report
//! language. Pure.

use serde::Serialize;

use super::pages::{Page, frame};
use super::view::{LinkView, Shared, finding_anchor, stage_href, touchpoint_href};
use crate::changes::ScorePair;
use crate::render::since::{self, Names, Overview};

/// The page's path.
pub const PATH: &str = "since.html";

/// The overview block on the index page: three lines and a link.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    pub title: String,
    pub href: &'static str,
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

fn pick<T>(language: crate::model::Language, [en, da, sv]: [T; 3]) -> T {
    use crate::model::Language;
    match language {
        Language::En => en,
        Language::Da => da,
        Language::Sv => sv,
    }
}

fn title(shared: &Shared, from: &str) -> String {
    pick(
        shared.language,
        [
            format!("Since {from}"),
            format!("Siden {from}"),
            format!("Sedan {from}"),
        ],
    )
}

/// The overview block, when there is a previous cycle.
pub fn block(shared: &Shared) -> Option<Block> {
    let changes = shared.report.changes.as_ref()?;
    let current = shared.report.as_previous();
    let earlier = crate::model::PreviousCycle::default();
    let names = Names::new(shared.project, &earlier, &current);
    Some(Block {
        title: title(shared, &changes.from),
        href: PATH,
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
    let mut context = frame(shared, PATH, "since", &page_title);
    let like_words = pick(
        language,
        [
            "like for like",
            "på samme kontaktpunkter",
            "på samma kontaktpunkter",
        ],
    );
    let stages: Vec<StageRow> = changes
        .stages
        .iter()
        .map(|stage| {
            let mut scope = Vec::new();
            if stage.new_in_model {
                scope.push(
                    pick(
                        language,
                        ["new in the model", "ny i modellen", "ny i modellen"],
                    )
                    .to_string(),
                );
            } else if stage.newly_mapped {
                scope.push(
                    pick(
                        language,
                        [
                            "newly mapped",
                            "kortlagt for første gang",
                            "kartlagd för första gången",
                        ],
                    )
                    .to_string(),
                );
            }
            for (label, ids) in [
                (
                    pick(language, ["added", "tilføjet", "tillagda"]),
                    &stage.added,
                ),
                (
                    pick(language, ["removed", "fjernet", "borttagna"]),
                    &stage.removed,
                ),
                (
                    pick(language, ["moved here", "flyttet hertil", "flyttade hit"]),
                    &stage.moved_in,
                ),
                (
                    pick(language, ["moved away", "flyttet væk", "flyttade bort"]),
                    &stage.moved_out,
                ),
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
                    .map_or(id.clone(), |f| f.message.clone()),
                href: if linked {
                    format!("findings.html#{}", finding_anchor(id))
                } else {
                    String::new()
                },
            })
            .collect()
    };
    let findings = vec![
        FindingGroup {
            title: pick(language, ["Resolved", "Løst", "Lösta"]).to_string(),
            ids: finding_links(&changes.findings.resolved, false),
        },
        FindingGroup {
            title: pick(language, ["New", "Nye", "Nya"]).to_string(),
            ids: finding_links(&changes.findings.new, true),
        },
        FindingGroup {
            title: pick(language, ["Still open", "Stadig åbne", "Fortfarande öppna"]).to_string(),
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
            pick(language, ["Added", "Tilføjet", "Tillagda"]),
            scope
                .added
                .iter()
                .map(|p| format!("{} ({})", names.touchpoint(&p.id), names.stage(&p.stage)))
                .collect::<Vec<_>>(),
        ),
        (
            pick(language, ["Removed", "Fjernet", "Borttagna"]),
            scope
                .removed
                .iter()
                .map(|p| format!("{} ({})", p.id, names.stage(&p.stage)))
                .collect(),
        ),
        (
            pick(language, ["Moved", "Flyttet", "Flyttade"]),
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
            pick(language, ["Renamed", "Omdøbt", "Omdöpta"]),
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
    context.insert("since_title", &page_title);
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
        path: PATH.to_string(),
        template: "since.html",
        context,
    })
}

/// The page's headings and labels.
fn words(
    language: crate::model::Language,
) -> std::collections::BTreeMap<&'static str, &'static str> {
    [
        ("journey", ["Journey score", "Rejsescore", "Resans poäng"]),
        ("stages", ["Stages", "Faser", "Faser"]),
        ("stage", ["Stage", "Fase", "Fas"]),
        ("score", ["Score as published", "Score som offentliggjort", "Poäng som publicerad"]),
        ("like_for_like", ["Like for like", "På samme kontaktpunkter", "På samma kontaktpunkter"]),
        ("scope", ["Change of scope", "Ændret omfang", "Ändrad omfattning"]),
        ("like_note", ["Like for like compares the touchpoints a stage has in both cycles, scored in both: new, removed and moved touchpoints are a change of scope, shown apart.", "Sammenligning på samme kontaktpunkter ser på de kontaktpunkter, en fase har i begge cyklusser med score i begge: nye, fjernede og flyttede kontaktpunkter er et ændret omfang og vises for sig.", "Jämförelse på samma kontaktpunkter ser på de kontaktpunkter en fas har i båda cyklerna med poäng i båda: nya, borttagna och flyttade kontaktpunkter är en ändrad omfattning och visas för sig."]),
        ("touchpoints", ["Touchpoints", "Kontaktpunkter", "Kontaktpunkter"]),
        ("gains", ["Gains, largest first", "Fremgang, største først", "Uppgångar, största först"]),
        ("losses", ["Losses, largest first", "Tilbagegang, største først", "Nedgångar, största först"]),
        ("none", ["None.", "Ingen.", "Inga."]),
        ("findings", ["Findings", "Fund", "Fynd"]),
        ("actions", ["Actions done since the previous cycle", "Handlinger udført siden sidste cyklus", "Åtgärder genomförda sedan förra cykeln"]),
        ("trends", ["Trends over every recorded cycle", "Udvikling over alle registrerede cyklusser", "Utveckling över alla registrerade cykler"]),
        ("before_after", ["Each stage before and after", "Hver fase før og efter", "Varje fas före och efter"]),
    ]
    .into_iter()
    .map(|(key, texts)| (key, pick(language, texts)))
    .collect()
}
