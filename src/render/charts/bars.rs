//! Stacked bars per stage, drawn with plotters' chart API: one or more
//! panels, each with its legend, a count axis with a mesh, the counts
//! written in the segments tall enough to hold them, stages without
//! touchpoints labelled, and flagged stages tinted with a warning above.

use plotters::prelude::*;

use super::palette::{ALERT, AXIS, GRID, INK, MUTED, Rgb};
use super::plot::{self, Area, Drawing, HPos, Key, Layout, Pos, VPos, font, rgb};
use super::{Chart, Ctx, DataTable};

/// The tint behind a flagged stage.
const FLAG_TINT: Rgb = Rgb(252, 236, 228);

/// One panel: series stacked bottom to top, per stage.
pub(super) struct Panel {
    /// A bold word before the legend (`By owner:`), when there are panels.
    pub heading: Option<String>,
    pub series: Vec<(String, Rgb)>,
    /// Per stage, per series.
    pub values: Vec<Vec<usize>>,
    /// Per stage: whether it is flagged (tinted, `warning` above its bar).
    pub flagged: Vec<bool>,
    pub warning: String,
}

/// A rounded-up maximum for a count axis and its number of ticks.
pub(super) fn count_axis(max: usize) -> (usize, usize) {
    let max = max.max(1);
    let step = match max {
        0..=6 => 1,
        7..=12 => 2,
        13..=30 => 5,
        31..=60 => 10,
        _ => max.div_ceil(60) * 10,
    };
    let top = max.div_ceil(step) * step;
    (top, top / step + 1)
}

const PLOT: i32 = 190;
const LABELS: i32 = 40;

