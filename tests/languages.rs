//! Report languages and a project's own words, through the real binary on
//! copies of the demo audit.

mod common;

use common::{Project, json};

/// The demo with `language = "<code>"` in its site.toml.
fn demo_in(code: &str) -> Project {
    let project = Project::demo();
    let site = project.read("site.toml");
    assert!(
        site.contains("language = \"en\""),
        "the demo reports in English"
    );
    project.write(
        "site.toml",
        site.replace("language = \"en\"", &format!("language = \"{code}\"")),
    );
    project
}

#[test]
fn the_demo_builds_in_norwegian() {
    let project = demo_in("nb");
    let run = project.run(&["build"]);
    run.assert_code(0);
    assert!(
        !run.stderr.contains("shown in English"),
        "the nb catalogue is complete: {}",
        run.stderr
    );
    let index = project.read("public/index.html");
    assert!(index.contains("<html lang=\"nb\""), "lang attribute");
    for word in [
        "Kundereisens score",
        "Anbefalinger",
        "Kontaktpunkter",
        "Kjennskap",
    ] {
        assert!(index.contains(word), "index.html has `{word}`");
    }
    let report = json(&project.read("public/report.json"));
    let names: Vec<&str> = report["stages"]
        .as_array()
        .expect("stages")
        .iter()
        .filter_map(|stage| stage["name"].as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Kjennskap",
            "Vurdering",
            "Beslutning",
            "Kjøp",
            "Opplevelse",
            "Lojalitet",
            "Anbefaling"
        ]
    );
    let messages: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|finding| finding["message"].as_str())
        .collect();
    assert!(!messages.is_empty());
    assert!(
        messages
            .iter()
            .any(|message| message.contains("kontaktpunkt") || message.contains("fasen")),
        "findings are written in Norwegian: {messages:?}"
    );
}
