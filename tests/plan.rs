//! `check` refuses what `build` would refuse before writing: an unsafe
//! output folder, a theme that does not exist, a snapshot it may not
//! replace, and a file under content/ that would replace a report page.

mod common;

use common::Project;

#[test]
fn check_refuses_an_unsafe_output_folder_like_build() {
    let project = Project::fixture("valid-minimal");
    project.set_output_dir("content/site");
    for command in ["check", "build"] {
        let run = project.run(&[command, "."]);
        run.assert_code(2);
        assert!(
            run.stderr.contains("site.toml:"),
            "{command}: {}",
            run.stderr
        );
    }
}

#[test]
fn check_refuses_a_missing_theme_like_build() {
    let project = Project::fixture("valid-minimal");
    let site = project.read("site.toml");
    project.write("site.toml", format!("theme = \"fancy\"\n{site}"));
    for command in ["check", "build"] {
        let run = project.run(&[command, "."]);
        run.assert_code(2);
        assert!(run.stderr.contains("fancy"), "{command}: {}", run.stderr);
    }
    assert!(!project.path("public").exists());
}

#[test]
fn a_file_under_content_that_would_replace_a_report_page_is_refused() {
    let project = Project::fixture("valid-minimal");
    project.write("content/report.json", "{}");
    let run = project.run(&["build", "."]);
    run.assert_code(2);
    assert!(run.stderr.contains("content/report.json"), "{}", run.stderr);
    assert!(!project.path("public").exists());
    assert!(!project.path("history").exists(), "no snapshot was kept");
}
