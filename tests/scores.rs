//! Scores as FORMAT.md section 5 defines them, read back from report.json
//! of the `scores` fixture, whose numbers are worked out by hand in its
//! scorecards: scale 8, dimensions reach, fit (weight 2) and craft.

mod common;

use common::{Project, json};
use proptest::prelude::*;
use serde_json::Value;

fn report() -> Value {
    let project = Project::fixture("scores");
    project.run(&["build", "."]).assert_code(0);
    json(&project.read("public/report.json"))
}

fn touchpoint<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["touchpoints"]
        .as_array()
        .expect("touchpoints")
        .iter()
        .find(|tp| tp["id"] == id)
        .unwrap_or_else(|| panic!("touchpoint {id}"))
}

fn stage<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["stages"]
        .as_array()
        .expect("stages")
        .iter()
        .find(|stage| stage["id"] == id)
        .unwrap_or_else(|| panic!("stage {id}"))
}

#[test]
fn touchpoint_score_is_the_weighted_mean_as_a_percentage_of_the_scale() {
    let report = report();
    // (8 + 2*4 + 0) / 4 = 4 of 8
    assert_eq!(touchpoint(&report, "fifty")["score"], 50.0);
    // Only reach scored: 8 of 8.
    assert_eq!(touchpoint(&report, "one-dimension")["score"], 100.0);
    // A missing dimension is left out: (2 + 2*1) / 3 = 4/3 of 8 = 16.666...
    assert_eq!(touchpoint(&report, "two-dimensions")["score"], 16.7);
}

#[test]
fn scores_round_to_one_decimal_half_away_from_zero() {
    // (1 + 2*0 + 1) / 4 = 0.5 of 8 = 6.25 exactly: 6.3, not 6.2.
    assert_eq!(touchpoint(&report(), "half-point")["score"], 6.3);
}

#[test]
fn a_touchpoint_without_scores_is_unscored() {
    let report = report();
    assert_eq!(touchpoint(&report, "not-scored")["score"], Value::Null);
    // An empty [touchpoint.scores] table is unscored too.
    assert_eq!(touchpoint(&report, "keep-b")["score"], Value::Null);
}

#[test]
fn stage_score_is_the_mean_of_its_scored_touchpoints() {
    let report = report();
    // (6.25 + 100 + 16.666...) / 3 = 40.97..., from the unrounded values.
    assert_eq!(stage(&report, "discover")["score"], 41.0);
    // The unscored touchpoint does not count: 50 alone.
    assert_eq!(stage(&report, "compare")["score"], 50.0);
}

#[test]
fn an_empty_stage_scores_0_and_an_all_unscored_stage_is_null() {
    let report = report();
    let choose = stage(&report, "choose");
    assert_eq!(choose["score"], 0.0);
    assert_eq!(choose["touchpoints"], serde_json::json!([]));
    let keep = stage(&report, "keep");
    assert_eq!(keep["score"], Value::Null);
    assert_eq!(keep["touchpoints"], serde_json::json!(["keep-a", "keep-b"]));
}

#[test]
fn journey_score_is_the_mean_of_all_stages_counting_unscored_as_0() {
    // (40.97... + 50 + 0 + 0) / 4 = 22.74...
    assert_eq!(report()["score"], 22.7);
}

#[test]
fn exactly_at_the_pass_line_passes() {
    let report = report();
    // pass = 4 of 8 = 50 %; "compare" scores exactly 50.
    assert_eq!(report["pass"], 50.0);
    assert_eq!(stage(&report, "compare")["passed"], true);
    assert_eq!(touchpoint(&report, "fifty")["passed"], true);
    assert_eq!(stage(&report, "discover")["passed"], false);
}

#[test]
fn weights_change_the_score() {
    // Without the double weight on fit, "half-point" is (1 + 0 + 1) / 3 of 8.
    let project = Project::fixture("scores");
    let site = project.read("site.toml");
    project.write(
        "site.toml",
        site.replace("[scoring.weights]\nfit = 2\n", ""),
    );
    let run = project.run(&["check", ".", "--format", "json"]);
    let report = json(&run.stdout);
    assert_eq!(touchpoint(&report, "half-point")["score"], 8.3);
    assert_eq!(touchpoint(&report, "fifty")["score"], 50.0);
}

