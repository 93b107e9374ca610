//! Load: reads a project folder from disk into the validated [`Project`].
//!
//! This is one of the two stages that touch the disk (render is the other).
//! It reads site.toml, walks content/ once in sorted order, parses every
//! note and scorecard, then checks the references between them. Every
//! problem found is collected, so one run reports them all, each with its
//! file and span; the texts read are kept in [`Sources`] for the messages.

mod assets;
mod frontmatter;
mod history;
mod links;
mod loose;
mod notes;
mod published;
mod schema;
mod scorecard;
mod site;
mod theme;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::ops::Range;
use std::path::Path;

use crate::diagnostics::{Diagnostic, Level, Sources};
use crate::model::Project;

pub use assets::{Asset, AssetSource};
pub use frontmatter::split as split_front_matter;
pub use history::{HISTORY_DIR, snapshot_file};
pub use links::{decode_path, markdown_options, target as link_target};
pub use published::MANIFEST;
pub use site::SITE_FILE;
pub use theme::ThemeFiles;

/// The largest file Trailmark reads.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// The largest snapshot in history/ Trailmark reads, and so the largest
/// report it keeps as one: a report is its own next cycle's input.
pub const MAX_SNAPSHOT_BYTES: u64 = 64 * 1024 * 1024;
/// The longest file name, in bytes, that common file systems allow; ids
/// and the cycle label name files in the output and history/.
pub const MAX_FILE_NAME: usize = 255;
/// The most files content/ may hold.
pub const MAX_FILES: usize = 20_000;
/// The deepest folder nesting read under content/.
pub const MAX_DEPTH: usize = 32;

/// A loaded project, with the texts read and any warnings.
#[derive(Debug)]
pub struct Loaded {
    pub project: Project,
    pub sources: Sources,
    /// Problems worth saying that do not stop the build.
    pub warnings: Vec<Diagnostic>,
    /// Other files under content/ (images and the like), sorted by path;
    /// published as they are, or sanitised.
    pub assets: Vec<Asset>,
    /// Every recorded cycle in history/, sorted by label (see
    /// [`Loaded::earlier`] for those this report compares with).
    pub history: Vec<crate::model::PreviousCycle>,
    /// The project's theme files (none for the built-in theme).
    pub theme: ThemeFiles,
}

impl Loaded {
    /// The recorded cycles before the current one, oldest first.
    pub fn earlier(&self) -> &[crate::model::PreviousCycle] {
        let cycle = self.project.site.cycle.as_str();
        let count = self
            .history
            .partition_point(|recorded| recorded.cycle.as_str() < cycle);
        &self.history[..count]
    }

    /// The previous cycle: the last recorded one before the current.
    pub fn previous(&self) -> Option<&crate::model::PreviousCycle> {
        self.earlier().last()
    }
}

/// Why a project could not be loaded: every problem found.
#[derive(Debug)]
pub struct LoadError {
    pub diagnostics: Vec<Diagnostic>,
    pub sources: Sources,
}

/// Diagnostics and source texts gathered while loading.
#[derive(Default)]
pub(crate) struct Collector {
    diagnostics: Vec<Diagnostic>,
    sources: Sources,
}

impl Collector {
    pub(crate) fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    pub(crate) fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// What a reference points at, checked once everything is loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    Stage,
    Persona,
    Touchpoint,
    Note,
    /// A touchpoint's `previous_id`: it may not be another touchpoint's id
    /// this cycle, nor another touchpoint's `previous_id`.
    FormerTouchpoint,
}

/// A reference from one file to an id defined elsewhere.
#[derive(Debug)]
pub(crate) struct Ref {
    pub target: Target,
    pub id: String,
    pub file: String,
    pub span: Range<usize>,
}

/// The JSON Schema of site.toml (`trailmark schema`).
pub fn site_schema() -> serde_json::Value {
    schema::titled(schemars::schema_for!(site::RawSite), "Trailmark site.toml")
}

/// The JSON Schema of a scorecard, `content/scorecards/<stage>.toml`.
pub fn scorecard_schema() -> serde_json::Value {
    schema::titled(
        schemars::schema_for!(scorecard::RawScorecard),
        "Trailmark scorecard",
    )
}

