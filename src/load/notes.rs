//! Parses one Markdown note: its `+++` front matter, checked against the
//! keys its kind allows, and its body. Personas are notes too, and yield
//! their [`Persona`] record here.

use serde::Deserialize;
use toml::Spanned;

use super::frontmatter::{self, Unterminated};
use super::{Collector, Ref, Target, id_error, is_id, name_too_long, toml_diagnostic};
use crate::diagnostics::Diagnostic;
use crate::i18n::Language;
use crate::model::{Note, NoteKind, Persona, ResearchMeta, ResearchMethod, Stage};

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: Option<Spanned<String>>,
    kind: Option<Spanned<NoteKind>>,
    stage: Option<Spanned<String>>,
    persona: Option<Spanned<String>>,
    touchpoints: Option<Vec<Spanned<String>>>,
    date: Option<Spanned<toml::Value>>,
    weight: Option<i64>,
    // Persona notes.
    name: Option<Spanned<String>>,
    segment: Option<Spanned<String>>,
    share: Option<Spanned<f64>>,
    goals: Option<Spanned<Vec<String>>>,
    frustrations: Option<Spanned<Vec<String>>>,
    // Research notes.
    method: Option<Spanned<ResearchMethod>>,
    participants: Option<Spanned<u64>>,
}

/// The most `participants` one research note may count.
pub const MAX_PARTICIPANTS: u64 = 100_000;

/// The longest note `title` or persona `name`, in characters.
pub const MAX_NAME_CHARS: usize = 300;

pub struct Context<'a> {
    /// Path relative to content/.
    pub path: &'a str,
    /// Project-relative path, for diagnostics.
    pub file: &'a str,
    pub stage_ids: &'a [&'a str],
    /// The model's stages, to name a stage's untitled `_index.md`.
    pub stages: &'a [Stage],
    /// The report language, to name untitled `_index.md` notes by role.
    pub language: &'a Language,
}

/// The generated page a note at `path` would overwrite, if any: the lists
/// of research notes and of personas are `research/index.html` and
/// `personas/index.html`, where `research/index.md` and `personas/index.md`
/// would land. The name is compared without case, as file systems that
/// ignore case would.
fn reserved_page(path: &str) -> Option<(&'static str, &'static str)> {
    let (folder, name) = path.split_once('/')?;
    if !name.eq_ignore_ascii_case("index.md") {
        return None;
    }
    match folder {
        "research" => Some(("research/index.html", "the research list")),
        "personas" => Some(("personas/index.html", "the persona list")),
        _ => None,
    }
}

/// An error when `text` (a title or name) is longer than [`MAX_NAME_CHARS`].
pub(crate) fn check_length(
    key: &str,
    text: &str,
    file: &str,
    span: Option<std::ops::Range<usize>>,
    out: &mut Collector,
) {
    let length = text.chars().count();
    if length > MAX_NAME_CHARS {
        out.push(
            Diagnostic::error(
                file,
                span,
                format!("`{key}` is {length} characters; the longest allowed is {MAX_NAME_CHARS}"),
            )
            .with_label("too long")
            .with_note("keep it short: it is shown in headings, lists and charts"),
        );
    }
}

/// Where a note's kind comes from: its place under content/.
fn inferred_kind(path: &str) -> (NoteKind, Option<&str>) {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["_index.md"] => (NoteKind::Summary, None),
        ["personas", file] => (NoteKind::Persona, file.strip_suffix(".md")),
        ["research", ..] => (NoteKind::Research, None),
        ["stages", file] => (NoteKind::Stage, file.strip_suffix(".md")),
        ["stages", folder, ..] => (NoteKind::Stage, Some(folder)),
        _ => (NoteKind::Note, None),
    }
}

