//! How numbers, scores and names are written in the report language:
//! Danish and Swedish use a decimal comma and their own quotation marks.
//! Used by rule messages and renderers alike, so the report speaks one way.

use crate::model::Language;
use crate::score::round1;

/// A number as written in the report language: a decimal comma in Danish
/// and Swedish, a point in English. Shown as given (no rounding).
pub fn number(language: Language, value: f64) -> String {
    let text = format!("{value}");
    match language {
        Language::En => text,
        Language::Da | Language::Sv => text.replace('.', ","),
    }
}

/// A score (0 to 100) as shown in the report: rounded to one decimal,
/// always with the decimal, in the report language's decimal mark.
pub fn score_number(language: Language, score: f64) -> String {
    let text = format!("{:.1}", round1(score));
    match language {
        Language::En => text,
        Language::Da | Language::Sv => text.replace('.', ","),
    }
}

/// A value with its optional unit: `3.4%`, `412 kr.`; Danish and Swedish
/// put a space before `%` as well.
pub fn quantity(language: Language, value: f64, unit: Option<&str>) -> String {
    let value = number(language, value);
    match unit.map(str::trim).filter(|unit| !unit.is_empty()) {
        None => value,
        Some("%") if language == Language::En => format!("{value}%"),
        Some(unit) => format!("{value} {unit}"),
    }
}

/// A touchpoint's (or other item's) name in the report language's quotes.
pub fn quoted(language: Language, name: &str) -> String {
    match language {
        Language::En => format!("“{name}”"),
        Language::Da => format!("»{name}«"),
        Language::Sv => format!("”{name}”"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_units_and_quotes() {
        assert_eq!(number(Language::En, 0.031), "0.031");
        assert_eq!(number(Language::Da, 4.5), "4,5");
        assert_eq!(number(Language::Sv, 412.0), "412");
        assert_eq!(score_number(Language::En, 61.25), "61.3");
        assert_eq!(score_number(Language::Sv, 60.0), "60,0");
        assert_eq!(quantity(Language::En, 3.4, Some("%")), "3.4%");
        assert_eq!(quantity(Language::Da, 3.4, Some("%")), "3,4 %");
        assert_eq!(quantity(Language::En, 412.0, Some("kr.")), "412 kr.");
        assert_eq!(quantity(Language::En, 14.0, None), "14");
        assert_eq!(quoted(Language::Da, "Chat"), "»Chat«");
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(score_number(Language::En, 55.25), "55.3");
        assert_eq!(score_number(Language::Da, 55.25), "55,3");
        assert_eq!(quantity(Language::Sv, 3.5, Some("%")), "3,5 %");
        assert_eq!(quantity(Language::En, 3.5, Some("%")), "3.5%");
        assert_eq!(quoted(Language::Da, "Radio"), "»Radio«");
    }
}
