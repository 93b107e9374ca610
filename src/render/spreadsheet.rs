//! The spreadsheet renderer: touchpoints, their KPIs, the findings and the
//! consultant's actions as CSV files under `csv/`.
//!
//! Each file follows the spreadsheet conventions of the report language:
//! English spreadsheets read `,` between cells and a decimal point; Danish,
//! Swedish and Norwegian ones read `;` and a decimal comma. Files start with
//! a UTF-8 byte order mark, which is how Excel knows the encoding. Column
//! names are stable keys (as in report.json) so a sheet that reads them
//! keeps working across cycles and languages. A text cell that a
//! spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab or
//! carriage return first) is prefixed with `'` so it stays text.

use super::OutputFile;
use crate::model::{Language, Project};
use crate::render::paths;
use crate::report::{Report, TouchpointEntry};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// How a spreadsheet in the report language reads a CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conventions {
    pub separator: u8,
    pub decimal_comma: bool,
}

impl Conventions {
    /// A language that writes a decimal comma separates fields with `;`.
    pub fn of(language: &Language) -> Conventions {
        let decimal_comma = language.text("decimal-sign") == ",";
        Conventions {
            separator: if decimal_comma { b';' } else { b',' },
            decimal_comma,
        }
    }

    /// A number as the spreadsheet reads it: `2.5` or `2,5`, no grouping.
    fn number(self, value: f64) -> String {
        let text = if value == 0.0 {
            "0".to_string()
        } else {
            format!("{value}")
        };
        if self.decimal_comma {
            text.replace('.', ",")
        } else {
            text
        }
    }

    fn optional(self, value: Option<f64>) -> String {
        value.map(|value| self.number(value)).unwrap_or_default()
    }
}

/// Text the user wrote, made safe to open in a spreadsheet.
fn text(value: &str) -> String {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_string(),
    }
}

fn yes_no(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    }
}

/// Every CSV file of the report, under [`paths::CSV_DIR`].
pub fn render(project: &Project, report: &Report) -> Vec<OutputFile> {
    let conventions = Conventions::of(&project.site.language);
    let tables = [
        touchpoints(project, report, conventions),
        kpis(project, conventions),
        findings(report),
        actions(project),
    ];
    paths::CSV_FILES
        .iter()
        .zip(tables)
        .map(|(name, rows)| OutputFile::new(paths::csv_file(name), write(&rows, conventions)))
        .collect()
}

/// Rows (the first is the header) as CSV bytes.
fn write(rows: &[Vec<String>], conventions: Conventions) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(conventions.separator)
        .from_writer(BOM.to_vec());
    for row in rows {
        // Writing into memory fails only on invalid UTF-8, which a String is not.
        let _ = writer.write_record(row);
    }
    writer.into_inner().unwrap_or_default()
}

fn header(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| name.to_string()).collect()
}

fn stage_name<'a>(report: &'a Report, id: &str) -> &'a str {
    report
        .stages
        .iter()
        .find(|stage| stage.id == id)
        .map_or("", |stage| stage.name.as_str())
}

/// One row per touchpoint: where it is, its score and passing, each
/// dimension's score, its emotion and its KPIs in one readable cell
/// (kpis.csv has them one a row, for calculations).
fn touchpoints(project: &Project, report: &Report, conventions: Conventions) -> Vec<Vec<String>> {
    let dimensions = &project.site.scoring.dimensions;
    let mut head = header(&[
        "stage",
        "stage_name",
        "id",
        "name",
        "channel",
        "mode",
        "owner",
        "content",
        "score",
        "passed",
        "previous_score",
    ]);
    head.extend(dimensions.iter().map(|dimension| text(dimension)));
    head.push("emotion".into());
    head.push("kpis".into());
    let mut rows = vec![head];
    for (tp, entry) in project.touchpoints.iter().zip(&report.touchpoints) {
        let TouchpointEntry {
            score,
            passed,
            previous_score,
            ..
        } = entry;
        let mut row = vec![
            tp.stage.clone(),
            text(stage_name(report, &tp.stage)),
            tp.id.clone(),
            text(&tp.name),
            text(&tp.channel),
            tp.mode.as_str().to_string(),
            tp.owner.as_str().to_string(),
            tp.content.as_str().to_string(),
            conventions.optional(*score),
            yes_no(*passed).to_string(),
            conventions.optional(*previous_score),
        ];
        row.extend(
            dimensions
                .iter()
                .map(|dimension| conventions.optional(tp.scores.get(dimension).copied())),
        );
        row.push(
            tp.emotion
                .map(|emotion| emotion.to_string())
                .unwrap_or_default(),
        );
        row.push(text(&kpi_summary(tp, conventions)));
        rows.push(row);
    }
    rows
}

