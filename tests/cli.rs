//! The command line, run as a user runs it: the real binary on copies of
//! the fixture projects under tests/fixtures/ and of the demo audit.
//!
//! Invalid input must exit 2, name the file with line and column, show the
//! offending line, report every problem of the run, and write nothing.

mod common;

use common::{Project, RULE_IDS, json, run_in};

/// One invalid fixture and what its diagnostic must say.
struct Invalid {
    fixture: &'static str,
    /// `file:line:column` as printed when the command runs in the project
    /// folder with DIR `.`; a file alone for problems with the whole file.
    location: &'static str,
    /// The offending line as shown under the location ("" for none).
    line: &'static str,
    /// A part of the message.
    message: &'static str,
}

const INVALID: &[Invalid] = &[
    Invalid {
        fixture: "toml-syntax-error",
        location: "content/scorecards/search.toml:7:19",
        line: "[touchpoint.scores",
        message: "expected `]`",
    },
    Invalid {
        fixture: "unknown-stage-file",
        location: "content/scorecards/nope.toml",
        line: "",
        message: "scorecard for unknown stage `nope`",
    },
    Invalid {
        fixture: "duplicate-touchpoint-id",
        location: "content/scorecards/offer.toml:3:11",
        line: "id      = \"search-ads\"",
        message: "duplicate touchpoint id `search-ads`",
    },
    Invalid {
        fixture: "score-out-of-range",
        location: "content/scorecards/search.toml:10:13",
        line: "relevance = 7",
        message: "score 7 is out of range",
    },
    Invalid {
        fixture: "unknown-persona",
        location: "content/scorecards/search.toml:6:13",
        line: "personas = [\"mete\"]",
        message: "unknown persona `mete`",
    },
    Invalid {
        fixture: "missing-required-key-client",
        location: "site.toml:1:1",
        line: "title  = \"Fixture audit\"",
        message: "missing field `client`",
    },
    Invalid {
        fixture: "missing-required-key-name",
        location: "content/scorecards/search.toml:1:1",
        line: "[[touchpoint]]",
        message: "missing field `name`",
    },
    Invalid {
        fixture: "unterminated-front-matter",
        location: "content/stages/search.md:1:1",
        line: "+++",
        message: "front matter is not closed",
    },
    Invalid {
        fixture: "non-utf8",
        location: "content/research/interview.md:2:30",
        line: "title = \"Interview at the caf",
        message: "not valid UTF-8",
    },
    Invalid {
        fixture: "bad-enum-value",
        location: "content/scorecards/search.toml:5:12",
        line: "owner    = \"rented\"",
        message: "unknown value `rented`",
    },
    Invalid {
        fixture: "unknown-channel-without-mode",
        location: "content/scorecards/search.toml:4:12",
        line: "channel  = \"carrier-pigeon\"",
        message: "channel `carrier-pigeon` is not in the vocabulary, so it needs a `mode`",
    },
    Invalid {
        fixture: "unknown-front-matter-key",
        location: "content/stages/search.md:3:1",
        line: "touchpionts = [\"search-ads\"]",
        message: "unknown key `touchpionts`",
    },
    Invalid {
        fixture: "unknown-rule",
        location: "site.toml:9:1",
        line: "\"emtpy-stage\" = \"off\"",
        message: "unknown rule `emtpy-stage`",
    },
    Invalid {
        fixture: "waiver-unknown-touchpoint",
        location: "site.toml:10:14",
        line: "touchpoint = \"radio-spot\"",
        message: "unknown touchpoint `radio-spot`",
    },
    Invalid {
        fixture: "stage-key-mismatch",
        location: "content/scorecards/search.toml:1:9",
        line: "stage = \"offer\"",
        message: "disagrees with the file name",
    },
    Invalid {
        fixture: "emotion-out-of-range",
        location: "content/scorecards/search.toml:6:12",
        line: "emotion  = 3",
        message: "emotion 3 is out of range",
    },
    Invalid {
        fixture: "bad-date",
        location: "content/scorecards/search.toml:6:12",
        line: "reviewed = \"2026-02-30\"",
        message: "expected a date",
    },
    Invalid {
        fixture: "bad-date-front-matter",
        location: "content/research/interview.md:4:8",
        line: "date = \"last Tuesday\"",
        message: "expected a date",
    },
];

