//! What the output folder holds from earlier builds: the cycle of the
//! report at its top (its report.json's `cycle`) and the cycles whose
//! reports are archived under `cycles/`, as its manifest lists them. The
//! build reads this to keep every cycle's report reachable. The output
//! folder is Trailmark's own, not input: what cannot be read counts as
//! absent, and only regular files are opened.

use std::io::Read;
use std::path::Path;

use crate::model::{ARCHIVE_DIR, Published, Site};

/// The manifest of files Trailmark wrote, kept in the output folder.
pub const MANIFEST: &str = ".trailmark-manifest";

/// What the output folder of `site` holds from earlier builds.
pub fn read(root: &Path, site: &Site) -> Published {
    let dir = root.join(site.output_dir.trim());
    let cycle = read_small(&dir.join("report.json"))
        .and_then(|text| serde_json::from_str::<Cycle>(&text).ok())
        .map(|report| report.cycle)
        .filter(|cycle| names_a_folder(cycle));
    let mut archived: Vec<String> = read_small(&dir.join(MANIFEST))
        .unwrap_or_default()
        .lines()
        .filter_map(|path| path.strip_prefix(ARCHIVE_DIR)?.strip_prefix('/'))
        .filter_map(|path| path.strip_suffix("/index.html"))
        .filter(|cycle| {
            names_a_folder(cycle)
                && dir
                    .join(ARCHIVE_DIR)
                    .join(cycle)
                    .join("index.html")
                    .is_file()
        })
        .map(str::to_string)
        .collect();
    archived.sort();
    archived.dedup();
    Published { cycle, archived }
}

/// The only key of report.json read here.
#[derive(serde::Deserialize)]
struct Cycle {
    cycle: String,
}

/// A cycle label that can name one folder (as load checks the current one).
fn names_a_folder(cycle: &str) -> bool {
    !cycle.trim().is_empty()
        && super::history::is_file_safe(cycle)
        && cycle.len() + ".json".len() <= super::MAX_FILE_NAME
}

/// The text of a regular file of at most a snapshot's size.
fn read_small(path: &Path) -> Option<String> {
    if !std::fs::symlink_metadata(path).ok()?.file_type().is_file() {
        return None;
    }
    let mut text = String::new();
    std::fs::File::open(path)
        .ok()?
        .take(super::MAX_SNAPSHOT_BYTES)
        .read_to_string(&mut text)
        .ok()?;
    Some(text)
}
