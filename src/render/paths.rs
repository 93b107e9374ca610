//! Where every page of the output is and how pages link to each other:
//! each page's path, the href from one page to another (relative, or
//! under `base_url`), and the anchors inside pages. The HTML site, the
//! print page, report.md and the wiki export all take paths from here.

use crate::model::{ARCHIVE_DIR, Area, Note, NoteKind, Severity, ascii_id};
use crate::report::Report;

/// The href of a note's page, relative to the site's root: the page's
/// path ([`note_file`]) percent-encoded, so a note named `Q&A #1.md` is
/// linked as `notes/Q%26A%20%231.html`.
pub fn note_href(note: &Note) -> String {
    encode_path(&note_file(note))
}

/// The file a note's page is written to, relative to the output folder.
pub fn note_file(note: &Note) -> String {
    let stem = note.path.strip_suffix(".md").unwrap_or(&note.path);
    if note.kind == NoteKind::Summary || note.path == "_index.md" {
        return "index.html".to_string();
    }
    // A stage's or persona's id names its page in ASCII (`personas/åke.md`
    // is `personas/ake.html`), so it is the page persona_href links.
    for folder in ["stages/", "personas/"] {
        if let Some(rest) = stem.strip_prefix(folder) {
            let (id, below) = rest
                .split_once('/')
                .map_or((rest, None), |(id, below)| (id, Some(below)));
            return match below {
                Some(below) => format!("{folder}{}/{below}.html", ascii_id(id)),
                None => format!("{folder}{}.html", ascii_id(id)),
            };
        }
    }
    if stem.starts_with("research/") {
        return format!("{stem}.html");
    }
    format!("notes/{stem}.html")
}

pub fn stage_href(id: &str) -> String {
    format!("stages/{}.html", ascii_id(id))
}

pub fn touchpoint_href(stage: &str, id: &str) -> String {
    format!("{}#{}", stage_href(stage), touchpoint_anchor(id))
}

/// A touchpoint's anchor on its stage page: `tp-` and its ASCII id.
pub fn touchpoint_anchor(id: &str) -> String {
    format!("tp-{}", ascii_id(id))
}

pub fn persona_href(id: &str) -> String {
    format!("personas/{}.html", ascii_id(id))
}

pub fn rule_href(id: &str) -> String {
    format!("rules/{id}.html")
}

pub fn finding_anchor(id: &str) -> String {
    format!("f-{}", slug::slugify(id))
}

/// The page of the agency's homework.
pub const AUDIT_QUALITY_PAGE: &str = "findings/audit-quality.html";
/// The page of every open finding of the client.
pub const FINDINGS_PAGE: &str = "findings.html";

/// The page of one severity: `findings/critical.html`. Named by the
/// client's word in English whatever the language, so links stay stable.
pub fn severity_page(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "findings/critical.html",
        Severity::Warning => "findings/important.html",
        Severity::Info => "findings/minor.html",
    }
}

/// The page of one area: `findings/area-content.html`.
pub fn area_page(area: Area) -> String {
    format!("findings/area-{}.html", area.as_str())
}

/// The page a finding is shown on (its anchor is the finding's): the
/// audit-quality page for the agency's homework, else `findings.html`.
pub fn finding_page(report: &Report, id: &str) -> &'static str {
    if report.audit_quality.iter().any(|homework| homework == id) {
        AUDIT_QUALITY_PAGE
    } else {
        FINDINGS_PAGE
    }
}

/// The page of what changed since the previous cycle.
pub const SINCE_PAGE: &str = "since.html";

/// The front page of an earlier cycle's report kept in the output:
/// `cycles/<cycle>/index.html` (see [`ARCHIVE_DIR`]).
pub fn archived_report(cycle: &str) -> String {
    format!("{ARCHIVE_DIR}/{cycle}/index.html")
}

/// The href of [`archived_report`], relative to the site's root.
pub fn archived_report_href(cycle: &str) -> String {
    encode_path(&archived_report(cycle))
}

/// A path as it goes into an href: every byte other than ASCII letters,
/// digits, `-`, `.`, `_`, `~` and `/` percent-encoded, so that a file named
/// `Q&A #1.html` is linked as `Q%26A%20%231.html` (a bare `#` would start a
/// fragment). The file keeps its name; browsers decode the href to find it.
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The href of output page `target` as seen from output page `from`: a
/// relative path, or `base_url` + target when a base URL is set.
pub fn page_href(from: &str, target: &str, base_url: &str) -> String {
    if !base_url.is_empty() {
        return format!("{base_url}{target}");
    }
    let depth = from.matches('/').count();
    let mut from_dirs: Vec<&str> = from.split('/').collect();
    from_dirs.pop();
    let mut target_parts: Vec<&str> = target.split('/').collect();
    // Drop the folders both share.
    let mut common = 0;
    while common < from_dirs.len()
        && common + 1 < target_parts.len()
        && from_dirs[common] == target_parts[common]
    {
        common += 1;
    }
    debug_assert!(common <= depth);
    let ups = "../".repeat(from_dirs.len() - common);
    let rest = target_parts.split_off(common).join("/");
    format!("{ups}{rest}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_hrefs_are_relative_by_depth() {
        assert_eq!(
            page_href("index.html", "stages/a.html", ""),
            "stages/a.html"
        );
        assert_eq!(
            page_href("stages/a.html", "index.html", ""),
            "../index.html"
        );
        assert_eq!(page_href("stages/a.html", "stages/b.html", ""), "b.html");
        assert_eq!(
            page_href("stages/a/x.html", "rules/r.html", ""),
            "../../rules/r.html"
        );
        assert_eq!(
            page_href("stages/a/x.html", "stages/a.html", ""),
            "../a.html"
        );
    }
}
