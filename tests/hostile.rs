//! Hostile input: a project whose every free-text field tries to put
//! active content into the report. No output file may carry it out.

mod common;

use std::collections::BTreeMap;

use common::{Project, tree};

const XSS: &str = "</text><script>alert(1)</script><img src=x onerror=alert(2)>";

fn toml_text(text: &str) -> String {
    common::toml_string(text)
}

fn hostile_project() -> Project {
    let project = Project::fixture("valid-minimal");
    let x = toml_text(XSS);
    project.write(
        "site.toml",
        format!(
            "title = {x}\nclient = {x}\ncycle = \"2026-Q1\"\n\
             [journey]\nmodel = \"custom\"\n\
             [[journey.stages]]\nid = \"search\"\nname = {x}\nfunnel = \"top\"\n\
             [[journey.stages]]\nid = \"offer\"\nname = \"Offer\"\nfunnel = \"bottom\"\n\
             [[journey.stages]]\nid = \"usage\"\nname = \"Usage\"\nfunnel = \"post\"\n\
             [[journey.stages]]\nid = \"conversion\"\nname = \"Conversion\"\nfunnel = \"bottom\"\n\
             [[journey.stages]]\nid = \"loyalty\"\nname = \"Loyalty\"\nfunnel = \"post\"\n\
             [[waiver]]\nrule = \"missing-kpi\"\nreason = {x}\n"
        ),
    );
    project.write(
        "content/scorecards/search.toml",
        format!(
            "[[touchpoint]]\nid = \"evil\"\nname = {x}\nchannel = {channel}\nmode = \"online\"\n\
             personas = [\"olga\"]\nemotion = -2\npain_points = [{x}]\nopportunities = [{x}]\n\
             [touchpoint.scores]\npresence = 1\n\
             [[touchpoint.kpi]]\nname = {x}\nvalue = 1\ntarget = 2\nunit = {x}\n",
            channel = toml_text("<b>chan</b>"),
        ),
    );
    project.write(
        "content/personas/olga.md",
        format!(
            "+++\nname = {x}\nsegment = {x}\ngoals = [{x}]\nfrustrations = [{x}]\n+++\n{XSS}\n"
        ),
    );
    project.write(
        "content/stages/search.md",
        "+++\ntitle = \"<script>alert(3)</script>\"\n+++\n\
         # Heading {onclick=alert(4)}\n\n\
         <script>alert(5)</script>\n\n\
         <iframe src=\"https://evil.example\"></iframe>\n\n\
         <a href=\"javascript:alert(6)\" onclick=\"alert(7)\">click</a>\n\n\
         [link](javascript:alert(8)) ![img](javascript:alert(9))\n\n\
         <div style=\"background:url(javascript:alert(10))\" onmouseover=\"alert(11)\">x</div>\n\n\
         <svg><script>alert(12)</script></svg>\n",
    );
    project
}

/// Every output file that a browser, SVG viewer or Markdown wiki renders.
fn rendered_outputs(project: &Project) -> BTreeMap<String, String> {
    tree(&project.path("public"))
        .into_iter()
        .filter(|(path, _)| {
            [".html", ".svg", ".md"]
                .iter()
                .any(|ext| path.ends_with(ext))
        })
        .map(|(path, bytes)| (path, String::from_utf8(bytes).expect("UTF-8 output")))
        .collect()
}

/// What is wrong with one tag, if anything: an element that runs code or
/// embeds a page, an event handler, or a `javascript:` URL. Text in the
/// output is escaped, so every `<` starts a real tag.
fn active_content(tag: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let name: String = lower
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    if ["script", "iframe", "object", "embed", "foreignobject"].contains(&name.as_str()) {
        return Some(format!("element <{name}>"));
    }
    let mut rest = lower.as_str();
    while let Some(at) = rest.find(char::is_whitespace) {
        rest = rest[at..].trim_start();
        let attribute: String = rest
            .chars()
            .take_while(|c| *c != '=' && !c.is_whitespace())
            .collect();
        if attribute.starts_with("on") && attribute.len() > 2 {
            return Some(format!("event handler {attribute}"));
        }
        let value = rest[attribute.len()..]
            .trim_start_matches('=')
            .trim_start_matches(['"', '\'']);
        if value.trim_start().starts_with("javascript:") {
            return Some(format!("javascript: URL in {attribute}"));
        }
        if attribute == "style" && (value.contains("url(") || value.contains("expression(")) {
            return Some("style that loads or runs something".to_string());
        }
    }
    None
}

