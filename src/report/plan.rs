//! The action plan: the open findings turned into ranked recommendations
//! for the client, in the consultant's words where the consultant wrote an
//! opportunity, and the agency's homework kept apart (RULES.md, last
//! paragraph). Pure.
//!
//! - Findings about the audit's own completeness ([`HOMEWORK`]) go to
//!   `audit_quality`, never to the client's plan.
//! - Every opportunity not `done` is an action. It answers the open
//!   findings of its touchpoint, and a `weak-stage` finding of its stage.
//! - Findings no opportunity answers get the rule's advice: a touchpoint's
//!   findings together (one cause, one card), the others one card per rule.
//! - Actions rank lexicographically: impact (high first, medium when not
//!   given), effort (low first), severity, funnel position (top first),
//!   the share of customers the touchpoint serves, distance below pass,
//!   scorecard order.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

use super::{ActionRef, Finding, Recommendation};
use crate::i18n::{Arg, Language, Message};
use crate::model::{Area, Funnel, Level, Opportunity, Project, Severity, Status, Touchpoint};
use crate::rules::{self, RuleInfo, RuleText};

/// The rules whose findings are the agency's homework: about the audit's
/// completeness, not the client's journey.
pub const HOMEWORK: &[&str] = &[
    "missing-kpi",
    "unscored-touchpoint",
    "too-few-interviews",
    "missing-personas",
    "missing-emotion-data",
    "thin-persona-evidence",
    "stale-touchpoint",
    "scope-change",
    // Its advice is "write an opportunity": the consultant's to do.
    "unaddressed-pain-point",
];

/// The recommendations for the client and the homework for the agency.
pub struct Plan {
    pub recommendations: Vec<Recommendation>,
    pub audit_quality: Vec<String>,
}

/// One recommendation before ranking.
struct Candidate<'a> {
    /// The consultant's opportunity, with its place in the touchpoint's list.
    opportunity: Option<(usize, &'a Opportunity)>,
    /// The touchpoint it is about, with its place in the audit.
    touchpoint: Option<(usize, &'a Touchpoint)>,
    findings: Vec<&'a Finding>,
}

pub fn plan(project: &Project, findings: &[Finding]) -> Plan {
    let open: Vec<&Finding> = findings.iter().filter(|f| !f.accepted).collect();
    let audit_quality = open
        .iter()
        .filter(|f| HOMEWORK.contains(&f.rule.as_str()))
        .map(|f| f.id.clone())
        .collect();
    let client: Vec<&Finding> = open
        .into_iter()
        .filter(|f| !HOMEWORK.contains(&f.rule.as_str()))
        .collect();

    // Findings by the touchpoint they are about, and weak stages by stage,
    // looked up once per touchpoint.
    let mut by_touchpoint: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    let mut weak_stages: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for finding in &client {
        match (&finding.touchpoint, &finding.stage) {
            (Some(tp), _) => by_touchpoint.entry(tp).or_default().push(finding),
            (None, Some(stage)) if finding.rule == "weak-stage" => {
                weak_stages.entry(stage).or_default().push(finding)
            }
            _ => {}
        }
    }
    let mut candidates = Vec::new();
    let mut answered: BTreeSet<&str> = BTreeSet::new();
    for (position, tp) in project.touchpoints.iter().enumerate() {
        let concerns: Vec<&Finding> = by_touchpoint
            .get(tp.id.as_str())
            .into_iter()
            .chain(weak_stages.get(tp.stage.as_str()))
            .flatten()
            .copied()
            .collect();
        for (index, opportunity) in tp.opportunities.iter().enumerate() {
            if opportunity.status == Status::Done {
                continue;
            }
            answered.extend(concerns.iter().map(|f| f.id.as_str()));
            candidates.push(Candidate {
                opportunity: Some((index, opportunity)),
                touchpoint: Some((position, tp)),
                findings: concerns.clone(),
            });
        }
    }
    // What no opportunity answers: a touchpoint's findings together, the
    // rest by rule.
    let positions: BTreeMap<&str, usize> = project
        .touchpoints
        .iter()
        .enumerate()
        .map(|(position, tp)| (tp.id.as_str(), position))
        .collect();
    let mut advice: BTreeMap<(usize, usize), Candidate> = BTreeMap::new();
    for finding in client.iter().filter(|f| !answered.contains(f.id.as_str())) {
        let touchpoint = finding.touchpoint.as_deref().and_then(|id| {
            let position = *positions.get(id)?;
            Some((position, &project.touchpoints[position]))
        });
        let key = touchpoint.map_or((usize::MAX, finding.rule_order), |(position, _)| {
            (position, 0)
        });
        advice
            .entry(key)
            .or_insert_with(|| Candidate {
                opportunity: None,
                touchpoint,
                findings: Vec::new(),
            })
            .findings
            .push(finding);
    }
    candidates.extend(advice.into_values());

    let keyed: Vec<(RankKey, Candidate)> = candidates
        .into_iter()
        .map(|candidate| (rank_key(project, &candidate), candidate))
        .collect();
    let mut keyed = keyed;
    keyed.sort_by(|(a, _), (b, _)| a.cmp(b));
    let recommendations = keyed
        .into_iter()
        .enumerate()
        .map(|(index, (_, candidate))| recommendation(project, index + 1, &candidate))
        .collect();
    Plan {
        recommendations,
        audit_quality,
    }
}

/// The ranking, smallest first; see the module documentation.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct RankKey {
    impact: Reverse<Level>,
    effort: Level,
    severity: Reverse<Option<Severity>>,
    funnel: Funnel,
    /// Persona share in hundredths of a percent (exact order of f64 is not needed).
    share: Reverse<u64>,
    shortfall: Reverse<u64>,
    scorecard: (usize, usize, usize),
}

