//! The report's languages: one Fluent message catalogue per language.
//!
//! Every word a reader sees comes from a catalogue in `locales/<code>.ftl`
//! ([Project Fluent](https://projectfluent.org) syntax), embedded in the
//! binary for the built-in languages. A project may override any message,
//! or add a whole language, with its own `locales/<code>.ftl`, read by load
//! and layered over the built-in one; a message a language lacks falls back
//! to English. A [`Language`] is the chosen code with its catalogue, built
//! once and shared by reference (cheap to clone). Numbers, dates, quotes and
//! lists are written the language's way through messages too, so a new
//! language is one file. No IO here.

mod format;
mod message;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::{Arc, LazyLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diagnostics::{Diagnostic, Level};

pub use format::{
    date, join, number, percent, plain_number, quantity, quoted, score, with_percent,
};
pub use message::{Arg, Message, Names};

/// The built-in catalogues by language code, English (the fallback) first.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en.ftl")),
    ("da", include_str!("../../locales/da.ftl")),
    ("sv", include_str!("../../locales/sv.ftl")),
    ("nb", include_str!("../../locales/nb.ftl")),
];

/// Where a project keeps its own catalogues: `locales/<code>.ftl`.
pub const PROJECT_DIR: &str = "locales";

/// A catalogue file of the project, as read by load.
#[derive(Debug, Clone)]
pub struct LocaleFile {
    /// The language code, the file's stem.
    pub code: String,
    /// Project-relative path, for diagnostics.
    pub file: String,
    pub text: String,
}

type Bundle = FluentBundle<FluentResource>;

/// A report language: its code and its catalogue, with English behind it,
/// and the project's own `[labels]` for its channels and dimensions.
#[derive(Clone)]
pub struct Language(Arc<Catalogue>, Arc<BTreeMap<String, String>>);

struct Catalogue {
    code: String,
    /// The language's messages: built-in, then the project's over them.
    own: Bundle,
    /// English, the fallback for messages the language lacks.
    english: Bundle,
    /// Every message without variables, by id, for the templates.
    strings: BTreeMap<String, String>,
}

static BUILT_IN_LANGUAGES: LazyLock<Vec<Language>> = LazyLock::new(|| {
    BUILT_IN
        .iter()
        .filter_map(|(code, _)| Language::with_project(code, &[], &mut Vec::new()))
        .collect()
});

impl Language {
    /// English with the built-in catalogue.
    pub fn english() -> Language {
        Language::built_in("en").unwrap_or_else(|| unreachable!("English is built in"))
    }

    /// A built-in language, without project overrides.
    pub fn built_in(code: &str) -> Option<Language> {
        BUILT_IN_LANGUAGES
            .iter()
            .find(|language| language.code() == code)
            .cloned()
    }

