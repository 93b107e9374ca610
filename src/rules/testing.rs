//! Test helpers for the rules' unit tests: rules run on the fixtures of
//! [`crate::model::testing`] (re-exported here), their hits worded.

pub use crate::model::testing::*;

use super::{Context, Hit, Rule};
use crate::i18n::{Arg, Message};
use crate::model::{
    PreviousCycle, PreviousOpportunity, PreviousScore, PreviousTouchpoint, Project,
};
use crate::score::{Scores, round1};

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

/// The snapshot a previous cycle would have left, built from `project` as
/// it stood then (cycle 2026-Q3): its scores and scope, which is what the
/// rules compare (findings are compared after the rules have run).
pub fn recorded(mut project: Project) -> PreviousCycle {
    project.site.cycle = "2026-Q3".into();
    snapshot(&project, &Scores::compute(&project))
}

/// Runs `rule` on `project` against a recorded previous cycle, with the
/// comparison the engine would hand it.
pub fn check_against(rule: &dyn Rule, project: &Project, previous: &PreviousCycle) -> Vec<Worded> {
    let scores = Scores::compute(project);
    let current = snapshot(project, &scores);
    let changes = crate::changes::scores(previous, &current);
    let hits = rule.check(&Context {
        project,
        scores: &scores,
        previous: Some(previous),
        changes: Some(&changes),
    });
    worded(project, hits)
}

/// The scores and scope of `project` as its report would record them.
fn snapshot(project: &Project, scores: &Scores) -> PreviousCycle {
    PreviousCycle {
        schema_version: 1,
        cycle: project.site.cycle.clone(),
        score: Some(round1(scores.journey)),
        stages: project
            .stages
            .iter()
            .zip(&scores.stages)
            .map(|(stage, score)| PreviousScore {
                id: stage.id.clone(),
                score: score.score.map(round1),
            })
            .collect(),
        touchpoints: project
            .touchpoints
            .iter()
            .zip(&scores.touchpoints)
            .map(|(tp, score)| PreviousTouchpoint {
                id: tp.id.clone(),
                stage: tp.stage.clone(),
                name: tp.name.clone(),
                score: score.map(round1),
                previous_id: tp.previous_id.clone(),
                opportunities: tp
                    .opportunities
                    .iter()
                    .map(|action| PreviousOpportunity::Action {
                        text: action.text.clone(),
                        id: action.id.clone(),
                        status: Some(action.status.as_str().to_string()),
                    })
                    .collect(),
            })
            .collect(),
        findings: Vec::new(),
    }
}
