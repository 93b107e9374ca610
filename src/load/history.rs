//! Reads the previous cycle's snapshot from history/.
//!
//! `trailmark build` keeps a copy of each cycle's report.json as
//! `history/<cycle>.json`. The previous cycle is the one whose label sorts
//! last among those before the current cycle; only that file is read.

use std::path::Path;

use super::{Collector, read_text};
use crate::diagnostics::Diagnostic;
use crate::model::PreviousCycle;

pub const HISTORY_DIR: &str = "history";

/// The snapshot of the cycle before `cycle`, if history/ has one.
pub fn previous(root: &Path, cycle: &str, out: &mut Collector) -> Option<PreviousCycle> {
    let entries = match std::fs::read_dir(root.join(HISTORY_DIR)) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return None,
        Err(error) => {
            out.push(Diagnostic::error(
                HISTORY_DIR,
                None,
                format!("cannot read the earlier cycles' snapshots: {error}"),
            ));
            return None;
        }
    };
    let previous_cycle = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".json").map(str::to_string))
        .filter(|label| label.as_str() < cycle && !label.starts_with('.'))
        .max()?;
    let file = format!("{HISTORY_DIR}/{previous_cycle}.json");
    let text = read_text(root, &file, out)?;
    match serde_json::from_str::<PreviousCycle>(&text) {
        Ok(mut previous) => {
            previous.cycle = previous_cycle;
            Some(previous)
        }
        Err(error) => {
            let offset = offset_of(&text, error.line(), error.column());
            out.push(
                Diagnostic::error(&file, Some(offset..offset), format!("not a Trailmark snapshot: {error}"))
                    .with_note("history/ holds the report.json of earlier cycles, written by `trailmark build`"),
            );
            None
        }
    }
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
