//! The audit model: the validated, in-memory form of a project.
//!
//! Built by the loader from the files on disk and read by every later
//! stage (scores, rules, report, renderers). Pure data, no IO. Every list is
//! in a fixed order (stages in the model's order, touchpoints by stage then
//! as written, notes by path), so everything built from it is deterministic.

use std::collections::BTreeMap;

pub use crate::i18n::Language;
use serde::{Deserialize, Serialize};

/// The ASCII form of an id, for file names and anchors in the output:
/// ASCII stays as it is, letters of other scripts are transliterated
/// (`åke` -> `ake`, `bærum` -> `baerum`, `smørøye` -> `smoroye`).
pub fn ascii_id(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for c in id.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let ascii = deunicode::deunicode_char(c).unwrap_or("-");
            out.extend(
                ascii
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .map(|c| c.to_ascii_lowercase()),
            );
        }
    }
    out
}

/// Where each id stands in a list, found on first use, so looking an item
/// up by id does not walk the whole list (a report with thousands of
/// touchpoints looks each up many times). A position is checked against
/// the list before use, and an id it does not hold is looked for by a walk,
/// so a list changed after the first look-up is still read correctly.
#[derive(Debug, Clone, Default)]
pub struct IdIndex(std::sync::OnceLock<std::collections::HashMap<String, usize>>);

impl IdIndex {
    /// The first item of `items` whose id (by `id_of`) is `id`.
    pub fn find<'a, T>(
        &self,
        items: &'a [T],
        id: &str,
        id_of: impl Fn(&T) -> &str,
    ) -> Option<&'a T> {
        let positions = self.0.get_or_init(|| {
            let mut positions = std::collections::HashMap::with_capacity(items.len());
            for (at, item) in items.iter().enumerate() {
                positions.entry(id_of(item).to_string()).or_insert(at);
            }
            positions
        });
        let indexed = positions.get(id).and_then(|at| items.get(*at));
        match indexed {
            Some(item) if id_of(item) == id => Some(item),
            _ => items.iter().find(|item| id_of(item) == id),
        }
    }
}

/// Every index is as good as another: two values that differ only in
/// whether they were looked into are equal.
impl PartialEq for IdIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// A whole audit project, loaded and validated.
#[derive(Debug, Clone)]
pub struct Project {
    pub site: Site,
    /// Stages in the model's order.
    pub stages: Vec<Stage>,
    /// Touchpoints by stage (model order), then as they stand in their scorecard.
    pub touchpoints: Vec<Touchpoint>,
    /// Personas, sorted by id.
    pub personas: Vec<Persona>,
    /// Every Markdown note (summary, stage notes, research, personas, free
    /// notes), sorted by path.
    pub notes: Vec<Note>,
    /// Finds touchpoints by id for [`Project::touchpoint`].
    pub touchpoint_index: IdIndex,
    /// The reports the output folder holds from earlier builds.
    pub published: Published,
}

/// The folder of the output that keeps earlier cycles' reports, one
/// folder per cycle: `cycles/<cycle>/index.html` and the rest of its site.
pub const ARCHIVE_DIR: &str = "cycles";

/// The reports the output folder holds from earlier builds, by cycle label.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Published {
    /// The cycle of the report at the top of the output folder.
    pub cycle: Option<String>,
    /// The cycles whose reports are kept in [`ARCHIVE_DIR`], sorted.
    pub archived: Vec<String>,
}

impl Published {
    /// The report at the top of the output folder when it is of another
    /// cycle than `current`: a build of `current` moves it into the archive.
    pub fn to_archive(&self, current: &str) -> Option<&str> {
        self.cycle.as_deref().filter(|cycle| *cycle != current)
    }

    /// The cycles other than `current` whose reports the output keeps
    /// after a build of `current`, sorted.
    pub fn kept(&self, current: &str) -> Vec<&str> {
        let mut kept: Vec<&str> = self
            .archived
            .iter()
            .map(String::as_str)
            .chain(self.to_archive(current))
            .filter(|cycle| *cycle != current)
            .collect();
        kept.sort_unstable();
        kept.dedup();
        kept
    }
}

