//! Cycles: `build` keeps each cycle's report in history/, and the next
//! cycle compares itself with the latest earlier one.

mod common;

use common::{Project, json};

fn set_cycle(project: &Project, cycle: &str) {
    let site = project.read("site.toml");
    let site: Vec<String> = site
        .lines()
        .map(|line| {
            if line.starts_with("cycle") {
                format!("cycle = \"{cycle}\"")
            } else {
                line.to_string()
            }
        })
        .collect();
    project.write("site.toml", site.join("\n") + "\n");
}

#[test]
fn build_keeps_the_cycle_snapshot_equal_to_report_json() {
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    let report = project.read("public/report.json");
    let cycle = json(&report)["cycle"].as_str().expect("cycle").to_string();
    assert_eq!(project.read(&format!("history/{cycle}.json")), report);
    // Rebuilding in the same cycle replaces its own snapshot and compares
    // with nothing: the same cycle is not its own previous one.
    project.run(&["build", "."]).assert_code(0);
    assert_eq!(
        json(&project.read("public/report.json"))["previous_cycle"],
        serde_json::Value::Null
    );
}

#[test]
fn the_next_cycle_compares_with_the_latest_earlier_one_and_finds_drops() {
    let project = Project::demo();
    set_cycle(&project, "2026-Q3");
    project.run(&["build", "."]).assert_code(0);

    // Q4: the radio spot's relevance fell from 1 to 0.
    set_cycle(&project, "2026-Q4");
    let card = project.read("content/scorecards/awareness.toml");
    let card = card.replacen("relevance = 1\n", "relevance = 0\n", 1);
    project.write("content/scorecards/awareness.toml", card);
    // A later cycle's snapshot must not be taken for the previous one.
    project.write("history/2027-Q1.json", project.read("history/2026-Q3.json"));

    let run = project.run(&["check", "--format", "json", "."]);
    let report = json(&run.stdout);
    assert_eq!(report["previous_cycle"], "2026-Q3");
    assert_eq!(report["stages"][0]["previous_score"], 55.2);
    assert_eq!(report["stages"][0]["score"], 53.6);

    // The overview says how the scores moved.
    project.run(&["build", "."]).assert_code(0);
    let index = project.read("public/index.html");
    assert!(
        index.contains("▼ −1.6 points since 2026-Q3"),
        "awareness fell by 1.6"
    );
    assert!(
        index.contains("= 0.0 points since 2026-Q3"),
        "unchanged stages say so"
    );
    let regressions: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "score-regression")
        .map(|f| f["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        regressions,
        [
            "score-regression@awareness",
            "score-regression@awareness/radio-spot"
        ],
        "{}",
        run.stdout
    );
}

#[test]
fn a_broken_snapshot_is_an_input_error_with_its_line() {
    let project = Project::fixture("valid-minimal");
    project.write(
        "history/2000-Q1.json",
        "{\n  \"schema_version\": 1,\n  oops\n}\n",
    );
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("history/2000-Q1.json:3:"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("oops"), "{}", run.stderr);
}

#[test]
fn a_file_in_history_that_trailmark_did_not_write_is_never_replaced() {
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    let cycle = json(&project.read("public/report.json"))["cycle"]
        .as_str()
        .expect("cycle")
        .to_string();
    let mine = format!("history/{cycle}.json");
    project.write(&mine, "my own notes\n");
    let before = project.read("public/report.json");
    project.write("content/extra.md", "# A new note\n");
    let run = project.run(&["build", "."]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("not a Trailmark snapshot"),
        "{}",
        run.stderr
    );
    assert_eq!(project.read(&mine), "my own notes\n");
    // Refused before anything was written: the previous report stands.
    assert_eq!(project.read("public/report.json"), before);
    assert!(!project.path("public/notes/extra.html").exists());
}

#[test]
fn a_snapshot_with_only_the_documented_keys_loads_and_its_file_names_the_cycle() {
    let project = Project::fixture("valid-minimal");
    let report = json(&project.run(&["check", "--format", "json", "."]).stdout);
    let stage = report["stages"][0]["id"]
        .as_str()
        .expect("stage id")
        .to_string();
    project.write(
        "history/2025-Q4.json",
        format!(
            "{{\"schema_version\": 1, \"cycle\": \"something else\", \"score\": 99.0,\n\
             \"stages\": [{{\"id\": \"{stage}\", \"score\": 100.0}}], \"future_key\": true}}\n"
        ),
    );
    let report = json(&project.run(&["check", "--format", "json", "."]).stdout);
    assert_eq!(report["previous_cycle"], "2025-Q4");
    assert_eq!(report["previous_score"], 99.0);
    assert!(
        report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["id"] == format!("score-regression@{stage}")),
        "{report}"
    );
}

#[test]
fn history_that_is_not_a_folder_is_an_input_error() {
    let project = Project::fixture("valid-minimal");
    project.write("history", "not a folder\n");
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("history: cannot read"),
        "{}",
        run.stderr
    );
    assert_eq!(project.read("history"), "not a folder\n");
}
