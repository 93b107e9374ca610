//! The cycle charts, drawn with plotters' chart API: the trend over every
//! recorded cycle (journey score, stage scores, open findings by
//! severity) and, per stage, its touchpoints before and after, with new,
//! removed and moved touchpoints kept apart from changed scores.

use plotters::prelude::*;

use super::palette::{
    AXIS, BLUE, GREEN, GREY, GRID, INK, MUTED, ORANGE, PURPLE, Rgb, SKY, VERMILLION, YELLOW,
};
use super::plot::{self, Area, Drawing, HPos, Key, Layout, Pos, VPos, font, rgb};
use super::words::dec1;
use super::{Chart, Ctx, DataTable};
use crate::model::Stage;

/// The series colours, in order (Okabe–Ito); markers tell series apart too.
const SERIES: [Rgb; 7] = [BLUE, ORANGE, GREEN, VERMILLION, SKY, PURPLE, YELLOW];

/// The cycle charts of a report.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CycleCharts {
    /// The journey score over every recorded cycle (two cycles or more).
    pub journey: Option<Chart>,
    /// Each stage's score over every recorded cycle.
    pub stages: Option<Chart>,
    /// Open findings by severity over every recorded cycle.
    pub findings: Option<Chart>,
    /// Per stage, in model order: its touchpoints before and after
    /// (stages with touchpoints in either cycle, with a previous cycle).
    pub before_after: Vec<Chart>,
}

impl CycleCharts {
    pub fn all(&self) -> impl Iterator<Item = &Chart> {
        [&self.journey, &self.stages, &self.findings]
            .into_iter()
            .flatten()
            .chain(&self.before_after)
    }
}

pub(super) fn build(ctx: &Ctx) -> CycleCharts {
    CycleCharts {
        journey: journey(ctx),
        stages: stages(ctx),
        findings: findings(ctx),
        before_after: ctx
            .project
            .stages
            .iter()
            .filter_map(|stage| before_after(ctx, stage))
            .collect(),
    }
}

/// One line of a trend chart: its name and a value per cycle.
struct Series {
    name: String,
    values: Vec<Option<f64>>,
}

