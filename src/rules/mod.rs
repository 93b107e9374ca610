//! Audit rules: pure checks over the model that find gaps in the journey.
//!
//! One rule per file, named after its id; each is a unit struct that
//! implements [`Rule`] and carries its metadata in a [`RuleInfo`]; its
//! texts, the rule book's included, are in the catalogues. [`REGISTRY`] lists them in a fixed order; adding a rule
//! means adding its file and one line there. [`run`] applies every rule,
//! the `[rules]` overrides and the waivers, and returns the findings in
//! report order. No IO.

mod emotional_low_point;
mod empty_stage;
mod kpi_below_target;
mod low_score_touchpoint;
mod missing_decision_content;
mod missing_emotion_data;
mod missing_kpi;
mod missing_personas;
mod missing_post_purchase_engagement;
mod missing_third_party_presence;
mod missing_top_funnel_content;
mod no_owned_soft_content;
mod online_only_journey;
mod persona_gap;
mod scope_change;
mod score_regression;
mod single_channel_stage;
mod stale_touchpoint;
mod thin_persona_evidence;
mod thin_stage;
mod too_few_interviews;
mod unaddressed_pain_point;
mod unscored_touchpoint;
mod untargeted_persona;
mod weak_stage;

#[cfg(test)]
pub(crate) mod testing;

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, Language, Message};
use crate::model::{Funnel, Project, RuleLevel, Severity, Touchpoint, Waiver};
use crate::score::Scores;

pub use crate::model::Area;

/// A rule's metadata. Its texts for the reader are in the catalogues, as
/// `rule-<id>-<part>` (see [`RuleText`]).
#[derive(Debug, Clone, Copy)]
pub struct RuleInfo {
    /// Stable id, the failing state as a noun phrase: `empty-stage`.
    pub id: &'static str,
    pub area: Area,
    pub severity: Severity,
}

/// The texts each rule has in every catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleText {
    /// What passing looks like: "Every stage has touchpoints".
    Title,
    /// The failing state: "A stage has no touchpoints".
    Failure,
    /// The action a recommendation built from the rule's findings asks for.
    Advice,
    /// One plain sentence for the client on why the gap matters to the
    /// customer journey and the business; a recommendation's reasoning
    /// ends with it.
    Rationale,
    /// The rule book (Markdown): what the rule checks.
    What,
    /// The rule book: why it matters for the customer journey.
    Why,
    /// The rule book: an example that fires.
    Example,
    /// The rule book: how to fix it.
    Fix,
}

impl RuleText {
    pub const ALL: [RuleText; 8] = [
        RuleText::Title,
        RuleText::Failure,
        RuleText::Advice,
        RuleText::Rationale,
        RuleText::What,
        RuleText::Why,
        RuleText::Example,
        RuleText::Fix,
    ];

    fn key(self) -> &'static str {
        match self {
            RuleText::Title => "title",
            RuleText::Failure => "failure",
            RuleText::Advice => "advice",
            RuleText::Rationale => "rationale",
            RuleText::What => "what",
            RuleText::Why => "why",
            RuleText::Example => "example",
            RuleText::Fix => "fix",
        }
    }
}

impl RuleInfo {
    /// The catalogue id of one of the rule's texts: `rule-empty-stage-title`.
    pub fn text_id(&self, part: RuleText) -> String {
        format!("rule-{}-{}", self.id, part.key())
    }

    /// One of the rule's texts in `language`.
    pub fn text(&self, language: &Language, part: RuleText) -> String {
        language.text(&self.text_id(part))
    }
}

/// What a rule hands back: where the gap is and what it is. The engine
/// adds the severity, id and waiver state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Hit {
    pub stage: Option<String>,
    pub touchpoint: Option<String>,
    pub persona: Option<String>,
    /// What it found, as a catalogue message; the report words it.
    pub message: Message,
    /// How far below the pass line, in score points (0 to 100), where the
    /// rule is about a score; used to rank recommendations.
    pub shortfall: f64,
    /// The finding's area when it is not the rule's (a pain point's area).
    pub area: Option<Area>,
}

