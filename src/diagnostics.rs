//! Compiler-style diagnostics for problems in a project's input.
//!
//! Loading collects every problem it finds as a [`Diagnostic`] (file, byte
//! span, message) instead of stopping at the first; [`Sources`] keeps the
//! text of each file read so that [`render`] can show the offending line
//! with its line and column, as a compiler does. No IO here: rendering
//! returns a string.

use std::collections::BTreeMap;
use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config, termcolor};

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Help,
    Note,
    Warning,
    Error,
}

/// One problem, located in a file of the project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub level: Level,
    /// A label shown in brackets after the level, such as a rule id.
    pub code: Option<String>,
    /// Path relative to the project folder, with `/` separators.
    pub file: String,
    /// Byte range in the file; `None` when the problem is the file itself.
    pub span: Option<Range<usize>>,
    pub message: String,
    /// Text under the marked span.
    pub label: String,
    /// Extra lines, each shown as `= help: ...` or `= note: ...`.
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// An error in `file` at `span`.
    pub fn error(
        file: impl Into<String>,
        span: Option<Range<usize>>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            level: Level::Error,
            code: None,
            file: file.into(),
            span,
            message: message.into(),
            label: String::new(),
            notes: Vec::new(),
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.level == Level::Error
    }

    /// 1-based line and column of the span's start, when it has one in a
    /// file that was read.
    pub fn position(&self, sources: &Sources) -> Option<(usize, usize)> {
        let span = self.span.as_ref()?;
        sources.line_column(&self.file, span.start)
    }
}

/// The text of every file that was read, by project-relative path.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    texts: BTreeMap<String, String>,
}

impl Sources {
    pub fn insert(&mut self, path: impl Into<String>, text: impl Into<String>) {
        self.texts.insert(path.into(), text.into());
    }

    pub fn get(&self, path: &str) -> Option<&str> {
        self.texts.get(path).map(String::as_str)
    }

    /// 1-based line and column of a byte offset in a file.
    pub fn line_column(&self, path: &str, offset: usize) -> Option<(usize, usize)> {
        let text = self.get(path)?;
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = text[line_start..offset].chars().count() + 1;
        Some((line, column))
    }
}

/// Where every line of a text starts, found once, so the line of an
/// offset is a binary search instead of a count from the start of the file.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        LineIndex { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|start| *start <= offset)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Renders diagnostics as plain text, in the given order.
///
/// `prefix` is put before every file name (the project folder as the user
/// named it), so that the names can be opened from where the command ran.
pub fn render(diagnostics: &[Diagnostic], sources: &Sources, prefix: &str) -> String {
    render_styled(diagnostics, sources, prefix, false)
}