fn rank_key(project: &Project, candidate: &Candidate) -> RankKey {
    let (impact, effort) = candidate
        .opportunity
        .map_or((Level::Medium, Level::Medium), |(_, op)| {
            (op.impact_or_default(), op.effort_or_default())
        });
    let funnel = |stage: &str| project.stage(stage).map_or(Funnel::Top, |s| s.funnel);
    let funnel = candidate
        .touchpoint
        .map(|(_, tp)| funnel(&tp.stage))
        .into_iter()
        .chain(
            candidate
                .findings
                .iter()
                .map(|f| f.stage.as_deref().map_or(Funnel::Top, funnel)),
        )
        .min()
        .unwrap_or(Funnel::Top);
    let share: f64 = project
        .personas
        .iter()
        .filter(|persona| {
            candidate
                .touchpoint
                .is_none_or(|(_, tp)| tp.serves(&persona.id))
        })
        .filter_map(|persona| persona.share)
        .sum();
    let shortfall: f64 = candidate.findings.iter().map(|f| f.shortfall).sum();
    let position = candidate
        .touchpoint
        .map_or(usize::MAX, |(position, _)| position);
    RankKey {
        impact: Reverse(impact),
        effort,
        severity: Reverse(candidate.findings.iter().map(|f| f.severity).max()),
        funnel,
        share: Reverse(hundredths(share)),
        shortfall: Reverse(hundredths(shortfall)),
        scorecard: (
            position,
            candidate.opportunity.map_or(usize::MAX, |(index, _)| index),
            candidate
                .findings
                .first()
                .map_or(usize::MAX, |f| f.rule_order),
        ),
    }
}

fn hundredths(value: f64) -> u64 {
    if value.is_finite() && value > 0.0 {
        (value * 100.0).round() as u64
    } else {
        0
    }
}