/// A hit with the engine's verdict: its stable id, severity, area and
/// whether a waiver accepts it. The report words its message.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Stable identity: `rule@stage/touchpoint~persona` (absent parts left out).
    pub id: String,
    pub rule: &'static str,
    pub severity: Severity,
    pub area: Area,
    pub stage: Option<String>,
    pub touchpoint: Option<String>,
    pub persona: Option<String>,
    pub message: Message,
    pub accepted: bool,
    /// The waiver's reason, for accepted findings.
    pub reason: Option<String>,
    /// Where it stands in the input: the touchpoint's scorecard.
    pub file: Option<String>,
    /// The line of the touchpoint's `[[touchpoint]]` in `file`.
    pub line: Option<usize>,
    /// Score points below the pass line, where the finding is about a score.
    pub shortfall: f64,
    /// Position of the rule in the registry, for ordering.
    pub rule_order: usize,
}

/// How a waiver fared in this run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WaiverStatus {
    /// Applies and matched at least one finding.
    Live,
    /// Applies but matched nothing this cycle.
    Unused,
    /// Its `until` cycle has come; it no longer applies.
    Expired,
}

/// A waiver with its status and the findings it matches.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaiverState {
    pub rule: String,
    pub stage: Option<String>,
    pub touchpoint: Option<String>,
    pub persona: Option<String>,
    pub reason: String,
    pub until: Option<String>,
    pub status: WaiverStatus,
    /// Findings the waiver matches (accepted when it is live).
    pub findings: Vec<String>,
}

/// What rules read: the model and its scores, both built once, and the
/// previous cycle's scores when history/ holds its snapshot.
pub struct Context<'a> {
    pub project: &'a Project,
    pub scores: &'a Scores,
    pub previous: Option<&'a crate::model::PreviousCycle>,
    /// Scores and scope compared with the previous cycle (no findings yet).
    pub changes: Option<&'a crate::changes::Changes>,
}

impl Context<'_> {
    /// The pass line in score points.
    pub fn pass(&self) -> f64 {
        self.project.site.scoring.pass_percent()
    }

    /// Whether an unrounded score passes (see [`crate::score::passes`]).
    pub fn passes(&self, score: f64) -> bool {
        crate::score::passes(score, &self.project.site.scoring)
    }

    /// The ids of the stages at these funnel positions, in model order.
    pub fn stage_ids_at(&self, funnels: &[Funnel]) -> Vec<&str> {
        self.project
            .stages
            .iter()
            .filter(|stage| funnels.contains(&stage.funnel))
            .map(|stage| stage.id.as_str())
            .collect()
    }

    /// Whether any touchpoint in one of `stages` passes `test`.
    pub fn any_touchpoint_in(&self, stages: &[&str], test: impl Fn(&Touchpoint) -> bool) -> bool {
        self.project
            .touchpoints
            .iter()
            .any(|tp| stages.contains(&tp.stage.as_str()) && test(tp))
    }

    /// A message about stages lacking something (`id`), with the stages
    /// and their count; `no_stage_id` when the model has no such stage.
    pub fn stages_lacking(
        &self,
        id: &'static str,
        no_stage_id: &'static str,
        stages: &[&str],
    ) -> Message {
        if stages.is_empty() {
            return Message::new(no_stage_id);
        }
        Message::new(id)
            .with("count", Arg::Count(stages.len()))
            .with(
                "stages",
                Arg::Stages(stages.iter().map(|s| s.to_string()).collect()),
            )
    }
}

/// A rule: its metadata and a pure check.
pub trait Rule: Sync {
    fn info(&self) -> &'static RuleInfo;
    fn check(&self, ctx: &Context) -> Vec<Hit>;

    fn id(&self) -> &'static str {
        self.info().id
    }
}

