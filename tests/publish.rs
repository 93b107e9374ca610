//! Publishing forms of the demo report, through the real binary: the CSV
//! files a spreadsheet opens.

mod common;

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
    let site = project
        .read("site.toml")
        .replace("language = \"en\"", "language = \"da\"");
    project.write("site.toml", site);
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
