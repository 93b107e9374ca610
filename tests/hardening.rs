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

#[cfg(unix)]
mod links {
    use std::os::unix::fs::symlink;

    use super::common::Project;

    #[test]
    fn a_link_to_a_file_outside_the_project_is_an_error() {
        let project = Project::fixture("valid-minimal");
        let outside = project.tmp.path().join("secret.txt");
        std::fs::write(&outside, "not for the client").expect("write");
        symlink(&outside, project.path("content/host.txt")).expect("symlink");
        let run = project.run(&["build", "."]);
        run.assert_code(2);
        assert!(run.stderr.contains("content/host.txt"), "{}", run.stderr);
        assert!(
            run.stderr.contains("links outside the project folder"),
            "{}",
            run.stderr
        );
        assert!(!project.path("public").exists());
    }

    #[test]
    fn a_link_to_a_folder_outside_the_project_is_an_error_once() {
        let project = Project::fixture("valid-minimal");
        let outside = project.tmp.path().join("elsewhere");
        std::fs::create_dir_all(outside.join("deeper")).expect("mkdir");
        std::fs::write(outside.join("a.md"), "# A\n").expect("write");
        std::fs::write(outside.join("deeper/b.png"), "png").expect("write");
        symlink(&outside, project.path("content/shared")).expect("symlink");
        let run = project.run(&["check", "."]);
        run.assert_code(2);
        assert_eq!(
            run.stderr
                .matches("links outside the project folder")
                .count(),
            1,
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("content/shared"), "{}", run.stderr);
        assert!(!run.stderr.contains("a.md"), "{}", run.stderr);
    }

    #[test]
    fn a_link_through_a_relative_path_that_climbs_out_is_an_error() {
        let project = Project::fixture("valid-minimal");
        std::fs::write(project.tmp.path().join("outside.md"), "# Out\n").expect("write");
        symlink("../../outside.md", project.path("content/out.md")).expect("symlink");
        let run = project.run(&["check", "."]);
        run.assert_code(2);
        assert!(run.stderr.contains("content/out.md"), "{}", run.stderr);
    }

    #[test]
    fn links_inside_the_project_are_followed() {
        let project = Project::fixture("valid-minimal");
        project.write(
            "shared/logo.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        );
        project.write("shared/notes/method.md", "# Method\n");
        symlink("../shared/logo.svg", project.path("content/logo.svg")).expect("symlink");
        symlink("../shared/notes", project.path("content/method")).expect("symlink");
        project.run(&["build", "."]).assert_code(0);
        assert!(project.path("public/logo.svg").exists());
        assert!(
            project
                .read("public/notes/method/method.html")
                .contains("Method")
        );
    }
}

/// The search scorecard with its first touchpoint's name replaced.
fn rename_map_listing(project: &Project, name: &str) {
    let scorecard = project.read("content/scorecards/search.toml").replacen(
        "name     = \"Map listing with opening hours\"",
        &format!("name     = \"{name}\""),
        1,
    );
    project.write("content/scorecards/search.toml", scorecard);
}

#[test]
fn names_and_titles_over_300_characters_are_errors() {
    let project = Project::fixture("valid-minimal");
    rename_map_listing(&project, &"M".repeat(2_000_000));
    project.write(
        "content/methodology.md",
        format!("+++\ntitle = \"{}\"\n+++\n", "é".repeat(301)),
    );
    let persona = project.read("content/personas/olga.md").replacen(
        "name = \"Olga\"",
        &format!("name = \"{}\"", "o".repeat(400)),
        1,
    );
    project.write("content/personas/olga.md", persona);
    let run = project.run(&["check", "."]);
    run.assert_code(2);
    for (file, message) in [
        (
            "content/scorecards/search.toml:3:",
            "`name` is 2000000 characters; the longest allowed is 300",
        ),
        (
            "content/methodology.md:2:",
            "`title` is 301 characters; the longest allowed is 300",
        ),
        (
            "content/personas/olga.md:2:",
            "`name` is 400 characters; the longest allowed is 300",
        ),
    ] {
        assert!(run.stderr.contains(message), "{}", run.stderr);
        assert!(run.stderr.contains(file), "{}", run.stderr);
    }
}

#[test]
fn a_300_character_touchpoint_name_builds() {
    let project = Project::fixture("valid-minimal");
    let name = "Mw ".repeat(100);
    rename_map_listing(&project, name.trim_end());
    project.run(&["build", "."]).assert_code(0);
    let touchpoints = project.read("public/touchpoints.html");
    assert!(
        touchpoints.contains(name.trim_end()),
        "the full name is listed"
    );
}

/// The hrefs in an HTML page, as written (entities decoded).
fn hrefs(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split_once('"'))
        .map(|(href, _)| {
            href.replace("&#x2F;", "/")
                .replace("&#x27;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
        })
        .collect()
}

/// Decodes `%XX` escapes, as a browser does before it asks for the file.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(byte) = text
                .get(i + 1..i + 3)
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).expect("UTF-8")
}

