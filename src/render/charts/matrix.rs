//! Stage × persona heatmaps (score and emotion) and the value/effort
//! matrix of the consultant's actions, drawn with plotters' chart API.

use plotters::prelude::*;

use super::grid::{self, Grid};
use super::journey::emotion_text;
use super::palette::{ALERT, BLUE, GREEN, GRID, INK, MUTED, Rgb, WHITE as PAPER};
use super::plot::{self, Area, Drawing, HPos, Key, Layout, Pos, VPos, font, rgb};
use super::{Action, Chart, Ctx, DataTable};
use crate::model::Level;

const LIGHT_LOW: Rgb = Rgb(248, 204, 176);
const LIGHT_HIGH: Rgb = Rgb(190, 222, 242);
const NEUTRAL: Rgb = Rgb(232, 232, 232);
const QUICK_WIN: Rgb = Rgb(220, 242, 232);

/// A cell's fill and text colour.
fn shade(step: i8) -> (Rgb, Rgb) {
    match step {
        i8::MIN..=-2 => (ALERT, PAPER),
        -1 => (LIGHT_LOW, INK),
        0 => (NEUTRAL, INK),
        1 => (LIGHT_HIGH, INK),
        _ => (BLUE, PAPER),
    }
}

/// One heatmap: rows (personas) by stages, each cell a value's text and
/// its shade step (−2..=2), or empty.
struct Heat<'a> {
    id: &'a str,
    title: &'a str,
    rows: Vec<String>,
    cells: Vec<Vec<Option<(String, i8)>>>,
    legend: Vec<(Key, String)>,
}

fn heatmap(ctx: &Ctx, heat: Heat, description: String) -> Option<Chart> {
    let mut columns = vec![ctx.words.persona.to_string()];
    columns.extend(ctx.project.stages.iter().map(|s| s.name.clone()));
    let rows = heat
        .rows
        .iter()
        .zip(&heat.cells)
        .map(|(name, cells)| {
            let mut row = vec![name.clone()];
            row.extend(cells.iter().map(|cell| {
                cell.as_ref()
                    .map_or(ctx.words.none.to_string(), |(text, _)| text.clone())
            }));
            row
        })
        .collect();
    let cells = heat
        .cells
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|cell| {
                    grid::text_or_none(
                        ctx,
                        cell.map(|(text, step)| {
                            let (fill, ink) = shade(step);
                            (text, fill, ink)
                        }),
                    )
                })
                .collect()
        })
        .collect();
    grid::chart(
        ctx,
        Grid {
            id: heat.id,
            title: heat.title,
            rows: heat.rows,
            cells,
            legend: heat.legend,
            empty: Vec::new(),
            totals: None,
            divider: None,
        },
        description,
        DataTable { columns, rows },
    )
}

/// The personas' names, or one row for every customer when there are none.
fn persona_rows<'a>(ctx: &Ctx<'a>) -> Vec<(Option<&'a str>, String)> {
    if ctx.project.personas.is_empty() {
        vec![(None, ctx.lang.text("chart_all_customers").to_string())]
    } else {
        ctx.project
            .personas
            .iter()
            .map(|p| (Some(p.id.as_str()), p.name.clone()))
            .collect()
    }
}

