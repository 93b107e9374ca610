//! Grids of stages: the coverage heatmap (channels by stages, touchpoint
//! counts) and the personas served in each stage.

use super::grid::{self, Cell, Grid};
use super::palette::{AXIS, BLUE, INK, Rgb, WHITE};
use super::plot::{Key, rgb};
use super::words::{channel, channel_rank, list, mode};
use super::{Chart, Ctx, DataTable};
use crate::model::Mode;

/// Cell fills by count (1, 2, 3, 4 or more): a sequential blue ramp, with
/// the text colour that reads on each.
const RAMP: [(Rgb, Rgb); 4] = [
    (Rgb(214, 232, 246), INK),
    (Rgb(150, 198, 234), INK),
    (Rgb(62, 140, 200), WHITE),
    (Rgb(8, 80, 140), WHITE),
];

fn ramp(count: usize) -> (Rgb, Rgb) {
    RAMP[count.clamp(1, RAMP.len()) - 1]
}

/// Whether each stage has no touchpoint.
fn empty_stages(ctx: &Ctx) -> Vec<bool> {
    ctx.project
        .stages
        .iter()
        .map(|stage| ctx.project.touchpoints_of(&stage.id).next().is_none())
        .collect()
}

pub(super) fn coverage(ctx: &Ctx) -> Option<Chart> {
    let (w, lang, project) = (&ctx.words, ctx.lang, ctx.project);
    let stages = &project.stages;
    if stages.is_empty() || project.touchpoints.is_empty() {
        return None;
    }
    // Rows: (mode, channel), online first, channels in vocabulary order.
    let mut rows: Vec<(Mode, &str)> = project
        .touchpoints
        .iter()
        .map(|tp| (tp.mode, tp.channel.as_str()))
        .collect();
    rows.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| channel_rank(a.1).cmp(&channel_rank(b.1)))
            .then_with(|| a.1.cmp(b.1))
    });
    rows.dedup();
    let counts: Vec<Vec<usize>> = rows
        .iter()
        .map(|(m, ch)| {
            stages
                .iter()
                .map(|stage| {
                    project
                        .touchpoints_of(&stage.id)
                        .filter(|tp| tp.mode == *m && tp.channel == *ch)
                        .count()
                })
                .collect()
        })
        .collect();
    let totals: Vec<usize> = stages
        .iter()
        .map(|stage| project.touchpoints_of(&stage.id).count())
        .collect();
    let empty = empty_stages(ctx);
    // A channel used both online and offline is told apart by its mode.
    let label = |m: Mode, ch: &str| {
        if rows.iter().filter(|(_, c)| *c == ch).count() > 1 {
            format!("{} ({})", channel(lang, ch), mode(lang, m).to_lowercase())
        } else {
            channel(lang, ch)
        }
    };

    let mut columns = vec![w.channel.to_string(), w.mode.to_string()];
    columns.extend(stages.iter().map(|s| s.name.clone()));
    columns.push(w.total.to_string());
    let mut table_rows: Vec<Vec<String>> = rows
        .iter()
        .zip(&counts)
        .map(|((m, ch), row)| {
            let mut cells = vec![channel(lang, ch), mode(lang, *m).to_string()];
            cells.extend(row.iter().map(|n| n.to_string()));
            cells.push(row.iter().sum::<usize>().to_string());
            cells
        })
        .collect();
    let mut total_row = vec![w.total.to_string(), String::new()];
    total_row.extend(totals.iter().map(|n| n.to_string()));
    total_row.push(totals.iter().sum::<usize>().to_string());
    table_rows.push(total_row);

    let empty_names: Vec<String> = stages
        .iter()
        .zip(&empty)
        .filter(|(_, e)| **e)
        .map(|(s, _)| s.name.clone())
        .collect();
    let (n_channels, n_touchpoints) = (rows.len(), project.touchpoints.len());
    let mut description = lang.fill(
        "chart-coverage-description",
        &[
            ("n_touchpoints", n_touchpoints.to_string().as_str()),
            ("n_channels", n_channels.to_string().as_str()),
        ],
    );
    if !empty_names.is_empty() {
        let names = list(lang, &empty_names);
        description.push(' ');
        description.push_str(&lang.fill(
            "chart-coverage-empty-stages",
            &[("names", names.to_string().as_str())],
        ));
    }
    let mut legend: Vec<(Key, String)> = RAMP
        .iter()
        .enumerate()
        .map(|(i, (fill, _))| {
            let text = if i + 1 == RAMP.len() {
                format!("{}+", i + 1)
            } else {
                (i + 1).to_string()
            };
            (Key::Swatch(rgb(*fill)), text)
        })
        .collect();
    legend.push((Key::Outline(rgb(AXIS)), w.empty_cell.to_string()));
    let cells = counts
        .iter()
        .map(|row| {
            row.iter()
                .map(|&count| match count {
                    0 => Cell::Blank,
                    _ => {
                        let (fill, ink) = ramp(count);
                        Cell::Text {
                            text: count.to_string(),
                            fill,
                            ink,
                        }
                    }
                })
                .collect()
        })
        .collect();
    // Online channels first, a rule above the offline ones.
    let divider = rows
        .iter()
        .position(|(m, _)| *m == Mode::Offline)
        .filter(|&at| at > 0);
    grid::chart(
        ctx,
        Grid {
            id: "coverage",
            title: &w.coverage,
            rows: rows.iter().map(|(m, ch)| label(*m, ch)).collect(),
            cells,
            legend,
            empty,
            totals: Some((
                w.total.to_string(),
                totals.iter().map(|n| n.to_string()).collect(),
            )),
            divider,
        },
        description,
        DataTable {
            columns,
            rows: table_rows,
        },
    )
}

