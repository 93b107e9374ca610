//! Grids of stages: the coverage heatmap (channels by stages, touchpoint
//! counts) and the personas served in each stage.

use super::svg::{
    ALERT, AXIS, BLUE, Canvas, Font, GRID, INK, Key, MUTED, Marker, Pattern, Rgb, WHITE, WIDTH,
    font_width,
};
use super::words::{channel, channel_rank, list, mode};
use super::{Bands, Chart, Ctx, DataTable, chart};
use crate::model::Mode;

/// Cell fills by count (1, 2, 3, 4 or more): a sequential blue ramp, with
/// the text colour that reads on each.
const RAMP: [(Rgb, Rgb); 4] = [
    (Rgb(214, 232, 246), INK),
    (Rgb(150, 198, 234), INK),
    (Rgb(62, 140, 200), WHITE),
    (Rgb(8, 80, 140), WHITE),
];

const ROW: i32 = 28;

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

/// The stage names as column headers at baseline `y`.
fn headers(c: &mut Canvas, bands: &Bands, y: i32, ctx: &Ctx) {
    for (i, stage) in ctx.project.stages.iter().enumerate() {
        c.text_block(
            (bands.center(i), y),
            &stage.name,
            bands.width() as i32 - 4,
            Font::new(12).middle(),
            true,
        );
    }
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

    let id = "coverage";
    let bands = Bands {
        x0: 180,
        x1: WIDTH - 20,
        n: stages.len(),
    };
    let mut c = Canvas::new(id, WIDTH, 200 + ROW * (rows.len() as i32 + 1));
    let mut keys: Vec<(Key, String)> = Vec::new();
    for (i, (fill, _)) in RAMP.iter().enumerate() {
        let text = if i + 1 == RAMP.len() {
            format!("{}+", i + 1)
        } else {
            (i + 1).to_string()
        };
        keys.push((Key::Swatch(*fill, None), text));
    }
    keys.push((Key::Empty, w.empty_cell.to_string()));
    c.text((20, 22), &w.per_cell, Font::new(12).bold());
    let legend_bottom = c.legend(
        30 + font_width(&w.per_cell, Font::new(12).bold()),
        22,
        &keys,
    );
    let header = legend_bottom + 50;
    let y0 = header + 10;
    let grid_bottom = y0 + ROW * rows.len() as i32;

    headers(&mut c, &bands, header, ctx);
    for (r, ((m, ch), row)) in rows.iter().zip(&counts).enumerate() {
        let y = y0 + ROW * r as i32;
        c.text_fit(
            (bands.x0 - 10, y + ROW / 2 + 4),
            &label(*m, ch),
            bands.x0 - 10 - 40,
            Font::new(12).end(),
        );
        for (i, count) in row.iter().enumerate() {
            let (x0, x1) = (bands.left(i), bands.left(i + 1));
            c.frame((x0, y), (x1, y + ROW), GRID, 1);
            if *count > 0 {
                let (fill, text) = ramp(*count);
                c.rect((x0 + 1, y + 1), (x1 - 1, y + ROW - 1), fill);
                c.text(
                    (bands.center(i), y + ROW / 2 + 5),
                    &count.to_string(),
                    Font::new(13).middle().bold().color(text),
                );
            }
        }
    }
    // Online and offline groups, bracketed at the left.
    for group in [Mode::Online, Mode::Offline] {
        let indices: Vec<i32> = rows
            .iter()
            .enumerate()
            .filter(|(_, (m, _))| *m == group)
            .map(|(r, _)| r as i32)
            .collect();
        let (Some(first), Some(last)) = (indices.first(), indices.last()) else {
            continue;
        };
        let (top, bottom) = (y0 + ROW * first + 4, y0 + ROW * (last + 1) - 4);
        c.line(
            vec![(32, top), (28, top), (28, bottom), (32, bottom)],
            AXIS,
            1,
        );
        c.text_fit(
            (20, (top + bottom) / 2),
            &mode(lang, group),
            bottom - top + 24,
            Font::new(11).middle().rotate(-90).color(MUTED),
        );
        if group == Mode::Offline && *first > 0 {
            let y = y0 + ROW * first;
            c.line(vec![(40, y), (bands.x1, y)], AXIS, 2);
        }
    }
    // Empty stages: the whole column hatched and labelled.
    for (i, is_empty) in empty.iter().enumerate() {
        if *is_empty {
            let (x0, x1) = (bands.left(i), bands.left(i + 1));
            c.pattern((x0 + 1, y0 + 1), (x1 - 1, grid_bottom - 1), Pattern::Faint);
            c.text_block(
                (bands.center(i), (y0 + grid_bottom) / 2 + 4),
                &w.no_touchpoints,
                x1 - x0 - 6,
                Font::new(11).middle().italic().bold().color(ALERT).halo(),
                false,
            );
        }
    }
    // Totals.
    let ty = grid_bottom + 8;
    c.line(vec![(40, ty - 4), (bands.x1, ty - 4)], AXIS, 1);
    c.text(
        (bands.x0 - 10, ty + ROW / 2 + 4),
        &w.total,
        Font::new(12).end().bold(),
    );
    for (i, total) in totals.iter().enumerate() {
        let color = if *total == 0 { ALERT } else { INK };
        c.text(
            (bands.center(i), ty + ROW / 2 + 4),
            &total.to_string(),
            Font::new(12).middle().bold().color(color),
        );
    }

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
    let canvas = c.resized(ty + ROW + 12);
    chart(
        id.to_string(),
        w.coverage.to_string(),
        description,
        &canvas,
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

    let id = "personas";
    let row = 34;
    let bands = Bands {
        x0: 180,
        x1: WIDTH - 20,
        n: stages.len(),
    };
    let mut c = Canvas::new(id, WIDTH, 200 + row * project.personas.len() as i32);
    let legend_bottom = c.legend(
        20,
        22,
        &[
            (
                Key::Marker(Marker::Circle(BLUE, 7)),
                format!("{} {}", w.touchpoints, w.targeted),
            ),
            (
                Key::Marker(Marker::Ring(BLUE, 6)),
                w.general_only.to_string(),
            ),
            (Key::Empty, w.not_served.to_string()),
        ],
    );
    let header = legend_bottom + 50;
    let y0 = header + 10;
    headers(&mut c, &bands, header, ctx);
    for (r, (persona, cells)) in project.personas.iter().zip(&cells).enumerate() {
        let y = y0 + row * r as i32;
        c.text_fit(
            (bands.x0 - 10, y + row / 2 + 4),
            &persona.name,
            bands.x0 - 30,
            Font::new(12).end(),
        );
        for (i, (count, aimed)) in cells.iter().enumerate() {
            let (x0, x1) = (bands.left(i), bands.left(i + 1));
            c.frame((x0, y), (x1, y + row), GRID, 1);
            let center = (bands.center(i), y + row / 2);
            if *aimed > 0 {
                c.dot(center, 12, BLUE, None);
                c.text(
                    (center.0, center.1 + 5),
                    &count.to_string(),
                    Font::new(13).middle().bold().color(WHITE),
                );
            } else if *count > 0 {
                c.ring(center, 11, BLUE, 2);
                c.text(
                    (center.0, center.1 + 5),
                    &count.to_string(),
                    Font::new(13).middle().bold().color(INK),
                );
            }
        }
    }
    let bottom = y0 + row * project.personas.len() as i32;
    for (i, is_empty) in empty_stages(ctx).iter().enumerate() {
        if *is_empty {
            let (x0, x1) = (bands.left(i), bands.left(i + 1));
            c.pattern((x0 + 1, y0 + 1), (x1 - 1, bottom - 1), Pattern::Faint);
            c.text_block(
                (bands.center(i), (y0 + bottom) / 2 + 4),
                &w.no_touchpoints,
                x1 - x0 - 6,
                Font::new(11).middle().italic().bold().color(ALERT).halo(),
                false,
            );
        }
    }

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
    let canvas = c.resized(bottom + 16);
    chart(
        id.to_string(),
        w.personas.to_string(),
        description,
        &canvas,
        DataTable { columns, rows },
    )
}