/// Where a browser showing output page `page` goes for `href`: the file
/// under the output folder, relative to it.
fn resolve(page: &str, href: &str) -> String {
    let path = href.split(['#', '?']).next().unwrap_or_default();
    let mut parts: Vec<String> = page.split('/').map(str::to_string).collect();
    parts.pop();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop().expect("stays inside the site");
            }
            other => parts.push(percent_decode(other)),
        }
    }
    parts.join("/")
}

#[test]
fn notes_with_unusual_file_names_are_linked_so_browsers_find_them() {
    let project = Project::fixture("valid-minimal");
    project.write(
        "content/Q&A #1.md",
        "+++\ntitle = \"Questions\"\n+++\n\nAnswers.\n",
    );
    project.write(
        "content/research/Q&A #2.md",
        "+++\ntitle = \"Second round\"\n+++\n\nMore.\n",
    );
    project.write(
        "content/stages/search/Q&A #3.md",
        "+++\ntitle = \"Search questions\"\n+++\n\nOn search.\n",
    );
    project.write(
        "content/methodology.md",
        "# Method\n\nSee [the questions](Q%26A%20%231.md#answers), \
         [round two](research/Q&A%20%232.md) and [search](stages/search/Q%26A%20%233.md).\n",
    );
    let summary = project.read("content/_index.md");
    project.write(
        "content/_index.md",
        format!("{summary}\nRead [the questions](Q%26A%20%231.md).\n"),
    );
    project.run(&["build", "."]).assert_code(0);
    for written in [
        "public/notes/Q&A #1.html",
        "public/research/Q&A #2.html",
        "public/stages/search/Q&A #3.html",
    ] {
        assert!(project.path(written).is_file(), "{written} not written");
    }

    // Every link to one of the three, from the pages that list or link them.
    let mut found = Vec::new();
    for page in [
        "index.html",
        "notes/methodology.html",
        "research/index.html",
        "stages/search.html",
    ] {
        let html = project.read(&format!("public/{page}"));
        for href in hrefs(&html) {
            if !href.contains("Q%26A") && !href.contains("Q&A") {
                continue;
            }
            // Unencoded, `Q&A #1.html` would end at the `#`.
            let path = href.split('#').next().unwrap_or_default();
            assert!(!path.contains(['&', ' ']), "{page}: {href} is not encoded");
            let target = resolve(page, &href);
            assert!(
                project.path(&format!("public/{target}")).is_file(),
                "{page}: {href} leads to {target}, which was not written"
            );
            found.push((page, target));
        }
    }
    for expected in [
        ("index.html", "notes/Q&A #1.html"),
        ("notes/methodology.html", "notes/Q&A #1.html"),
        ("notes/methodology.html", "research/Q&A #2.html"),
        ("notes/methodology.html", "stages/search/Q&A #3.html"),
        ("research/index.html", "research/Q&A #2.html"),
        ("stages/search.html", "stages/search/Q&A #3.html"),
    ] {
        assert!(
            found.contains(&(expected.0, expected.1.to_string())),
            "no link from {} to {}; found {found:?}",
            expected.0,
            expected.1
        );
    }
}
