//! A whole project from fuzzed files, through the whole pipeline: load,
//! audit, and render every page and chart in memory. Invalid input must
//! come back as diagnostics, never as a panic.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

const PATHS: [&str; 9] = [
    "content/scorecards/awareness.toml",
    "content/scorecards/decision.toml",
    "content/scorecards/loyalty.toml",
    "content/personas/mette.md",
    "content/research/interview.md",
    "content/stages/awareness.md",
    "content/stages/decision/visit.md",
    "content/_index.md",
    "content/notes/free.md",
];

#[derive(Arbitrary, Debug)]
struct Project {
    site: String,
    files: Vec<(u8, Vec<u8>)>,
}

fuzz_target!(|project: Project| {
    let Ok(dir) = tempfile::tempdir() else { return };
    let root = dir.path();
    let write = |path: &str, bytes: &[u8]| {
        let path = root.join(path);
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = std::fs::write(path, bytes);
    };
    write("site.toml", project.site.as_bytes());
    for (index, bytes) in project.files.iter().take(16) {
        write(PATHS[usize::from(*index) % PATHS.len()], bytes);
    }
    match trailmark::audit(root) {
        Ok(audit) => {
            let site = &audit.loaded.project.site;
            if let Ok(theme) = trailmark::render::html::Theme::load(root, site) {
                let _ = trailmark::render::html::render(&audit.loaded.project, &audit.report, &theme);
            }
            let _ = trailmark::render::json::to_string(&audit.report);
        }
        Err(error) => {
            let _ = trailmark::diagnostics::render(&error.diagnostics, &error.sources, "");
        }
    }
});
