//! Publishing forms of the demo report, through the real binary: the CSV
//! files a spreadsheet opens.

mod common;

use common::{Project, json};

/// A CSV file of the built demo, BOM checked and removed, parsed with `separator`.
fn csv_rows(project: &Project, name: &str, separator: u8) -> Vec<Vec<String>> {
    let bytes = std::fs::read(project.path(&format!("public/csv/{name}")))
        .unwrap_or_else(|error| panic!("read csv/{name}: {error}"));
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .unwrap_or_else(|| panic!("csv/{name} starts with a UTF-8 BOM"));
    csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|record| {
            record
                .expect("a CSV record")
                .iter()
                .map(String::from)
                .collect()
        })
        .collect()
}

fn column(rows: &[Vec<String>], name: &str) -> usize {
    rows[0]
        .iter()
        .position(|header| header == name)
        .unwrap_or_else(|| panic!("no column `{name}` in {:?}", rows[0]))
}

#[test]
fn english_csv_matches_the_report_with_commas_and_decimal_points() {
    let project = Project::demo();
    project.run(&["build"]).assert_code(0);
    let report = json(&project.read("public/report.json"));

    let touchpoints = csv_rows(&project, "touchpoints.csv", b',');
    let entries = report["touchpoints"].as_array().expect("touchpoints");
    assert_eq!(touchpoints.len(), entries.len() + 1);
    let (id, score) = (column(&touchpoints, "id"), column(&touchpoints, "score"));
    for (row, entry) in touchpoints.iter().skip(1).zip(entries) {
        assert_eq!(row.len(), touchpoints[0].len(), "every row is complete");
        assert_eq!(row[id], entry["id"].as_str().expect("id"));
        match entry["score"].as_f64() {
            Some(value) => assert_eq!(row[score].parse::<f64>().expect("a number"), value),
            None => assert_eq!(row[score], ""),
        }
    }
    let findings = csv_rows(&project, "findings.csv", b',');
    assert_eq!(
        findings.len(),
        report["findings"].as_array().expect("findings").len() + 1
    );
    assert!(csv_rows(&project, "actions.csv", b',').len() > 1);

    let index = project.read("public/index.html");
    assert!(index.contains("href=\"csv/touchpoints.csv\""));
    assert!(index.contains("href=\"report.json\""));
}

#[test]
fn danish_csv_uses_semicolons_and_decimal_commas() {
    let project = Project::demo();
    let site = project
        .read("site.toml")
        .replace("language = \"en\"", "language = \"da\"");
    project.write("site.toml", site);
    project.run(&["build"]).assert_code(0);
    let report = json(&project.read("public/report.json"));

    let touchpoints = csv_rows(&project, "touchpoints.csv", b';');
    let score = column(&touchpoints, "score");
    let entries = report["touchpoints"].as_array().expect("touchpoints");
    for (row, entry) in touchpoints.iter().skip(1).zip(entries) {
        assert_eq!(row.len(), touchpoints[0].len(), "every row is complete");
        if let Some(value) = entry["score"].as_f64() {
            assert!(
                !row[score].contains('.'),
                "no decimal point: {}",
                row[score]
            );
            let read: f64 = row[score].replace(',', ".").parse().expect("a number");
            assert_eq!(read, value);
        }
    }
    let kpis = csv_rows(&project, "kpis.csv", b';');
    assert!(kpis.len() > 1 && kpis.iter().all(|row| row.len() == kpis[0].len()));
    let value = column(&kpis, "value");
    let click_rate = kpis
        .iter()
        .find(|row| row[column(&kpis, "kpi")] == "Click-through rate")
        .expect("the demo's search ads KPI");
    assert_eq!(click_rate[value], "3,4");
}