impl Project {
    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.stages.iter().find(|stage| stage.id == id)
    }

    pub fn touchpoint(&self, id: &str) -> Option<&Touchpoint> {
        self.touchpoint_index
            .find(&self.touchpoints, id, |tp| tp.id.as_str())
    }

    pub fn persona(&self, id: &str) -> Option<&Persona> {
        self.personas.iter().find(|persona| persona.id == id)
    }

    /// The touchpoints of one stage, in scorecard order.
    pub fn touchpoints_of<'a>(&'a self, stage: &'a str) -> impl Iterator<Item = &'a Touchpoint> {
        self.touchpoints.iter().filter(move |tp| tp.stage == stage)
    }

    pub fn notes_of_kind(&self, kind: NoteKind) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(move |note| note.kind == kind)
    }

    /// The executive summary, `content/_index.md`, when there is one.
    pub fn summary(&self) -> Option<&Note> {
        self.notes_of_kind(NoteKind::Summary).next()
    }

    /// Research notes (by path).
    pub fn research(&self) -> impl Iterator<Item = &Note> {
        self.notes_of_kind(NoteKind::Research)
    }

    /// The customers interviewed: the `participants` of the research notes
    /// whose method is `interview`, added up (saturating, so no input can
    /// overflow it).
    pub fn interview_participants(&self) -> u64 {
        self.research()
            .filter_map(|note| note.research.as_ref())
            .filter(|meta| meta.method == ResearchMethod::Interview)
            .fold(0, |total: u64, meta| {
                total.saturating_add(meta.participants)
            })
    }
}

impl crate::i18n::Names for Project {
    fn stage(&self, id: &str) -> String {
        self.stage(id)
            .map_or_else(|| id.to_string(), |stage| stage.name.clone())
    }

    fn touchpoint(&self, id: &str) -> String {
        self.touchpoint(id)
            .map_or_else(|| id.to_string(), |tp| tp.name.clone())
    }

    fn persona(&self, id: &str) -> String {
        match self.persona(id) {
            Some(Persona {
                name,
                segment: Some(segment),
                ..
            }) => format!("{name} ({segment})"),
            Some(persona) => persona.name.clone(),
            None => id.to_string(),
        }
    }

    fn channel(&self, language: &Language, id: &str) -> String {
        crate::i18n::vocabulary(language, "channel", id)
    }

    fn dimension(&self, language: &Language, id: &str) -> String {
        crate::i18n::vocabulary(language, "dimension", id)
    }
}

/// The audit's configuration, from site.toml.
#[derive(Debug, Clone)]
pub struct Site {
    pub title: String,
    pub client: String,
    pub cycle: String,
    /// Where `cycle` was written in site.toml, for diagnostics.
    pub cycle_span: std::ops::Range<usize>,
    pub language: Language,
    /// `""` means relative links; otherwise a prefix ending in `/`.
    pub base_url: String,
    pub theme: String,
    pub output_dir: String,
    /// Where `output_dir` was written in site.toml, for diagnostics.
    pub output_dir_span: Option<std::ops::Range<usize>>,
    pub model: StageModel,
    pub scoring: Scoring,
    pub rules: BTreeMap<String, RuleLevel>,
    pub thresholds: Thresholds,
    pub waivers: Vec<Waiver>,
    /// Raw HTML in notes is passed through unsanitised (for trusted authors).
    pub trusted_html: bool,
    /// The audit's date (YYYY-MM-DD), when given.
    pub date: Option<String>,
    pub brand: Brand,
    pub broken_links: BrokenLinks,
    /// Each `[labels.channels]` id with where it was written in site.toml.
    pub channel_labels: Vec<(String, std::ops::Range<usize>)>,
    pub publish: Publish,
}

/// `[publish]`: the forms a build writes besides the HTML site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Publish {
    pub paper: Paper,
    /// Whether every build also writes the report as Markdown pages.
    pub markdown: bool,
}

/// The paper size of the print page.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// The CSS `@page` size.
    pub fn css(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "letter",
        }
    }
}

/// An output format named in `[publish] formats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    Html,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum StageModel {
    SevenStage,
    /// Also read as `nordic-five`.
    #[serde(alias = "nordic-five")]
    FiveStage,
    /// Also read as `classic-five`.
    #[serde(alias = "classic-five")]
    Classic,
    Custom,
}

