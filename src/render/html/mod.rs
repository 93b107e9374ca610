//! The HTML renderer: the report as a static site, through Tera templates.
//!
//! [`Theme::new`] takes the built-in `default` theme (embedded in the
//! binary) and lets the project's `themes/<name>/templates/<file>` and
//! `themes/<name>/static/<file>`, read by load, override single files.
//! [`render`] is pure: it renders every note once,
//! builds the page view models from the model and the report (see
//! [`view`]), and returns the pages, the theme's static files and the chart
//! SVGs as in-memory files, in a fixed order.

pub mod book;
pub mod markdown;

mod executive;
mod explain;
mod findings;
mod frame;
mod journey;
mod pages;
mod since;
mod view;

use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

use tera::Tera;

use super::{OutputFile, paths};
use crate::diagnostics::Diagnostic;
use crate::load::ThemeFiles;
use crate::model::Project;
use crate::report::Report;

pub use explain::{journey_explanation, stage_explanation, touchpoint_explanation};

/// The built-in theme's templates: file name and text.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../../../themes/default/templates/base.html"),
    ),
    (
        "components.html",
        include_str!("../../../themes/default/templates/components.html"),
    ),
    (
        "index.html",
        include_str!("../../../themes/default/templates/index.html"),
    ),
    (
        "stage.html",
        include_str!("../../../themes/default/templates/stage.html"),
    ),
    (
        "findings.html",
        include_str!("../../../themes/default/templates/findings.html"),
    ),
    (
        "recommendations.html",
        include_str!("../../../themes/default/templates/recommendations.html"),
    ),
    (
        "rules.html",
        include_str!("../../../themes/default/templates/rules.html"),
    ),
    (
        "rule.html",
        include_str!("../../../themes/default/templates/rule.html"),
    ),
    (
        "coverage.html",
        include_str!("../../../themes/default/templates/coverage.html"),
    ),
    (
        "personas.html",
        include_str!("../../../themes/default/templates/personas.html"),
    ),
    (
        "persona.html",
        include_str!("../../../themes/default/templates/persona.html"),
    ),
    (
        "research.html",
        include_str!("../../../themes/default/templates/research.html"),
    ),
    (
        "note.html",
        include_str!("../../../themes/default/templates/note.html"),
    ),
    (
        "since.html",
        include_str!("../../../themes/default/templates/since.html"),
    ),
    (
        "touchpoints.html",
        include_str!("../../../themes/default/templates/touchpoints.html"),
    ),
    (
        "journey.html",
        include_str!("../../../themes/default/templates/journey.html"),
    ),
    (
        "book.html",
        include_str!("../../../themes/default/templates/book.html"),
    ),
];

/// The built-in theme's static files, published under `static/`.
pub const BUILTIN_STATIC: &[(&str, &str)] = &[
    (
        "style.css",
        include_str!("../../../themes/default/static/style.css"),
    ),
    (
        "book.css",
        include_str!("../../../themes/default/static/book.css"),
    ),
];

/// A theme ready to render: compiled templates and static files.
pub struct Theme {
    tera: Tera,
    /// Static files by path under `static/`.
    statics: BTreeMap<String, Vec<u8>>,
    /// Template names a project overrides, with the file they came from,
    /// so rendering errors can name the file.
    overrides: BTreeMap<String, String>,
}

impl Theme {
    /// The built-in theme alone.
    pub fn builtin() -> Result<Theme, Vec<Diagnostic>> {
        Theme::build(BTreeMap::new(), BTreeMap::new(), "default")
    }

    /// The theme a project's files make: the built-in one, with the
    /// project's templates and static files taking the place of built-in
    /// files of the same name.
    pub fn new(files: &ThemeFiles) -> Result<Theme, Vec<Diagnostic>> {
        Theme::build(files.templates.clone(), files.statics.clone(), &files.name)
    }