pub fn parse(
    text: &str,
    ctx: &Context,
    refs: &mut Vec<Ref>,
    out: &mut Collector,
) -> Option<(Note, Option<Persona>)> {
    let file = ctx.file;
    if let Some((page, list)) = reserved_page(ctx.path) {
        let name = ctx.path.rsplit('/').next().unwrap_or(ctx.path);
        let stem = name.strip_suffix(".md").unwrap_or(name);
        out.push(
            Diagnostic::error(
                file,
                None,
                format!("`{stem}` is reserved for {list}; rename the file"),
            )
            .with_note(format!(
                "this note's page would be {page}, which Trailmark writes for {list}"
            )),
        );
        return None;
    }
    let split = match frontmatter::split(text) {
        Ok(split) => split,
        Err(Unterminated(span)) => {
            out.push(
                Diagnostic::error(file, Some(span), "front matter is not closed")
                    .with_label("opened here")
                    .with_note("end the front matter with a line holding only `+++`"),
            );
            return None;
        }
    };
    let front: FrontMatter = match toml::from_str(split.front) {
        Ok(front) => front,
        Err(error) => {
            out.push(toml_diagnostic(file, &error, split.front_offset));
            return None;
        }
    };
    let at = |span: std::ops::Range<usize>| {
        Some(span.start + split.front_offset..span.end + split.front_offset)
    };
    let errors_before = out.error_count();

    let (place_kind, place_id) = inferred_kind(ctx.path);
    // The page's name: the file's, with a stage's or persona's id in ASCII.
    let name = ctx.path.rsplit('/').next().unwrap_or(ctx.path);
    let stem = name.strip_suffix(".md").unwrap_or(name);
    let spelled = match place_id {
        Some(id) if id == stem => crate::model::ascii_id(stem),
        _ => stem.to_string(),
    };
    if let Some(too_long) = name_too_long("the file name", &spelled, ("", ".html"), file, None) {
        out.push(too_long.with_note("each note is a page named like its file, ending in .html"));
    }
    let kind = match &front.kind {
        None => place_kind,
        Some(kind) => {
            let declared = *kind.get_ref();
            let allowed = declared == place_kind
                || (place_kind == NoteKind::Note
                    && matches!(
                        declared,
                        NoteKind::Stage | NoteKind::Research | NoteKind::Note
                    ));
            if !allowed {
                out.push(
                    Diagnostic::error(
                        file,
                        at(kind.span()),
                        format!(
                            "`kind = \"{}\"` does not fit where this note lives ({} notes)",
                            declared.as_str(),
                            place_kind.as_str()
                        ),
                    )
                    .with_note(
                        "the summary is content/_index.md, personas live in content/personas/, \
                         research in content/research/, stage notes in content/stages/",
                    ),
                );
            }
            declared
        }
    };

    // Keys that only some kinds of note may have.
    let persona_keys = [
        ("name", front.name.as_ref().map(Spanned::span)),
        ("segment", front.segment.as_ref().map(Spanned::span)),
        ("share", front.share.as_ref().map(Spanned::span)),
        ("goals", front.goals.as_ref().map(Spanned::span)),
        (
            "frustrations",
            front.frustrations.as_ref().map(Spanned::span),
        ),
    ];
    let research_keys = [
        ("method", front.method.as_ref().map(Spanned::span)),
        (
            "participants",
            front.participants.as_ref().map(Spanned::span),
        ),
    ];
    for (keys, owner) in [
        (&persona_keys[..], NoteKind::Persona),
        (&research_keys[..], NoteKind::Research),
    ] {
        if kind == owner {
            continue;
        }
        for (key, span) in keys {
            if let Some(span) = span {
                out.push(Diagnostic::error(
                    file,
                    at(span.clone()),
                    format!(
                        "`{key}` is a key of {} notes, not of {} notes",
                        owner.as_str(),
                        kind.as_str()
                    ),
                ));
            }
        }
    }

    let stage = match (kind, place_id, &front.stage) {
        (NoteKind::Stage, Some(id), declared) => {
            if let Some(declared) = declared
                && declared.get_ref() != id
            {
                out.push(
                    Diagnostic::error(
                        file,
                        at(declared.span()),
                        format!(
                            "`stage = \"{}\"` disagrees with the note's place",
                            declared.get_ref()
                        ),
                    )
                    .with_note(format!(
                        "notes under content/stages/{id} belong to the `{id}` stage"
                    )),
                );
            }
            if !ctx.stage_ids.contains(&id) {
                out.push(
                    Diagnostic::error(file, None, format!("stage note for unknown stage `{id}`"))
                        .with_note(format!("the stages are: {}", ctx.stage_ids.join(", "))),
                );
            }
            Some(id.to_string())
        }
        (NoteKind::Stage, None, None) => {
            out.push(Diagnostic::error(
                file,
                at(front.kind.as_ref().map_or(0..0, Spanned::span)),
                "a stage note outside content/stages/ needs a `stage` key",
            ));
            None
        }
        (_, _, declared) => declared.as_ref().map(|stage| {
            refs.push(reference(Target::Stage, stage, file, split.front_offset));
            stage.get_ref().clone()
        }),
    };

    let persona = front.persona.as_ref().map(|persona| {
        refs.push(reference(
            Target::Persona,
            persona,
            file,
            split.front_offset,
        ));
        persona.get_ref().clone()
    });
    let touchpoints = front
        .touchpoints
        .iter()
        .flatten()
        .map(|tp| {
            refs.push(reference(Target::Touchpoint, tp, file, split.front_offset));
            tp.get_ref().clone()
        })
        .collect();
    let date = front
        .date
        .as_ref()
        .and_then(|date| date_at(date, file, split.front_offset, out));

    if let Some(title) = &front.title {
        check_length("title", title.get_ref(), file, at(title.span()), out);
    }
    if let Some(participants) = &front.participants
        && *participants.get_ref() > MAX_PARTICIPANTS
    {
        out.push(
            Diagnostic::error(
                file,
                at(participants.span()),
                format!("participants must be at most {MAX_PARTICIPANTS}"),
            )
            .with_label(format!(
                "{} is more than one note can count",
                participants.get_ref()
            )),
        );
    }

    let research = (kind == NoteKind::Research).then(|| ResearchMeta {
        method: front
            .method
            .as_ref()
            .map_or_else(ResearchMethod::default, |m| *m.get_ref()),
        participants: front.participants.as_ref().map_or(1, |p| *p.get_ref()),
    });

    let persona_record = if kind == NoteKind::Persona {
        let id = place_id.unwrap_or_default();
        if !is_id(id) {
            out.push(
                id_error("persona", id, file, None)
                    .with_note("a persona's id is its file name: content/personas/<id>.md"),
            );
        }
        if let Some(share) = &front.share
            && !(share.get_ref().is_finite() && (0.0..=100.0).contains(share.get_ref()))
        {
            out.push(
                Diagnostic::error(
                    file,
                    at(share.span()),
                    format!("share {} is out of range", share.get_ref()),
                )
                .with_label("a percentage from 0 to 100"),
            );
        }
        if let Some(name) = &front.name {
            check_length("name", name.get_ref(), file, at(name.span()), out);
        }
        match &front.name {
            None => {
                out.push(
                    Diagnostic::error(file, Some(0..0), "a persona needs a `name`")
                        .with_note("add name = \"...\" to the front matter"),
                );
                None
            }
            Some(name) => Some(Persona {
                id: id.to_string(),
                name: name.get_ref().clone(),
                segment: front.segment.as_ref().map(|s| s.get_ref().clone()),
                share: front.share.as_ref().map(|s| *s.get_ref()),
                goals: front
                    .goals
                    .as_ref()
                    .map(|g| g.get_ref().clone())
                    .unwrap_or_default(),
                frustrations: front
                    .frustrations
                    .as_ref()
                    .map(|f| f.get_ref().clone())
                    .unwrap_or_default(),
                note: ctx.path.to_string(),
            }),
        }
    } else {
        None
    };

    if out.error_count() > errors_before {
        return None;
    }
    let title = front
        .title
        .as_ref()
        .map(|title| title.get_ref().clone())
        .filter(|title| !title.trim().is_empty())
        .or_else(|| persona_record.as_ref().map(|p| p.name.clone()))
        .or_else(|| first_heading(split.body))
        .unwrap_or_else(|| untitled(ctx, kind, stage.as_deref()));
    let note = Note {
        path: ctx.path.to_string(),
        kind,
        title,
        stage,
        persona,
        touchpoints,
        date,
        weight: front.weight.unwrap_or(0),
        body: split.body.to_string(),
        research,
    };
    Some((note, persona_record))
}