/// A touchpoint's KPIs as `name: value unit (≥ target)`, `; ` between.
fn kpi_summary(tp: &crate::model::Touchpoint, conventions: Conventions) -> String {
    let list: Vec<String> = tp
        .kpis
        .iter()
        .map(|kpi| {
            let mut item = format!("{}: {}", kpi.name, conventions.number(kpi.value));
            if let Some(unit) = &kpi.unit {
                item.push(' ');
                item.push_str(unit);
            }
            if let Some(target) = kpi.target {
                let sign = if kpi.higher_is_better { '≥' } else { '≤' };
                item.push_str(&format!(" ({sign} {})", conventions.number(target)));
            }
            item
        })
        .collect();
    list.join("; ")
}

/// One row per KPI of a touchpoint, with its unit and target.
fn kpis(project: &Project, conventions: Conventions) -> Vec<Vec<String>> {
    let mut rows = vec![header(&[
        "stage",
        "touchpoint",
        "kpi",
        "value",
        "unit",
        "target",
        "higher_is_better",
        "meets_target",
    ])];
    for tp in &project.touchpoints {
        for kpi in &tp.kpis {
            rows.push(vec![
                tp.stage.clone(),
                tp.id.clone(),
                text(&kpi.name),
                conventions.number(kpi.value),
                kpi.unit.as_deref().map(text).unwrap_or_default(),
                conventions.optional(kpi.target),
                yes_no(Some(kpi.higher_is_better)).to_string(),
                yes_no(kpi.meets_target()).to_string(),
            ]);
        }
    }
    rows
}

/// One row per finding, in the report's order.
fn findings(report: &Report) -> Vec<Vec<String>> {
    let mut rows = vec![header(&[
        "id",
        "rule",
        "severity",
        "area",
        "stage",
        "touchpoint",
        "persona",
        "message",
        "accepted",
        "reason",
    ])];
    for finding in &report.findings {
        rows.push(vec![
            text(&finding.id),
            finding.rule.clone(),
            finding.severity.as_str().to_string(),
            finding.area.as_str().to_string(),
            finding.stage.clone().unwrap_or_default(),
            finding.touchpoint.clone().unwrap_or_default(),
            finding.persona.clone().unwrap_or_default(),
            text(&finding.message),
            yes_no(Some(finding.accepted)).to_string(),
            finding.reason.as_deref().map(text).unwrap_or_default(),
        ]);
    }
    rows
}

