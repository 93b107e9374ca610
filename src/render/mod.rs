//! Render: turns the report and the model into output.
//!
//! The renderers (HTML, Markdown, JSON, terminal) read only the model and the report
//! and return text or in-memory files; [`site`] then writes the site, and
//! this cycle's snapshot in history/, through [`output`], the only place
//! that writes to disk.

pub mod charts;
pub mod html;
pub mod json;
pub mod output;
pub mod terminal;
pub mod wiki;

use std::path::Path;

pub use output::{OutputFile, Written};

use crate::diagnostics::Diagnostic;
use crate::load::Loaded;
use crate::report::Report;

/// Renders and writes the whole site of a loaded, audited project.
pub fn site(root: &Path, loaded: &Loaded, report: &Report) -> Result<Written, Vec<Diagnostic>> {
    let project = &loaded.project;
    let dir = output::output_dir(root, &project.site).map_err(|d| vec![*d])?;
    let theme = html::Theme::load(root, &project.site)?;
    let mut files = html::render(project, report, &theme)?;
    let report_json = json::to_string(report);
    files.push(OutputFile::new("report.json", report_json.clone()));
    files.push(OutputFile::new("report.md", wiki::render(project, report)));
    let assets: Vec<(String, std::path::PathBuf)> = loaded
        .assets
        .iter()
        .map(|asset| (asset.clone(), root.join("content").join(asset)))
        .collect();
    let snapshot_error = |error: std::io::Error| {
        vec![Diagnostic::error(
            format!("{}/{}.json", crate::load::HISTORY_DIR, project.site.cycle),
            None,
            format!("cannot keep this cycle's snapshot: {error}"),
        )]
    };
    let snapshot = output::snapshot_path(root, &project.site.cycle).map_err(snapshot_error)?;
    let mut written = output::write(&dir, &files, &assets).map_err(|error| {
        vec![Diagnostic::error(
            crate::load::SITE_FILE,
            project.site.output_dir_span.clone(),
            format!(
                "cannot write the report to `{}`: {error}",
                project.site.output_dir
            ),
        )]
    })?;
    output::write_snapshot(&snapshot, &report_json).map_err(snapshot_error)?;
    written.snapshot = Some(snapshot);
    Ok(written)
}
