//! Stacked bars per stage: the content mix (soft, hard, none) and the
//! touchpoint mix (owner; online and offline).

use super::svg::{
    ALERT, BLUE, Canvas, Font, GREEN, GREY, Key, MUTED, ORANGE, PURPLE, Pattern, Rgb, SKY,
    VERMILLION, WIDTH, font_width,
};
use super::words::{self, list};
use super::{Bands, Chart, Ctx, DataTable, Scale, chart, count_axis, count_grid};
use crate::model::{ContentKind, Funnel, Mode, Owner};

/// One series of a stacked bar.
struct Series {
    label: String,
    color: Rgb,
    pattern: Option<Pattern>,
}

/// A column tint behind a flagged stage.
const FLAG_TINT: Rgb = Rgb(252, 236, 228);

/// Draws stacked bars (one per stage, series bottom to top) between `y0`
/// and `y1`, with the counts written in segments tall enough to hold them.
fn stacked(
    c: &mut Canvas,
    bands: &Bands,
    (y0, y1): (i32, i32),
    values: &[Vec<usize>],
    series: &[Series],
) {
    let max = values.iter().map(|v| v.iter().sum()).max().unwrap_or(0);
    let (max, step) = count_axis(max);
    let scale = Scale {
        d0: 0.0,
        d1: max as f64,
        r0: y1,
        r1: y0,
    };
    count_grid(c, bands, &scale, max, step);
    let bar = ((bands.width() * 0.5) as i32).clamp(8, 70);
    let mut labels = Vec::new();
    for (i, stage) in values.iter().enumerate() {
        let x = bands.center(i);
        let mut base = 0;
        for (value, s) in stage.iter().zip(series) {
            if *value == 0 {
                continue;
            }
            let (bottom, top) = (scale.map(base as f64), scale.map((base + value) as f64));
            c.patterned(
                (x - bar / 2, top),
                (x + bar / 2, bottom),
                s.color,
                s.pattern,
            );
            if bottom - top >= 15 {
                labels.push(((x, (top + bottom) / 2 + 4), value.to_string()));
            }
            base += value;
        }
    }
    for (at, text) in labels {
        c.text(at, &text, Font::new(12).middle().bold().halo());
    }
}

fn keys(series: &[Series]) -> Vec<(Key, String)> {
    series
        .iter()
        .map(|s| (Key::Swatch(s.color, s.pattern), s.label.clone()))
        .collect()
}

pub(super) fn content(ctx: &Ctx) -> Option<Chart> {
    let (w, lang, project) = (&ctx.words, ctx.lang, ctx.project);
    let stages = &project.stages;
    if stages.is_empty() || project.touchpoints.is_empty() {
        return None;
    }
    let series: Vec<Series> = ContentKind::ALL
        .iter()
        .map(|kind| {
            let (color, pattern) = match kind {
                ContentKind::Soft => (GREEN, None),
                ContentKind::Hard => (ORANGE, Some(Pattern::Hatch)),
                ContentKind::None => (GREY, Some(Pattern::Dots)),
            };
            Series {
                label: words::content(lang, *kind).to_string(),
                color,
                pattern,
            }
        })
        .collect();
    let values: Vec<Vec<usize>> = stages
        .iter()
        .map(|stage| {
            ContentKind::ALL
                .iter()
                .map(|kind| {
                    project
                        .touchpoints_of(&stage.id)
                        .filter(|tp| tp.content == *kind)
                        .count()
                })
                .collect()
        })
        .collect();
    // Upper-funnel stages without soft content are flagged.
    let flagged: Vec<bool> = stages
        .iter()
        .zip(&values)
        .map(|(stage, v)| matches!(stage.funnel, Funnel::Top | Funnel::Middle) && v[0] == 0)
        .collect();

    let id = "content-mix";
    let height = 380;
    let mut c = Canvas::new(id, WIDTH, height);
    let legend_bottom = c.legend(20, 22, &keys(&series));
    let bands = Bands {
        x0: 56,
        x1: WIDTH - 20,
        n: stages.len(),
    };
    let (y0, y1) = (legend_bottom + 42, height - 46);
    for (i, flag) in flagged.iter().enumerate() {
        if *flag {
            c.rect(
                (bands.left(i) + 2, y0 - 26),
                (bands.left(i + 1) - 2, y1),
                FLAG_TINT,
            );
        }
    }
    stacked(&mut c, &bands, (y0, y1), &values, &series);
    c.text(
        (18, (y0 + y1) / 2),
        &w.touchpoints,
        Font::new(12).middle().rotate(-90).color(MUTED),
    );
    bands.labels(&mut c, y1 + 20, stages);
    let max = bands.width() as i32 - 6;
    for i in 0..stages.len() {
        if flagged[i] {
            c.text_block(
                (bands.center(i), y0 - 8),
                &format!("! {}", w.no_soft_content),
                max,
                Font::new(11).middle().bold().color(ALERT),
                true,
            );
        }
        if values[i].iter().sum::<usize>() == 0 {
            c.text_block(
                (bands.center(i), y1 - 10),
                &w.no_touchpoints,
                max,
                Font::new(11).middle().italic().color(MUTED),
                true,
            );
        }
    }

    let mut columns = vec![w.stage.to_string()];
    columns.extend(series.iter().map(|s| s.label.clone()));
    columns.push(w.total.to_string());
    let rows = stages
        .iter()
        .zip(&values)
        .map(|(stage, v)| {
            let mut row = vec![stage.name.clone()];
            row.extend(v.iter().map(|n| n.to_string()));
            row.push(v.iter().sum::<usize>().to_string());
            row
        })
        .collect();
    let flagged_names: Vec<String> = stages
        .iter()
        .zip(&flagged)
        .filter(|(_, f)| **f)
        .map(|(s, _)| s.name.clone())
        .collect();
    let mut description = lang.text("chart-content-description");
    if !flagged_names.is_empty() {
        let names = list(lang, &flagged_names);
        description.push(' ');
        description.push_str(&lang.fill(
            "chart-content-missing-soft",
            &[("names", names.to_string().as_str())],
        ));
    }
    chart(
        id.to_string(),
        w.content_mix.to_string(),
        description,
        &c,
        DataTable { columns, rows },
    )
}