/// Loads the project in `root`; `rule_ids` are the rules `[rules]` and
/// waivers may name.
pub fn load(root: &Path, rule_ids: &[&str]) -> Result<Loaded, LoadError> {
    let mut out = Collector::default();

    let Some(site_text) = read_text(root, SITE_FILE, &mut out) else {
        return Err(out.into_error());
    };
    let locales = read_locales(root, &mut out);
    let parsed = site::parse(&site_text, rule_ids, &locales, &mut out);
    let Some((site, stages, site_refs)) = parsed else {
        return Err(out.into_error());
    };

    if !history::is_file_safe(&site.cycle) {
        out.push(
            Diagnostic::error(
                SITE_FILE,
                Some(site.cycle_span.clone()),
                "`cycle` cannot name a file",
            )
            .with_label("no `/`, `\\`, `:`, `*`, `?`, `\"`, `<`, `>`, `|` or leading `.`")
            .with_note("the cycle names its snapshot, history/<cycle>.json"),
        );
    }
    if let Some(diagnostic) = name_too_long(
        "the cycle label",
        &site.cycle,
        ("history/", ".json"),
        SITE_FILE,
        Some(site.cycle_span.clone()),
    ) {
        out.push(diagnostic);
    }
    let history = history::read(root, &mut out);
    out.diagnostics.extend(history::check_order(
        &site.cycle,
        site.cycle_span.clone(),
        &history,
    ));
    let theme = theme::read(root, &site, &mut out);
    let files = walk_content(root, &mut out);
    let stage_ids: Vec<&str> = stages.iter().map(|stage| stage.id.as_str()).collect();
    let mut refs = Vec::new();

    // Scorecards first, in the model's stage order, so touchpoints come out
    // ordered by stage and then as written.
    let mut scorecards: BTreeMap<&str, &str> = BTreeMap::new();
    for path in &files.scorecards {
        let stem = path
            .strip_prefix("scorecards/")
            .and_then(|name| name.strip_suffix(".toml"))
            .unwrap_or_default();
        if stage_ids.contains(&stem) {
            scorecards.insert(stem, path);
        } else {
            out.push(
                Diagnostic::error(
                    content_path(path),
                    None,
                    format!("scorecard for unknown stage `{stem}`"),
                )
                .with_note(format!(
                    "the stages of the {} model are: {}",
                    site.model.name(),
                    stage_ids.join(", ")
                )),
            );
        }
    }
    // Files that failed define ids we cannot know; references to those
    // kinds are not checked then, so one mistake is not reported many times.
    let mut incomplete = Incomplete::default();
    let mut touchpoints = Vec::new();
    for stage in &stages {
        let Some(path) = scorecards.get(stage.id.as_str()) else {
            continue;
        };
        let file = content_path(path);
        if let Some(text) = read_text(root, &file, &mut out) {
            let ctx = scorecard::Context {
                file: &file,
                stage: &stage.id,
                scoring: &site.scoring,
            };
            if let Some(parsed) = scorecard::parse(&text, &ctx, &mut refs, &mut out) {
                touchpoints.extend(parsed);
                continue;
            }
        }
        incomplete.touchpoints = true;
    }

    let mut notes = Vec::new();
    let mut personas = Vec::new();
    for path in &files.notes {
        let file = content_path(path);
        if let Some(text) = read_text(root, &file, &mut out) {
            let ctx = notes::Context {
                path,
                file: &file,
                stage_ids: &stage_ids,
                stages: &stages,
                language: &site.language,
            };
            if let Some((note, persona)) = notes::parse(&text, &ctx, &mut refs, &mut out) {
                notes.push(note);
                personas.extend(persona);
                continue;
            }
        }
        incomplete.personas |= path.starts_with("personas/");
    }

    check_duplicate_touchpoints(&touchpoints, &mut out);
    if !incomplete.touchpoints {
        check_channel_labels(&site.channel_labels, &touchpoints, &mut out);
    }
    check_ascii_names(&stages, &touchpoints, &personas, &site.scoring, &mut out);
    if let Some(logo) = &site_refs.logo {
        check_logo(root, logo, &mut out);
    }
    let content_files: BTreeSet<&str> = files
        .notes
        .iter()
        .chain(&files.scorecards)
        .map(String::as_str)
        .chain(files.assets.iter().map(|asset| asset.path.as_str()))
        .collect();
    let sources = out.sources.clone();
    links::check(
        &notes,
        &content_files,
        site.broken_links,
        |file| sources.get(file),
        &mut out,
    );
    refs.extend(site_refs.touchpoints.into_iter().map(|id| Ref {
        target: Target::Touchpoint,
        span: id.span(),
        id: id.into_inner(),
        file: SITE_FILE.to_string(),
    }));
    refs.extend(site_refs.personas.into_iter().map(|id| Ref {
        target: Target::Persona,
        span: id.span(),
        id: id.into_inner(),
        file: SITE_FILE.to_string(),
    }));
    let known = Known {
        stages: stage_ids.iter().map(|id| id.to_string()).collect(),
        personas: personas
            .iter()
            .map(|p: &crate::model::Persona| p.id.clone())
            .collect(),
        touchpoints: touchpoints.iter().map(|tp| tp.id.clone()).collect(),
        notes: files.notes.iter().cloned().collect(),
    };
    refs.retain(|reference| match reference.target {
        Target::Touchpoint | Target::FormerTouchpoint => !incomplete.touchpoints,
        Target::Persona => !incomplete.personas,
        Target::Stage | Target::Note => true,
    });
    check_refs(&refs, &known, &mut out);

    let published = published::read(root, &site);
    let Some(theme) = theme.filter(|_| out.error_count() == 0) else {
        return Err(out.into_error());
    };
    personas.sort_by(|a, b| a.id.cmp(&b.id));
    let project = Project {
        site,
        stages,
        touchpoints,
        personas,
        notes,
        touchpoint_index: Default::default(),
        published,
    };
    Ok(Loaded {
        project,
        sources: out.sources,
        warnings: out.diagnostics,
        assets: files.assets,
        history,
        theme,
    })
}