impl StageModel {
    pub fn name(self) -> &'static str {
        match self {
            StageModel::SevenStage => "seven-stage",
            StageModel::FiveStage => "five-stage",
            StageModel::Classic => "classic",
            StageModel::Custom => "custom",
        }
    }

    /// The stages of a preset model, named in the report language (the
    /// catalogue's `stage-<id>`).
    pub fn stages(self, language: &Language) -> Vec<Stage> {
        use Funnel::*;
        const SEVEN: &[(&str, Funnel)] = &[
            ("awareness", Top),
            ("consideration", Middle),
            ("decision", Bottom),
            ("purchase", Bottom),
            ("experience", Post),
            ("loyalty", Post),
            ("advocacy", Post),
        ];
        const FIVE: &[(&str, Funnel)] = &[
            ("search", Top),
            ("offer", Middle),
            ("conversion", Bottom),
            ("usage", Post),
            ("loyalty", Post),
        ];
        const CLASSIC: &[(&str, Funnel)] = &[
            ("awareness", Top),
            ("consideration", Middle),
            ("evaluation", Bottom),
            ("purchase", Bottom),
            ("post-purchase", Post),
        ];
        let table = match self {
            StageModel::SevenStage => SEVEN,
            StageModel::FiveStage => FIVE,
            StageModel::Classic => CLASSIC,
            StageModel::Custom => &[],
        };
        table
            .iter()
            .map(|(id, funnel)| Stage {
                id: (*id).to_string(),
                name: language.text(&format!("stage-{id}")),
                funnel: *funnel,
            })
            .collect()
    }
}

#[derive(Debug, Clone)]
pub struct Scoring {
    pub scale: f64,
    pub dimensions: Vec<String>,
    pub pass: f64,
    /// Weight per dimension; dimensions not named weigh 1.
    pub weights: BTreeMap<String, f64>,
}

impl Scoring {
    pub fn weight(&self, dimension: &str) -> f64 {
        self.weights.get(dimension).copied().unwrap_or(1.0)
    }

    /// A dimension's weight as the report shows it: as written, unless the
    /// largest weight is over 1,000; then relative to the largest (from 0
    /// to 1), so that sums of weights stay finite and readable. Weights are
    /// relative either way: the scores do not change.
    pub fn shown_weight(&self, dimension: &str) -> f64 {
        let largest = self
            .dimensions
            .iter()
            .map(|dimension| self.weight(dimension))
            .fold(0.0, f64::max);
        let weight = self.weight(dimension);
        if largest > 1000.0 {
            weight / largest
        } else {
            weight
        }
    }

    /// The pass line as a percentage (0 to 100), the unit every score is in.
    pub fn pass_percent(&self) -> f64 {
        self.pass / self.scale * 100.0
    }
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
            scale: 5.0,
            dimensions: ["presence", "relevance", "consistency", "experience"]
                .map(String::from)
                .to_vec(),
            pass: 3.0,
            weights: BTreeMap::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Thresholds {
    pub min_touchpoints_per_stage: usize,
    pub min_interviews: u64,
    /// An emotion at or below this is a low point (-2..=2).
    pub low_emotion: i8,
    /// The percent of touchpoints (0 to 100) that should have an emotion.
    pub min_emotion_coverage: f64,
    pub min_interviews_per_persona: u64,
    pub max_review_age_days: u64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            min_touchpoints_per_stage: 2,
            min_interviews: 8,
            low_emotion: -2,
            min_emotion_coverage: 50.0,
            min_interviews_per_persona: 2,
            max_review_age_days: 365,
        }
    }
}

/// White-label branding from `[brand]`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Brand {
    pub agency: Option<String>,
    /// The logo's path relative to the project folder, checked to be an
    /// image file inside it.
    pub logo: Option<String>,
    /// A CSS hex colour, `#rgb` or `#rrggbb`, lower-cased.
    pub accent: Option<String>,
    pub footer: Option<String>,
    /// `credit = true`: the pages say they were made with Trailmark.
    pub credit: bool,
}

/// What a broken link between notes is: `[build] broken_links`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum BrokenLinks {
    #[default]
    Warning,
    Error,
}

/// A finding's severity, ordered from least to most severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A `[rules]` override: a severity, or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleLevel {
    Off,
    On(Severity),
}

/// An accepted gap: findings it matches are shown as accepted, with its reason.
#[derive(Debug, Clone)]
pub struct Waiver {
    pub rule: String,
    pub stage: Option<String>,
    pub touchpoint: Option<String>,
    pub persona: Option<String>,
    pub reason: String,
    /// Stops applying from this cycle on (cycles compare as strings).
    pub until: Option<String>,
    /// Where the `[[waiver]]` stands in site.toml, for diagnostics.
    pub span: std::ops::Range<usize>,
}

