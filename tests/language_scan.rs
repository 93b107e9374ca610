//! Every page and chart of a Danish, Swedish and Norwegian build speaks its
//! language, and a language added from a project file reaches every page.
//!
//! The scan builds a copy of the demo in the language, walks every `.html`
//! page and `.svg` chart of the output, and takes the text a reader sees or
//! hears: element text, `alt`, `title` and `aria-label`, without scripts,
//! styles and code (`<code>`, `<pre>`: syntax, not prose). The consultant's
//! own words are left out: the demo's are English, and the report shows
//! them as written. They are every string of its TOML files and front
//! matter, and its Markdown as text. File names (`report.json`) are names.
//! What is left must hold no word of `tests/lexicon/english.txt` (common
//! English words and the report's vocabulary) except the language's own
//! words listed in `tests/lexicon/allow-<code>.txt`. Every element's `lang`
//! is the page's, except ids marked `lang="en"`, which hold nothing but an
//! id.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use common::{Project, copy_dir, repo_root};

/// A run of text a reader meets, with the language it is marked as.
#[derive(Debug)]
struct Fragment {
    text: String,
    lang: String,
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];
/// Elements whose text is one run (a paragraph, a cell, a chart label).
const BLOCK: &[&str] = &[
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "dt",
    "dd",
    "div",
    "section",
    "header",
    "footer",
    "nav",
    "main",
    "article",
    "aside",
    "ul",
    "ol",
    "dl",
    "table",
    "thead",
    "tbody",
    "tr",
    "caption",
    "figure",
    "figcaption",
    "summary",
    "details",
    "blockquote",
    "title",
    "desc",
    "text",
    "body",
    "html",
    "svg",
    "g",
    "label",
    "button",
    "option",
    "br",
];
/// Attributes a reader meets (shown as tooltips, read by screen readers).
const SPOKEN_ATTRIBUTES: &[&str] = &["alt", "title", "aria-label"];

struct Open {
    name: String,
    lang: String,
    silent: bool,
    /// Its text is a run of its own (a block, or marked with `lang`).
    boundary: bool,
}

/// The visible and spoken text of an HTML page or SVG chart, in runs.
fn fragments(markup: &str) -> Vec<Fragment> {
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut run = String::new();
    let mut rest = markup;
    let lang_of = |stack: &[Open]| {
        stack
            .last()
            .map_or_else(String::new, |open| open.lang.clone())
    };
    let flush = |run: &mut String, lang: String, out: &mut Vec<Fragment>| {
        let text = normalize(run);
        if !text.is_empty() {
            out.push(Fragment { text, lang });
        }
        run.clear();
    };
    while let Some(start) = rest.find('<') {
        let silent = stack.last().is_some_and(|open| open.silent);
        if !silent {
            run.push_str(&decode(&rest[..start]));
        }
        rest = &rest[start..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        if let Some(after) = rest.strip_prefix("<![CDATA[") {
            rest = after.find("]]>").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let end = tag_end(rest);
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') || tag.starts_with('?') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if let Some(position) = stack.iter().rposition(|open| open.name == name) {
                if stack[position..].iter().any(|open| open.boundary) {
                    flush(&mut run, lang_of(&stack), &mut out);
                }
                stack.truncate(position);
            }
            continue;
        }
        let (name, attributes) = parse_tag(tag);
        let self_closing = tag.trim_end().ends_with('/') || VOID.contains(&name.as_str());
        let lang = attributes
            .get("lang")
            .or_else(|| attributes.get("xml:lang"))
            .cloned()
            .unwrap_or_else(|| lang_of(&stack));
        let silent = silent || matches!(name.as_str(), "script" | "style" | "code" | "pre");
        let boundary = BLOCK.contains(&name.as_str()) || silent || attributes.contains_key("lang");
        if boundary {
            flush(&mut run, lang_of(&stack), &mut out);
        }
        for attribute in SPOKEN_ATTRIBUTES {
            if let Some(value) = attributes.get(*attribute) {
                let text = normalize(value);
                if !text.is_empty() {
                    out.push(Fragment {
                        text,
                        lang: lang.clone(),
                    });
                }
            }
        }
        if self_closing {
            continue;
        }
        if matches!(name.as_str(), "script" | "style") {
            // Raw text: skip to its end tag, whatever `<` it holds.
            let close = format!("</{name}");
            rest = rest
                .to_ascii_lowercase()
                .find(&close)
                .map_or("", |at| &rest[at..]);
        }
        stack.push(Open {
            name,
            lang,
            silent,
            boundary,
        });
    }
    flush(&mut run, lang_of(&stack), &mut out);
    out
}

