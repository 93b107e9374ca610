//! Parses one stage's scorecard, `content/scorecards/<stage-id>.toml`, into
//! touchpoints, checking every value against the format.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::loose::{Fields, Loose};
use super::{Collector, Ref, Target, id_error, is_id, toml_diagnostic};
use crate::diagnostics::{Diagnostic, LineIndex};
use crate::model::{
    Area, ContentKind, Kpi, Level, Location, Mode, Opportunity, Owner, PainPoint, Scoring, Status,
    Touchpoint,
};

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

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScorecard {
    #[schemars(with = "Option<String>")]
    stage: Option<Spanned<String>>,
    #[serde(default)]
    touchpoint: Vec<RawTouchpoint>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawTouchpoint {
    #[schemars(with = "String")]
    id: Spanned<String>,
    #[schemars(with = "Option<String>")]
    previous_id: Option<Spanned<String>>,
    #[schemars(with = "String")]
    name: Spanned<String>,
    #[schemars(with = "String")]
    channel: Spanned<String>,
    mode: Option<Mode>,
    owner: Option<Owner>,
    content: Option<ContentKind>,
    #[schemars(with = "Option<Vec<String>>")]
    personas: Option<Vec<Spanned<String>>>,
    #[schemars(with = "Option<super::schema::Emotion>")]
    emotion: Option<Spanned<Loose>>,
    #[serde(default)]
    #[schemars(with = "Vec<super::schema::PainPoint>")]
    pain_points: Vec<Spanned<Loose>>,
    #[serde(default)]
    #[schemars(with = "Vec<super::schema::Opportunity>")]
    opportunities: Vec<Spanned<Loose>>,
    #[schemars(with = "Option<String>")]
    notes: Option<Spanned<String>>,
    #[schemars(with = "Option<super::schema::Date>")]
    reviewed: Option<Spanned<toml::Value>>,
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, f64>")]
    scores: BTreeMap<Spanned<String>, Spanned<f64>>,
    #[serde(default)]
    kpi: Vec<RawKpi>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawKpi {
    name: String,
    #[schemars(with = "f64")]
    value: Spanned<f64>,
    #[schemars(with = "Option<f64>")]
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

    let lines = LineIndex::new(text);
    let mut touchpoints = Vec::new();
    for raw in raw.touchpoint {
        let id_span = raw.id.span();
        let id = raw.id.into_inner();
        if !is_id(&id) {
            out.push(id_error("touchpoint", &id, ctx.file, Some(id_span.clone())));
        }
        let previous_id = raw.previous_id.and_then(|previous| {
            let span = previous.span();
            let previous = previous.into_inner();
            if !is_id(&previous) {
                out.push(
                    id_error("previous", &previous, ctx.file, Some(span)).with_note(
                        "`previous_id` is the id this touchpoint had in the previous cycle",
                    ),
                );
                return None;
            }
            if previous == id {
                out.push(
                    error(
                        span,
                        format!("`previous_id` is the touchpoint's own id `{id}`"),
                    )
                    .with_label("same as `id`")
                    .with_note("name the id it had in the previous cycle, or remove `previous_id`"),
                );
                return None;
            }
            refs.push(Ref {
                target: Target::FormerTouchpoint,
                id: previous.clone(),
                file: ctx.file.to_string(),
                span,
            });
            Some(previous)
        });
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

        let (emotion, emotions) = match raw.emotion {
            Some(value) => emotion(value, raw.personas.as_deref(), ctx, refs, out),
            None => (None, BTreeMap::new()),
        };
        let pain_points = items(raw.pain_points, "pain point", ctx.file, out)
            .into_iter()
            .map(|item| PainPoint {
                text: item.text,
                id: item.id,
                area: item.area,
            })
            .collect();
        let opportunities = items(raw.opportunities, "opportunity", ctx.file, out);

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
            for persona in &list {
                if !is_id(persona.get_ref()) {
                    out.push(id_error(
                        "persona",
                        persona.get_ref(),
                        ctx.file,
                        Some(persona.span()),
                    ));
                }
            }
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

        let line = lines.line(id_span.start.min(text.len()));
        touchpoints.push(Touchpoint {
            id,
            previous_id,
            name,
            stage: ctx.stage.to_string(),
            channel,
            mode,
            owner: raw.owner.unwrap_or_default(),
            content: raw.content.unwrap_or_default(),
            personas,
            emotion,
            emotions,
            pain_points,
            opportunities,
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

/// An emotion: one integer every persona served feels, or a table by
/// persona id. Returns the lowest value and the table.
fn emotion(
    value: Spanned<Loose>,
    personas: Option<&[Spanned<String>]>,
    ctx: &Context,
    refs: &mut Vec<Ref>,
    out: &mut Collector,
) -> (Option<i8>, BTreeMap<String, i8>) {
    let span = value.span();
    let mut table = BTreeMap::new();
    match value.into_inner() {
        Loose::Int(value) => return (emotion_value(value, span, ctx.file, out), table),
        Loose::Table(fields) => {
            for (persona, value) in fields {
                let value_span = value.span();
                let Some(number) = value.get_ref().as_integer() else {
                    out.push(
                        Diagnostic::error(ctx.file, Some(value_span), "expected a whole number")
                            .with_label("an emotion from -2 to 2"),
                    );
                    continue;
                };
                let Some(number) = emotion_value(number, value_span, ctx.file, out) else {
                    continue;
                };
                match personas {
                    Some(list) if !list.iter().any(|p| p.get_ref() == persona.get_ref()) => {
                        let served: Vec<&str> = list.iter().map(|p| p.get_ref().as_str()).collect();
                        out.push(
                            Diagnostic::error(
                                ctx.file,
                                Some(persona.span()),
                                format!(
                                    "`{}` is not a persona this touchpoint serves",
                                    persona.get_ref()
                                ),
                            )
                            .with_label("not in `personas`")
                            .with_note(if served.is_empty() {
                                "the touchpoint's `personas` list is empty".to_string()
                            } else {
                                format!("it serves: {}", served.join(", "))
                            })
                            .with_note("add the persona to `personas`, or remove it here"),
                        );
                        continue;
                    }
                    Some(_) => {}
                    None => refs.push(Ref {
                        target: Target::Persona,
                        id: persona.get_ref().clone(),
                        file: ctx.file.to_string(),
                        span: persona.span(),
                    }),
                }
                table.insert(persona.into_inner(), number);
            }
        }
        other => out.push(
            Diagnostic::error(
                ctx.file,
                Some(span),
                format!("expected an emotion, found {}", other.kind()),
            )
            .with_label("a whole number from -2 to 2, or a table by persona")
            .with_note("e.g. emotion = -1, or emotion = { mette = -2, henrik = 0 }"),
        ),
    }
    (table.values().min().copied(), table)
}

fn emotion_value(value: i64, span: Range<usize>, file: &str, out: &mut Collector) -> Option<i8> {
    if (-2..=2).contains(&value) {
        i8::try_from(value).ok()
    } else {
        out.push(
            Diagnostic::error(file, Some(span), format!("emotion {value} is out of range"))
                .with_label("expected a whole number from -2 to 2"),
        );
        None
    }
}

/// The keys a pain point or opportunity table may have.
const ITEM_KEYS: &[&str] = &[
    "text", "id", "area", "impact", "effort", "owner", "status", "due",
];

/// A list of pain points or opportunities; explicit ids are unique in it.
fn items(
    list: Vec<Spanned<Loose>>,
    what: &str,
    file: &str,
    out: &mut Collector,
) -> Vec<Opportunity> {
    let mut seen: BTreeMap<String, Range<usize>> = BTreeMap::new();
    let mut items = Vec::new();
    for raw in list {
        let Some((item, id_span)) = item_of(raw, what, file, out) else {
            continue;
        };
        if let (Some(id), Some(span)) = (&item.id, id_span) {
            if let Some(first) = seen.get(id) {
                let line = out
                    .sources
                    .get(file)
                    .map_or(0, |text| super::line_of(text, first.start));
                out.push(
                    Diagnostic::error(file, Some(span), format!("duplicate {what} id `{id}`"))
                        .with_label("already used in this touchpoint")
                        .with_note(format!("first used on line {line}; give each its own id")),
                );
                continue;
            }
            seen.insert(id.clone(), span);
        }
        items.push(item);
    }
    items
}

/// A pain point or opportunity: a string, or a table with `text` and the
/// optional keys of [`ITEM_KEYS`]. `None` (with diagnostics) when invalid.
fn item_of(
    item: Spanned<Loose>,
    what: &str,
    file: &str,
    out: &mut Collector,
) -> Option<(Opportunity, Option<Range<usize>>)> {
    let span = item.span();
    let fields: Fields = match item.into_inner() {
        Loose::Text(text) => return Some((Opportunity::from(text.as_str()), None)),
        Loose::Table(fields) => fields,
        other => {
            out.push(
                Diagnostic::error(
                    file,
                    Some(span),
                    format!("expected {}, found {}", with_article(what), other.kind()),
                )
                .with_label("a string, or a table with `text`"),
            );
            return None;
        }
    };
    let errors_before = out.error_count();
    let mut item = Opportunity::default();
    let mut text = None;
    let mut id_span = None;
    for (key, value) in &fields {
        let value_span = value.span();
        let string = || value.get_ref().as_str().map(str::to_string);
        let expect_string = |out: &mut Collector| {
            out.push(
                Diagnostic::error(
                    file,
                    Some(value_span.clone()),
                    format!("`{}` must be a string", key.get_ref()),
                )
                .with_label(format!("found {}", value.get_ref().type_str())),
            );
        };
        match key.get_ref().as_str() {
            "text" => match string() {
                Some(value) if value.trim().is_empty() => out.push(
                    Diagnostic::error(
                        file,
                        Some(value_span.clone()),
                        format!("{}'s `text` is empty", with_article(what)),
                    )
                    .with_label("say what it is"),
                ),
                Some(value) => {
                    super::notes::check_length("text", &value, file, Some(value_span.clone()), out);
                    text = Some(value);
                }
                None => expect_string(out),
            },
            "id" => match string() {
                Some(id) if !is_id(&id) => {
                    out.push(id_error(what, &id, file, Some(value_span.clone())));
                }
                Some(id) => {
                    id_span = Some(value_span.clone());
                    item.id = Some(id);
                }
                None => expect_string(out),
            },
            "owner" => match string() {
                Some(owner) => item.owner = Some(owner),
                None => expect_string(out),
            },
            "due" => match string() {
                Some(due) if due.trim().is_empty() => out.push(
                    Diagnostic::error(file, Some(value_span.clone()), "`due` is empty")
                        .with_label("a cycle label, e.g. \"2027-Q1\""),
                ),
                Some(due) => item.due = Some(due),
                None => expect_string(out),
            },
            "area" => item.area = choice(value, "area", &AREAS, file, out),
            "impact" => {
                item.impact = choice(
                    value,
                    "impact",
                    &Level::ALL.map(|l| (l.as_str(), l)),
                    file,
                    out,
                )
            }
            "effort" => {
                item.effort = choice(
                    value,
                    "effort",
                    &Level::ALL.map(|l| (l.as_str(), l)),
                    file,
                    out,
                )
            }
            "status" => {
                if let Some(status) = choice(
                    value,
                    "status",
                    &Status::ALL.map(|s| (s.as_str(), s)),
                    file,
                    out,
                ) {
                    item.status = status;
                }
            }
            unknown => {
                let names: BTreeSet<String> = ITEM_KEYS.iter().map(|k| k.to_string()).collect();
                let mut diagnostic = Diagnostic::error(
                    file,
                    Some(key.span()),
                    format!("unknown key `{unknown}` in {}", with_article(what)),
                )
                .with_label("not a key here");
                if let Some(guess) = super::closest(unknown, &names) {
                    diagnostic = diagnostic.with_note(format!("did you mean `{guess}`?"));
                }
                out.push(diagnostic.with_note(format!(
                    "the keys allowed here are: {}",
                    ITEM_KEYS.join(", ")
                )));
            }
        }
    }
    match text {
        Some(text) => item.text = text,
        None if fields.keys().any(|key| key.get_ref() == "text") => {}
        None => out.push(
            Diagnostic::error(
                file,
                Some(span),
                format!("{} needs a `text`", with_article(what)),
            )
            .with_label("`text` missing")
            .with_note("add text = \"...\": what the consultant found or proposes"),
        ),
    }
    (out.error_count() == errors_before).then_some((item, id_span))
}

/// `a pain point`, `an opportunity`.
fn with_article(what: &str) -> String {
    let article = if what.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {what}")
}

/// The areas a pain point or opportunity may name (research is the
/// audit's own, not the client's).
const AREAS: [(&str, Area); 4] = [
    ("content", Area::Content),
    ("data", Area::Data),
    ("touchpoints", Area::Touchpoints),
    ("technology", Area::Technology),
];

/// One of a fixed set of string values.
fn choice<T: Copy>(
    value: &Spanned<toml::Value>,
    key: &str,
    allowed: &[(&str, T)],
    file: &str,
    out: &mut Collector,
) -> Option<T> {
    let names: Vec<&str> = allowed.iter().map(|(name, _)| *name).collect();
    let text = value.get_ref().as_str();
    if let Some(found) = allowed.iter().find(|(name, _)| Some(*name) == text) {
        return Some(found.1);
    }
    let mut diagnostic = Diagnostic::error(
        file,
        Some(value.span()),
        match text {
            Some(text) => format!("unknown {key} `{text}`"),
            None => format!("`{key}` must be a string"),
        },
    )
    .with_label(format!("expected one of: {}", names.join(", ")));
    if let Some(text) = text {
        let set: BTreeSet<String> = names.iter().map(|n| n.to_string()).collect();
        if let Some(guess) = super::closest(&text.to_lowercase(), &set) {
            diagnostic = diagnostic.with_note(format!("did you mean `{guess}`?"));
        }
    }
    out.push(diagnostic);
    None
}
