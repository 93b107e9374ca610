//! Trailmark: a static report generator for customer-journey audits.
//!
//! The pipeline, one stage per module:
//!
//! ```text
//! load (disk) -> model -> score + rules -> report (report.json) -> render (disk)
//! ```
//!
//! [`load`] reads a project folder into the [`model`]; [`score`] and
//! [`rules`] are pure functions of it; [`report`] is the plain data every
//! renderer in [`render`] reads. Only `load` reads the disk and only
//! `render` writes it; [`build`] joins them into `trailmark build`.

mod build;
pub mod changes;
pub mod diagnostics;
pub mod i18n;
pub mod init;
pub mod load;
pub mod model;
pub mod numbers;
pub mod publish;
pub mod render;
pub mod report;
pub mod rules;
pub mod score;
pub mod serve;

use std::path::Path;

pub use build::{Forms, Plan, Record, build, build_forms, plan};
use load::{LoadError, Loaded};
use report::Report;
use score::Scores;

/// A loaded and audited project.
#[derive(Debug)]
pub struct Audit {
    pub loaded: Loaded,
    pub scores: Scores,
    pub report: Report,
}

/// Loads the project in `root` and audits it.
pub fn audit(root: &Path) -> Result<Audit, LoadError> {
    let loaded = load::load(root, &rules::ids())?;
    let scores = Scores::compute(&loaded.project);
    let report =
        Report::build(&loaded.project, &scores, loaded.previous()).with_trend(loaded.earlier());
    Ok(Audit {
        loaded,
        scores,
        report,
    })
}

/// Two cycles of a project and what changed between them
/// (`trailmark diff`).
#[derive(Debug)]
pub struct Diff {
    pub audit: Audit,
    pub from: model::PreviousCycle,
    pub to: model::PreviousCycle,
    pub changes: changes::Changes,
}

/// Compares two cycles of the project in `root`: `to` (default: the
/// current cycle, audited as `check` would) against `from` (default: the
/// last recorded cycle before `to`). A recorded cycle is read from its
/// snapshot; the current cycle is audited afresh, so the comparison is the
/// report's own `changes`.
pub fn diff(root: &Path, from: Option<&str>, to: Option<&str>) -> Result<Diff, LoadError> {
    let audit = audit(root)?;
    let history = &audit.loaded.history;
    let current = audit.report.as_previous();
    let unknown = |label: &str| {
        let recorded: Vec<&str> = history.iter().map(|r| r.cycle.as_str()).collect();
        let mut diagnostic = diagnostics::Diagnostic::error(
            load::HISTORY_DIR,
            None,
            format!("no recorded cycle `{label}`"),
        );
        diagnostic = if recorded.is_empty() {
            diagnostic.with_note("history/ holds no snapshot yet: `trailmark build` records one")
        } else {
            diagnostic.with_note(format!("the recorded cycles are: {}", recorded.join(", ")))
        };
        LoadError {
            diagnostics: vec![diagnostic],
            sources: audit.loaded.sources.clone(),
        }
    };
    let recorded = |label: &str| history.iter().find(|r| r.cycle == label).cloned();
    let to = match to {
        None => current,
        Some(label) if label == current.cycle => current,
        Some(label) => recorded(label).ok_or_else(|| unknown(label))?,
    };
    let from = match from {
        Some(label) => recorded(label).ok_or_else(|| unknown(label))?,
        None => history
            .iter()
            .rev()
            .find(|r| r.cycle < to.cycle)
            .cloned()
            .ok_or_else(|| {
                let mut error = unknown(&to.cycle);
                error.diagnostics[0].message =
                    format!("no recorded cycle before `{}` to compare with", to.cycle);
                error
            })?,
    };
    let changes = changes::compare(&from, &to);
    Ok(Diff {
        audit,
        from,
        to,
        changes,
    })
}
