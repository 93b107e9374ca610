//! Markdown: turns a note's Markdown into safe HTML and the facts found in it.
//!
//! Part of the HTML renderer (the only user), and pure: no IO. [`render`]
//! parses with pulldown-cmark (tables, footnotes, strikethrough, task
//! lists, heading attributes), gives every heading an id for anchors, puts
//! the note's highest heading at `<h2>` (the page owns the only `<h1>`),
//! rewrites relative links between notes (`../personas/mette.md`) to the
//! pages they become, and sanitises the result with ammonia unless the
//! site trusts its authors.
//! It returns the HTML together with the headings and links it found, so
//! later checks read facts instead of re-parsing HTML.

use std::collections::{BTreeMap, BTreeSet};

use crate::render::paths::{SitePage, encode_path, page_href};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Parser, Tag, TagEnd};

/// A heading found in a note.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heading {
    /// The level as written in the Markdown (1 for `#`).
    pub level: u8,
    pub text: String,
    /// The anchor id it got.
    pub id: String,
}

/// A link or image found in a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The destination as written.
    pub written: String,
    /// The destination in the HTML (after rewriting).
    pub href: String,
    /// For a relative link, the content path it points at (`personas/mette.md`).
    pub target: Option<String>,
    pub image: bool,
}

/// A rendered note: its HTML and what was found in it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    pub links: Vec<Link>,
}

/// How to render one piece of Markdown.
pub struct RenderOptions<'a> {
    /// The content path of the note (`stages/awareness.md`); relative links
    /// are resolved from its folder. `None` for text that is not a note
    /// (rule documentation): relative links are then left as they are.
    pub source: Option<&'a str>,
    /// The output page the HTML appears on (`stages/awareness.html`).
    pub page: &'a str,
    /// Content path of a note -> its output page, for rewriting `.md` links.
    pub pages: &'a BTreeMap<String, String>,
    /// `""` for links relative to the page, else a prefix ending in `/`.
    pub base_url: &'a str,
    /// Pass raw HTML through unsanitised.
    pub trusted_html: bool,
    /// A leading `# heading` with this text is left out (the page shows it).
    pub title: Option<&'a str>,
}

/// Renders Markdown to HTML, returning the HTML and its facts.
pub fn render(markdown: &str, options: &RenderOptions) -> Rendered {
    let events: Vec<Event> = Parser::new_ext(markdown, crate::load::markdown_options()).collect();
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut headings = Vec::new();
    let mut links = Vec::new();
    let mut used_ids: BTreeSet<String> = BTreeSet::new();
    let mut seen_block = false;

    let mut index = 0;
    while index < events.len() {
        match &events[index] {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                // Gather the heading's inner events up to its end.
                let end = events[index..]
                    .iter()
                    .position(|event| matches!(event, Event::End(TagEnd::Heading(_))))
                    .map_or(events.len(), |offset| index + offset);
                let inner = &events[index + 1..end.min(events.len())];
                let text = plain_text(inner);
                let level_number = heading_number(*level);
                let is_title = !seen_block
                    && level_number == 1
                    && options
                        .title
                        .is_some_and(|title| title.trim() == text.trim());
                seen_block = true;
                if is_title {
                    index = end + 1;
                    continue;
                }
                let wanted = match id {
                    Some(id) => id.to_string(),
                    None => {
                        let slug = slug::slugify(&text);
                        if slug.is_empty() {
                            "section".to_string()
                        } else {
                            slug
                        }
                    }
                };
                let unique = unique_id(&wanted, &mut used_ids);
                headings.push(Heading {
                    level: level_number,
                    text,
                    id: unique.clone(),
                });
                let demoted = demote(*level);
                out.push(Event::Start(Tag::Heading {
                    level: demoted,
                    id: Some(CowStr::from(unique)),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }));
                for event in inner {
                    push_inline(event.clone(), options, &mut out, &mut links);
                }
                out.push(Event::End(TagEnd::Heading(demoted)));
                index = end + 1;
                continue;
            }
            Event::Start(_) => seen_block = true,
            _ => {}
        }
        push_inline(events[index].clone(), options, &mut out, &mut links);
        index += 1;
    }

    close_heading_gaps(&mut out);
    let out = flatten_deep_nesting(out);
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    if !options.trusted_html {
        html = sanitize(&html);
    }
    Rendered {
        html,
        headings,
        links,
    }
}

