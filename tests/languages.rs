//! Report languages and a project's own words, through the real binary on
//! copies of the demo audit.

mod common;

use std::fs;

use common::{Project, json, run_in};

/// The demo with `language = "<code>"` in its site.toml.
fn demo_in(code: &str) -> Project {
    let project = Project::demo();
    project.set_language(code);
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

#[test]
fn nordic_preset_names_are_aliases_of_the_presets() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    for (alias, preset, names) in [
        (
            "nordic-five",
            "five-stage",
            ["Søk", "Tilbud", "Konvertering", "Bruk", "Lojalitet"],
        ),
        (
            "classic-five",
            "classic",
            [
                "Kjennskap",
                "Vurdering",
                "Evaluering",
                "Kjøp",
                "Etter kjøpet",
            ],
        ),
    ] {
        // `init` takes the alias too, and writes the preset's own name.
        let args = ["init", alias, "--client", "Fjell", "--model", alias];
        run_in(tmp.path(), &[&args[..], &["--language", "nb"]].concat()).assert_code(0);
        let project = tmp.path().join(alias);
        let site_path = project.join("site.toml");
        let site = fs::read_to_string(&site_path).expect("site.toml");
        let model = format!("model = \"{preset}\"");
        assert!(site.contains(&model), "{site}");
        fs::write(
            &site_path,
            site.replace(&model, &format!("model = \"{alias}\"")),
        )
        .expect("write site.toml");

        let run = run_in(&project, &["build"]);
        run.assert_code(0);
        assert_eq!(run.stderr, "", "{alias}: no diagnostic");
        let report = json(&fs::read_to_string(project.join("public/report.json")).expect("report"));
        let stages: Vec<&str> = report["stages"]
            .as_array()
            .expect("stages")
            .iter()
            .filter_map(|stage| stage["name"].as_str())
            .collect();
        assert_eq!(stages, names, "{alias} has the stages of {preset}");
        assert_eq!(report["model"], preset, "report.json names the preset");
    }
}

#[test]
fn labels_name_the_projects_channels_and_dimensions_everywhere() {
    let project = demo_in("nb");
    let site = project.read("site.toml");
    project.write(
        "site.toml",
        format!(
            "{site}\n[labels.channels]\npodcast = \"Podkast-serien\"\nfaks = \"Faks\"\n\
             [labels.dimensions]\nrelevance = \"Treffsikkerhet\"\ntilgjengelighet = \"Tilgjengelighet\"\n"
        ),
    );
    let run = project.run(&["build"]);
    run.assert_code(0);
    // Labels for ids nobody uses are warnings that name site.toml's line.
    let line_of = |needle: &str| {
        let text = project.read("site.toml");
        text.lines()
            .position(|line| line.starts_with(needle))
            .expect("label line")
            + 1
    };
    for (id, line) in [
        ("faks", line_of("faks =")),
        ("tilgjengelighet", line_of("tilgjengelighet =")),
    ] {
        assert!(
            run.stderr.contains(&format!("site.toml:{line}:")) && run.stderr.contains(id),
            "warning for `{id}` at line {line}: {}",
            run.stderr
        );
    }
    let stage = project.read("public/stages/awareness.html");
    assert!(
        stage.contains("Podkast-serien"),
        "channel label on the stage page"
    );
    assert!(
        stage.contains("Treffsikkerhet"),
        "dimension label on the stage page"
    );
    let coverage = project.read("public/coverage.html");
    assert!(
        coverage.contains("Podkast-serien"),
        "channel label in the coverage chart"
    );
    let touchpoints = project.read("public/touchpoints.html");
    assert!(touchpoints.contains("Podkast-serien"));
}
