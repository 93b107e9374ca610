//! The pieces of the input files' JSON Schemas (built in the parent from
//! the loader's own input types), for editors (taplo, Even Better TOML):
//! completion, hover text and checks while typing.
//!
//! The schemas are derived from the loader's own input types, so a key
//! the loader learns is in the schema at once. The few values the loader
//! reads by hand (an emotion that is a number or a table, pain points and
//! opportunities that are strings or tables, dates as TOML dates or
//! strings) are described by the schema-only types below. No IO.

// The types below are never built: they only describe values for the schema.
#![allow(dead_code)]

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde_json::Value;

use crate::model::{Area, Level, Status};

/// A derived schema as a value, with its title.
pub(super) fn titled(schema: schemars::Schema, title: &str) -> Value {
    let mut value = schema.to_value();
    value["title"] = Value::from(title);
    value
}

/// A date: a TOML date (`2026-11-06`) or a string in that form. Editors
/// see TOML dates as strings in that form too.
#[derive(JsonSchema)]
#[schemars(transparent)]
pub(super) struct Date(#[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}"))] String);

/// A rule's severity in `[rules]`.
#[derive(JsonSchema)]
#[schemars(rename_all = "lowercase")]
pub(super) enum RuleSetting {
    Error,
    Warning,
    Info,
    Off,
}

/// How the personas a touchpoint serves feel there: one number for all of
/// them, or a number per persona id; -2 (very negative) to 2.
#[derive(JsonSchema)]
#[schemars(untagged)]
pub(super) enum Emotion {
    All(#[schemars(range(min = -2, max = 2))] i8),
    ByPersona(BTreeMap<String, EmotionValue>),
}

#[derive(JsonSchema)]
#[schemars(transparent)]
pub(super) struct EmotionValue(#[schemars(range(min = -2, max = 2))] i8);

/// A pain point: a sentence, or a table with its area.
#[derive(JsonSchema)]
#[schemars(untagged)]
pub(super) enum PainPoint {
    Text(String),
    Table(PainPointTable),
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct PainPointTable {
    text: String,
    area: Option<Area>,
}

/// An opportunity: a sentence, or a table that makes it an action.
#[derive(JsonSchema)]
#[schemars(untagged)]
pub(super) enum Opportunity {
    Text(String),
    Table(OpportunityTable),
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct OpportunityTable {
    text: String,
    /// Tracks the action across cycles (default: its text).
    id: Option<String>,
    area: Option<Area>,
    impact: Option<Level>,
    effort: Option<Level>,
    owner: Option<String>,
    status: Option<Status>,
    /// The cycle it is due in, such as `2027-Q1`.
    due: Option<String>,
}
