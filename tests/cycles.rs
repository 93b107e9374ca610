//! Three optimisation cycles of one audit, built through the real binary:
//! the report's `changes`, the trend, the "since" page and `trailmark
//! diff` against values computed by hand.

mod common;

use common::{Project, json};
use serde_json::Value;

fn replace(project: &Project, file: &str, from: &str, to: &str) {
    let path = format!("content/scorecards/{file}.toml");
    let text = project.read(&path);
    assert!(text.contains(from), "{from} in {file}");
    project.write(&path, text.replacen(from, to, 1));
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().expect("a string"))
        .collect()
}

fn stage<'a>(changes: &'a Value, id: &str) -> &'a Value {
    changes["stages"]
        .as_array()
        .expect("stages")
        .iter()
        .find(|s| s["id"] == id)
        .expect(id)
}

/// Cycle 2026-Q2: map-listing's relevance 4 -> 5 (75 -> 80), cake-page
/// renamed cake-web with `previous_id`, word-of-mouth moved from offer to
/// search, online-order (40) added to conversion, the newsletter up to 80,
/// cake-pickup down to 60.
fn second_cycle(project: &Project) {
    project.set_cycle("2026-Q2");
    replace(
        project,
        "search",
        "presence = 4\nrelevance = 4\n",
        "presence = 4\nrelevance = 5\n",
    );
    replace(
        project,
        "offer",
        "id       = \"cake-page\"\n",
        "id       = \"cake-web\"\nprevious_id = \"cake-page\"\n",
    );
    let offer = project.read("content/scorecards/offer.toml");
    let (kept, moved) = offer
        .split_once("[[touchpoint]]\nid       = \"word-of-mouth\"")
        .expect("word-of-mouth in offer");
    project.write("content/scorecards/offer.toml", kept);
    let search = project.read("content/scorecards/search.toml");
    project.write(
        "content/scorecards/search.toml",
        format!("{search}\n[[touchpoint]]\nid       = \"word-of-mouth\"{moved}"),
    );
    let conversion = project.read("content/scorecards/conversion.toml");
    project.write(
        "content/scorecards/conversion.toml",
        format!(
            "{conversion}\n[[touchpoint]]\nid = \"online-order\"\nname = \"Online cake order\"\n\
             channel = \"website\"\n\n[touchpoint.scores]\npresence = 2\nrelevance = 2\n\
             consistency = 2\nexperience = 2\n"
        ),
    );
    replace(
        project,
        "loyalty",
        "presence = 2\nrelevance = 3\nconsistency = 3\nexperience = 3\n",
        "presence = 4\nrelevance = 4\nconsistency = 4\nexperience = 4\n",
    );
    replace(
        project,
        "usage",
        "presence = 4\nrelevance = 4\nconsistency = 4\nexperience = 4\n",
        "presence = 3\nrelevance = 3\nconsistency = 3\nexperience = 3\n",
    );
}

/// Cycle 2026-Q3: map-listing up to 95 with its directions link done,
/// cake-box removed.
fn third_cycle(project: &Project) {
    project.set_cycle("2026-Q3");
    replace(
        project,
        "search",
        "presence = 4\nrelevance = 5\nconsistency = 3\nexperience = 4\n",
        "presence = 5\nrelevance = 5\nconsistency = 4\nexperience = 5\n",
    );
    replace(
        project,
        "search",
        "reviewed = 2026-01-10\n",
        "reviewed = 2026-01-10\n\n[[touchpoint.opportunities]]\n\
         text = \"Link the listing to directions\"\nid = \"directions-link\"\nstatus = \"done\"\n",
    );
    let usage = project.read("content/scorecards/usage.toml");
    let (kept, _) = usage
        .split_once("[[touchpoint]]\nid       = \"cake-box\"")
        .expect("cake-box in usage");
    project.write("content/scorecards/usage.toml", kept);
}