#[track_caller]
fn assert_invalid(case: &Invalid, command: &str) {
    let project = Project::fixture(case.fixture);
    let before = project.everything();
    let run = project.run(&[command, "."]);
    let context = format!("{} ({command})\n--- stderr\n{}", case.fixture, run.stderr);
    assert_eq!(run.code, Some(2), "exit code of {context}");
    assert!(run.stderr.contains(case.location), "location in {context}");
    assert!(run.stderr.contains(case.message), "message in {context}");
    if !case.line.is_empty() {
        let shown = run
            .stderr
            .lines()
            .any(|line| line.contains('│') && line.contains(case.line));
        assert!(shown, "the offending line `{}` in {context}", case.line);
    }
    assert!(
        run.stderr.contains("nothing was written"),
        "says nothing was written: {context}"
    );
    assert!(!project.path("public").exists(), "no output: {context}");
    assert_eq!(
        project.everything(),
        before,
        "the folder changed: {context}"
    );
}

#[test]
fn every_invalid_fixture_exits_2_with_file_line_and_column_and_writes_nothing() {
    for case in INVALID {
        assert_invalid(case, "build");
    }
}

#[test]
fn check_reports_invalid_fixtures_the_same_way() {
    for case in INVALID {
        assert_invalid(case, "check");
    }
}

#[test]
fn the_non_utf8_fixture_really_is_not_utf8() {
    // Guards the fixture against an editor "fixing" its encoding.
    let bytes = std::fs::read(common::fixture_path(
        "non-utf8/content/research/interview.md",
    ))
    .expect("read the fixture");
    assert!(String::from_utf8(bytes).is_err());
}

#[test]
fn invalid_bytes_written_by_the_test_are_reported_too() {
    // The same check without relying on how the repository stores bytes.
    let project = Project::fixture("valid-minimal");
    project.write(
        "content/stages/offer.md",
        b"+++\ntitle = \"Offer\"\n+++\n\nPrices in \xff\xfe kroner.\n",
    );
    let run = project.run(&["build", "."]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("content/stages/offer.md:5:11"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("not valid UTF-8"), "{}", run.stderr);
    assert!(!project.path("public").exists());
}

#[test]
fn all_problems_of_one_run_are_reported() {
    let project = Project::fixture("two-errors-two-files");
    let run = project.run(&["build", "."]);
    run.assert_code(2);
    for expected in [
        "content/scorecards/search.toml:10:13",
        "score 9 is out of range",
        "content/scorecards/offer.toml:5:11",
        "unknown value `ours`",
        "2 problems in the input",
    ] {
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
    }
    assert!(!project.path("public").exists());
}

#[test]
fn problems_across_notes_scorecards_and_references_are_all_reported() {
    // Five independent problems in five places, in one run.
    let project = Project::fixture("valid-minimal");
    let edit = |file: &str, from: &str, to: &str| {
        let text = project.read(file);
        assert!(text.contains(from), "{file} holds {from}");
        project.write(file, text.replacen(from, to, 1));
    };
    edit(
        "content/scorecards/search.toml",
        "emotion  = 1",
        "emotion  = -5",
    );
    edit(
        "content/scorecards/offer.toml",
        "personas = [\"olga\"]",
        "personas = [\"oga\"]",
    );
    edit(
        "content/scorecards/usage.toml",
        "owner    = \"owned\"",
        "owner    = \"mine\"",
    );
    edit(
        "content/research/interview-olga.md",
        "method = \"interview\"",
        "method = \"chat\"",
    );
    edit("content/stages/search.md", "title =", "titel =");
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    for expected in [
        "content/scorecards/search.toml:7:12",
        "content/scorecards/offer.toml:7:13",
        "content/scorecards/usage.toml:5:12",
        "content/research/interview-olga.md:3:10",
        "content/stages/search.md:2:1",
    ] {
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
    }
}

#[test]
fn a_note_that_fails_to_parse_is_not_also_reported_as_unknown() {
    let project = Project::fixture("valid-minimal");
    let note = project.read("content/stages/search.md");
    project.write(
        "content/stages/search.md",
        note.replacen("title =", "titel =", 1),
    );
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("content/stages/search.md:2:1"),
        "{}",
        run.stderr
    );
    // search.toml links the note with `notes = "stages/search.md"`; the file
    // is there, so the one problem is the typo, not a missing note.
    assert!(!run.stderr.contains("unknown note"), "{}", run.stderr);
    assert!(
        run.stderr.contains("1 problem in the input"),
        "{}",
        run.stderr
    );
}

