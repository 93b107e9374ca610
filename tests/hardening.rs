//! Hardening: hostile or careless input (huge numbers, reserved file names,
//! links out of the project, very long names, unusual file names) ends in
//! a clear error or a working site, never in a panic, a hang or a page that
//! silently goes missing.

mod common;

use common::Project;

/// A research note with front matter `front`.
fn research(front: &str) -> String {
    format!("+++\n{front}\n+++\n\nNotes.\n")
}

#[test]
fn huge_participant_counts_are_rejected_not_a_panic() {
    let project = Project::fixture("valid-minimal");
    for name in ["a", "b", "c"] {
        project.write(
            &format!("content/research/{name}.md"),
            research("method = \"interview\"\nparticipants = 9223372036854775807"),
        );
    }
    let run = project.run(&["build", "."]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("participants must be at most 100000"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/research/a.md:3:"),
        "{}",
        run.stderr
    );
}

#[test]
fn participants_up_to_the_cap_build() {
    let project = Project::fixture("valid-minimal");
    for name in ["a", "b", "c"] {
        project.write(
            &format!("content/research/{name}.md"),
            research("participants = 100000"),
        );
    }
    project.run(&["build", "."]).assert_code(0);
    let research = project.read("public/research/index.html");
    assert!(
        research.contains("Interview participants: 300001 of"),
        "{research}"
    );
}
