//! Charts (being written): the journey drawn as accessible SVG.

use super::OutputFile;
use crate::model::Project;
use crate::report::Report;

/// One chart: a standalone SVG document and the same data as a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// File stem under charts/, e.g. `journey-curve`, `stage-awareness`.
    pub id: String,
    pub title: String,
    /// One or two sentences saying what the chart shows, for screen readers.
    pub description: String,
    /// A standalone SVG document (`<svg ...>` with `<title>` and `<desc>`),
    /// without an XML declaration, so it can be inlined in HTML as it is.
    pub svg: String,
    pub table: DataTable,
}

/// A chart's data as a table; the first column holds the row headers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataTable {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Every chart of a report.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Charts {
    /// Emotion and score across the stages (index page).
    pub journey_curve: Option<Chart>,
    /// Stage scores against the pass line (index page).
    pub stage_scores: Option<Chart>,
    /// Stages by channel, touchpoint counts (coverage page).
    pub coverage: Option<Chart>,
    /// Soft, hard and no content per stage (coverage page).
    pub content_mix: Option<Chart>,
    /// Owned, paid, earned, third-party; online and offline per stage (coverage page).
    pub touchpoint_mix: Option<Chart>,
    /// Which persona is served in which stage (personas page).
    pub personas: Option<Chart>,
    /// Per stage, in model order: its touchpoints' scores by dimension
    /// (`None` for a stage without scored touchpoints).
    pub stage_dimensions: Vec<Option<Chart>>,
}

impl Charts {
    pub fn build(_project: &Project, _report: &Report) -> Charts {
        Charts::default()
    }

    /// Every chart as `charts/<id>.svg`.
    pub fn files(&self) -> Vec<OutputFile> {
        [
            &self.journey_curve,
            &self.stage_scores,
            &self.coverage,
            &self.content_mix,
            &self.touchpoint_mix,
            &self.personas,
        ]
        .into_iter()
        .chain(&self.stage_dimensions)
        .flatten()
        .map(|chart| OutputFile::new(format!("charts/{}.svg", chart.id), chart.svg.clone()))
        .collect()
    }
}
