//! Parses one stage's scorecard, `content/scorecards/<stage-id>.toml`, into
//! touchpoints, checking every value against the format.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::{Collector, Ref, Target, is_slug, toml_diagnostic};
use crate::diagnostics::Diagnostic;
use crate::model::{ContentKind, Kpi, Location, Mode, Owner, Scoring, Touchpoint};

/// The channel vocabulary and each channel's usual mode.
pub const CHANNELS: &[(&str, Mode)] = &[
    ("website", Mode::Online),
    ("search", Mode::Online),
    ("social", Mode::Online),
    ("email", Mode::Online),
    ("newsletter", Mode::Online),
    ("ads", Mode::Online),
    ("display", Mode::Online),
    ("video", Mode::Online),
    ("blog", Mode::Online),
    ("reviews", Mode::Online),
    ("marketplace", Mode::Online),
    ("app", Mode::Online),
    ("chat", Mode::Online),
    ("store", Mode::Offline),
    ("event", Mode::Offline),
    ("trade-show", Mode::Offline),
    ("print", Mode::Offline),
    ("brochure", Mode::Offline),
    ("outdoor", Mode::Offline),
    ("packaging", Mode::Offline),
    ("phone", Mode::Offline),
    ("sales", Mode::Offline),
    ("employees", Mode::Offline),
    ("word-of-mouth", Mode::Offline),
    ("service-center", Mode::Offline),
];

