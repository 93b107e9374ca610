//! The journey curve (emotion and score across the stages) and the stage
//! scores against the pass line.

use super::svg::{
    ALERT, AXIS, BLUE, Canvas, Font, GRID, INK, Key, MUTED, Marker, ORANGE, Pattern, Rgb, SKY,
    VERMILLION, WIDTH,
};
use super::words::{list, pick, short, signed};
use super::{Bands, Chart, Ctx, DataTable, Scale, chart};

/// The score series: orange squares on a dashed line.
const SCORE: Rgb = ORANGE;
/// Text in the score's colour, dark enough to read on white.
const SCORE_TEXT: Rgb = Rgb(122, 80, 0);
/// The area below neutral emotion.
const LOW_ZONE: Rgb = Rgb(250, 242, 236);
const TOUCHPOINT_STROKE: Rgb = Rgb(20, 70, 110);

/// The average emotion of each stage's touchpoints that have one.
fn averages(ctx: &Ctx) -> Vec<Option<f64>> {
    ctx.project
        .stages
        .iter()
        .map(|stage| {
            let emotions: Vec<f64> = ctx
                .project
                .touchpoints_of(&stage.id)
                .filter_map(|tp| tp.emotion.map(f64::from))
                .collect();
            (!emotions.is_empty()).then(|| emotions.iter().sum::<f64>() / emotions.len() as f64)
        })
        .collect()
}

