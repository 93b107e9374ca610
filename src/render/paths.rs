//! Where every page of the output is and how pages link to each other:
//! each page's path, the href from one page to another (relative, or
//! under `base_url`), and the anchors inside pages. The HTML site, the
//! print page, report.md and the wiki export all take paths from here.

use crate::model::{ARCHIVE_DIR, Area, Note, NoteKind, Severity, Site, ascii_id};
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

/// A page of the HTML site. Every page's path is made here, and nowhere
/// else.
#[derive(Debug, Clone, Copy)]
pub enum SitePage<'a> {
    Overview,
    /// A stage's page, by stage id.
    Stage(&'a str),
    /// Every open finding of the client.
    Findings,
    /// The open findings of one severity.
    FindingsOfSeverity(Severity),
    /// The open findings of one area.
    FindingsOfArea(Area),
    /// The agency's homework: findings about the audit itself.
    AuditQuality,
    Recommendations,
    /// The rule book's index.
    Rules,
    /// One rule's page, by rule id.
    Rule(&'a str),
    Coverage,
    Personas,
    /// A persona's page, by persona id.
    Persona(&'a str),
    /// The journey map of one persona, by persona id.
    Journey(&'a str),
    Research,
    Touchpoints,
    /// What changed since the last cycle.
    Since,
    /// The whole report as one document, for printing.
    Print,
    /// The page a note of content/ becomes.
    Note(&'a Note),
}

impl SitePage<'_> {
    /// The page's file, relative to the output folder.
    pub fn path(&self) -> String {
        match self {
            SitePage::Overview => "index.html".to_string(),
            SitePage::Stage(id) => format!("stages/{}.html", ascii_id(id)),
            SitePage::Findings => "findings.html".to_string(),
            // Named by the client's word in English whatever the
            // language, so links stay stable.
            SitePage::FindingsOfSeverity(severity) => match severity {
                Severity::Error => "findings/critical.html",
                Severity::Warning => "findings/important.html",
                Severity::Info => "findings/minor.html",
            }
            .to_string(),
            SitePage::FindingsOfArea(area) => format!("findings/area-{}.html", area.as_str()),
            SitePage::AuditQuality => "findings/audit-quality.html".to_string(),
            SitePage::Recommendations => "recommendations.html".to_string(),
            SitePage::Rules => "rules/index.html".to_string(),
            SitePage::Rule(id) => format!("rules/{id}.html"),
            SitePage::Coverage => "coverage.html".to_string(),
            SitePage::Personas => "personas/index.html".to_string(),
            SitePage::Persona(id) => format!("personas/{}.html", ascii_id(id)),
            SitePage::Journey(id) => format!("journey/{}.html", ascii_id(id)),
            SitePage::Research => "research/index.html".to_string(),
            SitePage::Touchpoints => "touchpoints.html".to_string(),
            SitePage::Since => "since.html".to_string(),
            SitePage::Print => "print.html".to_string(),
            SitePage::Note(note) => note_file(note),
        }
    }

    /// The page's href from the site's root: its path percent-encoded.
    pub fn href(&self) -> String {
        encode_path(&self.path())
    }

    /// The href of `anchor` on this page, from the site's root.
    pub fn anchor(&self, anchor: &str) -> String {
        format!("{}#{anchor}", self.href())
    }
}

pub fn stage_href(id: &str) -> String {
    SitePage::Stage(id).href()
}

pub fn touchpoint_href(stage: &str, id: &str) -> String {
    SitePage::Stage(stage).anchor(&touchpoint_anchor(id))
}

/// A touchpoint's anchor on its stage page: `tp-` and its ASCII id.
pub fn touchpoint_anchor(id: &str) -> String {
    format!("tp-{}", ascii_id(id))
}

pub fn persona_href(id: &str) -> String {
    SitePage::Persona(id).href()
}

pub fn rule_href(id: &str) -> String {
    SitePage::Rule(id).href()
}

/// The anchor of the overview's journey map.
pub const JOURNEY_MAP_ANCHOR: &str = "journey-map";

/// The href of the map for one persona (`None`: the overview's map).
pub fn journey_href(persona: Option<&str>) -> String {
    match persona {
        Some(id) => SitePage::Journey(id).href(),
        None => SitePage::Overview.anchor(JOURNEY_MAP_ANCHOR),
    }
}

/// A finding's anchor on the page that shows it.
pub fn finding_anchor(id: &str) -> String {
    format!("f-{}", slug::slugify(id))
}

/// The page a finding is shown on (its anchor is the finding's): the
/// audit-quality page for the agency's homework, else the findings page.
pub fn finding_page(report: &Report, id: &str) -> SitePage<'static> {
    if report.audit_quality.iter().any(|homework| homework == id) {
        SitePage::AuditQuality
    } else {
        SitePage::Findings
    }
}

/// The front page of an earlier cycle's report kept in the output:
/// `cycles/<cycle>/index.html` (see [`ARCHIVE_DIR`]).
pub fn archived_report(cycle: &str) -> String {
    format!("{ARCHIVE_DIR}/{cycle}/index.html")
}

/// The href of [`archived_report`], relative to the site's root.
pub fn archived_report_href(cycle: &str) -> String {
    encode_path(&archived_report(cycle))
}

/// A finding's href: its anchor on the page that shows it.
pub fn finding_href(report: &Report, id: &str) -> String {
    finding_page(report, id).anchor(&finding_anchor(id))
}

/// The client and the cycle as file names: `nordlys-auto`, `2026-q4`;
/// cut so that together they fit every file system's file name: at most
/// 100 bytes of the cycle and 200 in all.
fn client_and_cycle(site: &Site) -> (String, String) {
    // Slugs are ASCII: any byte is a character boundary.
    let mut cycle = slug::slugify(&site.cycle);
    cycle.truncate(100);
    let mut client = slug::slugify(&site.client);
    client.truncate(200 - 1 - cycle.len());
    (client, cycle)
}

/// The name of this report outside the site (the single file, the wiki
/// pages of a GitHub wiki): `nordlys-auto-2026-q4`.
pub fn report_stem(site: &Site) -> String {
    let (client, cycle) = client_and_cycle(site);
    format!("{client}-{cycle}")
}

/// The whole report as one self-contained HTML file, next to the site's
/// pages: `nordlys-auto-2026-q4.html`.
pub fn single_file(site: &Site) -> String {
    format!("{}.html", report_stem(site))
}

/// The report's folder in a wiki: `nordlys-auto/2026-q4`.
pub fn wiki_folder(site: &Site) -> String {
    let (client, cycle) = client_and_cycle(site);
    format!("{client}/{cycle}")
}

/// The report as data, for other tools.
pub const REPORT_JSON: &str = "report.json";
/// The report as one Markdown file.
pub const REPORT_MD: &str = "report.md";
/// The folder of the spreadsheet (CSV) export.
pub const CSV_DIR: &str = "csv";
/// The spreadsheet files under [`CSV_DIR`], in the order the report lists them.
pub const CSV_FILES: [&str; 4] = ["touchpoints.csv", "kpis.csv", "findings.csv", "actions.csv"];
/// A spreadsheet file under [`CSV_DIR`].
pub fn csv_file(name: &str) -> String {
    format!("{CSV_DIR}/{name}")
}

/// The folder of the charts.
pub const CHARTS_DIR: &str = "charts";

/// A chart's SVG file.
pub fn chart(id: &str) -> String {
    format!("{CHARTS_DIR}/{id}.svg")
}

/// The PNG twin of a chart, for wikis that show no SVG.
pub fn chart_png(id: &str) -> String {
    format!("{CHARTS_DIR}/{id}.png")
}

/// Whether a path of the output is under the charts' folder.
pub fn in_charts(path: &str) -> bool {
    path.strip_prefix(CHARTS_DIR)
        .is_some_and(|rest| rest.starts_with('/'))
}

/// A file of the theme's static folder.
pub fn static_file(name: &str) -> String {
    format!("static/{name}")
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
    if base_url.is_empty() {
        relative(from, target)
    } else {
        format!("{base_url}{target}")
    }
}

/// The path of file `target` relative to the folder of file `from` (both
/// from the same root): `stages/a.html` to `rules/r.html` is
/// `../rules/r.html`.
pub fn relative(from: &str, target: &str) -> String {
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
    use std::collections::BTreeSet;

    use crate::model::testing;

    #[test]
    fn every_page_has_its_own_path_and_ascii_file_names() {
        let note = testing::research("Q&A #1", crate::model::ResearchMethod::Interview, 1);
        let pages = [
            SitePage::Overview,
            SitePage::Stage("købsfase"),
            SitePage::Findings,
            SitePage::FindingsOfSeverity(Severity::Error),
            SitePage::FindingsOfSeverity(Severity::Warning),
            SitePage::FindingsOfSeverity(Severity::Info),
            SitePage::FindingsOfArea(Area::ALL[0]),
            SitePage::AuditQuality,
            SitePage::Recommendations,
            SitePage::Rules,
            SitePage::Rule("weak-stage"),
            SitePage::Coverage,
            SitePage::Personas,
            SitePage::Persona("åke"),
            SitePage::Journey("åke"),
            SitePage::Research,
            SitePage::Touchpoints,
            SitePage::Since,
            SitePage::Print,
            SitePage::Note(&note),
        ];
        let paths: BTreeSet<String> = pages.iter().map(SitePage::path).collect();
        assert_eq!(paths.len(), pages.len(), "{paths:?}");
        assert_eq!(SitePage::Stage("købsfase").path(), "stages/kobsfase.html");
        assert_eq!(SitePage::Persona("åke").path(), "personas/ake.html");
        assert_eq!(SitePage::Note(&note).path(), "research/Q&A #1.html");
        assert_eq!(SitePage::Note(&note).href(), "research/Q%26A%20%231.html");
        assert_eq!(
            touchpoint_href("awareness", "søg"),
            "stages/awareness.html#tp-sog"
        );
        assert_eq!(journey_href(None), "index.html#journey-map");
    }

    #[test]
    fn links_honour_the_base_url() {
        let target = SitePage::Rule("weak-stage").path();
        assert_eq!(
            page_href("stages/a/x.html", &target, "https://wiki.example/audit/"),
            "https://wiki.example/audit/rules/weak-stage.html"
        );
        assert_eq!(
            page_href("stages/a/x.html", &target, ""),
            "../../rules/weak-stage.html"
        );
    }

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