fn check_markup(path: &str, markup: &str) {
    for tag in markup.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or_default();
        if tag.starts_with('!') || tag.starts_with('?') {
            continue;
        }
        if let Some(problem) = active_content(tag) {
            panic!("{path}: {problem} in <{tag}>");
        }
    }
}

#[test]
fn the_checker_sees_active_content() {
    assert!(active_content("script").is_some());
    assert!(active_content("img src=x onerror=alert(2)").is_some());
    assert!(active_content("a href=\"javascript:alert(1)\"").is_some());
    assert!(active_content("div style=\"background:url(javascript:x)\"").is_some());
    assert!(active_content("svg style=\"max-width:100%\"").is_none());
    assert!(active_content("a href=\"../index.html\" class=\"nav\"").is_none());
}

#[test]
fn no_hostile_string_becomes_active_content_in_any_output() {
    let project = hostile_project();
    project.run(&["build", "."]).assert_code(0);
    let outputs = rendered_outputs(&project);
    assert!(outputs.contains_key("index.html") && outputs.contains_key("report.md"));
    assert!(outputs.keys().any(|path| path.ends_with(".svg")));
    for (path, text) in &outputs {
        if path.ends_with(".md") {
            // What a wiki makes of the Markdown.
            let mut html = String::new();
            pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(text));
            check_markup(path, &html);
        } else {
            check_markup(path, text);
        }
    }
    // The hostile text itself is kept, as text.
    assert!(outputs["index.html"].contains("&lt;script&gt;alert(1)"));
    assert!(outputs["report.md"].contains("&lt;script>alert(1)"));
}

#[test]
fn check_output_and_report_json_keep_the_text_as_data() {
    let project = hostile_project();
    let run = project.run(&["check", "--format", "json", "."]);
    let report = common::json(&run.stdout);
    assert_eq!(report["client"], XSS);
    assert_eq!(report["touchpoints"][0]["name"], XSS);
}

/// An SVG image that runs scripts, loads from other hosts and embeds HTML.
const ACTIVE_SVG: &str = r#"<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)" viewBox="0 0 10 10">
  <script type="text/javascript">alert(2)</script>
  <rect width="5" height="5" onmouseover="alert(3)" fill="url(https://track.example.com/a#p)"/>
  <foreignObject width="5" height="5"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example.com"/></foreignObject>
  <a xlink:href="javascript:alert(4)"><circle r="2"/></a>
  <image href="https://track.example.com/pixel.png" width="1" height="1"/>
</svg>
"#;

#[test]
fn no_file_under_content_puts_active_content_into_the_output() {
    let project = Project::fixture("valid-minimal");
    project.write("content/images/map.svg", ACTIVE_SVG);
    project.write("content/images/Logo.SVG", ACTIVE_SVG);
    project.run(&["build", "."]).assert_code(0);
    for path in ["public/images/map.svg", "public/images/Logo.SVG"] {
        let published = project.read(path);
        check_markup(path, &published);
        for gone in ["alert", "example.com", "foreignObject", "iframe"] {
            assert!(!published.contains(gone), "{gone} in {published}");
        }
        assert!(
            published.contains("<rect"),
            "the drawing is kept: {published}"
        );
    }
}

#[test]
fn html_files_under_content_are_refused_naming_the_file() {
    for name in ["page.html", "old/Page.HTM", "x.xhtml", "feed.xml"] {
        let project = Project::fixture("valid-minimal");
        project.write(
            &format!("content/{name}"),
            "<p>hi</p><script>alert(1)</script>",
        );
        for command in ["check", "build"] {
            let run = project.run(&[command, "."]);
            run.assert_code(2);
            assert!(
                run.stderr.contains(&format!("content/{name}")),
                "{command} {name}: {}",
                run.stderr
            );
            assert!(run.stderr.contains("are not published"), "{}", run.stderr);
        }
        assert!(!project.path("public").exists());
    }
}

#[test]
fn an_svg_that_does_not_parse_is_an_input_error_at_its_line() {
    let project = Project::fixture("valid-minimal");
    project.write(
        "content/images/broken.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <rect>\n</svg>\n",
    );
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("content/images/broken.svg:3:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("not a valid SVG image"),
        "{}",
        run.stderr
    );
}
