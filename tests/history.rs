//! Cycles: `build` keeps each cycle's report in history/, and the next
//! cycle compares itself with the latest earlier one.

mod common;

use common::{Project, json};

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
    project.set_cycle("2026-Q3");
    project.run(&["build", "."]).assert_code(0);

    // Q4: the radio spot's relevance fell from 1 to 0.
    project.set_cycle("2026-Q4");
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
    let touchpoint = report["stages"][0]["touchpoints"][0]
        .as_str()
        .expect("touchpoint id")
        .to_string();
    project.write(
        "history/2025-Q4.json",
        format!(
            "{{\"schema_version\": 1, \"cycle\": \"something else\", \"score\": 99.0,\n\
             \"stages\": [{{\"id\": \"{stage}\", \"score\": 100.0}}],\n\
             \"touchpoints\": [{{\"id\": \"{touchpoint}\", \"stage\": \"{stage}\", \"score\": 100.0}}],\n\
             \"future_key\": true}}\n"
        ),
    );
    let report = json(&project.run(&["check", "--format", "json", "."]).stdout);
    assert_eq!(report["previous_cycle"], "2025-Q4");
    assert_eq!(report["previous_score"], 99.0);
    let ids: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["id"].as_str())
        .collect();
    // The touchpoint fell from 100, and with it the stage like for like.
    assert!(
        ids.contains(&format!("score-regression@{stage}").as_str()),
        "{report}"
    );
    assert!(
        ids.contains(&format!("score-regression@{stage}/{touchpoint}").as_str()),
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

/// The demo with the 0.1 snapshot of 2026-Q3 it ships.
fn demo_with_history() -> Project {
    let project = Project::demo();
    common::copy_dir(
        &common::repo_root().join("history"),
        &project.path("history"),
    );
    project
}

#[test]
fn the_shipped_snapshot_of_version_0_1_stays_readable() {
    let project = demo_with_history();
    let report = json(&project.run(&["check", "--format", "json", "."]).stdout);
    assert_eq!(report["previous_cycle"], "2026-Q3");
    assert_eq!(report["previous_score"], 54.2);
    let first = &report["trend"][0];
    assert_eq!(first["cycle"], "2026-Q3");
    assert_eq!(first["score"], 54.2);
    assert_eq!(first["stages"][1]["score"], 66.4);
    // 30 findings in 2026-Q3, one accepted by a waiver.
    assert_eq!(first["open"]["error"], 1);
    assert_eq!(first["open"]["warning"], 26);
    assert_eq!(first["open"]["info"], 2);
    assert_eq!(report["trend"][1]["cycle"], "2026-Q4");
}

#[test]
fn the_trend_spans_every_recorded_cycle_and_no_record_writes_none() {
    let project = demo_with_history();
    project.run(&["build", "."]).assert_code(0);
    project.set_cycle("2027-Q1");
    project.run(&["build", "."]).assert_code(0);
    project.set_cycle("2027-Q2");
    let run = project.run(&["build", "--no-record", "."]);
    run.assert_code(0);
    assert!(!project.path("history/2027-Q2.json").exists());
    assert!(!run.stdout.contains("snapshot"), "{}", run.stdout);
    let report = json(&project.read("public/report.json"));
    assert_eq!(report["previous_cycle"], "2027-Q1");
    let cycles: Vec<&str> = report["trend"]
        .as_array()
        .expect("trend")
        .iter()
        .map(|point| point["cycle"].as_str().expect("cycle"))
        .collect();
    assert_eq!(cycles, ["2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2"]);
}

#[test]
fn an_unreadable_older_snapshot_is_an_input_error_naming_it() {
    let project = demo_with_history();
    // Not the previous cycle, but the trend reads it too.
    project.write(
        "history/2025-Q1.json",
        "{\"schema_version\": 1, \"score\": \"high\"}\n",
    );
    let run = project.run(&["build", "."]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("history/2025-Q1.json"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("not a Trailmark snapshot"),
        "{}",
        run.stderr
    );
    assert!(!project.path("public").exists());
}

#[test]
fn a_cycle_label_sorting_before_the_recorded_ones_is_said() {
    let project = demo_with_history();
    project.run(&["build", "."]).assert_code(0);
    project.set_cycle("2026-Q1");
    let run = project.run(&["build", "."]);
    run.assert_code(0);
    assert!(
        run.stderr
            .contains("cycle `2026-Q1` sorts before the recorded cycles 2026-Q3, 2026-Q4"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("has no earlier cycle to compare with"),
        "{}",
        run.stderr
    );
    let report = json(&project.read("public/report.json"));
    assert_eq!(report["previous_cycle"], serde_json::Value::Null);
    assert_eq!(report["trend"].as_array().expect("trend").len(), 1);
}

/// Adds `previous_id = "<value>"` under the touchpoint `id` in a scorecard.
fn set_previous_id(project: &Project, card: &str, id: &str, value: &str) {
    let path = format!("content/scorecards/{card}.toml");
    let text = project.read(&path);
    let line = format!("id       = \"{id}\"\n");
    assert!(text.contains(&line), "{id} in {card}");
    project.write(
        &path,
        text.replacen(&line, &format!("{line}previous_id = \"{value}\"\n"), 1),
    );
}

#[test]
fn previous_id_must_be_a_free_id_claimed_once() {
    let project = Project::fixture("valid-minimal");
    set_previous_id(&project, "search", "map-listing", "Old Listing");
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    assert!(
        run.stderr
            .contains("previous id `Old Listing` is not a valid id"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("search.toml:3:"), "{}", run.stderr);

    let project = Project::fixture("valid-minimal");
    set_previous_id(&project, "search", "map-listing", "counter");
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    assert!(
        run.stderr
            .contains("`previous_id = \"counter\"` is the id of another touchpoint"),
        "{}",
        run.stderr
    );

    let project = Project::fixture("valid-minimal");
    set_previous_id(&project, "search", "map-listing", "old-listing");
    set_previous_id(&project, "offer", "cake-page", "old-listing");
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    assert!(
        run.stderr
            .contains("two touchpoints have `previous_id = \"old-listing\"`"),
        "{}",
        run.stderr
    );
}

/// A snapshot larger than the 16 MiB any other input may have (a report
/// of some twenty thousand touchpoints) is still read by the next cycle:
/// what Trailmark keeps, it reads back.
#[test]
fn a_snapshot_over_the_input_file_limit_is_read_by_the_next_cycle() {
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    let cycle = json(&project.read("public/report.json"))["cycle"]
        .as_str()
        .expect("cycle")
        .to_string();
    let snapshot = project.read(&format!("history/{cycle}.json"));
    // The same report, as large as a big audit's: JSON allows the spaces.
    let padded = format!("{snapshot}{}", " ".repeat(20 * 1024 * 1024));
    std::fs::remove_file(project.path(&format!("history/{cycle}.json"))).expect("remove");
    project.write("history/2000-Q1.json", padded);

    project.run(&["build", "."]).assert_code(0);
    assert_eq!(
        json(&project.read("public/report.json"))["previous_cycle"],
        "2000-Q1"
    );
}

/// Scores in a snapshot are numbers from 0 to 100: anything else is an
/// input error naming the snapshot, never "dropped from inf" in a report.
#[test]
fn a_snapshot_with_impossible_scores_is_an_input_error_naming_it() {
    for bad in ["1e308", "-5", "100.5"] {
        let project = Project::fixture("valid-minimal");
        project.run(&["build", "."]).assert_code(0);
        let cycle = json(&project.read("public/report.json"))["cycle"]
            .as_str()
            .expect("cycle")
            .to_string();
        let mut snapshot = json(&project.read(&format!("history/{cycle}.json")));
        snapshot["stages"][0]["score"] = json(bad);
        std::fs::remove_file(project.path(&format!("history/{cycle}.json"))).expect("remove");
        project.write("history/2000-Q1.json", snapshot.to_string());
        let run = project.run(&["check", "."]);
        run.assert_code(2);
        assert!(
            run.stderr.contains("history/2000-Q1.json"),
            "{bad}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("not a number from 0 to 100"),
            "{}",
            run.stderr
        );
        for shown in ["inf", "NaN"] {
            assert!(!run.stderr.contains(shown), "{}", run.stderr);
        }
    }
}
