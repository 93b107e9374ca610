//! Publishing forms of the demo report, through the real binary: the CSV
//! files a spreadsheet opens, the single file, the print page, the
//! Markdown pages for each wiki and `trailmark publish` into a local bare
//! Git repository.

mod common;

use std::path::Path;

use common::{Project, json};

/// A CSV file of the built demo, BOM checked and removed, parsed with `separator`.
fn csv_rows(project: &Project, name: &str, separator: u8) -> Vec<Vec<String>> {
    let bytes = std::fs::read(project.path(&format!("public/csv/{name}")))
        .unwrap_or_else(|error| panic!("read csv/{name}: {error}"));
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .unwrap_or_else(|| panic!("csv/{name} starts with a UTF-8 BOM"));
    csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|record| {
            record
                .expect("a CSV record")
                .iter()
                .map(String::from)
                .collect()
        })
        .collect()
}

fn column(rows: &[Vec<String>], name: &str) -> usize {
    rows[0]
        .iter()
        .position(|header| header == name)
        .unwrap_or_else(|| panic!("no column `{name}` in {:?}", rows[0]))
}

#[test]
fn english_csv_matches_the_report_with_commas_and_decimal_points() {
    let project = Project::demo();
    project.run(&["build"]).assert_code(0);
    let report = json(&project.read("public/report.json"));

    let touchpoints = csv_rows(&project, "touchpoints.csv", b',');
    let entries = report["touchpoints"].as_array().expect("touchpoints");
    assert_eq!(touchpoints.len(), entries.len() + 1);
    let (id, score) = (column(&touchpoints, "id"), column(&touchpoints, "score"));
    for (row, entry) in touchpoints.iter().skip(1).zip(entries) {
        assert_eq!(row.len(), touchpoints[0].len(), "every row is complete");
        assert_eq!(row[id], entry["id"].as_str().expect("id"));
        match entry["score"].as_f64() {
            Some(value) => assert_eq!(row[score].parse::<f64>().expect("a number"), value),
            None => assert_eq!(row[score], ""),
        }
    }
    let findings = csv_rows(&project, "findings.csv", b',');
    assert_eq!(
        findings.len(),
        report["findings"].as_array().expect("findings").len() + 1
    );
    assert!(csv_rows(&project, "actions.csv", b',').len() > 1);

    let index = project.read("public/index.html");
    assert!(index.contains("href=\"csv/touchpoints.csv\""));
    assert!(index.contains("href=\"report.json\""));
}

#[test]
fn danish_csv_uses_semicolons_and_decimal_commas() {
    let project = Project::demo();
    project.set_language("da");
    project.run(&["build"]).assert_code(0);
    let report = json(&project.read("public/report.json"));

    let touchpoints = csv_rows(&project, "touchpoints.csv", b';');
    let score = column(&touchpoints, "score");
    let entries = report["touchpoints"].as_array().expect("touchpoints");
    for (row, entry) in touchpoints.iter().skip(1).zip(entries) {
        assert_eq!(row.len(), touchpoints[0].len(), "every row is complete");
        if let Some(value) = entry["score"].as_f64() {
            assert!(
                !row[score].contains('.'),
                "no decimal point: {}",
                row[score]
            );
            let read: f64 = row[score].replace(',', ".").parse().expect("a number");
            assert_eq!(read, value);
        }
    }
    let kpis = csv_rows(&project, "kpis.csv", b';');
    assert!(kpis.len() > 1 && kpis.iter().all(|row| row.len() == kpis[0].len()));
    let value = column(&kpis, "value");
    let click_rate = kpis
        .iter()
        .find(|row| row[column(&kpis, "kpi")] == "Click-through rate")
        .expect("the demo's search ads KPI");
    assert_eq!(click_rate[value], "3,4");
}

