//! The emotion curve (one line per persona across the stages, its low
//! point named) and the stage scores against the pass line, drawn with
//! plotters' chart API.

use plotters::prelude::*;

use super::palette::{
    ALERT, AXIS, BLUE, GREEN, GRID, INK, MUTED, ORANGE, PURPLE, Rgb, SKY, VERMILLION,
};
use super::plot::{self, Area, Drawing, HPos, Key, Layout, Pos, VPos, font, rgb};
use super::words::{list, short};
use super::{Chart, Ctx, DataTable};
use crate::model::Stage;

/// The series colours of the personas, in persona order (Okabe–Ito), each
/// with its own marker shape too.
pub(super) const PERSONA_COLORS: [Rgb; 6] = [BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY];
/// The area below neutral emotion.
const LOW_ZONE: Rgb = Rgb(250, 240, 232);
/// A stage without touchpoints.
const EMPTY_BAND: Rgb = Rgb(242, 242, 242);

/// An emotion as a signed whole number: `+2`, `0`, `−1`.
pub(super) fn emotion_text(value: i8) -> String {
    match value {
        v if v > 0 => format!("+{v}"),
        0 => "0".to_string(),
        v => format!("\u{2212}{}", -i32::from(v)),
    }
}

/// One line of the emotion curve: whose it is and, per stage, the lowest
/// emotion felt there with the touchpoint it is felt at.
struct Line<'a> {
    name: String,
    lows: Vec<Option<(i8, &'a str)>>,
}

fn lines<'a>(ctx: &Ctx<'a>) -> Vec<Line<'a>> {
    let lowest = |stage: &Stage, felt: &dyn Fn(&crate::model::Touchpoint) -> Option<i8>| {
        ctx.project
            .touchpoints
            .iter()
            .filter(|tp| tp.stage == stage.id)
            .filter_map(|tp| felt(tp).map(|e| (e, tp.name.as_str())))
            .min_by_key(|(e, _)| *e)
    };
    if ctx.project.personas.is_empty() {
        return vec![Line {
            name: ctx.lang.text("chart_all_customers").to_string(),
            lows: ctx
                .project
                .stages
                .iter()
                .map(|stage| lowest(stage, &|tp| tp.emotion))
                .collect(),
        }];
    }
    ctx.project
        .personas
        .iter()
        .map(|persona| Line {
            name: persona.name.clone(),
            lows: ctx
                .project
                .stages
                .iter()
                .map(|stage| lowest(stage, &|tp| ctx.felt(tp, &persona.id)))
                .collect(),
        })
        .collect()
}

/// The x offset of line `k` of `n`, so markers of equal values sit side by side.
fn dodge(k: usize, n: usize) -> f64 {
    (k as f64 - (n as f64 - 1.0) / 2.0) * 0.07
}

