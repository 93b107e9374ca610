//! The whole report as one document: every page of the site as a section
//! of one HTML file, after a cover and a contents list.
//!
//! It is the print page (`print.html`: A4 or Letter, a page break per
//! stage, charts never cut, data tables open) and, with its style sheets,
//! charts and images inline, the single file for an e-mail or a wiki
//! attachment ([`inline`]). Sections are the `<main>` of the rendered
//! pages, so the document shows exactly what the site shows: ids take
//! their page's key as a prefix, links between pages become in-page
//! anchors. The rule book, the filtered findings pages and the agency's
//! audit-quality page stay out; links to them (and to the data files)
//! point into the site, or become plain text in the single file.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{Theme, view::LinkView};
use crate::diagnostics::Diagnostic;
use crate::model::Site;
use crate::render::OutputFile;
use crate::render::paths::SitePage;

/// One page of the site as a section of the document.
#[derive(Serialize)]
struct Section {
    id: String,
    /// The body class of the page (`page-stages`), for the theme's styles.
    class: String,
    /// Top-level pages start a new sheet of paper; pages under them follow.
    part: bool,
    title: String,
    html: String,
}

#[derive(Serialize)]
struct ContentsEntry {
    link: LinkView,
    children: Vec<LinkView>,
}

/// A rendered page: its path, key and HTML.
struct Source<'a> {
    path: &'a str,
    key: String,
    html: &'a str,
}

/// The pages the document leaves out: the rule book, and the findings
/// filtered by severity or area (`findings.html` has them all).
fn left_out(path: &str) -> bool {
    path.starts_with("rules/") || path.starts_with("findings/")
}

/// A page's key, the prefix of its ids: `stages/awareness.html` ->
/// `stages-awareness`, `personas/index.html` -> `personas`.
fn key(path: &str) -> String {
    let stem = path.strip_suffix(".html").unwrap_or(path);
    let stem = stem.strip_suffix("/index").unwrap_or(stem);
    if stem == "index" {
        "overview".to_string()
    } else {
        stem.replace('/', "-")
    }
}

/// The page a sub-page belongs under (`stages/decision/x.html` under
/// `stages/decision.html`, `personas/mette.html` under
/// `personas/index.html`), when the site has it.
fn parent<'a>(path: &str, pages: &BTreeSet<&'a str>) -> Option<&'a str> {
    let (dir, _) = path.rsplit_once('/')?;
    [format!("{dir}.html"), format!("{dir}/index.html")]
        .into_iter()
        .find_map(|candidate| pages.get(candidate.as_str()).copied())
        .filter(|found| *found != path)
}

/// The print page, from the rendered pages of the site (in site order).
pub fn render(
    theme: &Theme,
    common: &tera::Context,
    site: &Site,
    pages: &[OutputFile],
) -> Result<OutputFile, Box<Diagnostic>> {
    let sources: Vec<Source> = pages
        .iter()
        .filter(|file| file.path.ends_with(".html") && !left_out(&file.path))
        .filter_map(|file| {
            Some(Source {
                path: &file.path,
                key: key(&file.path),
                html: std::str::from_utf8(&file.bytes).ok()?,
            })
        })
        .collect();
    let paths: BTreeSet<&str> = sources.iter().map(|source| source.path).collect();
    // Pages under another follow it; the rest keep the site's order.
    let mut children: BTreeMap<&str, Vec<&Source>> = BTreeMap::new();
    let mut top = Vec::new();
    for source in &sources {
        match parent(source.path, &paths) {
            Some(parent) => children.entry(parent).or_default().push(source),
            None => top.push(source),
        }
    }
    let ordered: Vec<(&Source, bool)> = top
        .iter()
        .flat_map(|source| {
            std::iter::once((*source, true)).chain(
                children
                    .get(source.path)
                    .into_iter()
                    .flatten()
                    .map(|child| (*child, false)),
            )
        })
        .collect();

    let ids: BTreeMap<&str, BTreeSet<String>> = sources
        .iter()
        .map(|source| (source.path, ids_of(main_of(source.html))))
        .collect();
    let keys: BTreeMap<&str, &str> = sources
        .iter()
        .map(|source| (source.path, source.key.as_str()))
        .collect();
    let links = Links {
        base_url: &site.base_url,
        keys: &keys,
        ids: &ids,
    };
    let sections: Vec<Section> = ordered
        .iter()
        .map(|(source, part)| {
            let main = main_of(source.html);
            Section {
                id: source.key.clone(),
                class: body_class(source.html),
                part: *part,
                title: heading_text(main),
                html: links.rewrite(source, main),
            }
        })
        .collect();
    let contents = contents(&sections);

    let mut context = common.clone();
    context.insert("root", "");
    context.insert("section", "print");
    context.insert("page_title", &site.title);
    context.insert("paper", site.publish.paper.css());
    // The audit's date, never the build's: the same input prints the same.
    let cover_date = site
        .date
        .as_deref()
        .map(|date| crate::i18n::date(&site.language, date));
    context.insert("cover_date", &cover_date);
    context.insert("sections", &sections);
    context.insert("contents", &contents);
    let html = theme.render("book.html", &context)?;
    Ok(OutputFile::new(SitePage::Print.path(), html))
}