#[test]
fn the_demo_scores_are_percentages_with_one_decimal() {
    let project = Project::demo();
    let report = json(&project.run(&["check", ".", "--format", "json"]).stdout);
    let mut values = vec![report["score"].clone()];
    for list in ["stages", "touchpoints"] {
        for entry in report[list].as_array().expect("list") {
            values.push(entry["score"].clone());
        }
    }
    for value in values.iter().filter(|value| !value.is_null()) {
        let number = value.as_f64().expect("a score is a number");
        assert!((0.0..=100.0).contains(&number), "{number}");
        let tenths = number * 10.0;
        assert!((tenths - tenths.round()).abs() < 1e-9, "{number}");
    }
    // The empty advocacy stage scores 0.
    assert_eq!(stage(&report, "advocacy")["score"], 0.0);
}

proptest! {
    #[test]
    fn round1_stays_within_half_a_tenth_and_lands_on_tenths(value in 0.0f64..=100.0) {
        let rounded = trailmark::score::round1(value);
        prop_assert!((rounded - value).abs() <= 0.05 + 1e-9, "{} -> {}", value, rounded);
        let tenths = rounded * 10.0;
        prop_assert!((tenths - tenths.round()).abs() < 1e-9, "{} -> {}", value, rounded);
    }

    #[test]
    fn round1_rounds_exact_halves_away_from_zero(tenths in 0i64..1000, negative in any::<bool>()) {
        // x.x5 written as a decimal, as a score shown to a client would be.
        let sign = if negative { -1.0 } else { 1.0 };
        let value: f64 = format!("{}{}.{}5", if negative { "-" } else { "" }, tenths / 10, tenths % 10)
            .parse()
            .expect("a number");
        let expected: f64 = format!("{}.{}", (tenths + 1) / 10, (tenths + 1) % 10)
            .parse::<f64>()
            .expect("a number")
            * sign;
        prop_assert_eq!(trailmark::score::round1(value), expected);
    }
}

#[test]
fn huge_weights_give_the_same_scores_as_equal_weights() {
    // Weights that are all equal do not change a weighted mean, however
    // large. 1e308 is a valid TOML float and passes site.toml's checks.
    let project = Project::fixture("valid-minimal");
    let plain = json(&project.run(&["check", ".", "--format", "json"]).stdout);
    let site = project.read("site.toml");
    project.write(
        "site.toml",
        site.replace(
            "[thresholds]",
            "[scoring.weights]\npresence = 1e308\nrelevance = 1e308\nconsistency = 1e308\nexperience = 1e308\n\n[thresholds]",
        ),
    );
    let run = project.run(&["check", ".", "--format", "json"]);
    assert!(!run.stdout.is_empty(), "{}", run.stderr);
    let weighted = json(&run.stdout);
    assert!(
        weighted["score"].is_number(),
        "journey score {}",
        weighted["score"]
    );
    assert_eq!(weighted["score"], plain["score"]);
    assert_eq!(weighted["touchpoints"], plain["touchpoints"]);
}

/// Weights as far apart as TOML allows (1e308 and 1e-300) give finite
/// scores and explanations: no page, chart, table or report says "inf" or
/// "NaN", and the explanation gives the weights relative to the largest.
#[test]
fn huge_unequal_weights_never_show_inf_or_nan() {
    let project = Project::fixture("valid-minimal");
    let site = project.read("site.toml");
    project.write(
        "site.toml",
        site.replace(
            "[thresholds]",
            "[scoring.weights]\npresence = 1e308\nrelevance = 1e308\nconsistency = 1\nexperience = 1e-300\n\n[thresholds]",
        ),
    );
    let run = project.run(&["build", "."]);
    run.assert_code(0);
    let site = common::tree(&project.path("public"));
    for (path, bytes) in &site {
        let text = String::from_utf8_lossy(bytes);
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            assert!(!NON_FINITE.contains(&word), "{path} shows {word}");
        }
    }
    let stage = String::from_utf8_lossy(&site["stages/search.html"]).into_owned();
    assert!(stage.contains("/ 2 ="), "explanation: {stage}");
}

/// How Rust and JavaScript spell a number that is not finite.
const NON_FINITE: [&str; 4] = ["inf", "NaN", "Infinity", "infinity"];