/// Every `href` and `src` value of an HTML document.
fn references(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attribute in [" href=\"", " src=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(attribute) {
            rest = &rest[at + attribute.len()..];
            let end = rest.find('"').expect("a closed attribute");
            found.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    found
}

/// Every `id` of an HTML document.
fn ids(html: &str) -> std::collections::BTreeSet<String> {
    html.split(" id=\"")
        .skip(1)
        .map(|rest| rest[..rest.find('"').expect("a closed id")].to_string())
        .collect()
}

/// The demo with an image and a web link in a note, as a consultant writes them.
fn demo_with_image_and_link() -> Project {
    let project = Project::demo();
    project.write(
        "content/diagram.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>",
    );
    let note = project.read("content/methodology.md");
    project.write(
        "content/methodology.md",
        format!(
            "{note}\n![The audit process](diagram.svg)\n\nSee [the agency](https://fjord.example/method).\n"
        ),
    );
    project
}

#[test]
fn the_single_file_refers_to_nothing_outside_itself() {
    let project = demo_with_image_and_link();
    let run = project.run(&["build", "--single-file"]);
    run.assert_code(0);
    assert!(
        run.stdout.contains("nordlys-auto-2026-q4.html"),
        "{}",
        run.stdout
    );
    let html = project.read("public/nordlys-auto-2026-q4.html");
    let ids = ids(&html);
    let mut images = 0;
    for reference in references(&html) {
        if let Some(id) = reference.strip_prefix('#') {
            assert!(ids.contains(id), "#{id} has no target in the single file");
        } else if reference.starts_with("data:image/") {
            images += 1;
        } else {
            assert!(
                reference.starts_with("https://fjord.example/"),
                "the single file refers outside itself: {reference}"
            );
        }
    }
    // The note's image and the agency's logo on the cover.
    assert_eq!(images, 2, "the note's image and the logo are inline");
    assert!(html.contains("href=\"https://fjord.example/method\""));
    assert!(!html.contains("<link"), "style sheets are inline");
    // Every chart of the site is in it, as inline SVG.
    for stage in ["awareness", "consideration", "decision", "purchase"] {
        assert!(
            html.contains(&format!("id=\"stages-{stage}--chart-stage-{stage}\"")),
            "the {stage} chart is in the single file"
        );
    }
    assert!(html.matches("<svg").count() >= 12);
}

#[test]
fn the_print_page_holds_the_whole_report_with_working_links() {
    let project = demo_with_image_and_link();
    project.run(&["build"]).assert_code(0);
    let html = project.read("public/print.html");
    assert!(html.contains("@page { size: A4; }"));
    assert!(html.contains("class=\"book-cover\"") && html.contains("class=\"book-contents\""));
    assert!(!html.contains("<details>") && html.contains("<details open"));
    let ids = ids(&html);
    for page in [
        "overview",
        "stages-awareness",
        "findings",
        "recommendations",
        "personas-mette",
    ] {
        assert!(ids.contains(page), "the print page has the page {page}");
    }
    for reference in references(&html) {
        match reference.strip_prefix('#') {
            Some(id) => assert!(ids.contains(id), "#{id} has no target in print.html"),
            None if reference.starts_with("https://") => {}
            None => assert!(
                project
                    .path(&format!(
                        "public/{}",
                        reference.split('#').next().unwrap_or_default()
                    ))
                    .is_file(),
                "print.html links to {reference}, which the site lacks"
            ),
        }
    }
}

/// The cover of the print page: what lies between its `<header>` tags.
fn print_cover(project: &Project) -> String {
    let html = project.read("public/print.html");
    let start = html.find("<header class=\"book-cover\">").expect("a cover");
    let end = start + html[start..].find("</header>").expect("a closed cover");
    html[start..end].to_string()
}

#[test]
fn the_print_cover_carries_the_audit_date_and_the_agency_brand() {
    let project = Project::demo();
    project.run(&["build", "--no-record"]).assert_code(0);
    let cover = print_cover(&project);
    for expected in [
        "<dd>Nordlys Auto</dd>",
        "<dd>2026-Q4</dd>",
        "<dt>Date</dt><dd>6 November 2026</dd>",
        "src=\"assets/agency-logo.svg\" alt=\"Fjord &amp; Co.\"",
        "Prepared by Fjord &amp; Co. for Nordlys Auto",
    ] {
        assert!(cover.contains(expected), "{expected} on the cover: {cover}");
    }
    assert!(project.path("public/assets/agency-logo.svg").is_file());
    assert!(
        project
            .read("public/print.html")
            .contains(":root { --accent: #0b6e4f; }"),
        "the agency's accent colour"
    );

    // In Danish, the date is written as Danes write it; without a date
    // and a logo, the cover shows no date (never the day of the build)
    // and the agency's name.
    project.set_language("da");
    project.run(&["build", "--no-record"]).assert_code(0);
    assert!(
        print_cover(&project).contains("<dd>6. november 2026</dd>"),
        "{}",
        print_cover(&project)
    );
    let site: String = project
        .read("site.toml")
        .lines()
        .filter(|line| !line.starts_with("date ") && !line.starts_with("logo "))
        .map(|line| format!("{line}\n"))
        .collect();
    project.write("site.toml", site);
    project.run(&["build", "--no-record"]).assert_code(0);
    let cover = print_cover(&project);
    assert!(
        !cover.contains("<dt>Dato</dt>") && !cover.contains("<img"),
        "{cover}"
    );
    assert!(
        cover.contains("<p class=\"book-agency\">Fjord &amp; Co.</p>"),
        "{cover}"
    );
}

#[test]
fn the_paper_size_is_a_setting() {
    let project = Project::demo();
    let site = project.read("site.toml");
    project.write(
        "site.toml",
        format!("{site}\n[publish]\npaper = \"letter\"\n"),
    );
    project.run(&["build"]).assert_code(0);
    assert!(
        project
            .read("public/print.html")
            .contains("@page { size: letter; }")
    );

    project.write("site.toml", format!("{site}\n[publish]\npaper = \"a5\"\n"));
    let run = project.run(&["build"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("site.toml") && run.stderr.contains("a5"),
        "{}",
        run.stderr
    );
}

/// Every link and image destination of a Markdown text, with whether it is an image.
fn markdown_destinations(text: &str) -> Vec<(String, bool, String)> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut found = Vec::new();
    let mut alt: Option<(String, String)> = None;
    for event in Parser::new_ext(text, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                found.push((dest_url.to_string(), false, String::new()));
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                alt = Some((dest_url.to_string(), String::new()));
            }
            Event::Text(text) => {
                if let Some((_, alt)) = alt.as_mut() {
                    alt.push_str(&text);
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some((dest, alt)) = alt.take() {
                    found.push((dest, true, alt));
                }
            }
            _ => {}
        }
    }
    found
}