/// Every `href` and `src` value of an HTML document.
fn references(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attribute in [" href=\"", " src=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(attribute) {
            rest = &rest[at + attribute.len()..];
            let end = rest.find('"').expect("a closed attribute");
            found.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    found
}

/// Every `id` of an HTML document.
fn ids(html: &str) -> std::collections::BTreeSet<String> {
    html.split(" id=\"")
        .skip(1)
        .map(|rest| rest[..rest.find('"').expect("a closed id")].to_string())
        .collect()
}

/// The demo with an image and a web link in a note, as a consultant writes them.
fn demo_with_image_and_link() -> Project {
    let project = Project::demo();
    project.write(
        "content/diagram.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>",
    );
    let note = project.read("content/methodology.md");
    project.write(
        "content/methodology.md",
        format!(
            "{note}\n![The audit process](diagram.svg)\n\nSee [the agency](https://fjord.example/method).\n"
        ),
    );
    project
}

#[test]
fn the_single_file_refers_to_nothing_outside_itself() {
    let project = demo_with_image_and_link();
    let run = project.run(&["build", "--single-file"]);
    run.assert_code(0);
    assert!(
        run.stdout.contains("nordlys-auto-2026-q4.html"),
        "{}",
        run.stdout
    );
    let html = project.read("public/nordlys-auto-2026-q4.html");
    let ids = ids(&html);
    let mut images = 0;
    for reference in references(&html) {
        if let Some(id) = reference.strip_prefix('#') {
            assert!(ids.contains(id), "#{id} has no target in the single file");
        } else if reference.starts_with("data:image/") {
            images += 1;
        } else {
            assert!(
                reference.starts_with("https://fjord.example/"),
                "the single file refers outside itself: {reference}"
            );
        }
    }
    assert_eq!(images, 1, "the note's image is inline");
    assert!(html.contains("href=\"https://fjord.example/method\""));
    assert!(!html.contains("<link"), "style sheets are inline");
    // Every chart of the site is in it, as inline SVG.
    for stage in ["awareness", "consideration", "decision", "purchase"] {
        assert!(
            html.contains(&format!("id=\"stages-{stage}--chart-stage-{stage}\"")),
            "the {stage} chart is in the single file"
        );
    }
    assert!(html.matches("<svg").count() >= 12);
}

#[test]
fn the_print_page_holds_the_whole_report_with_working_links() {
    let project = demo_with_image_and_link();
    project.run(&["build"]).assert_code(0);
    let html = project.read("public/print.html");
    assert!(html.contains("@page { size: A4; }"));
    assert!(html.contains("class=\"book-cover\"") && html.contains("class=\"book-contents\""));
    assert!(!html.contains("<details>") && html.contains("<details open"));
    let ids = ids(&html);
    for page in [
        "overview",
        "stages-awareness",
        "findings",
        "recommendations",
        "personas-mette",
    ] {
        assert!(ids.contains(page), "the print page has the page {page}");
    }
    for reference in references(&html) {
        match reference.strip_prefix('#') {
            Some(id) => assert!(ids.contains(id), "#{id} has no target in print.html"),
            None if reference.starts_with("https://") => {}
            None => assert!(
                project
                    .path(&format!(
                        "public/{}",
                        reference.split('#').next().unwrap_or_default()
                    ))
                    .is_file(),
                "print.html links to {reference}, which the site lacks"
            ),
        }
    }
}

#[test]
fn the_paper_size_is_a_setting() {
    let project = Project::demo();
    let site = project.read("site.toml");
    project.write(
        "site.toml",
        format!("{site}\n[publish]\npaper = \"letter\"\n"),
    );
    project.run(&["build"]).assert_code(0);
    assert!(
        project
            .read("public/print.html")
            .contains("@page { size: letter; }")
    );

    project.write("site.toml", format!("{site}\n[publish]\npaper = \"a5\"\n"));
    let run = project.run(&["build"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("site.toml") && run.stderr.contains("a5"),
        "{}",
        run.stderr
    );
}

/// Every link and image destination of a Markdown text, with whether it is an image.
fn markdown_destinations(text: &str) -> Vec<(String, bool, String)> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut found = Vec::new();
    let mut alt: Option<(String, String)> = None;
    for event in Parser::new_ext(text, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                found.push((dest_url.to_string(), false, String::new()));
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                alt = Some((dest_url.to_string(), String::new()));
            }
            Event::Text(text) => {
                if let Some((_, alt)) = alt.as_mut() {
                    alt.push_str(&text);
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some((dest, alt)) = alt.take() {
                    found.push((dest, true, alt));
                }
            }
            _ => {}
        }
    }
    found
}