fn recommendation(project: &Project, rank: usize, candidate: &Candidate) -> Recommendation {
    let language = &project.site.language;
    let mut findings = candidate.findings.clone();
    findings.sort_by_key(|f| (Reverse(f.severity), f.rule_order));
    let lead = findings.first().map(|f| info_of(&f.rule));
    let mut rules: Vec<&str> = Vec::new();
    for finding in &findings {
        if !rules.contains(&finding.rule.as_str()) {
            rules.push(&finding.rule);
        }
    }
    let mut stages: Vec<&str> = candidate
        .touchpoint
        .map(|(_, tp)| tp.stage.as_str())
        .into_iter()
        .chain(findings.iter().filter_map(|f| f.stage.as_deref()))
        .collect();
    stages.sort_by_key(|id| project.stages.iter().position(|s| s.id == *id));
    stages.dedup();
    let severity = findings
        .iter()
        .map(|f| f.severity)
        .max()
        .unwrap_or(Severity::Info);
    let finding_area = findings.first().map(|f| f.area);

    match (candidate.opportunity, candidate.touchpoint) {
        (Some((_, opportunity)), Some((_, tp))) => Recommendation {
            rank,
            title: opportunity.text.clone(),
            area: opportunity
                .area
                .or(tp.pain_area())
                .or(finding_area)
                .unwrap_or(Area::Touchpoints),
            severity,
            rules: rules.iter().map(|r| r.to_string()).collect(),
            stages: stages.iter().map(|s| s.to_string()).collect(),
            findings: findings.iter().map(|f| f.id.clone()).collect(),
            reasoning: action_reasoning(project, tp, &rules, lead),
            actions: vec![ActionRef {
                touchpoint: tp.id.clone(),
                id: opportunity.key().to_string(),
                text: opportunity.text.clone(),
                impact: opportunity.impact,
                effort: opportunity.effort,
                owner: opportunity.owner.clone(),
                status: opportunity.status,
                due: opportunity.due.clone(),
            }],
            impact: opportunity.impact,
            effort: opportunity.effort,
        },
        _ => {
            let info = lead.unwrap_or(rules::REGISTRY[0].info());
            let reasoning = match candidate.touchpoint {
                Some((_, tp)) => touchpoint_reasoning(project, tp, &rules, info),
                None => reasoning(language, info, findings.len(), &stages, project),
            };
            Recommendation {
                rank,
                title: info.text(language, RuleText::Advice),
                area: finding_area.unwrap_or(info.area),
                severity,
                rules: rules.iter().map(|r| r.to_string()).collect(),
                stages: stages.iter().map(|s| s.to_string()).collect(),
                findings: findings.iter().map(|f| f.id.clone()).collect(),
                reasoning,
                actions: Vec::new(),
                impact: None,
                effort: None,
            }
        }
    }
}

fn info_of(rule: &str) -> &'static RuleInfo {
    rules::find(rule).map_or(rules::REGISTRY[0].info(), |rule| rule.info())
}

