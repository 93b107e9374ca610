//! Per stage: its touchpoints' scores by dimension, as grouped horizontal
//! bars against the pass line.

use super::svg::{
    AXIS, BLUE, Canvas, Font, GREEN, GRID, INK, Key, MUTED, Marker, ORANGE, PURPLE, Pattern, Rgb,
    SKY, VERMILLION, WIDTH, YELLOW, wrap2,
};
use super::words::{self, short};
use super::{Chart, Ctx, DataTable, Scale, chart};
use crate::model::Stage;

/// Colour and pattern of the n-th dimension (cycling).
fn style(n: usize) -> (Rgb, Option<Pattern>) {
    const STYLES: [(Rgb, Option<Pattern>); 7] = [
        (BLUE, None),
        (ORANGE, Some(Pattern::Hatch)),
        (GREEN, Some(Pattern::Dots)),
        (PURPLE, Some(Pattern::Cross)),
        (SKY, None),
        (VERMILLION, Some(Pattern::BackHatch)),
        (YELLOW, Some(Pattern::Hatch)),
    ];
    STYLES[n % STYLES.len()]
}

const GROUP_TINT: Rgb = Rgb(246, 246, 246);

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

    let (bar, gap, pad) = (12, 2, 16);
    let group = dims.len() as i32 * (bar + gap) - gap + pad;
    let mut c = Canvas::new(&id, WIDTH, 400 + group * touchpoints.len() as i32);
    let keys: Vec<(Key, String)> = dim_names
        .iter()
        .enumerate()
        .map(|(n, name)| {
            let (color, pattern) = style(n);
            (Key::Swatch(color, pattern), name.clone())
        })
        .collect();
    let pass_label = ctx.pass_label(scoring.pass);
    let mut keys = keys;
    keys.push((
        Key::Line {
            color: INK,
            width: 2.0,
            dash: Some("6 4"),
            marker: Marker::None,
        },
        pass_label.clone(),
    ));
    let legend_bottom = c.legend(20, 22, &keys);

    let (x0, x1) = (280, WIDTH - 40);
    let y0 = legend_bottom + 40;
    let y1 = y0 + group * touchpoints.len() as i32;
    let scale = Scale {
        d0: 0.0,
        d1: scoring.scale,
        r0: x0,
        r1: x1,
    };
    // Group backgrounds, then the grid over them.
    for (t, _) in touchpoints.iter().enumerate() {
        if t % 2 == 1 {
            let top = y0 + group * t as i32;
            c.rect((0, top), (WIDTH, top + group), GROUP_TINT);
        }
    }
    let ticks = ticks(scoring.scale);
    for value in &ticks {
        let x = scale.map(*value);
        let color = if *value == 0.0 { AXIS } else { GRID };
        c.line(vec![(x, y0 - 6), (x, y1)], color, 1);
        c.text(
            (x, y0 - 12),
            &short(lang, *value),
            Font::new(11).middle().color(MUTED),
        );
    }
    c.text(
        (x1, y1 + 22),
        &format!("{} (0–{})", w.score, short(lang, scoring.scale)),
        Font::new(12).end().color(MUTED),
    );

    let mut labels = Vec::new();
    for (t, tp) in touchpoints.iter().enumerate() {
        let top = y0 + group * t as i32 + pad / 2;
        let middle = top + (group - pad) / 2;
        let tp_score = ctx.report.touchpoint(&tp.id).and_then(|entry| entry.score);
        let sub = match tp_score {
            Some(score) => format!("{} {}", w.score, ctx.dec1(score)),
            None => w.unscored.to_string(),
        };
        let lines = wrap2(&tp.name, x0 - 32, 12);
        let mut y = middle - 7 * (lines.len() as i32 - 1);
        for line in &lines {
            c.text((x0 - 12, y), line, Font::new(12).end());
            y += 15;
        }
        c.text((x0 - 12, y), &sub, Font::new(11).end().color(MUTED));
        for (n, dim) in dims.iter().enumerate() {
            let y = top + (bar + gap) * n as i32;
            match tp.scores.get(dim) {
                Some(value) => {
                    let (color, pattern) = style(n);
                    let end = scale.map(*value);
                    if end > x0 {
                        c.patterned((x0, y), (end, y + bar), color, pattern);
                    }
                    labels.push(((end + 5, y + bar - 2), short(lang, *value), INK));
                }
                None => labels.push(((x0 + 5, y + bar - 2), w.unscored.to_lowercase(), MUTED)),
            }
        }
    }
    let pass_x = scale.map(scoring.pass);
    c.dashed(&[(pass_x, y0 - 6), (pass_x, y1)], INK, 2.0, "6 4");
    for (at, text, color) in labels {
        c.text(at, &text, Font::new(10).color(color).halo());
    }
    let c = c.resized(y1 + 34);

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
    chart(
        id,
        format!("{}: {}", stage.name, w.dimensions),
        description,
        &c,
        DataTable { columns, rows },
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