/// One row per opportunity a touchpoint's scorecard names: the
/// consultant's action plan, with its keys as written (impact and effort
/// default to medium, status to open).
fn actions(project: &Project) -> Vec<Vec<String>> {
    let mut rows = vec![header(&[
        "stage",
        "touchpoint",
        "touchpoint_name",
        "id",
        "action",
        "area",
        "impact",
        "effort",
        "owner",
        "status",
        "due",
    ])];
    for tp in &project.touchpoints {
        for opportunity in &tp.opportunities {
            rows.push(vec![
                tp.stage.clone(),
                tp.id.clone(),
                text(&tp.name),
                opportunity.id.clone().unwrap_or_default(),
                text(&opportunity.text),
                opportunity
                    .area
                    .map(|area| area.as_str().to_string())
                    .unwrap_or_default(),
                opportunity.impact_or_default().as_str().to_string(),
                opportunity.effort_or_default().as_str().to_string(),
                opportunity.owner.as_deref().map(text).unwrap_or_default(),
                opportunity.status.as_str().to_string(),
                opportunity.due.as_deref().map(text).unwrap_or_default(),
            ]);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kpi;
    use crate::rules::testing;
    use crate::score::Scores;

    fn project(language: &Language) -> Project {
        let mut project = testing::project();
        project.site.language = language.clone();
        let mut tp = testing::scored(testing::touchpoint("search-ads", "awareness"), 2.5);
        tp.name = "=HYPERLINK(\"http://x\"); \"ads\"".into();
        tp.emotion = Some(-2);
        tp.opportunities = vec!["+45 calls a week".into(), "Plain, \"quoted\"; text".into()];
        tp.kpis = vec![Kpi {
            name: "Click rate".into(),
            value: 3.4,
            target: Some(4.5),
            unit: Some("%".into()),
            higher_is_better: true,
        }];
        project.touchpoints.push(tp);
        project
    }

    fn files(language: &Language) -> Vec<OutputFile> {
        let project = project(language);
        let report = Report::build(&project, &Scores::compute(&project), None);
        render(&project, &report)
    }

    fn read(file: &OutputFile, separator: u8) -> Vec<Vec<String>> {
        assert!(
            file.bytes.starts_with(BOM),
            "{} starts with a BOM",
            file.path
        );
        csv::ReaderBuilder::new()
            .delimiter(separator)
            .has_headers(false)
            .from_reader(&file.bytes[BOM.len()..])
            .records()
            .map(|record| record.expect("parses").iter().map(str::to_string).collect())
            .collect()
    }

    fn cell<'a>(rows: &'a [Vec<String>], row: usize, column: &str) -> &'a str {
        let index = rows[0]
            .iter()
            .position(|name| name == column)
            .unwrap_or_else(|| panic!("no column {column}"));
        &rows[row][index]
    }

    #[test]
    fn english_files_use_commas_and_a_decimal_point() {
        let files = files(&crate::rules::testing::language("en"));
        let paths: Vec<&str> = files.iter().map(|file| file.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "csv/touchpoints.csv",
                "csv/kpis.csv",
                "csv/findings.csv",
                "csv/actions.csv"
            ]
        );
        let touchpoints = read(&files[0], b',');
        assert_eq!(touchpoints.len(), 2);
        assert_eq!(cell(&touchpoints, 1, "id"), "search-ads");
        assert_eq!(cell(&touchpoints, 1, "score"), "50");
        assert_eq!(cell(&touchpoints, 1, "relevance"), "2.5");
        assert_eq!(cell(&touchpoints, 1, "emotion"), "-2");
        assert_eq!(cell(&touchpoints, 1, "kpis"), "Click rate: 3.4 % (≥ 4.5)");
        let kpis = read(&files[1], b',');
        assert_eq!(cell(&kpis, 1, "target"), "4.5");
        assert_eq!(cell(&kpis, 1, "meets_target"), "no");
    }

    #[test]
    fn nordic_files_use_semicolons_and_a_decimal_comma() {
        for language in [
            crate::rules::testing::language("da"),
            crate::rules::testing::language("sv"),
        ] {
            let files = files(&language);
            let touchpoints = read(&files[0], b';');
            assert_eq!(cell(&touchpoints, 1, "relevance"), "2,5");
            assert_eq!(cell(&touchpoints, 1, "kpis"), "Click rate: 3,4 % (≥ 4,5)");
            let kpis = read(&files[1], b';');
            assert_eq!(cell(&kpis, 1, "value"), "3,4");
            let text = String::from_utf8(files[0].bytes.clone()).expect("UTF-8");
            assert!(
                text.lines()
                    .next()
                    .is_some_and(|line| line.contains(";id;"))
            );
        }
    }

    #[test]
    fn formula_cells_are_neutralised_and_quotes_survive() {
        let files = files(&crate::rules::testing::language("da"));
        let touchpoints = read(&files[0], b';');
        assert_eq!(
            cell(&touchpoints, 1, "name"),
            "'=HYPERLINK(\"http://x\"); \"ads\""
        );
        let actions = read(&files[3], b';');
        assert_eq!(cell(&actions, 1, "action"), "'+45 calls a week");
        assert_eq!(cell(&actions, 1, "impact"), "medium");
        assert_eq!(cell(&actions, 1, "status"), "open");
        assert_eq!(cell(&actions, 2, "action"), "Plain, \"quoted\"; text");
        for row in actions.iter().chain(&touchpoints).skip(1) {
            for value in row {
                assert!(
                    !value.starts_with(['=', '+', '@']),
                    "a formula cell got through: {value}"
                );
            }
        }
    }

    #[test]
    fn findings_list_every_finding_of_the_report() {
        let project = project(&crate::rules::testing::language("en"));
        let report = Report::build(&project, &Scores::compute(&project), None);
        let files = render(&project, &report);
        let findings = read(&files[2], b',');
        assert_eq!(findings.len(), report.findings.len() + 1);
        for (row, finding) in findings.iter().skip(1).zip(&report.findings) {
            assert_eq!(row[0], finding.id);
            assert_eq!(row[2], finding.severity.as_str());
        }
    }
}
