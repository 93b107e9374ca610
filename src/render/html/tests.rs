//! Tests of the HTML renderer over small in-memory projects and the demo.

use std::collections::{BTreeMap, BTreeSet};

use super::*;
use crate::model::{Note, NoteKind};
use crate::rules::testing;
use crate::score::Scores;

fn note(path: &str, kind: NoteKind, title: &str, body: &str) -> Note {
    Note {
        path: path.into(),
        kind,
        title: title.into(),
        stage: None,
        persona: None,
        touchpoints: Vec::new(),
        date: Some("2026-10-02".into()),
        weight: 0,
        body: body.into(),
        research: None,
    }
}

/// A small project: two touchpoints in awareness (one with a hostile
/// name), a persona, a summary with links, a stage note with raw HTML, a
/// free note and a research note; every other stage is empty.
fn project() -> Project {
    let mut project = testing::project();
    let mut evil = testing::touchpoint("evil", "awareness");
    evil.name = "<script>alert(1)</script>".into();
    evil.emotion = Some(-2);
    evil.pain_points = vec!["Pain <b>bold</b>".into()];
    evil.notes = Some("stages/awareness.md".into());
    project.touchpoints.push(evil);
    let mut low = testing::scored(testing::touchpoint("low", "awareness"), 1.0);
    low.personas = Some(vec!["mette".into()]);
    project.touchpoints.push(low);
    project.personas.push(testing::persona("mette"));
    project.notes.push(note(
        "_index.md",
        NoteKind::Summary,
        "Executive summary",
        "## Headline\n\nSee [Mette](personas/mette.md) and [method](methodology.md).\n",
    ));
    project.notes.push(note(
        "methodology.md",
        NoteKind::Note,
        "Method",
        "# Method\n\nBack to [awareness](stages/awareness.md#tp-low).\n",
    ));
    project.notes.push(note(
        "personas/mette.md",
        NoteKind::Persona,
        "Persona mette",
        "Mette weighs buying against leasing.\n",
    ));
    project.notes.push(note(
        "stages/awareness.md",
        NoteKind::Stage,
        "Awareness",
        "Hello <script>alert('x')</script><a href=\"#\" onclick=\"steal()\">click</a>\n\nSee [Mette](../personas/mette.md).\n",
    ));
    let mut extra = note(
        "stages/awareness/radio.md",
        NoteKind::Stage,
        "Radio listening",
        "Notes on [the method](../../methodology.md).\n",
    );
    extra.stage = Some("awareness".into());
    project.notes.push(extra);
    let mut research = testing::research("interviews", crate::model::ResearchMethod::Interview, 3);
    research.body = "Three interviews with [Mette](../personas/mette.md).\n".into();
    research.persona = Some("mette".into());
    project.notes.push(research);
    project.notes.sort_by(|a, b| a.path.cmp(&b.path));
    project
}

fn render_project(project: &Project) -> BTreeMap<String, String> {
    let scores = Scores::compute(project);
    let report = Report::build(project, &scores, None);
    let theme = Theme::builtin().expect("built-in theme compiles");
    let mut files = render(project, &report, &theme).expect("renders");
    // The data files every page links to, written beside the pages.
    files.extend(crate::render::spreadsheet::render(project, &report));
    files.push(crate::render::OutputFile::new(
        "report.json",
        crate::render::json::to_string(&report),
    ));
    files
        .into_iter()
        .map(|file| {
            (
                file.path,
                String::from_utf8(file.bytes).expect("pages are UTF-8"),
            )
        })
        .collect()
}

/// Every `href="..."` and `src="..."` value in a page.
fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attribute in ["href=\"", "src=\""] {
        for (index, _) in html.match_indices(attribute) {
            let rest = &html[index + attribute.len()..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].replace("&amp;", "&"));
            }
        }
    }
    out
}

/// Resolves a relative href from a page to an output path.
fn resolve(page: &str, href: &str) -> Option<(String, Option<String>)> {
    if href.contains("://") || href.starts_with("mailto:") || href.starts_with('/') {
        return None;
    }
    let (path, fragment) = match href.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment.to_string())),
        None => (href, None),
    };
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    if path.is_empty() {
        return Some((page.to_string(), fragment));
    }
    for part in path.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            other => parts.push(other),
        }
    }
    Some((parts.join("/"), fragment))
}

#[test]
fn every_page_exists_with_one_h1_and_the_language() {
    let project = project();
    let files = render_project(&project);
    for page in [
        "index.html",
        "stages/awareness.html",
        "stages/advocacy.html",
        "stages/awareness/radio.html",
        "findings.html",
        "recommendations.html",
        "rules/index.html",
        "rules/empty-stage.html",
        "coverage.html",
        "personas/index.html",
        "personas/mette.html",
        "research/index.html",
        "research/interviews.html",
        "notes/methodology.html",
        "touchpoints.html",
        "static/style.css",
    ] {
        assert!(files.contains_key(page), "missing {page}");
    }
    for rule in crate::rules::REGISTRY {
        assert!(files.contains_key(&format!("rules/{}.html", rule.id())));
    }
    for (path, html) in files.iter().filter(|(path, _)| path.ends_with(".html")) {
        assert_eq!(
            html.matches("<h1").count(),
            1,
            "{path} needs exactly one h1"
        );
        assert!(html.contains("<html lang=\"en\">"), "{path} lacks lang");
        for landmark in ["<header", "<nav", "<main", "<footer", "class=\"skip-link\""] {
            assert!(html.contains(landmark), "{path} lacks {landmark}");
        }
    }
}

