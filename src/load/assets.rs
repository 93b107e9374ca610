//! Files under content/ that are neither notes nor scorecards: images,
//! PDFs and the like, published beside the report. Files a browser would
//! run are never published as they are: SVG images are rebuilt from an
//! allow-list of elements and attributes (no scripts, event handlers,
//! `foreignObject` or references to other hosts), and HTML and other
//! markup that can carry scripts is refused.

use std::path::PathBuf;

use super::{Collector, read_bytes};
use crate::diagnostics::Diagnostic;

/// One file to publish, by its path relative to content/.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    pub path: String,
    pub source: AssetSource,
}

/// Where an asset's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssetSource {
    /// Copied as it is from this file.
    File(PathBuf),
    /// Rebuilt by load (a sanitised SVG image).
    Sanitised(Vec<u8>),
}

/// File name endings of markup a browser runs scripts in, refused.
const ACTIVE: &[&str] = &[
    ".html", ".htm", ".xhtml", ".xht", ".shtml", ".xml", ".xsl", ".xslt", ".svgz", ".mht", ".mhtml",
];

/// Turns the file at `relative` (under content/) into an asset, or reports
/// why it cannot be published.
pub fn asset(root: &std::path::Path, relative: &str, out: &mut Collector) -> Option<Asset> {
    let file = format!("content/{relative}");
    let lower = relative.to_lowercase();
    if let Some(ending) = ACTIVE.iter().find(|ending| lower.ends_with(*ending)) {
        out.push(
            Diagnostic::error(
                &file,
                None,
                format!("`{ending}` files are not published: a browser would run scripts in them"),
            )
            .with_note(
                "write the page as a Markdown note (.md), or keep the file outside content/",
            ),
        );
        return None;
    }
    if lower.ends_with(".svg") {
        let bytes = read_bytes(root, &file, out)?;
        return sanitise_svg(&bytes, &file, out).map(|clean| Asset {
            path: relative.to_string(),
            source: AssetSource::Sanitised(clean),
        });
    }
    Some(Asset {
        path: relative.to_string(),
        source: AssetSource::File(root.join("content").join(relative)),
    })
}

/// The SVG image with everything active removed; an image that does not
/// parse is an error at its line.
fn sanitise_svg(bytes: &[u8], file: &str, out: &mut Collector) -> Option<Vec<u8>> {
    let mut clean = Vec::new();
    match svg_hush::Filter::new().filter(bytes, &mut clean) {
        Ok(()) => Some(clean),
        Err(error) => {
            let mut diagnostic = Diagnostic::error(file, None, "not a valid SVG image")
                .with_note("SVG images are published sanitised, so they must parse as SVG");
            if let svg_hush::FError::Reader(reader) = &error {
                use xml::common::Position;
                let position = reader.position();
                diagnostic.message = format!("not a valid SVG image: {}", reader.msg());
                if let Ok(text) = std::str::from_utf8(bytes) {
                    let offset = offset_of(text, position.row, position.column);
                    out.sources.insert(file, text);
                    diagnostic.span = Some(offset..offset);
                }
            } else {
                diagnostic.message = format!("not a valid SVG image: {error}");
            }
            out.push(diagnostic);
            None
        }
    }
}

/// Byte offset of a 0-based row and column (in characters).
fn offset_of(text: &str, row: u64, column: u64) -> usize {
    let mut lines = text.split_inclusive('\n');
    let before: usize = lines
        .by_ref()
        .take(usize::try_from(row).unwrap_or(usize::MAX))
        .map(str::len)
        .sum();
    let line = text[before.min(text.len())..].lines().next().unwrap_or("");
    let within = line
        .char_indices()
        .nth(usize::try_from(column).unwrap_or(usize::MAX))
        .map_or(line.len(), |(at, _)| at);
    (before + within).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(svg: &str) -> Result<String, Vec<Diagnostic>> {
        let mut out = Collector::default();
        sanitise_svg(svg.as_bytes(), "content/a.svg", &mut out)
            .map(|bytes| String::from_utf8(bytes).expect("UTF-8"))
            .ok_or(out.diagnostics)
    }

    #[test]
    fn active_parts_of_an_svg_are_removed_and_the_drawing_kept() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)" viewBox="0 0 10 10">
  <script>alert(2)</script>
  <rect width="5" height="5" fill="red" onclick="alert(3)"/>
  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><script>alert(4)</script></div></foreignObject>
  <a href="javascript:alert(5)"><circle r="2"/></a>
  <image href="https://tracker.example.com/pixel.png"/>
  <use xlink:href="https://evil.example.com/sprite.svg#x"/>
</svg>"#;
        let cleaned = clean(svg).expect("sanitises");
        for active in [
            "script",
            "onload",
            "onclick",
            "foreignObject",
            "javascript:",
            "example.com",
            "alert",
        ] {
            assert!(!cleaned.contains(active), "{active} left in {cleaned}");
        }
        assert!(cleaned.contains("<rect"), "{cleaned}");
        assert!(cleaned.contains("<circle"), "{cleaned}");
    }

    #[test]
    fn an_svg_that_does_not_parse_is_an_error_at_its_line() {
        let diagnostics =
            clean("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect></svg>").expect_err("fails");
        assert_eq!(diagnostics[0].file, "content/a.svg");
        assert!(diagnostics[0].message.starts_with("not a valid SVG image"));
        assert!(
            diagnostics[0]
                .span
                .as_ref()
                .is_some_and(|span| span.start > 0)
        );
    }

    #[test]
    fn offsets_count_rows_and_characters() {
        assert_eq!(offset_of("ab\ncæd", 1, 2), 6);
        assert_eq!(offset_of("ab", 5, 5), 2);
    }
}
