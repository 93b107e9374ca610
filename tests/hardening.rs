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

#[test]
fn a_note_named_like_a_list_page_is_an_error() {
    for (path, list) in [
        ("content/research/index.md", "the research list"),
        ("content/personas/index.md", "the persona list"),
    ] {
        let project = Project::fixture("valid-minimal");
        project.write(path, "+++\nname = \"Index\"\n+++\n\nText.\n");
        let run = project.run(&["build", "."]);
        run.assert_code(2);
        assert!(run.stderr.contains(path), "{}", run.stderr);
        assert!(
            run.stderr
                .contains(&format!("`index` is reserved for {list}; rename the file")),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn notes_named_index_elsewhere_build() {
    let project = Project::fixture("valid-minimal");
    project.write("content/research/2026/index.md", "# Spring round\n");
    project.write("content/index.md", "# Free note\n");
    project.run(&["build", "."]).assert_code(0);
    assert!(
        project
            .read("public/research/2026/index.html")
            .contains("Spring round")
    );
    assert!(
        project
            .read("public/notes/index.html")
            .contains("Free note")
    );
    // The lists are still the lists.
    assert!(
        project
            .read("public/research/index.html")
            .contains("Interview with a regular")
    );
}
