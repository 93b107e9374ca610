//! The journey map's emotion lane for an audit without personas: the
//! touchpoints' single emotion values make one "all customers" curve.

mod common;

use common::Project;

#[test]
fn without_personas_the_single_emotions_make_one_all_customers_curve() {
    let project = Project::fixture("scores");
    for (file, after, emotion) in [
        ("compare.toml", "channel = \"website\"\n", -2),
        ("discover.toml", "channel = \"social\"\n", 1),
    ] {
        let path = format!("content/scorecards/{file}");
        let text = project.read(&path);
        assert!(text.contains(after), "{file} names {after}");
        project.write(
            &path,
            text.replacen(after, &format!("{after}emotion = {emotion}\n"), 1),
        );
    }
    project.run(&["build", ".", "--no-record"]).assert_code(0);
    let page = "public/index.html";
    let html = project.read(page);
    let lane = html
        .find("class=\"jm-curve\"")
        .unwrap_or_else(|| panic!("{page} has no emotion lane"));
    let curve = &html[lane..lane + html[lane..].find("</svg>").expect("lane end")];
    // One line through the two stages with a value, each with its marker.
    assert_eq!(curve.matches("stroke-width=\"3\"").count(), 1, "{page}");
    assert_eq!(curve.matches("stroke-width=\"11\"").count(), 2, "{page}");
    let legend = html.find("class=\"jm-legend\"").expect("the lane's legend");
    assert!(html[legend..].contains("All customers"), "{page}");
    assert!(
        html.contains("Low point: All customers at"),
        "{page} names the low point"
    );
    assert!(
        html.contains("All customers: \u{2212}2 (Exactly half)"),
        "{page}"
    );
}