fn contents(sections: &[Section]) -> Vec<ContentsEntry> {
    let mut entries: Vec<ContentsEntry> = Vec::new();
    for section in sections {
        let link = LinkView {
            label: section.title.clone(),
            href: format!("#{}", section.id),
        };
        match entries.last_mut() {
            Some(entry) if !section.part => entry.children.push(link),
            _ => entries.push(ContentsEntry {
                link,
                children: Vec::new(),
            }),
        }
    }
    entries
}

/// The inside of a page's `<main>` element.
pub(crate) fn main_of(html: &str) -> &str {
    let start = html
        .find("<main")
        .and_then(|at| html[at..].find('>').map(|end| at + end + 1));
    let end = html.rfind("</main>");
    match (start, end) {
        (Some(start), Some(end)) if start <= end => &html[start..end],
        _ => "",
    }
}

fn body_class(html: &str) -> String {
    html.find("<body")
        .and_then(|at| {
            let tag = &html[at..at + html[at..].find('>')?];
            attributes(tag)
                .into_iter()
                .find(|(name, _)| *name == "class")
                .map(|(_, value)| value.to_string())
        })
        .unwrap_or_default()
}

/// The text of the page's `<h1>`, tags dropped.
pub(crate) fn heading_text(html: &str) -> String {
    let Some(at) = html.find("<h1") else {
        return String::new();
    };
    let rest = &html[at..];
    let inner = rest
        .find('>')
        .map(|open| &rest[open + 1..rest.find("</h1>").unwrap_or(rest.len())])
        .unwrap_or_default();
    let mut text = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    // The text is still escaped HTML; the template escapes it again, so
    // undo the entities the renderers write.
    unescape(
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .as_str(),
    )
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
}

/// Every `id` a fragment of HTML defines.
fn ids_of(html: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for_each_tag(html, |tag| {
        for (name, value) in attributes(tag) {
            if name == "id" {
                ids.insert(value.to_string());
            }
        }
    });
    ids
}

/// Calls `visit` with every tag (`<name ...>`, without the brackets'
/// content outside) of a fragment.
fn for_each_tag(html: &str, mut visit: impl FnMut(&str)) {
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        visit(&rest[open..open + close + 1]);
        rest = &rest[open + close + 1..];
    }
}

