//! Output safety: Trailmark builds the site aside and swaps it in, keeps
//! files it did not write, refuses folders it did not make and output
//! folders that would overwrite the project, and never touches content/.
//!
//! Interrupted builds are simulated without killing processes: by leaving
//! behind what a build that died at each step would leave (a half-written
//! staging folder; the previous site moved aside before the swap), and by
//! making the build fail after it has staged the new site.

mod common;

use std::fs;
use std::process::Stdio;

use common::{Project, Run, Tree, command_in, leftovers, tree};

/// The staging folder a build with process id 4242 would use.
const STAGING: &str = ".public.trailmark-staging-4242";
const OLD: &str = ".public.trailmark-old";
const MANIFEST: &str = ".trailmark-manifest";

/// The input the build reads: site.toml and everything under content/.
fn input(project: &Project) -> Tree {
    let mut input = tree(&project.path("content"));
    input.insert(
        "site.toml".to_string(),
        fs::read(project.path("site.toml")).expect("read site.toml"),
    );
    input
}

fn manifest(project: &Project) -> Vec<String> {
    project
        .read(&format!("public/{MANIFEST}"))
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn a_rebuild_over_its_own_output_works_and_leaves_no_staging_folder() {
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    let first = tree(&project.path("public"));
    assert!(first.contains_key("index.html"), "{:?}", first.keys());
    assert!(first.contains_key("report.json"), "{:?}", first.keys());
    assert!(first.contains_key(MANIFEST), "{:?}", first.keys());
    let listed = manifest(&project);
    assert!(listed.contains(&"index.html".to_string()), "{listed:?}");
    assert!(listed.contains(&"report.json".to_string()), "{listed:?}");

    for _ in 0..2 {
        let run = project.run(&["build", "."]);
        run.assert_code(0);
        assert!(!run.stderr.contains("kept"), "{}", run.stderr);
        assert_eq!(tree(&project.path("public")), first);
        assert_eq!(leftovers(&project.root), Vec::<String>::new());
    }
}

#[test]
fn build_says_where_the_report_is() {
    let project = Project::fixture("valid-minimal");
    let run = project.run(&["build", "."]);
    run.assert_code(0);
    assert!(run.stdout.contains("public/index.html"), "{}", run.stdout);
}

#[test]
fn a_foreign_file_in_the_output_folder_is_kept_and_reported() {
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    project.write("public/notes-from-the-client.txt", "keep me\n");
    project.write("public/uploads/logo.svg", "<svg/>");

    for _ in 0..2 {
        let run = project.run(&["build", "."]);
        run.assert_code(0);
        assert_eq!(
            project.read("public/notes-from-the-client.txt"),
            "keep me\n"
        );
        assert_eq!(project.read("public/uploads/logo.svg"), "<svg/>");
        assert!(
            run.stderr.contains("notes-from-the-client.txt"),
            "reported: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("uploads/logo.svg"),
            "reported: {}",
            run.stderr
        );
        assert!(project.path("public/report.json").is_file());
        // They stay foreign: Trailmark does not claim them in its manifest.
        let listed = manifest(&project);
        assert!(
            !listed
                .iter()
                .any(|path| path.contains("notes-from-the-client")),
            "{listed:?}"
        );
        assert!(
            !listed.iter().any(|path| path.contains("logo")),
            "{listed:?}"
        );
        assert_eq!(leftovers(&project.root), Vec::<String>::new());
    }
}

#[test]
fn a_non_empty_folder_not_made_by_trailmark_is_refused_and_left_untouched() {
    let project = Project::fixture("valid-minimal");
    project.write("public/index.html", "<p>the agency's own page</p>");
    project.write("public/css/site.css", "body {}");
    let before = project.everything();

    let run = project.run(&["build", "."]);
    run.assert_code(2);
    assert!(run.stderr.contains("site.toml"), "{}", run.stderr);
    assert!(run.stderr.contains("did not write"), "{}", run.stderr);
    assert_eq!(project.everything(), before, "nothing changed");
}

#[test]
fn an_empty_output_folder_is_used() {
    let project = Project::fixture("valid-minimal");
    fs::create_dir(project.path("public")).expect("create public/");
    project.run(&["build", "."]).assert_code(0);
    assert!(project.path("public/report.json").is_file());
}

#[test]
fn a_half_written_staging_folder_from_a_crashed_build_is_discarded() {
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    let previous = tree(&project.path("public"));
    // What a build that died while writing leaves: a partial staging folder.
    project.write(&format!("{STAGING}/index.html"), "<h1>half");
    project.write(&format!("{STAGING}/stages/stray.html"), "stray");

    project.run(&["build", "."]).assert_code(0);
    assert_eq!(
        tree(&project.path("public")),
        previous,
        "no stray file leaks in"
    );
    assert_eq!(leftovers(&project.root), Vec::<String>::new());
}

#[test]
fn a_build_that_died_during_the_swap_is_recovered_with_its_foreign_files() {
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    project.write("public/keep.txt", "foreign\n");
    // The swap first moves the previous site aside, then moves the new one
    // in. Dying between the two leaves no public/ and the old site aside.
    fs::rename(project.path("public"), project.path(OLD)).expect("move public aside");
    project.write(&format!("{STAGING}/index.html"), "<h1>new but unfinished");

    let run = project.run(&["build", "."]);
    run.assert_code(0);
    assert_eq!(project.read("public/keep.txt"), "foreign\n");
    assert!(run.stderr.contains("keep.txt"), "{}", run.stderr);
    assert!(project.path("public/report.json").is_file());
    assert_ne!(project.read("public/index.html"), "<h1>new but unfinished");
    assert_eq!(leftovers(&project.root), Vec::<String>::new());
}

#[test]
fn a_build_that_fails_after_staging_leaves_the_previous_report_whole() {
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    // Drop report.json from the manifest: to Trailmark it is now a file
    // someone else put there, which the new build would overwrite. The
    // build stages the whole site, then refuses at the swap.
    let listed: String = manifest(&project)
        .into_iter()
        .filter(|path| path != "report.json")
        .map(|path| format!("{path}\n"))
        .collect();
    project.write(&format!("public/{MANIFEST}"), listed);
    // A changed input, so a swapped-in site would differ.
    let site = project.read("site.toml");
    project.write(
        "site.toml",
        site.replace("Bakery Brænd\"", "Bakery Brænd II\""),
    );
    let before = tree(&project.path("public"));

    let run = project.run(&["build", "."]);
    run.assert_code(2);
    assert!(run.stderr.contains("report.json"), "{}", run.stderr);
    assert_eq!(
        tree(&project.path("public")),
        before,
        "the previous report is whole"
    );
    assert_eq!(leftovers(&project.root), Vec::<String>::new());
}

#[test]
fn a_file_named_like_a_staging_folder_is_left_alone() {
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    // Not a folder Trailmark made: a build removes only its own folders.
    project.write(".public.trailmark-staging", "not a folder");
    project.write(STAGING, "not a folder either");

    project.run(&["build", "."]).assert_code(0);
    assert_eq!(project.read(".public.trailmark-staging"), "not a folder");
    assert_eq!(project.read(STAGING), "not a folder either");
    assert!(project.path("public/report.json").is_file());
}

#[test]
fn two_builds_at_once_lose_no_file_and_leave_a_whole_report() {
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    project.write("public/client-notes.txt", "keep me\n");
    project.write("public/uploads/logo.png", "png");
    project.run(&["build", "."]).assert_code(0);
    let whole = tree(&project.path("public"));

    for round in 0..30 {
        let builds: Vec<_> = (0..2)
            .map(|_| {
                command_in(&project.root, &["build", "."])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("start a build")
            })
            .collect();
        let runs: Vec<Run> = builds
            .into_iter()
            .map(|build| Run::from(build.wait_with_output().expect("wait for a build")))
            .collect();
        for run in &runs {
            if run.code == Some(2) {
                assert!(
                    run.stderr.contains("another build (process ")
                        && run.stderr.contains("is writing this output folder"),
                    "round {round}: {}",
                    run.stderr
                );
            } else {
                run.assert_code(0);
            }
        }
        assert!(runs.iter().any(|run| run.code == Some(0)), "round {round}");
        assert_eq!(tree(&project.path("public")), whole, "round {round}");
        assert_eq!(leftovers(&project.root), Vec::<String>::new());
    }
}

#[test]
fn a_build_waits_for_no_lock_a_dead_build_left() {
    let project = Project::fixture("valid-minimal");
    // A lock file whose holder is gone: the system released its lock.
    project.write(".public.trailmark-lock", "999999999\n");
    project.run(&["build", "."]).assert_code(0);
    assert!(project.path("public/index.html").is_file());
}

/// Builds with `output_dir = value` and asserts it is refused: exit 2,
/// site.toml named at the output_dir line, nothing written anywhere.
#[track_caller]
fn assert_refused(project: &Project, value: &str) {
    let before = project.everything();
    let run = project.run(&["build", "."]);
    let context = format!("output_dir = {value:?}\n{}", run.stderr);
    assert_eq!(run.code, Some(2), "{context}");
    let line = project
        .read("site.toml")
        .lines()
        .position(|line| line.starts_with("output_dir"))
        .expect("an output_dir line")
        + 1;
    assert!(
        run.stderr.contains(&format!("site.toml:{line}:14")),
        "site.toml and the line named: {context}"
    );
    assert!(run.stderr.contains("output_dir"), "{context}");
    assert_eq!(project.everything(), before, "nothing written: {context}");
}

#[test]
fn every_unsafe_output_dir_fixture_is_refused() {
    for (fixture, value) in [
        ("unsafe-output-dir-empty", ""),
        ("unsafe-output-dir-dot", "."),
        ("unsafe-output-dir-content", "content"),
        ("unsafe-output-dir-themes", "themes/x"),
        ("unsafe-output-dir-parent", ".."),
        ("unsafe-output-dir-history", "history/old"),
    ] {
        let project = Project::fixture(fixture);
        assert!(
            project
                .read("site.toml")
                .contains(&format!("output_dir = {}", common::toml_string(value))),
            "{fixture} sets output_dir = {value:?}"
        );
        assert_refused(&project, value);
    }
}

#[test]
fn more_unsafe_output_dirs_are_refused() {
    for value in [
        "  ",
        "./",
        "content/stages",
        "./content/../content",
        "public/../content",
        "themes",
        "history",
        "site.toml",
        "../..",
    ] {
        let project = Project::fixture("valid-minimal");
        project.set_output_dir(value);
        assert_refused(&project, value);
    }
}

#[test]
fn an_absolute_output_dir_that_is_an_ancestor_is_refused() {
    let project = Project::fixture("valid-minimal");
    let ancestors: Vec<String> = project
        .root
        .ancestors()
        .map(|path| path.to_string_lossy().into_owned())
        .collect();
    let values = [&ancestors[0][..], &ancestors[1], &ancestors[2], "/"];
    for value in values {
        project.set_output_dir(value);
        assert_refused(&project, value);
    }
}

#[cfg(unix)]
#[test]
fn an_output_dir_that_links_into_content_is_refused() {
    let project = Project::fixture("valid-minimal");
    std::os::unix::fs::symlink("content/stages", project.path("linked")).expect("symlink");
    project.set_output_dir("linked");
    assert_refused(&project, "linked");
}

#[test]
fn a_safe_output_dir_elsewhere_is_used() {
    let project = Project::fixture("valid-minimal");
    project.set_output_dir("build/site");
    project.run(&["build", "."]).assert_code(0);
    assert!(project.path("build/site/report.json").is_file());
    assert_eq!(leftovers(&project.path("build")), Vec::<String>::new());

    let outside = project.tmp.path().join("published");
    project.set_output_dir(&outside.to_string_lossy());
    project.run(&["build", "."]).assert_code(0);
    assert!(outside.join("report.json").is_file());
}

#[test]
fn content_is_never_touched() {
    let project = Project::demo();
    project.write("content/images/journey.png", "png");
    let before = input(&project);

    project.run(&["build", "."]).assert_code(0);
    assert_eq!(input(&project), before);
    project.write("public/foreign.txt", "x");
    project.run(&["build", "."]).assert_code(0);
    project.run(&["check", "."]).assert_code(1);
    project
        .run(&["check", ".", "--format", "json"])
        .assert_code(1);
    assert_eq!(input(&project), before);
    // Assets under content/ are published as copies.
    assert_eq!(project.read("public/images/journey.png"), "png");
}

#[cfg(unix)]
#[test]
fn a_foreign_link_to_a_folder_in_the_output_leaves_no_staging_folder() {
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    let elsewhere = project.tmp.path().join("shared-assets");
    fs::create_dir(&elsewhere).expect("create a folder");
    fs::write(elsewhere.join("a.txt"), "a").expect("write");
    std::os::unix::fs::symlink(&elsewhere, project.path("public/assets")).expect("symlink");
    let before = tree(&project.path("public"));

    let run = project.run(&["build", "."]);
    // Keeping the link or refusing are both allowed; losing it or leaving
    // half a build behind is not.
    assert_eq!(tree(&project.path("public"))["assets"], before["assets"]);
    assert_eq!(
        leftovers(&project.root),
        Vec::<String>::new(),
        "exit {:?}\n{}",
        run.code,
        run.stderr
    );
}

/// Trailmark never writes an empty folder, so one in the output folder was
/// made by someone else: it is kept, and stays empty.
#[test]
fn an_empty_folder_made_in_the_output_is_kept() {
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    fs::create_dir_all(project.path("public/drafts/later")).expect("create folders");

    for _ in 0..2 {
        project.run(&["build", "."]).assert_code(0);
        let later = project.path("public/drafts/later");
        assert!(later.is_dir(), "the empty folder went");
        assert_eq!(fs::read_dir(&later).expect("read").count(), 0);
        assert!(
            !manifest(&project)
                .iter()
                .any(|path| path.contains("drafts"))
        );
        assert_eq!(leftovers(&project.root), Vec::<String>::new());
    }
}

/// A file whose name is not UTF-8 (Linux allows any bytes) was not written
/// by Trailmark: it is carried over to the new site like any other.
#[cfg(target_os = "linux")]
#[test]
fn a_file_with_a_name_that_is_not_utf8_in_the_output_is_kept() {
    use std::os::unix::ffi::OsStrExt;
    let project = Project::fixture("valid-minimal");
    project.run(&["build", "."]).assert_code(0);
    let name = std::ffi::OsStr::from_bytes(b"scan-\xff.txt");
    let path = project.path("public/uploads").join(name);
    fs::create_dir_all(project.path("public/uploads")).expect("create a folder");
    fs::write(&path, "scanned").expect("write");

    for _ in 0..2 {
        let run = project.run(&["build", "."]);
        run.assert_code(0);
        assert_eq!(fs::read(&path).expect("still there"), b"scanned");
        assert!(run.stderr.contains("uploads/scan-"), "{}", run.stderr);
        assert_eq!(leftovers(&project.root), Vec::<String>::new());
    }
}