pub(super) fn curve(ctx: &Ctx) -> Option<Chart> {
    let stages = &ctx.project.stages;
    if stages.is_empty() {
        return None;
    }
    let (w, lang) = (&ctx.words, ctx.lang);
    let lines = lines(ctx);
    let names: Vec<String> = stages.iter().map(|s| s.name.clone()).collect();
    let entries: Vec<(Key, String)> = lines
        .iter()
        .enumerate()
        .map(|(k, line)| {
            (
                Key::Series(rgb(PERSONA_COLORS[k % PERSONA_COLORS.len()]), k),
                line.name.clone(),
            )
        })
        .collect();
    // The low point: the lowest emotion of any line, first in journey order.
    let low = lines
        .iter()
        .enumerate()
        .flat_map(|(k, line)| {
            line.lows
                .iter()
                .enumerate()
                .filter_map(move |(i, v)| v.map(|(e, tp)| (e, i, k, tp)))
        })
        .min_by_key(|&(e, i, k, _)| (e, i, k));
    let low_text = low.map(|(e, i, k, tp)| {
        lang.fill(
            "chart-emotion-low-point",
            &[
                ("persona", &lines[k].name),
                ("touchpoint", tp),
                ("stage", &stages[i].name),
                ("emotion", &emotion_text(e)),
            ],
        )
    });

    let layout_of = |layout: Layout| {
        let margin = 16;
        let inner = layout.width as i32 - 2 * margin;
        let legend_bottom = plot::legend_bottom(layout, &entries);
        let plot_left = 56.0;
        let band = (f64::from(layout.width) - plot_left - 16.0) / names.len() as f64;
        let (labels, numbered) = plot::stage_labels(&names, band, 12.0);
        let key_lines = plot::stage_key_lines(&names, numbered, f64::from(inner));
        (legend_bottom, labels, numbered, key_lines)
    };
    let plot_height = |layout: Layout| if layout.phone { 240 } else { 280 };
    let height = |layout: Layout| {
        let (legend_bottom, _, _, key_lines) = layout_of(layout);
        legend_bottom as u32 + 8 + plot_height(layout) + 30 + 18 * key_lines + 6
    };
    let paint = |root: &Area, layout: Layout| -> Drawing {
        let margin = 16;
        let inner = layout.width as i32 - 2 * margin;
        let (_, labels, numbered, _) = layout_of(layout);
        let area = plot::header(root, layout, &entries)?;
        let n = stages.len() as f64;
        let (plot_area, below) = area.split_vertically(plot_height(layout) + 30);
        let mut chart = ChartBuilder::on(&plot_area)
            .margin_right(16)
            .x_label_area_size(30)
            .y_label_area_size(64)
            .build_cartesian_2d(-0.5..n - 0.5, -3.2..2.6)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(8)
            .y_label_formatter(&|v: &f64| {
                if v.abs() <= 2.0 {
                    emotion_text(v.round() as i8)
                } else {
                    String::new()
                }
            })
            .y_desc(w.emotion.as_str())
            .label_style(font(12.0).color(&rgb(MUTED)))
            .axis_desc_style(font(12.0).color(&rgb(MUTED)))
            .bold_line_style(rgb(GRID))
            .light_line_style(TRANSPARENT)
            .axis_style(rgb(AXIS))
            .draw()?;
        chart.draw_series(std::iter::once(Rectangle::new(
            [(-0.5, -3.2), (n - 0.5, 0.0)],
            rgb(LOW_ZONE).filled(),
        )))?;
        for (i, stage) in stages.iter().enumerate() {
            if ctx.project.touchpoints_of(&stage.id).next().is_none() {
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(i as f64 - 0.5, -3.2), (i as f64 + 0.5, 2.6)],
                    rgb(EMPTY_BAND).filled(),
                )))?;
            }
        }
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(-0.5, 0.0), (n - 0.5, 0.0)],
            rgb(AXIS).stroke_width(1),
        )))?;
        for i in 1..stages.len() {
            let x = i as f64 - 0.5;
            chart.draw_series(std::iter::once(PathElement::new(
                vec![(x, -3.2), (x, 2.6)],
                rgb(GRID).stroke_width(1),
            )))?;
        }
        // Stage labels under the bands.
        for (i, text) in labels.iter().enumerate() {
            let (x, y) = chart.backend_coord(&(i as f64, -3.2));
            root.draw(&Text::new(
                text.clone(),
                (x, y + 8),
                font(12.0)
                    .color(&rgb(INK))
                    .pos(Pos::new(HPos::Center, VPos::Top)),
            ))?;
        }
        // One line per persona, broken where a stage has no emotion.
        for (k, line) in lines.iter().enumerate() {
            let color = rgb(PERSONA_COLORS[k % PERSONA_COLORS.len()]);
            let dx = dodge(k, lines.len());
            for run in runs(&line.lows) {
                chart.draw_series(std::iter::once(PathElement::new(
                    run.iter()
                        .map(|&(i, e)| (i as f64 + dx, f64::from(e)))
                        .collect::<Vec<_>>(),
                    color.stroke_width(3),
                )))?;
            }
            for (i, low) in line.lows.iter().enumerate() {
                if let Some((e, _)) = low {
                    let at = chart.backend_coord(&(i as f64 + dx, f64::from(*e)));
                    plot::marker(root, at, k, color)?;
                }
            }
        }
        // The low point, ringed and named.
        if let (Some((e, i, k, _)), Some(text)) = (low, &low_text) {
            let at = chart.backend_coord(&(i as f64 + dodge(k, lines.len()), f64::from(e)));
            root.draw(&Circle::new(at, 11, rgb(ALERT).stroke_width(2)))?;
            let left_half = i as f64 + 0.5 <= n / 2.0;
            let (plot_left, _) = chart.backend_coord(&(-0.5, 0.0));
            let max = if layout.phone {
                f64::from(inner)
            } else if left_half {
                f64::from(layout.width as i32 - margin - at.0 - 16)
            } else {
                f64::from(at.0 - 16 - plot_left)
            };
            let text = plot::fit(text, 12.0, max);
            let text_width = plot::width(&text, 12.0) as i32;
            let (x, anchor) = if layout.phone {
                let x = (at.0 - text_width / 2)
                    .clamp(margin, layout.width as i32 - margin - text_width);
                (x, HPos::Left)
            } else if left_half {
                (at.0 + 16, HPos::Left)
            } else {
                (at.0 - 16, HPos::Right)
            };
            plot::label(root, &text, (x, at.1 + 22), 12.0, rgb(ALERT), anchor)?;
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

    let with_emotion = ctx
        .project
        .touchpoints
        .iter()
        .filter(|tp| tp.emotion.is_some())
        .count();
    let total = ctx.project.touchpoints.len();
    let mut description = lang.fill(
        "chart-emotion-description",
        &[
            ("with_emotion", &with_emotion.to_string()),
            ("total", &total.to_string()),
        ],
    );
    if let Some(text) = &low_text {
        description.push(' ');
        description.push_str(text);
        description.push('.');
    }
    let mut columns = vec![w.stage.to_string()];
    columns.extend(lines.iter().map(|line| line.name.clone()));
    let rows = stages
        .iter()
        .enumerate()
        .map(|(i, stage)| {
            let mut row = vec![stage.name.clone()];
            row.extend(lines.iter().map(|line| {
                line.lows[i].map_or(w.none.to_string(), |(e, tp)| {
                    format!("{} ({tp})", emotion_text(e))
                })
            }));
            row
        })
        .collect();
    let title = lang.text("chart_emotion_title");
    super::plotted(
        "journey-curve",
        &title,
        description,
        DataTable { columns, rows },
        height,
        paint,
    )
}

