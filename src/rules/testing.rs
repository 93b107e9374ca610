//! Test helpers: small projects built in code, for the rules' unit tests.

use std::collections::BTreeMap;

use super::{Context, Hit, Rule};
use crate::i18n::{Arg, Message};
use crate::load::preset_stages;
use crate::model::{
    ContentKind, Funnel, Kpi, Language, Location, Mode, Note, NoteKind, Owner, Persona, Project,
    ResearchMeta, ResearchMethod, Scoring, Site, Stage, StageModel, Thresholds, Touchpoint,
};
use crate::score::Scores;

/// A seven-stage project with no touchpoints, personas or notes.
pub fn project() -> Project {
    Project {
        site: Site {
            title: "Test audit".into(),
            client: "Client".into(),
            cycle: "2026-Q4".into(),
            cycle_span: 0..0,
            language: Language::english(),
            base_url: String::new(),
            theme: "default".into(),
            output_dir: "public".into(),
            output_dir_span: None,
            model: StageModel::SevenStage,
            scoring: Scoring::default(),
            rules: BTreeMap::new(),
            thresholds: Thresholds::default(),
            waivers: Vec::new(),
            trusted_html: false,
            date: None,
            brand: Default::default(),
            broken_links: Default::default(),
            channel_labels: Vec::new(),
            publish: Default::default(),
        },
        stages: preset_stages(StageModel::SevenStage, &Language::english()),
        touchpoints: Vec::new(),
        personas: Vec::new(),
        notes: Vec::new(),
        touchpoint_index: Default::default(),
        published: Default::default(),
    }
}

/// A touchpoint in `stage` scored 4 on every default dimension (80, a
/// pass), owned, online website, no content, with one KPI on target.
pub fn touchpoint(id: &str, stage: &str) -> Touchpoint {
    Touchpoint {
        id: id.into(),
        previous_id: None,
        name: format!("Touchpoint {id}"),
        stage: stage.into(),
        channel: "website".into(),
        mode: Mode::Online,
        owner: Owner::Owned,
        content: ContentKind::None,
        personas: None,
        emotion: None,
        emotions: BTreeMap::new(),
        pain_points: Vec::new(),
        opportunities: Vec::new(),
        notes: None,
        reviewed: None,
        scores: Scoring::default()
            .dimensions
            .into_iter()
            .map(|dimension| (dimension, 4.0))
            .collect(),
        kpis: vec![Kpi {
            name: "Visits".into(),
            value: 10.0,
            target: Some(10.0),
            unit: None,
            higher_is_better: true,
        }],
        location: Location {
            file: format!("content/scorecards/{stage}.toml"),
            span: 0..1,
            line: 1,
        },
    }
}

/// Sets every dimension of a touchpoint to `score`.
pub fn scored(mut tp: Touchpoint, score: f64) -> Touchpoint {
    for value in tp.scores.values_mut() {
        *value = score;
    }
    tp
}

/// A touchpoint in `stage` with the given owner.
pub fn owned_by(id: &str, stage: &str, owner: Owner) -> Touchpoint {
    let mut tp = touchpoint(id, stage);
    tp.owner = owner;
    tp
}

/// A stage of a custom model.
pub fn stage(id: &str, name: &str, funnel: Funnel) -> Stage {
    Stage {
        id: id.into(),
        name: name.into(),
        funnel,
    }
}

pub fn persona(id: &str) -> Persona {
    Persona {
        id: id.into(),
        name: format!("Persona {id}"),
        segment: None,
        share: None,
        goals: Vec::new(),
        frustrations: Vec::new(),
        note: format!("personas/{id}.md"),
    }
}

/// A research note with `participants` of `method`.
pub fn research(name: &str, method: ResearchMethod, participants: u64) -> Note {
    Note {
        path: format!("research/{name}.md"),
        kind: NoteKind::Research,
        title: name.into(),
        stage: None,
        persona: None,
        touchpoints: Vec::new(),
        date: None,
        weight: 0,
        body: String::new(),
        research: Some(ResearchMeta {
            method,
            participants,
        }),
    }
}

/// A project where every stage has two passing, owned touchpoints of two
/// channels, a soft and a hard one, offline and earned presence, one
/// persona and enough interviews: most rules are silent on it.
pub fn healthy() -> Project {
    let mut project = project();
    let stages: Vec<String> = project.stages.iter().map(|s| s.id.clone()).collect();
    for stage in &stages {
        let mut first = touchpoint(&format!("{stage}-web"), stage);
        first.content = ContentKind::Soft;
        first.emotion = Some(1);
        let mut second = touchpoint(&format!("{stage}-store"), stage);
        second.channel = "store".into();
        second.mode = Mode::Offline;
        second.content = ContentKind::Hard;
        second.owner = if stage == "awareness" {
            Owner::Earned
        } else {
            Owner::Owned
        };
        project.touchpoints.push(first);
        project.touchpoints.push(second);
    }
    project.personas.push(persona("mette"));
    let mut interviews = research("interviews", ResearchMethod::Interview, 8);
    interviews.persona = Some("mette".into());
    project.notes.push(interviews);
    project
}

/// Runs one rule over a project.
pub fn check(rule: &dyn Rule, project: &Project) -> Vec<Worded> {
    let scores = Scores::compute(project);
    worded(
        project,
        rule.check(&Context {
            project,
            scores: &scores,
            previous: None,
            changes: None,
        }),
    )
}

/// A hit with its message rendered in the project's language, so tests can
/// check the id and arguments and, where the wording matters, the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Worded {
    pub stage: Option<String>,
    pub touchpoint: Option<String>,
    pub persona: Option<String>,
    /// The message as the report shows it.
    pub message: String,
    /// The message as the rule returned it.
    pub raw: Message,
    pub shortfall: f64,
    pub area: Option<crate::model::Area>,
}

impl Worded {
    /// The catalogue id of the message.
    pub fn id(&self) -> &'static str {
        self.raw.id
    }

    /// One argument of the message.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.raw.arg(name)
    }
}

/// Hits worded in the project's language.
pub fn worded(project: &Project, hits: Vec<Hit>) -> Vec<Worded> {
    hits.into_iter()
        .map(|hit| Worded {
            message: hit.message.render(&project.site.language, project),
            stage: hit.stage,
            touchpoint: hit.touchpoint,
            persona: hit.persona,
            raw: hit.message,
            shortfall: hit.shortfall,
            area: hit.area,
        })
        .collect()
}

/// A built-in report language.
pub fn language(code: &str) -> Language {
    Language::built_in(code).unwrap_or_else(|| panic!("no built-in language {code}"))
}

/// The snapshot a previous cycle would have left, built from `project` as
/// it stood then (cycle 2026-Q3).
pub fn recorded(mut project: Project) -> crate::model::PreviousCycle {
    project.site.cycle = "2026-Q3".into();
    crate::report::Report::build(&project, &Scores::compute(&project), None).as_previous()
}

/// Runs `rule` on `project` against a recorded previous cycle, with the
/// comparison the engine would hand it.
pub fn check_against(
    rule: &dyn Rule,
    project: &Project,
    previous: &crate::model::PreviousCycle,
) -> Vec<Worded> {
    let scores = Scores::compute(project);
    let current = crate::report::Report::build(project, &scores, None).as_previous();
    let changes = crate::changes::scores(previous, &current);
    let hits = rule.check(&Context {
        project,
        scores: &scores,
        previous: Some(previous),
        changes: Some(&changes),
    });
    worded(project, hits)
}