/// Asserts that every link and image of the Markdown pages in the folder
/// `folder` of a wiki at `root` resolves as `wiki` resolves it, that
/// images have alt text and that no raw HTML is left; returns the number
/// of links. GitHub finds pages by name (no folders) and files by their
/// path from the wiki's top; GitLab reads a bare page name from the
/// wiki's top, so links to pages start with `./` or `../`; Wiki.js reads
/// relative page links below the page, so links start at the top (`/`).
/// Outline's importer finds images by their path in the zip. GitHub,
/// GitLab and Wiki.js link pages without `.md`.
fn assert_wiki_links_resolve(root: &Path, folder: &str, wiki: &str) -> usize {
    let without_extension = matches!(wiki, "github" | "gitlab" | "wikijs");
    let files = common::tree(&root.join(folder));
    let mut links = 0;
    for (path, bytes) in files.iter().filter(|(path, _)| path.ends_with(".md")) {
        let text = String::from_utf8(bytes.clone()).expect("UTF-8");
        assert!(
            !text.contains("<div") && !text.contains("<svg"),
            "{wiki} {path}: no raw HTML"
        );
        let dir = root
            .join(folder)
            .join(Path::new(path).parent().expect("a parent"));
        for (destination, image, alt) in markdown_destinations(&text) {
            if destination.starts_with("https://") || destination.starts_with('#') {
                continue;
            }
            assert!(!destination.is_empty(), "{wiki} {path}: an empty link");
            if image {
                assert!(
                    !alt.trim().is_empty(),
                    "{wiki} {path}: image {destination} has no alt text"
                );
            }
            let is_file = Path::new(&destination).extension().is_some();
            let mut target = match wiki {
                "github" if is_file => root.join(&destination),
                "outline" if !destination.ends_with(".md") => root.join(&destination),
                "github" => {
                    assert!(
                        !destination.contains('/'),
                        "{path}: a GitHub page name: {destination}"
                    );
                    dir.join(&destination)
                }
                "gitlab" if !is_file && !destination.starts_with('.') => root.join(&destination),
                "wikijs" => {
                    let from_top = destination.strip_prefix('/').unwrap_or_else(|| {
                        panic!("{path}: Wiki.js would read {destination} below the page")
                    });
                    root.join(from_top)
                }
                _ => dir.join(&destination),
            };
            if without_extension && !is_file {
                target.set_extension("md");
            }
            assert!(
                target.is_file(),
                "{wiki} {path}: {destination} does not resolve"
            );
            links += 1;
        }
    }
    links
}

