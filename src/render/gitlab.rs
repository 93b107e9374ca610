//! The GitLab Code Quality renderer: open findings as the JSON array a
//! merge request's Code Quality widget reads (description, check_name,
//! fingerprint, severity, location path and line).
//!
//! The fingerprint is a hash of the finding's stable id, so the same gap
//! keeps its fingerprint across runs and cycles and GitLab can tell new
//! from fixed. Accepted findings are left out (Code Quality has no
//! waivers). Input errors, when the project cannot be read, are issues
//! of severity `blocker`. Reads the report and model; returns text.

use serde_json::{Value, json};

use super::place::place;
use crate::diagnostics::{Diagnostic, Level, Sources};
use crate::model::{Project, Severity};
use crate::report::Report;

/// The open findings as a Code Quality report.
pub fn to_string(project: &Project, report: &Report, sources: &Sources) -> String {
    let issues: Vec<Value> = report
        .findings
        .iter()
        .filter(|finding| !finding.accepted)
        .map(|finding| {
            let place = place(project, finding, sources);
            issue(
                &finding.message,
                &finding.rule,
                &finding.id,
                severity(finding.severity),
                &place.file,
                place.line,
            )
        })
        .collect();
    array(issues)
}

/// Input errors as Code Quality issues, so a pipeline shows why the audit
/// could not run.
pub fn input_errors(list: &[Diagnostic], sources: &Sources) -> String {
    let issues: Vec<Value> = list
        .iter()
        .map(|diagnostic| {
            let (line, column) = diagnostic.position(sources).unwrap_or((1, 1));
            let identity = format!("{}:{line}:{column}:{}", diagnostic.file, diagnostic.message);
            issue(
                &diagnostic.message,
                diagnostic.code.as_deref().unwrap_or("input-error"),
                &identity,
                match diagnostic.level {
                    Level::Error => "blocker",
                    Level::Warning => "minor",
                    Level::Note | Level::Help => "info",
                },
                &diagnostic.file,
                line,
            )
        })
        .collect();
    array(issues)
}

fn issue(
    description: &str,
    check: &str,
    identity: &str,
    severity: &str,
    path: &str,
    line: usize,
) -> Value {
    json!({
        "description": description,
        "check_name": check,
        "fingerprint": fingerprint(identity),
        "severity": severity,
        "location": {"path": path, "lines": {"begin": line.max(1)}},
    })
}

fn array(issues: Vec<Value>) -> String {
    let mut text = serde_json::to_string_pretty(&Value::Array(issues)).unwrap_or_default();
    text.push('\n');
    text
}

fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "critical",
        Severity::Warning => "major",
        Severity::Info => "info",
    }
}

/// FNV-1a, 128 bits, as 32 hex digits: stable across runs, platforms and
/// Rust versions (unlike the standard library's hasher).
fn fingerprint(identity: &str) -> String {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    let hash = identity.bytes().fold(OFFSET, |hash, byte| {
        (hash ^ u128::from(byte)).wrapping_mul(PRIME)
    });
    format!("{hash:032x}")
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    #[test]
    fn fingerprints_are_stable_and_tell_ids_apart() {
        // FNV-1a 128 of the empty string is its offset basis.
        assert_eq!(fingerprint(""), "6c62272e07bb014262b821756295c58d");
        assert_eq!(
            fingerprint("empty-stage@advocacy"),
            fingerprint("empty-stage@advocacy")
        );
        assert_ne!(
            fingerprint("empty-stage@advocacy"),
            fingerprint("empty-stage@loyalty")
        );
    }
}
