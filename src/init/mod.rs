//! `trailmark init`: writes a new, commented audit project that builds at
//! once, in the report language the consultant chose.
//!
//! The texts are data files under `src/init/templates/<language>/`,
//! embedded in the binary: a site.toml, the `[journey]` block for a preset
//! or a custom model, a scorecard filled per stage from `examples.toml`
//! (one example touchpoint per stage, in format 0.2: emotion per persona,
//! pain points and opportunities as tables), a persona, a research note
//! and an executive summary. Placeholders are `{name}`; the client's name
//! is escaped where it lands in a TOML string. Nothing is overwritten:
//! every file is created new, and a project that is already there is
//! refused before anything is written.

use std::collections::BTreeMap;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::StageModel;

/// One language's texts.
struct Templates {
    site: &'static str,
    journey_preset: &'static str,
    journey_custom: &'static str,
    scorecard: &'static str,
    persona: &'static str,
    research: &'static str,
    summary: &'static str,
    examples: &'static str,
}

macro_rules! templates {
    ($language:literal) => {
        Templates {
            site: include_str!(concat!("templates/", $language, "/site.toml")),
            journey_preset: include_str!(concat!("templates/", $language, "/journey-preset.toml")),
            journey_custom: include_str!(concat!("templates/", $language, "/journey-custom.toml")),
            scorecard: include_str!(concat!("templates/", $language, "/scorecard.toml")),
            persona: include_str!(concat!("templates/", $language, "/persona.md")),
            research: include_str!(concat!("templates/", $language, "/research.md")),
            summary: include_str!(concat!("templates/", $language, "/summary.md")),
            examples: include_str!(concat!("templates/", $language, "/examples.toml")),
        }
    };
}

const EN: Templates = templates!("en");
const DA: Templates = templates!("da");
const SV: Templates = templates!("sv");
const NB: Templates = templates!("nb");

/// A language `init` writes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InitLanguage {
    En,
    Da,
    Sv,
    Nb,
}

impl InitLanguage {
    fn templates(self) -> &'static Templates {
        match self {
            InitLanguage::En => &EN,
            InitLanguage::Da => &DA,
            InitLanguage::Sv => &SV,
            InitLanguage::Nb => &NB,
        }
    }
}

/// What to set up.
#[derive(Debug, Clone)]
pub struct Init {
    pub client: String,
    pub model: StageModel,
    pub language: InitLanguage,
    /// Today, `YYYY-MM-DD`; the cycle is its quarter.
    pub today: String,
}

/// The examples file of one language.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Examples {
    persona: String,
    persona_name: String,
    stages: BTreeMap<String, StageExample>,
    custom: Vec<CustomStage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StageExample {
    name: String,
    #[serde(default)]
    emotion: i8,
    touchpoint: String,
    title: String,
    channel: String,
    owner: String,
    content: String,
    pain: String,
    opportunity: String,
    team: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CustomStage {
    id: String,
    funnel: String,
}

/// Why nothing was written.
#[derive(Debug)]
pub enum InitError {
    /// This file is already there; the project is not overwritten.
    Exists(PathBuf),
    Io(PathBuf, std::io::Error),
}

impl std::fmt::Display for InitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InitError::Exists(path) => write!(
                f,
                "{} already exists; `trailmark init` never overwrites a project (choose an empty or new folder)",
                path.display()
            ),
            InitError::Io(path, error) => write!(f, "cannot write {}: {error}", path.display()),
        }
    }
}

/// The research note's file name under content/research/.
const RESEARCH: &str = "first-interviews.md";