impl Collector {
    fn into_error(self) -> LoadError {
        LoadError {
            diagnostics: self.diagnostics,
            sources: self.sources,
        }
    }
}

#[derive(Default)]
struct Incomplete {
    touchpoints: bool,
    personas: bool,
}

struct Known {
    stages: BTreeSet<String>,
    personas: BTreeSet<String>,
    touchpoints: BTreeSet<String>,
    notes: BTreeSet<String>,
}

fn check_refs(refs: &[Ref], known: &Known, out: &mut Collector) {
    let mut former: BTreeMap<&str, &Ref> = BTreeMap::new();
    for reference in refs {
        let (set, what) = match reference.target {
            Target::Stage => (&known.stages, "stage"),
            Target::Persona => (&known.personas, "persona"),
            Target::Touchpoint => (&known.touchpoints, "touchpoint"),
            Target::Note => (&known.notes, "note"),
            Target::FormerTouchpoint => {
                check_previous_id(reference, known, &mut former, out);
                continue;
            }
        };
        if set.contains(&reference.id) {
            continue;
        }
        let mut diagnostic = Diagnostic::error(
            reference.file.clone(),
            Some(reference.span.clone()),
            format!("unknown {what} `{}`", reference.id),
        )
        .with_label(format!("no {what} has this id"));
        diagnostic = match reference.target {
            Target::Persona if known.personas.is_empty() => {
                diagnostic.with_note("personas are defined in content/personas/<id>.md")
            }
            Target::Note => diagnostic
                .with_note("note paths are relative to content/, e.g. \"stages/awareness.md\""),
            _ => match closest(&reference.id, set) {
                Some(guess) => diagnostic.with_note(format!("did you mean `{guess}`?")),
                None => diagnostic,
            },
        };
        out.push(diagnostic);
    }
}

/// A `previous_id` names an id no touchpoint has this cycle, and only one
/// touchpoint carries the history of an id.
fn check_previous_id<'a>(
    reference: &'a Ref,
    known: &Known,
    claimed: &mut BTreeMap<&'a str, &'a Ref>,
    out: &mut Collector,
) {
    let id = reference.id.as_str();
    let diagnostic = if known.touchpoints.contains(id) {
        Diagnostic::error(
            reference.file.clone(),
            Some(reference.span.clone()),
            format!("`previous_id = \"{id}\"` is the id of another touchpoint"),
        )
        .with_label("still in use this cycle")
        .with_note(
            "`previous_id` names the id this touchpoint had in the previous cycle; \
             an id still in use is that touchpoint's own history",
        )
    } else if let Some(first) = claimed.get(id) {
        Diagnostic::error(
            reference.file.clone(),
            Some(reference.span.clone()),
            format!("two touchpoints have `previous_id = \"{id}\"`"),
        )
        .with_label("already claimed")
        .with_note(format!(
            "first claimed in {}; one touchpoint carries the history of an id",
            first.file
        ))
    } else {
        claimed.insert(id, reference);
        return;
    };
    out.push(diagnostic);
}

