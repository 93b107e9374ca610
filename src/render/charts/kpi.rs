//! The KPIs against their targets: one bar per KPI, its value as a share
//! of the target, with the target at 100 %, drawn with plotters' chart API.

use plotters::prelude::*;

use super::palette::{ALERT, AXIS, BLUE, GRID, INK, MUTED, VERMILLION};
use super::plot::{self, Area, Drawing, HPos, Key, Layout, Pos, VPos, font, rgb};
use super::words::short;
use super::{Chart, Ctx, DataTable};
use crate::model::Kpi;

/// The share of the target reached, in percent, capped at 150 (lower is
/// better: the target over the value).
fn attainment(kpi: &Kpi, target: f64) -> f64 {
    let share = if kpi.higher_is_better {
        if target == 0.0 {
            if kpi.value >= 0.0 { 100.0 } else { 0.0 }
        } else {
            kpi.value / target * 100.0
        }
    } else if kpi.value <= 0.0 {
        150.0
    } else {
        target / kpi.value * 100.0
    };
    share.clamp(0.0, 150.0)
}

pub(super) fn kpis(ctx: &Ctx) -> Option<Chart> {
    let lang = ctx.lang;
    let rows: Vec<(String, &Kpi, f64)> = ctx
        .project
        .touchpoints
        .iter()
        .flat_map(|tp| {
            tp.kpis.iter().filter_map(move |kpi| {
                kpi.target
                    .map(|target| (format!("{} \u{b7} {}", tp.name, kpi.name), kpi, target))
            })
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    let value_text = |kpi: &Kpi, value: f64| match &kpi.unit {
        Some(unit) => format!("{} {unit}", short(lang, value)),
        None => short(lang, value),
    };
    let target_word = lang.text("chart_target");
    let entries = vec![
        (
            Key::Swatch(rgb(BLUE)),
            lang.text("chart_target_met").to_string(),
        ),
        (
            Key::Swatch(rgb(VERMILLION)),
            lang.text("chart_target_missed").to_string(),
        ),
        (Key::Dashed(rgb(INK)), format!("{target_word} (100 %)")),
    ];
    let row_height = 50;
    let layout_of = |layout: Layout| plot::legend_bottom(layout, &entries);
    let height =
        |layout: Layout| (layout_of(layout) + 8 + row_height * rows.len() as i32 + 28) as u32;
    let paint = |root: &Area, layout: Layout| -> Drawing {
        let margin = 16;
        let inner = layout.width as i32 - 2 * margin;
        let area = plot::header(root, layout, &entries)?;
        let m = rows.len() as f64;
        let mut chart = ChartBuilder::on(&area)
            .margin_left(margin as u32)
            .margin_right(margin as u32)
            .x_label_area_size(28)
            .build_cartesian_2d(0.0..150.0, m..0.0)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(0)
            .x_labels(4)
            .x_label_formatter(&|v: &f64| format!("{v:.0} %"))
            .label_style(font(12.0).color(&rgb(MUTED)))
            .bold_line_style(rgb(GRID))
            .light_line_style(TRANSPARENT)
            .axis_style(rgb(AXIS))
            .draw()?;
        let (x, y_top) = chart.backend_coord(&(100.0, 0.0));
        let (_, y_bottom) = chart.backend_coord(&(100.0, m));
        plot::dashed_vertical(root, x, (y_top, y_bottom), rgb(INK).stroke_width(2))?;
        for (r, (name, kpi, target)) in rows.iter().enumerate() {
            let y = r as f64;
            let share = attainment(kpi, *target);
            let met = kpi.meets_target() == Some(true);
            let color = if met { BLUE } else { VERMILLION };
            let (left, label_y) = chart.backend_coord(&(0.0, y));
            let name = plot::fit(name, 12.0, f64::from(inner));
            root.draw(&Text::new(
                name,
                (left, label_y + 4),
                font(12.0)
                    .color(&rgb(INK))
                    .pos(Pos::new(HPos::Left, VPos::Top)),
            ))?;
            chart.draw_series(std::iter::once(Rectangle::new(
                [(0.0, y + 0.45), (share.max(0.5), y + 0.85)],
                rgb(color).filled(),
            )))?;
            let text = format!(
                "{} / {target_word} {}",
                value_text(kpi, kpi.value),
                value_text(kpi, *target)
            );
            let text_width = plot::width(&text, 12.0) as i32;
            let (bar_end, mid) = chart.backend_coord(&(share, y + 0.65));
            let (right, _) = chart.backend_coord(&(150.0, y));
            let (x, anchor) = if bar_end + 6 + text_width <= right {
                (bar_end + 6, HPos::Left)
            } else {
                (right, HPos::Right)
            };
            plot::label(
                root,
                &text,
                (x, mid),
                12.0,
                if met { rgb(INK) } else { rgb(ALERT) },
                anchor,
            )?;
        }
        Ok(())
    };
    let w = &ctx.words;
    let met = rows
        .iter()
        .filter(|(_, kpi, _)| kpi.meets_target() == Some(true))
        .count();
    let total = rows.len();
    let table_rows = rows
        .iter()
        .map(|(name, kpi, target)| {
            vec![
                name.clone(),
                value_text(kpi, kpi.value),
                value_text(kpi, *target),
                format!("{:.0} %", attainment(kpi, *target)),
                if kpi.meets_target() == Some(true) {
                    w.passed.to_string()
                } else {
                    w.below.to_string()
                },
            ]
        })
        .collect();
    let columns = vec![
        "KPI".to_string(),
        lang.text("chart_value").to_string(),
        target_word.to_string(),
        lang.text("chart_share_of_target").to_string(),
        w.result.to_string(),
    ];
    let description = lang.fill(
        "chart-kpi-description",
        &[
            ("met", met.to_string().as_str()),
            ("total", total.to_string().as_str()),
        ],
    );
    let title = lang.text("chart_kpi_title");
    super::plotted(
        "kpis",
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