/// The deepest nesting of elements a note renders with; deeper lists and
/// quotes are flattened into their parent. Browsers and the sanitiser work
/// in time that grows with the square of the depth, so a note of 100,000
/// nested list items would otherwise take minutes.
pub const MAX_NESTING: usize = 64;

/// Drops the tags of elements nested deeper than [`MAX_NESTING`], keeping
/// their text and the document well formed.
fn flatten_deep_nesting(events: Vec<Event>) -> Vec<Event> {
    let mut kept_stack: Vec<bool> = Vec::new();
    let mut open = 0;
    let mut out = Vec::with_capacity(events.len());
    for event in events {
        match event {
            Event::Start(tag) => {
                let keep = open < MAX_NESTING;
                kept_stack.push(keep);
                if keep {
                    open += 1;
                    out.push(Event::Start(tag));
                }
            }
            Event::End(tag) => {
                if kept_stack.pop().unwrap_or(true) {
                    open = open.saturating_sub(1);
                    out.push(Event::End(tag));
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Moves every heading up by the same amount so the highest one is an
/// `<h2>`: a note that starts at `##` or `###` must not skip a level below
/// the page's `<h1>`.
fn close_heading_gaps(events: &mut [Event]) {
    let highest = events
        .iter()
        .filter_map(|event| match event {
            Event::Start(Tag::Heading { level, .. }) => Some(heading_number(*level)),
            _ => None,
        })
        .min();
    let Some(up) = highest
        .map(|level| level.saturating_sub(2))
        .filter(|up| *up > 0)
    else {
        return;
    };
    let raise = |level: HeadingLevel| {
        HeadingLevel::try_from(usize::from(heading_number(level) - up)).unwrap_or(level)
    };
    for event in events {
        match event {
            Event::Start(Tag::Heading { level, .. }) => *level = raise(*level),
            Event::End(TagEnd::Heading(level)) => *level = raise(*level),
            _ => {}
        }
    }
}

/// Pushes one event, rewriting link and image destinations.
fn push_inline<'e>(
    event: Event<'e>,
    options: &RenderOptions,
    out: &mut Vec<Event<'e>>,
    links: &mut Vec<Link>,
) {
    match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let link = rewrite_link(&dest_url, options, false);
            let href = CowStr::from(link.href.clone());
            links.push(link);
            out.push(Event::Start(Tag::Link {
                link_type,
                dest_url: href,
                title,
                id,
            }));
        }
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let link = rewrite_link(&dest_url, options, true);
            let href = CowStr::from(link.href.clone());
            links.push(link);
            out.push(Event::Start(Tag::Image {
                link_type,
                dest_url: href,
                title,
                id,
            }));
        }
        other => out.push(other),
    }
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// One level down, so a note's `#` becomes an `<h2>` under the page's `<h1>`.
fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H6,
    }
}

fn plain_text(events: &[Event]) -> String {
    let mut text = String::new();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text
}

fn unique_id(wanted: &str, used: &mut BTreeSet<String>) -> String {
    let mut candidate = wanted.to_string();
    let mut n = 1;
    while used.contains(&candidate) {
        candidate = format!("{wanted}-{n}");
        n += 1;
    }
    used.insert(candidate.clone());
    candidate
}