#[test]
fn every_link_and_image_of_the_markdown_export_resolves_in_each_wiki() {
    let project = demo_with_image_and_link();
    for (args, without_extension, home) in [
        (&["build", "--format", "markdown"][..], false, "index.md"),
        (&["build", "--wiki", "github"][..], true, "Home.md"),
        (&["build", "--wiki", "gitlab"][..], true, "home.md"),
        (&["build", "--wiki", "azure"][..], false, "Overview.md"),
        (&["build", "--wiki", "wikijs"][..], true, "home.md"),
        (&["build", "--wiki", "outline"][..], false, "index.md"),
    ] {
        project.run(args).assert_code(0);
        let root = project.path("public/markdown");
        let files = common::tree(&root);
        assert!(files.contains_key(home), "{args:?}: no {home}");
        let pages = files.keys().filter(|path| path.ends_with(".md")).count();
        assert!(pages >= 40, "{args:?}: every page of the site, got {pages}");
        let pngs: Vec<&String> = files.keys().filter(|path| path.ends_with(".png")).collect();
        assert!(pngs.len() >= 12, "{args:?}: a PNG twin per chart");
        for png in &pngs {
            assert!(
                png.contains("nordlys-auto-2026-q4-"),
                "{png}: named per client and cycle"
            );
            assert!(files[*png].starts_with(b"\x89PNG"), "{png} is a PNG");
        }
        let mut links = 0;
        for (path, bytes) in files.iter().filter(|(path, _)| path.ends_with(".md")) {
            let text = String::from_utf8(bytes.clone()).expect("UTF-8");
            assert!(
                !text.contains("<div") && !text.contains("<svg"),
                "{path}: no raw HTML"
            );
            let dir = std::path::Path::new(path).parent().expect("a parent");
            for (destination, image, alt) in markdown_destinations(&text) {
                if destination.starts_with("https://") || destination.starts_with('#') {
                    continue;
                }
                assert!(!destination.is_empty(), "{args:?} {path}: an empty link");
                if image {
                    assert!(
                        !alt.trim().is_empty(),
                        "{path}: image {destination} has no alt text"
                    );
                }
                let mut target = root.join(dir).join(&destination);
                if without_extension && !image && target.extension().is_none() {
                    target.set_extension("md");
                }
                assert!(
                    target.is_file(),
                    "{args:?} {path}: {destination} does not resolve"
                );
                links += 1;
            }
        }
        assert!(
            links > 200,
            "{args:?}: the pages link to each other ({links})"
        );
        match home {
            "Overview.md" => {
                let order = String::from_utf8(files[".order"].clone()).expect("UTF-8");
                assert!(order.starts_with("Overview\n"), "Azure DevOps: {order}");
                assert!(files.contains_key(".attachments/"));
            }
            "Home.md" => assert!(files.contains_key("_Sidebar.md")),
            _ => {}
        }
    }
}

#[test]
fn base_url_prefixes_links_and_empty_keeps_them_relative() {
    let project = Project::demo();
    project.run(&["build", "--no-record"]).assert_code(0);
    for page in ["index.html", "stages/awareness.html", "print.html"] {
        for reference in references(&project.read(&format!("public/{page}"))) {
            assert!(
                !reference.starts_with('/'),
                "{page}: with base_url empty every link is relative: {reference}"
            );
        }
    }
    let site = project
        .read("site.toml")
        .replace("base_url = \"\"", "base_url = \"/wiki/nordlys/\"");
    project.write("site.toml", site);
    project.run(&["build", "--no-record"]).assert_code(0);
    let index = project.read("public/stages/awareness.html");
    assert!(index.contains("href=\"/wiki/nordlys/static/style.css\""));
    assert!(index.contains("href=\"/wiki/nordlys/findings.html\""));
    let print = project.read("public/print.html");
    assert!(
        print.contains("href=\"/wiki/nordlys/rules/"),
        "links into the site keep the prefix"
    );
}
