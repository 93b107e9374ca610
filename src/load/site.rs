//! Parses and validates site.toml into [`Site`] and the journey's stages.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::{Collector, id_error, is_id, is_slug, name_too_long, toml_diagnostic};
use crate::diagnostics::{Diagnostic, Level};
use crate::i18n::LocaleFile;
use crate::model::{
    Brand, BrokenLinks, Funnel, Language, OutputFormat, Paper, Publish, RuleLevel, Scoring,
    Severity, Site, Stage, StageModel, Thresholds, Waiver,
};

pub const SITE_FILE: &str = "site.toml";

/// The largest scoring scale accepted (scores are 0 to the scale).
const MAX_SCALE: f64 = 1000.0;

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSite {
    title: String,
    client: String,
    #[schemars(with = "String")]
    cycle: Spanned<String>,
    #[schemars(with = "Option<String>")]
    language: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    base_url: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    theme: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    output_dir: Option<Spanned<String>>,
    trusted_html: Option<bool>,
    #[schemars(with = "Option<super::schema::Date>")]
    date: Option<Spanned<toml::Value>>,
    brand: Option<RawBrand>,
    build: Option<RawBuild>,
    journey: Option<RawJourney>,
    scoring: Option<RawScoring>,
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, super::schema::RuleSetting>")]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
    thresholds: Option<RawThresholds>,
    #[serde(default)]
    #[schemars(with = "Vec<RawWaiver>")]
    waiver: Vec<Spanned<RawWaiver>>,
    publish: Option<RawPublish>,
    labels: Option<RawLabels>,
}

