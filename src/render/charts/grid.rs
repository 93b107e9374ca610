//! Grids of rows by stages, drawn with plotters' chart API: the score and
//! emotion heatmaps, the coverage of channels and the personas served.
//!
//! A cell holds a text on a fill, a count in a dot or ring, or nothing;
//! stages without touchpoints are tinted and labelled down their column;
//! a row of totals can close the grid. On a phone the row labels narrow
//! and the stages are numbered with a key under the grid when their names
//! do not fit.

use plotters::prelude::*;

use super::palette::{ALERT, AXIS, BLUE, GRID, INK, MUTED, Rgb, WHITE as PAPER};
use super::plot::{self, Area, Drawing, HPos, Key, Layout, Pos, VPos, font, rgb};
use super::{Chart, Ctx, DataTable};

/// The tint of a stage without touchpoints.
const EMPTY_STAGE: Rgb = Rgb(250, 236, 228);

/// One cell of a grid.
#[derive(Debug, Clone)]
pub(super) enum Cell {
    Blank,
    /// A text on a fill, in a colour that reads on it.
    Text {
        text: String,
        fill: Rgb,
        ink: Rgb,
    },
    /// A count in a filled dot (`filled`) or in a ring.
    Dot {
        text: String,
        filled: bool,
    },
}

/// What a grid shows.
pub(super) struct Grid<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub rows: Vec<String>,
    /// Per row, per stage.
    pub cells: Vec<Vec<Cell>>,
    pub legend: Vec<(Key, String)>,
    /// Per stage: whether it has no touchpoints (its column is tinted and
    /// labelled).
    pub empty: Vec<bool>,
    /// A row of totals under the grid: its label and one text per stage.
    pub totals: Option<(String, Vec<String>)>,
    /// The row above which a rule separates two groups of rows.
    pub divider: Option<usize>,
}

const CELL: u32 = 36;
const HEADER: u32 = 26;

