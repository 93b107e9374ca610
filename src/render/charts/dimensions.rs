//! Per stage: its touchpoints' scores by dimension, as grouped horizontal
//! bars against the pass line.

use plotters::prelude::*;

use super::palette::{
    AXIS, BLUE, GREEN, GRID, INK, MUTED, ORANGE, PURPLE, Rgb, SKY, VERMILLION, YELLOW,
};
use super::plot::{self, Area, Drawing, HPos, Key, Layout, Pos, VPos, font, rgb};
use super::words::{self, short};
use super::{Chart, Ctx, DataTable};
use crate::model::Stage;

/// Colour of the n-th dimension (cycling).
fn color(n: usize) -> Rgb {
    const COLORS: [Rgb; 7] = [BLUE, ORANGE, GREEN, PURPLE, SKY, VERMILLION, YELLOW];
    COLORS[n % COLORS.len()]
}

const GROUP_TINT: Rgb = Rgb(246, 246, 246);
/// A bar's height and the gap under it, in pixels.
const BAR: i32 = 13;
const GAP: i32 = 3;
/// The space around a touchpoint's bars.
const PAD: i32 = 16;
/// The line naming a touchpoint above its bars on a phone.
const PHONE_NAME: i32 = 20;

/// The chart id of a stage's dimension chart.
pub(super) fn chart_id(stage_id: &str) -> String {
    format!("stage-{stage_id}")
}