/// Rewrites one link destination written in a note.
///
/// A relative link is resolved from the note's folder to a content path.
/// A `.md` note becomes its page; a scorecard (`scorecards/<stage>.toml`)
/// becomes its stage page; anything else (an image) keeps its content path,
/// where it is published. The result is made relative to the current page,
/// or prefixed with the base URL when one is set.
pub fn rewrite_link(dest: &str, options: &RenderOptions, image: bool) -> Link {
    let unchanged = |target: Option<String>| Link {
        written: dest.to_string(),
        href: dest.to_string(),
        target,
        image,
    };
    let Some(source) = options.source else {
        return unchanged(None);
    };
    // Not relative, or points above content/: leave it alone.
    let Some((target, fragment)) = crate::load::link_target(source, dest) else {
        return unchanged(None);
    };
    let output = if let Some(page) = options.pages.get(&target) {
        page.clone()
    } else if let Some(stage) = target
        .strip_prefix("scorecards/")
        .and_then(|rest| rest.strip_suffix(".toml"))
    {
        SitePage::Stage(stage).path()
    } else {
        target.clone()
    };
    let href = format!(
        "{}{fragment}",
        page_href(
            &encode_path(options.page),
            &encode_path(&output),
            options.base_url
        )
    );
    Link {
        written: dest.to_string(),
        href,
        target: Some(target),
        image,
    }
}

