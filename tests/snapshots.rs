//! Snapshot tests (insta) of what users read: the diagnostics of invalid
//! projects and the demo's report.json. The snapshots live in
//! tests/snapshots/ and are committed.
//!
//! When an intended change alters the output, review and accept the new
//! snapshots with
//!
//!     cargo insta review          (needs `cargo install cargo-insta`)
//!
//! or, without cargo-insta, write them all directly and read the diff:
//!
//!     INSTA_UPDATE=always cargo test --test snapshots && git diff tests/snapshots
//!
//! Each snapshot sits beside semantic asserts that say what matters, so a
//! re-bless cannot silently accept a broken output. Diagnostics are taken
//! with the project folder as the current folder and DIR `.`, so the paths
//! in them are relative and the same on every machine.

mod common;

use common::{Project, json};

fn diagnostics(fixture: &str) -> String {
    let project = Project::fixture(fixture);
    let run = project.run(&["build", "."]);
    run.assert_code(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(!project.path("public").exists());
    run.stderr
}

#[test]
fn diagnostics_toml_syntax_error() {
    let text = diagnostics("toml-syntax-error");
    assert!(text.starts_with("error: "), "{text}");
    assert!(
        text.contains("content/scorecards/search.toml:7:19"),
        "{text}"
    );
    assert!(text.contains("[touchpoint.scores"), "{text}");
    insta::assert_snapshot!("diagnostics_toml_syntax_error", text);
}

#[test]
fn diagnostics_unknown_persona() {
    let text = diagnostics("unknown-persona");
    assert!(text.contains("unknown persona `mete`"), "{text}");
    assert!(
        text.contains("content/scorecards/search.toml:6:13"),
        "{text}"
    );
    assert!(text.contains("did you mean `mette`?"), "a hint: {text}");
    insta::assert_snapshot!("diagnostics_unknown_persona", text);
}

#[test]
fn diagnostics_two_errors_in_two_files() {
    let text = diagnostics("two-errors-two-files");
    let search = text
        .find("content/scorecards/search.toml:10:13")
        .expect("the search scorecard's error");
    let offer = text
        .find("content/scorecards/offer.toml:5:11")
        .expect("the offer scorecard's error");
    assert!(search < offer, "in the model's stage order: {text}");
    assert!(text.contains("2 problems in the input"), "{text}");
    insta::assert_snapshot!("diagnostics_two_errors_in_two_files", text);
}

#[test]
fn demo_report_json() {
    let project = Project::demo();
    project.run(&["build", "."]).assert_code(0);
    let text = project.read("public/report.json");

    // What stays true whatever the rules find.
    let report = json(&text);
    assert_eq!(report["schema_version"], 1);
    assert_eq!(report["client"], "Nordlys Auto");
    assert_eq!(report["cycle"], "2026-Q4");
    let stages: Vec<&str> = report["stages"]
        .as_array()
        .expect("stages")
        .iter()
        .map(|stage| stage["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        stages,
        [
            "awareness",
            "consideration",
            "decision",
            "purchase",
            "experience",
            "loyalty",
            "advocacy"
        ]
    );
    assert_eq!(
        report["touchpoints"].as_array().expect("touchpoints").len(),
        25
    );
    let empty = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|finding| finding["id"] == "empty-stage@advocacy")
        .expect("the empty advocacy stage is a finding");
    assert_eq!(empty["severity"], "error");
    assert_eq!(empty["accepted"], false);
    for key in ["score", "recommendations", "previous_cycle"] {
        assert!(report.get(key).is_some(), "{key}");
    }
    assert!(text.ends_with("}\n"), "ends with a newline");

    insta::assert_snapshot!("demo_report_json", text);
}
