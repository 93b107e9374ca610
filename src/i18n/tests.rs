use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

fn language(code: &str) -> Language {
    Language::built_in(code).expect("built-in language")
}

/// Each message's variables, by id.
fn variables(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    fn walk(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_vars(expression, out);
            }
        }
    }
    fn expression_vars(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, out);
                for variant in variants {
                    walk(&variant.value, out);
                }
            }
            ast::Expression::Inline(inline) => inline_vars(inline, out),
        }
    }
    fn inline_vars(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
            _ => {}
        }
    }
    let Ok(resource) = fluent_syntax::parser::parse(text) else {
        panic!("a catalogue does not parse");
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    walk(value, &mut vars);
                }
                Some((message.id.name.to_string(), vars))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn every_language_has_every_english_message_and_its_placeholders() {
    let english = variables(BUILT_IN[0].1);
    assert!(english.len() > 100);
    for (code, text) in &BUILT_IN[1..] {
        let other = variables(text);
        for (id, vars) in &english {
            let Some(theirs) = other.get(id) else {
                panic!("{code}.ftl lacks `{id}`");
            };
            assert_eq!(vars, theirs, "{code}.ftl: `{id}` has other placeholders");
        }
        for id in other.keys() {
            assert!(
                english.contains_key(id),
                "{code}.ftl has `{id}`, English has not"
            );
        }
    }
}

#[test]
fn the_built_in_catalogues_parse_without_errors() {
    for (code, text) in BUILT_IN {
        if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
            let places: Vec<String> = errors
                .iter()
                .map(|error| {
                    let line = text[..error.pos.start].lines().count();
                    format!("line {line}: {error}")
                })
                .collect();
            panic!("{code}.ftl does not parse: {places:?}");
        }
    }
}

#[test]
fn output_has_no_isolation_marks_and_plurals_follow_the_language() {
    let en = language("en");
    let text = en.fill("change_since", &[("delta", "+2"), ("cycle", "2026-Q3")]);
    assert_eq!(text, "+2 points since 2026-Q3");
    assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
    assert_eq!(en.count("findings_count", "count", 1), "1 finding");
    assert_eq!(en.count("findings_count", "count", 3), "3 findings");
    assert_eq!(language("da").count("findings_count", "count", 3), "3 fund");
}

#[test]
fn a_project_file_overrides_a_message_and_adds_a_language() {
    let mut diagnostics = Vec::new();
    let files = [
        LocaleFile {
            code: "da".into(),
            file: "locales/da.ftl".into(),
            text: "nav_findings = Observationer\n".into(),
        },
        LocaleFile {
            code: "fi".into(),
            file: "locales/fi.ftl".into(),
            text: "nav_findings = Havainnot\n".into(),
        },
    ];
    let da = Language::with_project("da", &files, &mut diagnostics).expect("da");
    assert_eq!(da.text("nav_findings"), "Observationer");
    assert_eq!(da.text("nav_overview"), "Overblik");
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let fi = Language::with_project("fi", &files, &mut diagnostics).expect("fi");
    assert_eq!(fi.text("nav_findings"), "Havainnot");
    // Missing messages fall back to English, with one warning.
    assert_eq!(fi.text("nav_overview"), "Overview");
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0].level, Level::Warning);
    assert!(Language::with_project("is", &files, &mut diagnostics).is_none());
}

#[test]
fn a_syntax_error_in_a_project_file_names_the_place() {
    let mut diagnostics = Vec::new();
    let files = [LocaleFile {
        code: "sv".into(),
        file: "locales/sv.ftl".into(),
        text: "nav_findings = Fynd\n= broken\n".into(),
    }];
    let sv = Language::with_project("sv", &files, &mut diagnostics).expect("sv");
    assert_eq!(sv.text("nav_findings"), "Fynd");
    assert_eq!(diagnostics.len(), 1);
    assert!(diagnostics[0].is_error());
    assert_eq!(diagnostics[0].file, "locales/sv.ftl");
    assert!(diagnostics[0].span.is_some());
}

#[test]
fn numbers_and_dates() {
    let (en, da, sv) = (language("en"), language("da"), language("sv"));
    assert_eq!(number(&en, 2.8, 2), "2.8");
    assert_eq!(number(&en, 4.0, 2), "4");
    assert_eq!(number(&da, 2.75, 2), "2,75");
    assert_eq!(score(&en, 56.0), "56.0");
    assert_eq!(score(&sv, 61.25), "61,3");
    assert_eq!(percent(&da, 56.0), "56,0\u{a0}%");
    assert_eq!(date(&en, "2026-11-06"), "6 November 2026");
    assert_eq!(date(&da, "2026-11-06"), "6. november 2026");
    assert_eq!(date(&sv, "2026-10-02"), "2 oktober 2026");
    assert_eq!(date(&en, "soon"), "soon");
}

#[test]
fn numbers_units_quotes_and_lists() {
    let (en, da, sv) = (language("en"), language("da"), language("sv"));
    assert_eq!(plain_number(&en, 0.031), "0.031");
    assert_eq!(plain_number(&da, 4.5), "4,5");
    assert_eq!(plain_number(&sv, 412.0), "412");
    assert_eq!(quantity(&en, 3.4, Some("%")), "3.4%");
    assert_eq!(quantity(&da, 3.4, Some("%")), "3,4\u{a0}%");
    assert_eq!(quantity(&en, 412.0, Some("kr.")), "412 kr.");
    assert_eq!(quantity(&en, 14.0, None), "14");
    assert_eq!(quoted(&da, "Chat"), "»Chat«");
    assert_eq!(quoted(&en, "Chat"), "“Chat”");
    let names = ["A".to_string(), "B".to_string(), "C".to_string()];
    assert_eq!(join(&da, &names), "A, B og C");
    assert_eq!(join(&en, &names[..1]), "A");
    assert_eq!(join(&sv, &names[..2]), "A och B");
}