pub(super) fn personas(ctx: &Ctx) -> Option<Chart> {
    let (w, lang, project) = (&ctx.words, ctx.lang, ctx.project);
    let stages = &project.stages;
    if stages.is_empty() || project.personas.is_empty() {
        return None;
    }
    // Per persona and stage: (touchpoints serving it, those aimed at it by name).
    let cells: Vec<Vec<(usize, usize)>> = project
        .personas
        .iter()
        .map(|persona| {
            stages
                .iter()
                .map(|stage| {
                    let serving: Vec<_> = project
                        .touchpoints_of(&stage.id)
                        .filter(|tp| tp.serves(&persona.id))
                        .collect();
                    let aimed = serving.iter().filter(|tp| tp.personas.is_some()).count();
                    (serving.len(), aimed)
                })
                .collect()
        })
        .collect();

    let mut columns = vec![w.persona.to_string()];
    columns.extend(stages.iter().map(|s| s.name.clone()));
    let rows = project
        .personas
        .iter()
        .zip(&cells)
        .map(|(persona, cells)| {
            let mut out = vec![persona.name.clone()];
            out.extend(cells.iter().map(|(count, aimed)| {
                if *aimed > 0 {
                    format!("{count} ({aimed} {})", w.targeted)
                } else {
                    count.to_string()
                }
            }));
            out
        })
        .collect();

    // Gaps: a persona not served in a stage that has touchpoints.
    let gaps: Vec<String> = project
        .personas
        .iter()
        .zip(&cells)
        .flat_map(|(persona, cells)| {
            stages
                .iter()
                .zip(cells)
                .filter(|(stage, (count, _))| {
                    *count == 0 && project.touchpoints_of(&stage.id).next().is_some()
                })
                .map(move |(stage, _)| format!("{} ({})", persona.name, stage.name))
        })
        .collect();
    let mut description = lang.text("chart-personas-description");
    if !gaps.is_empty() {
        let gaps = list(lang, &gaps);
        description.push(' ');
        description.push_str(&lang.fill(
            "chart-personas-not-served",
            &[("gaps", gaps.to_string().as_str())],
        ));
    }
    let legend = vec![
        (
            Key::Dot(rgb(BLUE)),
            format!("{} {}", w.touchpoints, w.targeted),
        ),
        (Key::Ring(rgb(BLUE)), w.general_only.to_string()),
        (Key::Outline(rgb(AXIS)), w.not_served.to_string()),
    ];
    let dots = cells
        .iter()
        .map(|row| {
            row.iter()
                .map(|&(count, aimed)| match (count, aimed) {
                    (0, _) => Cell::Blank,
                    (count, aimed) => Cell::Dot {
                        text: count.to_string(),
                        filled: aimed > 0,
                    },
                })
                .collect()
        })
        .collect();
    grid::chart(
        ctx,
        Grid {
            id: "personas",
            title: &w.personas,
            rows: project.personas.iter().map(|p| p.name.clone()).collect(),
            cells: dots,
            legend,
            empty: empty_stages(ctx),
            totals: None,
            divider: None,
        },
        description,
        DataTable { columns, rows },
    )
}