/// The files of a new project, by path relative to its folder.
pub fn files(init: &Init) -> Vec<(String, String)> {
    let templates = init.language.templates();
    let examples: Examples = match toml::from_str(templates.examples) {
        Ok(examples) => examples,
        // The examples are embedded and checked by the tests below.
        Err(error) => panic!("init examples do not parse: {error}"),
    };
    let cycle = quarter(&init.today);
    let mut vars: BTreeMap<&str, String> = BTreeMap::new();
    // On one line: it also stands in comments and headings.
    let client_line: String = init
        .client
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    vars.insert("client", client_line);
    vars.insert("client_toml", toml_escape(&init.client));
    vars.insert("cycle", cycle.clone());
    vars.insert("next_cycle", next_quarter(&cycle));
    vars.insert("date", init.today.clone());
    vars.insert("persona", examples.persona.clone());
    vars.insert("persona_name", examples.persona_name.clone());
    vars.insert("research", RESEARCH.to_string());

    let stages: Vec<(&str, &StageExample)> = stage_ids(init.model, &examples)
        .into_iter()
        .filter_map(|id| examples.stages.get_key_value(id))
        .map(|(id, example)| (id.as_str(), example))
        .collect();
    let journey = match init.model {
        StageModel::Custom => {
            let mut block = fill(templates.journey_custom, &vars);
            for custom in &examples.custom {
                let name = examples
                    .stages
                    .get(&custom.id)
                    .map_or(custom.id.as_str(), |stage| stage.name.as_str());
                block.push_str(&format!(
                    "\n[[journey.stages]]\nid = \"{}\"\nname = \"{}\"\nfunnel = \"{}\"\n",
                    custom.id,
                    toml_escape(name),
                    custom.funnel
                ));
            }
            block
        }
        preset => {
            vars.insert("model", preset.name().to_string());
            fill(templates.journey_preset, &vars)
        }
    };
    vars.insert("journey", journey);

    let mut out = vec![
        ("site.toml".to_string(), fill(templates.site, &vars)),
        (
            "content/_index.md".to_string(),
            fill(templates.summary, &vars),
        ),
        (
            format!("content/personas/{}.md", examples.persona),
            fill(templates.persona, &vars),
        ),
        (
            format!("content/research/{RESEARCH}"),
            fill(templates.research, &vars),
        ),
    ];
    for (id, example) in stages {
        let mut stage_vars = vars.clone();
        stage_vars.insert("stage_name", example.name.clone());
        stage_vars.insert("id", example.touchpoint.clone());
        stage_vars.insert("name", toml_escape(&example.title));
        stage_vars.insert("channel", example.channel.clone());
        stage_vars.insert("owner", example.owner.clone());
        stage_vars.insert("content", example.content.clone());
        stage_vars.insert("emotion", example.emotion.to_string());
        stage_vars.insert("pain", toml_escape(&example.pain));
        stage_vars.insert("opportunity", toml_escape(&example.opportunity));
        stage_vars.insert("team", toml_escape(&example.team));
        out.push((
            format!("content/scorecards/{id}.toml"),
            fill(templates.scorecard, &stage_vars),
        ));
    }
    out
}

/// Writes a new project into `dir` (created if missing). Refuses, before
/// writing anything, when site.toml or any file it would write is there.
pub fn write(dir: &Path, init: &Init) -> Result<Vec<PathBuf>, InitError> {
    let files = files(init);
    let site = dir.join(crate::load::SITE_FILE);
    if fs::symlink_metadata(&site).is_ok() {
        return Err(InitError::Exists(site));
    }
    for (path, _) in &files {
        let path = dir.join(path);
        if fs::symlink_metadata(&path).is_ok() {
            return Err(InitError::Exists(path));
        }
    }
    let mut written = Vec::new();
    for (path, text) in &files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| InitError::Io(parent.to_path_buf(), e))?;
        }
        // create_new: a file that appeared since the check is not replaced.
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|error| match error.kind() {
                std::io::ErrorKind::AlreadyExists => InitError::Exists(path.clone()),
                _ => InitError::Io(path.clone(), error),
            })?;
        file.write_all(text.as_bytes())
            .map_err(|e| InitError::Io(path.clone(), e))?;
        written.push(path);
    }
    Ok(written)
}

