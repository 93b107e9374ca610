//! Render: turns the report and the model into output.
//!
//! The renderers (HTML, Markdown, JSON, CSV, terminal) read only the model and the report
//! and return text or in-memory files; [`site`] then writes the site, and
//! this cycle's snapshot in history/, through [`output`], the only place
//! that writes to disk.

pub mod charts;
pub mod html;
pub mod json;
pub mod output;
pub mod spreadsheet;
pub mod terminal;
pub mod wiki;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

pub use output::{OutputFile, Written};

use crate::diagnostics::Diagnostic;
use crate::load::Loaded;
use crate::report::Report;

/// What `build` needs before it writes anything, each checked first so
/// that `check` can report the same problems: a safe output folder, a
/// theme that loads, and a place for this cycle's snapshot when it is
/// recorded.
pub struct Plan {
    pub dir: PathBuf,
    pub theme: html::Theme,
    /// `None` when the build records no snapshot (`--no-record`).
    pub snapshot: Option<PathBuf>,
}

/// Whether a build keeps this cycle's snapshot in history/.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    /// Keep `history/<cycle>.json`, replacing this cycle's earlier one.
    Snapshot,
    /// Write the site only (`--no-record`).
    Nothing,
}

/// Checks what writing the site of `loaded` needs, without writing.
pub fn plan(root: &Path, loaded: &Loaded, record: Record) -> Result<Plan, Vec<Diagnostic>> {
    let site = &loaded.project.site;
    let dir = output::output_dir(root, site).map_err(|d| vec![*d])?;
    let theme = html::Theme::load(root, site)?;
    let snapshot = match record {
        Record::Snapshot => Some(
            output::snapshot_path(root, &site.cycle)
                .map_err(|error| vec![snapshot_error(&site.cycle, &error)])?,
        ),
        Record::Nothing => None,
    };
    Ok(Plan {
        dir,
        theme,
        snapshot,
    })
}

fn snapshot_error(cycle: &str, error: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        format!("{}/{cycle}.json", crate::load::HISTORY_DIR),
        None,
        format!("cannot keep this cycle's snapshot: {error}"),
    )
}

/// Renders and writes the whole site of a loaded, audited project, and
/// keeps this cycle's snapshot in history/ unless told not to.
pub fn site(
    root: &Path,
    loaded: &Loaded,
    report: &Report,
    record: Record,
) -> Result<Written, Vec<Diagnostic>> {
    let project = &loaded.project;
    let plan = plan(root, loaded, record)?;
    let mut files = html::render(project, report, &plan.theme)?;
    let report_json = json::to_string(report);
    files.push(OutputFile::new("report.json", report_json.clone()));
    files.push(OutputFile::new("report.md", wiki::render(project, report)));
    files.extend(spreadsheet::render(project, report));

    let generated: BTreeSet<&str> = files.iter().map(|file| file.path.as_str()).collect();
    let clashes: Vec<Diagnostic> = loaded
        .assets
        .iter()
        .filter(|asset| generated.contains(asset.as_str()))
        .map(|asset| {
            Diagnostic::error(
                format!("content/{asset}"),
                None,
                format!("would replace the report's own `{asset}`; rename or move it"),
            )
        })
        .collect();
    if !clashes.is_empty() {
        return Err(clashes);
    }
    let assets: Vec<(String, PathBuf)> = loaded
        .assets
        .iter()
        .map(|asset| (asset.clone(), root.join("content").join(asset)))
        .collect();

    let cycle = &project.site.cycle;
    let lock = output::lock(&plan.dir).map_err(|error| vec![write_error(project, &error)])?;
    let history = root.join(crate::load::HISTORY_DIR);
    let history_existed = history.exists();
    let staged = match &plan.snapshot {
        Some(path) => Some(
            output::stage_snapshot(path, &report_json)
                .map_err(|error| vec![snapshot_error(cycle, &error)])?,
        ),
        None => None,
    };
    let written = output::write(&plan.dir, &lock, &files, &assets).map_err(|error| {
        // Leave the project as it was: no staged snapshot, no new folder.
        if let Some(staged) = &staged {
            let _ = std::fs::remove_file(staged);
            if !history_existed {
                let _ = std::fs::remove_dir(&history);
            }
        }
        vec![write_error(project, &error)]
    });
    let mut written = written?;
    if let (Some(staged), Some(path)) = (staged, plan.snapshot) {
        output::keep_snapshot(&staged, &path)
            .map_err(|error| vec![snapshot_error(cycle, &error)])?;
        written.snapshot = Some(path);
    }
    Ok(written)
}