/// Where the tag that starts `text` ends, minding quoted attribute values.
fn tag_end(text: &str) -> usize {
    let mut quote = None;
    for (index, c) in text.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return index,
            _ => {}
        }
    }
    text.len() - 1
}

fn parse_tag(tag: &str) -> (String, BTreeMap<String, String>) {
    let tag = tag.trim().trim_end_matches('/');
    let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
    let name = tag[..name_end].to_ascii_lowercase();
    let mut attributes = BTreeMap::new();
    let mut rest = &tag[name_end..];
    loop {
        rest = rest.trim_start();
        let key_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        if key_end == 0 {
            break;
        }
        let key = rest[..key_end].to_ascii_lowercase();
        rest = rest[key_end..].trim_start();
        let Some(after) = rest.strip_prefix('=') else {
            attributes.insert(key, String::new());
            continue;
        };
        let after = after.trim_start();
        let (value, remaining) = match after.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let body = &after[1..];
                let close = body.find(q).unwrap_or(body.len());
                (&body[..close], body.get(close + 1..).unwrap_or(""))
            }
            _ => {
                let close = after.find(char::is_whitespace).unwrap_or(after.len());
                (&after[..close], &after[close..])
            }
        };
        attributes.insert(key, decode(value));
        rest = remaining;
    }
    (name, attributes)
}

fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let Some(end) = rest.find(';').filter(|end| *end <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|n| n.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words of a lexicon file: whitespace-separated, `#` starts a comment.
fn lexicon(name: &str) -> BTreeSet<String> {
    let path = repo_root().join("tests").join("lexicon").join(name);
    let text = fs::read_to_string(&path).unwrap_or_else(|_| panic!("{}", path.display()));
    text.lines()
        .map(|line| line.split('#').next().unwrap_or(""))
        .flat_map(str::split_whitespace)
        .map(str::to_lowercase)
        .collect()
}

/// The consultant's own words in a project: every string of its TOML
/// (site.toml, scorecards, front matter), longest first, and all its
/// Markdown as plain text with the syntax taken out, whole and by line.
struct ConsultantText {
    strings: Vec<String>,
    prose: String,
    lines: BTreeSet<String>,
}

/// Where the report joins the consultant's words with its own.
const SEPARATORS: [char; 6] = ['·', '|', ';', '(', ')', ':'];

impl ConsultantText {
    fn of(root: &Path) -> ConsultantText {
        let mut strings = BTreeSet::new();
        let mut prose = String::new();
        let mut lines = BTreeSet::new();
        let mut tomls = vec![fs::read_to_string(root.join("site.toml")).expect("site.toml")];
        for entry in walkdir::WalkDir::new(root.join("content")) {
            let entry = entry.expect("walk content/");
            let path = entry.path();
            let Ok(text) = fs::read_to_string(path) else {
                continue;
            };
            match path.extension().and_then(|e| e.to_str()) {
                Some("toml") => tomls.push(text),
                Some("md") => {
                    let body = match text.strip_prefix("+++") {
                        Some(front) => {
                            let end = front.find("\n+++").unwrap_or(front.len());
                            tomls.push(front[..end].to_string());
                            front.get(end + 4..).unwrap_or("").to_string()
                        }
                        None => text,
                    };
                    let plain = plain_markdown(&body);
                    // Lines, and the cells of tables.
                    lines.extend(
                        plain
                            .lines()
                            .flat_map(|line| line.split('|'))
                            .map(normalize)
                            .filter(|cell| !cell.is_empty()),
                    );
                    prose.push_str(&normalize(&plain));
                    prose.push('\n');
                }
                _ => {}
            }
        }
        for text in tomls {
            let value: toml::Value = toml::from_str(&text).expect("the demo's TOML parses");
            collect_strings(&value, &mut strings);
        }
        let mut strings: Vec<String> = strings
            .into_iter()
            .map(|s| normalize(&s))
            .filter(|s| s.chars().count() >= 3)
            .collect();
        strings.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
        ConsultantText {
            strings,
            prose,
            lines,
        }
    }

    /// Whether `text` is the consultant's: a line of their Markdown, a
    /// stretch of it, or a piece of one of their strings (a chart wraps
    /// and cuts long names).
    fn wrote(&self, text: &str) -> bool {
        let text = text.trim_end_matches('…').trim();
        let length = text.chars().count();
        length > 0
            && (self.lines.contains(text)
                || (length >= 12 && self.prose.contains(text))
                || self.strings.iter().any(|string| {
                    string.contains(text)
                        && (length >= 8 || string.starts_with(text) || string.ends_with(text))
                }))
    }

    /// The fragment without the consultant's words, and without a word
    /// cut short with `…`.
    fn without(&self, text: &str) -> String {
        if self.wrote(text) {
            return String::new();
        }
        // Whole names and sentences first, then the pieces between the
        // report's separators, then single-word strings (ids, names) as
        // whole words.
        let (phrases, words): (Vec<&String>, Vec<&String>) =
            self.strings.iter().partition(|s| s.contains(' '));
        let mut text = text.to_string();
        for phrase in phrases {
            if text.contains(phrase.as_str()) {
                text = text.replace(phrase.as_str(), " ");
            }
        }
        let parts: Vec<String> = text
            .split(SEPARATORS)
            .map(|p| p.trim().to_string())
            .collect();
        for part in parts {
            if self.wrote(&part) {
                text = text.replacen(&part, " ", 1);
            }
        }
        text.split_whitespace()
            .filter(|word| !word.ends_with('…'))
            .filter(|word| {
                let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
                !words.iter().any(|string| string.as_str() == bare)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn collect_strings(value: &toml::Value, out: &mut BTreeSet<String>) {
    match value {
        toml::Value::String(s) => {
            out.insert(s.clone());
        }
        toml::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
        toml::Value::Table(table) => table.values().for_each(|v| collect_strings(v, out)),
        _ => {}
    }
}

/// Markdown as the text a reader sees: links as their text, no emphasis
/// marks, heading hashes or list bullets.
fn plain_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // `[text](target)` becomes `text`.
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find("](") {
            Some(close) if !after[..close].contains('\n') => {
                out.push_str(&after[..close]);
                let target = &after[close + 2..];
                rest = target.find(')').map_or("", |end| &target[end + 1..]);
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.lines()
        .map(|line| {
            line.trim_start()
                .trim_start_matches(['#', '>', '-', '*', '+'])
                .trim_start()
        })
        .collect::<Vec<_>>()
        .join("\n")
        .replace(['*', '_', '`'], "")
}

/// Words of `text` in the English lexicon (file names left out).
fn english_words<'a>(text: &'a str, english: &BTreeSet<String>) -> Vec<&'a str> {
    text.split_whitespace()
        .filter(|token| !is_file_name(token))
        .flat_map(|token| token.split(|c: char| !c.is_alphabetic() && c != '\''))
        .flat_map(|word| word.split('\''))
        .filter(|word| !word.is_empty() && english.contains(&word.to_lowercase()))
        .collect()
}

fn is_file_name(token: &str) -> bool {
    let token = token.trim_matches(|c: char| !c.is_alphanumeric());
    token.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && ["json", "csv", "md", "svg", "png", "html", "toml"].contains(&ext)
    })
}

/// An id: lower-case letters, digits, `-`, `@`, `/`, `~`, nothing else.
fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.chars().all(|c| {
            c.is_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '@' | '/' | '~' | '_')
        })
}

