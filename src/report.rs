//! The report: plain data made from the model, its scores and the findings.
//!
//! [`Report`] *is* report.json (FORMAT.md section 6, with added keys), and
//! every renderer reads it together with the model. Building it is pure;
//! this is also where findings are grouped into ranked recommendations.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

mod plan;

use crate::changes::{Changes, TrendPoint};
use crate::model::{
    ContentKind, Funnel, IdIndex, Level, Mode, Opportunity, Owner, PreviousCycle, PreviousFinding,
    PreviousOpportunity, PreviousScore, PreviousTouchpoint, Project, Severity, Status,
};
use crate::rules::{self, Area, Context};
pub use crate::rules::{WaiverState, WaiverStatus};
use crate::score::{Scores, passes, round1};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema_version: u32,
    pub title: String,
    pub client: String,
    pub cycle: String,
    pub language: String,
    pub model: String,
    /// The journey score, 0 to 100, rounded to one decimal.
    pub score: f64,
    /// Whether the unrounded journey score reaches the pass line.
    #[serde(default)]
    pub passed: bool,
    /// The journey score of the previous cycle, when history/ has it.
    pub previous_score: Option<f64>,
    /// The pass line in score points (0 to 100), rounded to one decimal.
    pub pass: f64,
    pub stages: Vec<StageEntry>,
    pub touchpoints: Vec<TouchpointEntry>,
    pub findings: Vec<Finding>,
    pub recommendations: Vec<Recommendation>,
    /// Ids of the open findings about the audit's own completeness: the
    /// agency's homework, never the client's action plan.
    #[serde(default)]
    pub audit_quality: Vec<String>,
    pub waivers: Vec<WaiverState>,
    pub counts: Counts,
    pub previous_cycle: Option<String>,
    /// What changed since the previous cycle, when there is one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub changes: Option<Changes>,
    /// Every recorded cycle up to this one, oldest first (this one last).
    #[serde(default)]
    pub trend: Vec<TrendPoint>,
    /// Finds touchpoint entries by id for [`Report::touchpoint`].
    #[serde(skip)]
    pub touchpoint_index: IdIndex,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageEntry {
    pub id: String,
    pub name: String,
    pub funnel: Funnel,
    /// `null` when the stage has touchpoints but none is scored; an empty
    /// stage scores 0.
    pub score: Option<f64>,
    /// Whether the unrounded score reaches the pass line.
    pub passed: Option<bool>,
    /// The stage's score in the previous cycle, when it had one.
    pub previous_score: Option<f64>,
    pub touchpoints: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TouchpointEntry {
    pub id: String,
    /// The id it had in the previous cycle, when renamed.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub previous_id: Option<String>,
    pub stage: String,
    pub name: String,
    pub channel: String,
    pub mode: Mode,
    pub owner: Owner,
    pub content: ContentKind,
    pub score: Option<f64>,
    pub passed: Option<bool>,
    /// The touchpoint's score in the previous cycle, when it had one.
    pub previous_score: Option<f64>,
    /// The lowest emotion recorded (-2..=2).
    #[serde(default)]
    pub emotion: Option<i8>,
    /// The emotion per persona, when written as a table.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub emotions: BTreeMap<String, i8>,
    /// The consultant's opportunities for the touchpoint, with their keys.
    #[serde(default)]
    pub opportunities: Vec<Opportunity>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable identity: `rule@stage/touchpoint~persona` (absent parts left out).
    pub id: String,
    pub rule: String,
    pub severity: Severity,
    pub area: Area,
    pub stage: Option<String>,
    pub touchpoint: Option<String>,
    pub persona: Option<String>,
    /// What the rule found, in the report language.
    pub message: String,
    /// The catalogue id of the message.
    #[serde(default)]
    pub message_id: String,
    /// The message's arguments: ids, numbers and the consultant's words.
    #[serde(default)]
    pub message_args: serde_json::Map<String, serde_json::Value>,
    pub accepted: bool,
    /// The waiver's reason, for accepted findings.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reason: Option<String>,
    /// Where it stands in the input: the touchpoint's scorecard.
    #[serde(default)]
    pub file: Option<String>,
    /// The line of the touchpoint's `[[touchpoint]]` in `file`.
    #[serde(default)]
    pub line: Option<usize>,
    /// Score points below the pass line, where the finding is about a score.
    #[serde(skip)]
    pub shortfall: f64,
    /// Position of the rule in the registry, for ordering.
    #[serde(skip)]
    pub rule_order: usize,
}

impl Finding {
    /// A rule's finding with its message in the report language.
    fn worded(finding: rules::Finding, project: &Project) -> Finding {
        Finding {
            message: finding.message.render(&project.site.language, project),
            message_id: finding.message.id.to_string(),
            message_args: finding.message.args_json(),
            id: finding.id,
            rule: finding.rule.to_string(),
            severity: finding.severity,
            area: finding.area,
            stage: finding.stage,
            touchpoint: finding.touchpoint,
            persona: finding.persona,
            accepted: finding.accepted,
            reason: finding.reason,
            file: finding.file,
            line: finding.line,
            shortfall: finding.shortfall,
            rule_order: finding.rule_order,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recommendation {
    pub rank: usize,
    pub title: String,
    pub area: Area,
    pub severity: Severity,
    pub rules: Vec<String>,
    pub stages: Vec<String>,
    /// Ids of the findings it answers.
    pub findings: Vec<String>,
    /// Why this action, in the report language.
    pub reasoning: String,
    /// The consultant's opportunities it carries, by touchpoint and id.
    #[serde(default)]
    pub actions: Vec<ActionRef>,
    /// The consultant's estimate, where given.
    #[serde(default)]
    pub impact: Option<Level>,
    #[serde(default)]
    pub effort: Option<Level>,
}

/// An opportunity from a scorecard, as a recommendation carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionRef {
    pub touchpoint: String,
    /// The opportunity's `id`, else its text.
    pub id: String,
    pub text: String,
    pub impact: Option<Level>,
    pub effort: Option<Level>,
    pub owner: Option<String>,
    pub status: Status,
    pub due: Option<String>,
}

/// Findings by severity, not counting accepted ones; accepted apart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
    pub accepted: usize,
}

impl Counts {
    pub fn of(findings: &[Finding]) -> Counts {
        let mut counts = Counts::default();
        for finding in findings {
            match (finding.accepted, finding.severity) {
                (true, _) => counts.accepted += 1,
                (false, Severity::Error) => counts.error += 1,
                (false, Severity::Warning) => counts.warning += 1,
                (false, Severity::Info) => counts.info += 1,
            }
        }
        counts
    }
}

impl Report {
    /// Keeps only the findings `keep` accepts, and counts them again.
    pub fn retain_findings(&mut self, keep: impl Fn(&Finding) -> bool) {
        self.findings.retain(|finding| keep(finding));
        self.counts = Counts::of(&self.findings);
    }

    /// Audits a project: scores, rules, waivers and recommendations.
    /// `previous` is the cycle before, when history/ has its snapshot.
    pub fn build(project: &Project, scores: &Scores, previous: Option<&PreviousCycle>) -> Report {
        let scoring = &project.site.scoring;
        let stages: Vec<StageEntry> = project
            .stages
            .iter()
            .zip(&scores.stages)
            .map(|(stage, score)| StageEntry {
                id: stage.id.clone(),
                name: stage.name.clone(),
                funnel: stage.funnel,
                score: score.score.map(round1),
                passed: score.score.map(|s| passes(s, scoring)),
                previous_score: previous
                    .and_then(|previous| previous.stage(&stage.id))
                    .and_then(|entry| entry.score),
                touchpoints: project
                    .touchpoints_of(&stage.id)
                    .map(|tp| tp.id.clone())
                    .collect(),
            })
            .collect();
        let touchpoints: Vec<TouchpointEntry> = project
            .touchpoints
            .iter()
            .zip(&scores.touchpoints)
            .map(|(tp, score)| TouchpointEntry {
                id: tp.id.clone(),
                previous_id: tp.previous_id.clone(),
                stage: tp.stage.clone(),
                name: tp.name.clone(),
                channel: tp.channel.clone(),
                mode: tp.mode,
                owner: tp.owner,
                content: tp.content,
                score: score.map(round1),
                passed: score.map(|s| passes(s, scoring)),
                previous_score: previous
                    .and_then(|previous| {
                        tp.previous_id
                            .as_deref()
                            .and_then(|id| previous.touchpoint(id))
                            .or_else(|| previous.touchpoint(&tp.id))
                    })
                    .and_then(|entry| entry.score),
                emotion: tp.emotion,
                emotions: tp.emotions.clone(),
                opportunities: tp.opportunities.clone(),
            })
            .collect();

        let mut report = Report {
            schema_version: SCHEMA_VERSION,
            title: project.site.title.clone(),
            client: project.site.client.clone(),
            cycle: project.site.cycle.clone(),
            language: project.site.language.code().to_string(),
            model: project.site.model.name().to_string(),
            score: round1(scores.journey),
            passed: passes(scores.journey, scoring),
            previous_score: previous.and_then(|previous| previous.score),
            pass: round1(scoring.pass_percent()),
            stages,
            touchpoints,
            findings: Vec::new(),
            recommendations: Vec::new(),
            audit_quality: Vec::new(),
            waivers: Vec::new(),
            counts: Counts::default(),
            previous_cycle: previous.map(|previous| previous.cycle.clone()),
            changes: None,
            trend: Vec::new(),
            touchpoint_index: IdIndex::default(),
        };
        // Scores and scope are compared before the rules run (they read
        // the comparison), findings once the rules have run.
        let mut changes =
            previous.map(|previous| crate::changes::scores(previous, &report.as_previous()));
        let ctx = Context {
            project,
            scores,
            previous,
            changes: changes.as_ref(),
        };
        let found = rules::run(&ctx);
        report.waivers = rules::waiver_states(project, &found);
        report.findings = found
            .into_iter()
            .map(|finding| Finding::worded(finding, project))
            .collect();
        let plan = plan::plan(project, &report.findings);
        report.recommendations = plan.recommendations;
        report.audit_quality = plan.audit_quality;
        report.counts = Counts::of(&report.findings);
        let current = report.as_previous();
        if let (Some(changes), Some(previous)) = (&mut changes, previous) {
            changes.findings = crate::changes::findings(previous, &current);
        }
        report.changes = changes;
        report.trend = crate::changes::trend(
            previous.map(std::slice::from_ref).unwrap_or_default(),
            &current,
        );
        report
    }

    /// This report with its trend over `earlier`, the recorded cycles
    /// before this one (oldest first).
    pub fn with_trend(mut self, earlier: &[PreviousCycle]) -> Report {
        self.trend = crate::changes::trend(earlier, &self.as_previous());
        self
    }

    /// This report as the next cycle will read it from history/.
    pub fn as_previous(&self) -> PreviousCycle {
        PreviousCycle {
            schema_version: self.schema_version,
            cycle: self.cycle.clone(),
            score: Some(self.score),
            stages: self
                .stages
                .iter()
                .map(|stage| PreviousScore {
                    id: stage.id.clone(),
                    score: stage.score,
                })
                .collect(),
            touchpoints: self
                .touchpoints
                .iter()
                .map(|tp| PreviousTouchpoint {
                    id: tp.id.clone(),
                    stage: tp.stage.clone(),
                    name: tp.name.clone(),
                    score: tp.score,
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
            findings: self
                .findings
                .iter()
                .map(|finding| PreviousFinding {
                    id: finding.id.clone(),
                    rule: finding.rule.clone(),
                    severity: finding.severity,
                    stage: finding.stage.clone(),
                    touchpoint: finding.touchpoint.clone(),
                    persona: finding.persona.clone(),
                    accepted: finding.accepted,
                })
                .collect(),
        }
    }

    /// The most severe finding that is not accepted.
    pub fn worst_severity(&self) -> Option<Severity> {
        self.findings
            .iter()
            .filter(|finding| !finding.accepted)
            .map(|finding| finding.severity)
            .max()
    }

    pub fn stage(&self, id: &str) -> Option<&StageEntry> {
        self.stages.iter().find(|stage| stage.id == id)
    }

    pub fn touchpoint(&self, id: &str) -> Option<&TouchpointEntry> {
        self.touchpoint_index
            .find(&self.touchpoints, id, |tp| tp.id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{RuleText, testing};

    fn report_of(project: &Project) -> Report {
        Report::build(project, &Scores::compute(project), None)
    }

    #[test]
    fn reasoning_ends_with_the_rules_rationale_in_the_report_language() {
        let mut project = testing::healthy();
        project.touchpoints.retain(|tp| tp.stage != "advocacy");
        for (code, summary) in [
            ("en", "A stage has no touchpoints: 1 finding in "),
            ("da", "En fase har ingen kontaktpunkter: 1 fund i "),
            ("sv", "En fas saknar kontaktpunkter: 1 fynd i "),
        ] {
            let language = testing::language(code);
            project.site.language = language.clone();
            let report = report_of(&project);
            let empty = report
                .recommendations
                .iter()
                .find(|r| r.rules == ["empty-stage"])
                .expect("empty-stage recommendation");
            let info = rules::REGISTRY
                .iter()
                .find(|rule| rule.id() == "empty-stage")
                .expect("empty-stage rule")
                .info();
            assert!(empty.reasoning.starts_with(summary), "{}", empty.reasoning);
            assert!(
                empty
                    .reasoning
                    .ends_with(&format!(". {}", info.text(&language, RuleText::Rationale))),
                "{}",
                empty.reasoning
            );
        }
    }

    #[test]
    fn accepted_findings_make_no_recommendation_and_are_counted_apart() {
        let mut project = testing::healthy();
        project.touchpoints.retain(|tp| tp.stage != "advocacy");
        project.site.waivers.push(crate::model::Waiver {
            rule: "empty-stage".into(),
            stage: None,
            touchpoint: None,
            persona: None,
            reason: "Out of scope".into(),
            until: None,
            span: 0..0,
        });
        let report = report_of(&project);
        assert!(
            report
                .recommendations
                .iter()
                .all(|r| r.rules != ["empty-stage"])
        );
        assert_eq!(report.counts.accepted, 1);
        assert_eq!(report.counts.error, 0);
        assert_ne!(report.worst_severity(), Some(Severity::Error));
    }
}