/// The known id most like `id`, when one is close enough to be a typo.
pub(crate) fn closest<'a>(id: &str, known: &'a BTreeSet<String>) -> Option<&'a str> {
    known
        .iter()
        .map(|candidate| (edit_distance(id, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= 2.max(candidate.len() / 4))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate.as_str())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

/// Ids become file names and anchors by their ASCII transliteration
/// ([`crate::model::ascii_id`]); two ids of one kind that would share one
/// are an error naming both.
fn check_ascii_names(
    stages: &[crate::model::Stage],
    touchpoints: &[crate::model::Touchpoint],
    personas: &[crate::model::Persona],
    scoring: &crate::model::Scoring,
    out: &mut Collector,
) {
    struct Named<'a> {
        id: &'a str,
        file: String,
        span: Option<Range<usize>>,
    }
    let kinds: [(&str, Vec<Named>); 5] = [
        (
            "stage",
            stages
                .iter()
                .map(|stage| Named {
                    id: &stage.id,
                    file: SITE_FILE.to_string(),
                    span: None,
                })
                .collect(),
        ),
        (
            "touchpoint",
            touchpoints
                .iter()
                .map(|tp| Named {
                    id: &tp.id,
                    file: tp.location.file.clone(),
                    span: Some(tp.location.span.clone()),
                })
                .collect(),
        ),
        (
            "persona",
            personas
                .iter()
                .map(|persona| Named {
                    id: &persona.id,
                    file: content_path(&persona.note),
                    span: None,
                })
                .collect(),
        ),
        (
            "channel",
            touchpoints
                .iter()
                .map(|tp| Named {
                    id: &tp.channel,
                    file: tp.location.file.clone(),
                    span: Some(tp.location.span.clone()),
                })
                .collect(),
        ),
        (
            "dimension",
            scoring
                .dimensions
                .iter()
                .map(|dimension| Named {
                    id: dimension,
                    file: SITE_FILE.to_string(),
                    span: None,
                })
                .collect(),
        ),
    ];
    for (kind, named) in kinds {
        let mut first: BTreeMap<String, &Named> = BTreeMap::new();
        for item in &named {
            let ascii = crate::model::ascii_id(item.id);
            match first.get(&ascii) {
                Some(earlier) if earlier.id != item.id => out.push(
                    Diagnostic::error(
                        item.file.clone(),
                        item.span.clone(),
                        format!(
                            "{kind} ids `{}` and `{}` would share the file name or anchor `{ascii}`",
                            earlier.id, item.id
                        ),
                    )
                    .with_label("same ASCII name")
                    .with_note(format!(
                        "`{}` is in {}; output names are the ids in ASCII (å -> a, ø -> o, æ -> ae)",
                        earlier.id, earlier.file
                    ))
                    .with_note("rename one of them"),
                ),
                Some(_) => {}
                None => {
                    first.insert(ascii, item);
                }
            }
        }
    }
}

/// The brand's logo: an SVG, PNG, JPEG or WebP file inside the project.
fn check_logo(root: &Path, logo: &toml::Spanned<String>, out: &mut Collector) {
    let error = |message: String| Diagnostic::error(SITE_FILE, Some(logo.span()), message);
    let path = logo.get_ref();
    let extension = path
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    if !matches!(extension.as_str(), "svg" | "png" | "jpg" | "jpeg" | "webp") {
        out.push(
            error(format!(
                "logo `{path}` is not an SVG, PNG, JPEG or WebP file"
            ))
            .with_label("expected .svg, .png, .jpg, .jpeg or .webp"),
        );
        return;
    }
    let project = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    match root.join(path).canonicalize() {
        Ok(target) if !target.starts_with(&project) => out.push(
            error(format!("logo `{path}` is outside the project folder"))
                .with_label("not in the project")
                .with_note("copy the logo into the project, e.g. content/assets/, and point here"),
        ),
        Ok(target) if !target.is_file() => out.push(
            error(format!("logo `{path}` is not a file")).with_label("a folder, not an image"),
        ),
        Ok(_) => {}
        Err(_) => out.push(
            error(format!("logo `{path}` does not exist"))
                .with_label("no such file")
                .with_note(
                    "the path is relative to the project folder, e.g. \"content/assets/logo.svg\"",
                ),
        ),
    }
}

