//! The SARIF renderer: findings as a SARIF 2.1.0 log, for code-scanning
//! views (GitHub, GitLab, Azure DevOps, editors' SARIF viewers).
//!
//! One run; its driver lists every rule of the registry with its
//! documentation as help; each finding is a result located at a file of
//! the project (relative to the project folder, base id `PROJECTROOT`) and
//! a line (see [`super::place`]). Accepted findings carry a suppression
//! with the waiver's reason. Input errors, when the project cannot be
//! read, are a failed invocation's notifications instead. Reads the report
//! and model; returns text.

use serde_json::{Value, json};

use super::place::place;
use crate::diagnostics::{Diagnostic, Level, Sources};
use crate::model::{Project, Severity};
use crate::report::Report;
use crate::rules::{self, REGISTRY};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const ROOT: &str = "PROJECTROOT";

/// The report's findings as a SARIF log.
pub fn to_string(project: &Project, report: &Report, sources: &Sources) -> String {
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|finding| {
            let place = place(project, finding, sources);
            let mut result = json!({
                "ruleId": finding.rule,
                "level": level(finding.severity),
                "message": {"text": finding.message},
                "locations": [location(&place.file, place.line, None)],
                "partialFingerprints": {"trailmarkFindingId/v1": finding.id},
            });
            if let Some(index) = REGISTRY.iter().position(|r| r.info().id == finding.rule) {
                result["ruleIndex"] = json!(index);
            }
            if finding.accepted {
                result["suppressions"] = json!([{
                    "kind": "external",
                    "status": "accepted",
                    "justification": finding.reason.clone().unwrap_or_default(),
                }]);
            }
            result
        })
        .collect();
    log(json!({
        "tool": driver(),
        "results": results,
        "invocations": [{"executionSuccessful": true}],
        "properties": {"client": report.client, "cycle": report.cycle, "score": report.score},
    }))
}

/// Input errors as a SARIF log of a run that could not audit the project.
pub fn input_errors(list: &[Diagnostic], sources: &Sources) -> String {
    let notifications: Vec<Value> = list
        .iter()
        .map(|diagnostic| {
            let (line, column) = diagnostic.position(sources).unwrap_or((1, 1));
            json!({
                "level": match diagnostic.level {
                    Level::Error => "error",
                    Level::Warning => "warning",
                    Level::Note | Level::Help => "note",
                },
                "message": {"text": diagnostic.message},
                "locations": [location(&diagnostic.file, line, Some(column))],
            })
        })
        .collect();
    log(json!({
        "tool": driver(),
        "results": [],
        "invocations": [{
            "executionSuccessful": false,
            "toolExecutionNotifications": notifications,
        }],
    }))
}

fn log(run: Value) -> String {
    let log = json!({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]});
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_default();
    text.push('\n');
    text
}

fn driver() -> Value {
    let english = crate::i18n::Language::english();
    let rules: Vec<Value> = REGISTRY
        .iter()
        .map(|rule| {
            let info = rule.info();
            let help = rules::explain(info);
            json!({
                "id": info.id,
                "shortDescription": {"text": info.text(&english, rules::RuleText::Failure)},
                "fullDescription": {"text": info.text(&english, rules::RuleText::What)},
                "help": {"text": help, "markdown": help},
                "defaultConfiguration": {"level": level(info.severity)},
                "properties": {"area": info.area.as_str()},
            })
        })
        .collect();
    json!({"driver": {
        "name": "Trailmark",
        "version": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    }})
}

fn location(file: &str, line: usize, column: Option<usize>) -> Value {
    let mut region = json!({"startLine": line.max(1)});
    if let Some(column) = column {
        region["startColumn"] = json!(column.max(1));
    }
    json!({"physicalLocation": {
        "artifactLocation": {"uri": uri(file), "uriBaseId": ROOT},
        "region": region,
    }})
}

/// A project-relative path as a relative URI reference: each segment
/// percent-encoded where RFC 3986 asks for it.
fn uri(file: &str) -> String {
    let mut out = String::with_capacity(file.len());
    for byte in file.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn paths_become_relative_uri_references() {
        assert_eq!(
            uri("content/scorecards/søg ning.toml"),
            "content/scorecards/s%C3%B8g%20ning.toml"
        );
        assert_eq!(uri("site.toml"), "site.toml");
    }
}
