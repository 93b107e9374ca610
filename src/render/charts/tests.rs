//! Tests of the charts: every chart is well-formed, accessible SVG whose
//! data table holds the values drawn; hostile names stay text; long names
//! are cut with an ellipsis (quickly, however long); the same input gives
//! the same bytes; the words follow the report language.

use super::*;
use crate::model::{ContentKind, Mode, Owner};
use crate::rules::testing::{persona, project, scored, touchpoint};
use crate::score::Scores;

const HOSTILE: &str = "</text><script>alert(1)</script>";

/// Awareness: two online touchpoints (soft website +1 at 80, hard paid
/// search −1 at 20); consideration: one offline store for Mette at 60;
/// decision: one unscored website; the rest empty. Personas Mette, Freja.
fn fixture() -> Project {
    let mut p = project();
    let mut a1 = touchpoint("a1", "awareness");
    a1.content = ContentKind::Soft;
    a1.emotion = Some(1);
    let mut a2 = scored(touchpoint("a2", "awareness"), 1.0);
    a2.channel = "search".into();
    a2.content = ContentKind::Hard;
    a2.owner = Owner::Paid;
    a2.emotion = Some(-1);
    let mut c1 = scored(touchpoint("c1", "consideration"), 3.0);
    c1.channel = "store".into();
    c1.mode = Mode::Offline;
    c1.emotion = Some(0);
    c1.personas = Some(vec!["mette".into()]);
    let mut d1 = touchpoint("d1", "decision");
    d1.scores.clear();
    p.touchpoints = vec![a1, a2, c1, d1];
    p.personas = vec![persona("freja"), persona("mette")];
    p
}

fn build(project: &Project) -> Charts {
    let scores = Scores::compute(project);
    let report = Report::build(project, &scores, None);
    Charts::build(project, &report)
}

fn demo() -> Charts {
    let audit = crate::render::testing::demo();
    Charts::build(&audit.loaded.project, &audit.report)
}

/// Parses a chart's SVG and checks the accessible frame: the root is an
/// `<svg>` with a viewBox, role="img" and aria-labelledby naming its
/// `<title>` (the chart title) and `<desc>` (the description).
fn check_document(chart: &Chart) -> Vec<String> {
    let doc = roxmltree::Document::parse(&chart.svg)
        .unwrap_or_else(|e| panic!("{} is not XML: {e}", chart.id));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg", "{}", chart.id);
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    let view_box = root.attribute("viewBox").expect("viewBox");
    assert!(view_box.starts_with("0 0 "), "{}", chart.id);
    assert_eq!(root.attribute("role"), Some("img"));
    let labelled: Vec<&str> = root
        .attribute("aria-labelledby")
        .expect("aria-labelledby")
        .split(' ')
        .collect();
    assert_eq!(labelled.len(), 2);
    let by_id = |id: &str| {
        root.children()
            .find(|n| n.attribute("id") == Some(id))
            .unwrap_or_else(|| panic!("{}: no element #{id}", chart.id))
    };
    let title = by_id(labelled[0]);
    assert_eq!(title.tag_name().name(), "title");
    assert_eq!(title.text(), Some(chart.title.as_str()));
    let desc = by_id(labelled[1]);
    assert_eq!(desc.tag_name().name(), "desc");
    assert_eq!(desc.text(), Some(chart.description.as_str()));
    assert!(!chart.description.is_empty());
    // Nothing but drawing: no scripts, no foreign content.
    for node in doc.descendants().filter(|n| n.is_element()) {
        assert!(
            !matches!(node.tag_name().name(), "script" | "foreignObject"),
            "{}",
            chart.id
        );
    }
    assert!(chart.svg.contains(r#"font-family="system-ui, sans-serif""#));
    // Every table row is as wide as the header.
    for row in &chart.table.rows {
        assert_eq!(row.len(), chart.table.columns.len(), "{}", chart.id);
    }
    // The text of every <text> element, in order.
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().trim().to_string())
        .collect()
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

#[test]
fn every_chart_of_the_fixture_is_accessible_svg() {
    let charts = build(&fixture());
    let ids: Vec<&str> = charts.all().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "journey-curve",
            "stage-scores",
            "heatmap-score",
            "heatmap-emotion",
            "kpis",
            "coverage",
            "content-mix",
            "touchpoint-mix",
            "personas",
            "stage-awareness",
            "stage-consideration",
        ]
    );
    for chart in charts.all() {
        check_document(chart);
    }
    let files = charts.files();
    assert_eq!(files.len(), 11);
}