/// Every rule, in the order the rule book lists them.
pub static REGISTRY: &[&dyn Rule] = &[
    &empty_stage::EmptyStage,
    &thin_stage::ThinStage,
    &missing_top_funnel_content::MissingTopFunnelContent,
    &missing_decision_content::MissingDecisionContent,
    &single_channel_stage::SingleChannelStage,
    &online_only_journey::OnlineOnlyJourney,
    &missing_third_party_presence::MissingThirdPartyPresence,
    &missing_post_purchase_engagement::MissingPostPurchaseEngagement,
    &low_score_touchpoint::LowScoreTouchpoint,
    &weak_stage::WeakStage,
    &unaddressed_pain_point::UnaddressedPainPoint,
    &missing_kpi::MissingKpi,
    &kpi_below_target::KpiBelowTarget,
    &unscored_touchpoint::UnscoredTouchpoint,
    &missing_personas::MissingPersonas,
    &persona_gap::PersonaGap,
    &too_few_interviews::TooFewInterviews,
    &score_regression::ScoreRegression,
    &emotional_low_point::EmotionalLowPoint,
    &missing_emotion_data::MissingEmotionData,
    &thin_persona_evidence::ThinPersonaEvidence,
    &untargeted_persona::UntargetedPersona,
    &no_owned_soft_content::NoOwnedSoftContent,
    &stale_touchpoint::StaleTouchpoint,
    &scope_change::ScopeChange,
];

/// Every rule's id, in the registry's order.
pub fn ids() -> Vec<&'static str> {
    REGISTRY.iter().map(|rule| rule.id()).collect()
}

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static dyn Rule> {
    REGISTRY.iter().copied().find(|rule| rule.id() == id)
}

/// A rule's documentation as Markdown, in English, for `trailmark explain`
/// and SARIF.
pub fn explain(info: &RuleInfo) -> String {
    let english = Language::english();
    format!(
        "# {id}: {title}\n\n{meta}\n\n{sections}",
        id = info.id,
        title = info.text(&english, RuleText::Failure),
        meta = meta_line(info),
        sections = sections(info, &english, "##"),
    )
}

fn meta_line(info: &RuleInfo) -> String {
    format!(
        "Default severity: {}. Area: {}.",
        info.severity.as_str(),
        info.area.as_str()
    )
}

/// The four fixed headings of a rule's documentation.
fn sections(info: &RuleInfo, language: &Language, level: &str) -> String {
    let text = |part| info.text(language, part);
    format!(
        "{level} What it checks\n\n{what}\n\n{level} Why it matters\n\n{why}\n\n\
         {level} Example\n\n{example}\n\n{level} How to fix it\n\n{fix}\n",
        what = text(RuleText::What),
        why = text(RuleText::Why),
        example = text(RuleText::Example),
        fix = text(RuleText::Fix),
    )
}

/// The whole rule book as Markdown, from the English catalogue:
/// docs/rules.md is this text.
pub fn book() -> String {
    let mut out = String::from(
        "# The rule book\n\n\
         Generated from the rules themselves (`trailmark rules --format markdown`); \
         `trailmark explain ID` prints one rule. Severities are the defaults; \
         change them per project in `[rules]` in site.toml.\n\n\
         | id | severity | area | fires when |\n|---|---|---|---|\n",
    );
    let english = Language::english();
    for rule in REGISTRY {
        let info = rule.info();
        out.push_str(&format!(
            "| [`{id}`](#{id}) | {severity} | {area} | {failing} |\n",
            id = info.id,
            severity = info.severity.as_str(),
            area = info.area.as_str(),
            failing = info.text(&english, RuleText::Failure),
        ));
    }
    for rule in REGISTRY {
        let info = rule.info();
        out.push_str(&format!(
            "\n## `{id}`\n\n**{title}.** {meta}\n\n{sections}",
            id = info.id,
            title = info.text(&english, RuleText::Failure),
            meta = meta_line(info),
            sections = sections(info, &english, "###"),
        ));
    }
    out
}

/// A finding's stable identity: `rule@stage/touchpoint~persona`, leaving
/// out the parts it does not have (`too-few-interviews`,
/// `empty-stage@advocacy`, `low-score-touchpoint@awareness/radio-spot`,
/// `persona-gap@purchase~mette`).
pub fn finding_id(
    rule: &str,
    stage: Option<&str>,
    touchpoint: Option<&str>,
    persona: Option<&str>,
) -> String {
    let mut id = rule.to_string();
    if let Some(stage) = stage {
        id.push('@');
        id.push_str(stage);
    }
    if let Some(touchpoint) = touchpoint {
        id.push(if stage.is_some() { '/' } else { '@' });
        id.push_str(touchpoint);
    }
    if let Some(persona) = persona {
        id.push('~');
        id.push_str(persona);
    }
    id
}

