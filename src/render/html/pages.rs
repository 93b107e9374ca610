//! The pages of the site: for each, its output path, template and context.
//!
//! Pure. Every page gets the same frame (language, strings `t`, the
//! `root` prefix for its depth, site facts, navigation) plus the view
//! models it shows, taken from [`Shared`] by reference and cloned only
//! into the context of the page that shows them.

use serde::Serialize;

use super::executive::Executive;
use super::frame::{Page, frame, page};
use super::journey::JourneyMap;
use super::view::{FindingView, LinkView, NoteView, Shared, StageView, TouchpointCard};
use crate::i18n;
use crate::model::NoteKind;
use crate::render::paths::{SitePage, note_href, persona_href, stage_href, touchpoint_href};

#[derive(Serialize)]
struct Counts {
    error: usize,
    warning: usize,
    info: usize,
    accepted: usize,
    open: usize,
}

#[derive(Serialize)]
struct ResearchRow {
    title: String,
    href: String,
    method: String,
    persona: Option<LinkView>,
    date: Option<String>,
    participants: u64,
}

#[derive(Serialize)]
struct NoteMeta {
    kind: &'static str,
    date: Option<String>,
    stage: Option<LinkView>,
    persona: Option<LinkView>,
    touchpoints: Vec<LinkView>,
    method: Option<String>,
    participants: Option<u64>,
    parent: LinkView,
}

#[derive(Serialize)]
struct PersonaView {
    id: String,
    href: String,
    name: String,
    segment: Option<String>,
    share: Option<String>,
    goals: Vec<String>,
    frustrations: Vec<String>,
    stages_served: usize,
}

#[derive(Serialize)]
struct PersonaStage {
    stage: LinkView,
    empty: bool,
    touchpoints: Vec<LinkView>,
}

/// Every page of the site, in a fixed order.
pub fn all(shared: &Shared) -> Vec<Page> {
    let mut pages = vec![index(shared)];
    for (position, stage) in shared.stages.iter().enumerate() {
        pages.push(stage_page(shared, position, stage));
    }
    pages.extend(super::findings::pages(shared));
    pages.push(recommendations(shared));
    pages.extend(rules(shared));
    pages.push(coverage(shared));
    pages.extend(personas(shared));
    pages.extend(journey_views(shared));
    pages.push(research(shared));
    pages.push(touchpoints(shared));
    pages.extend(super::since::page(shared));
    pages.extend(notes(shared));
    pages
}

fn open_counts(shared: &Shared) -> Counts {
    let counts = shared.report.counts;
    Counts {
        error: counts.error,
        warning: counts.warning,
        info: counts.info,
        accepted: counts.accepted,
        open: counts.error + counts.warning + counts.info,
    }
}

fn index(shared: &Shared) -> Page {
    let path = &SitePage::Overview.path();
    let site = &shared.project.site;
    let mut context = frame(shared, path, "overview", &site.title);
    let summary: Option<&NoteView> = shared
        .project
        .summary()
        .and_then(|note| shared.notes.get(&note.path));
    // Free notes (methodology and the like) are reached from here.
    let free_notes: Vec<LinkView> = shared
        .project
        .notes_of_kind(NoteKind::Note)
        .filter_map(|note| Some((note, shared.notes.get(&note.path)?)))
        .map(|(note, view)| link(view.title.clone(), note_href(note)))
        .collect();
    context.insert("free_notes", &free_notes);
    context.insert("summary", &summary);
    context.insert("journey_badge", &shared.journey_badge);
    context.insert("journey_change", &shared.journey_change);
    context.insert("journey_explanation", &shared.journey_explanation);
    context.insert("pass_text", &shared.pass_text);
    context.insert("counts", &open_counts(shared));
    context.insert("stages", &shared.stages);
    context.insert("map", &JourneyMap::build(shared, None));
    context.insert("executive", &Executive::build(shared));
    context.insert(
        "stages_below_pass",
        &shared
            .stages
            .iter()
            .filter(|s| matches!(s.badge.state, "fail" | "gap"))
            .count(),
    );
    context.insert("touchpoint_count", &shared.cards.len());
    let top: Vec<_> = shared.recommendations.iter().take(5).collect();
    context.insert("recommendations", &top);
    context.insert(
        "more_recommendations",
        &(shared.recommendations.len() > top.len()),
    );
    context.insert("journey_curve", &shared.charts.journey_curve);
    context.insert("stage_scores", &shared.charts.stage_scores);
    context.insert("score_heatmap", &shared.charts.score_heatmap);
    context.insert("emotion_heatmap", &shared.charts.emotion_heatmap);
    context.insert("kpis", &shared.charts.kpis);
    context.insert("since", &super::since::block(shared));
    page(path.to_string(), "index.html", context)
}