#[test]
fn links_resolve_to_produced_files_and_anchors() {
    let project = project();
    let files = render_project(&project);
    for (page, html) in files.iter().filter(|(path, _)| path.ends_with(".html")) {
        for href in links(html) {
            let Some((target, fragment)) = resolve(page, &href) else {
                continue;
            };
            let Some(target_html) = files.get(&target) else {
                panic!("{page} links to {href}, which was not produced");
            };
            if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                assert!(
                    target_html.contains(&format!("id=\"{fragment}\"")),
                    "{page} links to {href}, but {target} has no id {fragment}"
                );
            }
        }
    }
}

#[test]
fn input_is_escaped_and_notes_are_sanitised() {
    let project = project();
    let files = render_project(&project);
    for (path, html) in &files {
        if path.ends_with(".html") {
            assert!(!html.contains("<script"), "{path} has a script");
            assert!(!html.contains("onclick"), "{path} has an event handler");
        }
    }
    let stage = &files["stages/awareness.html"];
    assert!(
        stage.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;")
            || stage.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{stage}"
    );
    assert!(stage.contains("Pain &lt;b&gt;bold&lt;"));
    assert!(files["index.html"].contains("&lt;script&gt;alert(1)"));
}

#[test]
fn empty_stage_shows_the_gap_marker() {
    let files = render_project(&project());
    let index = &files["index.html"];
    assert!(index.contains("jm-stage-gap"));
    assert!(index.contains("No touchpoints: gap"));
    assert!(files["stages/advocacy.html"].contains("No touchpoints: gap"));
}

#[test]
fn note_links_become_page_links() {
    let files = render_project(&project());
    assert!(files["index.html"].contains("href=\"personas/mette.html\""));
    assert!(files["index.html"].contains("href=\"notes/methodology.html\""));
    assert!(files["stages/awareness.html"].contains("href=\"../personas/mette.html\""));
    assert!(files["notes/methodology.html"].contains("href=\"../stages/awareness.html#tp-low\""));
    assert!(files["stages/awareness/radio.html"].contains("href=\"../../notes/methodology.html\""));
}

#[test]
fn scores_are_explained() {
    let files = render_project(&project());
    let stage = &files["stages/awareness.html"];
    assert!(
        stage.contains("(4 + 4 + 4 + 4) / 4 = 4 of 5 = 80.0%; pass 60%"),
        "{stage}"
    );
    assert!(stage.contains("Mean of 2 scored touchpoints: (80.0 + 20.0) / 2 = 50.0%"));
    assert!(stage.contains("id=\"tp-evil\""));
}

#[test]
fn output_is_byte_identical_across_renders() {
    let project = project();
    assert_eq!(render_project(&project), render_project(&project));
}

#[test]
fn base_url_prefixes_every_link() {
    let mut project = project();
    project.site.base_url = "https://wiki.example.com/audit/".into();
    let files = render_project(&project);
    let stage = &files["stages/awareness.html"];
    assert!(stage.contains("href=\"https://wiki.example.com/audit/static/style.css\""));
    assert!(stage.contains("href=\"https://wiki.example.com/audit/personas/mette.html\""));
}

#[test]
fn danish_and_swedish_reports_speak_their_language() {
    let mut project = project();
    project.site.language = crate::rules::testing::language("da");
    let files = render_project(&project);
    assert!(files["index.html"].contains("<html lang=\"da\">"));
    assert!(files["index.html"].contains("Anbefalinger"));
    assert!(files["stages/awareness.html"].contains("80,0\u{a0}%"));
    project.site.language = crate::rules::testing::language("sv");
    let files = render_project(&project);
    assert!(files["index.html"].contains("Rekommendationer"));
}

#[test]
fn charts_are_inlined_with_caption_and_table_and_written_as_files() {
    let files = render_project(&project());
    let coverage = &files["coverage.html"];
    assert!(coverage.contains("<svg"), "no inline chart");
    assert!(coverage.contains("<figcaption"), "no caption");
    assert!(coverage.contains("<details"), "no data table");
    assert!(files.contains_key("charts/coverage.svg"));
    assert!(files["index.html"].contains("tm-chart-journey-curve-"));
}

