//! `trailmark init` through the real binary: every model in every language
//! gives a project that builds at once with no diagnostic, uses the 0.2
//! keys, and an existing project is never overwritten.

mod common;

use std::fs;
use std::path::Path;

use common::{json, run_in};

const MODELS: [&str; 4] = ["seven-stage", "five-stage", "classic", "custom"];

/// Stage ids per model, in order (the custom model has four of its own).
fn stages(model: &str) -> &'static [&'static str] {
    match model {
        "seven-stage" => &[
            "awareness",
            "consideration",
            "decision",
            "purchase",
            "experience",
            "loyalty",
            "advocacy",
        ],
        "five-stage" => &["search", "offer", "conversion", "usage", "loyalty"],
        "classic" => &[
            "awareness",
            "consideration",
            "evaluation",
            "purchase",
            "post-purchase",
        ],
        _ => &["awareness", "consideration", "purchase", "loyalty"],
    }
}

fn init(tmp: &Path, name: &str, model: &str, language: &str) {
    run_in(
        tmp,
        &[
            "init",
            name,
            "--client",
            "Fjeld & \"Fjord\" A/S",
            "--model",
            model,
            "--language",
            language,
        ],
    )
    .assert_code(0);
}

#[track_caller]
fn assert_builds_cleanly(project: &Path, model: &str, language: &str) {
    let run = run_in(project, &["build"]);
    run.assert_code(0);
    assert_eq!(run.stderr, "", "{model}/{language}: no diagnostic at all");
    let report = json(&fs::read_to_string(project.join("public/report.json")).expect("report"));
    assert_eq!(report["client"], "Fjeld & \"Fjord\" A/S");
    let ids: Vec<&str> = report["stages"]
        .as_array()
        .expect("stages")
        .iter()
        .map(|stage| stage["id"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(ids, stages(model), "{model}/{language}");
    for stage in report["stages"].as_array().expect("stages") {
        assert_eq!(
            stage["touchpoints"].as_array().map(Vec::len),
            Some(1),
            "one example touchpoint per stage: {stage}"
        );
    }
    for touchpoint in report["touchpoints"].as_array().expect("touchpoints") {
        assert!(touchpoint["score"].is_number(), "scored: {touchpoint}");
    }
}

#[test]
fn every_model_in_every_report_language_builds_at_once() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    for language in ["en", "da", "sv", "nb"] {
        for model in MODELS {
            let name = format!("{language}-{model}");
            init(tmp.path(), &name, model, language);
            let project = tmp.path().join(&name);
            let site = fs::read_to_string(project.join("site.toml")).expect("site.toml");
            assert!(site.contains(&format!("language = \"{language}\"")));
            assert_builds_cleanly(&project, model, language);
        }
    }
}

#[test]
fn norwegian_projects_are_written_in_norwegian() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    init(tmp.path(), "audit", "seven-stage", "nb");
    let site = fs::read_to_string(tmp.path().join("audit/site.toml")).expect("site.toml");
    assert!(site.contains("gjennomgang av kundereisen"), "{site}");
}

#[test]
fn the_example_touchpoints_use_format_0_2() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    init(tmp.path(), "audit", "seven-stage", "sv");
    let project = tmp.path().join("audit");
    let scorecard =
        fs::read_to_string(project.join("content/scorecards/awareness.toml")).expect("scorecard");
    assert!(scorecard.contains("emotion  = { elin = "), "{scorecard}");
    assert!(scorecard.contains("[[touchpoint.opportunities]]"));
    assert!(scorecard.contains("[[touchpoint.pain_points]]"));
    assert!(project.join("content/personas/elin.md").is_file());
    assert!(
        project
            .join("content/research/first-interviews.md")
            .is_file()
    );
    assert!(project.join("content/_index.md").is_file());
    let run = run_in(&project, &["check", "--format", "json"]);
    let report = json(&run.stdout);
    let touchpoint = &report["touchpoints"][0];
    let opportunity = &touchpoint["opportunities"][0];
    assert_eq!(opportunity["impact"], "high");
    assert_eq!(opportunity["status"], "open");
    assert!(opportunity["owner"].as_str().is_some_and(|o| !o.is_empty()));
    assert!(touchpoint["emotions"]["elin"].is_number(), "{touchpoint}");
}

#[test]
fn an_existing_project_is_refused_and_left_as_it_was() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    init(tmp.path(), "audit", "classic", "da");
    let site = tmp.path().join("audit/site.toml");
    fs::write(&site, "title = \"mine\"\n").expect("write");
    let before = common::tree(tmp.path());
    let run = run_in(tmp.path(), &["init", "audit", "--client", "Other"]);
    run.assert_code(2);
    assert!(run.stderr.contains("audit/site.toml"), "{}", run.stderr);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    assert_eq!(common::tree(tmp.path()), before, "nothing written");

    // A folder without site.toml but with one of the files init writes is
    // refused too, naming that file.
    let other = tmp.path().join("other");
    fs::create_dir_all(other.join("content")).expect("mkdir");
    fs::write(other.join("content/_index.md"), "mine").expect("write");
    let run = run_in(tmp.path(), &["init", "other", "--client", "Other"]);
    run.assert_code(2);
    assert!(run.stderr.contains("_index.md"), "{}", run.stderr);
    assert!(!other.join("site.toml").exists());
}