/// The journey map for each persona, a page each.
fn journey_views(shared: &Shared) -> Vec<Page> {
    shared
        .project
        .personas
        .iter()
        .map(|persona| {
            let path = SitePage::Journey(&persona.id).path();
            let title = shared
                .language
                .fill("journey_map_for", &[("persona", &persona.name)]);
            let mut context = frame(shared, &path, "overview", &title);
            context.insert("map", &JourneyMap::build(shared, Some(persona)));
            context.insert("persona", &JourneyMap::persona_link(persona));
            page(path, "journey.html", context)
        })
        .collect()
}

fn link(label: impl Into<String>, href: impl Into<String>) -> LinkView {
    LinkView {
        label: label.into(),
        href: href.into(),
    }
}

fn stage_page(shared: &Shared, position: usize, stage: &StageView) -> Page {
    let path = SitePage::Stage(&stage.id).path();
    let mut context = frame(shared, &path, "stages", &stage.name);
    let main_note = format!("stages/{}.md", stage.id);
    let note = shared.notes.get(&main_note);
    let folder = format!("stages/{}/", stage.id);
    let mut extra: Vec<_> = shared
        .project
        .notes
        .iter()
        .filter(|n| {
            n.path != main_note
                && (n.path.starts_with(&folder) || n.stage.as_deref() == Some(&stage.id))
                && n.kind != NoteKind::Summary
        })
        .collect();
    extra.sort_by(|a, b| a.weight.cmp(&b.weight).then_with(|| a.path.cmp(&b.path)));
    let extra: Vec<LinkView> = extra
        .into_iter()
        .map(|n| link(n.title.clone(), note_href(n)))
        .collect();
    let steps: Vec<LinkView> = shared
        .stages
        .iter()
        .map(|s| link(s.name.clone(), s.href.clone()))
        .collect();
    context.insert("stage", stage);
    context.insert("steps", &steps);
    context.insert("note", &note);
    context.insert("extra_notes", &extra);
    context.insert(
        "chart",
        &shared
            .charts
            .stage_dimensions
            .get(position)
            .cloned()
            .flatten(),
    );
    context.insert(
        "previous",
        &position
            .checked_sub(1)
            .and_then(|p| shared.stages.get(p))
            .map(|s| link(s.name.clone(), s.href.clone())),
    );
    context.insert(
        "next",
        &shared
            .stages
            .get(position + 1)
            .map(|s| link(s.name.clone(), s.href.clone())),
    );
    context.insert("pass_text", &shared.pass_text);
    page(path, "stage.html", context)
}

fn recommendations(shared: &Shared) -> Page {
    let path = &SitePage::Recommendations.path();
    let mut context = frame(
        shared,
        path,
        "recommendations",
        &shared.language.text("recommendations"),
    );
    let (actions, advice): (Vec<_>, Vec<_>) = shared
        .recommendations
        .iter()
        .partition(|rec| rec.action.is_some());
    context.insert("actions", &actions);
    context.insert("advice", &advice);
    context.insert("audit_quality", &shared.audit_quality);
    context.insert("value_effort", &shared.charts.value_effort);
    page(path.to_string(), "recommendations.html", context)
}