/// Renders diagnostics as [`render`] does, with ANSI colours when `color`
/// is set. Text from the input is made [`printable`] before the colours
/// are added, so only Trailmark's own escape sequences reach the terminal.
pub fn render_styled(
    diagnostics: &[Diagnostic],
    sources: &Sources,
    prefix: &str,
    color: bool,
) -> String {
    let mut files = SimpleFiles::new();
    let mut ids = BTreeMap::new();
    let mut out = Vec::new();
    let config = Config::default();
    for diagnostic in diagnostics {
        let name = printable_line(&format!("{prefix}{}", diagnostic.file));
        let report = match (&diagnostic.span, sources.get(&diagnostic.file)) {
            (Some(span), Some(text)) => {
                let (id, shown) = ids.entry(diagnostic.file.clone()).or_insert_with(|| {
                    let shown = Printable::new(text);
                    (files.add(name.clone(), shown.text.clone()), shown)
                });
                let span = shown.span(clamp_span(text, span.clone()));
                to_report(diagnostic).with_labels(vec![
                    Label::primary(*id, span).with_message(printable_line(&diagnostic.label)),
                ])
            }
            _ => {
                let mut report = to_report(diagnostic);
                report.message = format!("{name}: {}", report.message);
                report
            }
        };
        let emitted = if color {
            let mut buffer = termcolor::Buffer::ansi();
            term::emit_to_write_style(&mut buffer, &config, &files, &report)
                .map(|()| buffer.into_inner())
        } else {
            let mut buffer = Vec::new();
            term::emit_to_io_write(&mut buffer, &config, &files, &report).map(|()| buffer)
        };
        match emitted {
            Ok(bytes) => out.extend(bytes),
            Err(_) => out.extend(
                format!(
                    "{}: {name}: {}\n",
                    level_name(diagnostic.level),
                    printable_line(&diagnostic.message)
                )
                .into_bytes(),
            ),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A file's text made [`printable`], with the byte offsets of the original
/// mapped onto it so spans still mark the same characters.
struct Printable {
    text: String,
    /// Original offsets of escaped characters, with the bytes added so far.
    shifts: Vec<(usize, usize)>,
}

impl Printable {
    fn new(original: &str) -> Printable {
        let mut text = String::with_capacity(original.len());
        let mut shifts = Vec::new();
        let mut added = 0;
        for (at, c) in original.char_indices() {
            if is_unprintable(c) {
                let escaped: String = c.escape_unicode().collect();
                added += escaped.len() - c.len_utf8();
                text.push_str(&escaped);
                shifts.push((at, added));
            } else {
                text.push(c);
            }
        }
        Printable { text, shifts }
    }

    fn offset(&self, original: usize) -> usize {
        // Bytes added by escapes strictly before `original`.
        let before = self.shifts.partition_point(|&(at, _)| at < original);
        let added = before.checked_sub(1).map_or(0, |i| self.shifts[i].1);
        original + added
    }

    fn span(&self, span: Range<usize>) -> Range<usize> {
        self.offset(span.start)..self.offset(span.end)
    }
}

/// Characters that act on the terminal or hide what is printed: control
/// characters (but newlines and tabs), the bidirectional controls that
/// reorder text, and invisible zero-width characters.
fn is_unprintable(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{00ad}'
                | '\u{061c}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// Text safe to print on a terminal: control characters from the input
/// (such as the escape that starts a colour or cursor sequence), text
/// direction overrides and zero-width characters are shown as `\u{1b}`,
/// `\u{202e}` and so on instead of acting on the terminal or hiding.
/// Newlines and tabs stay; see [`printable_line`] for one line of text.
pub fn printable(text: &str) -> String {
    escape(text, is_unprintable)
}

/// [`printable`] for text that must stay on one line (a file name, a
/// message): line breaks are shown as `\u{a}` too, so a name cannot start
/// a line that looks like one of Trailmark's.
pub fn printable_line(text: &str) -> String {
    escape(text, |c| is_unprintable(c) || c == '\n')
}

fn escape(text: &str, unprintable: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if unprintable(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

fn to_report(diagnostic: &Diagnostic) -> Report<usize> {
    let report = match diagnostic.level {
        Level::Error => Report::error(),
        Level::Warning => Report::warning(),
        Level::Note => Report::note(),
        Level::Help => Report::help(),
    };
    let report = report
        .with_message(printable_line(&diagnostic.message))
        .with_notes(
            diagnostic
                .notes
                .iter()
                .map(|note| printable(note))
                .collect(),
        );
    match &diagnostic.code {
        Some(code) => report.with_code(printable_line(code)),
        None => report,
    }
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Note => "note",
        Level::Help => "help",
    }
}

/// Keeps a span inside the text and on character boundaries, and at least
/// one character wide where the text allows, so the marker is visible.
fn clamp_span(text: &str, span: Range<usize>) -> Range<usize> {
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let mut end = floor_char_boundary(text, span.end.min(text.len())).max(start);
    if end == start {
        end = text[start..]
            .char_indices()
            .nth(1)
            .map_or(text.len(), |(i, _)| start + i);
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_file_line_column_and_the_line() {
        let mut sources = Sources::default();
        sources.insert("site.toml", "title = 1\nclient = \"x\"\n");
        let diagnostic =
            Diagnostic::error("site.toml", Some(8..9), "expected a string").with_label("here");
        let text = render(&[diagnostic], &sources, "demo/");
        assert!(text.contains("error: expected a string"), "{text}");
        assert!(text.contains("demo/site.toml:1:9"), "{text}");
        assert!(text.contains("title = 1"), "{text}");
    }

    #[test]
    fn a_file_without_source_is_named_in_the_message() {
        let diagnostic = Diagnostic::error("content/a.md", None, "is not UTF-8");
        let text = render(&[diagnostic], &Sources::default(), "");
        assert!(text.contains("content/a.md: is not UTF-8"), "{text}");
    }

    #[test]
    fn control_characters_from_the_input_cannot_drive_the_terminal() {
        let mut sources = Sources::default();
        sources.insert("a.toml", "name = \"\u{1b}[2J\u{1b}]0;owned\u{7}\"\n");
        let diagnostic = Diagnostic::error("a.toml", Some(7..20), "bad \u{1b}[31mred");
        let text = render(&[diagnostic], &sources, "");
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{text:?}"
        );
        assert!(text.contains("\\u{1b}[2J"), "{text}");
    }

    #[test]
    fn colours_come_only_from_trailmark_and_spans_survive_escaping() {
        let mut sources = Sources::default();
        sources.insert("a.toml", "a = 1\nname = \"\u{1b}[2J\" xyz\n");
        let diagnostic =
            Diagnostic::error("a.toml", Some(20..23), "expected a string").with_label("this");
        let text = render_styled(std::slice::from_ref(&diagnostic), &sources, "", true);
        assert!(text.contains("\u{1b}["), "coloured: {text:?}");
        assert!(!text.contains("\u{1b}[2J"), "{text:?}");
        assert!(text.contains("\\u{1b}[2J"), "{text:?}");
        let plain = render(&[diagnostic], &sources, "");
        assert!(!plain.contains('\u{1b}'), "{plain:?}");
        let lines: Vec<&str> = plain.lines().collect();
        let shown = lines
            .iter()
            .position(|l| l.ends_with("xyz"))
            .expect("the line");
        let marker = lines[shown + 1];
        assert_eq!(
            marker.find('^').map(|at| &lines[shown][at..at + 3]),
            Some("xyz"),
            "{plain}"
        );
    }

    #[test]
    fn the_line_index_agrees_with_counting() {
        let text = "a\nbb\n\nccc\n";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() {
            assert_eq!(
                index.line(offset),
                text[..offset].matches('\n').count() + 1,
                "offset {offset}"
            );
        }
    }

    #[test]
    fn direction_overrides_zero_width_and_newlines_cannot_spoof_a_message() {
        let mut sources = Sources::default();
        sources.insert("a.toml", "id = \"ab\u{202e}cd\u{200b}\"\n");
        let diagnostic = Diagnostic::error(
            "content/x\nerror[forged]: all is well.md",
            None,
            "bad id `a\u{2066}b\u{feff}`\nerror: forged",
        );
        let text = render(&[diagnostic], &sources, "");
        assert_eq!(
            text.lines().filter(|l| !l.trim().is_empty()).count(),
            1,
            "{text}"
        );
        assert!(
            !text.lines().any(|line| line.starts_with("error[forged]")),
            "{text}"
        );
        for hidden in ['\u{2066}', '\u{feff}'] {
            assert!(!text.contains(hidden), "{text:?}");
        }
        assert!(
            text.contains("\\u{2066}") && text.contains("\\u{a}"),
            "{text}"
        );

        let shown = Diagnostic::error("a.toml", Some(6..16), "bad id");
        let text = render(&[shown], &sources, "");
        assert!(
            !text.contains('\u{202e}') && !text.contains('\u{200b}'),
            "{text:?}"
        );
        assert!(text.contains("\\u{202e}"), "{text}");
        assert_eq!(printable("two\nlines"), "two\nlines");
        assert_eq!(printable_line("two\nlines"), "two\\u{a}lines");
    }

    #[test]
    fn line_column_counts_characters() {
        let mut sources = Sources::default();
        sources.insert("a", "æø\nxå y");
        assert_eq!(sources.line_column("a", 0), Some((1, 1)));
        assert_eq!(sources.line_column("a", 4), Some((1, 3)));
        assert_eq!(sources.line_column("a", 8), Some((2, 3)));
    }

    #[test]
    fn empty_span_at_end_of_text_does_not_panic() {
        assert_eq!(clamp_span("ab", 5..5), 2..2);
        assert_eq!(clamp_span("aé", 2..2), 1..3);
    }
}
