//! Limits and hostile file systems: every case ends in exit 2 with the
//! file named, never in a hang or a panic.

mod common;

use std::fs;

use common::{Project, run_in};

#[test]
fn a_project_folder_that_does_not_exist() {
    let project = Project::fixture("valid-minimal");
    let run = project.run(&["check", "no-such-folder"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("no-such-folder/site.toml"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("is this the right folder?"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_file_over_the_size_limit() {
    let project = Project::fixture("valid-minimal");
    let big = fs::File::create(project.path("content/huge.md")).expect("create");
    big.set_len(trailmark::load::MAX_FILE_BYTES + 1)
        .expect("grow");
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    assert!(run.stderr.contains("content/huge.md"), "{}", run.stderr);
    assert!(
        run.stderr.contains("the largest Trailmark reads"),
        "{}",
        run.stderr
    );
}

#[test]
fn folders_nested_too_deep() {
    let project = Project::fixture("valid-minimal");
    let deep: String = (0..=trailmark::load::MAX_DEPTH)
        .map(|i| format!("d{i}/"))
        .collect();
    project.write(&format!("content/{deep}note.md"), "# Deep\n");
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    assert!(run.stderr.contains("nest deeper than"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_loop() {
    let project = Project::fixture("valid-minimal");
    fs::create_dir_all(project.path("content/loop")).expect("mkdir");
    std::os::unix::fs::symlink("..", project.path("content/loop/back")).expect("symlink");
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    assert!(run.stderr.contains("content/loop/back"), "{}", run.stderr);
    assert!(run.stderr.contains("symbolic link loop"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn a_dangling_symbolic_link() {
    let project = Project::fixture("valid-minimal");
    std::os::unix::fs::symlink("nowhere.md", project.path("content/gone.md")).expect("symlink");
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    assert!(run.stderr.contains("content/gone.md"), "{}", run.stderr);
}

#[test]
fn site_toml_that_is_a_folder() {
    let project = Project::fixture("valid-minimal");
    fs::remove_file(project.path("site.toml")).expect("remove");
    fs::create_dir(project.path("site.toml")).expect("mkdir");
    let run = run_in(&project.root, &["check", "."]);
    run.assert_code(2);
    assert!(
        run.stderr
            .contains("site.toml: expected a file, found a folder"),
        "{}",
        run.stderr
    );
}

#[test]
fn many_notes_load_and_only_their_errors_stop_the_build() {
    let project = Project::fixture("valid-minimal");
    for i in 0..2000 {
        project.write(
            &format!("content/bulk/note-{i:04}.md"),
            format!("# Note {i}\n"),
        );
    }
    let run = project.run(&["check", "."]);
    assert!(matches!(run.code, Some(0 | 1)), "{}", run.stderr);
    project.write("content/bulk/note-1234.md", "+++\ntitel = 1\n+++\n");
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("content/bulk/note-1234.md:2:1"),
        "{}",
        run.stderr
    );
}

/// Twenty thousand touchpoints in one scorecard load in one pass: each
/// touchpoint's line comes from an index of the file's lines, not from
/// counting from the start (which made loading grow with the square of the
/// touchpoints and take minutes). The last one's error is at its line.
#[test]
fn a_scorecard_of_twenty_thousand_touchpoints_loads_with_exact_lines() {
    const COUNT: usize = 20_000;
    let project = Project::fixture("valid-minimal");
    let mut text = String::new();
    for i in 0..COUNT {
        let personas = if i + 1 == COUNT {
            "\npersonas = [\"nobody\"]"
        } else {
            ""
        };
        text.push_str(&format!(
            "[[touchpoint]]\nid = \"tp-{i}\"\nname = \"Touchpoint {i}\"\nchannel = \"website\"{personas}\n\n"
        ));
    }
    let line = text
        .lines()
        .position(|l| l.contains("\"nobody\""))
        .expect("there")
        + 1;
    project.write("content/scorecards/offer.toml", &text);
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    assert!(
        run.stderr
            .contains(&format!("content/scorecards/offer.toml:{line}:")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("unknown persona `nobody`"),
        "{}",
        run.stderr
    );
}

/// `check` refuses what `build` could not write, at the line that says it:
/// names longer than a file name may be (255 bytes), counted as the output
/// spells them.
#[track_caller]
fn assert_too_long(project: &Project, at: &str) {
    for command in ["check", "build"] {
        let run = project.run(&[command, "."]);
        run.assert_code(2);
        assert!(run.stderr.contains(at), "{command}: {}", run.stderr);
        assert!(
            run.stderr.contains("too long to name a file"),
            "{command}: {}",
            run.stderr
        );
        assert!(
            !run.stderr.contains("os error"),
            "{command}: {}",
            run.stderr
        );
    }
    assert!(!project.path("public").exists());
    assert!(!project.path("history").exists());
}

#[test]
fn a_cycle_label_too_long_for_its_snapshot_is_refused_at_its_line() {
    let project = Project::fixture("valid-minimal");
    // 251 bytes: history/<cycle>.json would have 256.
    let cycle = format!("Spring {}", "x".repeat(244));
    let site = project.read("site.toml");
    project.write(
        "site.toml",
        site.replace("cycle    = \"2026-Q1\"", &format!("cycle    = \"{cycle}\"")),
    );
    assert_too_long(&project, "site.toml:5:12");
    // One byte shorter builds.
    project.write(
        "site.toml",
        site.replace(
            "cycle    = \"2026-Q1\"",
            &format!("cycle    = \"{}\"", &cycle[1..]),
        ),
    );
    project.run(&["build", "."]).assert_code(0);
}

#[test]
fn a_stage_id_too_long_for_its_chart_is_refused_at_its_line() {
    let project = Project::fixture("valid-minimal");
    let id = "s".repeat(246);
    let site = project.read("site.toml");
    project.write(
        "site.toml",
        site.replace(
            "model = \"five-stage\"",
            &format!("model = \"custom\"\n\n[[journey.stages]]\nid = \"{id}\"\nname = \"Search\"\nfunnel = \"top\""),
        ),
    );
    assert_too_long(&project, "site.toml:13:6");
}

#[test]
fn a_persona_id_too_long_in_ascii_is_refused_naming_its_file() {
    let project = Project::fixture("valid-minimal");
    // 80 letters, 240 bytes of UTF-8: a valid file name, but 400 letters
    // in ASCII (`zhong` each), the spelling of its page's name.
    let id = "中".repeat(80);
    let olga = project.read("content/personas/olga.md");
    fs::remove_file(project.path("content/personas/olga.md")).expect("remove");
    project.write(&format!("content/personas/{id}.md"), olga);
    assert_too_long(&project, &format!("content/personas/{id}.md"));
}

/// The single file is named after the client and the cycle; however long
/// they are, the name is cut to fit a file name (255 bytes).
#[test]
fn a_long_client_name_and_cycle_give_a_single_file_name_that_fits() {
    let project = Project::fixture("valid-minimal");
    let site = project
        .read("site.toml")
        .replace(
            "client   = \"Bakery Brænd\"",
            &format!("client   = \"{}\"", "b".repeat(300)),
        )
        .replace(
            "cycle    = \"2026-Q1\"",
            &format!("cycle    = \"{}\"", "q".repeat(250)),
        );
    project.write("site.toml", site);
    let run = project.run(&["build", ".", "--single-file"]);
    run.assert_code(0);
    let single = format!("{}-{}.html", "b".repeat(99), "q".repeat(100));
    assert!(run.stdout.contains(&single), "{}", run.stdout);
    assert!(project.path("public").join(&single).is_file());
}