fn rules(shared: &Shared) -> Vec<Page> {
    let language = &shared.language;
    let path = &SitePage::Rules.path();
    let mut context = frame(shared, path, "rules", &language.text("rule_book"));
    context.insert("rules", &shared.rules);
    // Waivers are the consultant's tool: listed in the appendix.
    context.insert("waivers", &shared.waivers);
    let mut pages = vec![page(path.to_string(), "rules.html", context)];
    for rule in &shared.rules {
        let path = SitePage::Rule(&rule.id).path();
        let mut context = frame(shared, &path, "rules", &rule.failure_title);
        context.insert("rule", rule);
        pages.push(page(path, "rule.html", context));
    }
    pages
}

fn coverage(shared: &Shared) -> Page {
    let path = &SitePage::Coverage.path();
    let mut context = frame(shared, path, "coverage", &shared.language.text("coverage"));
    context.insert("coverage", &shared.charts.coverage);
    context.insert("content_mix", &shared.charts.content_mix);
    context.insert("touchpoint_mix", &shared.charts.touchpoint_mix);
    page(path.to_string(), "coverage.html", context)
}

fn personas(shared: &Shared) -> Vec<Page> {
    let language = &shared.language;
    let project = shared.project;
    let views: Vec<PersonaView> = project
        .personas
        .iter()
        .map(|persona| PersonaView {
            id: persona.id.clone(),
            href: persona_href(&persona.id),
            name: persona.name.clone(),
            segment: persona.segment.clone(),
            share: persona
                .share
                .map(|share| i18n::with_percent(language, i18n::number(language, share, 1))),
            goals: persona.goals.clone(),
            frustrations: persona.frustrations.clone(),
            stages_served: shared
                .stages
                .iter()
                .filter(|stage| {
                    project
                        .touchpoints_of(&stage.id)
                        .any(|tp| tp.serves(&persona.id))
                })
                .count(),
        })
        .collect();
    let path = &SitePage::Personas.path();
    let mut context = frame(shared, path, "personas", &language.text("personas"));
    context.insert("personas", &views);
    context.insert("chart", &shared.charts.personas);
    let mut pages = vec![page(path.to_string(), "personas.html", context)];

    for (persona, view) in project.personas.iter().zip(&views) {
        let path = SitePage::Persona(&persona.id).path();
        let mut context = frame(shared, &path, "personas", &persona.name);
        let stages: Vec<PersonaStage> = shared
            .stages
            .iter()
            .map(|stage| PersonaStage {
                stage: link(stage.name.clone(), stage.href.clone()),
                empty: stage.empty,
                touchpoints: project
                    .touchpoints_of(&stage.id)
                    .filter(|tp| tp.serves(&persona.id))
                    .map(|tp| link(tp.name.clone(), touchpoint_href(&tp.stage, &tp.id)))
                    .collect(),
            })
            .collect();
        let findings: Vec<&FindingView> = shared
            .findings
            .iter()
            .filter(|f| f.persona_id.as_deref() == Some(persona.id.as_str()))
            .collect();
        context.insert("persona", view);
        context.insert("note", &shared.notes.get(&persona.note));
        context.insert("stages", &stages);
        context.insert("findings", &findings);
        pages.push(page(path, "persona.html", context));
    }
    pages
}

