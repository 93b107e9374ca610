//! The JSON renderer: report.json, the report as data.

use crate::report::Report;

/// report.json's bytes: pretty-printed, keys in a fixed order, ending in a newline.
pub fn to_string(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report).unwrap_or_else(|error| {
        // Serialising plain data with string keys cannot fail; say so if it does.
        format!("{{\"error\": \"report could not be serialised: {error}\"}}")
    });
    text.push('\n');
    text
}