/// A `[labels.channels]` entry for a channel no touchpoint uses is a
/// warning: most likely a typing mistake, and the label would show nowhere.
fn check_channel_labels(
    labels: &[(String, Range<usize>)],
    touchpoints: &[crate::model::Touchpoint],
    out: &mut Collector,
) {
    let used: BTreeSet<&str> = touchpoints.iter().map(|tp| tp.channel.as_str()).collect();
    for (id, span) in labels {
        if !used.contains(id.as_str()) {
            out.push(Diagnostic {
                level: crate::diagnostics::Level::Warning,
                ..Diagnostic::error(
                    SITE_FILE,
                    Some(span.clone()),
                    format!("label for the channel `{id}`, which no touchpoint uses"),
                )
            });
        }
    }
}

fn check_duplicate_touchpoints(touchpoints: &[crate::model::Touchpoint], out: &mut Collector) {
    let mut first: BTreeMap<&str, &crate::model::Location> = BTreeMap::new();
    for tp in touchpoints {
        if let Some(earlier) = first.get(tp.id.as_str()) {
            out.push(
                Diagnostic::error(
                    tp.location.file.clone(),
                    Some(tp.location.span.clone()),
                    format!("duplicate touchpoint id `{}`", tp.id),
                )
                .with_label("already used")
                .with_note(format!(
                    "first defined in {} on line {}; touchpoint ids are unique in the whole audit",
                    earlier.file, earlier.line
                )),
            );
        } else {
            first.insert(&tp.id, &tp.location);
        }
    }
}

/// The files found under content/, relative to it, sorted.
#[derive(Default)]
struct ContentFiles {
    notes: Vec<String>,
    scorecards: Vec<String>,
    assets: Vec<Asset>,
}

fn content_path(relative: &str) -> String {
    format!("content/{relative}")
}

fn walk_content(root: &Path, out: &mut Collector) -> ContentFiles {
    let mut files = ContentFiles::default();
    let content = root.join("content");
    if !content.is_dir() {
        return files;
    }
    // Symbolic links are followed, but only to places inside the project:
    // a link to a system file must not publish it.
    let project = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut walker = walkdir::WalkDir::new(&content)
        .follow_links(true)
        .max_depth(MAX_DEPTH + 1)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| !is_hidden(entry.file_name()));
    let mut count = 0;
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) if entry.path_is_symlink() => {
                let inside = entry
                    .path()
                    .canonicalize()
                    .is_ok_and(|target| target.starts_with(&project));
                if !inside {
                    out.push(outside_project(&slash_path(
                        entry.path().strip_prefix(root).unwrap_or(entry.path()),
                    )));
                    if entry.file_type().is_dir() {
                        walker.skip_current_dir();
                    }
                    continue;
                }
                entry
            }
            Ok(entry) => entry,
            Err(error) => {
                let file = error
                    .path()
                    .and_then(|path| path.strip_prefix(root).ok())
                    .map_or_else(|| "content".to_string(), slash_path);
                let message = if error.loop_ancestor().is_some() {
                    "symbolic link loop: this folder links back to one of its parents".to_string()
                } else {
                    format!("cannot read: {}", io_message(error.io_error()))
                };
                out.push(Diagnostic::error(file, None, message));
                continue;
            }
        };
        let Ok(relative) = entry.path().strip_prefix(&content) else {
            continue;
        };
        if relative.as_os_str().is_empty() {
            continue;
        }
        let Some(relative_str) = relative.to_str() else {
            out.push(Diagnostic::error(
                slash_path(entry.path().strip_prefix(root).unwrap_or(relative)),
                None,
                "file name is not valid UTF-8; rename it",
            ));
            continue;
        };
        let relative = relative_str.replace('\\', "/");
        if entry.depth() > MAX_DEPTH {
            out.push(Diagnostic::error(
                content_path(&relative),
                None,
                format!("folders nest deeper than {MAX_DEPTH} levels under content/"),
            ));
            continue;
        }
        if entry.file_type().is_dir() {
            continue;
        }
        if !entry.file_type().is_file() {
            out.push(not_regular(&content_path(&relative)));
            continue;
        }
        count += 1;
        if count > MAX_FILES {
            out.push(Diagnostic::error(
                "content",
                None,
                format!("content/ holds more than {MAX_FILES} files; split the audit or move unrelated files out"),
            ));
            break;
        }
        if relative.ends_with(".md") {
            files.notes.push(relative);
        } else if relative.starts_with("scorecards/") && relative.ends_with(".toml") {
            if relative.matches('/').count() == 1 {
                files.scorecards.push(relative);
            } else {
                out.push(Diagnostic {
                    level: Level::Warning,
                    ..Diagnostic::error(
                        content_path(&relative),
                        None,
                        "not read: scorecards live directly in content/scorecards/",
                    )
                });
            }
        } else if let Err(error) = std::fs::File::open(entry.path()) {
            // Found now, not when the site is half written.
            out.push(Diagnostic::error(
                content_path(&relative),
                None,
                format!("cannot read: {}", io_message(Some(&error))),
            ));
        } else {
            files.assets.extend(assets::asset(root, &relative, out));
        }
    }
    files
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str()
        .is_some_and(|name| name.starts_with('.') || name.ends_with('~'))
}

