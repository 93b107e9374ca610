//! Reads the recorded cycles: every snapshot in history/.
//!
//! `trailmark build` keeps each cycle's report.json as
//! `history/<cycle>.json` (unless `--no-record`). Every snapshot is read,
//! in label order, so trends span all recorded cycles and any two can be
//! compared. For a build, the earlier cycles are those whose label sorts
//! before the current one; the previous cycle is the last of them. The
//! current cycle's own snapshot is an earlier build of it, which the next
//! build replaces. A snapshot that cannot be read is an input error naming
//! it; a current label that sorts before recorded ones is a warning.

use std::path::Path;

use super::{Collector, read_text_up_to};
use crate::diagnostics::{Diagnostic, Level};
use crate::model::PreviousCycle;

pub const HISTORY_DIR: &str = "history";

/// Every recorded cycle in history/, sorted by label.
pub fn read(root: &Path, out: &mut Collector) -> Vec<PreviousCycle> {
    let entries = match std::fs::read_dir(root.join(HISTORY_DIR)) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(error) => {
            out.push(Diagnostic::error(
                HISTORY_DIR,
                None,
                format!("cannot read the earlier cycles' snapshots: {error}"),
            ));
            return Vec::new();
        }
    };
    let mut labels: Vec<String> = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".json").map(str::to_string))
        .filter(|label| !label.starts_with('.'))
        .collect();
    labels.sort();
    labels
        .into_iter()
        .filter_map(|label| snapshot(root, label, out))
        .collect()
}

/// Where the snapshot of cycle `label` is, relative to the project folder.
pub fn snapshot_file(label: &str) -> String {
    format!("{HISTORY_DIR}/{label}.json")
}

/// Reads one snapshot, `history/<label>.json`.
fn snapshot(root: &Path, label: String, out: &mut Collector) -> Option<PreviousCycle> {
    let file = snapshot_file(&label);
    let text = read_text_up_to(root, &file, super::MAX_SNAPSHOT_BYTES, out)?;
    match serde_json::from_str::<PreviousCycle>(&text) {
        Ok(mut recorded) => {
            if let Some(problem) = out_of_range(&recorded) {
                out.push(
                    Diagnostic::error(&file, None, format!("not a Trailmark snapshot: {problem}"))
                        .with_note("scores in a snapshot are numbers from 0 to 100; restore the file Trailmark wrote"),
                );
                return None;
            }
            recorded.cycle = label;
            Some(recorded)
        }
        Err(error) => {
            let offset = offset_of(&text, error.line(), error.column());
            out.push(
                Diagnostic::error(&file, Some(offset..offset), format!("not a Trailmark snapshot: {error}"))
                    .with_note("history/ holds the report.json of earlier cycles, written by `trailmark build`; move this file away or restore it"),
            );
            None
        }
    }
}

/// The first score in a snapshot that is not a number from 0 to 100.
fn out_of_range(recorded: &PreviousCycle) -> Option<String> {
    let valid =
        |score: &Option<f64>| score.is_none_or(|s| s.is_finite() && (0.0..=100.0).contains(&s));
    if !valid(&recorded.score) {
        return Some("the journey score is not a number from 0 to 100".to_string());
    }
    if let Some(stage) = recorded.stages.iter().find(|stage| !valid(&stage.score)) {
        return Some(format!(
            "the score of stage `{}` is not a number from 0 to 100",
            stage.id
        ));
    }
    recorded
        .touchpoints
        .iter()
        .find(|tp| !valid(&tp.score))
        .map(|tp| {
            format!(
                "the score of touchpoint `{}` is not a number from 0 to 100",
                tp.id
            )
        })
}

/// A warning when `cycle` sorts before cycles already recorded: the
/// report then compares with the cycles before it only.
pub fn check_order(
    cycle: &str,
    cycle_span: std::ops::Range<usize>,
    recorded: &[PreviousCycle],
) -> Option<Diagnostic> {
    let later: Vec<&str> = recorded
        .iter()
        .map(|recorded| recorded.cycle.as_str())
        .filter(|label| *label > cycle)
        .collect();
    if later.is_empty() {
        return None;
    }
    let compared = match recorded.iter().rev().find(|r| r.cycle.as_str() < cycle) {
        Some(previous) => format!("compares with {} and ", previous.cycle),
        None => "has no earlier cycle to compare with and ".to_string(),
    };
    let mut warning = Diagnostic::error(
        super::SITE_FILE,
        Some(cycle_span),
        format!(
            "cycle `{cycle}` sorts before the recorded cycle{} {}",
            if later.len() == 1 { "" } else { "s" },
            later.join(", ")
        ),
    )
    .with_label("sorts before history/")
    .with_note(format!(
        "this report {compared}leaves the later cycles out of its trends"
    ))
    .with_note(
        "cycles sort as text (\"2026-Q3\" < \"2026-Q4\" < \"2027-Q1\"); if this is the newest cycle, give it a label that sorts last",
    );
    warning.level = Level::Warning;
    Some(warning)
}

/// Byte offset of a 1-based line and column.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// Whether a cycle label can name a snapshot file.
pub fn is_file_safe(cycle: &str) -> bool {
    !cycle.starts_with('.')
        && !cycle.chars().any(|c| {
            matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_safe_cycles() {
        assert!(is_file_safe("2026-Q4"));
        assert!(is_file_safe("Spring 2027"));
        assert!(!is_file_safe("../x"));
        assert!(!is_file_safe("2026/Q4"));
        assert!(!is_file_safe(".hidden"));
    }

    #[test]
    fn offsets() {
        assert_eq!(offset_of("ab\ncd", 2, 2), 4);
        assert_eq!(offset_of("ab", 9, 9), 2);
    }
}
