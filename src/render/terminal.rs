//! The terminal renderer: findings as compiler-style diagnostics for
//! `trailmark check`, each pointing at the touchpoint's line in its
//! scorecard (or the file the finding is about), with a summary line.

use std::collections::BTreeMap;

use crate::diagnostics::{self, Diagnostic, Level, Sources};
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
    out.push_str(&summary(report));
    out.push('\n');
    out
}

/// Says which waivers no longer apply or match nothing.
fn waiver_notes<'a>(
    project: &'a Project,
    report: &'a Report,
) -> impl Iterator<Item = Diagnostic> + 'a {
    project
        .site
        .waivers
        .iter()
        .zip(&report.waivers)
        .filter_map(|(waiver, state)| {
            let message = match state.status {
                WaiverStatus::Live => return None,
                WaiverStatus::Expired => format!(
                    "the waiver for `{}` expired with cycle {}; its findings are open again",
                    waiver.rule,
                    waiver.until.as_deref().unwrap_or_default()
                ),
                WaiverStatus::Unused => format!(
                    "the waiver for `{}` matches no finding; if the gap is closed, remove it",
                    waiver.rule
                ),
            };
            Some(Diagnostic {
                level: Level::Note,
                code: None,
                file: crate::load::SITE_FILE.to_string(),
                span: Some(waiver.span.clone()),
                message,
                label: "this waiver".to_string(),
                notes: Vec::new(),
            })
        })
}

/// `2 errors, 5 warnings, 3 info (1 accepted); journey score 61.3`.
pub fn summary(report: &Report) -> String {
    let counts = report.counts;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut text = format!(
        "{}, {}, {} info",
        plural(counts.error, "error"),
        plural(counts.warning, "warning"),
        counts.info
    );
    if counts.accepted > 0 {
        text.push_str(&format!(" ({} accepted)", counts.accepted));
    }
    text.push_str(&format!("; journey score {:.1} of 100", report.score));
    text
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
            format!("touchpoint `{}`", tp.id),
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
        diagnostic = diagnostic.with_note(format!("help: {help}"));
    }
    diagnostic
}