/// The demo, copied with its recorded previous cycle (so the pages and
/// charts that compare cycles are built too), with `language = "<code>"`.
fn demo_in(code: &str) -> Project {
    let project = Project::demo();
    copy_dir(&repo_root().join("history"), &project.root.join("history"));
    project.set_language(code);
    project
}

/// Every page and chart of the build, by path under public/ (the
/// consultant's own files under assets/ left out).
fn output_files(project: &Project) -> BTreeMap<String, String> {
    let public = project.path("public");
    walkdir::WalkDir::new(&public)
        .into_iter()
        .map(|entry| entry.expect("walk public/"))
        .filter(|entry| {
            entry
                .path()
                .extension()
                .is_some_and(|e| e == "html" || e == "svg")
        })
        .map(|entry| {
            let path = entry.path();
            let relative = path
                .strip_prefix(&public)
                .expect("under public/")
                .to_string_lossy()
                .replace('\\', "/");
            (relative, fs::read_to_string(path).expect("a page"))
        })
        .filter(|(relative, _)| !relative.starts_with("assets/"))
        .collect()
}

/// What is wrong with a build's language, one line per problem, with the
/// pages and charts where it appears.
fn language_problems(project: &Project, code: &str, english: &BTreeSet<String>) -> Vec<String> {
    let consultant = ConsultantText::of(&project.root);
    let files = output_files(project);
    assert!(
        files.len() > 40,
        "{code}: the build has its pages and charts"
    );
    assert!(
        files.contains_key("since.html"),
        "{code}: the comparison with the previous cycle is built"
    );
    let mut problems: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, markup) in &files {
        if path.ends_with(".html") {
            let opening = markup.find("<html").map_or("", |at| &markup[at + 1..]);
            let (_, attributes) = parse_tag(&opening[..opening.find('>').unwrap_or(0)]);
            assert_eq!(
                attributes.get("lang").map(String::as_str),
                Some(code),
                "{code}: {path} is marked in its language"
            );
        }
        for fragment in fragments(markup) {
            // A chart on its own takes the page's language from its file.
            let lang = if fragment.lang.is_empty() && path.ends_with(".svg") {
                code.to_string()
            } else {
                fragment.lang.clone()
            };
            if lang != code {
                if !(lang == "en" && is_id(&fragment.text)) {
                    problems
                        .entry(format!(
                            "lang=\"{lang}\" on text that is not an id: {}",
                            fragment.text
                        ))
                        .or_default()
                        .insert(path.clone());
                }
                continue;
            }
            let text = consultant.without(&fragment.text);
            let words = english_words(&text, english);
            if !words.is_empty() {
                problems
                    .entry(format!("{words:?} in “{}”", fragment.text))
                    .or_default()
                    .insert(path.clone());
            }
        }
    }
    problems
        .into_iter()
        .map(|(problem, paths)| {
            let shown: Vec<&String> = paths.iter().take(3).collect();
            format!("{problem}   [{} file(s): {shown:?}]", paths.len())
        })
        .collect()
}

#[test]
fn the_danish_swedish_and_norwegian_builds_have_no_english_word_on_any_page_or_chart() {
    let english = lexicon("english.txt");
    assert!(english.len() > 300, "a curated list of a few hundred words");
    let mut report = Vec::new();
    for code in ["da", "sv", "nb"] {
        let allowed = lexicon(&format!("allow-{code}.txt"));
        let words: BTreeSet<String> = english.difference(&allowed).cloned().collect();
        let project = demo_in(code);
        project.run(&["build"]).assert_code(0);
        report.extend(
            language_problems(&project, code, &words)
                .into_iter()
                .map(|problem| format!("{code}: {problem}")),
        );
    }
    assert!(report.is_empty(), "\n{}", report.join("\n"));
}

