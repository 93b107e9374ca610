//! The build: checks what writing the report needs ([`plan`]), then renders
//! every output and writes the site and this cycle's snapshot ([`build`]).
//! It only joins the stages: load has read everything, render writes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::Audit;
use crate::diagnostics::Diagnostic;
use crate::load::{self, AssetSource, SITE_FILE};
use crate::render::output::{self, OutputFile, Written};
use crate::render::paths::{self, SitePage};
use crate::render::wiki_pages::{self, Flavour};
use crate::render::{html, json, spreadsheet, wiki};

/// What `build` needs before it writes anything, each checked first so
/// that `check` reports the same problems: a safe output folder and a
/// theme that compiles.
pub struct Plan {
    pub dir: PathBuf,
    pub theme: html::Theme,
}

/// Checks what writing the site of `audit` needs, without writing.
pub fn plan(root: &Path, audit: &Audit) -> Result<Plan, Vec<Diagnostic>> {
    let site = &audit.loaded.project.site;
    let dir = output::output_dir(root, site).map_err(|d| vec![*d])?;
    snapshot_fits(audit).map_err(|d| vec![*d])?;
    let theme = html::Theme::new(&audit.loaded.theme)?;
    Ok(Plan { dir, theme })
}

/// A snapshot is kept only if the next cycle can read it back: the report
/// may not be larger than [`load::MAX_SNAPSHOT_BYTES`].
fn snapshot_fits(audit: &Audit) -> Result<(), Box<Diagnostic>> {
    let size = json::to_string(&audit.report).len() as u64;
    if size <= load::MAX_SNAPSHOT_BYTES {
        return Ok(());
    }
    let site = &audit.loaded.project.site;
    Err(Box::new(
        Diagnostic::error(
            SITE_FILE,
            Some(site.cycle_span.clone()),
            format!(
                "this cycle's report is {size} bytes, more than the {} a snapshot in history/ may have",
                load::MAX_SNAPSHOT_BYTES
            ),
        )
        .with_label("the report of this cycle")
        .with_note("the next cycle could not read it back; split the audit into smaller projects"),
    ))
}

/// Whether a build keeps this cycle's snapshot in history/.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    /// Keep `history/<cycle>.json`, replacing this cycle's earlier one.
    Snapshot,
    /// Write the site only (`--no-record`).
    Nothing,
}

/// The forms a build writes besides the site, chosen on the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Forms {
    /// Also write the whole report as one self-contained HTML file.
    pub single_file: bool,
    /// Also write the whole report as Markdown pages for this wiki.
    pub markdown: Option<Flavour>,
}

/// Renders and writes the whole site of an audited project, and keeps this
/// cycle's snapshot in history/ unless told not to.
pub fn build(root: &Path, audit: &Audit, record: Record) -> Result<Written, Vec<Diagnostic>> {
    build_forms(root, audit, record, &Forms::default())
}

