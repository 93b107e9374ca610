//! The findings pages of the demo, built by the binary: every client
//! finding on findings.html once, grouped by touchpoint and cause; one page
//! per severity and per area showing exactly its findings, reached by plain
//! links with counts; the agency's homework on a page of its own.

mod common;

use common::Project;

/// The anchor of a finding on its page (as the renderer writes it).
fn anchor(id: &str) -> String {
    format!("id=\"f-{}\"", slug::slugify(id))
}

/// An open finding: id, severity and area.
type Open = (String, String, String);
/// A findings page and which open findings of the client it shows.
type Filtered = (&'static str, fn(&Open) -> bool);

struct Built {
    project: Project,
    /// Open findings: (id, severity, area), client's and agency's apart.
    client: Vec<Open>,
    agency: Vec<Open>,
}

fn built() -> Built {
    let project = Project::demo();
    project.run(&["build", ".", "--no-record"]).assert_code(0);
    let report: serde_json::Value =
        serde_json::from_str(&project.read("public/report.json")).expect("report.json");
    let homework: Vec<&str> = report["audit_quality"]
        .as_array()
        .expect("audit_quality")
        .iter()
        .filter_map(|id| id.as_str())
        .collect();
    let (mut client, mut agency) = (Vec::new(), Vec::new());
    for finding in report["findings"].as_array().expect("findings") {
        if finding["accepted"] == true {
            continue;
        }
        let field = |key: &str| finding[key].as_str().expect(key).to_string();
        let entry = (field("id"), field("severity"), field("area"));
        if homework.contains(&entry.0.as_str()) {
            agency.push(entry);
        } else {
            client.push(entry);
        }
    }
    assert!(!client.is_empty() && !agency.is_empty());
    Built {
        project,
        client,
        agency,
    }
}

/// The ids of `findings` that `page` shows, and those it should not.
fn assert_shows(page: &str, html: &str, all: &[&Open], shown: &[&str]) {
    for (id, _, _) in all {
        let count = html.matches(&anchor(id)).count();
        let expected = usize::from(shown.contains(&id.as_str()));
        assert_eq!(count, expected, "{page}: {id} shown {count} times");
    }
}

/// The number in the filter link to `href` (`<span class="count">N</span>`).
fn filter_count(html: &str, href: &str) -> usize {
    let at = html
        .find(&format!("href=\"{href}\""))
        .unwrap_or_else(|| panic!("no filter link to {href}"));
    let rest = &html[at..];
    let start = rest.find("<span class=\"count\">").expect("a count") + 20;
    let end = start + rest[start..].find('<').expect("end of count");
    rest[start..end].parse().expect("a number")
}

#[test]
fn each_filter_page_shows_exactly_its_findings_with_counts_and_no_script() {
    let built = built();
    let all: Vec<&Open> = built.client.iter().chain(&built.agency).collect();
    let pages: Vec<Filtered> = vec![
        ("findings.html", |_| true),
        ("findings/critical.html", |f| f.1 == "error"),
        ("findings/important.html", |f| f.1 == "warning"),
        ("findings/minor.html", |f| f.1 == "info"),
        ("findings/area-content.html", |f| f.2 == "content"),
        ("findings/area-data.html", |f| f.2 == "data"),
        ("findings/area-touchpoints.html", |f| f.2 == "touchpoints"),
        ("findings/area-technology.html", |f| f.2 == "technology"),
        ("findings/area-research.html", |f| f.2 == "research"),
    ];
    let index = built.project.read("public/findings.html");
    for (page, selects) in &pages {
        let html = built.project.read(&format!("public/{page}"));
        let shown: Vec<&str> = built
            .client
            .iter()
            .filter(|f| selects(f))
            .map(|f| f.0.as_str())
            .collect();
        assert_shows(page, &html, &all, &shown);
        assert!(!html.contains("<script"), "{page} needs no script");
        // The filter bar on every page links every filter with its count,
        // and marks the page's own.
        let root = if page.starts_with("findings/") {
            "../"
        } else {
            ""
        };
        assert_eq!(filter_count(&html, &format!("{root}{page}")), shown.len());
        assert_eq!(
            filter_count(&index, page),
            shown.len(),
            "findings.html's link to {page}"
        );
        let bar = html.find("<nav class=\"filters\"").expect("the filter bar");
        let current = bar
            + html[bar..]
                .find("aria-current=\"page\"")
                .expect("the current filter");
        let link = html[..current].rfind("href=\"").expect("its link");
        assert!(
            html[link..current].contains(&format!("{root}{page}\"")),
            "{page} marks its own filter"
        );
    }
    // Severity pages and area pages each cover every client finding once.
    let severities = ["critical", "important", "minor"]
        .iter()
        .map(|s| filter_count(&index, &format!("findings/{s}.html")))
        .sum::<usize>();
    assert_eq!(severities, built.client.len());
    assert!(
        index.contains("id=\"accepted\""),
        "accepted gaps close findings.html"
    );
}

#[test]
fn the_agencys_homework_has_its_own_page_and_links_reach_it() {
    let built = built();
    let all: Vec<&Open> = built.client.iter().chain(&built.agency).collect();
    let page = built.project.read("public/findings/audit-quality.html");
    let shown: Vec<&str> = built.agency.iter().map(|f| f.0.as_str()).collect();
    assert_shows("findings/audit-quality.html", &page, &all, &shown);
    assert_eq!(
        filter_count(&page, "../findings/audit-quality.html"),
        shown.len()
    );
    assert!(page.contains("<h1>Audit quality: open work for the agency</h1>"));
    // The recommendations page's homework list links each finding on it.
    let recommendations = built.project.read("public/recommendations.html");
    for id in &shown {
        let href = format!("findings/audit-quality.html#f-{}\"", slug::slugify(id));
        assert!(recommendations.contains(&href), "no link to {id}");
    }
    // The print document is the client's: no homework page, no filter pages.
    let print = built.project.read("public/print.html");
    assert!(!print.contains("Audit quality: open work for the agency</h1>"));
}

/// findings.html as an outline: stage, card (kind, title, worst severity),
/// cause, finding ids.
fn outline(html: &str) -> String {
    // The text of the first element after `from`, from position `at`.
    let text = |from: &str, at: usize| -> String {
        let start = at + html[at..].find(from).expect("start") + from.len();
        let end = start + html[start..].find("</").expect("end");
        let inner = &html[start..end];
        inner.rsplit('>').next().unwrap_or(inner).trim().to_string()
    };
    let accepted = html.find("id=\"accepted\"").unwrap_or(html.len());
    let markers = [
        "<section class=\"group\"",
        "<article class=\"finding-card finding-card-",
        "<p class=\"cause-title\">",
        "<li id=\"f-",
    ];
    let mut lines = Vec::new();
    let mut at = 0;
    while let Some((offset, kind)) = markers
        .iter()
        .enumerate()
        .filter_map(|(kind, marker)| Some((html[at..].find(marker)?, kind)))
        .min()
    {
        at += offset;
        if at >= accepted {
            break;
        }
        let after = at + markers[kind].len();
        let word = || {
            let end = after + html[after..].find('"').expect("attribute end");
            html[after..end].to_string()
        };
        lines.push(match kind {
            0 => text("<h3 ", at),
            1 => format!(
                "  [{}] {} ({})",
                text("<span class=\"finding-card-kind\">", at),
                text("</span> ", at),
                word()
            ),
            2 => format!("    cause: {}", text("<a href=", at)),
            _ => format!("      - f-{}", word()),
        });
        at = after;
    }
    lines.join("\n")
}

#[test]
fn findings_are_grouped_by_stage_touchpoint_and_cause() {
    let built = built();
    let html = built.project.read("public/findings.html");
    // The touchpoint with two causes carries both on one card.
    let card = html
        .find("Blog article: &#39;Is an electric car right for you?&#39;</a></h4>")
        .expect("the blog article's card");
    let end = card + html[card..].find("</article>").expect("card end");
    assert_eq!(html[card..end].matches("class=\"cause\"").count(), 2);
    assert!(html[card..end].contains("A touchpoint scores below the pass line"));
    assert!(html[card..end].contains("A KPI misses its target"));
    insta::assert_snapshot!(outline(&html));
}