/// The failing titles of `rules`, joined: what a card answers.
fn failures(language: &Language, rules: &[&str]) -> String {
    rules
        .iter()
        .map(|rule| info_of(rule).text(language, RuleText::Failure))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Why the consultant's action: what it answers, and why that matters.
fn action_reasoning(
    project: &Project,
    tp: &Touchpoint,
    rules: &[&str],
    lead: Option<&RuleInfo>,
) -> String {
    let language = &project.site.language;
    let touchpoint = Arg::Touchpoint(tp.name.clone());
    let Some(lead) = lead else {
        return Message::new("plan-action")
            .with("touchpoint", touchpoint)
            .render(language, project);
    };
    let summary = Message::new("plan-action-answers")
        .with("touchpoint", touchpoint)
        .with("failures", Arg::Text(failures(language, rules)))
        .render(language, project);
    format!("{summary} {}", lead.text(language, RuleText::Rationale))
}

/// Why the rule's advice for one touchpoint's findings.
fn touchpoint_reasoning(
    project: &Project,
    tp: &Touchpoint,
    rules: &[&str],
    lead: &RuleInfo,
) -> String {
    let language = &project.site.language;
    let summary = Message::new("plan-advice-touchpoint")
        .with("touchpoint", Arg::Touchpoint(tp.name.clone()))
        .with("failures", Arg::Text(failures(language, rules)))
        .render(language, project);
    format!("{summary} {}", lead.text(language, RuleText::Rationale))
}

/// Why a recommendation: the rule's failing state, how many findings
/// and where, then why it matters.
fn reasoning(
    language: &Language,
    info: &rules::RuleInfo,
    count: usize,
    stages: &[&str],
    project: &Project,
) -> String {
    let failure = Arg::Text(info.text(language, RuleText::Failure));
    let summary = if stages.is_empty() {
        Message::new("reasoning-summary")
    } else {
        Message::new("reasoning-summary-stages").with(
            "stages",
            Arg::Stages(stages.iter().map(|id| id.to_string()).collect()),
        )
    }
    .with("failure", failure)
    .with("count", Arg::Count(count));
    format!(
        "{} {}",
        summary.render(language, project),
        info.text(language, RuleText::Rationale)
    )
}

#[cfg(test)]
mod tests {
    use super::super::Report;
    use super::*;
    use crate::model::{Opportunity, PainPoint};
    use crate::rules::testing;
    use crate::score::Scores;

    fn report_of(project: &Project) -> Report {
        Report::build(project, &Scores::compute(project), None)
    }

    fn position(project: &Project, id: &str) -> usize {
        project
            .touchpoints
            .iter()
            .position(|tp| tp.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    }

    fn opportunity(text: &str, impact: Option<Level>, effort: Option<Level>) -> Opportunity {
        Opportunity {
            text: text.into(),
            impact,
            effort,
            ..Opportunity::default()
        }
    }

    /// A healthy journey where `consideration-web` scores 40, feels -2 and
    /// has a technology pain point, and `loyalty-web` scores 20.
    fn troubled() -> Project {
        let mut project = testing::healthy();
        let at = position(&project, "consideration-web");
        let mut tp = testing::scored(project.touchpoints[at].clone(), 2.0);
        tp.emotion = Some(-2);
        tp.pain_points = vec![PainPoint {
            text: "The comparison tool crashes".into(),
            id: None,
            area: Some(Area::Technology),
        }];
        project.touchpoints[at] = tp;
        let at = position(&project, "loyalty-web");
        project.touchpoints[at] = testing::scored(project.touchpoints[at].clone(), 1.0);
        project
    }

    #[test]
    fn a_touchpoints_findings_make_one_card_and_homework_goes_to_audit_quality() {
        let report = report_of(&troubled());
        let card = report
            .recommendations
            .iter()
            .find(|r| r.findings.iter().any(|f| f.ends_with("/consideration-web")))
            .expect("a card for consideration-web");
        assert_eq!(
            card.findings,
            [
                "low-score-touchpoint@consideration/consideration-web",
                "emotional-low-point@consideration/consideration-web"
            ]
        );
        assert_eq!(card.rules, ["low-score-touchpoint", "emotional-low-point"]);
        assert!(card.actions.is_empty());
        // "Write an opportunity" is the consultant's homework.
        assert_eq!(
            report.audit_quality,
            ["unaddressed-pain-point@consideration/consideration-web"]
        );
        assert!(
            report
                .recommendations
                .iter()
                .all(|r| !r.rules.iter().any(|rule| HOMEWORK.contains(&rule.as_str())))
        );
    }

    #[test]
    fn the_consultants_opportunity_carries_the_findings_in_their_words() {
        let mut project = troubled();
        let at = position(&project, "consideration-web");
        let mut fix = opportunity(
            "Rebuild the comparison tool",
            Some(Level::High),
            Some(Level::Low),
        );
        fix.id = Some("comparison-tool".into());
        fix.owner = Some("Web team".into());
        project.touchpoints[at].opportunities = vec![fix];
        let report = report_of(&project);
        let first = &report.recommendations[0];
        assert_eq!(first.title, "Rebuild the comparison tool");
        assert_eq!(
            (first.impact, first.effort),
            (Some(Level::High), Some(Level::Low))
        );
        assert_eq!(first.area, Area::Technology);
        assert_eq!(first.actions.len(), 1);
        assert_eq!(first.actions[0].touchpoint, "consideration-web");
        assert_eq!(first.actions[0].id, "comparison-tool");
        assert_eq!(first.actions[0].owner.as_deref(), Some("Web team"));
        assert_eq!(first.findings.len(), 2);
        assert!(first.reasoning.starts_with(
            "The consultant's action for “Touchpoint consideration-web”; it answers: "
        ));
        // No rule advice for what the opportunity answers, and no homework.
        assert!(report.recommendations[1..].iter().all(|r| {
            r.findings
                .iter()
                .all(|f| !f.ends_with("/consideration-web"))
        }));
        assert!(report.audit_quality.is_empty());
    }

    #[test]
    fn done_actions_leave_the_plan_and_still_address_the_pain_point() {
        let mut project = troubled();
        let at = position(&project, "consideration-web");
        let mut done = opportunity("Rebuilt the tool", None, None);
        done.status = Status::Done;
        project.touchpoints[at].opportunities = vec![done];
        let report = report_of(&project);
        assert!(
            report
                .recommendations
                .iter()
                .all(|r| r.title != "Rebuilt the tool")
        );
        assert!(
            report.audit_quality.is_empty(),
            "{:?}",
            report.audit_quality
        );
        // The findings it no longer answers get the rule's advice.
        assert!(
            report
                .recommendations
                .iter()
                .any(|r| r.findings.iter().any(|f| f.ends_with("/consideration-web")))
        );
    }

    #[test]
    fn ranking_is_impact_then_effort_then_severity_then_funnel() {
        let mut project = testing::healthy();
        project.touchpoints.retain(|tp| tp.stage != "advocacy");
        let web = position(&project, "awareness-web");
        project.touchpoints[web].opportunities = vec![
            opportunity("Medium, low effort", None, Some(Level::Low)),
            opportunity("High, high effort", Some(Level::High), Some(Level::High)),
            opportunity("High, low effort", Some(Level::High), Some(Level::Low)),
            opportunity("Low impact", Some(Level::Low), Some(Level::Low)),
        ];
        let loyalty = position(&project, "loyalty-web");
        project.touchpoints[loyalty] = testing::scored(project.touchpoints[loyalty].clone(), 1.0);
        let report = report_of(&project);
        let titles: Vec<&str> = report
            .recommendations
            .iter()
            .map(|r| r.title.as_str())
            .collect();
        // The empty advocacy stage (an error) and the low loyalty score are
        // rule advice at medium impact and effort: after the high-impact
        // actions and the medium one with low effort, before low impact.
        let empty = info_of("empty-stage").text(&project.site.language, RuleText::Advice);
        // The loyalty touchpoint (40 below pass) before its stage (10 below).
        let low = info_of("low-score-touchpoint").text(&project.site.language, RuleText::Advice);
        let weak = info_of("weak-stage").text(&project.site.language, RuleText::Advice);
        assert_eq!(
            titles,
            [
                "High, low effort",
                "High, high effort",
                "Medium, low effort",
                empty.as_str(),
                low.as_str(),
                weak.as_str(),
                "Low impact"
            ]
        );
        assert!(
            report
                .recommendations
                .iter()
                .enumerate()
                .all(|(i, r)| r.rank == i + 1)
        );
    }

    #[test]
    fn a_weak_stage_is_answered_by_its_touchpoints_opportunities() {
        let mut project = testing::healthy();
        for id in ["loyalty-web", "loyalty-store"] {
            let at = position(&project, id);
            project.touchpoints[at] = testing::scored(project.touchpoints[at].clone(), 1.0);
        }
        let at = position(&project, "loyalty-store");
        project.touchpoints[at].opportunities = vec![opportunity("Owners' evenings", None, None)];
        let report = report_of(&project);
        let card = report
            .recommendations
            .iter()
            .find(|r| r.title == "Owners' evenings")
            .expect("the action");
        assert_eq!(
            card.findings,
            [
                "low-score-touchpoint@loyalty/loyalty-store",
                "weak-stage@loyalty"
            ]
        );
        assert!(
            report
                .recommendations
                .iter()
                .all(|r| r.rules != ["weak-stage"])
        );
    }
}