/// [`build`], with the extra forms `forms` asks for.
pub fn build_forms(
    root: &Path,
    audit: &Audit,
    record: Record,
    forms: &Forms,
) -> Result<Written, Vec<Diagnostic>> {
    let loaded = &audit.loaded;
    let project = &loaded.project;
    let plan = plan(root, audit)?;
    let mut files = site_files(audit, &plan)?;
    let report_json = files
        .iter()
        .find(|file| file.path == paths::REPORT_JSON)
        .map(|file| String::from_utf8_lossy(&file.bytes).into_owned())
        .unwrap_or_default();
    if forms.single_file {
        files.push(single_file(audit, &files));
    }
    let markdown = forms
        .markdown
        .or(project.site.publish.markdown.then_some(Flavour::Plain));
    if let Some(flavour) = markdown {
        let pages = wiki_pages::render(
            &project.site,
            &files,
            flavour,
            "",
            &site_file(audit, &files),
        );
        files.extend(pages);
    }

    let generated: BTreeSet<&str> = files.iter().map(|file| file.path.as_str()).collect();
    let clashes: Vec<Diagnostic> = loaded
        .assets
        .iter()
        .filter(|asset| generated.contains(asset.path.as_str()))
        .map(|asset| {
            Diagnostic::error(
                format!("content/{}", asset.path),
                None,
                format!(
                    "would replace the report's own `{}`; rename or move it",
                    asset.path
                ),
            )
        })
        .collect();
    if !clashes.is_empty() {
        return Err(clashes);
    }
    let mut assets = Vec::new();
    for asset in &loaded.assets {
        match &asset.source {
            AssetSource::File(source) => assets.push((asset.path.clone(), source.clone())),
            AssetSource::Sanitised(bytes) => {
                files.push(OutputFile::new(asset.path.clone(), bytes.clone()));
            }
        }
    }

    let snapshot_file = load::snapshot_file(&project.site.cycle);
    let snapshot = root.join(&snapshot_file);
    let snapshot_error = |error: &std::io::Error| {
        vec![Diagnostic::error(
            snapshot_file.clone(),
            None,
            format!("cannot keep this cycle's snapshot: {error}"),
        )]
    };
    let write_error = |error: &std::io::Error| {
        vec![Diagnostic::error(
            SITE_FILE,
            project.site.output_dir_span.clone(),
            format!(
                "cannot write the report to `{}`: {error}",
                project.site.output_dir
            ),
        )]
    };
    let lock = output::lock(&plan.dir).map_err(|error| write_error(&error))?;
    let history = root.join(load::HISTORY_DIR);
    let history_existed = history.exists();
    let staged = match record {
        Record::Snapshot => Some(
            output::stage_snapshot(&snapshot, &report_json)
                .map_err(|error| snapshot_error(&error))?,
        ),
        Record::Nothing => None,
    };
    let archive = project.published.to_archive(&project.site.cycle);
    let written = output::write(&plan.dir, &lock, &files, &assets, archive).map_err(|error| {
        // Leave the project as it was: no staged snapshot, no new folder.
        if let Some(staged) = &staged {
            let _ = std::fs::remove_file(staged);
            if !history_existed {
                let _ = std::fs::remove_dir(&history);
            }
        }
        write_error(&error)
    });
    let mut written = written?;
    written.pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
    written.charts = files
        .iter()
        .filter(|f| paths::in_charts(&f.path) && f.path.ends_with(".svg"))
        .count();
    if let Some(staged) = staged {
        output::keep_snapshot(&staged, &snapshot).map_err(|error| snapshot_error(&error))?;
        written.snapshot = Some(snapshot);
    }
    Ok(written)
}

/// The files of the site rendered in memory: the pages, report.json,
/// report.md and the CSV files.
pub(crate) fn site_files(audit: &Audit, plan: &Plan) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let (project, report) = (&audit.loaded.project, &audit.report);
    let mut files = html::render(project, report, &plan.theme)?;
    files.push(OutputFile::new(paths::REPORT_JSON, json::to_string(report)));
    files.push(OutputFile::new(
        paths::REPORT_MD,
        wiki::render(project, report),
    ));
    files.extend(spreadsheet::render(project, report));
    Ok(files)
}

/// The bytes of a file of the site by its path: a rendered file, or an
/// image from content/, read here as the copy into the site reads it.
pub(crate) fn site_file<'a>(
    audit: &'a Audit,
    files: &'a [OutputFile],
) -> impl Fn(&str) -> Option<Vec<u8>> + Sync + 'a {
    let site = &audit.loaded.project.site;
    move |path: &str| {
        let path = path.strip_prefix(site.base_url.as_str()).unwrap_or(path);
        if let Some(file) = files.iter().find(|file| file.path == path) {
            return Some(file.bytes.clone());
        }
        let asset = audit
            .loaded
            .assets
            .iter()
            .find(|asset| asset.path == path)?;
        match &asset.source {
            AssetSource::File(source) => std::fs::read(source).ok(),
            AssetSource::Sanitised(bytes) => Some(bytes.clone()),
        }
    }
}

/// The print page with everything inline.
fn single_file(audit: &Audit, files: &[OutputFile]) -> OutputFile {
    let site = &audit.loaded.project.site;
    let print = files
        .iter()
        .find(|file| file.path == SitePage::Print.path())
        .map(|file| String::from_utf8_lossy(&file.bytes).into_owned())
        .unwrap_or_default();
    let inline = html::book::inline(&print, &site_file(audit, files));
    OutputFile::new(paths::single_file(site), inline)
}