/// Consecutive runs of stages with a value.
fn runs(values: &[Option<(i8, &str)>]) -> Vec<Vec<(usize, i8)>> {
    let mut runs: Vec<Vec<(usize, i8)>> = Vec::new();
    let mut current = Vec::new();
    for (i, value) in values.iter().enumerate() {
        match value {
            Some((v, _)) => current.push((i, *v)),
            None if !current.is_empty() => runs.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

fn result(ctx: &Ctx, passed: Option<bool>) -> String {
    match passed {
        Some(true) => ctx.words.passed.clone(),
        Some(false) => ctx.words.below.clone(),
        None => ctx.words.unscored.clone(),
    }
    .to_string()
}

/// Names of the stages whose score is below the pass line.
fn stages_below(ctx: &Ctx) -> Vec<String> {
    ctx.project
        .stages
        .iter()
        .filter(|stage| ctx.stage_score(stage).1 == Some(false))
        .map(|stage| stage.name.clone())
        .collect()
}

fn below_sentence(ctx: &Ctx, below: &[String]) -> String {
    let (n, total) = (below.len(), ctx.project.stages.len());
    let names = list(ctx.lang, below);
    if below.is_empty() {
        ctx.lang.text("chart-no-stage-below")
    } else {
        ctx.lang.fill(
            "chart-stages-below",
            &[
                ("n", n.to_string().as_str()),
                ("total", total.to_string().as_str()),
                ("names", names.to_string().as_str()),
            ],
        )
    }
}

pub(super) fn scores(ctx: &Ctx) -> Option<Chart> {
    let stages = &ctx.project.stages;
    if stages.is_empty() {
        return None;
    }
    let (w, lang) = (&ctx.words, ctx.lang);
    let pass = ctx.pass();
    let names: Vec<String> = stages.iter().map(|s| s.name.clone()).collect();
    let entries = vec![
        (Key::Swatch(rgb(BLUE)), w.at_or_above.to_string()),
        (Key::Swatch(rgb(VERMILLION)), w.below.to_string()),
        (Key::Dashed(rgb(INK)), ctx.pass_label(pass)),
    ];
    let not_mapped = lang.text("chart_not_mapped");
    let layout_of = |layout: Layout| {
        let margin = 16;
        let inner = layout.width as i32 - 2 * margin;
        let legend_bottom = plot::legend_bottom(layout, &entries);
        let band = (f64::from(layout.width) - 48.0 - 16.0) / names.len() as f64;
        let (labels, numbered) = plot::stage_labels(&names, band, 12.0);
        let key_lines = plot::stage_key_lines(&names, numbered, f64::from(inner));
        (legend_bottom, labels, numbered, key_lines, band)
    };
    let plot_height = |layout: Layout| if layout.phone { 220 } else { 260 };
    let height = |layout: Layout| {
        let (legend_bottom, _, _, key_lines, _) = layout_of(layout);
        legend_bottom as u32 + 8 + plot_height(layout) + 30 + 18 * key_lines + 6
    };
    let paint = |root: &Area, layout: Layout| -> Drawing {
        let margin = 16;
        let inner = layout.width as i32 - 2 * margin;
        let (_, labels, numbered, _, band) = layout_of(layout);
        let area = plot::header(root, layout, &entries)?;
        let n = stages.len() as f64;
        let (plot_area, below) = area.split_vertically(plot_height(layout) + 30);
        let mut chart = ChartBuilder::on(&plot_area)
            .margin_right(16)
            .margin_top(8)
            .x_label_area_size(30)
            .y_label_area_size(48)
            .build_cartesian_2d(-0.5..n - 0.5, 0.0..100.0)?;
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
        for (i, text) in labels.iter().enumerate() {
            let (x, y) = chart.backend_coord(&(i as f64, 0.0));
            root.draw(&Text::new(
                text.clone(),
                (x, y + 8),
                font(12.0)
                    .color(&rgb(INK))
                    .pos(Pos::new(HPos::Center, VPos::Top)),
            ))?;
        }
        let half = 0.3;
        let mut values = Vec::new();
        for (i, stage) in stages.iter().enumerate() {
            let (value, passed) = ctx.stage_score(stage);
            let x = i as f64;
            let empty = ctx.project.touchpoints_of(&stage.id).next().is_none();
            let Some(value) = value else {
                let (x, base) = chart.backend_coord(&(x, 0.0));
                let text = plot::fit(&w.unscored, 12.0, band - 4.0);
                values.push(((x, base), text, false));
                continue;
            };
            let failing = passed == Some(false);
            let color = if failing { VERMILLION } else { BLUE };
            chart.draw_series(std::iter::once(Rectangle::new(
                [(x - half, 0.0), (x + half, value)],
                rgb(color).filled(),
            )))?;
            let long = format!("{} \u{b7} {not_mapped}", ctx.dec1(value));
            let text = if empty && plot::width(&long, 12.0) < band - 4.0 {
                long
            } else {
                ctx.dec1(value)
            };
            values.push((chart.backend_coord(&(x, value)), text, failing));
        }
        let (x0, pass_y) = chart.backend_coord(&(-0.5, pass));
        let (x1, _) = chart.backend_coord(&(n - 0.5, pass));
        plot::dashed(root, (x0, x1), pass_y, rgb(INK))?;
        // Values last, on white, above their bars (clear of the pass line:
        // the line's own label is in the legend).
        for ((x, y), text, failing) in values {
            let y = if (y - 10 - pass_y).abs() < 12 {
                (y - 10).min(pass_y - 14)
            } else {
                y - 10
            };
            let color = if failing { rgb(ALERT) } else { rgb(INK) };
            let text = plot::fit(&text, 12.0, band - 4.0);
            plot::label(root, &text, (x, y), 12.0, color, HPos::Center)?;
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

    let rows = stages
        .iter()
        .map(|stage| {
            let (value, passed) = ctx.stage_score(stage);
            vec![
                stage.name.clone(),
                value.map_or(w.none.to_string(), |v| ctx.dec1(v)),
                result(ctx, passed),
                ctx.project.touchpoints_of(&stage.id).count().to_string(),
            ]
        })
        .collect();
    let table = DataTable {
        columns: vec![
            w.stage.to_string(),
            w.score.to_string(),
            w.result.to_string(),
            w.touchpoints.to_string(),
        ],
        rows,
    };
    let pass_text = short(lang, pass);
    let mut description = lang.fill(
        "chart-scores-description",
        &[("pass_text", pass_text.to_string().as_str())],
    );
    description.push(' ');
    description.push_str(&below_sentence(ctx, &stages_below(ctx)));
    super::plotted(
        "stage-scores",
        &w.stage_scores,
        description,
        table,
        height,
        paint,
    )
}