fn slash_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn io_message(error: Option<&std::io::Error>) -> String {
    match error {
        Some(error) => match error.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => error.to_string(),
        },
        None => "unknown error".to_string(),
    }
}

/// The project's own catalogues, `locales/<code>.ftl`, sorted by code.
fn read_locales(root: &Path, out: &mut Collector) -> Vec<crate::i18n::LocaleFile> {
    let dir = crate::i18n::PROJECT_DIR;
    let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
        return Vec::new();
    };
    let mut codes: Vec<String> = entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            Some(name.strip_suffix(".ftl")?.to_string())
        })
        .collect();
    codes.sort();
    codes
        .into_iter()
        .filter_map(|code| {
            let file = format!("{dir}/{code}.ftl");
            let text = read_text(root, &file, out)?;
            Some(crate::i18n::LocaleFile { code, file, text })
        })
        .collect()
}

/// Whether `path`, with every link resolved, lies inside the project
/// folder `root`.
pub(crate) fn inside_project(root: &Path, path: &Path) -> bool {
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    path.canonicalize()
        .is_ok_and(|target| target.starts_with(root))
}

/// The error for a link that leaves the project; it names the link only.
pub(crate) fn outside_project(file: &str) -> Diagnostic {
    Diagnostic::error(file, None, "links outside the project folder").with_note(
        "symbolic links in a project must point inside the project folder; copy the file in instead",
    )
}

/// Reads a project file's bytes. Only regular files inside the project are
/// read, up to [`MAX_FILE_BYTES`]; anything else (missing, a folder, a
/// FIFO or device, a link leaving the project, too large) is a diagnostic
/// naming `file`.
pub(crate) fn read_bytes(root: &Path, file: &str, out: &mut Collector) -> Option<Vec<u8>> {
    read_bytes_up_to(root, file, MAX_FILE_BYTES, out)
}

/// [`read_bytes`], for files of up to `limit` bytes.
fn read_bytes_up_to(root: &Path, file: &str, limit: u64, out: &mut Collector) -> Option<Vec<u8>> {
    let path = root.join(file);
    let cannot_read = |error: &std::io::Error| {
        let mut diagnostic = Diagnostic::error(
            file,
            None,
            format!("cannot read: {}", io_message(Some(error))),
        );
        if file == SITE_FILE && error.kind() == std::io::ErrorKind::NotFound {
            diagnostic = diagnostic
                .with_note("an audit project folder has a site.toml; is this the right folder?");
        }
        diagnostic
    };
    let linked = std::fs::symlink_metadata(&path).is_ok_and(|meta| meta.file_type().is_symlink());
    if linked && path.exists() && !inside_project(root, &path) {
        out.push(outside_project(file));
        return None;
    }
    let meta = match std::fs::metadata(&path) {
        Ok(meta) => meta,
        Err(error) => {
            out.push(cannot_read(&error));
            return None;
        }
    };
    if meta.is_dir() {
        out.push(Diagnostic::error(
            file,
            None,
            "expected a file, found a folder",
        ));
        return None;
    }
    if !meta.is_file() {
        out.push(not_regular(file));
        return None;
    }
    if meta.len() > limit {
        out.push(too_large(file, meta.len(), limit));
        return None;
    }
    let mut bytes = Vec::new();
    let read = std::fs::File::open(&path)
        .and_then(|handle| handle.take(limit + 1).read_to_end(&mut bytes));
    match read {
        Ok(_) if bytes.len() as u64 > limit => {
            out.push(too_large(file, bytes.len() as u64, limit));
            None
        }
        Ok(_) => Some(bytes),
        Err(error) => {
            out.push(cannot_read(&error));
            None
        }
    }
}

fn not_regular(file: &str) -> Diagnostic {
    Diagnostic::error(file, None, "not a regular file (a pipe, socket or device)")
        .with_note("Trailmark reads only ordinary files; move it out of the project")
}

