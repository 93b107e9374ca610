//! A message as rules hand it over: a catalogue id with typed arguments,
//! not prose. The report renders it once in the report language, turning
//! ids (stages, touchpoints, channels, ...) into their names there.

use fluent_bundle::{FluentArgs, FluentValue};
use serde_json::{Value, json};

use super::{Language, date, join, number, plain_number, quantity, quoted, score, with_percent};

/// What a message's ids are called in the report: the model answers.
pub trait Names {
    fn stage(&self, id: &str) -> String;
    fn touchpoint(&self, id: &str) -> String;
    /// A persona's name, with the segment when it has one.
    fn persona(&self, id: &str) -> String;
    fn channel(&self, language: &Language, id: &str) -> String;
    fn dimension(&self, language: &Language, id: &str) -> String;
}

/// A catalogue message id with its arguments.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument of a message, typed so that the report can name it in the
/// report language and report.json can keep it as data.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A whole number; plural selectors read it.
    Count(usize),
    /// A score from 0 to 100, shown with one decimal.
    Score(f64),
    /// A number as written (a scale, a dimension score, an emotion).
    Number(f64),
    /// A percentage, rounded to a whole number.
    Percent(f64),
    /// A `YYYY-MM-DD` date, written the language's way.
    Date(String),
    /// A value with an optional unit (a KPI).
    Quantity(f64, Option<String>),
    /// The consultant's own words, shown as written.
    Text(String),
    /// The consultant's own words, in the language's quotes.
    Quoted(String),
    Stage(String),
    /// Stages joined as a list.
    Stages(Vec<String>),
    /// A touchpoint's name, in quotes.
    Touchpoint(String),
    /// A persona's name, with the segment when it has one.
    Persona(String),
    Channel(String),
    /// A rule, named by its title (`rule-<id>-title`) in quotes.
    Rule(String),
    /// Scoring dimensions joined as a list.
    Dimensions(Vec<String>),
    /// Messages of their own, joined with `; `.
    List(Vec<Message>),
    /// Messages of their own, joined as a list (`a, b and c`).
    Items(Vec<Message>),
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn with(mut self, name: &'static str, arg: Arg) -> Message {
        self.args.push((name, arg));
        self
    }

    /// The argument called `name`.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args
            .iter()
            .find(|(arg_name, _)| *arg_name == name)
            .map(|(_, arg)| arg)
    }

    /// The message in `language`, its ids named by `names`.
    pub fn render(&self, language: &Language, names: &dyn Names) -> String {
        let mut args = FluentArgs::new();
        for (name, arg) in &self.args {
            args.set(*name, arg.value(language, names));
        }
        language.format(self.id, Some(&args))
    }

    /// The arguments as report.json keeps them: ids and numbers as data.
    pub fn args_json(&self) -> serde_json::Map<String, Value> {
        self.args
            .iter()
            .map(|(name, arg)| (name.to_string(), arg.to_json()))
            .collect()
    }
}

impl Arg {
    fn value(&self, language: &Language, names: &dyn Names) -> FluentValue<'static> {
        let text = match self {
            Arg::Count(count) => return FluentValue::from(*count),
            Arg::Score(value) => score(language, *value),
            Arg::Number(value) => plain_number(language, *value),
            Arg::Percent(value) => with_percent(language, number(language, *value, 0)),
            Arg::Date(iso) => date(language, iso),
            Arg::Quantity(value, unit) => quantity(language, *value, unit.as_deref()),
            Arg::Text(text) => text.clone(),
            Arg::Quoted(text) => quoted(language, text),
            Arg::Stage(id) => names.stage(id),
            Arg::Stages(ids) => join(
                language,
                &ids.iter().map(|id| names.stage(id)).collect::<Vec<_>>(),
            ),
            Arg::Touchpoint(id) => quoted(language, &names.touchpoint(id)),
            Arg::Persona(id) => names.persona(id),
            Arg::Channel(id) => names.channel(language, id),
            Arg::Rule(id) => quoted(language, &language.text(&format!("rule-{id}-title"))),
            Arg::Dimensions(ids) => join(
                language,
                &ids.iter()
                    .map(|id| names.dimension(language, id))
                    .collect::<Vec<_>>(),
            ),
            Arg::List(messages) => messages
                .iter()
                .map(|message| message.render(language, names))
                .collect::<Vec<_>>()
                .join("; "),
            Arg::Items(messages) => join(
                language,
                &messages
                    .iter()
                    .map(|message| message.render(language, names))
                    .collect::<Vec<_>>(),
            ),
        };
        FluentValue::from(text)
    }

    fn to_json(&self) -> Value {
        match self {
            Arg::Count(count) => json!(count),
            Arg::Score(value) => json!(crate::numbers::round1(*value)),
            Arg::Number(value) | Arg::Percent(value) => json!(value),
            Arg::Quantity(value, unit) => json!({ "value": value, "unit": unit }),
            Arg::Text(text)
            | Arg::Date(text)
            | Arg::Quoted(text)
            | Arg::Stage(text)
            | Arg::Touchpoint(text)
            | Arg::Persona(text)
            | Arg::Channel(text)
            | Arg::Rule(text) => json!(text),
            Arg::Stages(ids) | Arg::Dimensions(ids) => json!(ids),
            Arg::List(messages) | Arg::Items(messages) => Value::Array(
                messages
                    .iter()
                    .map(|message| json!({ "id": message.id, "args": message.args_json() }))
                    .collect(),
            ),
        }
    }
}