/// A line chart over the cycles: `y_max` tops the axis, `pass` draws the
/// pass line.
fn trend(
    ctx: &Ctx,
    id: &str,
    title: &str,
    description: String,
    series: Vec<Series>,
    y_max: f64,
    pass: Option<f64>,
) -> Option<Chart> {
    let cycles: Vec<String> = ctx.report.trend.iter().map(|p| p.cycle.clone()).collect();
    if cycles.len() < 2 || series.is_empty() {
        return None;
    }
    let mut entries: Vec<(Key, String)> = series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                Key::Series(rgb(SERIES[i % SERIES.len()]), i),
                s.name.clone(),
            )
        })
        .collect();
    if let Some(pass) = pass {
        entries.push((Key::Dashed(rgb(INK)), ctx.pass_label(pass)));
    }
    let n = cycles.len();
    let legend_bottom = |layout: Layout| plot::legend_bottom(layout, &entries);
    let height = |layout: Layout| (legend_bottom(layout) + 260) as u32;
    let paint = |root: &Area, layout: Layout| -> Drawing {
        let area = plot::header(root, layout, &entries)?;
        // The plot area's offset in the root, for drawing on the root.
        let top = plot::legend_bottom(layout, &entries) + 8;
        let mut chart = ChartBuilder::on(&area)
            .margin_left(8)
            .margin_right(24)
            .margin_bottom(8)
            .y_label_area_size(40)
            .x_label_area_size(28)
            .build_cartesian_2d(-0.5..(n as f64 - 0.5), 0.0..y_max)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(6)
            .y_label_formatter(&|v: &f64| format!("{v:.0}"))
            .label_style(font(12.0).color(&rgb(MUTED)))
            .bold_line_style(rgb(GRID))
            .light_line_style(TRANSPARENT)
            .axis_style(rgb(AXIS))
            .draw()?;
        let band = f64::from(layout.width) / n as f64;
        for (i, cycle) in cycles.iter().enumerate() {
            let (x, y) = chart.backend_coord(&(i as f64, 0.0));
            root.draw(&Text::new(
                plot::fit(cycle, 12.0, band - 4.0),
                (x, y + top + 8),
                font(12.0)
                    .color(&rgb(INK))
                    .pos(Pos::new(HPos::Center, VPos::Top)),
            ))?;
        }
        if let Some(pass) = pass {
            let (x0, y) = chart.backend_coord(&(-0.5, pass));
            let (x1, _) = chart.backend_coord(&(n as f64 - 0.5, pass));
            plot::dashed(root, (x0, x1), y + top, rgb(INK))?;
        }
        for (index, line) in series.iter().enumerate() {
            let color = rgb(SERIES[index % SERIES.len()]);
            let points: Vec<(f64, f64)> = line
                .values
                .iter()
                .enumerate()
                .filter_map(|(i, value)| value.map(|v| (i as f64, v)))
                .collect();
            chart.draw_series(LineSeries::new(points.clone(), color.stroke_width(3)))?;
            for point in points {
                let (x, y) = chart.backend_coord(&point);
                plot::marker(root, (x, y + top), index, color)?;
            }
        }
        Ok(())
    };
    let mut columns = vec![ctx.lang.text("trend_series").to_string()];
    columns.extend(cycles.iter().cloned());
    let rows = series
        .iter()
        .map(|line| {
            std::iter::once(line.name.clone())
                .chain(line.values.iter().map(|value| {
                    value.map_or("\u{2013}".to_string(), |v| {
                        if v.fract() == 0.0 && y_max != 100.0 {
                            format!("{v:.0}")
                        } else {
                            dec1(ctx.lang, v)
                        }
                    })
                }))
                .collect()
        })
        .collect();
    super::plotted(
        id,
        title,
        description,
        DataTable { columns, rows },
        height,
        paint,
    )
}

fn span(ctx: &Ctx) -> (String, String, usize) {
    let trend = &ctx.report.trend;
    (
        trend.first().map(|p| p.cycle.clone()).unwrap_or_default(),
        trend.last().map(|p| p.cycle.clone()).unwrap_or_default(),
        trend.len(),
    )
}

fn journey(ctx: &Ctx) -> Option<Chart> {
    let (first, last, n) = span(ctx);
    let values: Vec<Option<f64>> = ctx.report.trend.iter().map(|p| p.score).collect();
    let title = ctx.lang.text("trend_journey_title");
    let description = ctx.lang.fill(
        "trend-journey-description",
        &[
            ("n", n.to_string().as_str()),
            ("first", first.to_string().as_str()),
            ("last", last.to_string().as_str()),
        ],
    );
    trend(
        ctx,
        "trend-journey",
        &title,
        description,
        vec![Series {
            name: ctx.lang.text("trend_journey_series").to_string(),
            values,
        }],
        100.0,
        Some(ctx.pass()),
    )
}

fn stages(ctx: &Ctx) -> Option<Chart> {
    let (first, last, n) = span(ctx);
    let series = ctx
        .project
        .stages
        .iter()
        .map(|stage| Series {
            name: stage.name.clone(),
            values: ctx
                .report
                .trend
                .iter()
                .map(|point| {
                    point
                        .stages
                        .iter()
                        .find(|s| s.id == stage.id)
                        .and_then(|s| s.score)
                })
                .collect(),
        })
        .collect();
    let title = ctx.lang.text("trend_stages_title");
    let description = ctx.lang.fill(
        "trend-stages-description",
        &[
            ("n", n.to_string().as_str()),
            ("first", first.to_string().as_str()),
            ("last", last.to_string().as_str()),
        ],
    );
    trend(
        ctx,
        "trend-stages",
        &title,
        description,
        series,
        100.0,
        Some(ctx.pass()),
    )
}