fn too_large(file: &str, size: u64, limit: u64) -> Diagnostic {
    Diagnostic::error(
        file,
        None,
        format!("file is {size} bytes; the largest Trailmark reads here is {limit}"),
    )
}

/// Reads a project file as UTF-8 text (see [`read_bytes`]), recording it
/// in the sources. Text that is not UTF-8 is a diagnostic.
fn read_text(root: &Path, file: &str, out: &mut Collector) -> Option<String> {
    read_text_up_to(root, file, MAX_FILE_BYTES, out)
}

/// [`read_text`], for files of up to `limit` bytes.
fn read_text_up_to(root: &Path, file: &str, limit: u64, out: &mut Collector) -> Option<String> {
    let bytes = read_bytes_up_to(root, file, limit, out)?;
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.replace_range(..3, "");
            }
            out.sources.insert(file, text.clone());
            Some(text)
        }
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(error.as_bytes()).into_owned();
            // The lossy text has the same bytes up to the bad sequence.
            out.sources.insert(file, lossy);
            out.push(
                Diagnostic::error(file, Some(offset..offset + 1), "file is not valid UTF-8")
                    .with_label("invalid byte here")
                    .with_note("save the file as UTF-8"),
            );
            None
        }
    }
}

/// Turns a TOML parse or type error into a diagnostic; `offset` is where
/// the TOML starts in the file (front matter starts after its fence).
pub(crate) fn toml_diagnostic(file: &str, error: &toml::de::Error, offset: usize) -> Diagnostic {
    let span = error
        .span()
        .map(|span| span.start + offset..span.end + offset);
    let message = error.message().trim_end();
    // serde speaks of fields and variants; an audit's author writes keys and values.
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (key, expected) = split_expected(rest);
        let mut diagnostic = Diagnostic::error(file, span, format!("unknown key {key}"))
            .with_label("not a key here");
        let names: BTreeSet<String> = expected.iter().map(|name| name.to_string()).collect();
        if let Some(guess) = closest(key.trim_matches('`'), &names) {
            diagnostic = diagnostic.with_note(format!("did you mean `{guess}`?"));
        }
        if !expected.is_empty() {
            diagnostic = diagnostic.with_note(format!(
                "the keys allowed here are: {}",
                expected.join(", ")
            ));
        }
        return diagnostic;
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, expected) = split_expected(rest);
        return Diagnostic::error(file, span, format!("unknown value {value}"))
            .with_label(format!("expected one of: {}", expected.join(", ")));
    }
    Diagnostic::error(file, span, message.to_string())
}

/// Splits serde's "`x`, expected one of `a`, `b`" into "`x`" and [a, b].
fn split_expected(text: &str) -> (&str, Vec<&str>) {
    let (name, expected) = text.split_once(", expected").unwrap_or((text, ""));
    let expected = expected
        .trim_start_matches(" one of")
        .split(',')
        .map(|item| {
            item.trim()
                .trim_start_matches("or ")
                .trim()
                .trim_matches('`')
        })
        .filter(|item| !item.is_empty())
        .collect();
    (name, expected)
}

/// Slugs (theme names): lowercase ASCII letters, digits and `-`.
pub(crate) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Ids (touchpoints, personas, custom stages, dimensions, opportunities):
/// lower-case letters of any script (`åke`, `sökannonser`), ASCII digits
/// and `-`. A letter of a script without case counts as lower-case.
pub(crate) fn is_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(is_id_char)
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_digit()
        || c == '-'
        || (c.is_alphabetic() && !c.is_uppercase() && c.to_lowercase().eq([c]))
}

