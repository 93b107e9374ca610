//! Render: the charts. The journey drawn as accessible, standalone SVG.
//!
//! Reads the model and the report, returns [`Charts`]: each chart an SVG
//! document drawn with plotters' chart API inside the accessible frame of
//! [`plot`], together with its data as a [`DataTable`]. Pure: no IO;
//! the HTML renderer inlines the SVG and [`Charts::files`] gives the
//! standalone `charts/<id>.svg` files. The same input gives the same bytes.
//!
//! Every chart has a `<title>` and `<desc>` named by `aria-labelledby`,
//! colours from the Okabe–Ito palette with labels or markers wherever a
//! colour carries meaning, and labels cut with an ellipsis to fit (the
//! table keeps the full names). Words follow `site.language`.

mod bars;
mod coverage;
mod cycles;
mod dimensions;
mod grid;
mod journey;
mod kpi;
mod matrix;
mod mix;
mod plot;

pub(crate) use plot::FONT_DATA;
mod palette;
mod words;

#[cfg(test)]
mod tests;

use super::OutputFile;
use crate::model::{Language, Level, Project, Stage};
use crate::report::Report;
use words::Words;

/// The colour of the `k`th persona's series, as CSS hex (the journey
/// map's emotion lane uses the charts' colours).
pub fn persona_color(k: usize) -> String {
    journey::PERSONA_COLORS[k % journey::PERSONA_COLORS.len()].hex()
}

/// One chart: a standalone SVG document and the same data as a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// File stem under charts/, e.g. `journey-curve`, `stage-awareness`.
    pub id: String,
    pub title: String,
    /// One or two sentences saying what the chart shows, for screen readers.
    pub description: String,
    /// A standalone SVG document (`<svg ...>` with `<title>` and `<desc>`),
    /// without an XML declaration; the file under charts/, with a visible
    /// title and caption where the chart is drawn through plotters.
    pub svg: String,
    /// The drawing inlined in pages (the page captions it): wide, and for
    /// phones (empty where the chart has one drawing only).
    pub wide: String,
    pub phone: String,
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
    /// Stage × persona: mean score, lowest emotion (index page).
    pub score_heatmap: Option<Chart>,
    pub emotion_heatmap: Option<Chart>,
    /// KPIs against their targets (index page).
    pub kpis: Option<Chart>,
    /// The consultant's actions by impact and effort (recommendations page).
    pub value_effort: Option<Chart>,
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
    /// Trends over the recorded cycles and each stage before and after
    /// (the "since" page).
    pub cycles: cycles::CycleCharts,
}

impl Charts {
    pub fn build(project: &Project, report: &Report) -> Charts {
        let ctx = Ctx::new(project, report);
        Charts {
            journey_curve: journey::curve(&ctx),
            stage_scores: journey::scores(&ctx),
            score_heatmap: matrix::score_heatmap(&ctx),
            emotion_heatmap: matrix::emotion_heatmap(&ctx),
            kpis: kpi::kpis(&ctx),
            value_effort: matrix::value_effort(&ctx),
            coverage: coverage::coverage(&ctx),
            content_mix: mix::content(&ctx),
            touchpoint_mix: mix::touchpoints(&ctx),
            personas: coverage::personas(&ctx),
            stage_dimensions: project
                .stages
                .iter()
                .map(|stage| dimensions::stage(&ctx, stage))
                .collect(),
            cycles: cycles::build(&ctx),
        }
    }

    /// Every chart, in the order of [`Charts::files`].
    pub fn all(&self) -> impl Iterator<Item = &Chart> {
        [
            &self.journey_curve,
            &self.stage_scores,
            &self.score_heatmap,
            &self.emotion_heatmap,
            &self.kpis,
            &self.value_effort,
            &self.coverage,
            &self.content_mix,
            &self.touchpoint_mix,
            &self.personas,
        ]
        .into_iter()
        .chain(&self.stage_dimensions)
        .flatten()
        .chain(self.cycles.all())
    }

    /// The dimension chart of a stage, by stage id.
    pub fn stage(&self, stage_id: &str) -> Option<&Chart> {
        let id = dimensions::chart_id(stage_id);
        self.stage_dimensions
            .iter()
            .flatten()
            .find(|chart| chart.id == id)
    }

    /// Every chart as `charts/<id>.svg`.
    pub fn files(&self) -> Vec<OutputFile> {
        self.all()
            .map(|chart| OutputFile::new(crate::render::paths::chart(&chart.id), chart.svg.clone()))
            .collect()
    }
}

/// One of the consultant's actions (an opportunity at a touchpoint).
struct Action {
    text: String,
    touchpoint: String,
    impact: Level,
    effort: Level,
}

/// What every chart reads.
struct Ctx<'a> {
    project: &'a Project,
    report: &'a Report,
    lang: &'a Language,
    words: Words,
}

impl<'a> Ctx<'a> {
    fn new(project: &'a Project, report: &'a Report) -> Ctx<'a> {
        let lang = &project.site.language;
        Ctx {
            project,
            report,
            lang,
            words: Words::new(lang),
        }
    }

    /// A stage's rounded score and whether it passed, from the report.
    fn stage_score(&self, stage: &Stage) -> (Option<f64>, Option<bool>) {
        self.report
            .stage(&stage.id)
            .map_or((None, None), |entry| (entry.score, entry.passed))
    }

    /// The consultant's actions: every touchpoint's opportunities, in
    /// journey order.
    fn actions(&self) -> Vec<Action> {
        self.project
            .stages
            .iter()
            .flat_map(|stage| self.project.touchpoints_of(&stage.id))
            .flat_map(|tp| {
                tp.opportunities.iter().map(|opportunity| Action {
                    text: opportunity.text.clone(),
                    touchpoint: tp.name.clone(),
                    impact: opportunity.impact.unwrap_or(Level::Medium),
                    effort: opportunity.effort.unwrap_or(Level::Medium),
                })
            })
            .collect()
    }

    /// The emotion `persona` feels at `tp`, if recorded.
    fn felt(&self, tp: &crate::model::Touchpoint, persona: &str) -> Option<i8> {
        tp.emotion_of(persona)
    }

    /// The pass line in score points (0 to 100).
    fn pass(&self) -> f64 {
        self.report.pass
    }

    /// `Pass line (60)`, for a legend; `value` is the line on the chart's own scale.
    fn pass_label(&self, value: f64) -> String {
        format!(
            "{} ({})",
            self.lang.text("pass_line"),
            words::short(self.lang, value)
        )
    }

    fn dec1(&self, value: f64) -> String {
        words::dec1(self.lang, value)
    }
}

/// Makes a chart drawn through plotters (see [`plot::draw`]), or `None` if
/// drawing failed.
fn plotted(
    id: &str,
    title: &str,
    description: String,
    table: DataTable,
    height: impl Fn(plot::Layout) -> u32,
    paint: impl Fn(&plot::Area, plot::Layout) -> plot::Drawing,
) -> Option<Chart> {
    let mut description = description;
    description.retain(|c| !c.is_control());
    let frame = plot::Frame {
        id,
        title,
        description: &description,
    };
    let drawn = plot::draw(&frame, height, paint)?;
    Some(Chart {
        id: id.to_string(),
        title: title.to_string(),
        description,
        svg: drawn.standalone,
        wide: drawn.wide,
        phone: drawn.phone,
        table,
    })
}