fn findings(ctx: &Ctx) -> Option<Chart> {
    let (first, last, n) = span(ctx);
    let points = &ctx.report.trend;
    let series = vec![
        Series {
            name: ctx.lang.text("trend_errors").to_string(),
            values: points.iter().map(|p| Some(p.open.error as f64)).collect(),
        },
        Series {
            name: ctx.lang.text("trend_warnings").to_string(),
            values: points.iter().map(|p| Some(p.open.warning as f64)).collect(),
        },
        Series {
            name: ctx.lang.text("trend_information").to_string(),
            values: points.iter().map(|p| Some(p.open.info as f64)).collect(),
        },
    ];
    let most = points
        .iter()
        .map(|p| p.open.error.max(p.open.warning).max(p.open.info))
        .max()
        .unwrap_or(0);
    let (top, _) = super::bars::count_axis(most);
    let title = ctx.lang.text("trend_findings_title");
    let description = ctx.lang.fill(
        "trend-findings-description",
        &[
            ("n", n.to_string().as_str()),
            ("first", first.to_string().as_str()),
            ("last", last.to_string().as_str()),
        ],
    );
    trend(
        ctx,
        "trend-findings",
        &title,
        description,
        series,
        top as f64,
        None,
    )
}

/// How a touchpoint of a stage compares with the previous cycle.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Changed,
    New,
    MovedIn,
    Removed,
}

/// The chart id of a stage's before/after chart.
pub fn before_after_id(stage_id: &str) -> String {
    format!("since-{stage_id}")
}

