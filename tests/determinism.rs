//! Determinism: the same input gives the same bytes in every output file,
//! wherever the project folder is and however the command is called.

mod common;

use std::path::Path;

use common::{Project, Tree, run_in, tree};

/// A copy of the demo at a deeper, differently named place than
/// `Project::demo` uses, so absolute paths and folder names differ.
fn demo_elsewhere(tmp: &Path) -> std::path::PathBuf {
    let root = tmp.join("clients").join("nordlys auto æøå").join("audit");
    let repo = common::repo_root();
    std::fs::create_dir_all(&root).expect("create the folder");
    std::fs::copy(repo.join("site.toml"), root.join("site.toml")).expect("copy site.toml");
    common::copy_dir(&repo.join("content"), &root.join("content"));
    root
}

fn assert_same_trees(first: &Tree, second: &Tree) {
    let first_paths: Vec<&String> = first.keys().collect();
    let second_paths: Vec<&String> = second.keys().collect();
    assert_eq!(first_paths, second_paths, "the same files");
    for (path, bytes) in first {
        assert!(
            bytes == &second[path],
            "{path} differs between the two builds"
        );
    }
}

#[test]
fn the_demo_built_in_two_folders_is_byte_identical() {
    let first = Project::demo();
    first.run(&["build", "."]).assert_code(0);

    let tmp = tempfile::tempdir().expect("temporary folder");
    let second = demo_elsewhere(tmp.path());
    // Called differently too: from the parent folder, with DIR named.
    run_in(tmp.path(), &["build", "clients/nordlys auto æøå/audit"]).assert_code(0);

    let a = tree(&first.path("public"));
    let b = tree(&second.join("public"));
    assert!(a.contains_key("index.html"), "{:?}", a.keys());
    assert!(a.contains_key("report.json"), "{:?}", a.keys());
    assert_same_trees(&a, &b);

    // No absolute path or folder name of either copy leaks into the output.
    for (path, bytes) in &a {
        let text = String::from_utf8_lossy(bytes);
        let place = first.root.to_string_lossy();
        assert!(!text.contains(place.as_ref()), "{path} holds {place}");
        assert!(
            !text.contains("trailmark-test-"),
            "{path} holds the folder name"
        );
    }
    for (path, bytes) in &b {
        assert!(
            !String::from_utf8_lossy(bytes).contains("nordlys auto æøå"),
            "{path} holds the folder name"
        );
    }
}

#[test]
fn a_rebuild_gives_the_same_bytes() {
    let project = Project::demo();
    project.run(&["build", "."]).assert_code(0);
    let first = tree(&project.path("public"));
    project.run(&["build", "."]).assert_code(0);
    assert_same_trees(&first, &tree(&project.path("public")));
}

#[test]
fn check_output_is_identical_in_two_folders() {
    let first = Project::demo();
    let tmp = tempfile::tempdir().expect("temporary folder");
    let second = demo_elsewhere(tmp.path());
    for args in [&["check", ".", "--format", "json"][..], &["check", "."][..]] {
        let a = first.run(args);
        let b = run_in(&second, args);
        assert_eq!(a.code, b.code, "{args:?}");
        assert!(!a.stdout.is_empty(), "{args:?}");
        assert_eq!(a.stdout, b.stdout, "{args:?}");
        assert_eq!(a.stderr, b.stderr, "{args:?}");
    }
}

#[test]
fn diagnostics_are_identical_in_two_folders_and_runs() {
    let first = Project::fixture("two-errors-two-files");
    let second = Project::fixture("two-errors-two-files");
    let a = first.run(&["build", "."]);
    let b = second.run(&["build", "."]);
    let c = second.run(&["build", "."]);
    a.assert_code(2);
    assert_eq!(a.stderr, b.stderr);
    assert_eq!(b.stderr, c.stderr);
}