/// The `name="value"` attributes of one tag, in order. The renderers
/// write every attribute value in double quotes, with `"` escaped.
pub(crate) fn attributes(tag: &str) -> Vec<(&str, &str)> {
    let mut found = Vec::new();
    let mut rest = tag;
    while let Some(at) = rest.find("=\"") {
        let before = &rest[..at];
        let name_start = before
            .rfind(|c: char| c.is_whitespace())
            .map_or(0, |space| space + 1);
        let value_start = at + 2;
        let Some(length) = rest[value_start..].find('"') else {
            break;
        };
        found.push((
            &before[name_start..],
            &rest[value_start..value_start + length],
        ));
        rest = &rest[value_start + length + 1..];
    }
    found
}

/// Rewrites the values of some attributes of every tag of a fragment;
/// `change` gets the tag, the attribute name and value, and returns the
/// new value (or `None` to keep it). Text between tags is kept as is.
pub(crate) fn rewrite_attributes(
    html: &str,
    mut change: impl FnMut(&str, &str, &str) -> Option<String>,
) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        out.push_str(&rest[..open]);
        let tag = &rest[open..open + close + 1];
        let mut written = 0;
        let mut new_tag = String::with_capacity(tag.len());
        let mut scan = 0;
        while let Some(at) = tag[scan..].find("=\"") {
            let at = scan + at;
            let name_start = tag[..at]
                .rfind(|c: char| c.is_whitespace())
                .map_or(0, |space| space + 1);
            let value_start = at + 2;
            let Some(length) = tag[value_start..].find('"') else {
                break;
            };
            let value_end = value_start + length;
            let name = &tag[name_start..at];
            if let Some(value) = change(tag, name, &tag[value_start..value_end]) {
                new_tag.push_str(&tag[written..value_start]);
                new_tag.push_str(&value);
                written = value_end;
            }
            scan = value_end + 1;
        }
        new_tag.push_str(&tag[written..]);
        out.push_str(&new_tag);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// Where a relative link of a page points: the site path and fragment.
pub(crate) fn resolve(page: &str, href: &str, base_url: &str) -> Option<(String, String)> {
    let (path, fragment) = href.split_once('#').unwrap_or((href, ""));
    let from_root = !base_url.is_empty() && path.starts_with(base_url);
    if path.is_empty()
        || (!from_root && (path.contains(':') || path.starts_with('/') || path.starts_with("//")))
    {
        return None;
    }
    let mut parts: Vec<&str> = Vec::new();
    let relative = if from_root {
        &path[base_url.len()..]
    } else {
        if let Some((dir, _)) = page.rsplit_once('/') {
            parts.extend(dir.split('/'));
        }
        path
    };
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some((parts.join("/"), fragment.to_string()))
}

/// Turns a page's links into links of the document.
struct Links<'a> {
    base_url: &'a str,
    keys: &'a BTreeMap<&'a str, &'a str>,
    ids: &'a BTreeMap<&'a str, BTreeSet<String>>,
}