pub(super) fn touchpoints(ctx: &Ctx) -> Option<Chart> {
    let (w, lang, project) = (&ctx.words, ctx.lang, ctx.project);
    let stages = &project.stages;
    if stages.is_empty() || project.touchpoints.is_empty() {
        return None;
    }
    let owners: Vec<Series> = Owner::ALL
        .iter()
        .map(|owner| {
            let (color, pattern) = match owner {
                Owner::Owned => (BLUE, None),
                Owner::Paid => (ORANGE, Some(Pattern::Hatch)),
                Owner::Earned => (GREEN, Some(Pattern::Dots)),
                Owner::ThirdParty => (PURPLE, Some(Pattern::Cross)),
            };
            Series {
                label: words::owner(lang, *owner).to_string(),
                color,
                pattern,
            }
        })
        .collect();
    let modes = [Mode::Online, Mode::Offline];
    let mode_series: Vec<Series> = modes
        .iter()
        .map(|mode| {
            let (color, pattern) = match mode {
                Mode::Online => (SKY, None),
                Mode::Offline => (VERMILLION, Some(Pattern::BackHatch)),
            };
            Series {
                label: words::mode(lang, *mode).to_string(),
                color,
                pattern,
            }
        })
        .collect();
    let by_owner: Vec<Vec<usize>> = stages
        .iter()
        .map(|stage| {
            Owner::ALL
                .iter()
                .map(|owner| {
                    project
                        .touchpoints_of(&stage.id)
                        .filter(|tp| tp.owner == *owner)
                        .count()
                })
                .collect()
        })
        .collect();
    let by_mode: Vec<Vec<usize>> = stages
        .iter()
        .map(|stage| {
            modes
                .iter()
                .map(|mode| {
                    project
                        .touchpoints_of(&stage.id)
                        .filter(|tp| tp.mode == *mode)
                        .count()
                })
                .collect()
        })
        .collect();

    let id = "touchpoint-mix";
    let height = 540;
    let mut c = Canvas::new(id, WIDTH, height);
    let bands = Bands {
        x0: 56,
        x1: WIDTH - 20,
        n: stages.len(),
    };
    // Panel one: by owner.
    c.text((20, 22), &w.by_owner, Font::new(12).bold());
    let bottom = c.legend(
        30 + font_width(&w.by_owner, Font::new(12).bold()),
        22,
        &keys(&owners),
    );
    let (a0, a1) = (bottom + 30, bottom + 30 + 190);
    stacked(&mut c, &bands, (a0, a1), &by_owner, &owners);
    c.text(
        (18, (a0 + a1) / 2),
        &w.touchpoints,
        Font::new(12).middle().rotate(-90).color(MUTED),
    );
    // Panel two: online and offline.
    let legend_y = a1 + 52;
    c.text((20, legend_y), &w.by_mode, Font::new(12).bold());
    let bottom = c.legend(
        30 + font_width(&w.by_mode, Font::new(12).bold()),
        legend_y,
        &keys(&mode_series),
    );
    let (b0, b1) = (bottom + 30, bottom + 30 + 150);
    stacked(&mut c, &bands, (b0, b1), &by_mode, &mode_series);
    c.text(
        (18, (b0 + b1) / 2),
        &w.touchpoints,
        Font::new(12).middle().rotate(-90).color(MUTED),
    );
    bands.labels(&mut c, a1 + 18, stages);
    bands.labels(&mut c, b1 + 18, stages);
    for (i, v) in by_owner.iter().enumerate() {
        if v.iter().sum::<usize>() == 0 {
            for y in [a1, b1] {
                c.text_block(
                    (bands.center(i), y - 10),
                    &w.no_touchpoints,
                    bands.width() as i32 - 6,
                    Font::new(11).middle().italic().color(MUTED),
                    true,
                );
            }
        }
    }
    let c = c.resized(b1 + 44);

    let mut columns = vec![w.stage.to_string()];
    columns.extend(owners.iter().map(|s| s.label.clone()));
    columns.extend(mode_series.iter().map(|s| s.label.clone()));
    columns.push(w.total.to_string());
    let rows = stages
        .iter()
        .zip(by_owner.iter().zip(&by_mode))
        .map(|(stage, (o, m))| {
            let mut row = vec![stage.name.clone()];
            row.extend(o.iter().chain(m).map(|n| n.to_string()));
            row.push(o.iter().sum::<usize>().to_string());
            row
        })
        .collect();
    let offline_none: Vec<String> = stages
        .iter()
        .zip(&by_mode)
        .filter(|(_, m)| m[0] > 0 && m[1] == 0)
        .map(|(s, _)| s.name.clone())
        .collect();
    let mut description = lang.text("chart-mix-description");
    if !offline_none.is_empty() {
        let names = list(lang, &offline_none);
        description.push(' ');
        description.push_str(&lang.fill(
            "chart-mix-online-only",
            &[("names", names.to_string().as_str())],
        ));
    }
    chart(
        id.to_string(),
        w.touchpoint_mix.to_string(),
        description,
        &c,
        DataTable { columns, rows },
    )
}
