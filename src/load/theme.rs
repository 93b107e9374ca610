//! Reads the project's theme folder, `themes/<name>/`: its `templates/`
//! and `static/` files, which take the place of the built-in theme's files
//! of the same name. Compiling the templates is the HTML renderer's work.

use std::collections::BTreeMap;
use std::path::Path;

use super::{Collector, inside_project, slash_path};
use crate::diagnostics::Diagnostic;
use crate::load::SITE_FILE;
use crate::model::Site;

/// The deepest folder nesting read in a theme folder.
const MAX_THEME_DEPTH: usize = 8;

/// The files of a project's theme, by path relative to `templates/` and
/// `static/`; both empty for the built-in theme.
#[derive(Debug, Clone, Default)]
pub struct ThemeFiles {
    pub name: String,
    pub templates: BTreeMap<String, String>,
    pub statics: BTreeMap<String, Vec<u8>>,
}

/// Reads the theme `site.theme` names; `None` (with the problems in `out`)
/// when it is missing or a file cannot be read.
pub fn read(root: &Path, site: &Site, out: &mut Collector) -> Option<ThemeFiles> {
    let name = site.theme.as_str();
    let dir = root.join("themes").join(name);
    let mut files = ThemeFiles {
        name: name.to_string(),
        ..ThemeFiles::default()
    };
    if !dir.is_dir() {
        if name == "default" {
            return Some(files);
        }
        out.push(
            Diagnostic::error(
                SITE_FILE,
                None,
                format!("theme `{name}` not found: there is no themes/{name}/ folder"),
            )
            .with_label("unknown theme")
            .with_note(
                "use theme = \"default\", or create themes/<name>/ with templates/ and static/ to override",
            ),
        );
        return None;
    }
    let errors_before = out.error_count();
    for (relative, bytes) in read_folder(root, &dir.join("templates"), out) {
        match String::from_utf8(bytes) {
            Ok(text) => {
                files.templates.insert(relative, text);
            }
            Err(_) => out.push(Diagnostic::error(
                format!("themes/{name}/templates/{relative}"),
                None,
                "a template must be UTF-8 text",
            )),
        }
    }
    files.statics = read_folder(root, &dir.join("static"), out);
    (out.error_count() == errors_before).then_some(files)
}

/// Every regular file under `dir`, by path relative to it, sorted. Links
/// are followed only to places inside the project; anything else is an
/// error naming the file in the project, never the place it points at.
fn read_folder(root: &Path, dir: &Path, out: &mut Collector) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    if !dir.is_dir() {
        return files;
    }
    let shown = |path: &Path| slash_path(path.strip_prefix(root).unwrap_or(path));
    let mut walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .max_depth(MAX_THEME_DEPTH)
        .into_iter()
        .filter_entry(|entry| !super::is_hidden(entry.file_name()));
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                let file = error.path().map_or_else(|| shown(dir), shown);
                out.push(Diagnostic::error(
                    file,
                    None,
                    format!(
                        "cannot read the theme file: {}",
                        super::io_message(error.io_error())
                    ),
                ));
                continue;
            }
        };
        let file = shown(entry.path());
        if !inside_project(root, entry.path()) {
            out.push(super::outside_project(&file));
            if entry.file_type().is_dir() {
                walker.skip_current_dir();
            }
            continue;
        }
        if entry.file_type().is_dir() {
            continue;
        }
        let Ok(relative) = entry.path().strip_prefix(dir) else {
            continue;
        };
        if let Some(bytes) = super::read_bytes(root, &file, out) {
            files.insert(slash_path(relative), bytes);
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(theme: &str) -> Site {
        let mut site = crate::model::testing::project().site;
        site.theme = theme.into();
        site
    }

    #[test]
    fn an_unknown_theme_is_an_input_error_naming_site_toml() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut out = Collector::default();
        assert!(read(dir.path(), &site("fancy"), &mut out).is_none());
        assert_eq!(out.diagnostics[0].file, "site.toml");
        assert!(out.diagnostics[0].message.contains("fancy"));
    }

    #[test]
    fn templates_and_static_files_are_read_by_their_path() {
        let dir = tempfile::tempdir().expect("temp dir");
        let theme = dir.path().join("themes/custom");
        std::fs::create_dir_all(theme.join("templates")).expect("mkdir");
        std::fs::create_dir_all(theme.join("static/img")).expect("mkdir");
        std::fs::write(theme.join("templates/index.html"), "<p>{{ 1 }}</p>").expect("write");
        std::fs::write(theme.join("static/img/logo.png"), [0u8, 1, 2]).expect("write");
        let mut out = Collector::default();
        let files = read(dir.path(), &site("custom"), &mut out).expect("reads");
        assert_eq!(files.templates["index.html"], "<p>{{ 1 }}</p>");
        assert_eq!(files.statics["img/logo.png"], [0u8, 1, 2]);
        assert!(out.diagnostics.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_project_is_refused_without_reading_it() {
        let outside = tempfile::tempdir().expect("temp dir");
        std::fs::write(outside.path().join("secret.txt"), "SECRET").expect("write");
        std::fs::create_dir_all(outside.path().join("folder")).expect("mkdir");
        std::fs::write(outside.path().join("folder/a.css"), "SECRET").expect("write");
        let dir = tempfile::tempdir().expect("temp dir");
        let statics = dir.path().join("themes/custom/static");
        std::fs::create_dir_all(&statics).expect("mkdir");
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), statics.join("x.css"))
            .expect("link");
        std::os::unix::fs::symlink(outside.path().join("folder"), statics.join("more"))
            .expect("link");
        let mut out = Collector::default();
        assert!(read(dir.path(), &site("custom"), &mut out).is_none());
        let files: Vec<&str> = out.diagnostics.iter().map(|d| d.file.as_str()).collect();
        assert_eq!(
            files,
            ["themes/custom/static/more", "themes/custom/static/x.css"]
        );
        for diagnostic in &out.diagnostics {
            assert_eq!(diagnostic.message, "links outside the project folder");
        }
    }
}