fn waiver_matches(waiver: &Waiver, finding: &Finding) -> bool {
    waiver.rule == finding.rule
        && waiver
            .stage
            .as_ref()
            .is_none_or(|s| finding.stage.as_ref() == Some(s))
        && waiver
            .touchpoint
            .as_ref()
            .is_none_or(|t| finding.touchpoint.as_ref() == Some(t))
        && waiver
            .persona
            .as_ref()
            .is_none_or(|p| finding.persona.as_ref() == Some(p))
}

/// Runs every enabled rule and returns the findings in report order:
/// most severe first, then journey-wide findings before those of a stage,
/// stages in model order, rules in registry order, touchpoints in
/// scorecard order, personas by id.
pub fn run(ctx: &Context) -> Vec<Finding> {
    run_rules(ctx, REGISTRY)
}

/// [`run`] over a given list of rules.
fn run_rules(ctx: &Context, rules: &[&dyn Rule]) -> Vec<Finding> {
    let site = &ctx.project.site;
    let mut findings = Vec::new();
    for (rule_index, rule) in rules.iter().enumerate() {
        let info = rule.info();
        let severity = match site.rules.get(info.id) {
            Some(RuleLevel::Off) => continue,
            Some(RuleLevel::On(severity)) => *severity,
            None => info.severity,
        };
        let Ok(hits) = catch_unwind(AssertUnwindSafe(|| rule.check(ctx))) else {
            findings.push(internal_failure(info, rule_index));
            continue;
        };
        for hit in hits {
            let location = hit
                .touchpoint
                .as_deref()
                .and_then(|id| ctx.project.touchpoint(id))
                .map(|tp| &tp.location);
            let mut finding = Finding {
                id: finding_id(
                    info.id,
                    hit.stage.as_deref(),
                    hit.touchpoint.as_deref(),
                    hit.persona.as_deref(),
                ),
                rule: info.id,
                severity,
                area: hit.area.unwrap_or(info.area),
                stage: hit.stage,
                touchpoint: hit.touchpoint,
                persona: hit.persona,
                message: hit.message,
                accepted: false,
                reason: None,
                file: location.map(|location| location.file.clone()),
                line: location.map(|location| location.line),
                shortfall: hit.shortfall,
                rule_order: rule_index,
            };
            if let Some(waiver) = site
                .waivers
                .iter()
                .find(|waiver| waiver.is_live(&site.cycle) && waiver_matches(waiver, &finding))
            {
                finding.accepted = true;
                finding.reason = Some(waiver.reason.clone());
            }
            findings.push(finding);
        }
    }
    // Positions looked up once, not per comparison.
    let stages: BTreeMap<&str, usize> = ctx
        .project
        .stages
        .iter()
        .enumerate()
        .map(|(position, stage)| (stage.id.as_str(), position + 1))
        .collect();
    let touchpoints: BTreeMap<&str, usize> = ctx
        .project
        .touchpoints
        .iter()
        .enumerate()
        .map(|(position, tp)| (tp.id.as_str(), position + 1))
        .collect();
    let position = |map: &BTreeMap<&str, usize>, id: &Option<String>| {
        id.as_deref()
            .and_then(|id| map.get(id).copied())
            .unwrap_or(0)
    };
    let stage_position = |stage: &Option<String>| position(&stages, stage);
    let touchpoint_position = |tp: &Option<String>| position(&touchpoints, tp);
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| stage_position(&a.stage).cmp(&stage_position(&b.stage)))
            .then_with(|| a.rule_order.cmp(&b.rule_order))
            .then_with(|| {
                touchpoint_position(&a.touchpoint).cmp(&touchpoint_position(&b.touchpoint))
            })
            .then_with(|| a.persona.cmp(&b.persona))
            .then_with(|| a.id.cmp(&b.id))
    });
    findings
}

/// The finding that stands for a rule that failed internally: an error
/// that no waiver can accept, so the run is never taken for clean.
fn internal_failure(info: &RuleInfo, rule_order: usize) -> Finding {
    Finding {
        id: format!("internal-error@{}", info.id),
        rule: info.id,
        severity: Severity::Error,
        area: info.area,
        stage: None,
        touchpoint: None,
        persona: None,
        message: Message::new("finding-internal-error")
            .with("check", Arg::Rule(info.id.to_string())),
        accepted: false,
        reason: None,
        file: None,
        line: None,
        shortfall: 0.0,
        rule_order,
    }
}