/// The mean score of the scored touchpoints serving each persona in each stage.
pub(super) fn score_heatmap(ctx: &Ctx) -> Option<Chart> {
    let pass = ctx.pass();
    let personas = persona_rows(ctx);
    let cells: Vec<Vec<Option<(String, i8)>>> = personas
        .iter()
        .map(|(persona, _)| {
            ctx.project
                .stages
                .iter()
                .map(|stage| {
                    let scores: Vec<f64> = ctx
                        .project
                        .touchpoints_of(&stage.id)
                        .filter(|tp| persona.is_none_or(|p| tp.serves(p)))
                        .filter_map(|tp| ctx.report.touchpoint(&tp.id).and_then(|e| e.score))
                        .collect();
                    (!scores.is_empty()).then(|| {
                        let mean = scores.iter().sum::<f64>() / scores.len() as f64;
                        let step = match mean - pass {
                            d if d < -20.0 => -2,
                            d if d < 0.0 => -1,
                            d if d < 20.0 => 1,
                            _ => 2,
                        };
                        (format!("{mean:.0}"), step)
                    })
                })
                .collect()
        })
        .collect();
    let low = (pass - 20.0).max(0.0);
    let high = (pass + 20.0).min(100.0);
    let legend = vec![
        (Key::Swatch(rgb(ALERT)), format!("< {low:.0}")),
        (Key::Swatch(rgb(LIGHT_LOW)), format!("{low:.0}–{pass:.0}")),
        (Key::Swatch(rgb(LIGHT_HIGH)), format!("{pass:.0}–{high:.0}")),
        (Key::Swatch(rgb(BLUE)), format!("\u{2265} {high:.0}")),
    ];
    let description = ctx.lang.fill(
        "chart-score-matrix-description",
        &[("pass", &format!("{pass:.0}"))],
    );
    let title = ctx.lang.text("chart_score_matrix_title");
    heatmap(
        ctx,
        Heat {
            id: "heatmap-score",
            title: &title,
            rows: personas.into_iter().map(|(_, name)| name).collect(),
            cells,
            legend,
        },
        description,
    )
}

/// The lowest emotion each persona feels in each stage.
pub(super) fn emotion_heatmap(ctx: &Ctx) -> Option<Chart> {
    let personas = persona_rows(ctx);
    let cells: Vec<Vec<Option<(String, i8)>>> = personas
        .iter()
        .map(|(persona, _)| {
            ctx.project
                .stages
                .iter()
                .map(|stage| {
                    ctx.project
                        .touchpoints_of(&stage.id)
                        .filter_map(|tp| match persona {
                            Some(p) => ctx.felt(tp, p),
                            None => tp.emotion,
                        })
                        .min()
                        .map(|e| (emotion_text(e), e))
                })
                .collect()
        })
        .collect();
    let legend = (-2..=2)
        .map(|e| (Key::Swatch(rgb(shade(e).0)), emotion_text(e)))
        .collect();
    let description = ctx
        .lang
        .text("chart-emotion-matrix-description")
        .to_string();
    let title = ctx.lang.text("chart_emotion_matrix_title");
    heatmap(
        ctx,
        Heat {
            id: "heatmap-emotion",
            title: &title,
            rows: personas.into_iter().map(|(_, name)| name).collect(),
            cells,
            legend,
        },
        description,
    )
}

/// A level's word.
pub(super) fn level_word(ctx: &Ctx, level: Level) -> String {
    ctx.lang.text(match level {
        Level::Low => "level_low",
        Level::Medium => "level_medium",
        Level::High => "level_high",
    })
}

fn level_index(level: Level) -> usize {
    match level {
        Level::Low => 0,
        Level::Medium => 1,
        Level::High => 2,
    }
}

