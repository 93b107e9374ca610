//! The JSON renderer: report.json, the report as data, and input errors
//! as data when there is no report.

use crate::diagnostics::{Diagnostic, Level, Sources};
use crate::report::{Report, SCHEMA_VERSION};

/// report.json's bytes: pretty-printed, keys in a fixed order, ending in a newline.
pub fn to_string(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report).unwrap_or_else(|error| {
        // Serialising plain data with string keys cannot fail; say so if it does.
        format!("{{\"error\": \"report could not be serialised: {error}\"}}")
    });
    text.push('\n');
    text
}

/// Input errors as JSON, for `check --format json` when the project cannot
/// be audited: `{"schema_version": 1, "errors": [{"file", "line",
/// "column", "severity", "message"}]}`, where line and column are `null`
/// for a problem with a whole file.
pub fn input_errors(list: &[Diagnostic], sources: &Sources) -> String {
    let errors: Vec<serde_json::Value> = list
        .iter()
        .map(|diagnostic| {
            let position = diagnostic.position(sources);
            serde_json::json!({
                "file": diagnostic.file,
                "line": position.map(|(line, _)| line),
                "column": position.map(|(_, column)| column),
                "severity": match diagnostic.level {
                    Level::Error => "error",
                    Level::Warning => "warning",
                    Level::Note => "note",
                    Level::Help => "help",
                },
                "message": diagnostic.message,
            })
        })
        .collect();
    let value = serde_json::json!({"schema_version": SCHEMA_VERSION, "errors": errors});
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}