/// An id made from `text` that [`is_id`] accepts: lower-cased, spaces
/// and other separators as `-`.
pub(crate) fn suggest_id(text: &str) -> String {
    let mut id = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if is_id_char(c) {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_string()
}

/// The error for a name that makes a file name longer than
/// [`MAX_FILE_NAME`] bytes: `{before}{spelled}{after}`, where `spelled` is
/// the name as the file spells it (ids in ASCII, [`crate::model::ascii_id`]).
pub(crate) fn name_too_long(
    what: &str,
    spelled: &str,
    (before, after): (&str, &str),
    file: &str,
    span: Option<Range<usize>>,
) -> Option<Diagnostic> {
    let folder_end = before.rfind('/').map_or(0, |at| at + 1);
    let prefix = &before[folder_end..];
    let bytes = prefix.len() + spelled.len() + after.len();
    let fits = MAX_FILE_NAME - prefix.len() - after.len();
    (bytes > MAX_FILE_NAME).then(|| {
        Diagnostic::error(
            file,
            span,
            format!(
                "{what} is too long to name a file: `{before}<name>{after}` would have {bytes} bytes, \
                 more than the {MAX_FILE_NAME} a file name may have"
            ),
        )
        .with_label("too long")
        .with_note(format!(
            "shorten it to at most {fits} bytes (a-z, digits and `-` take one each; \
             in ids other letters count as their ASCII spelling, æ as ae)"
        ))
    })
}

/// The error for an id [`is_id`] rejects: what is allowed, and a suggestion.
pub(crate) fn id_error(what: &str, id: &str, file: &str, span: Option<Range<usize>>) -> Diagnostic {
    let mut diagnostic = Diagnostic::error(
        file,
        span,
        format!("{what} id `{id}` is not a valid id"),
    )
    .with_label("not an id")
    .with_note(
        "ids use lower-case letters of any script (`åke`, `sökannonser`), digits 0-9 and `-`",
    );
    let suggestion = suggest_id(id);
    if !suggestion.is_empty() && suggestion != id {
        diagnostic = diagnostic.with_note(format!("try `{suggestion}`"));
    }
    diagnostic
}

/// The 1-based line of a byte offset in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("search-ads"));
        assert!(is_slug("a1"));
        assert!(!is_slug(""));
        assert!(!is_slug("Search"));
        assert!(!is_slug("a_b"));
        assert!(!is_slug("æ"));
    }

    #[test]
    fn ids_of_any_script() {
        for good in ["search-ads", "åke", "sökannonser", "bærum-2", "ß", "日本"] {
            assert!(is_id(good), "{good}");
        }
        for bad in ["", "Åke", "a_b", "a b", "søk.no"] {
            assert!(!is_id(bad), "{bad}");
        }
        assert_eq!(suggest_id("Søk Annonser"), "søk-annonser");
        assert_eq!(suggest_id("a_b__C"), "a-b-c");
        let error = id_error("persona", "Åke", "content/personas/Åke.md", None);
        assert!(error.notes.iter().any(|n| n == "try `åke`"), "{error:?}");
    }

    #[test]
    fn ascii_ids_for_file_names() {
        use crate::model::ascii_id;
        assert_eq!(ascii_id("search-ads"), "search-ads");
        assert_eq!(ascii_id("åke"), "ake");
        assert_eq!(ascii_id("sökannonser"), "sokannonser");
        assert_eq!(ascii_id("bærum"), "baerum");
        assert_eq!(ascii_id("smørøye"), "smoroye");
    }

    #[test]
    fn closest_finds_typos_only() {
        let known: BTreeSet<String> = ["mette", "jonas"].map(String::from).into();
        assert_eq!(closest("mete", &known), Some("mette"));
        assert_eq!(closest("peter", &known), None);
    }
}

/// Entry points for the fuzz targets in fuzz/: parse one file's text the
/// way a project load would, with the default settings.
#[doc(hidden)]
pub mod fuzzing {
    use super::{Collector, notes, scorecard};
    use crate::model::Scoring;

    /// Parses `text` as the scorecard of the `awareness` stage.
    pub fn scorecard(text: &str) -> usize {
        let mut out = Collector::default();
        let mut refs = Vec::new();
        let scoring = Scoring::default();
        let ctx = scorecard::Context {
            file: "content/scorecards/awareness.toml",
            stage: "awareness",
            scoring: &scoring,
        };
        let parsed = scorecard::parse(text, &ctx, &mut refs, &mut out);
        render(out, "content/scorecards/awareness.toml", text);
        parsed.map_or(0, |touchpoints| touchpoints.len())
    }

    /// Parses `text` as a note at `path` (relative to content/).
    pub fn note(path: &str, text: &str) -> bool {
        let mut out = Collector::default();
        let mut refs = Vec::new();
        let file = format!("content/{path}");
        let ctx = notes::Context {
            path,
            file: &file,
            stage_ids: &["awareness", "decision"],
            stages: &[],
            language: &crate::i18n::Language::english(),
        };
        let parsed = notes::parse(text, &ctx, &mut refs, &mut out).is_some();
        render(out, &file, text);
        parsed
    }

    /// Renders the diagnostics too, so their spans are exercised.
    fn render(mut out: Collector, file: &str, text: &str) {
        out.sources.insert(file, text);
        let _ = crate::diagnostics::render(&out.diagnostics, &out.sources, "");
    }
}
