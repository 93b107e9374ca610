//! Format 0.2 (FORMAT.md section 8) through the real binary: emotion per
//! persona, pain points and opportunities as tables, the new thresholds,
//! `date`, `[brand]`, ids of any script and links between notes. Each
//! invalid case exits 2 naming the file, line and column, with a suggestion.

mod common;

use common::{Project, json};

/// The valid minimal fixture with one edit made to one file.
fn edited(file: &str, from: &str, to: &str) -> Project {
    let project = Project::fixture("valid-minimal");
    let text = project.read(file);
    assert!(text.contains(from), "{file} holds {from}");
    project.write(file, text.replacen(from, to, 1));
    project
}

/// The valid minimal fixture with `extra` appended to its search scorecard's
/// first touchpoint (before its scores table).
fn with_touchpoint_keys(extra: &str) -> Project {
    edited(
        "content/scorecards/search.toml",
        "reviewed = 2026-01-10\n",
        &format!("reviewed = 2026-01-10\n{extra}\n"),
    )
}

#[track_caller]
fn assert_input_error(project: &Project, location: &str, message: &str, help: &str) {
    let run = project.run(&["check", "."]);
    let context = format!("--- stderr\n{}", run.stderr);
    assert_eq!(run.code, Some(2), "exit code {context}");
    assert!(run.stderr.contains(location), "{location} in {context}");
    assert!(run.stderr.contains(message), "{message} in {context}");
    assert!(run.stderr.contains(help), "{help} in {context}");
}

fn report(project: &Project) -> serde_json::Value {
    let run = project.run(&["check", ".", "--format", "json", "--fail-on", "error"]);
    assert!(run.code == Some(0) || run.code == Some(1), "{}", run.stderr);
    json(&run.stdout)
}

#[test]
fn emotion_tables_pain_point_and_opportunity_tables_load_and_reach_report_json() {
    let project = edited(
        "content/scorecards/offer.toml",
        "personas = [\"olga\"]\n",
        "personas = [\"olga\"]\n\
         emotion = { olga = -2 }\n\
         pain_points = [\"Prices hidden\", { text = \"Order form fails on phones\", area = \"technology\" }]\n\n\
         [[touchpoint.opportunities]]\n\
         text = \"Fix the order form\"\n\
         id = \"order-form\"\n\
         area = \"technology\"\n\
         impact = \"high\"\n\
         effort = \"low\"\n\
         owner = \"Web team\"\n\
         status = \"planned\"\n\
         due = \"2026-Q2\"\n",
    );
    let report = report(&project);
    let cake = report["touchpoints"]
        .as_array()
        .expect("touchpoints")
        .iter()
        .find(|tp| tp["id"] == "cake-page")
        .expect("cake-page");
    assert_eq!(cake["emotion"], -2);
    assert_eq!(cake["emotions"]["olga"], -2);
    let opportunity = &cake["opportunities"][0];
    for (key, value) in [
        ("text", "Fix the order form"),
        ("id", "order-form"),
        ("area", "technology"),
        ("impact", "high"),
        ("effort", "low"),
        ("owner", "Web team"),
        ("status", "planned"),
        ("due", "2026-Q2"),
    ] {
        assert_eq!(opportunity[key], value, "{key}");
    }
    // Every finding about a touchpoint names its scorecard and line.
    for finding in report["findings"].as_array().expect("findings") {
        if finding["touchpoint"].is_string() {
            assert!(
                finding["file"]
                    .as_str()
                    .is_some_and(|f| f.starts_with("content/scorecards/"))
            );
            assert!(
                finding["line"].as_u64().is_some_and(|line| line >= 1),
                "{finding}"
            );
        }
    }
}

#[test]
fn an_unknown_key_in_an_opportunity_is_named_with_a_suggestion() {
    let project =
        with_touchpoint_keys("opportunities = [{ text = \"Post hours\", impakt = \"high\" }]");
    assert_input_error(
        &project,
        "content/scorecards/search.toml:10:41",
        "unknown key `impakt` in an opportunity",
        "did you mean `impact`?",
    );
}

#[test]
fn a_bad_impact_a_missing_text_and_a_duplicate_id_are_errors() {
    let project = with_touchpoint_keys("opportunities = [{ text = \"A\", impact = \"huge\" }]");
    assert_input_error(
        &project,
        "content/scorecards/search.toml:10:41",
        "unknown impact `huge`",
        "expected one of: low, medium, high",
    );
    let project = with_touchpoint_keys("pain_points = [{ area = \"technology\" }]");
    assert_input_error(
        &project,
        "content/scorecards/search.toml:10:16",
        "a pain point needs a `text`",
        "add text = ",
    );
    let project = with_touchpoint_keys(
        "opportunities = [{ text = \"A\", id = \"same\" }, { text = \"B\", id = \"same\" }]",
    );
    assert_input_error(
        &project,
        "content/scorecards/search.toml:10:66",
        "duplicate opportunity id `same`",
        "first used on line 10",
    );
}

