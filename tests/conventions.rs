//! Output conventions of the command line, through the real binary: the
//! build summary, `--quiet` and `--verbose`, colour only when asked for or
//! on a terminal, help with examples, usage errors, "did you mean".

mod common;

use std::process::Command;

use common::{Project, run_in};

/// Runs the binary with colour variables as given (none removed by default).
fn run_with_env(project: &Project, args: &[&str], env: &[(&str, &str)]) -> common::Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_trailmark"));
    command
        .args(args)
        .current_dir(&project.root)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().expect("run the trailmark binary");
    common::Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[test]
fn build_prints_a_summary_of_pages_charts_findings_and_time() {
    let project = Project::demo();
    let run = project.run(&["build"]);
    run.assert_code(0);
    let first = run.stdout.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("Built Nordlys Auto (2026-Q4): "),
        "{first}"
    );
    let pages: usize = number_before(first, " pages");
    let html = std::fs::read_dir(project.path("public"))
        .expect("the output folder")
        .filter(|entry| {
            entry
                .as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "html"))
        })
        .count();
    assert!(
        pages >= html && html > 0,
        "{pages} pages, {html} at the top"
    );
    let charts: usize = number_before(first, " charts");
    let svgs = std::fs::read_dir(project.path("public/charts"))
        .expect("the charts folder")
        .count();
    assert_eq!(charts, svgs, "{first}");
    assert!(first.ends_with(" s"), "time taken: {first}");
    let report = common::json(&project.read("public/report.json"));
    let errors = report["counts"]["error"].as_u64().expect("error count");
    assert!(
        run.stdout.contains(&format!("Findings: {errors} error")),
        "{}",
        run.stdout
    );
}

#[test]
fn build_summary_speaks_the_report_language() {
    let project = Project::demo();
    project.set_language("da");
    let run = project.run(&["build", "--single-file"]);
    run.assert_code(0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[0].starts_with("Byggede Nordlys Auto (2026-Q4): "),
        "{}",
        run.stdout
    );
    assert!(
        lines[0].contains(" sider, ") && lines[0].contains(" diagrammer på "),
        "{}",
        lines[0]
    );
    assert!(lines[1].starts_with("Fund: "), "{}", run.stdout);
    assert!(
        lines.iter().any(|line| line.starts_with("Åbn ")),
        "{}",
        run.stdout
    );
    assert!(
        lines
            .iter()
            .any(|line| line.starts_with("Rapporten som én fil: ")),
        "{}",
        run.stdout
    );
    assert!(
        lines
            .iter()
            .any(|line| line.starts_with("Cyklussens øjebliksbillede er gemt i ")),
        "{}",
        run.stdout
    );
    for english in ["Built ", "Open ", "Wrote ", "Kept ", " pages", " charts"] {
        assert!(
            !run.stdout.contains(english),
            "{english:?} in {}",
            run.stdout
        );
    }
}

fn number_before(line: &str, word: &str) -> usize {
    let end = line
        .find(word)
        .unwrap_or_else(|| panic!("`{word}` in {line}"));
    let start = line[..end].rfind(' ').map_or(0, |i| i + 1);
    line[start..end]
        .parse()
        .unwrap_or_else(|_| panic!("a number before `{word}` in {line}"))
}

#[test]
fn quiet_build_prints_nothing_and_verbose_says_what_each_step_did() {
    let project = Project::demo();
    let quiet = project.run(&["build", "--quiet"]);
    quiet.assert_code(0);
    assert_eq!(quiet.stdout, "");
    assert_eq!(quiet.stderr, "");
    assert!(project.path("public/index.html").is_file());

    let verbose = project.run(&["--verbose", "build"]);
    verbose.assert_code(0);
    assert!(
        verbose.stderr.contains("read and audited the project in"),
        "{}",
        verbose.stderr
    );
    assert!(verbose.stdout.starts_with("Built "), "{}", verbose.stdout);

    let both = project.run(&["build", "-q", "-v"]);
    both.assert_code(2);
}

#[test]
fn quiet_check_prints_only_findings_at_the_fail_on_level() {
    let project = Project::demo();
    let quiet = project.run(&["check", "-q"]);
    quiet.assert_code(1);
    assert!(
        quiet.stdout.contains("error[empty-stage]"),
        "{}",
        quiet.stdout
    );
    assert!(!quiet.stdout.contains("warning["), "{}", quiet.stdout);

    project.set_rules(&[("empty-stage", "warning")]);
    let clean = project.run(&["check", "-q"]);
    clean.assert_code(0);
    assert_eq!(clean.stdout, "");
}