fn reference(target: Target, id: &Spanned<String>, file: &str, offset: usize) -> Ref {
    let span = id.span();
    Ref {
        target,
        id: id.get_ref().clone(),
        file: file.to_string(),
        span: span.start + offset..span.end + offset,
    }
}

/// Reads a date written as a TOML date or a `"YYYY-MM-DD"` string.
pub fn date(value: &Spanned<toml::Value>, file: &str, out: &mut Collector) -> Option<String> {
    date_at(value, file, 0, out)
}

fn date_at(
    value: &Spanned<toml::Value>,
    file: &str,
    offset: usize,
    out: &mut Collector,
) -> Option<String> {
    let text = match value.get_ref() {
        toml::Value::Datetime(datetime) if datetime.time.is_none() && datetime.offset.is_none() => {
            datetime
                .date
                .map(|date| format!("{:04}-{:02}-{:02}", date.year, date.month, date.day))
        }
        toml::Value::String(text) if is_date(text) => Some(text.clone()),
        _ => None,
    };
    if text.is_none() {
        let span = value.span();
        out.push(
            Diagnostic::error(
                file,
                Some(span.start + offset..span.end + offset),
                "expected a date",
            )
            .with_label("write it as 2026-09-11 or \"2026-09-11\""),
        );
    }
    text
}