/// The usual mode of a channel in the vocabulary.
pub fn channel_mode(channel: &str) -> Option<Mode> {
    CHANNELS
        .iter()
        .find(|(name, _)| *name == channel)
        .map(|(_, mode)| *mode)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScorecard {
    stage: Option<Spanned<String>>,
    #[serde(default)]
    touchpoint: Vec<RawTouchpoint>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTouchpoint {
    id: Spanned<String>,
    name: Spanned<String>,
    channel: Spanned<String>,
    mode: Option<Mode>,
    owner: Option<Owner>,
    content: Option<ContentKind>,
    personas: Option<Vec<Spanned<String>>>,
    emotion: Option<Spanned<i64>>,
    #[serde(default)]
    pain_points: Vec<String>,
    #[serde(default)]
    opportunities: Vec<String>,
    notes: Option<Spanned<String>>,
    reviewed: Option<Spanned<toml::Value>>,
    #[serde(default)]
    scores: BTreeMap<Spanned<String>, Spanned<f64>>,
    #[serde(default)]
    kpi: Vec<RawKpi>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKpi {
    name: String,
    value: Spanned<f64>,
    target: Option<Spanned<f64>>,
    unit: Option<String>,
    higher_is_better: Option<bool>,
}

pub struct Context<'a> {
    /// Project-relative path of the scorecard.
    pub file: &'a str,
    pub stage: &'a str,
    pub scoring: &'a Scoring,
}

/// Parses a scorecard's text; problems go to `out`, references to `refs`.
/// `None` when the file is not a readable scorecard at all.
pub fn parse(
    text: &str,
    ctx: &Context,
    refs: &mut Vec<Ref>,
    out: &mut Collector,
) -> Option<Vec<Touchpoint>> {
    let raw: RawScorecard = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(error) => {
            out.push(toml_diagnostic(ctx.file, &error, 0));
            return None;
        }
    };
    let error = |span: std::ops::Range<usize>, message: String| {
        Diagnostic::error(ctx.file, Some(span), message)
    };
    if let Some(stage) = &raw.stage
        && stage.get_ref() != ctx.stage
    {
        out.push(
            error(
                stage.span(),
                format!(
                    "`stage = \"{}\"` disagrees with the file name",
                    stage.get_ref()
                ),
            )
            .with_note(format!(
                "this scorecard's file name makes it the `{}` stage",
                ctx.stage
            )),
        );
    }

    let mut touchpoints = Vec::new();
    for raw in raw.touchpoint {
        let id_span = raw.id.span();
        let id = raw.id.into_inner();
        if !is_slug(&id) {
            out.push(
                error(
                    id_span.clone(),
                    format!("touchpoint id `{id}` is not a slug"),
                )
                .with_label("use lowercase letters, digits and `-`"),
            );
        }
        let name_span = raw.name.span();
        let name = raw.name.into_inner();
        if name.trim().is_empty() {
            out.push(error(
                id_span.clone(),
                format!("touchpoint `{id}` has an empty `name`"),
            ));
        }
        super::notes::check_length("name", &name, ctx.file, Some(name_span), out);

        let channel_span = raw.channel.span();
        let channel = raw.channel.into_inner();
        let mode = match (raw.mode, channel_mode(&channel)) {
            (Some(mode), _) => mode,
            (None, Some(mode)) => mode,
            (None, None) => {
                out.push(
                    error(
                        channel_span,
                        format!(
                            "channel `{channel}` is not in the vocabulary, so it needs a `mode`"
                        ),
                    )
                    .with_label("unknown channel")
                    .with_note("add mode = \"online\" or mode = \"offline\"")
                    .with_note(format!(
                        "known channels: {}",
                        CHANNELS
                            .iter()
                            .map(|(name, _)| *name)
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                );
                Mode::Online
            }
        };

        let emotion = match raw.emotion {
            Some(emotion) if !(-2..=2).contains(emotion.get_ref()) => {
                out.push(
                    error(
                        emotion.span(),
                        format!("emotion {} is out of range", emotion.get_ref()),
                    )
                    .with_label("expected a whole number from -2 to 2"),
                );
                None
            }
            Some(emotion) => i8::try_from(emotion.into_inner()).ok(),
            None => None,
        };

        let mut scores = BTreeMap::new();
        for (dimension, score) in raw.scores {
            let value = *score.get_ref();
            if !ctx.scoring.dimensions.contains(dimension.get_ref()) {
                out.push(
                    error(
                        dimension.span(),
                        format!("unknown score dimension `{}`", dimension.get_ref()),
                    )
                    .with_note(format!(
                        "the dimensions in site.toml [scoring] are: {}",
                        ctx.scoring.dimensions.join(", ")
                    )),
                );
            } else if !(value.is_finite() && (0.0..=ctx.scoring.scale).contains(&value)) {
                out.push(
                    error(score.span(), format!("score {value} is out of range"))
                        .with_label(format!("expected a number from 0 to {}", ctx.scoring.scale)),
                );
            } else {
                scores.insert(dimension.into_inner(), value);
            }
        }

        let mut kpis = Vec::new();
        for kpi in raw.kpi {
            let mut finite = true;
            for number in [Some(&kpi.value), kpi.target.as_ref()]
                .into_iter()
                .flatten()
            {
                if !number.get_ref().is_finite() {
                    out.push(error(
                        number.span(),
                        "a KPI value must be a finite number".to_string(),
                    ));
                    finite = false;
                }
            }
            if finite {
                kpis.push(Kpi {
                    name: kpi.name,
                    value: kpi.value.into_inner(),
                    target: kpi.target.map(Spanned::into_inner),
                    unit: kpi.unit,
                    higher_is_better: kpi.higher_is_better.unwrap_or(true),
                });
            }
        }

        let personas = raw.personas.map(|list| {
            list.into_iter()
                .map(|persona| {
                    refs.push(Ref {
                        target: Target::Persona,
                        id: persona.get_ref().clone(),
                        file: ctx.file.to_string(),
                        span: persona.span(),
                    });
                    persona.into_inner()
                })
                .collect()
        });
        let notes = raw.notes.map(|note| {
            refs.push(Ref {
                target: Target::Note,
                id: note.get_ref().clone(),
                file: ctx.file.to_string(),
                span: note.span(),
            });
            note.into_inner()
        });
        let reviewed = raw
            .reviewed
            .and_then(|value| super::notes::date(&value, ctx.file, out));

        let line = text[..id_span.start.min(text.len())].matches('\n').count() + 1;
        touchpoints.push(Touchpoint {
            id,
            name,
            stage: ctx.stage.to_string(),
            channel,
            mode,
            owner: raw.owner.unwrap_or_default(),
            content: raw.content.unwrap_or_default(),
            personas,
            emotion,
            pain_points: raw.pain_points,
            opportunities: raw.opportunities,
            notes,
            reviewed,
            scores,
            kpis,
            location: Location {
                file: ctx.file.to_string(),
                span: id_span,
                line,
            },
        });
    }
    Some(touchpoints)
}
