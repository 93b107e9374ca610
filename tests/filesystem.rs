//! Inputs that are not plain files inside the project: links that leave
//! it, pipes, devices and sockets, and files Trailmark may not read. Each
//! is an input error naming the file in the project (never quoting what a
//! link points at), found by `check` as well as `build`.

#![cfg(unix)]

mod common;

use std::os::unix::fs::symlink;

use common::Project;

/// A file outside the project whose first line must never be printed.
fn secret(project: &Project) -> std::path::PathBuf {
    let path = project.tmp.path().join("environ");
    std::fs::write(&path, "AWS_SECRET=hunter2\nPATH=/bin\n").expect("write");
    path
}

/// `check` and `build` both exit 2 naming `file` with `message`, quote
/// nothing of the secret and write nothing.
#[track_caller]
fn assert_refused(project: &Project, file: &str, message: &str) {
    for command in ["check", "build"] {
        let run = project.run(&[command, "."]);
        run.assert_code(2);
        assert!(run.stderr.contains(file), "{command}: {}", run.stderr);
        assert!(run.stderr.contains(message), "{command}: {}", run.stderr);
        assert!(!run.stderr.contains("hunter2"), "{command}: {}", run.stderr);
        assert!(!run.stdout.contains("hunter2"), "{command}: {}", run.stdout);
    }
    assert!(!project.path("public").exists());
}

#[test]
fn a_site_toml_linking_out_of_the_project_is_refused_unquoted() {
    let project = Project::fixture("valid-minimal");
    let secret = secret(&project);
    std::fs::remove_file(project.path("site.toml")).expect("remove");
    symlink(&secret, project.path("site.toml")).expect("link");
    assert_refused(&project, "site.toml", "links outside the project folder");
}

#[test]
fn a_site_toml_linking_inside_the_project_is_read() {
    let project = Project::fixture("valid-minimal");
    std::fs::rename(project.path("site.toml"), project.path("real-site.toml")).expect("move");
    symlink("real-site.toml", project.path("site.toml")).expect("link");
    project.run(&["build", "."]).assert_code(0);
}

#[test]
fn a_snapshot_linking_out_of_the_project_is_refused_unquoted() {
    let project = Project::fixture("valid-minimal");
    let secret = secret(&project);
    std::fs::create_dir(project.path("history")).expect("mkdir");
    symlink(&secret, project.path("history/2025-Q4.json")).expect("link");
    assert_refused(
        &project,
        "history/2025-Q4.json",
        "links outside the project folder",
    );
}

#[test]
fn this_cycles_snapshot_linking_out_of_the_project_is_not_replaced() {
    let project = Project::fixture("valid-minimal");
    let secret = secret(&project);
    std::fs::create_dir(project.path("history")).expect("mkdir");
    symlink(&secret, project.path("history/2026-Q1.json")).expect("link");
    assert_refused(
        &project,
        "history/2026-Q1.json",
        "links outside the project folder",
    );
    assert_eq!(
        std::fs::read_to_string(&secret).expect("read"),
        "AWS_SECRET=hunter2\nPATH=/bin\n"
    );
}

#[test]
fn a_theme_file_linking_out_of_the_project_is_refused() {
    let project = Project::fixture("valid-minimal");
    let secret = secret(&project);
    let site = project.read("site.toml");
    project.write("site.toml", format!("theme = \"custom\"\n{site}"));
    project.write("themes/custom/static/ok.css", "body {}");
    symlink(&secret, project.path("themes/custom/static/leak.css")).expect("link");
    assert_refused(
        &project,
        "themes/custom/static/leak.css",
        "links outside the project folder",
    );
}

#[test]
fn a_fifo_under_content_is_an_error_not_a_hang() {
    let project = Project::fixture("valid-minimal");
    for name in ["content/notes.md", "content/images/feed.png"] {
        std::fs::create_dir_all(project.path("content/images")).expect("mkdir");
        let status = std::process::Command::new("mkfifo")
            .arg(project.path(name))
            .status()
            .expect("run mkfifo");
        assert!(status.success());
    }
    for name in ["content/notes.md", "content/images/feed.png"] {
        assert_refused(&project, name, "not a regular file");
    }
}

#[test]
fn a_link_to_a_device_named_like_a_note_is_not_read() {
    let project = Project::fixture("valid-minimal");
    symlink("/dev/zero", project.path("content/zero.md")).expect("link");
    assert_refused(
        &project,
        "content/zero.md",
        "links outside the project folder",
    );
}

#[test]
fn a_socket_under_content_is_an_error() {
    let project = Project::fixture("valid-minimal");
    let _socket = std::os::unix::net::UnixListener::bind(project.path("content/app.sock"))
        .expect("bind a socket");
    assert_refused(&project, "content/app.sock", "not a regular file");
}

/// Runs `trailmark ARGS` as a process that file permissions apply to: when
/// the tests run as root, it gives up root's power to read any file.
fn run_bound_by_permissions(project: &Project, args: &[&str]) -> common::Run {
    let uid = std::process::Command::new("id")
        .arg("-u")
        .output()
        .expect("run id");
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        return project.run(args);
    }
    let mut command = std::process::Command::new("setpriv");
    command
        .args(["--bounding-set", "-dac_override,-dac_read_search", "--"])
        .arg(env!("CARGO_BIN_EXE_trailmark"))
        .args(args)
        .current_dir(&project.root)
        .env("NO_COLOR", "1");
    common::Run::from(command.output().expect("run setpriv"))
}

#[test]
fn an_asset_that_cannot_be_read_is_an_error_in_check_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let project = Project::fixture("valid-minimal");
    project.write("content/images/plan.png", "png");
    let path = project.path("content/images/plan.png");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    for command in ["check", "build"] {
        let run = run_bound_by_permissions(&project, &[command, "."]);
        run.assert_code(2);
        assert!(
            run.stderr.contains("content/images/plan.png"),
            "{command}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("cannot read: permission denied"),
            "{command}: {}",
            run.stderr
        );
        assert!(
            !run.stderr.contains("output_dir"),
            "{command}: {}",
            run.stderr
        );
    }
    assert!(!project.path("public").exists());
}