#[test]
fn the_scan_finds_an_english_word_and_a_wrong_lang() {
    // The scan itself: a leak in an attribute, in a chart label and under
    // a wrong `lang` is found; code, scripts, ids marked English and file
    // names are not prose.
    let page = r#"<html lang="da"><head><title>Fund</title><style>p { color: red }</style></head>
        <body><p>Fasen har <a href="x.html">ingen</a> kontaktpunkter</p>
        <img alt="Stage scores"><p>Hent <a href="r.json">report.json</a></p>
        <pre><code>[[touchpoint]]</code></pre><code lang="en">empty-stage</code>
        <p lang="en">Every stage</p><script>let stage = 1;</script>
        <svg><text x="1">Score 64,0</text><text>Below pass line</text></svg></body></html>"#;
    let english = lexicon("english.txt");
    let leaks: Vec<String> = fragments(page)
        .into_iter()
        .filter_map(|fragment| {
            if fragment.lang != "da" {
                return (!is_id(&fragment.text)).then(|| format!("lang: {}", fragment.text));
            }
            let words = english_words(&fragment.text, &english);
            (!words.is_empty()).then(|| words.join(" "))
        })
        .collect();
    assert_eq!(
        leaks,
        [
            "Stage scores",
            "lang: Every stage",
            "Score",
            "Below pass line"
        ]
    );
}

/// The English catalogue with every vowel of its text accented (`Findings`
/// as `Fíndíngs`): a language no built-in catalogue has, in which no word
/// of the English lexicon survives. Placeables, selectors and string
/// literals stay as they are.
fn pseudo_catalogue() -> String {
    use fluent_syntax::ast;
    fn accent(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                'a' => 'á',
                'e' => 'é',
                'i' => 'í',
                'o' => 'ó',
                'u' => 'ú',
                'y' => 'ý',
                'A' => 'Á',
                'E' => 'É',
                'I' => 'Í',
                'O' => 'Ó',
                'U' => 'Ú',
                'Y' => 'Ý',
                other => other,
            })
            .collect()
    }
    fn accent_pattern(pattern: &mut ast::Pattern<String>) {
        for element in &mut pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => *value = accent(value),
                ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { variants, .. },
                } => variants
                    .iter_mut()
                    .for_each(|variant| accent_pattern(&mut variant.value)),
                ast::PatternElement::Placeable { .. } => {}
            }
        }
    }
    let english = fs::read_to_string(repo_root().join("locales").join("en.ftl")).expect("en.ftl");
    let mut resource = fluent_syntax::parser::parse(english).expect("en.ftl parses");
    for entry in &mut resource.body {
        if let ast::Entry::Message(message) = entry
            && let Some(value) = &mut message.value
        {
            accent_pattern(value);
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

#[test]
fn a_language_added_from_a_project_file_shows_on_every_page_and_chart() {
    let project = demo_in("de");
    project.write("locales/de.ftl", pseudo_catalogue());
    let run = project.run(&["build"]);
    run.assert_code(0);
    assert!(
        !run.stderr.contains("shown in English"),
        "the project's catalogue has every message: {}",
        run.stderr
    );
    // No English word is left where the catalogue has the message.
    let problems = language_problems(&project, "de", &lexicon("english.txt"));
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    // And every page and chart speaks it.
    for (path, markup) in output_files(&project) {
        assert!(
            fragments(&markup)
                .iter()
                .any(|fragment| fragment.text.contains(['á', 'é', 'í', 'ó', 'ú'])),
            "{path} shows nothing from the project's catalogue"
        );
    }
}
