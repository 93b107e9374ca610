//! The terminal renderer: findings as compiler-style diagnostics for
//! `trailmark check`, each pointing at the touchpoint's line in its
//! scorecard (or the file the finding is about), with a summary line.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::diagnostics::{self, Diagnostic, Level, Sources};
use crate::i18n::{self, Language};
use crate::model::{Project, Severity, Touchpoint};
use crate::report::{Finding, Report, WaiverStatus};
use crate::rules::{self, RuleText};

/// The findings as diagnostics, then a summary line.
pub fn render(project: &Project, report: &Report, sources: &Sources, prefix: &str) -> String {
    render_styled(project, report, sources, prefix, false)
}

/// [`render`], with ANSI colours in the diagnostics when `color` is set.
pub fn render_styled(
    project: &Project,
    report: &Report,
    sources: &Sources,
    prefix: &str,
    color: bool,
) -> String {
    let touchpoints: BTreeMap<&str, &Touchpoint> = project
        .touchpoints
        .iter()
        .map(|tp| (tp.id.as_str(), tp))
        .collect();
    let list: Vec<Diagnostic> = report
        .findings
        .iter()
        .filter(|finding| !finding.accepted)
        .map(|finding| to_diagnostic(project, &touchpoints, finding, sources))
        .chain(waiver_notes(project, report))
        .collect();
    let mut out = diagnostics::render_styled(&list, sources, prefix, color);
    out.push_str(&summary(report, &project.site.language));
    out.push('\n');
    out
}

/// Says which waivers no longer apply or match nothing.
fn waiver_notes<'a>(
    project: &'a Project,
    report: &'a Report,
) -> impl Iterator<Item = Diagnostic> + 'a {
    let language = &project.site.language;
    project
        .site
        .waivers
        .iter()
        .zip(&report.waivers)
        .filter_map(|(waiver, state)| {
            let message = match state.status {
                WaiverStatus::Live => return None,
                WaiverStatus::Expired => language.fill(
                    "terminal-waiver-expired",
                    &[
                        ("rule", &waiver.rule),
                        ("cycle", waiver.until.as_deref().unwrap_or_default()),
                    ],
                ),
                WaiverStatus::Unused => {
                    language.fill("terminal-waiver-unused", &[("rule", &waiver.rule)])
                }
            };
            Some(Diagnostic {
                level: Level::Note,
                code: None,
                file: crate::load::SITE_FILE.to_string(),
                span: Some(waiver.span.clone()),
                message,
                label: language.text("terminal-waiver-label"),
                notes: Vec::new(),
            })
        })
}

/// `2 errors, 5 warnings, 3 info (1 accepted); journey score 61.3 of 100`,
/// in the report's language.
pub fn summary(report: &Report, language: &Language) -> String {
    let counts = report.counts;
    let mut args = FluentArgs::new();
    args.set("errors", FluentValue::from(counts.error));
    args.set("warnings", FluentValue::from(counts.warning));
    args.set("info", FluentValue::from(counts.info));
    args.set("accepted", FluentValue::from(counts.accepted));
    args.set(
        "score",
        FluentValue::from(i18n::score(language, report.score)),
    );
    language.format("terminal-summary", Some(&args))
}

/// The build's findings line: `Findings: ` and the [`summary`].
pub fn findings_line(report: &Report, language: &Language) -> String {
    language.fill(
        "terminal-findings",
        &[("summary", &summary(report, language))],
    )
}

fn to_diagnostic(
    project: &Project,
    touchpoints: &BTreeMap<&str, &Touchpoint>,
    finding: &Finding,
    sources: &Sources,
) -> Diagnostic {
    let level = match finding.severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Note,
    };
    let touchpoint = finding
        .touchpoint
        .as_deref()
        .and_then(|id| touchpoints.get(id).copied());
    let (file, span, label) = match touchpoint {
        Some(tp) => (
            tp.location.file.clone(),
            Some(tp.location.span.clone()),
            project
                .site
                .language
                .fill("terminal-touchpoint-label", &[("id", &tp.id)]),
        ),
        None => {
            let file = match (&finding.persona, &finding.stage) {
                (Some(persona), _) => project.persona(persona).map_or_else(
                    || crate::load::SITE_FILE.to_string(),
                    |p| format!("content/{}", p.note),
                ),
                (None, Some(stage)) => format!("content/scorecards/{stage}.toml"),
                (None, None) => crate::load::SITE_FILE.to_string(),
            };
            (file, None, String::new())
        }
    };
    // Point at the start of a file that exists, so the name is shown with a line.
    let span = span.or_else(|| sources.get(&file).map(|_| 0..0));
    let mut diagnostic = Diagnostic {
        level,
        code: Some(finding.rule.clone()),
        file,
        span,
        message: finding.message.clone(),
        label,
        notes: Vec::new(),
    };
    if let Some(rule) = rules::find(&finding.rule) {
        let language = &project.site.language;
        let help = language.fill(
            "terminal-help",
            &[
                ("advice", &rule.info().text(language, RuleText::Advice)),
                ("rule", &finding.rule),
            ],
        );
        diagnostic = diagnostic.with_note(help);
    }
    diagnostic
}