#[test]
fn three_cycles_compare_like_for_like_and_the_trend_spans_them_all() {
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    let first = json(&project.read("public/report.json"));
    assert_eq!(first["score"], 73.5);
    assert!(first.get("changes").is_none());

    second_cycle(&project);
    project.run(&["build", "."]).assert_code(0);
    let second = json(&project.read("public/report.json"));
    let changes = &second["changes"];
    assert_eq!(second["previous_cycle"], "2026-Q1");
    // (85 + 65 + 61.67 + 62.5 + 77.5) / 5
    assert_eq!(second["score"], 70.3);
    assert_eq!(changes["journey"]["score"]["delta"], -3.2);

    // Search gained word-of-mouth (85): published 82.5 -> 85.0, like for
    // like (map-listing, shop-window) 82.5 -> 85.0.
    let search = stage(changes, "search");
    assert_eq!(search["score"]["previous"], 82.5);
    assert_eq!(search["score"]["current"], 85.0);
    assert_eq!(search["like_for_like"]["previous"], 82.5);
    assert_eq!(search["like_for_like"]["current"], 85.0);
    assert_eq!(search["like_for_like"]["compared"], 2);
    assert_eq!(strings(&search["moved_in"]), ["word-of-mouth"]);
    // Conversion fell from 72.5 to 61.7 only because online-order (40)
    // was mapped: like for like it stayed at 72.5.
    let conversion = stage(changes, "conversion");
    assert_eq!(conversion["score"]["current"], 61.7);
    assert_eq!(conversion["like_for_like"]["delta"], 0.0);
    assert_eq!(strings(&conversion["added"]), ["online-order"]);
    // Offer: the renamed cake page is the same touchpoint.
    let offer = stage(changes, "offer");
    assert_eq!(strings(&offer["moved_out"]), ["word-of-mouth"]);
    assert!(offer["added"].as_array().expect("added").is_empty());
    assert_eq!(
        changes["touchpoints"]["renamed"][0]["previous_id"],
        "cake-page"
    );
    // Gains and losses by size.
    let gains = &changes["touchpoints"]["gains"];
    assert_eq!(gains[0]["id"], "bakery-newsletter");
    assert_eq!(gains[0]["delta"], 25.0);
    assert_eq!(gains[1]["id"], "map-listing");
    assert_eq!(gains[1]["delta"], 5.0);
    assert_eq!(changes["touchpoints"]["losses"][0]["id"], "cake-pickup");
    assert_eq!(changes["touchpoints"]["losses"][0]["delta"], -20.0);
    // Findings: the newsletter's low score is resolved; the cake page's
    // missing KPI persists under its new id; the drops are new.
    let findings = &changes["findings"];
    assert!(
        strings(&findings["resolved"]).contains(&"low-score-touchpoint@loyalty/bakery-newsletter")
    );
    assert!(strings(&findings["persisting"]).contains(&"missing-kpi@offer/cake-web"));
    let new = strings(&findings["new"]);
    for id in [
        "score-regression@usage",
        "score-regression@usage/cake-pickup",
        "scope-change@search",
        "scope-change@offer",
        "scope-change@conversion",
    ] {
        assert!(new.contains(&id), "{id} in {new:?}");
    }
    assert!(
        !new.iter()
            .any(|id| id.starts_with("score-regression@conversion"))
    );

    third_cycle(&project);
    project.run(&["build", "."]).assert_code(0);
    let third = json(&project.read("public/report.json"));
    let changes = &third["changes"];
    assert_eq!(third["previous_cycle"], "2026-Q2");
    // (90 + 65 + 61.67 + 60 + 77.5) / 5
    assert_eq!(third["score"], 70.8);
    assert_eq!(strings(&stage(changes, "usage")["removed"]), ["cake-box"]);
    assert_eq!(stage(changes, "search")["like_for_like"]["delta"], 5.0);
    let done = &changes["actions_done"];
    assert_eq!(done.as_array().expect("actions").len(), 1);
    assert_eq!(done[0]["touchpoint"], "map-listing");
    assert_eq!(done[0]["id"], "directions-link");
    assert_eq!(done[0]["score"]["previous"], 80.0);
    assert_eq!(done[0]["score"]["current"], 95.0);

    // The trend spans the three cycles.
    let trend = third["trend"].as_array().expect("trend");
    let cycles: Vec<&str> = trend
        .iter()
        .map(|p| p["cycle"].as_str().expect("cycle"))
        .collect();
    assert_eq!(cycles, ["2026-Q1", "2026-Q2", "2026-Q3"]);
    let scores: Vec<f64> = trend
        .iter()
        .map(|p| p["score"].as_f64().expect("score"))
        .collect();
    assert_eq!(scores, [73.5, 70.3, 70.8]);
    assert_eq!(trend[1]["stages"][3]["score"], 62.5);
    assert_eq!(
        trend[0]["open"]["warning"].as_u64().expect("count")
            + trend[0]["open"]["info"].as_u64().expect("count"),
        first["counts"]["warning"].as_u64().expect("count")
            + first["counts"]["info"].as_u64().expect("count")
    );

    // The overview's three lines, the since page and its charts.
    let index = project.read("public/index.html");
    assert!(index.contains("Since 2026-Q2"), "overview block");
    assert!(index.contains(
        "Improved: 1 touchpoint, most Map listing with opening hours 80.0 → 95.0 (+15.0)"
    ));
    assert!(index.contains("Regressed: no score fell."));
    assert!(index.contains("1 action done: Link the listing to directions"));
    let since = project.read("public/since.html");
    assert!(since.contains("chart-trend-journey"));
    assert!(since.contains("chart-since-search"));
    for chart in [
        "trend-journey",
        "trend-stages",
        "trend-findings",
        "since-usage",
    ] {
        assert!(
            project.path(&format!("public/charts/{chart}.svg")).exists(),
            "{chart}"
        );
    }

    // `trailmark diff` agrees with the report, and compares any two cycles.
    let diff = json(&project.run(&["diff", "--format", "json", "."]).stdout);
    assert_eq!(&diff, changes);
    let text = project.run(&["diff", "."]).stdout;
    assert!(
        text.contains(
            "Improved: 1 touchpoint, most Map listing with opening hours 80.0 → 95.0 (+15.0)"
        ),
        "{text}"
    );
    let whole = json(
        &project
            .run(&[
                "diff", "--from", "2026-Q1", "--to", "2026-Q3", "--format", "json", ".",
            ])
            .stdout,
    );
    assert_eq!(whole["journey"]["score"]["previous"], 73.5);
    assert_eq!(whole["journey"]["score"]["current"], 70.8);
    let run = project.run(&["diff", "--from", "2025-Q4", "."]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("no recorded cycle `2025-Q4`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("2026-Q1, 2026-Q2, 2026-Q3"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_stage_added_to_a_custom_model_is_new_in_the_model() {
    let project = Project::fixture("valid-minimal");
    let site = project.read("site.toml").replace(
        "[journey]\nmodel = \"five-stage\"\n",
        "[journey]\nmodel = \"custom\"\n\n\
         [[journey.stages]]\nid = \"search\"\nname = \"Search\"\nfunnel = \"top\"\n\n\
         [[journey.stages]]\nid = \"offer\"\nname = \"Offer\"\nfunnel = \"middle\"\n\n\
         [[journey.stages]]\nid = \"conversion\"\nname = \"Conversion\"\nfunnel = \"bottom\"\n\n\
         [[journey.stages]]\nid = \"usage\"\nname = \"Usage\"\nfunnel = \"post\"\n\n\
         [[journey.stages]]\nid = \"loyalty\"\nname = \"Loyalty\"\nfunnel = \"post\"\n",
    );
    project.write("site.toml", &site);
    project.run(&["build", "."]).assert_code(0);
    project.set_cycle("2026-Q2");
    project.write(
        "site.toml",
        project.read("site.toml")
            + "\n[[journey.stages]]\nid = \"advocacy\"\nname = \"Advocacy\"\nfunnel = \"post\"\n",
    );
    project.write(
        "content/scorecards/advocacy.toml",
        "[[touchpoint]]\nid = \"review-ask\"\nname = \"Asking for a review\"\nchannel = \"email\"\n",
    );
    let run = project.run(&["check", "--format", "json", "."]);
    let report = json(&run.stdout);
    let advocacy = stage(&report["changes"], "advocacy");
    assert_eq!(advocacy["new_in_model"], true);
    assert_eq!(strings(&advocacy["added"]), ["review-ask"]);
    assert_eq!(advocacy["score"]["previous"], Value::Null);
}

/// The hrefs of a page that lead into the archive of earlier reports.
fn archive_links(page: &str) -> Vec<String> {
    page.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.contains("2026-Q"))
        .map(str::to_string)
        .collect()
}

/// Every cycle's rendered report stays in the output folder: a build of a
/// new cycle moves the report it finds there into `cycles/<its cycle>/`,
/// keeps those archived before, and the since page links to each; a
/// rebuild of the same cycle replaces only the current report; files of
/// others are kept throughout.
#[test]
fn every_cycles_report_stays_in_the_output_and_the_since_page_links_it() {
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    project.write("public/mine.txt", "mine");
    project.write("public/cycles/read-me.txt", "also mine");

    second_cycle(&project);
    project.run(&["build", "."]).assert_code(0);
    let first = json(&project.read("public/cycles/2026-Q1/report.json"));
    assert_eq!(first["cycle"], "2026-Q1");
    assert_eq!(
        json(&project.read("public/report.json"))["cycle"],
        "2026-Q2"
    );
    let first_index = project.read("public/cycles/2026-Q1/index.html");
    assert!(first_index.contains("2026-Q1"), "{first_index}");
    let since = project.read("public/since.html");
    assert_eq!(
        archive_links(&since),
        ["cycles/2026-Q1/index.html", "cycles/2026-Q1/index.html"],
        "the previous cycle's report, and the list of earlier reports"
    );
    assert!(since.contains("The 2026-Q1 report"), "{since}");

    // Rebuilding the cycle replaces the current report only.
    project.run(&["build", "."]).assert_code(0);
    assert_eq!(
        project.read("public/cycles/2026-Q1/index.html"),
        first_index
    );
    assert!(!project.path("public/cycles/2026-Q2").exists());

    third_cycle(&project);
    project.run(&["build", "."]).assert_code(0);
    assert_eq!(
        project.read("public/cycles/2026-Q1/index.html"),
        first_index
    );
    assert_eq!(
        json(&project.read("public/cycles/2026-Q2/report.json"))["cycle"],
        "2026-Q2"
    );
    assert_eq!(
        json(&project.read("public/report.json"))["cycle"],
        "2026-Q3"
    );
    let since = project.read("public/since.html");
    assert_eq!(
        archive_links(&since),
        [
            "cycles/2026-Q2/index.html",
            "cycles/2026-Q1/index.html",
            "cycles/2026-Q2/index.html"
        ]
    );
    // The archived since page still leads to the report before it.
    let archived_since = project.read("public/cycles/2026-Q2/since.html");
    let links = archive_links(&archived_since);
    assert_eq!(links, ["../2026-Q1/index.html", "../2026-Q1/index.html"]);
    for link in links {
        assert!(project.path("public/cycles/2026-Q2").join(link).is_file());
    }
    assert_eq!(project.read("public/mine.txt"), "mine");
    assert_eq!(project.read("public/cycles/read-me.txt"), "also mine");
    let manifest = project.read("public/.trailmark-manifest");
    assert!(
        manifest.contains("cycles/2026-Q1/index.html\n"),
        "{manifest}"
    );
    assert!(!manifest.contains("read-me"), "{manifest}");
    assert_eq!(common::leftovers(&project.root), Vec::<String>::new());
}

/// The demo audit, one cycle on: the consultant marks the buy-vs-lease
/// calculator done and search ads' relevance rises from 2 to 4. With the
/// demo's weights (relevance counts double) search ads scored
/// (5 + 2×2 + 4 + 3) / 5 = 3.2 of 5 = 64.0 and now (5 + 2×4 + 4 + 3) / 5 =
/// 4.0 of 5 = 80.0. The since page, the overview and `trailmark diff` all
/// follow the action up with that change, in the catalogue's words.
#[test]
fn the_demo_follows_up_a_done_action_with_the_change_at_its_touchpoint() {
    let project = Project::demo();
    project.run(&["build", "."]).assert_code(0);
    let scorecard = "content/scorecards/awareness.toml";
    let text = project.read(scorecard);
    let action = "Landing page with a buy-vs-lease calculator";
    let planned = "status = \"planned\", due = \"2027-Q1\" }";
    assert!(text.contains(action) && text.contains(planned), "{text}");
    let text = text
        .replacen(planned, "status = \"done\", due = \"2027-Q1\" }", 1)
        .replacen(
            "presence = 5\nrelevance = 2\n",
            "presence = 5\nrelevance = 4\n",
            1,
        );
    project.write(scorecard, text);
    project.set_cycle("2027-Q1");
    project.run(&["build", "."]).assert_code(0);

    let english = trailmark::i18n::Language::english();
    let touchpoint = "Paid search on model names and 'car dealer' terms";
    let change = format!("{touchpoint} 64.0 → 80.0 (+16.0)");
    let overview = format!(
        "{}: {action} ({change})",
        english.count("changes-actions-done", "count", 1)
    );
    let html = |text: &str| text.replace('\'', "&#39;");
    for page in ["public/since.html", "public/index.html"] {
        let page_text = project.read(page);
        assert!(page_text.contains(&html(&overview)), "{page}: {overview}");
    }
    let since = project.read("public/since.html");
    assert!(since.contains(&english.text("changes_page_actions")));
    let item = format!(
        "<li>{action}; <a href=\"stages/awareness.html#tp-search-ads\">{}</a></li>",
        html(&change)
    );
    assert!(since.contains(&item), "{item}\n{since}");

    let diff = project.run(&["diff", "."]);
    diff.assert_code(0);
    assert!(diff.stdout.contains(&overview), "{}", diff.stdout);
    let listed = format!(
        "{} (1):\n  {action}; {change}\n",
        english.text("changes_actions_done_heading")
    );
    assert!(diff.stdout.contains(&listed), "{listed}\n{}", diff.stdout);
    let diff = json(&project.run(&["diff", ".", "--format", "json"]).stdout);
    assert_eq!(diff["from"], "2026-Q4");
    assert_eq!(diff["to"], "2027-Q1");
    let done = &diff["actions_done"][0];
    assert_eq!(done["id"], "lease-calculator");
    assert_eq!(done["touchpoint"], "search-ads");
    assert_eq!(done["score"]["previous"], 64.0);
    assert_eq!(done["score"]["current"], 80.0);
    assert_eq!(
        json(&project.read("public/report.json"))["changes"]["actions_done"],
        diff["actions_done"]
    );
}