fn write_error(project: &crate::model::Project, error: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        crate::load::SITE_FILE,
        project.site.output_dir_span.clone(),
        format!(
            "cannot write the report to `{}`: {error}",
            project.site.output_dir
        ),
    )
}

#[cfg(test)]
mod determinism {
    //! Property: whatever the journey, the same project renders to the same
    //! bytes in every output format.

    use proptest::prelude::*;

    use super::{html, json, wiki};
    use crate::model::{ContentKind, Mode, Owner, Project};
    use crate::report::Report;
    use crate::rules::testing;
    use crate::score::Scores;

    const STAGES: [&str; 7] = [
        "awareness",
        "consideration",
        "decision",
        "purchase",
        "experience",
        "loyalty",
        "advocacy",
    ];
    const CHANNELS: [&str; 5] = ["website", "store", "reviews", "phone", "podcast"];

    /// Stage, channel, owner and content indices, score, emotion.
    type Spec = (usize, usize, usize, usize, Option<u8>, i8);

    fn project_from(touchpoints: &[Spec]) -> Project {
        let mut project = testing::project();
        project.personas.push(testing::persona("mette"));
        for (i, (stage, channel, owner, content, score, emotion)) in touchpoints.iter().enumerate()
        {
            let mut tp = testing::touchpoint(&format!("tp-{i}"), STAGES[stage % STAGES.len()]);
            tp.name = format!("Touchpoint <{i}> & \"quoted\"");
            tp.channel = CHANNELS[channel % CHANNELS.len()].to_string();
            tp.mode = if channel % 2 == 0 {
                Mode::Online
            } else {
                Mode::Offline
            };
            tp.owner = Owner::ALL[owner % Owner::ALL.len()];
            tp.content = ContentKind::ALL[content % ContentKind::ALL.len()];
            tp.emotion = Some(*emotion);
            match score {
                Some(score) => tp = testing::scored(tp, f64::from(*score)),
                None => tp.scores.clear(),
            }
            project.touchpoints.push(tp);
        }
        project
    }

    fn render_all(project: &Project) -> Vec<(String, Vec<u8>)> {
        let report = Report::build(project, &Scores::compute(project), None);
        let theme = html::Theme::builtin().expect("built-in theme");
        let mut files: Vec<(String, Vec<u8>)> = html::render(project, &report, &theme)
            .expect("renders")
            .into_iter()
            .map(|file| (file.path, file.bytes))
            .collect();
        files.push(("report.json".into(), json::to_string(&report).into_bytes()));
        files.push((
            "report.md".into(),
            wiki::render(project, &report).into_bytes(),
        ));
        files
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn the_same_project_gives_the_same_bytes(
            touchpoints in proptest::collection::vec(
                (0..7usize, 0..5usize, 0..4usize, 0..3usize, proptest::option::of(0..=5u8), -2..=2i8),
                0..12,
            )
        ) {
            let project = project_from(&touchpoints);
            let first = render_all(&project);
            let second = render_all(&project.clone());
            prop_assert_eq!(first.len(), second.len());
            for ((path_a, bytes_a), (path_b, bytes_b)) in first.iter().zip(&second) {
                prop_assert_eq!(path_a, path_b);
                prop_assert!(bytes_a == bytes_b, "{} differs between two renders", path_a);
            }
        }
    }
}
