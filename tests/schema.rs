//! `trailmark schema` through the real binary: the JSON Schemas accept the
//! demo's site.toml and scorecards (and a project `init` writes, with the
//! 0.2 keys), and reject a typo'd key, as an editor would show it.

mod common;

use std::fs;
use std::path::Path;

use common::{Project, json, run_in};
use serde_json::Value;

/// A TOML document as an editor's TOML extension hands it to a JSON
/// Schema validator: dates become strings.
fn toml_to_json(text: &str) -> Value {
    fn convert(value: toml::Value) -> Value {
        match value {
            toml::Value::String(s) => Value::String(s),
            toml::Value::Integer(i) => Value::from(i),
            toml::Value::Float(f) => Value::from(f),
            toml::Value::Boolean(b) => Value::Bool(b),
            toml::Value::Datetime(d) => Value::String(d.to_string()),
            toml::Value::Array(items) => Value::Array(items.into_iter().map(convert).collect()),
            toml::Value::Table(table) => Value::Object(
                table
                    .into_iter()
                    .map(|(key, value)| (key, convert(value)))
                    .collect(),
            ),
        }
    }
    convert(toml::Value::Table(
        toml::from_str(text).expect("a TOML document"),
    ))
}

fn validators(dir: &Path) -> (jsonschema::Validator, jsonschema::Validator) {
    let run = run_in(dir, &["schema", "schemas"]);
    run.assert_code(0);
    let load = |name: &str| {
        let schema = json(&fs::read_to_string(dir.join("schemas").join(name)).expect("schema"));
        jsonschema::validator_for(&schema).expect("the schema compiles")
    };
    (load("site.schema.json"), load("scorecard.schema.json"))
}

#[track_caller]
fn assert_accepts(validator: &jsonschema::Validator, text: &str, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(&toml_to_json(text))
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}:\n{}", errors.join("\n"));
}

#[test]
fn the_schemas_accept_the_demo_and_reject_a_typo() {
    let project = Project::demo();
    let (site, scorecard) = validators(&project.root);
    let site_text = project.read("site.toml");
    assert_accepts(&site, &site_text, "site.toml");
    let mut scorecards = 0;
    for entry in fs::read_dir(project.path("content/scorecards")).expect("scorecards") {
        let path = entry.expect("entry").path();
        let text = fs::read_to_string(&path).expect("scorecard");
        assert_accepts(&scorecard, &text, &path.display().to_string());
        scorecards += 1;
    }
    assert!(scorecards >= 5);

    let typo = site_text.replacen("client ", "cilent ", 1);
    assert_ne!(typo, site_text);
    assert!(!site.is_valid(&toml_to_json(&typo)), "a typo'd site key");
    let awareness = project.read("content/scorecards/awareness.toml");
    let typo = awareness.replacen("channel ", "chanel ", 1);
    assert_ne!(typo, awareness);
    assert!(
        !scorecard.is_valid(&toml_to_json(&typo)),
        "a typo'd touchpoint key"
    );
    let out_of_range = format!(
        "{awareness}\n[[touchpoint]]\nid = \"x\"\nname = \"X\"\nchannel = \"web\"\nemotion = 3\n"
    );
    assert!(!scorecard.is_valid(&toml_to_json(&out_of_range)));
    let bad_rule_level = format!("{site_text}\n[rules]\n\"missing-kpi\" = \"loud\"\n");
    assert!(!site.is_valid(&toml_to_json(&bad_rule_level)));
}

#[test]
fn the_schemas_accept_the_format_0_2_keys_init_writes() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    run_in(
        tmp.path(),
        &["init", "audit", "--client", "Nordlys", "--model", "custom"],
    )
    .assert_code(0);
    let project = tmp.path().join("audit");
    let (site, scorecard) = validators(&project);
    assert_accepts(
        &site,
        &fs::read_to_string(project.join("site.toml")).expect("site"),
        "site.toml",
    );
    let text =
        fs::read_to_string(project.join("content/scorecards/purchase.toml")).expect("scorecard");
    assert!(text.contains("emotion  = { sarah = "), "{text}");
    assert_accepts(&scorecard, &text, "purchase.toml");
    let wrong = text.replace("status = \"open\"", "status = \"finished\"");
    assert!(
        !scorecard.is_valid(&toml_to_json(&wrong)),
        "an unknown status"
    );
}
