//! Numbers, dates, quotes and lists as each language writes them, from the
//! catalogue's `decimal-sign`, `percent`, `quoted`, `date`, `month-N` and
//! `list-and` messages.

use fluent_bundle::{FluentArgs, FluentValue};

use super::Language;

/// A number with at most `decimals` decimals, trailing zeros dropped,
/// in the language's decimal sign: `2.8`, `4`, `2,8`.
pub fn number(language: &Language, value: f64, decimals: usize) -> String {
    let mut text = format!("{value:.decimals$}");
    if text.contains('.') {
        text = text.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    if text == "-0" {
        text = "0".to_string();
    }
    localize_decimal(language, text)
}

/// A score (0 to 100) with exactly one decimal: `56.0`, `56,0`.
pub fn score(language: &Language, value: f64) -> String {
    let text = format!("{:.1}", crate::numbers::round1(value));
    localize_decimal(language, if text == "-0.0" { "0.0".into() } else { text })
}

/// A score as a percentage: `56.0%`, `56,0 %`.
pub fn percent(language: &Language, value: f64) -> String {
    with_percent(language, score(language, value))
}

/// A number already formatted, followed by the percent sign as the
/// language writes it.
pub fn with_percent(language: &Language, text: String) -> String {
    language.fill("percent", &[("number", &text)])
}

/// A number as written (a KPI value, a dimension score) in the language's
/// decimal sign; shown as given (no rounding).
pub fn plain_number(language: &Language, value: f64) -> String {
    localize_decimal(language, format!("{value}"))
}

/// A value with its optional unit: `3.4%`, `412 kr.`; a percent sign is
/// written the language's way.
pub fn quantity(language: &Language, value: f64, unit: Option<&str>) -> String {
    let value = plain_number(language, value);
    match unit.map(str::trim).filter(|unit| !unit.is_empty()) {
        None => value,
        Some("%") => with_percent(language, value),
        Some(unit) => format!("{value} {unit}"),
    }
}

/// A name (a touchpoint's, a pain point) in the language's quotes.
pub fn quoted(language: &Language, name: &str) -> String {
    language.fill("quoted", &[("text", name)])
}

/// Names joined as a list: `A, B and C` with the language's `and`.
pub fn join(language: &Language, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => language.fill(
            "list-and",
            &[("init", &init.join(", ")), ("last", last.as_str())],
        ),
    }
}

fn localize_decimal(language: &Language, text: String) -> String {
    let sign = language.text("decimal-sign");
    if sign == "." {
        text
    } else {
        text.replace('.', &sign)
    }
}

/// A `YYYY-MM-DD` date as the language writes it; other text unchanged.
pub fn date(language: &Language, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let parsed = match parts.as_slice() {
        [year, month, day] if year.len() == 4 => month
            .parse::<usize>()
            .ok()
            .zip(day.parse::<u32>().ok())
            .filter(|(month, day)| (1..=12).contains(month) && (1..=31).contains(day))
            .map(|(month, day)| (*year, month, day)),
        _ => None,
    };
    let Some((year, month, day)) = parsed else {
        return iso.to_string();
    };
    let mut args = FluentArgs::new();
    args.set("day", FluentValue::from(day.to_string()));
    args.set(
        "month",
        FluentValue::from(language.text(&format!("month-{month}"))),
    );
    args.set("year", FluentValue::from(year));
    language.format("date-format", Some(&args))
}