/// Whether `text` is a real calendar date in the form YYYY-MM-DD.
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let number = |range: std::ops::Range<usize>| {
        text.get(range)
            .filter(|part| part.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|part| part.parse::<u32>().ok())
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// The text of the first `# ` heading of a Markdown body.
fn first_heading(body: &str) -> Option<String> {
    body.lines()
        .find_map(|line| line.strip_prefix("# "))
        .map(|heading| heading.trim().trim_end_matches('#').trim().to_string())
        .filter(|heading| !heading.is_empty())
}

/// The title of a note that gives none: its file stem, except for an
/// `_index.md`, which is named by its role (the summary, its stage, the
/// research or the notes) rather than shown as `_index`.
fn untitled(ctx: &Context, kind: NoteKind, stage: Option<&str>) -> String {
    let stem = file_stem(ctx.path);
    if stem != "_index" {
        return stem;
    }
    let stage_name = stage.and_then(|id| ctx.stages.iter().find(|s| s.id == id));
    match (kind, stage_name) {
        (NoteKind::Summary, _) => ctx.language.text("executive_summary"),
        (_, Some(stage)) => stage.name.clone(),
        (NoteKind::Research, _) => ctx.language.text("research"),
        _ => ctx.language.text("notes"),
    }
}

fn file_stem(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".md").unwrap_or(name).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_follow_the_folders() {
        assert_eq!(inferred_kind("_index.md"), (NoteKind::Summary, None));
        assert_eq!(
            inferred_kind("personas/mette.md"),
            (NoteKind::Persona, Some("mette"))
        );
        assert_eq!(inferred_kind("research/2026/a.md").0, NoteKind::Research);
        assert_eq!(
            inferred_kind("stages/decision.md"),
            (NoteKind::Stage, Some("decision"))
        );
        assert_eq!(
            inferred_kind("stages/decision/visit.md"),
            (NoteKind::Stage, Some("decision"))
        );
        assert_eq!(inferred_kind("methodology.md"), (NoteKind::Note, None));
        assert_eq!(inferred_kind("personas/extra/x.md").0, NoteKind::Note);
    }

    #[test]
    fn only_the_pages_of_the_lists_are_reserved() {
        assert_eq!(
            reserved_page("research/index.md").map(|(page, _)| page),
            Some("research/index.html")
        );
        assert_eq!(
            reserved_page("personas/index.md").map(|(page, _)| page),
            Some("personas/index.html")
        );
        assert!(reserved_page("research/Index.md").is_some());
        for free in [
            "index.md",
            "research/index-2026.md",
            "research/2026/index.md",
            "personas/extra/index.md",
            "stages/index.md",
            "stages/awareness/index.md",
            "notes/index.md",
            "Research/index.md",
        ] {
            assert_eq!(reserved_page(free), None, "{free}");
        }
    }

    #[test]
    fn an_untitled_index_note_is_named_by_its_role_in_the_report_language() {
        let danish = Language::built_in("da").expect("built in");
        let stages = [Stage {
            id: "decision".into(),
            name: "Beslutning".into(),
            funnel: crate::model::Funnel::Bottom,
        }];
        let title_of = |path: &str| {
            let file = format!("content/{path}");
            let ctx = Context {
                path,
                file: &file,
                stage_ids: &["decision"],
                stages: &stages,
                language: &danish,
            };
            let mut out = Collector::default();
            let parsed = parse("Some text.\n", &ctx, &mut Vec::new(), &mut out);
            parsed.map(|(note, _)| note.title)
        };
        assert_eq!(title_of("_index.md").as_deref(), Some("Ledelsesresumé"));
        assert_eq!(
            title_of("stages/decision/_index.md").as_deref(),
            Some("Beslutning")
        );
        assert_eq!(title_of("guides/_index.md").as_deref(), Some("Noter"));
        assert_eq!(title_of("guides/pricing.md").as_deref(), Some("pricing"));
    }

    #[test]
    fn reserved_names_and_long_titles_are_errors() {
        let parse_at = |path: &str, text: &str| {
            let mut out = Collector::default();
            let mut refs = Vec::new();
            let file = format!("content/{path}");
            let ctx = Context {
                path,
                file: &file,
                stage_ids: &["awareness"],
                stages: &[],
                language: &Language::english(),
            };
            let parsed = parse(text, &ctx, &mut refs, &mut out).is_some();
            let messages: Vec<String> = out.diagnostics.iter().map(|d| d.message.clone()).collect();
            (parsed, messages)
        };
        let (parsed, messages) = parse_at("research/index.md", "Notes.\n");
        assert!(!parsed);
        assert_eq!(
            messages,
            ["`index` is reserved for the research list; rename the file"]
        );
        let (parsed, _) = parse_at("personas/index.md", "+++\nname = \"Index\"\n+++\n");
        assert!(!parsed);

        let title = "x".repeat(MAX_NAME_CHARS);
        let (parsed, _) = parse_at("a.md", &format!("+++\ntitle = \"{title}\"\n+++\n"));
        assert!(parsed);
        let (parsed, messages) = parse_at("a.md", &format!("+++\ntitle = \"{title}é\"\n+++\n"));
        assert!(!parsed);
        assert_eq!(
            messages,
            ["`title` is 301 characters; the longest allowed is 300"]
        );
        let (parsed, messages) = parse_at(
            "personas/mette.md",
            &format!("+++\nname = \"{title}{title}\"\n+++\n"),
        );
        assert!(!parsed);
        assert_eq!(
            messages,
            ["`name` is 600 characters; the longest allowed is 300"]
        );
    }

    #[test]
    fn dates() {
        assert!(is_date("2026-09-11"));
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2026-02-29"));
        assert!(!is_date("2026-13-01"));
        assert!(!is_date("2026-9-11"));
        assert!(!is_date("26-09-11xx"));
        assert!(!is_date("2026-0a-11"));
    }

    #[test]
    fn headings() {
        assert_eq!(
            first_heading("text\n# Hello #\nmore"),
            Some("Hello".to_string())
        );
        assert_eq!(first_heading("## Sub"), None);
    }
}
