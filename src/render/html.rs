//! The HTML renderer (being written).

use std::path::Path;

use super::OutputFile;
use crate::diagnostics::Diagnostic;
use crate::model::{Project, Site};
use crate::report::Report;

pub struct Theme;

impl Theme {
    pub fn load(_root: &Path, _site: &Site) -> Result<Theme, Vec<Diagnostic>> {
        Ok(Theme)
    }
}

pub fn render(
    _project: &Project,
    report: &Report,
    _theme: &Theme,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    Ok(vec![OutputFile::new(
        "index.html",
        format!("<h1>{}</h1>", report.client),
    )])
}