pub(super) fn curve(ctx: &Ctx) -> Option<Chart> {
    let stages = &ctx.project.stages;
    if stages.is_empty() {
        return None;
    }
    let (w, lang) = (ctx.words, ctx.lang);
    let id = "journey-curve";
    let height = 410;
    let mut c = Canvas::new(id, WIDTH, height);
    let pass = ctx.pass();
    let pass_label = ctx.pass_label(pass);
    let legend_bottom = c.legend(
        20,
        22,
        &[
            (
                Key::Line {
                    color: BLUE,
                    width: 3.0,
                    dash: None,
                    marker: Marker::Circle(BLUE, 5),
                },
                w.average_emotion.to_string(),
            ),
            (
                Key::Marker(Marker::Point(SKY, TOUCHPOINT_STROKE)),
                w.touchpoint.to_string(),
            ),
            (
                Key::Line {
                    color: SCORE,
                    width: 2.5,
                    dash: Some("7 4"),
                    marker: Marker::Square(SCORE),
                },
                w.stage_score.to_string(),
            ),
            (
                Key::Line {
                    color: INK,
                    width: 1.5,
                    dash: Some("2 4"),
                    marker: Marker::None,
                },
                pass_label.clone(),
            ),
        ],
    );

    let bands = Bands {
        x0: 72,
        x1: WIDTH - 72,
        n: stages.len(),
    };
    let (y0, y1) = (legend_bottom + 26, height - 40);
    let emotion = Scale {
        d0: -2.5,
        d1: 2.5,
        r0: y1,
        r1: y0,
    };
    let score = Scale {
        d0: 0.0,
        d1: 100.0,
        r0: y1,
        r1: y0,
    };

    // The negative half, bands and gridlines.
    c.rect((bands.x0, emotion.map(0.0)), (bands.x1, y1), LOW_ZONE);
    for i in 1..stages.len() {
        let x = bands.left(i);
        c.line(vec![(x, y0), (x, y1)], GRID, 1);
    }
    for value in -2..=2 {
        let y = emotion.map(f64::from(value));
        let color = if value == 0 { AXIS } else { GRID };
        c.line(vec![(bands.x0, y), (bands.x1, y)], color, 1);
        let label = match value {
            2 => "+2",
            1 => "+1",
            -1 => "\u{2212}1",
            -2 => "\u{2212}2",
            _ => "0",
        };
        c.text(
            (bands.x0 - 8, y + 4),
            label,
            Font::new(12).end().color(MUTED),
        );
    }
    for value in [0, 25, 50, 75, 100] {
        let y = score.map(f64::from(value));
        c.line(vec![(bands.x1, y), (bands.x1 + 4, y)], AXIS, 1);
        c.text(
            (bands.x1 + 8, y + 4),
            &value.to_string(),
            Font::new(11).color(SCORE_TEXT),
        );
    }
    c.frame((bands.x0, y0), (bands.x1, y1), AXIS, 1);
    let mid = (y0 + y1) / 2;
    c.text(
        (22, mid),
        &format!("{} (−2 … +2)", w.emotion),
        Font::new(12).middle().rotate(-90).color(MUTED),
    );
    c.text(
        (WIDTH - 18, mid),
        &format!("{} (0–100)", w.score),
        Font::new(12).middle().rotate(90).color(SCORE_TEXT),
    );
    bands.labels(&mut c, y1 + 20, stages);

    // The pass line, on the score scale.
    let pass_y = score.map(pass);
    c.dashed(&[(bands.x0, pass_y), (bands.x1, pass_y)], INK, 1.5, "2 4");

    // Empty stages say so.
    for (i, stage) in stages.iter().enumerate() {
        if ctx.project.touchpoints_of(&stage.id).next().is_none() {
            c.text_block(
                (bands.center(i), emotion.map(0.0) - 10),
                w.no_touchpoints,
                bands.width() as i32 - 8,
                Font::new(11).middle().italic().color(ALERT).halo(),
                true,
            );
        }
    }

    // Touchpoints as points, side by side where they share an emotion.
    for (i, stage) in stages.iter().enumerate() {
        for value in -2..=2i8 {
            let same: Vec<_> = ctx
                .project
                .touchpoints_of(&stage.id)
                .filter(|tp| tp.emotion == Some(value))
                .collect();
            let spacing = 10.0_f64.min((bands.width() - 24.0) / same.len().max(1) as f64);
            for (j, tp) in same.iter().enumerate() {
                let offset = (j as f64 - (same.len() as f64 - 1.0) / 2.0) * spacing;
                let x = bands.center(i) + offset.round() as i32;
                let tip = format!("{}: {}", tp.name, signed(lang, f64::from(value)));
                c.marker_with_tip(
                    (x, emotion.map(f64::from(value))),
                    4,
                    SKY,
                    TOUCHPOINT_STROKE,
                    &tip,
                );
            }
        }
    }

    // The stage scores: a dashed line, broken where a stage is unscored.
    let scores: Vec<Option<f64>> = stages.iter().map(|s| ctx.stage_score(s).0).collect();
    for run in runs(&scores) {
        let points: Vec<(i32, i32)> = run
            .iter()
            .map(|&(i, value)| (bands.center(i), score.map(value)))
            .collect();
        if points.len() > 1 {
            c.dashed(&points, SCORE, 2.5, "7 4");
        }
    }

    // The emotion curve.
    let average = averages(ctx);
    for run in runs(&average) {
        let points: Vec<(i32, i32)> = run
            .iter()
            .map(|&(i, value)| (bands.center(i), emotion.map(value)))
            .collect();
        if points.len() > 1 {
            c.line(points, BLUE, 3);
        }
    }
    for (i, value) in average.iter().enumerate() {
        if let Some(value) = value {
            c.draw_marker(
                (bands.center(i), emotion.map(*value)),
                Marker::Circle(BLUE, 6),
            );
        }
    }
    for (i, value) in scores.iter().enumerate() {
        if let Some(value) = value {
            let at = (bands.center(i), score.map(*value));
            c.draw_marker(at, Marker::Square(SCORE));
            c.text(
                (at.0 + 9, at.1 - 8),
                &ctx.dec1(*value),
                Font::new(11).bold().color(SCORE_TEXT).halo(),
            );
        }
    }
    // The pass line's label last, over everything.
    c.text(
        (bands.x1 - 6, pass_y - 6),
        &pass_label,
        Font::new(11).end().color(INK).halo(),
    );

    // The table.
    let mut rows = Vec::new();
    for (i, stage) in stages.iter().enumerate() {
        let (stage_score, passed) = ctx.stage_score(stage);
        let with_emotion: Vec<String> = ctx
            .project
            .touchpoints_of(&stage.id)
            .filter_map(|tp| {
                tp.emotion
                    .map(|e| format!("{} ({})", tp.name, signed(lang, f64::from(e))))
            })
            .collect();
        rows.push(vec![
            stage.name.clone(),
            average[i].map_or(w.none.to_string(), |v| signed(lang, v)),
            if with_emotion.is_empty() {
                w.none.to_string()
            } else {
                with_emotion.join("; ")
            },
            stage_score.map_or(w.none.to_string(), |v| ctx.dec1(v)),
            result(ctx, passed),
        ]);
    }
    let table = DataTable {
        columns: vec![
            w.stage.to_string(),
            w.average_emotion.to_string(),
            format!("{} ({})", w.touchpoints, w.emotion.to_lowercase()),
            w.score.to_string(),
            w.result.to_string(),
        ],
        rows,
    };

    // The description, with the lowest point of the curve.
    let lowest = average
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i, v)))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    let below = stages_below(ctx);
    let pass_text = short(lang, pass);
    let mut description = pick(
        lang,
        [
            format!(
                "Average customer emotion per stage from −2 to +2, each touchpoint as a point, and the stage score from 0 to 100 against the pass line at {pass_text}."
            ),
            format!(
                "Kundens gennemsnitlige følelse pr. fase fra −2 til +2, hvert kontaktpunkt som et punkt, og fasens score fra 0 til 100 mod grænsen for bestået på {pass_text}."
            ),
            format!(
                "Kundens genomsnittliga känsla per fas från −2 till +2, varje kontaktpunkt som en punkt, och fasens poäng från 0 till 100 mot godkäntgränsen {pass_text}."
            ),
        ],
    );
    if let Some((i, value)) = lowest {
        let name = &stages[i].name;
        let value = signed(lang, value);
        description.push(' ');
        description.push_str(&pick(
            lang,
            [
                format!("The lowest point is {name} ({value})."),
                format!("Det laveste punkt er {name} ({value})."),
                format!("Den lägsta punkten är {name} ({value})."),
            ],
        ));
    }
    description.push(' ');
    description.push_str(&below_sentence(ctx, &below));

    chart(
        id.to_string(),
        w.journey_curve.to_string(),
        description,
        &c,
        table,
    )
}