    /// Compiles the built-in templates, then each override on its own so a
    /// syntax error names its file.
    fn build(
        overrides: BTreeMap<String, String>,
        static_overrides: BTreeMap<String, Vec<u8>>,
        name: &str,
    ) -> Result<Theme, Vec<Diagnostic>> {
        let mut tera = Tera::default();
        tera.add_raw_templates(BUILTIN_TEMPLATES.iter().copied())
            .map_err(|error| {
                vec![Diagnostic::error(
                    "themes/default",
                    None,
                    format!("the built-in theme does not compile (a bug): {error}"),
                )]
            })?;
        let mut diagnostics = Vec::new();
        let mut files = BTreeMap::new();
        for (template, text) in &overrides {
            let file = format!("themes/{name}/templates/{template}");
            match tera.add_raw_template(template, text) {
                Ok(()) => {
                    files.insert(template.clone(), file);
                }
                Err(error) => diagnostics.push(template_error(&file, &error)),
            }
        }
        if !diagnostics.is_empty() {
            return Err(diagnostics);
        }
        let mut statics: BTreeMap<String, Vec<u8>> = BUILTIN_STATIC
            .iter()
            .map(|(file, text)| (file.to_string(), text.as_bytes().to_vec()))
            .collect();
        statics.extend(static_overrides);
        Ok(Theme {
            tera,
            statics,
            overrides: files,
        })
    }

    /// Renders one template; an error names the project's template file
    /// when the template is one of its overrides.
    fn render(&self, template: &str, context: &tera::Context) -> Result<String, Box<Diagnostic>> {
        self.tera.render(template, context).map_err(|error| {
            let file = self
                .overrides
                .get(template)
                .cloned()
                .unwrap_or_else(|| format!("themes/default/templates/{template}"));
            Box::new(template_error(&file, &error))
        })
    }
}

/// A diagnostic for a template that does not compile or render.
fn template_error(file: &str, error: &tera::Error) -> Diagnostic {
    let (message, location) = match error.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            let span = report.span();
            (
                report.message().to_string(),
                format!(
                    " (in {} at line {}, column {})",
                    report.filename(),
                    span.start_line,
                    span.start_col + 1
                ),
            )
        }
        _ => (error.to_string(), String::new()),
    };
    let mut diagnostic =
        Diagnostic::error(file, None, format!("template error: {message}{location}"))
            .with_label("template error");
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        diagnostic = diagnostic.with_note(cause.to_string());
        source = cause.source();
    }
    diagnostic
}

/// Renders the whole site: every page, the theme's static files and the
/// charts. Pure: the same project, report and theme give the same bytes.
pub fn render(
    project: &Project,
    report: &Report,
    theme: &Theme,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let charts = super::charts::Charts::build(project, report);
    let mut shared = view::Shared::build(project, report, &charts);
    shared.common = frame::common_context(&shared);
    let mut seen = BTreeSet::new();
    let mut pages = pages::all(&shared);
    pages.retain(|page| seen.insert(page.path.clone()));
    // Pages render in parallel; collecting keeps their order, so the
    // output is the same whatever the number of threads.
    let rendered: Vec<Result<OutputFile, Box<Diagnostic>>> = pages
        .into_par_iter()
        .map(|page| {
            theme
                .render(page.template, &page.context)
                .map(|html| OutputFile::new(page.path, html))
        })
        .collect();
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for result in rendered {
        match result {
            Ok(file) => files.push(file),
            Err(diagnostic) => {
                if !diagnostics.contains(&*diagnostic) {
                    diagnostics.push(*diagnostic);
                }
            }
        }
    }
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }
    let print = book::render(theme, &shared.common, &project.site, &files).map_err(|d| vec![*d])?;
    files.push(print);
    for (file, bytes) in &theme.statics {
        files.push(OutputFile::new(paths::static_file(file), bytes.clone()));
    }
    files.extend(charts.files());
    Ok(files)
}

#[cfg(test)]
mod tests;