/// Draws `grid` as a chart with `description` and `table`.
pub(super) fn chart(ctx: &Ctx, grid: Grid, description: String, table: DataTable) -> Option<Chart> {
    let stages = &ctx.project.stages;
    if stages.is_empty() || grid.rows.is_empty() {
        return None;
    }
    let names: Vec<String> = stages.iter().map(|s| s.name.clone()).collect();
    let margin = 16;
    let label_width = |layout: Layout| if layout.phone { 96 } else { 180 };
    let layout_of = |layout: Layout| {
        let inner = layout.width as i32 - 2 * margin;
        let legend_bottom = plot::legend_bottom(layout, &grid.legend);
        let band =
            f64::from(layout.width as i32 - label_width(layout) - margin) / names.len() as f64;
        let (labels, numbered) = plot::stage_labels(&names, band, 12.0);
        let key_lines = plot::stage_key_lines(&names, numbered, f64::from(inner));
        (legend_bottom, labels, numbered, key_lines)
    };
    let totals_height = if grid.totals.is_some() { CELL } else { 0 };
    let grid_height = CELL * grid.rows.len() as u32 + totals_height;
    let height = |layout: Layout| {
        let (legend_bottom, _, _, key_lines) = layout_of(layout);
        legend_bottom as u32 + 8 + HEADER + grid_height + 8 + 18 * key_lines + 6
    };
    let paint = |root: &Area, layout: Layout| -> Drawing {
        let inner = layout.width as i32 - 2 * margin;
        let (_, labels, numbered, _) = layout_of(layout);
        let area = plot::header(root, layout, &grid.legend)?;
        let (grid_area, below) = area.split_vertically(HEADER + grid_height + 8);
        let n = names.len() as f64;
        let m = grid.rows.len() as f64 + if grid.totals.is_some() { 1.0 } else { 0.0 };
        let mut chart = ChartBuilder::on(&grid_area)
            .margin_left(label_width(layout) as u32)
            .margin_right(margin as u32)
            .margin_top(HEADER)
            .margin_bottom(8)
            .build_cartesian_2d(0.0..n, m..0.0)?;
        let rows = grid.rows.len() as f64;
        // Empty stages first, under the cells' grid lines.
        for (i, _) in grid.empty.iter().enumerate().filter(|(_, empty)| **empty) {
            let x = i as f64;
            chart.draw_series(std::iter::once(Rectangle::new(
                [(x, 0.0), (x + 1.0, rows)],
                rgb(EMPTY_STAGE).filled(),
            )))?;
        }
        for (r, row) in grid.cells.iter().enumerate() {
            for (i, cell) in row.iter().enumerate() {
                let (x, y) = (i as f64, r as f64);
                let corners = [(x, y), (x + 1.0, y + 1.0)];
                let at = chart.backend_coord(&(x + 0.5, y + 0.5));
                match cell {
                    Cell::Blank => {}
                    Cell::Text { text, fill, ink } => {
                        chart.draw_series(std::iter::once(Rectangle::new(
                            corners,
                            rgb(*fill).filled(),
                        )))?;
                        root.draw(&Text::new(
                            text.clone(),
                            at,
                            font(13.0)
                                .color(&rgb(*ink))
                                .pos(Pos::new(HPos::Center, VPos::Center)),
                        ))?;
                    }
                    Cell::Dot { text, filled } => {
                        let (shape, ink) = if *filled {
                            (Circle::new(at, 12, rgb(BLUE).filled()), PAPER)
                        } else {
                            (Circle::new(at, 11, rgb(BLUE).stroke_width(2)), INK)
                        };
                        root.draw(&shape)?;
                        root.draw(&Text::new(
                            text.clone(),
                            at,
                            font(13.0)
                                .color(&rgb(ink))
                                .pos(Pos::new(HPos::Center, VPos::Center)),
                        ))?;
                    }
                }
                chart.draw_series(std::iter::once(Rectangle::new(
                    corners,
                    rgb(GRID).stroke_width(1),
                )))?;
            }
        }
        if let Some(divider) = grid.divider {
            let y = divider as f64;
            chart.draw_series(LineSeries::new(
                [(0.0, y), (n, y)],
                rgb(AXIS).stroke_width(2),
            ))?;
        }
        // The empty stages' label, down the middle of their column.
        for (i, _) in grid.empty.iter().enumerate().filter(|(_, empty)| **empty) {
            let (x0, _) = chart.backend_coord(&(i as f64, 0.0));
            let (x1, _) = chart.backend_coord(&(i as f64 + 1.0, 0.0));
            let (x, y) = chart.backend_coord(&(i as f64 + 0.5, rows / 2.0));
            let lines = plot::wrap(&ctx.words.no_touchpoints, 11.0, f64::from(x1 - x0 - 4), 3);
            let first = y - (14 * (lines.len() as i32 - 1)) / 2;
            let pos = Pos::new(HPos::Center, VPos::Center);
            plot::lines(root, lines, (x, first), 11.0, rgb(ALERT), pos)?;
        }
        if let Some((label, totals)) = &grid.totals {
            let (_, y) = chart.backend_coord(&(0.0, rows));
            root.draw(&PathElement::new(
                vec![(margin, y), (layout.width as i32 - margin, y)],
                rgb(AXIS).stroke_width(1),
            ))?;
            for (i, total) in totals.iter().enumerate() {
                let at = chart.backend_coord(&(i as f64 + 0.5, rows + 0.5));
                let ink = if total == "0" { ALERT } else { INK };
                root.draw(&Text::new(
                    total.clone(),
                    at,
                    font(12.0)
                        .color(&rgb(ink))
                        .pos(Pos::new(HPos::Center, VPos::Center)),
                ))?;
            }
            let (_, y) = chart.backend_coord(&(0.0, rows + 0.5));
            root.draw(&Text::new(
                plot::fit(label, 12.0, f64::from(label_width(layout) - margin - 8)),
                (margin, y),
                font(12.0)
                    .color(&rgb(INK))
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
        for (i, text) in labels.iter().enumerate() {
            let (x, y) = chart.backend_coord(&(i as f64 + 0.5, 0.0));
            root.draw(&Text::new(
                text.clone(),
                (x, y - 8),
                font(12.0)
                    .color(&rgb(INK))
                    .pos(Pos::new(HPos::Center, VPos::Bottom)),
            ))?;
        }
        for (r, name) in grid.rows.iter().enumerate() {
            let (_, y) = chart.backend_coord(&(0.0, r as f64 + 0.5));
            let name = plot::fit(name, 12.0, f64::from(label_width(layout) - margin - 8));
            root.draw(&Text::new(
                name,
                (margin, y),
                font(12.0)
                    .color(&rgb(INK))
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
        if numbered {
            plot::stage_key(
                &below.margin(0, 0, margin as u32, 0),
                &names,
                (0, 4),
                f64::from(inner),
            )?;
        }
        Ok(())
    };
    super::plotted(grid.id, grid.title, description, table, height, paint)
}

/// A text cell, or `none` in muted ink on paper for a missing value.
pub(super) fn text_or_none(ctx: &Ctx, value: Option<(String, Rgb, Rgb)>) -> Cell {
    match value {
        Some((text, fill, ink)) => Cell::Text { text, fill, ink },
        None => Cell::Text {
            text: ctx.words.none.to_string(),
            fill: PAPER,
            ink: MUTED,
        },
    }
}