/// The consultant's actions on a 3 × 3 grid of impact against effort,
/// numbered; high impact at low effort is marked as quick wins.
pub(super) fn value_effort(ctx: &Ctx) -> Option<Chart> {
    let actions: Vec<Action> = ctx.actions();
    if actions.is_empty() {
        return None;
    }
    let lang = ctx.lang;
    let impact_word = lang.text("chart_impact");
    let effort_word = lang.text("chart_effort");
    let quick_wins = lang.text("chart_quick_wins");
    // Actions per cell, by (impact, effort).
    let mut cells: [[Vec<usize>; 3]; 3] = Default::default();
    for (n, action) in actions.iter().enumerate() {
        cells[level_index(action.impact)][level_index(action.effort)].push(n + 1);
    }
    let most = cells.iter().flatten().map(Vec::len).max().unwrap_or(0);
    let label_left = 80;
    let geometry = move |layout: Layout| {
        let cell_width = (layout.width as i32 - label_left - 16) / 3;
        let per_row = ((cell_width - 12) / 28).max(1) as usize;
        let rows = most.div_ceil(per_row).max(1) as i32;
        let cell_height = (rows * 28 + 36).max(72);
        (cell_width, per_row, cell_height)
    };
    let height = |layout: Layout| {
        let (_, _, cell_height) = geometry(layout);
        (8 + 3 * cell_height + 44) as u32
    };
    let paint = |root: &Area, layout: Layout| -> Drawing {
        root.fill(&WHITE)?;
        let (cell_width, per_row, _) = geometry(layout);
        let mut chart = ChartBuilder::on(root)
            .margin_left(label_left as u32)
            .margin_right(16)
            .margin_top(8)
            .margin_bottom(44)
            .build_cartesian_2d(0.0..3.0, 0.0..3.0)?;
        for (impact, row) in cells.iter().enumerate() {
            for (effort, numbers) in row.iter().enumerate() {
                let (x, y) = (effort as f64, impact as f64);
                let fill = if impact == 2 && effort == 0 {
                    QUICK_WIN
                } else {
                    PAPER
                };
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x, y), (x + 1.0, y + 1.0)],
                    rgb(fill).filled(),
                )))?;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x, y), (x + 1.0, y + 1.0)],
                    rgb(GRID).stroke_width(1),
                )))?;
                let (left, top) = chart.backend_coord(&(x, y + 1.0));
                if impact == 2 && effort == 0 {
                    root.draw(&Text::new(
                        plot::fit(&quick_wins, 12.0, f64::from(cell_width - 12)),
                        (left + 6, top + 6),
                        font(12.0)
                            .color(&rgb(Rgb(0, 96, 64)))
                            .pos(Pos::new(HPos::Left, VPos::Top)),
                    ))?;
                }
                for (k, number) in numbers.iter().enumerate() {
                    let cx = left + 20 + 28 * (k % per_row) as i32;
                    let cy = top + 38 + 28 * (k / per_row) as i32;
                    let color = if impact == 2 && effort == 0 {
                        GREEN
                    } else {
                        BLUE
                    };
                    root.draw(&Circle::new((cx, cy), 12, rgb(color).filled()))?;
                    root.draw(&Text::new(
                        number.to_string(),
                        (cx, cy),
                        font(12.0)
                            .color(&rgb(PAPER))
                            .pos(Pos::new(HPos::Center, VPos::Center)),
                    ))?;
                }
            }
        }
        for (i, level) in [Level::Low, Level::Medium, Level::High]
            .into_iter()
            .enumerate()
        {
            let (x, bottom) = chart.backend_coord(&(i as f64 + 0.5, 0.0));
            root.draw(&Text::new(
                level_word(ctx, level).to_string(),
                (x, bottom + 6),
                font(12.0)
                    .color(&rgb(INK))
                    .pos(Pos::new(HPos::Center, VPos::Top)),
            ))?;
            let (_, y) = chart.backend_coord(&(0.0, i as f64 + 0.5));
            root.draw(&Text::new(
                level_word(ctx, level).to_string(),
                (label_left - 8, y),
                font(12.0)
                    .color(&rgb(INK))
                    .pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
        }
        let (x_mid, bottom) = chart.backend_coord(&(1.5, 0.0));
        root.draw(&Text::new(
            format!("{effort_word} \u{2192}"),
            (x_mid, bottom + 24),
            font(12.0)
                .color(&rgb(MUTED))
                .pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
        let (_, y_top) = chart.backend_coord(&(0.0, 3.0));
        root.draw(&Text::new(
            format!("{impact_word} \u{2191}"),
            (8, y_top + 2),
            font(12.0)
                .color(&rgb(MUTED))
                .pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
        Ok(())
    };
    let number_word = lang.text("chart_number");
    let action_word = lang.text("chart_action");
    let columns = vec![
        number_word.to_string(),
        action_word.to_string(),
        ctx.words.touchpoint.to_string(),
        impact_word.to_string(),
        effort_word.to_string(),
    ];
    let rows = actions
        .iter()
        .enumerate()
        .map(|(n, action)| {
            vec![
                (n + 1).to_string(),
                action.text.clone(),
                action.touchpoint.clone(),
                level_word(ctx, action.impact).to_string(),
                level_word(ctx, action.effort).to_string(),
            ]
        })
        .collect();
    let wins = cells[2][0].len();
    let description = lang.fill(
        "chart-actions-description",
        &[
            ("count", &actions.len().to_string()),
            ("wins", &wins.to_string()),
        ],
    );
    let title = lang.text("chart_actions_title");
    super::plotted(
        "value-effort",
        &title,
        description,
        DataTable { columns, rows },
        height,
        paint,
    )
}