fn research(shared: &Shared) -> Page {
    let language = &shared.language;
    let project = shared.project;
    let rows: Vec<ResearchRow> = project
        .research()
        .map(|note| {
            let meta = note.research.clone().unwrap_or(crate::model::ResearchMeta {
                method: Default::default(),
                participants: 1,
            });
            ResearchRow {
                title: note.title.clone(),
                href: note_href(note),
                method: language.text(&format!("method_{}", meta.method.as_str())),
                persona: note.persona.as_ref().map(|id| {
                    link(
                        project.persona(id).map_or(id.clone(), |p| p.name.clone()),
                        persona_href(id),
                    )
                }),
                date: note.date.as_deref().map(|d| i18n::date(language, d)),
                participants: meta.participants,
            }
        })
        .collect();
    let interviews = project.interview_participants();
    let min = project.site.thresholds.min_interviews;
    let path = &SitePage::Research.path();
    let mut context = frame(shared, path, "research", &language.text("research"));
    context.insert("rows", &rows);
    context.insert(
        "interviews_text",
        &language.fill(
            "interviews_total",
            &[("n", &interviews.to_string()), ("min", &min.to_string())],
        ),
    );
    context.insert("interviews_enough", &(interviews >= min));
    page(path.to_string(), "research.html", context)
}

fn touchpoints(shared: &Shared) -> Page {
    let path = &SitePage::Touchpoints.path();
    let mut context = frame(
        shared,
        path,
        "touchpoints",
        &shared.language.text("touchpoints"),
    );
    let cards: Vec<&TouchpointCard> = shared.cards.iter().collect();
    context.insert("cards", &cards);
    context.insert("stages", &shared.stages);
    page(path.to_string(), "touchpoints.html", context)
}

/// Pages for notes that are not part of another page: research notes,
/// extra stage notes and free notes.
fn notes(shared: &Shared) -> Vec<Page> {
    let language = &shared.language;
    let project = shared.project;
    let mut pages = Vec::new();
    for note in &project.notes {
        let on_other_page = note.kind == NoteKind::Summary
            || note.path == "_index.md"
            || note
                .path
                .strip_prefix("stages/")
                .and_then(|rest| rest.strip_suffix(".md"))
                .is_some_and(|id| project.stage(id).is_some())
            || project.personas.iter().any(|p| p.note == note.path);
        if on_other_page {
            continue;
        }
        let Some(view) = shared.notes.get(&note.path) else {
            continue;
        };
        let path = view.page.clone();
        let section = match note.kind {
            NoteKind::Research => "research",
            NoteKind::Stage => "stages",
            NoteKind::Persona => "personas",
            _ => "overview",
        };
        let stage = note
            .stage
            .clone()
            .or_else(|| {
                note.path
                    .strip_prefix("stages/")
                    .and_then(|rest| rest.split_once('/'))
                    .map(|(id, _)| id.to_string())
            })
            .filter(|id| project.stage(id).is_some());
        let parent = match (&note.kind, &stage) {
            (NoteKind::Research, _) => link(language.text("research"), SitePage::Research.href()),
            (_, Some(id)) => link(
                project.stage(id).map_or(id.clone(), |s| s.name.clone()),
                stage_href(id),
            ),
            _ => link(language.text("nav_overview"), SitePage::Overview.href()),
        };
        let meta = NoteMeta {
            kind: note.kind.as_str(),
            date: view.date.clone(),
            stage: stage.as_ref().map(|id| {
                link(
                    project.stage(id).map_or(id.clone(), |s| s.name.clone()),
                    stage_href(id),
                )
            }),
            persona: note.persona.as_ref().map(|id| {
                link(
                    project.persona(id).map_or(id.clone(), |p| p.name.clone()),
                    persona_href(id),
                )
            }),
            touchpoints: note
                .touchpoints
                .iter()
                .filter_map(|id| shared.card(id))
                .map(|card| link(card.name.clone(), card.href.clone()))
                .collect(),
            method: note
                .research
                .as_ref()
                .map(|meta| language.text(&format!("method_{}", meta.method.as_str()))),
            participants: note.research.as_ref().map(|meta| meta.participants),
            parent,
        };
        let mut context = frame(shared, &path, section, &note.title);
        context.insert("note", view);
        context.insert("meta", &meta);
        pages.push(page(path, "note.html", context));
    }
    pages
}
