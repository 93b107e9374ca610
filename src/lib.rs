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
pub mod render;
pub mod report;
pub mod rules;
pub mod score;

use std::path::Path;

pub use build::{Forms, Plan, Record, build, build_forms, plan, single_file_name};
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
    let loaded = load::load(root)?;
    let scores = Scores::compute(&loaded.project);
    let report =
        Report::build(&loaded.project, &scores, loaded.previous()).with_trend(loaded.earlier());
    Ok(Audit {
        loaded,
        scores,
        report,
    })
}