#[test]
fn file_names_are_shown_as_the_user_named_the_folder() {
    let project = Project::fixture("score-out-of-range");
    let run = run_in(project.tmp.path(), &["check", "project"]);
    run.assert_code(2);
    assert!(
        run.stderr
            .contains("project/content/scorecards/search.toml:10:13"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_folder_without_site_toml_exits_2_naming_it() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let run = run_in(tmp.path(), &["build", "missing-project"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("missing-project/site.toml"),
        "{}",
        run.stderr
    );
    assert!(!tmp.path().join("missing-project").exists());
}

#[test]
fn valid_fixture_checks_and_builds_with_exit_0() {
    let project = Project::fixture("valid-minimal");
    let check = project.run(&["check", "."]);
    check.assert_code(0);
    assert!(check.stdout.contains("0 errors"), "{}", check.stdout);
    assert!(
        !project.path("public").exists(),
        "check does not write the site"
    );

    let build = project.run(&["build", "."]);
    build.assert_code(0);
    assert!(project.path("public/index.html").is_file());
    let report = json(&project.read("public/report.json"));
    assert_eq!(report["client"], "Bakery Brænd");
    assert_eq!(report["cycle"], "2026-Q1");
    let stages: Vec<&str> = report["stages"]
        .as_array()
        .expect("stages")
        .iter()
        .map(|stage| stage["id"].as_str().expect("stage id"))
        .collect();
    assert_eq!(
        stages,
        ["search", "offer", "conversion", "usage", "loyalty"]
    );
    assert_eq!(
        report["touchpoints"].as_array().expect("touchpoints").len(),
        10
    );
}

/// The valid fixture with its loyalty scorecard removed, so the loyalty
/// stage is empty and empty-stage fires once; every other rule is off, so
/// that finding is the only one, at `level`.
fn one_empty_stage(level: &str) -> Project {
    let project = Project::fixture("valid-minimal");
    std::fs::remove_file(project.path("content/scorecards/loyalty.toml"))
        .expect("remove the loyalty scorecard");
    project.only_rule("empty-stage", level);
    project
}

#[test]
fn fail_on_compares_the_worst_open_finding_with_the_level() {
    let order = ["info", "warning", "error"];
    for (finding_rank, finding) in order.iter().enumerate() {
        let project = one_empty_stage(finding);
        for (level_rank, level) in order.iter().enumerate() {
            let expected = if finding_rank >= level_rank { 1 } else { 0 };
            let run = project.run(&["check", ".", "--fail-on", level]);
            assert_eq!(
                run.code,
                Some(expected),
                "check --fail-on {level} with a {finding} finding\n{}{}",
                run.stdout,
                run.stderr
            );
            let run = project.run(&["build", ".", "--fail-on", level]);
            assert_eq!(
                run.code,
                Some(expected),
                "build --fail-on {level} with a {finding} finding\n{}{}",
                run.stdout,
                run.stderr
            );
            assert!(
                project.path("public/report.json").is_file(),
                "build writes the report even when it exits 1"
            );
        }
        // check defaults to --fail-on error; build fails on nothing by default.
        let default = if *finding == "error" { 1 } else { 0 };
        project.run(&["check", "."]).assert_code(default);
        project.run(&["build", "."]).assert_code(0);
    }
}

#[test]
fn a_rule_turned_off_produces_no_finding() {
    let project = one_empty_stage("off");
    let run = project.run(&["check", ".", "--fail-on", "info", "--format", "json"]);
    run.assert_code(0);
    let report = json(&run.stdout);
    assert_eq!(report["findings"], serde_json::json!([]));
}

#[test]
fn an_accepted_finding_never_reaches_fail_on() {
    let project = one_empty_stage("error");
    let site = project.read("site.toml");
    project.write(
        "site.toml",
        format!(
            "{site}\n[[waiver]]\nrule = \"empty-stage\"\nstage = \"loyalty\"\nreason = \"No loyalty programme this year\"\n"
        ),
    );
    let run = project.run(&["check", ".", "--fail-on", "info", "--format", "json"]);
    run.assert_code(0);
    let report = json(&run.stdout);
    let findings = report["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 1, "{report:#}");
    assert_eq!(findings[0]["rule"], "empty-stage");
    assert_eq!(findings[0]["stage"], "loyalty");
    assert_eq!(findings[0]["accepted"], true);
    assert_eq!(findings[0]["reason"], "No loyalty programme this year");
}

#[test]
fn demo_check_exits_1_on_its_empty_stage_and_build_exits_0() {
    let project = Project::demo();
    let check = project.run(&["check", "."]);
    check.assert_code(1);
    assert!(check.stdout.contains("empty-stage"), "{}", check.stdout);
    assert!(check.stdout.contains("Advocacy"), "{}", check.stdout);
    assert!(!project.path("public").exists());

    project.run(&["build", "."]).assert_code(0);
    assert!(project.path("public/index.html").is_file());
    assert!(project.path("public/report.json").is_file());
    project
        .run(&["build", ".", "--fail-on", "error"])
        .assert_code(1);
}

#[test]
fn demo_with_empty_stage_lowered_to_a_warning_passes_fail_on_error() {
    let project = Project::demo();
    project.set_rules(&[("empty-stage", "warning")]);
    project
        .run(&["check", ".", "--fail-on", "error"])
        .assert_code(0);
    project
        .run(&["check", ".", "--fail-on", "warning"])
        .assert_code(1);
    project
        .run(&["build", ".", "--fail-on", "warning"])
        .assert_code(1);
    let report = json(&project.run(&["check", ".", "--format", "json"]).stdout);
    let finding = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|finding| finding["id"] == "empty-stage@advocacy")
        .expect("the empty-stage finding");
    assert_eq!(finding["severity"], "warning");
}

/// Asserts the keys FORMAT.md section 6 promises.
#[track_caller]
fn assert_report_shape(report: &serde_json::Value) {
    for key in [
        "schema_version",
        "client",
        "cycle",
        "score",
        "stages",
        "touchpoints",
        "findings",
        "recommendations",
        "previous_cycle",
    ] {
        assert!(report.get(key).is_some(), "report.json lacks `{key}`");
    }
    assert_eq!(report["schema_version"], 1);
    assert!(report["score"].is_number());
    let keys = |list: &serde_json::Value, name: &str, keys: &[&str]| {
        let items = list
            .as_array()
            .unwrap_or_else(|| panic!("{name} is a list"));
        for item in items {
            for key in keys {
                assert!(
                    item.get(key).is_some(),
                    "an entry of {name} lacks `{key}`: {item}"
                );
            }
        }
        items.len()
    };
    keys(
        &report["stages"],
        "stages",
        &["id", "name", "funnel", "score", "touchpoints"],
    );
    keys(
        &report["touchpoints"],
        "touchpoints",
        &["id", "stage", "score"],
    );
    keys(
        &report["findings"],
        "findings",
        &[
            "id",
            "rule",
            "severity",
            "stage",
            "touchpoint",
            "persona",
            "message",
            "accepted",
        ],
    );
    keys(
        &report["recommendations"],
        "recommendations",
        &["rank", "title", "area", "rules", "stages"],
    );
    for finding in report["findings"].as_array().into_iter().flatten() {
        let severity = finding["severity"].as_str().expect("severity is a string");
        assert!(
            ["error", "warning", "info"].contains(&severity),
            "{finding}"
        );
        let rule = finding["rule"].as_str().expect("rule is a string");
        assert!(RULE_IDS.contains(&rule), "unknown rule in {finding}");
    }
    for recommendation in report["recommendations"].as_array().into_iter().flatten() {
        let area = recommendation["area"].as_str().expect("area is a string");
        assert!(
            ["content", "data", "touchpoints", "technology", "research"].contains(&area),
            "{recommendation}"
        );
    }
    // Touchpoints in stage order, and each stage lists its own.
    let stage_ids: Vec<&str> = report["stages"]
        .as_array()
        .expect("stages")
        .iter()
        .map(|stage| stage["id"].as_str().expect("id"))
        .collect();
    let listed: Vec<&str> = report["stages"]
        .as_array()
        .expect("stages")
        .iter()
        .flat_map(|stage| stage["touchpoints"].as_array().expect("list").iter())
        .map(|id| id.as_str().expect("id"))
        .collect();
    let touchpoints: Vec<&str> = report["touchpoints"]
        .as_array()
        .expect("touchpoints")
        .iter()
        .map(|tp| tp["id"].as_str().expect("id"))
        .collect();
    assert_eq!(listed, touchpoints, "touchpoints follow the stages' order");
    for tp in report["touchpoints"].as_array().expect("touchpoints") {
        let stage = tp["stage"].as_str().expect("stage");
        assert!(stage_ids.contains(&stage), "{tp}");
    }
}

#[test]
fn check_format_json_prints_the_report_object() {
    for project in [Project::demo(), Project::fixture("valid-minimal")] {
        let run = project.run(&["check", ".", "--format", "json"]);
        assert!(run.code == Some(0) || run.code == Some(1), "{run:?}");
        let report = json(&run.stdout);
        assert_report_shape(&report);
    }
    let demo = Project::demo();
    let report = json(&demo.run(&["check", ".", "--format", "json"]).stdout);
    assert_eq!(report["client"], "Nordlys Auto");
    assert_eq!(report["cycle"], "2026-Q4");
    assert_eq!(report["previous_cycle"], serde_json::Value::Null);
    let empty = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|finding| finding["id"] == "empty-stage@advocacy")
        .expect("the demo's empty-stage finding");
    assert_eq!(empty["rule"], "empty-stage");
    assert_eq!(empty["severity"], "error");
    assert_eq!(empty["stage"], "advocacy");
    assert_eq!(empty["touchpoint"], serde_json::Value::Null);
    assert_eq!(empty["accepted"], false);
    let answered = report["recommendations"]
        .as_array()
        .expect("recommendations")
        .iter()
        .any(|rec| {
            rec["rules"]
                .as_array()
                .is_some_and(|rules| rules.contains(&serde_json::json!("empty-stage")))
        });
    assert!(answered, "a recommendation answers empty-stage: {report:#}");
}

#[test]
fn check_format_json_is_the_report_json_that_build_writes() {
    let project = Project::demo();
    let printed = project.run(&["check", ".", "--format", "json"]).stdout;
    project.run(&["build", "."]).assert_code(0);
    assert_eq!(printed, project.read("public/report.json"));
}

#[test]
fn rules_lists_every_rule_of_the_rule_book() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let run = run_in(tmp.path(), &["rules"]);
    run.assert_code(0);
    let listed: Vec<&str> = run
        .stdout
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    for id in RULE_IDS {
        assert!(
            listed.contains(id),
            "`trailmark rules` lacks {id}:\n{}",
            run.stdout
        );
    }
    assert_eq!(listed.len(), RULE_IDS.len(), "{}", run.stdout);
}

#[test]
fn explain_prints_a_rules_documentation() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let run = run_in(tmp.path(), &["explain", "empty-stage"]);
    run.assert_code(0);
    for heading in [
        "empty-stage",
        "What it checks",
        "Why it matters",
        "Example",
        "How to fix",
    ] {
        assert!(run.stdout.contains(heading), "{heading}:\n{}", run.stdout);
    }
    assert!(run.stdout.contains("error"), "names the default severity");
}

#[test]
fn explain_of_an_unknown_rule_exits_2() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let run = run_in(tmp.path(), &["explain", "nope"]);
    run.assert_code(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("nope"), "{}", run.stderr);
}

/// Standard output whose reader has gone (`trailmark rules | head -1`):
/// the command ends quietly, without a panic.
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let project = Project::fixture("valid-minimal");
    for args in [
        &["rules"][..],
        &["rules", "--format", "markdown"],
        &["check", "."],
        &["completions", "bash"],
    ] {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let output = common::command_in(&project.root, args)
            .stdout(writer)
            .output()
            .expect("run");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(output.status.code(), Some(101), "{args:?}: {stderr}");
    }
}

/// Standard output on a full device is an error that says so.
#[cfg(target_os = "linux")]
#[test]
fn a_full_device_is_an_error_not_a_panic() {
    let project = Project::fixture("valid-minimal");
    for args in [&["rules"][..], &["check", "--format", "json", "."]] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("open /dev/full");
        let output = common::command_in(&project.root, args)
            .stdout(full)
            .output()
            .expect("run");
        let run = common::Run::from(output);
        run.assert_code(2);
        assert!(
            run.stderr
                .contains("error: cannot write the output: No space left on device"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    }
}