#[test]
fn stage_dimensions_follow_the_model_with_none_for_unscored_stages() {
    let charts = build(&fixture());
    assert_eq!(charts.stage_dimensions.len(), 7);
    let present: Vec<bool> = charts
        .stage_dimensions
        .iter()
        .map(Option::is_some)
        .collect();
    // Decision has only an unscored touchpoint; the rest are empty.
    assert_eq!(present, [true, true, false, false, false, false, false]);
    let awareness = charts.stage("awareness").expect("awareness chart");
    assert_eq!(awareness.id, "stage-awareness");
    assert_eq!(
        awareness.table.columns,
        row(&[
            "Touchpoint",
            "Presence",
            "Relevance",
            "Consistency",
            "Experience",
            "Score (0–100)"
        ])
    );
    assert_eq!(
        awareness.table.rows,
        vec![
            row(&["Touchpoint a1", "4", "4", "4", "4", "80.0"]),
            row(&["Touchpoint a2", "1", "1", "1", "1", "20.0"]),
        ]
    );
    let texts = check_document(awareness);
    assert!(texts.contains(&"Touchpoint a1".to_string()));
    assert!(texts.contains(&"Score 20.0".to_string()));
}

#[test]
fn the_heatmap_counts_touchpoints_by_channel_and_stage() {
    let charts = build(&fixture());
    let coverage = charts.coverage.as_ref().expect("coverage");
    let table = &coverage.table;
    assert_eq!(table.columns[0], "Channel");
    assert_eq!(table.columns[2], "Awareness");
    assert_eq!(table.columns.last().map(String::as_str), Some("Total"));
    assert_eq!(
        table.rows,
        vec![
            row(&["Website", "Online", "1", "0", "1", "0", "0", "0", "0", "2"]),
            row(&["Search", "Online", "1", "0", "0", "0", "0", "0", "0", "1"]),
            row(&["Store", "Offline", "0", "1", "0", "0", "0", "0", "0", "1"]),
            row(&["Total", "", "2", "1", "1", "0", "0", "0", "0", "4"]),
        ]
    );
    let texts = check_document(coverage);
    for label in ["Website", "Search", "Store", "Total", "Consideration"] {
        assert!(texts.iter().any(|t| t == label), "{label} in {texts:?}");
    }
    // Four empty stages say so (the label may take two lines).
    assert_eq!(texts.join(" ").matches("No touchpoints").count(), 4);
    // The legend's 1, 2, 3 and 4+; four 1s in the grid; the totals 2,
    // 1, 1, 0, 0, 0, 0.
    assert_eq!(texts.iter().filter(|t| *t == "1").count(), 1 + 4 + 2);
    assert_eq!(texts.iter().filter(|t| *t == "2").count(), 1 + 1);
    assert_eq!(texts.iter().filter(|t| *t == "0").count(), 4);
    assert!(coverage.description.contains("Purchase"));
}

#[test]
fn the_journey_curve_and_stage_scores_hold_the_values() {
    let charts = build(&fixture());
    let curve = charts.journey_curve.as_ref().expect("curve");
    // One column per persona: the lowest emotion felt in each stage and where.
    assert_eq!(
        curve.table.columns,
        row(&["Stage", "Persona freja", "Persona mette"])
    );
    assert_eq!(
        curve.table.rows[..3],
        [
            row(&[
                "Awareness",
                "\u{2212}1 (Touchpoint a2)",
                "\u{2212}1 (Touchpoint a2)"
            ]),
            row(&["Consideration", "–", "0 (Touchpoint c1)"]),
            row(&["Decision", "–", "–"]),
        ]
    );
    let texts = check_document(curve);
    // The low point is named in the drawing and in the description.
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Low point: Persona freja, Touchpoint a2")),
        "{texts:?}"
    );
    assert!(
        curve
            .description
            .contains("3 of 4 touchpoints have an emotion")
    );
    // No second axis: no score on the emotion chart.
    assert!(!texts.iter().any(|t| t == "50.0"));

    let scores = charts.stage_scores.as_ref().expect("scores");
    assert_eq!(
        scores.table.rows[..3],
        [
            row(&["Awareness", "50.0", "Below pass line", "2"]),
            row(&["Consideration", "60.0", "Passed", "1"]),
            row(&["Decision", "–", "Unscored", "1"]),
        ]
    );
    let texts = check_document(scores);
    for value in ["50.0", "60.0", "Unscored", "Pass line (60)"] {
        assert!(texts.iter().any(|t| t == value), "{value}");
    }
}