#[test]
fn every_link_and_image_of_the_markdown_export_resolves_in_each_wiki() {
    let project = demo_with_image_and_link();
    for (args, wiki, home) in [
        (&["build", "--format", "markdown"][..], "plain", "index.md"),
        (&["build", "--wiki", "github"][..], "github", "Home.md"),
        (&["build", "--wiki", "gitlab"][..], "gitlab", "home.md"),
        (&["build", "--wiki", "azure"][..], "azure", "Overview.md"),
        (&["build", "--wiki", "wikijs"][..], "wikijs", "home.md"),
        (
            &["build", "--wiki", "outline"][..],
            "outline",
            "nordlys-auto-2026-q4/index.md",
        ),
    ] {
        project.run(args).assert_code(0);
        let root = project.path("public/markdown");
        let files = common::tree(&root);
        assert!(files.contains_key(home), "{args:?}: no {home}");
        let pages = files.keys().filter(|path| path.ends_with(".md")).count();
        assert!(pages >= 40, "{args:?}: every page of the site, got {pages}");
        let pngs: Vec<&String> = files.keys().filter(|path| path.ends_with(".png")).collect();
        assert!(pngs.len() >= 12, "{args:?}: a PNG twin per chart");
        for png in &pngs {
            assert!(
                png.contains("nordlys-auto-2026-q4-"),
                "{png}: named per client and cycle"
            );
            assert!(files[*png].starts_with(b"\x89PNG"), "{png} is a PNG");
        }
        let links = assert_wiki_links_resolve(&root, "", wiki);
        assert!(
            links > 200,
            "{args:?}: the pages link to each other ({links})"
        );
        match home {
            "Overview.md" => {
                let order = String::from_utf8(files[".order"].clone()).expect("UTF-8");
                assert!(order.starts_with("Overview\n"), "Azure DevOps: {order}");
                assert!(files.contains_key(".attachments/"));
            }
            "Home.md" => assert!(files.contains_key("_Sidebar.md")),
            "nordlys-auto-2026-q4/index.md" => {
                // Outline makes a collection of each top folder and skips top files.
                assert!(
                    files
                        .keys()
                        .all(|path| path.starts_with("nordlys-auto-2026-q4/"))
                );
                assert!(files.contains_key("nordlys-auto-2026-q4/uploads/"));
            }
            _ => {}
        }
    }
}