/// How each waiver fared in this run.
pub fn waiver_states(project: &Project, findings: &[Finding]) -> Vec<WaiverState> {
    let cycle = &project.site.cycle;
    project
        .site
        .waivers
        .iter()
        .map(|waiver| {
            let matched: Vec<String> = findings
                .iter()
                .filter(|finding| waiver_matches(waiver, finding))
                .map(|finding| finding.id.clone())
                .collect();
            let status = if !waiver.is_live(cycle) {
                WaiverStatus::Expired
            } else if matched.is_empty() {
                WaiverStatus::Unused
            } else {
                WaiverStatus::Live
            };
            WaiverState {
                rule: waiver.rule.clone(),
                stage: waiver.stage.clone(),
                touchpoint: waiver.touchpoint.clone(),
                persona: waiver.persona.clone(),
                reason: waiver.reason.clone(),
                until: waiver.until.clone(),
                status,
                findings: matched,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn ids_are_unique_match_file_names_and_every_text_is_in_every_language() {
        let mut seen = BTreeSet::new();
        for rule in REGISTRY {
            let info = rule.info();
            assert!(seen.insert(info.id), "duplicate rule id {}", info.id);
            let file = format!(
                "{}/src/rules/{}.rs",
                env!("CARGO_MANIFEST_DIR"),
                info.id.replace('-', "_")
            );
            assert!(
                std::path::Path::new(&file).is_file(),
                "no file for rule {}",
                info.id
            );
            for code in Language::built_in_codes() {
                let language = Language::built_in(code).expect("built in");
                for part in RuleText::ALL {
                    let id = info.text_id(part);
                    assert!(language.has(&id), "{code}: no {id}");
                    let text = info.text(&language, part);
                    assert!(!text.trim().is_empty(), "{code}: empty {id}");
                    if part == RuleText::Rationale {
                        assert!(
                            text.ends_with('.'),
                            "{code}: {id} must end with a full stop"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn docs_rules_md_is_the_generated_rule_book() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md");
        let written = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            written == book(),
            "docs/rules.md is out of date: run `cargo run -- rules --format markdown > docs/rules.md`"
        );
    }

    use crate::model::{RuleLevel, Severity, Waiver};
    use crate::rules::testing;

    fn findings_of(project: &Project) -> Vec<Finding> {
        let scores = Scores::compute(project);
        run(&Context {
            project,
            scores: &scores,
            previous: None,
            changes: None,
        })
    }

    /// A healthy journey with its advocacy stage emptied: one empty-stage error.
    fn with_empty_advocacy() -> Project {
        let mut project = testing::healthy();
        project.touchpoints.retain(|tp| tp.stage != "advocacy");
        project
    }

    fn waiver(rule: &str, stage: Option<&str>, until: Option<&str>) -> Waiver {
        Waiver {
            rule: rule.into(),
            stage: stage.map(String::from),
            touchpoint: None,
            persona: None,
            reason: "Agreed with the client".into(),
            until: until.map(String::from),
            span: 0..0,
        }
    }

    #[test]
    fn a_healthy_journey_has_no_findings() {
        assert_eq!(findings_of(&testing::healthy()), Vec::new());
    }

    #[test]
    fn severity_overrides_and_off() {
        let mut project = with_empty_advocacy();
        let finding = &findings_of(&project)[0];
        assert_eq!(
            (finding.id.as_str(), finding.severity),
            ("empty-stage@advocacy", Severity::Error)
        );
        project
            .site
            .rules
            .insert("empty-stage".into(), RuleLevel::On(Severity::Info));
        assert_eq!(findings_of(&project)[0].severity, Severity::Info);
        project
            .site
            .rules
            .insert("empty-stage".into(), RuleLevel::Off);
        assert!(
            findings_of(&project)
                .iter()
                .all(|f| f.rule != "empty-stage")
        );
    }

    #[test]
    fn a_live_waiver_accepts_matching_findings_with_its_reason() {
        let mut project = with_empty_advocacy();
        project
            .site
            .waivers
            .push(waiver("empty-stage", Some("advocacy"), Some("2027-Q1")));
        let findings = findings_of(&project);
        assert!(findings[0].accepted);
        assert_eq!(
            findings[0].reason.as_deref(),
            Some("Agreed with the client")
        );
        let states = waiver_states(&project, &findings);
        assert_eq!(states[0].status, WaiverStatus::Live);
        assert_eq!(states[0].findings, ["empty-stage@advocacy"]);
    }

    #[test]
    fn a_waiver_for_another_stage_matches_nothing() {
        let mut project = with_empty_advocacy();
        project
            .site
            .waivers
            .push(waiver("empty-stage", Some("loyalty"), None));
        let findings = findings_of(&project);
        assert!(!findings[0].accepted);
        assert_eq!(
            waiver_states(&project, &findings)[0].status,
            WaiverStatus::Unused
        );
    }

    #[test]
    fn a_waiver_stops_applying_from_its_until_cycle_on() {
        let mut project = with_empty_advocacy();
        // The cycle is 2026-Q4: a waiver until 2026-Q4 has expired.
        project
            .site
            .waivers
            .push(waiver("empty-stage", None, Some("2026-Q4")));
        let findings = findings_of(&project);
        assert!(!findings[0].accepted);
        assert_eq!(
            waiver_states(&project, &findings)[0].status,
            WaiverStatus::Expired
        );
    }

    #[test]
    fn findings_are_ordered_by_severity_then_journey_position() {
        let mut project = with_empty_advocacy();
        project.personas.clear();
        project.touchpoints[0] = testing::scored(project.touchpoints[0].clone(), 1.0);
        let order: Vec<(Severity, String)> = findings_of(&project)
            .into_iter()
            .map(|f| (f.severity, f.id))
            .collect();
        assert!(
            order.windows(2).all(|pair| pair[0].0 >= pair[1].0),
            "{order:?}"
        );
        assert_eq!(order[0].1, "empty-stage@advocacy");
        let warnings: Vec<&str> = order
            .iter()
            .filter(|(severity, _)| *severity == Severity::Warning)
            .map(|(_, id)| id.as_str())
            .collect();
        // Journey-wide first, then by stage.
        assert_eq!(warnings[0], "missing-personas");
        assert!(
            warnings[1].starts_with("missing-top-funnel-content@awareness")
                || warnings[1].starts_with("low-score-touchpoint@awareness")
        );
    }

    struct Broken;

    impl Rule for Broken {
        fn info(&self) -> &'static RuleInfo {
            REGISTRY[0].info()
        }

        fn check(&self, _ctx: &Context) -> Vec<Hit> {
            panic!("a bug in a rule");
        }
    }

    #[test]
    fn a_rule_that_fails_internally_is_an_error_no_waiver_accepts() {
        let mut project = testing::healthy();
        project.touchpoints.retain(|tp| tp.id != "awareness-store");
        project
            .site
            .waivers
            .push(waiver(REGISTRY[0].id(), None, None));
        let scores = Scores::compute(&project);
        let ctx = Context {
            project: &project,
            scores: &scores,
            previous: None,
            changes: None,
        };
        let findings = run_rules(&ctx, &[&Broken, REGISTRY[1]]);
        let ids: Vec<&str> = findings.iter().map(|f| f.id.as_str()).collect();
        // The other rule still ran.
        assert_eq!(
            ids,
            [
                &format!("internal-error@{}", REGISTRY[0].id()),
                "thin-stage@awareness"
            ]
        );
        let failure = &findings[0];
        assert_eq!(failure.id, format!("internal-error@{}", REGISTRY[0].id()));
        assert_eq!(failure.severity, Severity::Error);
        assert!(!failure.accepted);
    }

    #[test]
    fn finding_ids() {
        assert_eq!(
            finding_id("too-few-interviews", None, None, None),
            "too-few-interviews"
        );
        assert_eq!(
            finding_id("empty-stage", Some("advocacy"), None, None),
            "empty-stage@advocacy"
        );
        assert_eq!(
            finding_id(
                "low-score-touchpoint",
                Some("awareness"),
                Some("radio-spot"),
                None
            ),
            "low-score-touchpoint@awareness/radio-spot"
        );
        assert_eq!(
            finding_id("persona-gap", Some("purchase"), None, Some("mette")),
            "persona-gap@purchase~mette"
        );
    }
}
