//! The whole pipeline on the demo audit (site.toml, content/ and the
//! previous cycle's snapshot in history/) with one of its files replaced by
//! fuzzed bytes: load, audit, and render every page, chart and report in
//! memory. Invalid input must come back as diagnostics, never as a panic.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use trailmark::render::{html, json, wiki};

/// The demo's files, relative to the project folder, with their bytes.
fn demo() -> &'static Vec<(PathBuf, Vec<u8>)> {
    static FILES: OnceLock<Vec<(PathBuf, Vec<u8>)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut files = vec![(
            PathBuf::from("site.toml"),
            std::fs::read(root.join("site.toml")).unwrap_or_default(),
        )];
        let folders = ["content", "history"].map(|folder| root.join(folder));
        for entry in folders
            .iter()
            .flat_map(|folder| walkdir::WalkDir::new(folder).sort_by_file_name())
        {
            let Ok(entry) = entry else { continue };
            if entry.file_type().is_file() {
                let relative = entry
                    .path()
                    .strip_prefix(&root)
                    .unwrap_or(entry.path())
                    .to_path_buf();
                files.push((relative, std::fs::read(entry.path()).unwrap_or_default()));
            }
        }
        files
    })
}

fn theme() -> &'static html::Theme {
    static THEME: OnceLock<html::Theme> = OnceLock::new();
    THEME.get_or_init(|| {
        html::Theme::builtin().unwrap_or_else(|_| panic!("the built-in theme compiles"))
    })
}

fuzz_target!(|input: (u8, &[u8])| {
    let (which, bytes) = input;
    let files = demo();
    let Ok(dir) = tempfile::tempdir() else { return };
    let replaced = usize::from(which) % files.len();
    for (index, (path, original)) in files.iter().enumerate() {
        let target = dir.path().join(path);
        if let Some(parent) = target.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = std::fs::write(target, if index == replaced { bytes } else { original });
    }
    match trailmark::audit(dir.path()) {
        Ok(audit) => {
            let project = &audit.loaded.project;
            let _ = html::render(project, &audit.report, theme());
            let _ = json::to_string(&audit.report);
            let _ = wiki::render(project, &audit.report);
            let _ = trailmark::render::terminal::render(
                project,
                &audit.report,
                &audit.loaded.sources,
                "",
            );
        }
        Err(error) => {
            let _ = trailmark::diagnostics::render(&error.diagnostics, &error.sources, "");
        }
    }
});