#[test]
fn base_url_prefixes_links_and_empty_keeps_them_relative() {
    let project = Project::demo();
    project.run(&["build", "--no-record"]).assert_code(0);
    for page in ["index.html", "stages/awareness.html", "print.html"] {
        for reference in references(&project.read(&format!("public/{page}"))) {
            assert!(
                !reference.starts_with('/'),
                "{page}: with base_url empty every link is relative: {reference}"
            );
        }
    }
    let site = project
        .read("site.toml")
        .replace("base_url = \"\"", "base_url = \"/wiki/nordlys/\"");
    project.write("site.toml", site);
    project.run(&["build", "--no-record"]).assert_code(0);
    let index = project.read("public/stages/awareness.html");
    assert!(index.contains("href=\"/wiki/nordlys/static/style.css\""));
    assert!(index.contains("href=\"/wiki/nordlys/findings.html\""));
    let print = project.read("public/print.html");
    assert!(
        print.contains("href=\"/wiki/nordlys/rules/"),
        "links into the site keep the prefix"
    );
}

/// A wiki's bare Git repository beside a copy of the demo, and a Git
/// configuration of the test's own (no system or user files are read).
struct Wiki {
    project: Project,
    bare: std::path::PathBuf,
    config: std::path::PathBuf,
}

impl Wiki {
    /// The demo and a wiki whose owner wrote its home page.
    fn new() -> Wiki {
        let project = demo_with_image_and_link();
        let tmp = project.tmp.path().to_path_buf();
        let config = tmp.join("gitconfig");
        std::fs::write(&config, "").expect("write the Git configuration");
        let wiki = Wiki {
            bare: tmp.join("wiki.git"),
            config,
            project,
        };
        wiki.git(&tmp, &["init", "--quiet", "--bare", "wiki.git"]);
        let owner = wiki.clone_into("owner");
        std::fs::write(owner.join("Home.md"), "# Our wiki\n").expect("write Home.md");
        wiki.git(&owner, &["add", "Home.md"]);
        wiki.git(&owner, &["commit", "--quiet", "--message", "Wiki home"]);
        wiki.git(&owner, &["push", "--quiet", "origin", "HEAD:master"]);
        wiki
    }

    fn env(&self, command: &mut std::process::Command) {
        command
            .env("GIT_CONFIG_GLOBAL", &self.config)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", self.project.tmp.path());
    }