#[test]
fn an_emotion_for_a_persona_the_touchpoint_does_not_serve_is_an_error() {
    let project = edited(
        "content/scorecards/offer.toml",
        "personas = [\"olga\"]\n",
        "personas = [\"olga\"]\nemotion = { olga = 1, mette = -1 }\n",
    );
    assert_input_error(
        &project,
        "content/scorecards/offer.toml:8:23",
        "`mette` is not a persona this touchpoint serves",
        "it serves: olga",
    );
    let project = edited(
        "content/scorecards/search.toml",
        "emotion  = 1",
        "emotion  = { olga = 5 }",
    );
    assert_input_error(
        &project,
        "content/scorecards/search.toml:7:21",
        "emotion 5 is out of range",
        "from -2 to 2",
    );
}

#[test]
fn new_thresholds_date_and_brand_are_checked() {
    let project = edited(
        "site.toml",
        "min_interviews = 1\n",
        "min_interviews = 1\nlow_emotion = -3\n",
    );
    assert_input_error(
        &project,
        "site.toml:19:15",
        "low_emotion -3 is out of range",
        "from -2 to 2",
    );
    let project = edited(
        "site.toml",
        "min_interviews = 1\n",
        "min_interviews = 1\nmin_emotion_coverage = 120\n",
    );
    assert_input_error(
        &project,
        "site.toml:19:24",
        "min_emotion_coverage",
        "min_emotion_coverage = 50",
    );
    let project = edited(
        "site.toml",
        "output_dir = \"public\"\n",
        "output_dir = \"public\"\ndate = \"2026-13-01\"\n",
    );
    assert_input_error(&project, "site.toml:8:8", "expected a date", "2026-09-11");
    let project = edited(
        "site.toml",
        "[journey]",
        "[brand]\nagency = \"Fjord & Co.\"\naccent = \"green\"\n\n[journey]",
    );
    assert_input_error(
        &project,
        "site.toml:11:10",
        "accent `green` is not a hex colour",
        "#0b6e4f",
    );
}