/// Removes scripts, event handlers, `javascript:` URLs, iframes and style
/// attributes; keeps formatting, tables, images, heading ids, footnotes
/// and task-list checkboxes.
fn sanitize(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

/// The sanitiser's rules, built once: ammonia's safe defaults plus the
/// markup pulldown-cmark writes for footnotes, task lists and anchors.
static SANITIZER: std::sync::LazyLock<ammonia::Builder<'static>> = std::sync::LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .add_tags(["input"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tag_attributes("div", ["id"])
        .add_tag_attributes("sup", ["id"])
        .add_tag_attributes("li", ["id"])
        .add_tag_attributes("a", ["id"])
        .add_tag_attributes("img", ["loading"])
        .add_allowed_classes("div", ["footnote-definition"])
        .add_allowed_classes("sup", ["footnote-reference", "footnote-definition-label"])
        .add_allowed_classes("ul", ["contains-task-list"])
        .add_allowed_classes("li", ["task-list-item"])
        .attribute_filter(|element, attribute, value| {
            if element == "input" && attribute == "type" && value != "checkbox" {
                return None;
            }
            Some(value.into())
        });
    for heading in ["h1", "h2", "h3", "h4", "h5", "h6"] {
        builder.add_tag_attributes(heading, ["id"]);
    }
    builder
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::decode_path;

    fn pages() -> BTreeMap<String, String> {
        BTreeMap::from([
            (
                "personas/mette.md".to_string(),
                "personas/mette.html".to_string(),
            ),
            (
                "stages/awareness.md".to_string(),
                "stages/awareness.html".to_string(),
            ),
            (
                "stages/decision/mystery-shopping.md".to_string(),
                "stages/decision/mystery-shopping.html".to_string(),
            ),
            (
                "methodology.md".to_string(),
                "notes/methodology.html".to_string(),
            ),
            ("_index.md".to_string(), "index.html".to_string()),
        ])
    }

    fn options<'a>(
        source: &'a str,
        page: &'a str,
        pages: &'a BTreeMap<String, String>,
    ) -> RenderOptions<'a> {
        RenderOptions {
            source: Some(source),
            page,
            pages,
            base_url: "",
            trusted_html: false,
            title: None,
        }
    }

    #[test]
    fn links_between_notes_become_page_links() {
        let pages = pages();
        let opts = options("stages/awareness.md", "stages/awareness.html", &pages);
        assert_eq!(
            rewrite_link("../personas/mette.md", &opts, false).href,
            "../personas/mette.html"
        );
        assert_eq!(
            rewrite_link("decision/mystery-shopping.md#findings", &opts, false).href,
            "decision/mystery-shopping.html#findings"
        );
        assert_eq!(
            rewrite_link("../methodology.md", &opts, false).href,
            "../notes/methodology.html"
        );
        assert_eq!(
            rewrite_link("../scorecards/decision.toml", &opts, false).href,
            "decision.html"
        );
        let opts = options("methodology.md", "notes/methodology.html", &pages);
        assert_eq!(
            rewrite_link("stages/awareness.md", &opts, false).href,
            "../stages/awareness.html"
        );
        assert_eq!(
            rewrite_link("images/map.png", &opts, true).href,
            "../images/map.png"
        );
        let opts = options("_index.md", "index.html", &pages);
        assert_eq!(
            rewrite_link("personas/mette.md", &opts, false).href,
            "personas/mette.html"
        );
    }

    #[test]
    fn link_paths_are_decoded_for_lookup_and_encoded_in_hrefs() {
        let mut pages = pages();
        pages.insert("Q&A #1.md".to_string(), "notes/Q&A #1.html".to_string());
        pages.insert(
            "stages/decision/Før & efter.md".to_string(),
            "stages/decision/Før & efter.html".to_string(),
        );
        let opts = options("stages/awareness.md", "stages/awareness.html", &pages);
        for written in [
            "../Q%26A%20%231.md",
            "../Q&A%20%231.md",
            "../Q%26a%20%231.md",
        ] {
            let link = rewrite_link(written, &opts, false);
            if written.contains("%26a") {
                // Case matters in file names: no such note.
                assert_eq!(link.target.as_deref(), Some("Q&a #1.md"));
                continue;
            }
            assert_eq!(link.target.as_deref(), Some("Q&A #1.md"), "{written}");
            assert_eq!(link.href, "../notes/Q%26A%20%231.html", "{written}");
        }
        assert_eq!(
            rewrite_link("../Q%26A%20%231.md#answers", &opts, false).href,
            "../notes/Q%26A%20%231.html#answers"
        );
        assert_eq!(
            rewrite_link("decision/F%C3%B8r%20&%20efter.md", &opts, false).href,
            "decision/F%C3%B8r%20%26%20efter.html"
        );
        // Seen from a page whose own name needs encoding.
        let opts = options(
            "stages/decision/Før & efter.md",
            "stages/decision/Før & efter.html",
            &pages,
        );
        assert_eq!(
            rewrite_link("../../Q%26A%20%231.md", &opts, false).href,
            "../../notes/Q%26A%20%231.html"
        );
        // An image with a space keeps working, written either way.
        let opts = options("methodology.md", "notes/methodology.html", &pages);
        assert_eq!(
            rewrite_link("images/my%20map.png", &opts, true).href,
            "../images/my%20map.png"
        );
        assert_eq!(
            rewrite_link("images/my map.png", &opts, true).href,
            "../images/my%20map.png"
        );
    }

    #[test]
    fn percent_encoding_round_trips() {
        for path in [
            "notes/Q&A #1.html",
            "a b/c%d.md",
            "Før/æ?.md",
            "plain/path-1_x.~md",
        ] {
            assert_eq!(decode_path(&encode_path(path)), path);
        }
        assert_eq!(encode_path("notes/Q&A #1.html"), "notes/Q%26A%20%231.html");
        assert_eq!(
            encode_path("stages/a-b_c.~/x.html"),
            "stages/a-b_c.~/x.html"
        );
        // Not a valid escape, or not UTF-8 once decoded: left as written.
        assert_eq!(decode_path("100%.md"), "100%.md");
        assert_eq!(decode_path("%zz%4"), "%zz%4");
        assert_eq!(decode_path("%FF.md"), "%FF.md");
    }

    #[test]
    fn the_highest_heading_becomes_h2_and_levels_are_kept_apart() {
        let pages = pages();
        let opts = options("methodology.md", "notes/methodology.html", &pages);
        let html = render("## Scenario\n\ntext\n\n### Detail\n", &opts).html;
        assert!(html.contains("<h2 id=\"scenario\">"), "{html}");
        assert!(html.contains("<h3 id=\"detail\">"), "{html}");
        let html = render("# Top\n\n## Under\n", &opts).html;
        assert!(
            html.contains("<h2 id=\"top\">") && html.contains("<h3 id=\"under\">"),
            "{html}"
        );
        let html = render("#### Deep\n", &opts).html;
        assert!(html.contains("<h2 id=\"deep\">"), "{html}");
    }

    #[test]
    fn absolute_and_fragment_links_are_left_alone() {
        let pages = pages();
        let opts = options("stages/awareness.md", "stages/awareness.html", &pages);
        for dest in [
            "https://example.com/a.md",
            "mailto:hi@example.com",
            "#top",
            "/abs/path.md",
        ] {
            assert_eq!(rewrite_link(dest, &opts, false).href, dest);
        }
        assert_eq!(
            rewrite_link("../../outside.md", &opts, false).href,
            "../../outside.md"
        );
    }

    #[test]
    fn base_url_prefixes_links() {
        let pages = pages();
        let mut opts = options("stages/awareness.md", "stages/awareness.html", &pages);
        opts.base_url = "https://wiki.example.com/audit/";
        assert_eq!(
            rewrite_link("../personas/mette.md", &opts, false).href,
            "https://wiki.example.com/audit/personas/mette.html"
        );
    }

    #[test]
    fn headings_get_ids_and_are_demoted() {
        let pages = pages();
        let opts = options("methodology.md", "notes/methodology.html", &pages);
        let rendered = render("# Method\n\n## Scores {#scoring}\n\n## Method\n", &opts);
        assert!(rendered.html.contains("<h2 id=\"method\">Method</h2>"));
        assert!(rendered.html.contains("<h3 id=\"scoring\">Scores</h3>"));
        assert!(rendered.html.contains("<h3 id=\"method-1\">Method</h3>"));
        assert_eq!(rendered.headings.len(), 3);
        assert!(!rendered.html.contains("<h1"));
    }

    #[test]
    fn leading_title_heading_is_dropped() {
        let pages = pages();
        let mut opts = options("methodology.md", "notes/methodology.html", &pages);
        opts.title = Some("Method");
        let rendered = render("# Method\n\nText.\n", &opts);
        assert!(!rendered.html.contains("Method</h2>"), "{}", rendered.html);
        assert!(rendered.html.contains("<p>Text.</p>"));
    }

    #[test]
    fn deep_nesting_is_flattened_and_the_text_kept() {
        let pages = pages();
        let opts = options("methodology.md", "notes/methodology.html", &pages);
        let list = format!("{}deepest\n", "- ".repeat(100_000));
        let html = render(&list, &opts).html;
        assert!(html.matches("<ul>").count() <= MAX_NESTING, "not flattened");
        assert_eq!(html.matches("<ul>").count(), html.matches("</ul>").count());
        assert!(html.contains("deepest"));
        let quotes = format!("{}quoted\n", ">".repeat(1_000_000));
        let html = render(&quotes, &opts).html;
        assert!(html.matches("<blockquote>").count() <= MAX_NESTING);
        assert!(html.contains("quoted"));
    }

    #[test]
    fn html_is_sanitised_unless_trusted() {
        let pages = pages();
        let mut opts = options("methodology.md", "notes/methodology.html", &pages);
        let source = "Hi <script>alert(1)</script><a href=\"javascript:alert(1)\" onclick=\"x()\" style=\"color:red\">x</a>\n\n<iframe src=\"https://e.com\"></iframe>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n![map](map.png)\n";
        let html = render(source, &opts).html;
        for bad in ["<script", "onclick", "javascript:", "<iframe", "style="] {
            assert!(!html.contains(bad), "{bad} left in {html}");
        }
        assert!(html.contains("<table>"));
        assert!(html.contains("type=\"checkbox\""));
        assert!(html.contains("<img src=\"../map.png\""));
        opts.trusted_html = true;
        assert!(render(source, &opts).html.contains("<script>"));
    }
}