impl Waiver {
    /// Whether the waiver still applies in `cycle`.
    pub fn is_live(&self, cycle: &str) -> bool {
        self.until.as_deref().is_none_or(|until| cycle < until)
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Funnel {
    Top,
    Middle,
    Bottom,
    Post,
}

impl Funnel {
    pub fn as_str(self) -> &'static str {
        match self {
            Funnel::Top => "top",
            Funnel::Middle => "middle",
            Funnel::Bottom => "bottom",
            Funnel::Post => "post",
        }
    }
}

/// One stage of the journey model.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    pub id: String,
    pub name: String,
    pub funnel: Funnel,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Online,
    Offline,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Online => "online",
            Mode::Offline => "offline",
        }
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Owner {
    #[default]
    Owned,
    Paid,
    Earned,
    ThirdParty,
}

impl Owner {
    pub const ALL: [Owner; 4] = [Owner::Owned, Owner::Paid, Owner::Earned, Owner::ThirdParty];

    pub fn as_str(self) -> &'static str {
        match self {
            Owner::Owned => "owned",
            Owner::Paid => "paid",
            Owner::Earned => "earned",
            Owner::ThirdParty => "third-party",
        }
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum ContentKind {
    Soft,
    Hard,
    #[default]
    None,
}

impl ContentKind {
    pub const ALL: [ContentKind; 3] = [ContentKind::Soft, ContentKind::Hard, ContentKind::None];

    pub fn as_str(self) -> &'static str {
        match self {
            ContentKind::Soft => "soft",
            ContentKind::Hard => "hard",
            ContentKind::None => "none",
        }
    }
}

/// Where something stands in a source file, for diagnostics.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// Path relative to the project folder, with `/` separators.
    pub file: String,
    /// Byte range in that file.
    pub span: std::ops::Range<usize>,
    /// 1-based line of the span's start.
    pub line: usize,
}

/// One touchpoint from a stage's scorecard.
#[derive(Debug, Clone)]
pub struct Touchpoint {
    pub id: String,
    /// The id it had in the previous cycle, when it was renamed: cycle
    /// comparisons treat the two as one touchpoint.
    pub previous_id: Option<String>,
    pub name: String,
    /// The stage id (the scorecard's file stem).
    pub stage: String,
    pub channel: String,
    pub mode: Mode,
    pub owner: Owner,
    pub content: ContentKind,
    /// `None` serves every persona.
    pub personas: Option<Vec<String>>,
    /// The lowest emotion felt here (-2..=2), the value single-value views
    /// and rules use; `None` when none is recorded.
    pub emotion: Option<i8>,
    /// The emotion per persona, when written as a table; empty when written
    /// as one integer (every persona served feels it) or not at all.
    pub emotions: BTreeMap<String, i8>,
    pub pain_points: Vec<PainPoint>,
    pub opportunities: Vec<Opportunity>,
    /// A note path relative to content/.
    pub notes: Option<String>,
    pub reviewed: Option<String>,
    /// Dimension to score, for the dimensions that are scored.
    pub scores: BTreeMap<String, f64>,
    pub kpis: Vec<Kpi>,
    pub location: Location,
}

impl Touchpoint {
    pub fn serves(&self, persona: &str) -> bool {
        self.personas
            .as_ref()
            .is_none_or(|ids| ids.iter().any(|id| id == persona))
    }

    /// The emotion `persona` feels here: its own value from an emotion
    /// table, or the one integer when the touchpoint serves it.
    pub fn emotion_of(&self, persona: &str) -> Option<i8> {
        if self.emotions.is_empty() {
            self.emotion.filter(|_| self.serves(persona))
        } else {
            self.emotions.get(persona).copied()
        }
    }

    /// The area of the first pain point that names one.
    pub fn pain_area(&self) -> Option<Area> {
        self.pain_points.iter().find_map(|pain| pain.area)
    }
}

/// The area of the journey a rule, a finding or a pain point is about:
/// the four elements of a journey (content, data, touchpoints,
/// technology) plus the research behind the map.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Area {
    Content,
    Data,
    Touchpoints,
    Technology,
    Research,
}

