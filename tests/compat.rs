//! Format 0.2 is backward compatible: any 0.1 project loads and scores as
//! it did. A generated 0.1 project (integer emotions, pain points and
//! opportunities as strings) is loaded as written and in its 0.2 spelling
//! (emotion tables by persona, pain point and opportunity tables); both
//! give the scores worked out here from the numbers written, and the same
//! findings.

use std::fs;
use std::path::Path;

use proptest::prelude::*;

const STAGES: [&str; 5] = ["search", "offer", "conversion", "usage", "loyalty"];
const DIMENSIONS: [&str; 4] = ["presence", "relevance", "consistency", "experience"];

#[derive(Debug, Clone)]
struct Tp {
    stage: usize,
    scores: [Option<u8>; 4],
    emotion: Option<i8>,
    /// Serves only the first persona, or everyone.
    targeted: bool,
    pains: usize,
    opportunities: usize,
}

fn tp() -> impl Strategy<Value = Tp> {
    (
        0..STAGES.len(),
        prop::array::uniform4(prop::option::of(0u8..=5)),
        prop::option::of(-2i8..=2),
        any::<bool>(),
        0usize..3,
        0usize..3,
    )
        .prop_map(
            |(stage, scores, emotion, targeted, pains, opportunities)| Tp {
                stage,
                scores,
                emotion,
                targeted,
                pains,
                opportunities,
            },
        )
}

/// Writes the project; `v2` spells every value the 0.2 way.
fn write(root: &Path, touchpoints: &[Tp], v2: bool) {
    fs::create_dir_all(root.join("content/scorecards")).expect("folders");
    fs::create_dir_all(root.join("content/personas")).expect("folders");
    fs::write(
        root.join("site.toml"),
        "title = \"Compat\"\nclient = \"Client\"\ncycle = \"2026-Q1\"\n\n[journey]\nmodel = \"five-stage\"\n",
    )
    .expect("site.toml");
    for persona in ["olga", "piet"] {
        fs::write(
            root.join(format!("content/personas/{persona}.md")),
            format!("+++\nname = \"{persona}\"\n+++\n"),
        )
        .expect("persona");
    }
    for (index, stage) in STAGES.iter().enumerate() {
        let mut text = String::new();
        for (n, tp) in touchpoints
            .iter()
            .enumerate()
            .filter(|(_, tp)| tp.stage == index)
        {
            text.push_str(&format!(
                "[[touchpoint]]\nid = \"tp-{n}\"\nname = \"Touchpoint {n}\"\nchannel = \"website\"\n"
            ));
            if tp.targeted {
                text.push_str("personas = [\"olga\"]\n");
            }
            if let Some(emotion) = tp.emotion {
                match (v2, tp.targeted) {
                    (true, true) => text.push_str(&format!("emotion = {{ olga = {emotion} }}\n")),
                    (true, false) => text.push_str(&format!(
                        "emotion = {{ olga = {emotion}, piet = {emotion} }}\n"
                    )),
                    (false, _) => text.push_str(&format!("emotion = {emotion}\n")),
                }
            }
            let list = |what: &str, count: usize| -> String {
                let items: Vec<String> = (0..count)
                    .map(|i| {
                        if v2 && i % 2 == 0 {
                            format!("{{ text = \"{what} {i}\" }}")
                        } else {
                            format!("\"{what} {i}\"")
                        }
                    })
                    .collect();
                items.join(", ")
            };
            text.push_str(&format!("pain_points = [{}]\n", list("Pain", tp.pains)));
            text.push_str(&format!(
                "opportunities = [{}]\n",
                list("Fix", tp.opportunities)
            ));
            text.push_str("[touchpoint.scores]\n");
            for (dimension, score) in DIMENSIONS.iter().zip(tp.scores) {
                if let Some(score) = score {
                    text.push_str(&format!("{dimension} = {score}\n"));
                }
            }
            text.push('\n');
        }
        fs::write(root.join(format!("content/scorecards/{stage}.toml")), text).expect("scorecard");
    }
}

/// The touchpoint score FORMAT.md section 5 defines, from the numbers written.
fn expected_score(tp: &Tp) -> Option<f64> {
    let scored: Vec<f64> = tp.scores.iter().flatten().map(|s| f64::from(*s)).collect();
    (!scored.is_empty()).then(|| scored.iter().sum::<f64>() / scored.len() as f64 / 5.0 * 100.0)
}

fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn a_0_1_project_scores_the_same_under_0_2(touchpoints in prop::collection::vec(tp(), 0..10)) {
        let tmp = tempfile::tempdir().expect("temporary folder");
        let (old, new) = (tmp.path().join("v1"), tmp.path().join("v2"));
        write(&old, &touchpoints, false);
        write(&new, &touchpoints, true);
        let old = trailmark::audit(&old).map_err(|e| TestCaseError::fail(format!("{:?}", e.diagnostics)))?;
        let new = trailmark::audit(&new).map_err(|e| TestCaseError::fail(format!("{:?}", e.diagnostics)))?;

        let mut by_stage: Vec<Vec<f64>> = vec![Vec::new(); STAGES.len()];
        let mut order = Vec::new();
        for (index, stage) in by_stage.iter_mut().enumerate() {
            for tp in touchpoints.iter().filter(|tp| tp.stage == index) {
                order.push(expected_score(tp));
                stage.extend(expected_score(tp));
            }
        }
        let stage_scores: Vec<f64> = by_stage
            .iter()
            .map(|scores| if scores.is_empty() { 0.0 } else { scores.iter().sum::<f64>() / scores.len() as f64 })
            .collect();
        let journey = stage_scores.iter().sum::<f64>() / STAGES.len() as f64;

        for report in [&old.report, &new.report] {
            let got: Vec<Option<f64>> = report.touchpoints.iter().map(|tp| tp.score).collect();
            let want: Vec<Option<f64>> = order.iter().map(|s| s.map(round1)).collect();
            prop_assert_eq!(got, want);
            prop_assert_eq!(report.score, round1(journey));
        }
        prop_assert_eq!(&old.scores, &new.scores);
        let ids = |report: &trailmark::report::Report| -> Vec<String> {
            report.findings.iter().map(|f| f.id.clone()).collect()
        };
        prop_assert_eq!(ids(&old.report), ids(&new.report));
    }
}