impl Links<'_> {
    fn rewrite(&self, page: &Source, html: &str) -> String {
        let own = &self.ids[page.path];
        let prefixed = |id: &str| format!("{}--{id}", page.key);
        let html = rewrite_attributes(html, |tag, name, value| match name {
            "id" => Some(prefixed(value)),
            "for" | "aria-labelledby" | "aria-describedby" | "aria-controls" | "headers" => Some(
                value
                    .split_whitespace()
                    .map(|id| {
                        if own.contains(id) {
                            prefixed(id)
                        } else {
                            id.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            "href" | "xlink:href" if value.starts_with('#') => {
                let id = &value[1..];
                own.contains(id).then(|| format!("#{}", prefixed(id)))
            }
            "href" | "src" if tag.starts_with("<a") || tag.starts_with("<img") => {
                let (target, fragment) = resolve(page.path, value, self.base_url)?;
                Some(match self.keys.get(target.as_str()) {
                    Some(key) if self.ids[target.as_str()].contains(&fragment) => {
                        format!("#{key}--{fragment}")
                    }
                    Some(key) => format!("#{key}"),
                    None => {
                        let fragment = if fragment.is_empty() {
                            String::new()
                        } else {
                            format!("#{fragment}")
                        };
                        format!("{}{target}{fragment}", self.base_url)
                    }
                })
            }
            _ if value.contains("url(#") => Some(local_urls(value, own, &prefixed)),
            _ => None,
        });
        open_details(&demote_headings(&html))
    }
}

/// Every `<details>` open, so its content is on paper.
fn open_details(html: &str) -> String {
    let mut parts = html.split("<details");
    let mut out = parts.next().unwrap_or_default().to_string();
    for part in parts {
        let tag_end = part.find('>').unwrap_or(part.len());
        let open = attributes(&part[..tag_end])
            .iter()
            .any(|(name, _)| *name == "open")
            || part[..tag_end]
                .split_whitespace()
                .any(|word| word == "open");
        out.push_str(if open { "<details" } else { "<details open" });
        out.push_str(part);
    }
    out
}

/// Headings one level down, so the document has one `<h1>`, its title.
fn demote_headings(html: &str) -> String {
    let mut out = html.to_string();
    for level in (1..=5).rev() {
        out = out
            .replace(&format!("<h{level}"), &format!("<h{}", level + 1))
            .replace(&format!("</h{level}>"), &format!("</h{}>", level + 1));
    }
    out
}

/// `url(#id)` references of an attribute value, prefixed when the id is the page's.
fn local_urls(value: &str, own: &BTreeSet<String>, prefixed: &impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find("url(#") {
        out.push_str(&rest[..at + 5]);
        rest = &rest[at + 5..];
        let end = rest.find(')').unwrap_or(rest.len());
        let id = &rest[..end];
        if own.contains(id) {
            out.push_str(&prefixed(id));
        } else {
            out.push_str(id);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The print page made self-contained: its style sheets inline, images
/// as `data:` URLs, links into the rest of the site turned into text.
/// `file` gives the bytes of a file of the site (a style sheet, a chart,
/// an image from content/) by its path.
pub fn inline(print: &str, file: &dyn Fn(&str) -> Option<Vec<u8>>) -> String {
    let mut out = String::with_capacity(print.len());
    let mut rest = print;
    let mut unwrapped = 0usize;
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        out.push_str(&rest[..open]);
        let tag = &rest[open..open + close + 1];
        rest = &rest[open + close + 1..];
        let attrs = attributes(tag);
        let value = |wanted: &str| {
            attrs
                .iter()
                .find(|(name, _)| *name == wanted)
                .map(|(_, value)| *value)
        };
        if tag.starts_with("<link") {
            if let Some(css) = value("href")
                .filter(|_| value("rel") == Some("stylesheet"))
                .and_then(|href| file(&unescape(href)))
            {
                out.push_str("<style>\n");
                out.push_str(&String::from_utf8_lossy(&css).replace("</style", "<\\/style"));
                out.push_str("</style>");
            }
            continue;
        }
        if tag.starts_with("<a ") && value("href").is_some_and(|href| !stays(href)) {
            unwrapped += 1;
            out.push_str("<span>");
            continue;
        }
        if tag == "</a>" && unwrapped > 0 {
            unwrapped -= 1;
            out.push_str("</span>");
            continue;
        }
        out.push_str(&rewrite_attributes(tag, |_, name, value| {
            if name != "src" || value.starts_with("data:") {
                return None;
            }
            let bytes = file(&unescape(value));
            Some(bytes.map_or_else(String::new, |bytes| data_url(value, &bytes)))
        }));
    }
    out.push_str(rest);
    out
}

/// Whether a link of the document still works in a file on its own: an
/// in-page anchor, or a web or mail address.
fn stays(href: &str) -> bool {
    href.starts_with('#')
        || href.starts_with("http://")
        || href.starts_with("https://")
        || href.starts_with("mailto:")
}

fn data_url(path: &str, bytes: &[u8]) -> String {
    let extension = path
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let mime = match extension.as_str() {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        _ => "application/octet-stream",
    };
    use base64::Engine as _;
    let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
    format!("data:{mime};base64,{encoded}")
}