#[test]
fn the_mixes_and_personas_hold_the_values() {
    let mut project = fixture();
    // Awareness without soft content is flagged at a glance.
    project.touchpoints[0].content = ContentKind::None;
    let charts = build(&project);

    let content = charts.content_mix.as_ref().expect("content mix");
    assert_eq!(
        content.table.rows[..2],
        [
            row(&["Awareness", "0", "1", "1", "2"]),
            row(&["Consideration", "0", "0", "1", "1"]),
        ]
    );
    let texts = check_document(content);
    assert_eq!(
        texts.iter().filter(|t| *t == "! No soft content").count(),
        2
    );
    assert!(content.description.contains("Awareness and Consideration"));

    let mix = charts.touchpoint_mix.as_ref().expect("touchpoint mix");
    assert_eq!(
        mix.table.columns,
        row(&[
            "Stage",
            "Owned",
            "Paid",
            "Earned",
            "Third-party",
            "Online",
            "Offline",
            "Total"
        ])
    );
    assert_eq!(
        mix.table.rows[..3],
        [
            row(&["Awareness", "1", "1", "0", "0", "2", "0", "2"]),
            row(&["Consideration", "1", "0", "0", "0", "0", "1", "1"]),
            row(&["Decision", "1", "0", "0", "0", "1", "0", "1"]),
        ]
    );
    check_document(mix);

    let personas = charts.personas.as_ref().expect("personas");
    assert_eq!(
        personas.table.rows,
        vec![
            row(&["Persona freja", "2", "0", "1", "0", "0", "0", "0"]),
            row(&[
                "Persona mette",
                "2",
                "1 (1 aimed at the persona)",
                "1",
                "0",
                "0",
                "0",
                "0"
            ]),
        ]
    );
    let texts = check_document(personas);
    assert!(texts.contains(&"Persona mette".to_string()));
    assert!(
        personas
            .description
            .contains("Persona freja (Consideration)")
    );
}

#[test]
fn hostile_names_stay_text() {
    let mut project = fixture();
    project.touchpoints[0].name = HOSTILE.into();
    project.touchpoints[1].name = format!("A & B \"quoted\" 'single' \u{1}{HOSTILE}");
    project.touchpoints[2].channel = "<script>".into();
    project.personas[0].name = HOSTILE.into();
    project.stages[0].name = HOSTILE.into();
    let charts = build(&project);
    let mut seen = false;
    for chart in charts.all() {
        assert!(!chart.svg.contains("<script"), "{}", chart.id);
        let doc = roxmltree::Document::parse(&chart.svg).expect("parses");
        seen |= doc
            .descendants()
            .any(|n| n.is_text() && n.text().is_some_and(|t| t.contains(HOSTILE)));
        check_document(chart);
    }
    // The full name survives as text somewhere (tooltip, label or title).
    assert!(seen);
    let curve = charts.journey_curve.as_ref().expect("curve");
    assert!(curve.table.rows[0][0] == HOSTILE);
}

#[test]
fn long_names_are_cut_in_the_drawing_and_kept_in_the_table() {
    let mut project = fixture();
    let long = "A remarkably long touchpoint name that goes on and on about the many things it does for the customer";
    project.touchpoints[0].name = long.into();
    project.stages[1].name = "A stage name far too long for its column".into();
    let charts = build(&project);
    let chart = charts.stage("awareness").expect("awareness");
    assert_eq!(chart.table.rows[0][0], long);
    let texts = check_document(chart);
    assert!(texts.iter().any(|t| t.ends_with('…')));
    assert!(!texts.iter().any(|t| t == long));
    // A stage name too long for its column numbers the columns and names
    // them in a key under the chart.
    let scores = charts.stage_scores.as_ref().expect("scores");
    let texts = check_document(scores);
    let long_stage = "A stage name far too long for its column";
    assert!(texts.iter().any(|t| t == "2"), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("2\u{a0}A stage")));
    assert_eq!(scores.table.rows[1][0], long_stage);
}

