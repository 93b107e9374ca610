//! The Markdown renderer: report.md, the report for wikis that take
//! Markdown rather than HTML pages.
//!
//! Reads only the model and the report; pure. It gives the journey score,
//! a table of the stages, the ranked recommendations, the open findings by
//! stage and the accepted gaps, in the report language, and embeds the
//! overview charts from charts/. Every string from the input is escaped,
//! so a touchpoint named `<script>` or `[x](javascript:…)` stays text.

use std::fmt::Write as _;

use crate::i18n;
use crate::model::{Language, Project, Severity};
use crate::render::paths;
use crate::report::{Finding, Report};

/// report.md's text.
pub fn render(project: &Project, report: &Report) -> String {
    let language = &project.site.language;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&project.site.title));
    let _ = writeln!(
        out,
        "{}: **{}** · {}: **{}**\n",
        language.text("client"),
        escape(&report.client),
        language.text("cycle"),
        escape(&report.cycle)
    );
    let mut score_line = format!(
        "{}: **{}** ({}: {})",
        language.text("journey_score"),
        i18n::percent(language, report.score),
        language.text("pass_line").to_lowercase(),
        i18n::percent(language, report.pass)
    );
    if let (Some(previous), Some(cycle)) = (report.previous_score, &report.previous_cycle) {
        let _ = write!(
            score_line,
            "; {} {}: {}",
            language.text("cycle").to_lowercase(),
            escape(cycle),
            i18n::percent(language, previous)
        );
    }
    let _ = writeln!(out, "{score_line}\n");
    let _ = writeln!(out, "![]({})\n", paths::chart("journey-curve"));

    stages(&mut out, report, language);
    recommendations(&mut out, report, language);
    findings(&mut out, project, report, language);
    out
}

fn stages(out: &mut String, report: &Report, language: &Language) {
    let _ = writeln!(out, "## {}\n", language.text("nav_stages"));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---:|---:|---:|",
        language.text("stage"),
        language.text("score"),
        language.text("touchpoints"),
        language.text("nav_findings"),
    );
    for stage in &report.stages {
        let score = stage
            .score
            .map_or_else(|| "–".to_string(), |s| i18n::percent(language, s));
        let mark = match stage.passed {
            Some(true) => " ✓",
            Some(false) => " ✗",
            None => "",
        };
        let open = report
            .findings
            .iter()
            .filter(|f| !f.accepted && f.stage.as_deref() == Some(&stage.id))
            .count();
        let _ = writeln!(
            out,
            "| {} | {score}{mark} | {} | {open} |",
            escape(&stage.name),
            stage.touchpoints.len()
        );
    }
    let _ = writeln!(out, "\n![]({})\n", paths::chart("stage-scores"));
}

fn recommendations(out: &mut String, report: &Report, language: &Language) {
    let _ = writeln!(out, "## {}\n", language.text("recommendations"));
    if report.recommendations.is_empty() {
        let _ = writeln!(out, "{}\n", language.text("no_recommendations"));
        return;
    }
    for recommendation in &report.recommendations {
        let _ = writeln!(
            out,
            "{}. **{}** ({}) — {}",
            recommendation.rank,
            escape(&recommendation.title),
            severity_word(language, recommendation.severity),
            escape(&recommendation.reasoning)
        );
    }
    out.push('\n');
}

fn findings(out: &mut String, project: &Project, report: &Report, language: &Language) {
    let _ = writeln!(out, "## {}\n", language.text("nav_findings"));
    let open: Vec<&Finding> = report.findings.iter().filter(|f| !f.accepted).collect();
    if open.is_empty() {
        let _ = writeln!(out, "{}\n", language.text("no_open_findings"));
    }
    let groups = std::iter::once((None, language.text("journey_wide").to_string())).chain(
        report
            .stages
            .iter()
            .map(|stage| (Some(stage.id.as_str()), stage.name.clone())),
    );
    for (stage, heading) in groups {
        let of_group: Vec<&&Finding> = open
            .iter()
            .filter(|f| f.stage.as_deref() == stage)
            .collect();
        if of_group.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {}\n", escape(&heading));
        for finding in of_group {
            let touchpoint = finding
                .touchpoint
                .as_deref()
                .and_then(|id| project.touchpoint(id))
                .map(|tp| format!(" *{}*:", escape(&tp.name)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "- **{}** `{}`{touchpoint} {}",
                severity_word(language, finding.severity),
                finding.rule,
                escape(&finding.message)
            );
        }
        out.push('\n');
    }

    let accepted: Vec<&Finding> = report.findings.iter().filter(|f| f.accepted).collect();
    if !accepted.is_empty() {
        let _ = writeln!(out, "## {}\n", language.text("accepted_gaps"));
        for finding in accepted {
            let _ = writeln!(
                out,
                "- `{}` {} — {}",
                finding.rule,
                escape(&finding.message),
                escape(finding.reason.as_deref().unwrap_or_default())
            );
        }
        out.push('\n');
    }
}

fn severity_word(language: &Language, severity: Severity) -> String {
    language.text(&format!("severity_{}", severity.as_str()))
}

/// Escapes text placed inside a Markdown line (never at its start): the
/// characters that open emphasis, code, links, images, strikethrough or a
/// table cell are backslash-escaped, `<` and `&` become entities so no
/// HTML gets through, and line breaks become spaces.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing;
    use crate::score::Scores;

    fn render_project(project: &Project) -> String {
        let report = Report::build(project, &Scores::compute(project), None);
        render(project, &report)
    }

    #[test]
    fn hostile_names_stay_text_when_the_markdown_is_rendered() {
        let mut project = testing::project();
        let mut tp = testing::scored(testing::touchpoint("evil", "awareness"), 1.0);
        tp.name = "<script>alert(1)</script> [click](javascript:alert(1)) **bold**".into();
        project.touchpoints.push(tp);
        let text = render_project(&project);
        assert!(!text.contains("<script"), "{text}");
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&text));
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("href=\"javascript"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
        assert!(html.contains("**bold**"), "{html}");
    }

    #[test]
    fn stages_recommendations_findings_and_accepted_gaps() {
        let mut project = testing::healthy();
        project.touchpoints.retain(|tp| tp.stage != "advocacy");
        project.personas.clear();
        project.site.waivers.push(crate::model::Waiver {
            rule: "missing-personas".into(),
            stage: None,
            touchpoint: None,
            persona: None,
            reason: "Personas next cycle".into(),
            until: None,
            span: 0..0,
        });
        let text = render_project(&project);
        assert!(text.starts_with("# Test audit\n"), "{text}");
        assert!(text.contains("| Advocacy | 0.0% ✗ | 0 | 1 |"), "{text}");
        assert!(text.contains("| Awareness | 80.0% ✓ | 2 | 0 |"), "{text}");
        assert!(
            text.contains("1. **Give the empty stages touchpoints of their own** (Critical)"),
            "{text}"
        );
        assert!(
            text.contains("### Advocacy\n\n- **Critical** `empty-stage`"),
            "{text}"
        );
        assert!(
            text.contains("## Accepted gaps\n\n- `missing-personas`"),
            "{text}"
        );
        assert!(text.contains("Personas next cycle"), "{text}");
    }

    #[test]
    fn speaks_the_report_language() {
        let mut project = testing::project();
        project.site.language = crate::rules::testing::language("da");
        let text = render_project(&project);
        assert!(
            text.contains("Kunderejsens score: **0,0\u{a0}%**"),
            "{text}"
        );
    }
}