/// `[labels]`: display names for the project's own channels and dimensions.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawLabels {
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    channels: BTreeMap<Spanned<String>, String>,
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    dimensions: BTreeMap<Spanned<String>, String>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawPublish {
    paper: Option<Paper>,
    formats: Option<Vec<OutputFormat>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawJourney {
    #[schemars(with = "Option<StageModel>")]
    model: Option<Spanned<StageModel>>,
    #[schemars(with = "Option<Vec<RawStage>>")]
    stages: Option<Spanned<Vec<RawStage>>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawStage {
    #[schemars(with = "String")]
    id: Spanned<String>,
    name: String,
    funnel: Funnel,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawScoring {
    #[schemars(with = "Option<f64>")]
    scale: Option<Spanned<f64>>,
    #[schemars(with = "Option<Vec<String>>")]
    dimensions: Option<Spanned<Vec<Spanned<String>>>>,
    #[schemars(with = "Option<f64>")]
    pass: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, f64>")]
    weights: BTreeMap<Spanned<String>, Spanned<f64>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawThresholds {
    min_touchpoints_per_stage: Option<usize>,
    min_interviews: Option<u64>,
    #[schemars(with = "Option<i64>")]
    low_emotion: Option<Spanned<i64>>,
    #[schemars(with = "Option<f64>")]
    min_emotion_coverage: Option<Spanned<toml::Value>>,
    min_interviews_per_persona: Option<u64>,
    max_review_age_days: Option<u64>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawBrand {
    #[schemars(with = "Option<String>")]
    agency: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    logo: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    accent: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    footer: Option<Spanned<String>>,
    credit: Option<bool>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawBuild {
    broken_links: Option<BrokenLinks>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawWaiver {
    #[schemars(with = "String")]
    rule: Spanned<String>,
    #[schemars(with = "Option<String>")]
    stage: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    touchpoint: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    persona: Option<Spanned<String>>,
    reason: String,
    until: Option<String>,
}

/// References in site.toml that can only be checked once the whole project
/// is loaded (waivers naming touchpoints and personas).
pub struct PendingRefs {
    pub touchpoints: Vec<Spanned<String>>,
    pub personas: Vec<Spanned<String>>,
    /// The brand's logo, checked against the project folder.
    pub logo: Option<Spanned<String>>,
}

/// Parses site.toml. Problems are added to `out`; `None` when the file
/// could not be understood well enough to go on.
pub fn parse(
    text: &str,
    rule_ids: &[&str],
    locales: &[LocaleFile],
    out: &mut Collector,
) -> Option<(Site, Vec<Stage>, PendingRefs)> {
    let raw: RawSite = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(error) => {
            out.push(toml_diagnostic(SITE_FILE, &error, 0));
            return None;
        }
    };
    let error =
        |span: Range<usize>, message: String| Diagnostic::error(SITE_FILE, Some(span), message);
    let errors_before = out.error_count();

    let language = language(raw.language, locales, out);
    let scoring = scoring(raw.scoring, out);
    let (language, channel_labels) = labels(raw.labels, language, &scoring, out);
    let (model, stages) = journey(raw.journey, &language, out);

    let mut rules = BTreeMap::new();
    for (id, level) in raw.rules {
        if !rule_ids.contains(&id.get_ref().as_str()) {
            out.push(
                error(
                    id.span(),
                    format!("unknown rule `{}` in [rules]", id.get_ref()),
                )
                .with_label("not a rule id")
                .with_note("run `trailmark rules` to list the rule ids"),
            );
            continue;
        }
        let parsed = match level.get_ref().as_str() {
            "off" => RuleLevel::Off,
            "info" => RuleLevel::On(Severity::Info),
            "warning" => RuleLevel::On(Severity::Warning),
            "error" => RuleLevel::On(Severity::Error),
            other => {
                out.push(
                    error(level.span(), format!("unknown severity `{other}`"))
                        .with_label("expected `error`, `warning`, `info` or `off`"),
                );
                continue;
            }
        };
        rules.insert(id.into_inner(), parsed);
    }

    let thresholds = raw
        .thresholds
        .map_or_else(Thresholds::default, |raw| thresholds(raw, out));
    let date = raw
        .date
        .and_then(|value| super::notes::date(&value, SITE_FILE, out));
    let (brand, logo) = raw
        .brand
        .map_or_else(Default::default, |raw| brand(raw, out));

    let mut pending = PendingRefs {
        touchpoints: Vec::new(),
        personas: Vec::new(),
        logo,
    };
    let mut waivers = Vec::new();
    for waiver in raw.waiver {
        let span = waiver.span();
        let raw = waiver.into_inner();
        if !rule_ids.contains(&raw.rule.get_ref().as_str()) {
            out.push(
                error(
                    raw.rule.span(),
                    format!("waiver names unknown rule `{}`", raw.rule.get_ref()),
                )
                .with_note("run `trailmark rules` to list the rule ids"),
            );
        }
        if let Some(stage) = &raw.stage
            && !stages.iter().any(|s| &s.id == stage.get_ref())
        {
            out.push(error(
                stage.span(),
                format!("waiver names unknown stage `{}`", stage.get_ref()),
            ));
        }
        if raw.reason.trim().is_empty() {
            out.push(error(span.clone(), "a waiver needs a `reason`".to_string()));
        }
        pending.touchpoints.extend(raw.touchpoint.clone());
        pending.personas.extend(raw.persona.clone());
        waivers.push(Waiver {
            rule: raw.rule.into_inner(),
            stage: raw.stage.map(Spanned::into_inner),
            touchpoint: raw.touchpoint.map(Spanned::into_inner),
            persona: raw.persona.map(Spanned::into_inner),
            reason: raw.reason,
            until: raw.until,
            span,
        });
    }

    let cycle_span = raw.cycle.span();
    let cycle = raw.cycle.into_inner();
    if cycle.trim().is_empty() {
        out.push(error(
            cycle_span.clone(),
            "`cycle` must not be empty".to_string(),
        ));
    }

    let theme = match raw.theme {
        Some(theme) if !is_slug(theme.get_ref()) => {
            out.push(
                error(
                    theme.span(),
                    format!("theme name `{}` is not a slug", theme.get_ref()),
                )
                .with_label("use lowercase letters, digits and `-`"),
            );
            String::new()
        }
        Some(theme) => theme.into_inner(),
        None => "default".to_string(),
    };

    let (output_dir, output_dir_span) = match raw.output_dir {
        Some(dir) => (dir.get_ref().clone(), Some(dir.span())),
        None => ("public".to_string(), None),
    };

    let mut base_url = String::new();
    if let Some(raw_url) = raw.base_url {
        if is_safe_base_url(raw_url.get_ref()) {
            base_url = raw_url.get_ref().trim().to_string();
            if !base_url.is_empty() && !base_url.ends_with('/') {
                base_url.push('/');
            }
        } else {
            out.push(
                error(raw_url.span(), "`base_url` must be an http(s) URL or a path".to_string())
                    .with_label("every link in the report starts with this")
                    .with_note("use \"\" for relative links, \"https://wiki.example.com/audit/\" or \"/audit/\""),
            );
        }
    }

    if out.error_count() > errors_before {
        return None;
    }
    let site = Site {
        title: raw.title,
        client: raw.client,
        cycle,
        cycle_span,
        language,
        base_url,
        theme,
        output_dir,
        output_dir_span,
        model,
        scoring,
        rules,
        thresholds,
        waivers,
        trusted_html: raw.trusted_html.unwrap_or(false),
        date,
        brand,
        broken_links: raw
            .build
            .and_then(|build| build.broken_links)
            .unwrap_or_default(),
        channel_labels,
        publish: raw
            .publish
            .map_or_else(Publish::default, |publish| Publish {
                paper: publish.paper.unwrap_or_default(),
                markdown: publish
                    .formats
                    .is_some_and(|formats| formats.contains(&OutputFormat::Markdown)),
            }),
    };
    Some((site, stages, pending))
}

/// The language with the project's `[labels]`, and where each channel
/// label was written (load warns about those no touchpoint uses). A label
/// for a dimension the scoring does not have is a warning here.
fn labels(
    raw: Option<RawLabels>,
    language: Language,
    scoring: &Scoring,
    out: &mut Collector,
) -> (Language, Vec<(String, Range<usize>)>) {
    let Some(raw) = raw else {
        return (language, Vec::new());
    };
    let mut labels = BTreeMap::new();
    let mut channels = Vec::new();
    for (id, label) in raw.channels {
        labels.insert(format!("channel-{}", id.get_ref()), label);
        channels.push((id.get_ref().clone(), id.span()));
    }
    for (id, label) in raw.dimensions {
        if !scoring.dimensions.contains(id.get_ref()) {
            out.push(Diagnostic {
                level: Level::Warning,
                ..Diagnostic::error(
                    SITE_FILE,
                    Some(id.span()),
                    format!(
                        "label for `{}`, which is not a scoring dimension",
                        id.get_ref()
                    ),
                )
                .with_note(format!(
                    "the dimensions are: {}",
                    scoring.dimensions.join(", ")
                ))
            });
        }
        labels.insert(format!("dimension-{}", id.get_ref()), label);
    }
    (language.with_labels(labels), channels)
}

fn thresholds(raw: RawThresholds, out: &mut Collector) -> Thresholds {
    let defaults = Thresholds::default();
    let low_emotion = match raw.low_emotion {
        Some(value) => match i8::try_from(*value.get_ref()) {
            Ok(number) if (-2..=2).contains(&number) => number,
            _ => {
                out.push(
                    Diagnostic::error(
                        SITE_FILE,
                        Some(value.span()),
                        format!("low_emotion {} is out of range", value.get_ref()),
                    )
                    .with_label("expected a whole number from -2 to 2")
                    .with_note("an emotion at or below it is a low point; the default is -2"),
                );
                defaults.low_emotion
            }
        },
        None => defaults.low_emotion,
    };
    let min_emotion_coverage = match raw.min_emotion_coverage {
        Some(value) => {
            let number = match value.get_ref() {
                toml::Value::Integer(number) => Some(*number as f64),
                toml::Value::Float(number) => Some(*number),
                _ => None,
            };
            match number {
                Some(number) if number.is_finite() && (0.0..=100.0).contains(&number) => number,
                _ => {
                    out.push(
                        Diagnostic::error(
                            SITE_FILE,
                            Some(value.span()),
                            "min_emotion_coverage must be a percentage from 0 to 100",
                        )
                        .with_label("the percent of touchpoints that should have an emotion")
                        .with_note("e.g. min_emotion_coverage = 50 (the default)"),
                    );
                    defaults.min_emotion_coverage
                }
            }
        }
        None => defaults.min_emotion_coverage,
    };
    Thresholds {
        min_touchpoints_per_stage: raw
            .min_touchpoints_per_stage
            .unwrap_or(defaults.min_touchpoints_per_stage),
        min_interviews: raw.min_interviews.unwrap_or(defaults.min_interviews),
        low_emotion,
        min_emotion_coverage,
        min_interviews_per_persona: raw
            .min_interviews_per_persona
            .unwrap_or(defaults.min_interviews_per_persona),
        max_review_age_days: raw
            .max_review_age_days
            .unwrap_or(defaults.max_review_age_days),
    }
}

/// `[brand]`: the accent is checked here, the logo once the project
/// folder is known (it is returned for that).
fn brand(raw: RawBrand, out: &mut Collector) -> (Brand, Option<Spanned<String>>) {
    let text = |value: Option<Spanned<String>>, key: &str, out: &mut Collector| {
        value.map(|value| {
            super::notes::check_length(key, value.get_ref(), SITE_FILE, Some(value.span()), out);
            value.into_inner()
        })
    };
    let accent = raw.accent.and_then(|accent| {
        if is_hex_colour(accent.get_ref()) {
            Some(accent.get_ref().to_ascii_lowercase())
        } else {
            out.push(
                Diagnostic::error(
                    SITE_FILE,
                    Some(accent.span()),
                    format!("accent `{}` is not a hex colour", accent.get_ref()),
                )
                .with_label("expected a CSS hex colour")
                .with_note("write it as \"#0b6e4f\" or \"#0b6\""),
            );
            None
        }
    });
    let brand = Brand {
        agency: text(raw.agency, "agency", out),
        logo: raw.logo.as_ref().map(|logo| logo.get_ref().clone()),
        accent,
        footer: text(raw.footer, "footer", out),
        credit: raw.credit.unwrap_or(false),
    };
    (brand, raw.logo)
}

/// `#rgb` or `#rrggbb` (with or without alpha: `#rgba`, `#rrggbbaa`).
fn is_hex_colour(text: &str) -> bool {
    text.strip_prefix('#').is_some_and(|hex| {
        matches!(hex.len(), 3 | 4 | 6 | 8) && hex.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// The report language with its catalogue: built in, or added or
/// overridden by the project's `locales/<code>.ftl`.
fn language(raw: Option<Spanned<String>>, locales: &[LocaleFile], out: &mut Collector) -> Language {
    let Some(raw) = raw else {
        return Language::with_project("en", locales, &mut out.diagnostics)
            .unwrap_or_else(Language::english);
    };
    let span = raw.span();
    let code = raw.into_inner();
    if let Some(language) = Language::with_project(&code, locales, &mut out.diagnostics) {
        return language;
    }
    let built_in: Vec<&str> = Language::built_in_codes().collect();
    out.push(
        Diagnostic::error(
            SITE_FILE,
            Some(span),
            format!("no catalogue for the language `{code}`"),
        )
        .with_label(format!("built in: {}", built_in.join(", ")))
        .with_note(format!(
            "to report in another language, add its catalogue as {}/<code>.ftl (see the guide)",
            crate::i18n::PROJECT_DIR
        )),
    );
    Language::english()
}

fn journey(
    raw: Option<RawJourney>,
    language: &Language,
    out: &mut Collector,
) -> (StageModel, Vec<Stage>) {
    let raw = raw.unwrap_or(RawJourney {
        model: None,
        stages: None,
    });
    let model = raw
        .model
        .as_ref()
        .map_or(StageModel::SevenStage, |m| *m.get_ref());
    match (model, raw.stages) {
        (StageModel::Custom, None) => {
            let span = raw.model.map_or(0..0, |m| m.span());
            out.push(
                Diagnostic::error(SITE_FILE, Some(span), "model = \"custom\" needs its stages")
                    .with_note("list them as [[journey.stages]] with id, name and funnel"),
            );
            (model, Vec::new())
        }
        (StageModel::Custom, Some(stages)) => {
            let span = stages.span();
            let mut seen = BTreeSet::new();
            let mut list = Vec::new();
            for stage in stages.into_inner() {
                let id_span = stage.id.span();
                let id = stage.id.into_inner();
                if !is_id(&id) {
                    out.push(id_error("stage", &id, SITE_FILE, Some(id_span)));
                } else if let Some(too_long) = name_too_long(
                    "the stage id",
                    &crate::model::ascii_id(&id),
                    ("charts/stage-", ".svg"),
                    SITE_FILE,
                    Some(id_span.clone()),
                ) {
                    out.push(too_long);
                } else if !seen.insert(id.clone()) {
                    out.push(Diagnostic::error(
                        SITE_FILE,
                        Some(id_span),
                        format!("stage `{id}` is listed twice"),
                    ));
                }
                list.push(Stage {
                    id,
                    name: stage.name,
                    funnel: stage.funnel,
                });
            }
            if list.is_empty() {
                out.push(Diagnostic::error(
                    SITE_FILE,
                    Some(span),
                    "a custom model needs at least one stage",
                ));
            }
            (model, list)
        }
        (preset, Some(stages)) => {
            out.push(
                Diagnostic::error(
                    SITE_FILE,
                    Some(stages.span()),
                    format!(
                        "[[journey.stages]] is only for model = \"custom\", not \"{}\"",
                        preset.name()
                    ),
                )
                .with_note("remove the stages, or set model = \"custom\""),
            );
            (preset, preset.stages(language))
        }
        (preset, None) => (preset, preset.stages(language)),
    }
}

fn scoring(raw: Option<RawScoring>, out: &mut Collector) -> Scoring {
    let defaults = Scoring::default();
    let Some(raw) = raw else { return defaults };
    let error =
        |span: Range<usize>, message: String| Diagnostic::error(SITE_FILE, Some(span), message);

    let scale = match raw.scale {
        Some(scale) if !(*scale.get_ref() > 0.0 && *scale.get_ref() <= MAX_SCALE) => {
            out.push(error(
                scale.span(),
                format!("`scale` must be a number above 0 and at most {MAX_SCALE}"),
            ));
            defaults.scale
        }
        Some(scale) => scale.into_inner(),
        None => defaults.scale,
    };
    let pass = match raw.pass {
        Some(pass) if !(pass.get_ref().is_finite() && (0.0..=scale).contains(pass.get_ref())) => {
            out.push(error(
                pass.span(),
                format!("`pass` must be between 0 and the scale ({scale})"),
            ));
            defaults.pass
        }
        Some(pass) => pass.into_inner(),
        None => defaults.pass,
    };
    let dimensions = match raw.dimensions {
        Some(list) => {
            let span = list.span();
            let mut seen = BTreeSet::new();
            let mut names = Vec::new();
            for name in list.into_inner() {
                if !is_dimension_name(name.get_ref()) {
                    out.push(
                        id_error("dimension", name.get_ref(), SITE_FILE, Some(name.span()))
                            .with_note("`_` is allowed in dimension names too"),
                    );
                } else if !seen.insert(name.get_ref().clone()) {
                    out.push(error(
                        name.span(),
                        format!("dimension `{}` is listed twice", name.get_ref()),
                    ));
                }
                names.push(name.into_inner());
            }
            if names.is_empty() {
                out.push(error(
                    span,
                    "`dimensions` needs at least one dimension".into(),
                ));
            }
            names
        }
        None => defaults.dimensions,
    };
    let mut weights = BTreeMap::new();
    let last_weight = raw
        .weights
        .values()
        .map(Spanned::span)
        .max_by_key(|span| span.start);
    for (name, weight) in raw.weights {
        if !dimensions.contains(name.get_ref()) {
            out.push(
                error(
                    name.span(),
                    format!("weight for unknown dimension `{}`", name.get_ref()),
                )
                .with_note(format!("the dimensions are: {}", dimensions.join(", "))),
            );
        } else if !(weight.get_ref().is_finite() && *weight.get_ref() >= 0.0) {
            out.push(error(
                weight.span(),
                "a weight must be a number of 0 or more".into(),
            ));
        } else {
            weights.insert(name.into_inner(), weight.into_inner());
        }
    }
    if !weights.is_empty()
        && dimensions
            .iter()
            .all(|d| weights.get(d).copied().unwrap_or(1.0) == 0.0)
    {
        out.push(
            Diagnostic::error(
                SITE_FILE,
                last_weight,
                "[scoring.weights] gives every dimension weight 0",
            )
            .with_note("at least one dimension needs a weight above 0 for any score to exist"),
        );
    }
    Scoring {
        scale,
        dimensions,
        pass,
        weights,
    }
}

/// A link prefix that can only make ordinary links: empty, http(s), or a
/// path without a scheme (no `javascript:` or `data:`), and no characters
/// that would need escaping in an attribute.
fn is_safe_base_url(url: &str) -> bool {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let scheme_free = !url.split('/').next().unwrap_or_default().contains(':');
    let plain = !url.chars().any(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
    });
    plain && (lower.starts_with("https://") || lower.starts_with("http://") || scheme_free)
}

/// Dimension names are used as keys in scorecards: ids (lower-case
/// letters of any script, digits, `-`), and `_` too.
fn is_dimension_name(name: &str) -> bool {
    !name.is_empty() && name.split('_').all(|part| part.is_empty() || is_id(part))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_make_only_ordinary_links() {
        for good in [
            "",
            "https://wiki.example.com/audit/",
            "http://intranet/x",
            "/audit/",
            "audit",
        ] {
            assert!(is_safe_base_url(good), "{good}");
        }
        for bad in [
            "javascript:alert(1)//",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "https://x/\" onmouseover=\"alert(1)",
            "/a b/",
        ] {
            assert!(!is_safe_base_url(bad), "{bad}");
        }
    }

    #[test]
    fn hex_colours() {
        for good in ["#0b6e4f", "#0B6", "#0b6e4fcc", "#fff8"] {
            assert!(is_hex_colour(good), "{good}");
        }
        for bad in ["0b6e4f", "#0b6e4", "#ggg", "red", "#", "rgb(0,0,0)"] {
            assert!(!is_hex_colour(bad), "{bad}");
        }
    }

    #[test]
    fn dimension_names_of_any_script() {
        assert!(is_dimension_name("tillgänglighet"));
        assert!(is_dimension_name("ease_of_use"));
        assert!(!is_dimension_name("Ease"));
        assert!(!is_dimension_name(""));
    }
}