#[test]
fn a_logo_must_be_an_image_inside_the_project() {
    let brand = |logo: &str| {
        let project = edited(
            "site.toml",
            "[journey]",
            &format!("[brand]\nlogo = \"{logo}\"\naccent = \"#0B6E4F\"\n\n[journey]"),
        );
        project.write(
            "content/assets/logo.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        );
        project
    };
    let project = brand("../outside.svg");
    std::fs::write(project.tmp.path().join("outside.svg"), "<svg/>").expect("write");
    assert_input_error(
        &project,
        "site.toml:10:8",
        "is outside the project folder",
        "content/assets/",
    );
    assert_input_error(
        &brand("content/assets/nope.svg"),
        "site.toml:10:8",
        "does not exist",
        "relative to the project folder",
    );
    assert_input_error(
        &brand("content/scorecards/search.toml"),
        "site.toml:10:8",
        "is not an SVG, PNG, JPEG or WebP file",
        ".webp",
    );
    let project = brand("content/assets/logo.svg");
    project.run(&["check", "."]).assert_code(0);
}

#[test]
fn ids_of_any_script_name_ascii_files_and_a_bad_id_gets_a_suggestion() {
    let project = Project::fixture("valid-minimal");
    project.write(
        "content/personas/åke.md",
        "+++\nname = \"Åke\"\n+++\n\nRuns a café.\n",
    );
    let text = project.read("content/scorecards/offer.toml");
    project.write(
        "content/scorecards/offer.toml",
        text.replacen(
            "id       = \"cake-page\"",
            "id       = \"kakesiden-på-nett\"",
            1,
        )
        .replacen(
            "personas = [\"olga\"]",
            "personas = [\"olga\", \"åke\"]\nemotion = { \"åke\" = 2 }",
            1,
        ),
    );
    project.run(&["build", "."]).assert_code(0);
    assert!(project.path("public/personas/ake.html").is_file());
    let offer = project.read("public/stages/offer.html");
    assert!(
        offer.contains("id=\"tp-kakesiden-pa-nett\""),
        "anchor in ASCII"
    );
    assert!(offer.contains("personas/ake.html"), "persona link in ASCII");

    let bad = edited(
        "content/scorecards/offer.toml",
        "id       = \"cake-page\"",
        "id       = \"Cake Page\"",
    );
    assert_input_error(
        &bad,
        "content/scorecards/offer.toml:2:12",
        "touchpoint id `Cake Page` is not a valid id",
        "try `cake-page`",
    );
}

#[test]
fn two_ids_with_one_ascii_name_are_an_error_naming_both() {
    let project = Project::fixture("valid-minimal");
    project.write("content/personas/åse.md", "+++\nname = \"Åse\"\n+++\n");
    project.write("content/personas/ase.md", "+++\nname = \"Ase\"\n+++\n");
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    assert!(
        run.stderr
            .contains("persona ids `ase` and `åse` would share the file name or anchor `ase`"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_broken_link_between_notes_is_a_warning_or_with_broken_links_error_an_input_error() {
    let project = edited(
        "content/stages/search.md",
        "The map listing is the first thing people see.",
        "The map listing is the first thing people see.\n\nSee [Olga](../personas/olgaa.md) and ![map](../assets/map.png).",
    );
    let run = project.run(&["check", "."]);
    run.assert_code(0);
    for expected in [
        "content/stages/search.md:8:5",
        "broken link: content/personas/olgaa.md does not exist",
        "did you mean content/personas/olga.md?",
        "content/stages/search.md:8:38",
        "broken image: content/assets/map.png does not exist",
    ] {
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
    }
    let text = project.read("site.toml");
    project.write(
        "site.toml",
        format!("{text}\n[build]\nbroken_links = \"error\"\n"),
    );
    let run = project.run(&["build", "."]);
    run.assert_code(2);
    assert!(run.stderr.contains("broken link"), "{}", run.stderr);
    assert!(!project.path("public").exists());
}

#[test]
fn the_demo_leads_with_the_consultants_actions_and_keeps_the_homework_apart() {
    let project = Project::demo();
    project.run(&["build", ".", "--no-record"]).assert_code(0);
    let report = json(&project.read("public/report.json"));
    let first = &report["recommendations"][0];
    assert_eq!(
        first["title"],
        "Landing page with a buy-vs-lease calculator"
    );
    assert_eq!(
        (first["impact"].as_str(), first["effort"].as_str()),
        (Some("high"), Some("low"))
    );
    assert_eq!(first["actions"][0]["touchpoint"], "search-ads");
    assert_eq!(first["actions"][0]["id"], "lease-calculator");
    // Homework is listed for the agency and never in the client's plan.
    let homework: Vec<&str> = report["audit_quality"]
        .as_array()
        .expect("audit_quality")
        .iter()
        .filter_map(|id| id.as_str())
        .collect();
    assert!(
        homework.contains(&"thin-persona-evidence~henrik"),
        "{homework:?}"
    );
    assert!(homework.contains(&"unaddressed-pain-point@consideration/website-chat"));
    for rec in report["recommendations"]
        .as_array()
        .expect("recommendations")
    {
        for id in rec["findings"].as_array().expect("findings") {
            assert!(
                !homework.contains(&id.as_str().unwrap_or_default()),
                "{rec}"
            );
        }
        assert_ne!(
            rec["title"],
            "Add a 'next step' block linking to the EV evening and test-drive booking",
            "done actions leave the plan"
        );
    }
    // A technology pain point gives the technology area a finding.
    assert!(
        report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["area"] == "technology" && f["rule"] == "emotional-low-point")
    );
    let page = project.read("public/recommendations.html");
    let plan = page.find("id=\"actions-title\"").expect("the action plan");
    let advice = page
        .find("id=\"advice-title\"")
        .expect("further recommendations");
    let homework = page
        .find("id=\"audit-quality-title\"")
        .expect("the audit-quality list");
    assert!(plan < advice && advice < homework);
    assert!(page[plan..advice].contains("Landing page with a buy-vs-lease calculator"));
    assert!(page[homework..].contains("rests on 1 interviewed customer"));
}

/// The findings of `rule` alone on a fixture, by id.
fn findings_of(fixture: &str, rule: &str) -> Vec<(String, String)> {
    let project = Project::fixture(fixture);
    project.only_rule(rule, "warning");
    let run = project.run(&["check", ".", "--format", "json", "--fail-on", "error"]);
    run.assert_code(0);
    json(&run.stdout)["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap_or_default().to_string(),
                f["area"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn each_new_rule_fires_on_its_fixture_and_is_silent_at_its_boundary() {
    let fires: &[(&str, &[&str])] = &[
        (
            "emotional-low-point",
            &["emotional-low-point@offer/cake-page"],
        ),
        ("missing-emotion-data", &["missing-emotion-data"]),
        // A workshop about Åke does not count as an interview.
        (
            "thin-persona-evidence",
            &["thin-persona-evidence~olga", "thin-persona-evidence~åke"],
        ),
        // Olga is named by the ads in search; Åke only meets the map listing.
        (
            "untargeted-persona",
            &[
                "untargeted-persona@search~åke",
                "untargeted-persona@offer~olga",
                "untargeted-persona@offer~åke",
            ],
        ),
        // The third-party map listing is soft, but not the brand's own.
        ("no-owned-soft-content", &["no-owned-soft-content"]),
        ("stale-touchpoint", &["stale-touchpoint@offer/cake-page"]),
    ];
    for (rule, expected) in fires {
        let found = findings_of("rules-0.2-fire", rule);
        let ids: Vec<&str> = found.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(&ids, expected, "{rule} on rules-0.2-fire");
        assert!(
            findings_of("rules-0.2-boundary", rule).is_empty(),
            "{rule} is silent at its boundary"
        );
    }
    // The cake page's first pain point names technology.
    assert_eq!(
        findings_of("rules-0.2-fire", "emotional-low-point")[0].1,
        "technology"
    );
}