fn before_after(ctx: &Ctx, stage: &Stage) -> Option<Chart> {
    let changes = ctx.report.changes.as_ref()?;
    let change = changes.stages.iter().find(|s| s.id == stage.id)?;
    let mut rows: Vec<(String, Option<f64>, Option<f64>, Kind)> = Vec::new();
    for tp in ctx
        .report
        .touchpoints
        .iter()
        .filter(|tp| tp.stage == stage.id)
    {
        let kind = if change.added.contains(&tp.id) {
            Kind::New
        } else if change.moved_in.contains(&tp.id) {
            Kind::MovedIn
        } else {
            Kind::Changed
        };
        let before = if kind == Kind::New {
            None
        } else {
            tp.previous_score
        };
        rows.push((tp.name.clone(), before, tp.score, kind));
    }
    for id in change.removed.iter().chain(&change.moved_out) {
        let before = None;
        let name = ctx
            .report
            .touchpoint(id)
            .map_or(id.clone(), |tp| tp.name.clone());
        rows.push((name, before, None, Kind::Removed));
    }
    if rows.is_empty() {
        return None;
    }
    let lang = ctx.lang;
    let word = |kind: Kind| match kind {
        Kind::Changed => lang.text("stage_change_kept"),
        Kind::New => lang.text("stage_change_new"),
        Kind::MovedIn => lang.text("stage_change_moved_in"),
        Kind::Removed => lang.text("stage_change_gone"),
    };
    let before_word = lang.text("stage_change_before");
    let after_word = lang.text("stage_change_after");
    let entries = vec![
        (
            Key::Swatch(rgb(GREY)),
            format!("{before_word} ({})", changes.from),
        ),
        (
            Key::Swatch(rgb(BLUE)),
            format!("{after_word} ({})", changes.to),
        ),
        (Key::Swatch(rgb(ORANGE)), word(Kind::New).to_string()),
    ];
    let row_height = 44;
    let legend_bottom = |layout: Layout| plot::legend_bottom(layout, &entries);
    let height =
        |layout: Layout| (legend_bottom(layout) + 8 + row_height * rows.len() as i32 + 32) as u32;
    let paint = |root: &Area, layout: Layout| -> Drawing {
        let margin = 16;
        let inner = layout.width as i32 - 2 * margin;
        let area = plot::header(root, layout, &entries)?;
        // The plot area's offset in the root, for drawing on the root.
        let top = plot::legend_bottom(layout, &entries) + 8;
        let m = rows.len() as f64;
        let mut chart = ChartBuilder::on(&area)
            .margin_left(margin as u32)
            .margin_right(margin as u32)
            .x_label_area_size(28)
            .build_cartesian_2d(0.0..100.0, m..0.0)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(0)
            .x_labels(6)
            .x_label_formatter(&|v: &f64| format!("{v:.0}"))
            .label_style(font(12.0).color(&rgb(MUTED)))
            .bold_line_style(rgb(GRID))
            .light_line_style(TRANSPARENT)
            .axis_style(rgb(AXIS))
            .draw()?;
        let (pass_x, y_top) = chart.backend_coord(&(ctx.pass(), 0.0));
        let (_, y_bottom) = chart.backend_coord(&(ctx.pass(), m));
        plot::dashed_vertical(
            root,
            pass_x,
            (y_top + top, y_bottom + top),
            rgb(INK).stroke_width(1),
        )?;
        for (r, (name, before, after, kind)) in rows.iter().enumerate() {
            let y = r as f64;
            let (left, label_y) = chart.backend_coord(&(0.0, y));
            let label = format!("{} \u{b7} {}", name, word(*kind));
            root.draw(&Text::new(
                plot::fit(&label, 12.0, f64::from(inner)),
                (left, label_y + top + 3),
                font(12.0)
                    .color(&rgb(INK))
                    .pos(Pos::new(HPos::Left, VPos::Top)),
            ))?;
            let row_y = y + 0.7;
            if let (Some(b), Some(a)) = (before, after) {
                chart.draw_series(LineSeries::new(
                    vec![(*b, row_y), (*a, row_y)],
                    rgb(MUTED).stroke_width(2),
                ))?;
            }
            if let Some(b) = before {
                chart.draw_series(std::iter::once(Circle::new(
                    (*b, row_y),
                    6,
                    rgb(GREY).filled(),
                )))?;
            }
            if let Some(a) = after {
                let color = if *kind == Kind::New { ORANGE } else { BLUE };
                chart.draw_series(std::iter::once(Circle::new(
                    (*a, row_y),
                    6,
                    rgb(color).filled(),
                )))?;
            }
        }
        Ok(())
    };
    let cell = |value: &Option<f64>| value.map_or("\u{2013}".to_string(), |v| dec1(lang, v));
    let table_rows = rows
        .iter()
        .map(|(name, before, after, kind)| {
            let delta = match (before, after, kind) {
                (Some(b), Some(a), Kind::Changed) => {
                    crate::render::since::signed(lang, crate::score::round1(a - b))
                }
                _ => "\u{2013}".to_string(),
            };
            vec![
                name.clone(),
                cell(before),
                cell(after),
                delta,
                word(*kind).to_string(),
            ]
        })
        .collect();
    let columns = vec![
        ctx.words.touchpoint.to_string(),
        format!("{before_word} ({})", changes.from),
        format!("{after_word} ({})", changes.to),
        lang.text("stage_change_delta").to_string(),
        lang.text("stage_change_heading").to_string(),
    ];
    let name = &stage.name;
    let (from, to) = (&changes.from, &changes.to);
    let title = lang.fill(
        "stage-change-title",
        &[
            ("name", name.to_string().as_str()),
            ("from", from.to_string().as_str()),
            ("to", to.to_string().as_str()),
        ],
    );
    let description = lang.fill(
        "stage-change-description",
        &[
            ("from", from.to_string().as_str()),
            ("to", to.to_string().as_str()),
        ],
    );
    super::plotted(
        &before_after_id(&stage.id),
        &title,
        description,
        DataTable {
            columns,
            rows: table_rows,
        },
        height,
        paint,
    )
}
