//! The words of the charts, from the report language's catalogue, and
//! number formatting for chart labels.

use crate::model::{ContentKind, Language, Mode, Owner};

/// Fixed labels of the charts in one language.
pub struct Words {
    pub stage: String,
    pub touchpoint: String,
    pub touchpoints: String,
    pub channel: String,
    pub mode: String,
    pub persona: String,
    pub emotion: String,
    pub score: String,
    pub result: String,
    pub passed: String,
    pub below: String,
    pub unscored: String,
    pub no_touchpoints: String,
    pub no_soft_content: String,
    pub total: String,
    pub at_or_above: String,
    pub targeted: String,
    pub general_only: String,
    pub not_served: String,
    pub empty_cell: String,
    pub by_owner: String,
    pub by_mode: String,
    pub none: String,
    pub stage_scores: String,
    pub coverage: String,
    pub content_mix: String,
    pub touchpoint_mix: String,
    pub personas: String,
    pub dimensions: String,
}

impl Words {
    pub fn new(language: &Language) -> Words {
        Words {
            stage: language.text("stage"),
            touchpoint: language.text("touchpoint"),
            touchpoints: language.text("touchpoints"),
            channel: language.text("channel"),
            mode: language.text("mode"),
            persona: language.text("persona"),
            emotion: language.text("emotion"),
            score: language.text("score"),
            result: language.text("result"),
            passed: language.text("chart_passed"),
            below: language.text("chart_below"),
            unscored: language.text("unscored"),
            no_touchpoints: language.text("chart_no_touchpoints"),
            no_soft_content: language.text("chart_no_soft_content"),
            total: language.text("chart_total"),
            at_or_above: language.text("chart_at_or_above"),
            targeted: language.text("chart_targeted"),
            general_only: language.text("chart_general_only"),
            not_served: language.text("chart_not_served"),
            empty_cell: language.text("chart_empty_cell"),
            by_owner: language.text("chart_by_owner"),
            by_mode: language.text("chart_by_mode"),
            none: language.text("chart_none"),
            stage_scores: language.text("chart_stage_scores"),
            coverage: language.text("chart_coverage"),
            content_mix: language.text("chart_content_mix"),
            touchpoint_mix: language.text("chart_touchpoint_mix"),
            personas: language.text("chart_personas"),
            dimensions: language.text("chart_dimensions"),
        }
    }
}

pub fn owner(language: &Language, owner: Owner) -> String {
    language.text(&format!("owner_{}", owner.as_str()))
}

pub fn mode(language: &Language, mode: Mode) -> String {
    language.text(mode.as_str())
}

pub fn content(language: &Language, content: ContentKind) -> String {
    language.text(&format!("content_{}", content.as_str()))
}

/// The known channels in the order of the format's vocabulary.
const CHANNELS: &[&str] = &[
    "website",
    "search",
    "social",
    "email",
    "newsletter",
    "ads",
    "display",
    "video",
    "blog",
    "reviews",
    "marketplace",
    "app",
    "chat",
    "store",
    "event",
    "trade-show",
    "print",
    "brochure",
    "outdoor",
    "packaging",
    "phone",
    "sales",
    "employees",
    "word-of-mouth",
    "service-center",
];

/// Sort key of a channel: known channels in vocabulary order, then others.
pub fn channel_rank(channel: &str) -> usize {
    CHANNELS
        .iter()
        .position(|id| *id == channel)
        .unwrap_or(CHANNELS.len())
}

/// A channel's display name: translated when known, else the id made readable.
pub fn channel(language: &Language, channel: &str) -> String {
    crate::i18n::vocabulary(language, "channel", channel)
}

/// A dimension's display name: the default dimensions translated, others
/// made readable.
pub fn dimension(language: &Language, dimension: &str) -> String {
    crate::i18n::vocabulary(language, "dimension", dimension)
}

/// A number with one decimal, in the language's notation, with a real
/// minus sign.
pub fn dec1(language: &Language, value: f64) -> String {
    crate::i18n::score(language, value).replace('-', "\u{2212}")
}

/// A number as short as it goes: `3`, `2.5`.
pub fn short(language: &Language, value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e9 {
        crate::i18n::plain_number(language, value).replace('-', "\u{2212}")
    } else {
        dec1(language, value)
    }
}

/// Names joined as a list: `a, b and c`.
pub fn list(language: &Language, names: &[String]) -> String {
    crate::i18n::join(language, names)
}