#[test]
fn project_templates_override_and_syntax_errors_name_the_file() {
    let mut files = crate::load::ThemeFiles {
        name: "custom".into(),
        ..Default::default()
    };
    files.templates.insert(
        "coverage.html".into(),
        "{% extends \"base.html\" %}{% block content %}<h1>Custom coverage</h1>{% endblock content %}".into(),
    );
    files
        .statics
        .insert("style.css".into(), b"body { color: red }".to_vec());
    let theme = Theme::new(&files).expect("theme compiles");
    let project = project();
    let scores = Scores::compute(&project);
    let report = Report::build(&project, &scores, None);
    let rendered: BTreeMap<String, Vec<u8>> = render(&project, &report, &theme)
        .expect("renders")
        .into_iter()
        .map(|f| (f.path, f.bytes))
        .collect();
    assert!(String::from_utf8_lossy(&rendered["coverage.html"]).contains("Custom coverage"));
    assert_eq!(rendered["static/style.css"], b"body { color: red }");

    files
        .templates
        .insert("index.html".into(), "{% if %}".into());
    let Err(diagnostics) = Theme::new(&files) else {
        panic!("a broken template must fail");
    };
    assert_eq!(diagnostics[0].file, "themes/custom/templates/index.html");
}

#[test]
fn demo_project_renders() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    if !root.join("site.toml").is_file() {
        return;
    }
    let audit = crate::render::testing::demo();
    let theme = Theme::new(&audit.loaded.theme).expect("theme");
    let files = render(&audit.loaded.project, &audit.report, &theme).expect("renders");
    let paths: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    assert!(paths.contains("stages/decision/mystery-shopping.html"));
    assert!(paths.contains("notes/methodology.html"));
    assert!(paths.contains("research/index.html"));
}

#[test]
fn free_notes_are_linked_from_the_overview() {
    let mut project = project();
    project.notes.push(note(
        "methodology.md",
        NoteKind::Note,
        "How we audited",
        "Scored 0 to 5.",
    ));
    let files = render_project(&project);
    assert!(files.contains_key("notes/methodology.html"));
    assert!(
        files["index.html"].contains("<a href=\"notes/methodology.html\">How we audited</a>"),
        "the overview lists the free note"
    );
}

#[test]
fn the_journey_map_has_every_stage_lanes_and_a_view_per_persona() {
    let files = render_project(&project());
    let index = &files["index.html"];
    let stages = testing::project().stages;
    // One column per stage, each linking to its page.
    assert_eq!(index.matches("class=\"jm-stage ").count(), stages.len());
    for stage in &stages {
        assert!(index.contains(&format!("href=\"stages/{}.html\"", stage.id)));
    }
    // Lanes: touchpoints, emotion, pain points, opportunities.
    for lane in ["jm-tps", "jm-emotions", "jm-pains", "jm-actions"] {
        assert_eq!(
            index.matches(&format!("jm-cell {lane}")).count(),
            stages.len()
        );
    }
    // The emotion lane draws a curve and names the low point (−2 at the
    // hostile touchpoint, escaped).
    assert!(index.contains("class=\"jm-curve\""));
    assert!(index.contains("Low point: Persona mette at"));
    assert!(index.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // One view per persona, linked from the overview; the persona's view
    // leaves out touchpoints aimed at others.
    assert!(index.contains("href=\"journey/mette.html\""));
    let mette = &files["journey/mette.html"];
    assert!(mette.contains("Journey map for Persona mette"));
    assert!(mette.contains("aria-current=\"page\">Persona mette<"));
}

#[test]
fn the_brand_marks_every_page_and_trailmark_is_credited_only_when_asked() {
    // The rule book is the consultant's appendix; it may name the tool.
    let plain = render_project(&project());
    let client_pages = |files: &BTreeMap<String, String>| {
        files
            .iter()
            .filter(|(path, _)| path.ends_with(".html") && !path.starts_with("rules/"))
            .map(|(path, html)| (path.clone(), html.clone()))
            .collect::<Vec<_>>()
    };
    for (path, html) in client_pages(&plain) {
        assert!(!html.contains("Trailmark"), "{path} credits Trailmark");
    }
    let mut branded = project();
    branded.site.brand = crate::model::Brand {
        agency: Some("Fjord & Co.".into()),
        logo: Some("content/assets/logo.svg".into()),
        accent: Some("#0b6e4f".into()),
        footer: Some("Prepared by Fjord & Co.".into()),
        credit: true,
    };
    let files = render_project(&branded);
    for (path, html) in client_pages(&files) {
        assert!(html.contains("Prepared by Fjord &amp; Co."), "{path}");
        assert!(html.contains("Made with Trailmark"), "{path}");
        // The print page has its own head (see book.html).
        if path != "print.html" {
            assert!(html.contains("--accent: #0b6e4f"), "{path}");
            assert!(html.contains("alt=\"Fjord &amp; Co.\""), "{path}");
        }
    }
    assert!(files["index.html"].contains("src=\"assets/logo.svg\""));
    assert!(files["stages/awareness.html"].contains("src=\"../assets/logo.svg\""));
}

#[test]
fn every_string_a_template_uses_exists() {
    let keys = testing::language("en").strings().clone();
    for (name, text) in super::BUILTIN_TEMPLATES {
        for (index, _) in text.match_indices("t.") {
            let before = text[..index].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                continue;
            }
            let key: String = text[index + 2..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            assert!(keys.contains_key(&key), "{name} uses unknown t.{key}");
        }
    }
}