/// The stage ids of a model, in order.
fn stage_ids(model: StageModel, examples: &Examples) -> Vec<&str> {
    match model {
        StageModel::SevenStage => vec![
            "awareness",
            "consideration",
            "decision",
            "purchase",
            "experience",
            "loyalty",
            "advocacy",
        ],
        StageModel::FiveStage => vec!["search", "offer", "conversion", "usage", "loyalty"],
        StageModel::Classic => vec![
            "awareness",
            "consideration",
            "evaluation",
            "purchase",
            "post-purchase",
        ],
        StageModel::Custom => examples.custom.iter().map(|c| c.id.as_str()).collect(),
    }
}

/// Replaces each `{name}` that `vars` knows; other braces stay as written
/// (TOML inline tables use them too).
fn fill(template: &str, vars: &BTreeMap<&str, String>) -> String {
    let mut out = String::with_capacity(template.len() + 256);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let known = after
            .find('}')
            .map(|close| &after[..close])
            .and_then(|name| vars.get(name).map(|value| (name.len(), value)));
        match known {
            Some((len, value)) => {
                out.push_str(value);
                rest = &after[len + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The content of a TOML basic string (between the quotes).
fn toml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// `2026-11-06` is in cycle `2026-Q4`.
fn quarter(date: &str) -> String {
    let year = date.get(..4).unwrap_or("2026");
    let month: u32 = date.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    format!("{year}-Q{}", (month.clamp(1, 12) - 1) / 3 + 1)
}

/// `2026-Q4` is followed by `2027-Q1`.
fn next_quarter(cycle: &str) -> String {
    let year: i32 = cycle.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026);
    let q: u32 = cycle.get(6..).and_then(|q| q.parse().ok()).unwrap_or(1);
    if q >= 4 {
        format!("{}-Q1", year + 1)
    } else {
        format!("{year}-Q{}", q + 1)
    }
}

/// Today's date in UTC as `YYYY-MM-DD`, from the system clock.
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGUAGES: [InitLanguage; 4] = [
        InitLanguage::En,
        InitLanguage::Da,
        InitLanguage::Sv,
        InitLanguage::Nb,
    ];

    #[test]
    fn every_language_has_an_example_for_every_stage_of_every_model() {
        for language in LANGUAGES {
            let examples: Examples =
                toml::from_str(language.templates().examples).expect("examples parse");
            for model in [
                StageModel::SevenStage,
                StageModel::FiveStage,
                StageModel::Classic,
                StageModel::Custom,
            ] {
                for id in stage_ids(model, &examples) {
                    assert!(examples.stages.contains_key(id), "{language:?} lacks {id}");
                }
            }
        }
    }

    #[test]
    fn placeholders_are_filled_and_toml_braces_kept() {
        let mut vars = BTreeMap::new();
        vars.insert("persona", "mette".to_string());
        assert_eq!(
            fill("emotion = { {persona} = -1 } {unknown}", &vars),
            "emotion = { mette = -1 } {unknown}"
        );
    }

    #[test]
    fn a_client_name_cannot_break_out_of_its_toml_string() {
        let init = Init {
            client: "Fjord \"& Co\" \\ A/S\n[rules]".into(),
            model: StageModel::SevenStage,
            language: InitLanguage::En,
            today: "2026-11-06".into(),
        };
        let site = &files(&init)[0].1;
        let value: toml::Table = toml::from_str(site).expect("site.toml parses");
        assert_eq!(value["client"].as_str(), Some(init.client.as_str()));
        assert!(!value.contains_key("rules"));
    }

    #[test]
    fn quarters_and_dates() {
        assert_eq!(quarter("2026-11-06"), "2026-Q4");
        assert_eq!(quarter("2027-01-31"), "2027-Q1");
        assert_eq!(next_quarter("2026-Q4"), "2027-Q1");
        assert_eq!(next_quarter("2026-Q2"), "2026-Q3");
        let today = today();
        assert_eq!(today.len(), 10, "{today}");
        assert!(today.as_str() >= "2025-01-01", "{today}");
    }
}