impl Area {
    pub const ALL: [Area; 5] = [
        Area::Content,
        Area::Data,
        Area::Touchpoints,
        Area::Technology,
        Area::Research,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Area::Content => "content",
            Area::Data => "data",
            Area::Touchpoints => "touchpoints",
            Area::Technology => "technology",
            Area::Research => "research",
        }
    }
}

/// How much an action changes, or how much work it takes.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Low,
    Medium,
    High,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Low, Level::Medium, Level::High];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Medium => "medium",
            Level::High => "high",
        }
    }
}

/// Where an opportunity stands in the client's plan.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Open,
    Planned,
    Doing,
    Done,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Open, Status::Planned, Status::Doing, Status::Done];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Planned => "planned",
            Status::Doing => "doing",
            Status::Done => "done",
        }
    }
}

/// A pain point: what hurts at a touchpoint, written as a string or a table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PainPoint {
    pub text: String,
    pub id: Option<String>,
    /// What the pain point is about, when the consultant says.
    pub area: Option<Area>,
}

impl From<&str> for PainPoint {
    fn from(text: &str) -> Self {
        PainPoint {
            text: text.to_string(),
            ..PainPoint::default()
        }
    }
}

/// An opportunity: the consultant's proposed action for a touchpoint,
/// written as a string or a table.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Opportunity {
    pub text: String,
    /// Tracks the action across cycles; see [`Opportunity::key`].
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub area: Option<Area>,
    #[serde(default)]
    pub impact: Option<Level>,
    #[serde(default)]
    pub effort: Option<Level>,
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub status: Status,
    /// The cycle it is due in.
    #[serde(default)]
    pub due: Option<String>,
}

impl Opportunity {
    /// Its identity in the touchpoint: the `id`, else the text.
    pub fn key(&self) -> &str {
        self.id.as_deref().unwrap_or(&self.text)
    }

    /// Impact, medium when not given.
    pub fn impact_or_default(&self) -> Level {
        self.impact.unwrap_or(Level::Medium)
    }

    /// Effort, medium when not given.
    pub fn effort_or_default(&self) -> Level {
        self.effort.unwrap_or(Level::Medium)
    }
}

impl From<&str> for Opportunity {
    fn from(text: &str) -> Self {
        Opportunity {
            text: text.to_string(),
            ..Opportunity::default()
        }
    }
}

#[derive(Debug, Clone)]
pub struct Kpi {
    pub name: String,
    pub value: f64,
    pub target: Option<f64>,
    pub unit: Option<String>,
    pub higher_is_better: bool,
}

impl Kpi {
    /// Whether the KPI meets its target; `None` when it has no target.
    /// A value equal to its target meets it.
    pub fn meets_target(&self) -> Option<bool> {
        let target = self.target?;
        Some(if self.higher_is_better {
            self.value >= target
        } else {
            self.value <= target
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NoteKind {
    Summary,
    Stage,
    Persona,
    Research,
    Note,
}

impl NoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NoteKind::Summary => "summary",
            NoteKind::Stage => "stage",
            NoteKind::Persona => "persona",
            NoteKind::Research => "research",
            NoteKind::Note => "note",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ResearchMethod {
    #[default]
    Interview,
    Workshop,
    Analytics,
    Survey,
}

impl ResearchMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            ResearchMethod::Interview => "interview",
            ResearchMethod::Workshop => "workshop",
            ResearchMethod::Analytics => "analytics",
            ResearchMethod::Survey => "survey",
        }
    }
}

/// A Markdown note with its front matter.
#[derive(Debug, Clone)]
pub struct Note {
    /// Path relative to content/, with `/` separators, e.g. `stages/awareness.md`.
    pub path: String,
    pub kind: NoteKind,
    /// From front matter, else the first heading, else the file stem.
    pub title: String,
    pub stage: Option<String>,
    pub persona: Option<String>,
    pub touchpoints: Vec<String>,
    pub date: Option<String>,
    pub weight: i64,
    /// Markdown source of the body (front matter removed).
    pub body: String,
    /// Research notes only.
    pub research: Option<ResearchMeta>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResearchMeta {
    pub method: ResearchMethod,
    pub participants: u64,
}

/// A persona, from `content/personas/<id>.md`.
#[derive(Debug, Clone)]
pub struct Persona {
    pub id: String,
    pub name: String,
    pub segment: Option<String>,
    pub share: Option<f64>,
    pub goals: Vec<String>,
    pub frustrations: Vec<String>,
    /// Path of its note, relative to content/.
    pub note: String,
}

/// A recorded cycle, as its snapshot `history/<cycle>.json` (that cycle's
/// report.json) keeps it: what cycle comparisons and trends read. Snapshots
/// written by other versions of Trailmark still load (unknown keys are
/// ignored, missing ones empty), so the 0.1 snapshots stay readable.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct PreviousCycle {
    /// The snapshot format; it identifies a file as Trailmark's.
    pub schema_version: u32,
    /// The cycle label, from the snapshot's file name.
    #[serde(skip)]
    pub cycle: String,
    /// The journey score, rounded as reported.
    #[serde(default)]
    pub score: Option<f64>,
    #[serde(default)]
    pub stages: Vec<PreviousScore>,
    #[serde(default)]
    pub touchpoints: Vec<PreviousTouchpoint>,
    #[serde(default)]
    pub findings: Vec<PreviousFinding>,
}

/// A stage's score in a recorded cycle.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PreviousScore {
    pub id: String,
    #[serde(default)]
    pub score: Option<f64>,
}