#[test]
fn a_cut_label_fits_and_keeps_the_start_of_the_text() {
    for text in [
        "Paid search on 'buy or lease'",
        "Kundeservice på telefon\u{a0}\u{a0}og i butikken",
        &"Word ".repeat(2_000),
    ] {
        for max in [20.0, 60.0, 200.0] {
            let cut = plot::fit(text, 12.0, max);
            assert!(plot::width(&cut, 12.0) <= max, "{cut:?} at {max}");
            if cut != text {
                assert!(cut.ends_with('\u{2026}'), "{cut:?}");
            }
            let kept = cut.trim_end_matches('\u{2026}');
            assert!(text.starts_with(kept), "{cut:?}");
        }
    }
    assert_eq!(plot::fit("Short", 12.0, 200.0), "Short");
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let project = fixture();
    assert_eq!(build(&project), build(&project.clone()));
    assert_eq!(demo(), demo());
}

#[test]
fn the_words_follow_the_report_language() {
    let mut project = fixture();
    project.site.language = crate::rules::testing::language("da");
    let da = build(&project);
    let curve = da.journey_curve.as_ref().expect("curve");
    assert_eq!(curve.title, "Følelsen gennem kunderejsen, pr. persona");
    assert_eq!(curve.table.columns[0], "Fase");
    let scores = da.stage_scores.as_ref().expect("scores");
    // Danish writes a decimal comma.
    assert_eq!(scores.table.rows[0][1], "50,0");
    assert_eq!(scores.table.rows[0][2], "Under grænsen for bestået");
    check_document(curve);
    let coverage = da.coverage.as_ref().expect("coverage");
    assert_eq!(coverage.table.rows[0][0], "Hjemmeside");

    project.site.language = crate::rules::testing::language("sv");
    let sv = build(&project);
    let scores = sv.stage_scores.as_ref().expect("scores");
    assert_eq!(
        scores.table.columns[..3],
        row(&["Fas", "Poäng", "Resultat"])
    );
    assert_eq!(scores.table.rows[1][2], "Godkänd");
    let texts = check_document(scores);
    assert!(
        texts.contains(&"Godkäntgräns (60)".to_string()),
        "{texts:?}"
    );
}

#[test]
fn a_project_without_touchpoints_or_personas_keeps_the_score_charts() {
    let charts = build(&project());
    assert!(charts.journey_curve.is_some());
    assert!(charts.stage_scores.is_some());
    assert!(charts.coverage.is_none());
    assert!(charts.content_mix.is_none());
    assert!(charts.touchpoint_mix.is_none());
    assert!(charts.personas.is_none());
    assert!(charts.stage_dimensions.iter().all(Option::is_none));
    for chart in charts.all() {
        check_document(chart);
    }
}

#[test]
fn the_demo_has_every_chart() {
    let audit = crate::render::testing::demo();
    let project = &audit.loaded.project;
    let charts = Charts::build(project, &audit.report);
    for chart in [
        &charts.journey_curve,
        &charts.stage_scores,
        &charts.score_heatmap,
        &charts.emotion_heatmap,
        &charts.kpis,
        &charts.value_effort,
        &charts.coverage,
        &charts.content_mix,
        &charts.touchpoint_mix,
        &charts.personas,
    ] {
        let chart = chart.as_ref().expect("chart");
        check_document(chart);
    }
    assert_eq!(charts.stage_dimensions.len(), project.stages.len());
    for (stage, chart) in project.stages.iter().zip(&charts.stage_dimensions) {
        let scored = project
            .touchpoints_of(&stage.id)
            .any(|tp| !tp.scores.is_empty());
        assert_eq!(chart.is_some(), scored, "{}", stage.id);
        if let Some(chart) = chart {
            let texts = check_document(chart);
            assert_eq!(
                chart.table.rows.len(),
                project.touchpoints_of(&stage.id).count()
            );
            assert!(!texts.is_empty());
        }
    }
    // The heatmap's totals equal the touchpoints per stage.
    let coverage = charts.coverage.as_ref().expect("coverage");
    let totals = coverage.table.rows.last().expect("total row");
    for (i, stage) in project.stages.iter().enumerate() {
        assert_eq!(
            totals[i + 2],
            project.touchpoints_of(&stage.id).count().to_string()
        );
    }
    // Write them for a look in a browser when asked to.
    if let Ok(dir) = std::env::var("TRAILMARK_CHARTS_DIR") {
        for chart in charts.all() {
            std::fs::write(format!("{dir}/{}.svg", chart.id), &chart.svg).expect("write");
        }
    }
}
