//! Links between notes: where a relative link in a note points under
//! content/, and the check that every such link and image finds its file
//! (format 0.2; a warning, or an input error with `[build] broken_links =
//! "error"`). The HTML renderer resolves links with the same functions.

use std::collections::BTreeSet;

use pulldown_cmark::{Event, Options, Parser, Tag};

use super::Collector;
use crate::diagnostics::{Diagnostic, Level};
use crate::model::{BrokenLinks, Note};

/// The Markdown extensions notes are read with (the renderer uses the same).
pub fn markdown_options() -> Options {
    let mut flags = Options::empty();
    flags.insert(Options::ENABLE_TABLES);
    flags.insert(Options::ENABLE_FOOTNOTES);
    flags.insert(Options::ENABLE_STRIKETHROUGH);
    flags.insert(Options::ENABLE_TASKLISTS);
    flags.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    flags
}

/// Whether a destination is relative to the current file (no scheme, not
/// absolute, not only a fragment).
pub fn is_relative(dest: &str) -> bool {
    !(dest.is_empty()
        || dest.starts_with('#')
        || dest.starts_with('/')
        || dest.starts_with('\\')
        || dest.contains("://")
        || dest
            .split_once(':')
            .is_some_and(|(scheme, _)| !scheme.contains('/')))
}

/// The content path a relative link in the note at `source` points at,
/// and its fragment or query (`#findings`). `None` for links that are not
/// relative or climb above content/.
pub fn target<'a>(source: &str, dest: &'a str) -> Option<(String, &'a str)> {
    if !is_relative(dest) {
        return None;
    }
    let (path_part, fragment) = match dest.find(['#', '?']) {
        Some(at) => dest.split_at(at),
        None => (dest, ""),
    };
    let base = source.rsplit_once('/').map_or("", |(dir, _)| dir);
    // `Q%26A.md` names the file `Q&A.md`.
    let path_part = decode_path(path_part);
    join_normalized(base, &path_part).map(|target| (target, fragment))
}

/// Decodes `%XX` sequences in a link's path, as a browser would before
/// looking up the file. A `%` not followed by two hex digits stays as it
/// is; a path that would not decode to UTF-8 is returned unchanged.
pub fn decode_path(path: &str) -> String {
    if !path.contains('%') {
        return path.to_string();
    }
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| char::from(*b).to_digit(16));
        match (bytes[index], hex(index + 1), hex(index + 2)) {
            (b'%', Some(high), Some(low)) => {
                // Two hex digits make one byte.
                out.push((high * 16 + low) as u8);
                index += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| path.to_string())
}

/// Joins a relative path to a folder and removes `.` and `..`; `None` when
/// it climbs above the root.
fn join_normalized(base: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

/// Reports every link or image in `notes` that points at a file under
/// content/ that does not exist. `files` holds every file under content/
/// (relative to it); `texts` gives each note's whole file text, so the
/// position is that of the file.
pub fn check<'a>(
    notes: &[Note],
    files: &BTreeSet<&str>,
    level: BrokenLinks,
    text_of: impl Fn(&str) -> Option<&'a str>,
    out: &mut Collector,
) {
    for note in notes {
        let file = format!("content/{}", note.path);
        let offset = text_of(&file).map_or(0, |text| text.len().saturating_sub(note.body.len()));
        for (event, range) in Parser::new_ext(&note.body, markdown_options()).into_offset_iter() {
            let (dest, image) = match &event {
                Event::Start(Tag::Link { dest_url, .. }) => (dest_url, false),
                Event::Start(Tag::Image { dest_url, .. }) => (dest_url, true),
                _ => continue,
            };
            let Some((target, _)) = target(&note.path, dest) else {
                continue;
            };
            if target.is_empty() || files.contains(target.as_str()) {
                continue;
            }
            let span = offset + range.start..offset + range.end;
            let what = if image { "image" } else { "link" };
            let mut diagnostic = Diagnostic::error(
                file.clone(),
                Some(span),
                format!("broken {what}: content/{target} does not exist"),
            )
            .with_label(format!("{what} to a missing file"))
            .with_note("links between notes are relative to the note's folder");
            let names: BTreeSet<String> = files.iter().map(|f| f.to_string()).collect();
            if let Some(guess) = super::closest(&target, &names) {
                diagnostic = diagnostic.with_note(format!("did you mean content/{guess}?"));
            }
            if level == BrokenLinks::Warning {
                diagnostic.level = Level::Warning;
                diagnostic = diagnostic.with_note(
                    "`[build] broken_links = \"error\"` in site.toml makes this an error",
                );
            }
            out.push(diagnostic);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_resolved_from_the_notes_folder() {
        assert_eq!(
            target("stages/awareness.md", "../personas/mette.md#goals"),
            Some(("personas/mette.md".to_string(), "#goals"))
        );
        assert_eq!(
            target("stages/awareness.md", "decision/F%C3%B8r.md"),
            Some(("stages/decision/Før.md".to_string(), ""))
        );
        assert_eq!(target("methodology.md", "../../etc/passwd"), None);
        assert_eq!(target("methodology.md", "https://example.com/a.md"), None);
        assert_eq!(target("methodology.md", "#top"), None);
        assert_eq!(target("methodology.md", "mailto:a@b.c"), None);
    }
}