/// A touchpoint in a recorded cycle.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct PreviousTouchpoint {
    pub id: String,
    /// Empty in snapshots that did not record it.
    #[serde(default)]
    pub stage: String,
    #[serde(default)]
    pub name: String,
    /// The score, rounded as reported.
    #[serde(default)]
    pub score: Option<f64>,
    /// The id it had in the cycle before that one, when renamed.
    #[serde(default)]
    pub previous_id: Option<String>,
    #[serde(default)]
    pub opportunities: Vec<PreviousOpportunity>,
}

/// An opportunity in a recorded cycle: a plain text (format 0.1) or a
/// table with an `id` and a `status`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum PreviousOpportunity {
    Text(String),
    Action {
        text: String,
        #[serde(default)]
        id: Option<String>,
        #[serde(default)]
        status: Option<String>,
    },
}

impl PreviousOpportunity {
    /// What tracks the action across cycles: its id, else its text.
    pub fn key(&self) -> &str {
        match self {
            PreviousOpportunity::Text(text) => text,
            PreviousOpportunity::Action { text, id, .. } => id.as_deref().unwrap_or(text),
        }
    }

    /// The opportunity's own id, when it has one.
    pub fn id(&self) -> Option<&str> {
        match self {
            PreviousOpportunity::Text(_) => None,
            PreviousOpportunity::Action { id, .. } => id.as_deref(),
        }
    }

    pub fn text(&self) -> &str {
        match self {
            PreviousOpportunity::Text(text) | PreviousOpportunity::Action { text, .. } => text,
        }
    }

    pub fn is_done(&self) -> bool {
        matches!(self, PreviousOpportunity::Action { status: Some(status), .. } if status == "done")
    }
}

/// A finding in a recorded cycle.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PreviousFinding {
    pub id: String,
    #[serde(default)]
    pub rule: String,
    pub severity: Severity,
    #[serde(default)]
    pub stage: Option<String>,
    #[serde(default)]
    pub touchpoint: Option<String>,
    #[serde(default)]
    pub persona: Option<String>,
    #[serde(default)]
    pub accepted: bool,
}

impl PreviousCycle {
    pub fn stage(&self, id: &str) -> Option<&PreviousScore> {
        self.stages.iter().find(|entry| entry.id == id)
    }

    pub fn touchpoint(&self, id: &str) -> Option<&PreviousTouchpoint> {
        self.touchpoints.iter().find(|entry| entry.id == id)
    }
}

#[cfg(test)]
pub mod testing;

#[cfg(test)]
mod tests {
    use super::StageModel;
    use super::testing::language;

    #[test]
    fn presets_name_their_stages_in_the_report_language() {
        let stages = StageModel::FiveStage.stages(&language("sv"));
        let names: Vec<&str> = stages.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Sökning",
                "Erbjudande",
                "Konvertering",
                "Användning",
                "Lojalitet"
            ]
        );
        assert_eq!(
            StageModel::Classic.stages(&language("da"))[4].name,
            "Efter købet"
        );
        assert_eq!(StageModel::SevenStage.stages(&language("en")).len(), 7);
    }
}
