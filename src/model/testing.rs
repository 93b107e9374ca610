//! Test fixtures: small projects built in code, for the unit tests of
//! every stage of the pipeline.

use std::collections::BTreeMap;

use super::{
    ContentKind, Funnel, Kpi, Language, Location, Mode, Note, NoteKind, Owner, Persona, Project,
    ResearchMeta, ResearchMethod, Scoring, Site, Stage, StageModel, Thresholds, Touchpoint,
};

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
        stages: StageModel::SevenStage.stages(&Language::english()),
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

/// A built-in report language.
pub fn language(code: &str) -> Language {
    Language::built_in(code).unwrap_or_else(|| panic!("no built-in language {code}"))
}