#[test]
fn colour_only_when_asked_for_or_on_a_terminal() {
    let project = Project::fixture("toml-syntax-error");
    // Not a terminal: no colour, whatever NO_COLOR says.
    let plain = run_with_env(&project, &["check"], &[]);
    plain.assert_code(2);
    assert!(!plain.stderr.contains('\u{1b}'), "{:?}", plain.stderr);

    let forced = run_with_env(&project, &["check", "--color", "always"], &[]);
    forced.assert_code(2);
    assert!(forced.stderr.contains("\u{1b}["), "{:?}", forced.stderr);

    // CLICOLOR_FORCE stands for a terminal here; NO_COLOR still wins over it.
    let auto = run_with_env(&project, &["check"], &[("CLICOLOR_FORCE", "1")]);
    assert!(auto.stderr.contains("\u{1b}["), "{:?}", auto.stderr);
    let no_color = run_with_env(
        &project,
        &["check"],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
    );
    assert!(!no_color.stderr.contains('\u{1b}'), "{:?}", no_color.stderr);
    let never = run_with_env(
        &project,
        &["check", "--color", "never"],
        &[("CLICOLOR_FORCE", "1")],
    );
    assert!(!never.stderr.contains('\u{1b}'), "{:?}", never.stderr);

    // Machine output never carries colour.
    let demo = Project::demo();
    let json = run_with_env(
        &demo,
        &["check", "--format", "json", "--color", "always"],
        &[],
    );
    assert!(!json.stdout.contains('\u{1b}'));
    common::json(&json.stdout);
}

#[test]
fn help_shows_an_example_for_every_command() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let commands = ["build", "check", "rules", "explain", "completions"];
    for command in commands {
        let run = run_in(tmp.path(), &[command, "--help"]);
        run.assert_code(0);
        assert!(
            run.stdout.contains("Example") && run.stdout.contains(&format!("trailmark {command}")),
            "{command}: {}",
            run.stdout
        );
    }
    let top = run_in(tmp.path(), &["--help"]);
    assert!(top.stdout.contains("Exit codes:"), "{}", top.stdout);
}

#[test]
fn usage_errors_exit_2_without_naming_a_project_file() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let run = run_in(tmp.path(), &["build", "--fail-on", "errors"]);
    run.assert_code(2);
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    assert!(
        run.stderr.contains("similar value exists: 'error'"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, "");
    let unknown = run_in(tmp.path(), &["biuld"]);
    unknown.assert_code(2);
    assert!(unknown.stderr.contains("Usage:"), "{}", unknown.stderr);
    assert!(unknown.stderr.contains("'build'"), "{}", unknown.stderr);
}

#[test]
fn unknown_rule_and_stage_ids_suggest_the_closest() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let explain = run_in(tmp.path(), &["explain", "empty-stag"]);
    explain.assert_code(2);
    assert!(
        explain.stderr.contains("did you mean `empty-stage`?"),
        "{}",
        explain.stderr
    );
    let far = run_in(tmp.path(), &["explain", "zzz"]);
    far.assert_code(2);
    assert!(!far.stderr.contains("did you mean"), "{}", far.stderr);
    assert!(far.stderr.contains("trailmark rules"), "{}", far.stderr);

    let project = Project::demo();
    let stage = project.run(&["check", "--stage", "awarenes"]);
    stage.assert_code(2);
    assert!(
        stage.stderr.contains("did you mean `awareness`?"),
        "{}",
        stage.stderr
    );
    let rule = project.run(&["check", "--rule", "missing-kpis"]);
    rule.assert_code(2);
    assert!(
        rule.stderr.contains("did you mean `missing-kpi`?"),
        "{}",
        rule.stderr
    );
}

#[test]
fn check_narrows_to_stages_and_rules() {
    let project = Project::demo();
    let run = project.run(&["check", "--format", "json", "--stage", "awareness"]);
    let report = common::json(&run.stdout);
    let findings = report["findings"].as_array().expect("findings");
    assert!(!findings.is_empty());
    assert!(findings.iter().all(|f| f["stage"] == "awareness"));
    // The demo's only error is an empty advocacy stage: not in awareness.
    run.assert_code(0);

    let run = project.run(&["check", "--format", "json", "--rule", "empty-stage"]);
    run.assert_code(1);
    let report = common::json(&run.stdout);
    let findings = report["findings"].as_array().expect("findings");
    assert!(findings.iter().all(|f| f["rule"] == "empty-stage"));
    assert_eq!(
        report["counts"]["error"].as_u64(),
        Some(findings.len() as u64)
    );
}