pub(super) fn stage(ctx: &Ctx, stage: &Stage) -> Option<Chart> {
    let (w, lang, project) = (&ctx.words, ctx.lang, ctx.project);
    let scoring = &project.site.scoring;
    let dims = &scoring.dimensions;
    let touchpoints: Vec<_> = project.touchpoints_of(&stage.id).collect();
    if dims.is_empty() || !touchpoints.iter().any(|tp| !tp.scores.is_empty()) {
        return None;
    }
    let dim_names: Vec<String> = dims.iter().map(|d| words::dimension(lang, d)).collect();
    let id = chart_id(&stage.id);

    let keys: Vec<(Key, String)> = dim_names
        .iter()
        .enumerate()
        .map(|(n, name)| (Key::Swatch(rgb(color(n))), name.clone()))
        .chain([(Key::Dashed(rgb(INK)), ctx.pass_label(scoring.pass))])
        .collect();
    let subs: Vec<String> = touchpoints
        .iter()
        .map(
            |tp| match ctx.report.touchpoint(&tp.id).and_then(|entry| entry.score) {
                Some(score) => format!("{} {}", w.score, ctx.dec1(score)),
                None => w.unscored.to_string(),
            },
        )
        .collect();
    let margin = 16;
    let bars = dims.len() as i32 * (BAR + GAP) - GAP;
    let group = |layout: Layout| bars + PAD + if layout.phone { PHONE_NAME } else { 0 };
    let label_width = |layout: Layout| if layout.phone { 0 } else { 250 };
    let legend_bottom = |layout: Layout| plot::legend_bottom(layout, &keys);
    let plot_height = |layout: Layout| group(layout) * touchpoints.len() as i32;
    let axis_height = 44;
    let height =
        |layout: Layout| (legend_bottom(layout) + 8 + plot_height(layout) + axis_height + 8) as u32;
    let ticks = ticks(scoring.scale);
    let axis_name = format!("{} (0–{})", w.score, short(lang, scoring.scale));
    let paint = |root: &Area, layout: Layout| -> Drawing {
        let inner = layout.width as i32 - 2 * margin;
        let area = plot::header(root, layout, &keys)?;
        let area = area.split_vertically(plot_height(layout) + axis_height).0;
        let g = group(layout);
        let total = f64::from(plot_height(layout));
        let mut chart = ChartBuilder::on(&area)
            .margin_left((margin + label_width(layout)) as u32)
            .margin_right((margin + 24) as u32)
            .x_label_area_size(axis_height as u32)
            .build_cartesian_2d(0.0..scoring.scale, total..0.0)?;
        // Every other touchpoint's band tinted, under the mesh.
        for t in (1..touchpoints.len()).step_by(2) {
            let y = f64::from(g * t as i32);
            let (_, y0) = chart.backend_coord(&(0.0, y));
            let (_, y1) = chart.backend_coord(&(0.0, y + f64::from(g)));
            root.draw(&Rectangle::new(
                [(margin, y0), (layout.width as i32 - margin, y1)],
                rgb(GROUP_TINT).filled(),
            ))?;
        }
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(0)
            .x_labels(ticks.len())
            .x_label_formatter(&|v: &f64| short(lang, *v))
            .x_desc(axis_name.clone())
            .label_style(font(11.0).color(&rgb(MUTED)))
            .axis_desc_style(font(12.0).color(&rgb(MUTED)))
            .bold_line_style(rgb(GRID))
            .light_line_style(TRANSPARENT)
            .axis_style(rgb(AXIS))
            .draw()?;
        let mut labels = Vec::new();
        let mut names = Vec::new();
        for (t, tp) in touchpoints.iter().enumerate() {
            let band = g * t as i32;
            let first = band + PAD / 2 + if layout.phone { PHONE_NAME } else { 0 };
            let (_, name_y) = chart.backend_coord(&(0.0, f64::from(band + PAD / 2)));
            if layout.phone {
                let line = plot::fit(
                    &format!("{} \u{b7} {}", tp.name, subs[t]),
                    12.0,
                    f64::from(inner),
                );
                // Drawn after the pass line, on a white box over it.
                names.push((line, (margin, name_y + 7)));
            } else {
                let (_, middle) = chart.backend_coord(&(0.0, f64::from(band + g / 2)));
                let max = f64::from(label_width(layout) - 16);
                let mut lines = plot::wrap(&tp.name, 12.0, max, 2);
                lines.push(subs[t].clone());
                let mut y = middle - 8 * (lines.len() as i32 - 1);
                let right = margin + label_width(layout) - 10;
                let count = lines.len();
                for (k, line) in lines.into_iter().enumerate() {
                    // The last line is the touchpoint's score.
                    let (size, ink) = if k + 1 == count {
                        (11.0, MUTED)
                    } else {
                        (12.0, INK)
                    };
                    root.draw(&Text::new(
                        line,
                        (right, y),
                        font(size)
                            .color(&rgb(ink))
                            .pos(Pos::new(HPos::Right, VPos::Center)),
                    ))?;
                    y += 16;
                }
            }
            for (n, dim) in dims.iter().enumerate() {
                let y = f64::from(first + (BAR + GAP) * n as i32);
                let middle = y + f64::from(BAR) / 2.0;
                match tp.scores.get(dim) {
                    Some(value) => {
                        chart.draw_series(std::iter::once(Rectangle::new(
                            [(0.0, y), (*value, y + f64::from(BAR))],
                            rgb(color(n)).filled(),
                        )))?;
                        let (x, y) = chart.backend_coord(&(*value, middle));
                        labels.push(((x + 4, y), short(lang, *value), INK));
                    }
                    None => {
                        let (x, y) = chart.backend_coord(&(0.0, middle));
                        labels.push(((x + 4, y), w.unscored.to_lowercase(), MUTED));
                    }
                }
            }
        }
        let (pass_x, y_top) = chart.backend_coord(&(scoring.pass, 0.0));
        let (_, y_bottom) = chart.backend_coord(&(scoring.pass, total));
        let mut y = y_top;
        while y < y_bottom {
            root.draw(&PathElement::new(
                vec![(pass_x, y), (pass_x, (y + 6).min(y_bottom))],
                rgb(INK).stroke_width(2),
            ))?;
            y += 10;
        }
        for (name, at) in names {
            plot::label(root, &name, at, 12.0, rgb(INK), HPos::Left)?;
        }
        for (at, text, ink) in labels {
            plot::label(root, &text, (at.0 + 2, at.1), 11.0, rgb(ink), HPos::Left)?;
        }
        Ok(())
    };
    let mut columns = vec![w.touchpoint.to_string()];
    columns.extend(dim_names.iter().cloned());
    columns.push(format!("{} (0–100)", w.score));
    let rows = touchpoints
        .iter()
        .map(|tp| {
            let mut row = vec![tp.name.clone()];
            row.extend(dims.iter().map(|dim| {
                tp.scores
                    .get(dim)
                    .map_or(w.none.to_string(), |v| short(lang, *v))
            }));
            let score = ctx.report.touchpoint(&tp.id).and_then(|entry| entry.score);
            row.push(score.map_or(w.none.to_string(), |v| ctx.dec1(v)));
            row
        })
        .collect();
    let (name, scale_text, pass_text) = (
        &stage.name,
        short(lang, scoring.scale),
        short(lang, scoring.pass),
    );
    let n = touchpoints.len();
    let description = lang.fill(
        "chart-dimensions-description",
        &[
            ("n", n.to_string().as_str()),
            ("name", name.to_string().as_str()),
            ("scale_text", scale_text.to_string().as_str()),
            ("pass_text", pass_text.to_string().as_str()),
        ],
    );
    super::plotted(
        &id,
        &format!("{}: {}", stage.name, w.dimensions),
        description,
        DataTable { columns, rows },
        height,
        paint,
    )
}

/// Tick values from 0 to `scale`: every whole number up to 10, else five steps.
fn ticks(scale: f64) -> Vec<f64> {
    if scale <= 10.0 && scale.fract() == 0.0 {
        (0..=scale as i64).map(|v| v as f64).collect()
    } else {
        (0..=5).map(|i| scale * f64::from(i) / 5.0).collect()
    }
}