/// Draws `panels` one under the other as one chart.
pub(super) fn chart(
    ctx: &Ctx,
    (id, title): (&str, &str),
    panels: Vec<Panel>,
    description: String,
    table: DataTable,
) -> Option<Chart> {
    let stages = &ctx.project.stages;
    if stages.is_empty() || panels.is_empty() {
        return None;
    }
    let names: Vec<String> = stages.iter().map(|s| s.name.clone()).collect();
    let margin = 16;
    let axis = 40;
    let entries = |panel: &Panel| -> Vec<(Key, String)> {
        panel
            .series
            .iter()
            .map(|(label, color)| (Key::Swatch(rgb(*color)), label.clone()))
            .collect()
    };
    // Per layout: the panels' heights and the stage labels.
    let layout_of = |layout: Layout| {
        let inner = layout.width as i32 - 2 * margin;
        let band = f64::from(inner - axis) / names.len() as f64;
        let (labels, numbered) = plot::stage_labels(&names, band, 12.0);
        let key_lines = plot::stage_key_lines(&names, numbered, f64::from(inner));
        let heights: Vec<i32> = panels
            .iter()
            .map(|panel| {
                let heading = if panel.heading.is_some() { 20 } else { 0 };
                let (_, legend) = plot::legend_layout((margin, 0), inner, &entries(panel));
                let warning = if panel.flagged.contains(&true) { 34 } else { 0 };
                heading + legend + 8 + warning + PLOT + LABELS
            })
            .collect();
        (heights, labels, numbered, key_lines)
    };
    let height = |layout: Layout| {
        let (heights, _, _, key_lines) = layout_of(layout);
        (8 + heights.iter().sum::<i32>() + 18 * key_lines as i32 + 8) as u32
    };
    let paint = |root: &Area, layout: Layout| -> Drawing {
        root.fill(&WHITE)?;
        let inner = layout.width as i32 - 2 * margin;
        let (heights, labels, numbered, _) = layout_of(layout);
        let mut top = 8;
        for (panel, panel_height) in panels.iter().zip(&heights) {
            let mut y = top;
            if let Some(heading) = &panel.heading {
                root.draw(&Text::new(
                    heading.clone(),
                    (margin, y + 8),
                    font(12.0)
                        .color(&rgb(INK))
                        .pos(Pos::new(HPos::Left, VPos::Center)),
                ))?;
                y += 20;
            }
            y = plot::legend(root, (margin, y), inner, &entries(panel))? + 8;
            let warning_space = if panel.flagged.contains(&true) { 34 } else { 0 };
            y += warning_space;
            let totals: Vec<usize> = panel.values.iter().map(|v| v.iter().sum()).collect();
            let (max, ticks) = count_axis(totals.iter().copied().max().unwrap_or(0));
            let area = root
                .margin(y as u32, 0, 0, 0)
                .split_vertically(PLOT + LABELS)
                .0;
            let n = names.len() as f64;
            let mut chart = ChartBuilder::on(&area)
                .margin_left(margin as u32)
                .margin_right(margin as u32)
                .y_label_area_size(axis as u32)
                .x_label_area_size(LABELS as u32)
                .build_cartesian_2d(0.0..n, 0.0..max as f64)?;
            // Flagged stages' tint, under the mesh.
            for (i, _) in panel.flagged.iter().enumerate().filter(|(_, f)| **f) {
                let x = i as f64;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x + 0.04, 0.0), (x + 0.96, max as f64)],
                    rgb(FLAG_TINT).filled(),
                )))?;
            }
            chart
                .configure_mesh()
                .disable_x_mesh()
                .x_labels(0)
                .y_labels(ticks)
                .y_label_formatter(&|v: &f64| format!("{v:.0}"))
                .label_style(font(11.0).color(&rgb(MUTED)))
                .bold_line_style(rgb(GRID))
                .light_line_style(TRANSPARENT)
                .axis_style(rgb(AXIS))
                .draw()?;
            let mut counts = Vec::new();
            for (i, stage) in panel.values.iter().enumerate() {
                let x = i as f64;
                let mut base = 0;
                for (value, (_, color)) in stage.iter().zip(&panel.series) {
                    if *value == 0 {
                        continue;
                    }
                    let (low, high) = (base as f64, (base + value) as f64);
                    chart.draw_series(std::iter::once(Rectangle::new(
                        [(x + 0.25, low), (x + 0.75, high)],
                        rgb(*color).filled(),
                    )))?;
                    let (_, y0) = chart.backend_coord(&(x, low));
                    let (_, y1) = chart.backend_coord(&(x, high));
                    if y0 - y1 >= 16 {
                        counts.push((chart.backend_coord(&(x + 0.5, (low + high) / 2.0)), *value));
                    }
                    base += value;
                }
            }
            for (at, value) in counts {
                plot::label(root, &value.to_string(), at, 12.0, rgb(INK), HPos::Center)?;
            }
            let band = f64::from(inner - axis) / n;
            for (i, label) in labels.iter().enumerate() {
                let (x, y) = chart.backend_coord(&(i as f64 + 0.5, 0.0));
                root.draw(&Text::new(
                    label.clone(),
                    (x, y + 8),
                    font(12.0)
                        .color(&rgb(INK))
                        .pos(Pos::new(HPos::Center, VPos::Top)),
                ))?;
                if totals[i] == 0 {
                    let lines = plot::wrap(&ctx.words.no_touchpoints, 11.0, band - 6.0, 3);
                    let first = y - 8 - 14 * (lines.len() as i32 - 1);
                    let pos = Pos::new(HPos::Center, VPos::Bottom);
                    plot::lines(root, lines, (x, first), 11.0, rgb(MUTED), pos)?;
                }
                if panel.flagged[i] {
                    let (_, top_y) = chart.backend_coord(&(0.0, max as f64));
                    let lines = plot::wrap(&format!("! {}", panel.warning), 11.0, band - 6.0, 2);
                    let first = top_y - 6 - 14 * (lines.len() as i32 - 1);
                    let pos = Pos::new(HPos::Center, VPos::Bottom);
                    plot::lines(root, lines, (x, first), 11.0, rgb(ALERT), pos)?;
                }
            }
            top += panel_height;
        }
        if numbered {
            plot::stage_key(root, &names, (margin, top + 4), f64::from(inner))?;
        }
        Ok(())
    };
    super::plotted(id, title, description, table, height, paint)
}