    /// Runs git in `dir` and returns its output; a failure fails the test.
    fn git(&self, dir: &Path, args: &[&str]) -> String {
        let mut command = std::process::Command::new("git");
        command.args(args).current_dir(dir);
        self.env(&mut command);
        let output = command.output().expect("run git");
        assert!(
            output.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// A working clone of the wiki as `name`, committing as its owner.
    fn clone_into(&self, name: &str) -> std::path::PathBuf {
        let tmp = self.project.tmp.path();
        let bare = self.bare.to_string_lossy().into_owned();
        self.git(tmp, &["clone", "--quiet", &bare, name]);
        let dir = tmp.join(name);
        self.git(&dir, &["config", "user.name", "Wiki Owner"]);
        self.git(&dir, &["config", "user.email", "owner@fjord.example"]);
        dir
    }

    /// The wiki's history: `author|subject` from the newest.
    fn log(&self) -> Vec<String> {
        let bare = self.bare.to_string_lossy().into_owned();
        self.git(
            self.project.tmp.path(),
            &["--git-dir", &bare, "log", "--format=%an <%ae>|%s", "master"],
        )
        .lines()
        .map(String::from)
        .collect()
    }

    /// `trailmark publish --git WIKI ARGS` with `env` set.
    fn publish(&self, args: &[&str], env: &[(&str, &std::ffi::OsStr)]) -> common::Run {
        let bare = self.bare.to_string_lossy().into_owned();
        let mut all = vec!["publish", "--git", &bare];
        all.extend(args);
        let mut command = common::command_in(&self.project.root, &all);
        self.env(&mut command);
        for (name, value) in env {
            command.env(name, value);
        }
        common::Run::from(command.output().expect("run the trailmark binary"))
    }
}

#[test]
fn publish_commits_the_report_into_its_folder_only_when_it_changed() {
    let wiki = Wiki::new();
    let run = wiki.publish(&["--wiki", "github"], &[]);
    run.assert_code(0);
    assert!(
        run.stdout
            .contains("nordlys-auto/2026-q4/ on branch master"),
        "{}",
        run.stdout
    );
    let log = wiki.log();
    assert_eq!(
        log,
        [
            "Trailmark <trailmark@localhost>|Audit report of Nordlys Auto, cycle 2026-Q4",
            "Wiki Owner <owner@fjord.example>|Wiki home",
        ],
        "one commit, by the documented identity when git has none"
    );
    let published = wiki.clone_into("published");
    assert_eq!(
        std::fs::read_to_string(published.join("Home.md")).expect("Home.md"),
        "# Our wiki\n",
        "the wiki's own pages are untouched"
    );
    let folder = "nordlys-auto/2026-q4";
    let files = common::tree(&published.join(folder));
    assert!(files.contains_key("nordlys-auto-2026-q4.md") && files.contains_key("_Sidebar.md"));
    assert!(!files.contains_key("Home.md"), "the wiki's Home is its own");
    let links = assert_wiki_links_resolve(&published, folder, "github");
    assert!(links > 200, "the pages link to each other ({links})");

    let run = wiki.publish(&["--wiki", "github"], &[]);
    run.assert_code(0);
    assert!(run.stdout.contains("Nothing changed"), "{}", run.stdout);
    assert_eq!(wiki.log().len(), 2, "no commit when nothing changed");

    let note = wiki.project.read("content/methodology.md");
    wiki.project.write(
        "content/methodology.md",
        format!("{note}\nThe second round of interviews is booked.\n"),
    );
    std::fs::write(
        &wiki.config,
        "[user]\n\tname = Ada Lind\n\temail = ada@fjord.example\n",
    )
    .expect("write the Git configuration");
    wiki.publish(&["--wiki", "github"], &[]).assert_code(0);
    let log = wiki.log();
    assert_eq!(log.len(), 3);
    assert_eq!(
        log[0],
        "Ada Lind <ada@fjord.example>|Audit report of Nordlys Auto, cycle 2026-Q4"
    );
    wiki.git(&published, &["fetch", "--quiet"]);
    let paths = wiki.git(
        &published,
        &["diff", "--name-only", "master", "origin/master"],
    );
    assert!(!paths.is_empty());
    for path in paths.lines() {
        assert!(
            path.starts_with("nordlys-auto/2026-q4/"),
            "only the report's folder changes: {path}"
        );
    }
}

/// A pre-commit hook that makes another clone change the wiki while
/// trailmark publishes, as a colleague pushing at the same moment would.
fn hook_pushing(wiki: &Wiki, change: &str) -> std::path::PathBuf {
    let other = wiki.clone_into("colleague");
    let hooks = wiki.project.tmp.path().join("hooks");
    std::fs::create_dir_all(&hooks).expect("make the hooks folder");
    let hook = hooks.join("pre-commit");
    std::fs::write(
        &hook,
        format!(
            "#!/bin/sh\nunset GIT_DIR GIT_INDEX_FILE GIT_WORK_TREE GIT_PREFIX\ncd '{}' || exit 1\n{change}\n",
            other.display()
        ),
    )
    .expect("write the hook");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let hooked = wiki.project.tmp.path().join("gitconfig-hooked");
    std::fs::write(
        &hooked,
        format!("[core]\n\thooksPath = {}\n", hooks.display()),
    )
    .expect("write the Git configuration");
    hooked
}

#[test]
fn publish_refuses_a_wiki_branch_rewritten_meanwhile_and_leaves_it_as_it_is() {
    let wiki = Wiki::new();
    let hooked = hook_pushing(
        &wiki,
        "git -c core.hooksPath=/dev/null commit --quiet --amend --message 'Wiki home, reworded' && git push --quiet --force origin HEAD:master",
    );
    let run = wiki.publish(&[], &[("GIT_CONFIG_GLOBAL", hooked.as_os_str())]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("rewritten") && run.stderr.contains("nothing was pushed"),
        "{}",
        run.stderr
    );
    assert_eq!(
        wiki.log(),
        ["Wiki Owner <owner@fjord.example>|Wiki home, reworded"],
        "the wiki keeps the rewritten history, and nothing of the report"
    );
}

#[test]
fn publish_replays_its_commit_on_a_wiki_branch_that_moved_forward_meanwhile() {
    let wiki = Wiki::new();
    let hooked = hook_pushing(
        &wiki,
        "echo '# Meeting notes' > Notes.md && git add Notes.md && git -c core.hooksPath=/dev/null commit --quiet --message 'Meeting notes' && git push --quiet origin HEAD:master",
    );
    wiki.publish(
        &["--wiki", "gitlab"],
        &[("GIT_CONFIG_GLOBAL", hooked.as_os_str())],
    )
    .assert_code(0);
    let subjects: Vec<String> = wiki
        .log()
        .iter()
        .map(|line| line.split('|').nth(1).unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        subjects,
        [
            "Audit report of Nordlys Auto, cycle 2026-Q4",
            "Meeting notes",
            "Wiki home"
        ]
    );
    let published = wiki.clone_into("published");
    assert!(published.join("Notes.md").is_file());
    assert!(
        !published.join("nordlys-auto/2026-q4/_sidebar.md").exists(),
        "GitLab reads a sidebar only at the wiki's top, which is the wiki's own"
    );
    assert!(assert_wiki_links_resolve(&published, "nordlys-auto/2026-q4", "gitlab") > 200);
}

#[test]
fn publish_names_what_failed_and_leaves_a_dirty_target_alone() {
    let wiki = Wiki::new();
    let missing = wiki.project.tmp.path().join("missing.git");
    let mut command = common::command_in(
        &wiki.project.root,
        &["publish", "--git", &missing.to_string_lossy()],
    );
    wiki.env(&mut command);
    let run = common::Run::from(command.output().expect("run the trailmark binary"));
    run.assert_code(2);
    assert!(
        run.stderr.contains("missing.git")
            && run
                .stderr
                .contains("does not appear to be a git repository"),
        "git's own message: {}",
        run.stderr
    );

    let run = wiki.publish(&[], &[("PATH", std::ffi::OsStr::new(""))]);
    run.assert_code(2);
    assert!(run.stderr.contains("cannot run git"), "{}", run.stderr);

    let run = wiki.publish(&["--wiki", "outline"], &[]);
    run.assert_code(2);
    assert!(run.stderr.contains("zip"), "{}", run.stderr);

    // A working clone with the branch checked out and an unsaved edit.
    let working = wiki.clone_into("working");
    std::fs::write(working.join("Home.md"), "# Our wiki, half edited\n").expect("edit");
    let head = wiki.git(&working, &["rev-parse", "HEAD"]);
    let mut command = common::command_in(
        &wiki.project.root,
        &["publish", "--git", &working.to_string_lossy()],
    );
    wiki.env(&mut command);
    let run = common::Run::from(command.output().expect("run the trailmark binary"));
    run.assert_code(2);
    assert!(
        run.stderr.contains("push") && run.stderr.contains("checked out"),
        "{}",
        run.stderr
    );
    assert_eq!(wiki.git(&working, &["rev-parse", "HEAD"]), head);
    assert_eq!(
        std::fs::read_to_string(working.join("Home.md")).expect("Home.md"),
        "# Our wiki, half edited\n",
        "the target's working tree is untouched"
    );
}