/// Consecutive runs of present values, with their indices.
fn runs(values: &[Option<f64>]) -> Vec<Vec<(usize, f64)>> {
    let mut runs: Vec<Vec<(usize, f64)>> = Vec::new();
    let mut current = Vec::new();
    for (i, value) in values.iter().enumerate() {
        match value {
            Some(v) => current.push((i, *v)),
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
        Some(true) => ctx.words.passed,
        Some(false) => ctx.words.below,
        None => ctx.words.unscored,
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
        pick(
            ctx.lang,
            [
                "No stage is below the pass line.".to_string(),
                "Ingen fase er under grænsen for bestået.".to_string(),
                "Ingen fas ligger under godkäntgränsen.".to_string(),
            ],
        )
    } else {
        pick(
            ctx.lang,
            [
                format!("{n} of {total} stages are below the pass line: {names}."),
                format!("{n} af {total} faser er under grænsen for bestået: {names}."),
                format!("{n} av {total} faser ligger under godkäntgränsen: {names}."),
            ],
        )
    }
}

pub(super) fn scores(ctx: &Ctx) -> Option<Chart> {
    let stages = &ctx.project.stages;
    if stages.is_empty() {
        return None;
    }
    let (w, lang) = (ctx.words, ctx.lang);
    let id = "stage-scores";
    let height = 360;
    let mut c = Canvas::new(id, WIDTH, height);
    let pass = ctx.pass();
    let pass_label = ctx.pass_label(pass);
    let legend_bottom = c.legend(
        20,
        22,
        &[
            (Key::Swatch(BLUE, None), w.at_or_above.to_string()),
            (
                Key::Swatch(VERMILLION, Some(Pattern::Hatch)),
                w.below.to_string(),
            ),
            (
                Key::Line {
                    color: INK,
                    width: 2.0,
                    dash: Some("6 4"),
                    marker: Marker::None,
                },
                pass_label.clone(),
            ),
        ],
    );
    let bands = Bands {
        x0: 56,
        x1: WIDTH - 20,
        n: stages.len(),
    };
    let (y0, y1) = (legend_bottom + 34, height - 46);
    let scale = Scale {
        d0: 0.0,
        d1: 100.0,
        r0: y1,
        r1: y0,
    };
    for value in (0..=100).step_by(20) {
        let y = scale.map(f64::from(value));
        let color = if value == 0 { AXIS } else { GRID };
        c.line(vec![(bands.x0, y), (bands.x1, y)], color, 1);
        c.text(
            (bands.x0 - 8, y + 4),
            &value.to_string(),
            Font::new(11).end().color(MUTED),
        );
    }
    c.text(
        (18, (y0 + y1) / 2),
        &format!("{} (0–100)", w.score),
        Font::new(12).middle().rotate(-90).color(MUTED),
    );
    bands.labels(&mut c, y1 + 20, stages);

    let bar = ((bands.width() * 0.58) as i32).clamp(8, 90);
    let mut labels = Vec::new();
    for (i, stage) in stages.iter().enumerate() {
        let (value, passed) = ctx.stage_score(stage);
        let x = bands.center(i);
        let empty = ctx.project.touchpoints_of(&stage.id).next().is_none();
        match value {
            Some(value) => {
                let top = scale.map(value);
                let failing = passed == Some(false);
                let (color, pattern) = if failing {
                    (VERMILLION, Some(Pattern::Hatch))
                } else {
                    (BLUE, None)
                };
                if top < y1 {
                    c.patterned((x - bar / 2, top), (x + bar / 2, y1), color, pattern);
                }
                labels.push(((x, top - 6), ctx.dec1(value), failing));
                if empty {
                    labels.push(((x, top - 22), w.no_touchpoints.to_string(), true));
                }
            }
            None => labels.push(((x, y1 - 8), w.unscored.to_string(), false)),
        }
    }
    let pass_y = scale.map(pass);
    c.dashed(&[(bands.x0, pass_y), (bands.x1, pass_y)], INK, 2.0, "6 4");
    let max = bands.width() as i32 - 4;
    for ((x, y), text, alert) in labels {
        let font = Font::new(12).middle().bold().halo();
        let font = if alert {
            font.color(ALERT)
        } else {
            font.color(INK)
        };
        c.text_block((x, y), &text, max, font, true);
    }
    c.text(
        (bands.x1 - 4, pass_y - 6),
        &pass_label,
        Font::new(11).end().halo(),
    );

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
    let mut description = pick(
        lang,
        [
            format!(
                "The score of each stage from 0 to 100 against the pass line at {pass_text}; bars below it are hatched."
            ),
            format!(
                "Hver fases score fra 0 til 100 mod grænsen for bestået på {pass_text}; søjler under grænsen er skraverede."
            ),
            format!(
                "Varje fas poäng från 0 till 100 mot godkäntgränsen {pass_text}; staplar under gränsen är streckade."
            ),
        ],
    );
    description.push(' ');
    description.push_str(&below_sentence(ctx, &stages_below(ctx)));
    chart(
        id.to_string(),
        w.stage_scores.to_string(),
        description,
        &c,
        table,
    )
}