    /// The codes of the built-in languages.
    pub fn built_in_codes() -> impl Iterator<Item = &'static str> {
        BUILT_IN.iter().map(|(code, _)| *code)
    }

    /// The language `code` with the project's catalogue files layered over
    /// the built-in ones. `None` when neither Trailmark nor the project has
    /// a catalogue for `code`, or the code is not a language tag. Syntax
    /// errors in the project's files are pushed as errors; messages the
    /// language lacks (they fall back to English) as one warning.
    pub fn with_project(
        code: &str,
        files: &[LocaleFile],
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<Language> {
        let locale: LanguageIdentifier = code.parse().ok()?;
        let built_in = |code: &str| BUILT_IN.iter().find(|(c, _)| *c == code).map(|(_, t)| *t);
        let project = |code: &str| files.iter().find(|file| file.code == code);
        if built_in(code).is_none() && project(code).is_none() {
            return None;
        }
        let mut layers = |code: &str, locale: LanguageIdentifier| {
            let mut bundle = Bundle::new_concurrent(vec![locale]);
            // No Unicode isolation marks (FSI/PDI) around placeables: the
            // output is plain text and HTML that escapes on its own.
            bundle.set_use_isolating(false);
            if let Some(text) = built_in(code) {
                // A built-in catalogue parses (tested); were it not to, the
                // entries that parse are still used.
                let resource = FluentResource::try_new(text.to_string())
                    .unwrap_or_else(|(resource, _)| resource);
                bundle.add_resource_overriding(resource);
            }
            if let Some(file) = project(code) {
                bundle.add_resource_overriding(parse_project_file(file, diagnostics));
            }
            bundle
        };
        let english_locale: LanguageIdentifier = "en".parse().ok()?;
        let english = layers("en", english_locale);
        let own = layers(code, locale);
        let english_ids = message_ids(BUILT_IN[0].1);
        let missing: Vec<&str> = english_ids
            .iter()
            .filter(|id| !own.has_message(id))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() && code != "en" {
            let file = project(code).map_or_else(
                || format!("{PROJECT_DIR}/{code}.ftl"),
                |file| file.file.clone(),
            );
            let shown: Vec<&str> = missing.iter().take(8).copied().collect();
            diagnostics.push(Diagnostic {
                level: Level::Warning,
                ..Diagnostic::error(
                    file,
                    None,
                    format!(
                        "{} message(s) missing from the `{code}` catalogue are shown in English",
                        missing.len()
                    ),
                )
                .with_note(format!(
                    "missing: {}{}",
                    shown.join(", "),
                    if missing.len() > shown.len() {
                        ", ..."
                    } else {
                        ""
                    }
                ))
            });
        }
        let mut catalogue = Catalogue {
            code: code.to_string(),
            own,
            english,
            strings: BTreeMap::new(),
        };
        catalogue.strings = english_ids
            .iter()
            .filter_map(|id| Some((id.clone(), catalogue.plain(id)?)))
            .collect();
        Some(Language(Arc::new(catalogue), Arc::default()))
    }

    /// The language with the project's display names for its own ids,
    /// keyed `<kind>-<id>` (`channel-sokannonser`); they win over the
    /// catalogue wherever a channel or dimension is named.
    pub fn with_labels(mut self, labels: BTreeMap<String, String>) -> Language {
        self.1 = Arc::new(labels);
        self
    }

    pub fn code(&self) -> &str {
        &self.0.code
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with arguments; the id itself when no catalogue has it
    /// (a test keeps every id the code uses in English).
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.0
            .format_in(&self.0.own, id, args)
            .or_else(|| self.0.format_in(&self.0.english, id, args))
            .unwrap_or_else(|| id.to_string())
    }

    /// A message with string arguments.
    pub fn fill(&self, id: &str, values: &[(&str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            args.set(*name, FluentValue::from(*value));
        }
        self.format(id, Some(&args))
    }

    /// A message with a count that picks its plural form.
    pub fn count(&self, id: &str, name: &str, count: usize) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(count));
        self.format(id, Some(&args))
    }

    /// Whether the language or English has this message.
    pub fn has(&self, id: &str) -> bool {
        self.0.own.has_message(id) || self.0.english.has_message(id)
    }

    /// A message in the language or English, `None` when neither has it.
    pub fn get(&self, id: &str) -> Option<String> {
        self.has(id).then(|| self.text(id))
    }

    /// Every message without variables, by id, for the templates' `t` map.
    pub fn strings(&self) -> &BTreeMap<String, String> {
        &self.0.strings
    }
}

impl Catalogue {
    fn format_in(&self, bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }

    /// A message that needs no arguments.
    fn plain(&self, id: &str) -> Option<String> {
        for bundle in [&self.own, &self.english] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, None, &mut errors);
                return errors.is_empty().then(|| text.into_owned());
            }
        }
        None
    }
}

impl fmt::Debug for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Language({})", self.code())
    }
}

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        self.code() == other.code()
    }
}

/// A vocabulary word (`channel`, `dimension`, ...) by id: the catalogue's
/// `<kind>-<id>` when it has one, else the id made readable
/// (`word-of-mouth` as `Word of mouth`).
pub fn vocabulary(language: &Language, kind: &str, id: &str) -> String {
    let key = format!("{kind}-{id}");
    if let Some(label) = language.1.get(&key) {
        return label.clone();
    }
    language.get(&key).unwrap_or_else(|| readable(id))
}

fn readable(id: &str) -> String {
    let spaced = id.replace(['-', '_'], " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn parse_project_file(file: &LocaleFile, diagnostics: &mut Vec<Diagnostic>) -> FluentResource {
    match FluentResource::try_new(file.text.clone()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                diagnostics.push(
                    Diagnostic::error(
                        file.file.clone(),
                        Some(error.pos.clone()),
                        error.to_string(),
                    )
                    .with_label("not Fluent syntax")
                    .with_note("see https://projectfluent.org/fluent/guide/"),
                );
            }
            resource
        }
    }
}

/// The ids of the messages in a catalogue's text.
fn message_ids(text: &str) -> BTreeSet<String> {
    let Ok(resource) = fluent_syntax::parser::parse(text) else {
        return BTreeSet::new();
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests;
