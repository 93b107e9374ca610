//! The drawing surface of every chart: shapes drawn by plotters' SVG
//! backend, text, patterns and tooltips written here, assembled into one
//! standalone, accessible SVG document.
//!
//! Plotters draws the geometry (rectangles, lines, circles) into strings;
//! everything plotters cannot express (a `<title>` and `<desc>`, pattern
//! fills, dashed lines, halos behind labels, tooltips) is written as
//! escaped SVG by hand, in the drawing order of the calls. Coordinates are
//! whole pixels, so the same data always gives the same bytes.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use plotters::prelude::*;

/// The width every chart is drawn at (it scales down through its viewBox).
pub const WIDTH: i32 = 880;

/// The font stack written on every chart.
const FONT: &str = "system-ui, sans-serif";

/// A colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }

    fn plot(self) -> RGBColor {
        RGBColor(self.0, self.1, self.2)
    }
}

// The Okabe–Ito palette: distinguishable with every common colour-vision
// deficiency; patterns and labels carry the meaning in grey print.
pub const BLUE: Rgb = Rgb(0, 114, 178);
pub const ORANGE: Rgb = Rgb(230, 159, 0);
pub const GREEN: Rgb = Rgb(0, 158, 115);
pub const SKY: Rgb = Rgb(86, 180, 233);
pub const VERMILLION: Rgb = Rgb(213, 94, 0);
pub const PURPLE: Rgb = Rgb(204, 121, 167);
pub const YELLOW: Rgb = Rgb(240, 228, 66);
// Neutrals.
pub const INK: Rgb = Rgb(26, 26, 26);
pub const MUTED: Rgb = Rgb(85, 85, 85);
pub const GRID: Rgb = Rgb(226, 226, 226);
pub const AXIS: Rgb = Rgb(150, 150, 150);
pub const GREY: Rgb = Rgb(190, 190, 190);
pub const WHITE: Rgb = Rgb(255, 255, 255);
/// Dark vermillion for warnings written as text (readable on white).
pub const ALERT: Rgb = Rgb(168, 58, 0);

/// A fill pattern laid over a colour, so that series stay apart in grey
/// print and without colour vision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pattern {
    Hatch,
    BackHatch,
    Dots,
    Cross,
    /// A light hatch for empty areas (an empty stage).
    Faint,
}

impl Pattern {
    fn name(self) -> &'static str {
        match self {
            Pattern::Hatch => "hatch",
            Pattern::BackHatch => "backhatch",
            Pattern::Dots => "dots",
            Pattern::Cross => "cross",
            Pattern::Faint => "faint",
        }
    }

    fn def(self) -> &'static str {
        match self {
            Pattern::Hatch => {
                r##"width="7" height="7" patternTransform="rotate(45)"><rect width="2.5" height="7" fill="#000" fill-opacity="0.45"/>"##
            }
            Pattern::BackHatch => {
                r##"width="7" height="7" patternTransform="rotate(-45)"><rect width="2" height="7" fill="#FFF" fill-opacity="0.75"/>"##
            }
            Pattern::Dots => {
                r##"width="6" height="6"><circle cx="3" cy="3" r="1.4" fill="#000" fill-opacity="0.5"/>"##
            }
            Pattern::Cross => {
                r##"width="8" height="8" patternTransform="rotate(45)"><rect width="1.5" height="8" fill="#FFF" fill-opacity="0.8"/><rect width="8" height="1.5" fill="#FFF" fill-opacity="0.8"/>"##
            }
            Pattern::Faint => {
                r##"width="10" height="10" patternTransform="rotate(45)"><rect width="1.5" height="10" fill="#000" fill-opacity="0.12"/>"##
            }
        }
    }
}

/// Horizontal alignment of a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// How a label looks.
#[derive(Debug, Clone, Copy)]
pub struct Font {
    pub size: i32,
    pub color: Rgb,
    pub anchor: Anchor,
    pub bold: bool,
    pub italic: bool,
    /// A white outline behind the glyphs, for labels over lines and fills.
    pub halo: bool,
    /// Rotation in degrees around the anchor point (0, 90 or -90).
    pub rotate: i32,
}

impl Font {
    pub fn new(size: i32) -> Font {
        Font {
            size,
            color: INK,
            anchor: Anchor::Start,
            bold: false,
            italic: false,
            halo: false,
            rotate: 0,
        }
    }

    pub fn color(mut self, color: Rgb) -> Font {
        self.color = color;
        self
    }

    pub fn middle(mut self) -> Font {
        self.anchor = Anchor::Middle;
        self
    }

    pub fn end(mut self) -> Font {
        self.anchor = Anchor::End;
        self
    }

    pub fn bold(mut self) -> Font {
        self.bold = true;
        self
    }

    pub fn italic(mut self) -> Font {
        self.italic = true;
        self
    }

    pub fn halo(mut self) -> Font {
        self.halo = true;
        self
    }

    pub fn rotate(mut self, degrees: i32) -> Font {
        self.rotate = degrees;
        self
    }
}

/// A shape plotters draws.
#[derive(Debug, Clone)]
enum Shape {
    Rect {
        from: (i32, i32),
        to: (i32, i32),
        color: Rgb,
        filled: bool,
        width: u32,
    },
    Path {
        points: Vec<(i32, i32)>,
        color: Rgb,
        width: u32,
    },
    Circle {
        center: (i32, i32),
        radius: i32,
        color: Rgb,
        filled: bool,
        width: u32,
    },
}

#[derive(Debug, Clone)]
enum Item {
    Shape(Shape),
    Raw(String),
}

/// A chart being drawn: items in drawing order.
#[derive(Debug, Clone)]
pub struct Canvas {
    pub width: i32,
    pub height: i32,
    items: Vec<Item>,
    patterns: BTreeSet<Pattern>,
    /// Prefix of the ids inside the document (unique on a page).
    prefix: String,
}

impl Canvas {
    /// A white canvas; `id` is the chart's id, used to keep the ids inside
    /// the document apart from those of other charts on the same page.
    pub fn new(id: &str, width: i32, height: i32) -> Canvas {
        let mut canvas = Canvas {
            width,
            height,
            items: Vec::new(),
            patterns: BTreeSet::new(),
            prefix: format!("tm-chart-{id}"),
        };
        canvas.rect((0, 0), (width, height), WHITE);
        canvas
    }

    /// The canvas cut (or grown) to `height`, once the layout knows it.
    pub fn resized(mut self, height: i32) -> Canvas {
        self.height = height;
        if let Some(Item::Shape(Shape::Rect { to, .. })) = self.items.first_mut() {
            *to = (self.width, height);
        }
        self
    }

    /// A filled rectangle.
    pub fn rect(&mut self, from: (i32, i32), to: (i32, i32), color: Rgb) {
        self.items.push(Item::Shape(Shape::Rect {
            from,
            to,
            color,
            filled: true,
            width: 0,
        }));
    }

    /// A rectangle's outline.
    pub fn frame(&mut self, from: (i32, i32), to: (i32, i32), color: Rgb, width: u32) {
        self.items.push(Item::Shape(Shape::Rect {
            from,
            to,
            color,
            filled: false,
            width,
        }));
    }

    /// A filled rectangle with a pattern laid over it.
    pub fn patterned(
        &mut self,
        from: (i32, i32),
        to: (i32, i32),
        color: Rgb,
        pattern: Option<Pattern>,
    ) {
        self.rect(from, to, color);
        if let Some(pattern) = pattern {
            self.pattern(from, to, pattern);
        }
    }

    /// A pattern laid over an area.
    pub fn pattern(&mut self, from: (i32, i32), to: (i32, i32), pattern: Pattern) {
        self.patterns.insert(pattern);
        let (x, y, w, h) = normalize(from, to);
        let raw = format!(
            r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="url(#{}-{})"/>"#,
            self.prefix,
            pattern.name()
        );
        self.items.push(Item::Raw(raw));
    }

    /// A solid line through `points`.
    pub fn line(&mut self, points: Vec<(i32, i32)>, color: Rgb, width: u32) {
        self.items.push(Item::Shape(Shape::Path {
            points,
            color,
            width,
        }));
    }

    /// A dashed line through `points`; `dash` is an SVG dash array.
    pub fn dashed(&mut self, points: &[(i32, i32)], color: Rgb, width: f64, dash: &str) {
        let mut list = String::new();
        for (i, (x, y)) in points.iter().enumerate() {
            if i > 0 {
                list.push(' ');
            }
            let _ = write!(list, "{x},{y}");
        }
        self.items.push(Item::Raw(format!(
            r#"<polyline points="{list}" fill="none" stroke="{}" stroke-width="{width:.1}" stroke-dasharray="{}"/>"#,
            color.hex(),
            escape(dash)
        )));
    }

    /// A filled circle, optionally outlined.
    pub fn dot(&mut self, center: (i32, i32), radius: i32, fill: Rgb, outline: Option<(Rgb, u32)>) {
        self.items.push(Item::Shape(Shape::Circle {
            center,
            radius,
            color: fill,
            filled: true,
            width: 0,
        }));
        if let Some((color, width)) = outline {
            self.ring(center, radius, color, width);
        }
    }

    /// A circle's outline.
    pub fn ring(&mut self, center: (i32, i32), radius: i32, color: Rgb, width: u32) {
        self.items.push(Item::Shape(Shape::Circle {
            center,
            radius,
            color,
            filled: false,
            width,
        }));
    }

    /// A label; the text is escaped.
    pub fn text(&mut self, pos: (i32, i32), text: &str, font: Font) {
        let anchor = match font.anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        let mut raw = format!(
            r#"<text x="{}" y="{}" font-size="{}" fill="{}""#,
            pos.0,
            pos.1,
            font.size,
            font.color.hex()
        );
        if font.anchor != Anchor::Start {
            let _ = write!(raw, r#" text-anchor="{anchor}""#);
        }
        if font.bold {
            raw.push_str(r#" font-weight="bold""#);
        }
        if font.italic {
            raw.push_str(r#" font-style="italic""#);
        }
        if font.halo {
            raw.push_str(
                r##" stroke="#FFF" stroke-width="3" stroke-linejoin="round" paint-order="stroke""##,
            );
        }
        if font.rotate != 0 {
            let _ = write!(
                raw,
                r#" transform="rotate({} {} {})""#,
                font.rotate, pos.0, pos.1
            );
        }
        let _ = write!(raw, ">{}</text>", escape(text));
        self.items.push(Item::Raw(raw));
    }

    /// A label cut with an ellipsis to fit `max` pixels.
    pub fn text_fit(&mut self, pos: (i32, i32), text: &str, max: i32, font: Font) {
        let max = if font.bold { max * 100 / 107 } else { max };
        let fitted = ellipsize(text, max, font.size);
        self.text(pos, &fitted, font);
    }

    /// A label of up to two lines (the second cut with an ellipsis),
    /// each at most `max` pixels wide. `y` is the baseline of the first
    /// line, of the last line when `upward`.
    pub fn text_block(&mut self, pos: (i32, i32), text: &str, max: i32, font: Font, upward: bool) {
        let max = if font.bold { max * 100 / 107 } else { max };
        let lines = wrap2(text, max, font.size);
        let step = font.size + 3;
        let mut y = if upward {
            pos.1 - step * (lines.len() as i32 - 1)
        } else {
            pos.1
        };
        for line in &lines {
            self.text((pos.0, y), line, font);
            y += step;
        }
    }

    /// Draws a legend row from `x` at baseline `y`, wrapping at the
    /// canvas edge; returns the baseline of its last row.
    pub fn legend(&mut self, x: i32, y: i32, keys: &[(Key, String)]) -> i32 {
        let size = 12;
        let (mut cx, mut cy) = (x, y);
        for (key, label) in keys {
            let need = key.width() + 6 + text_width(label, size) + 18;
            if cx > x && cx + need > self.width - 10 {
                cx = x;
                cy += 20;
            }
            self.key(cx, cy, *key);
            self.text(
                (cx + key.width() + 6, cy),
                label,
                Font::new(size).color(INK),
            );
            cx += need;
        }
        cy
    }

    fn key(&mut self, x: i32, baseline: i32, key: Key) {
        let mid = baseline - 4;
        match key {
            Key::Swatch(color, pattern) => {
                self.patterned((x, mid - 6), (x + 14, mid + 6), color, pattern);
                self.frame((x, mid - 6), (x + 14, mid + 6), MUTED, 1);
            }
            Key::Empty => self.frame((x, mid - 6), (x + 14, mid + 6), AXIS, 1),
            Key::Line {
                color,
                width,
                dash,
                marker,
            } => {
                match dash {
                    Some(dash) => self.dashed(&[(x, mid), (x + 26, mid)], color, width, dash),
                    None => self.line(vec![(x, mid), (x + 26, mid)], color, width as u32),
                }
                self.draw_marker((x + 13, mid), marker);
            }
            Key::Marker(marker) => self.draw_marker((x + 7, mid), marker),
        }
    }

    /// Draws a marker centred on `at`.
    pub fn draw_marker(&mut self, at: (i32, i32), marker: Marker) {
        match marker {
            Marker::None => {}
            Marker::Circle(fill, r) => self.dot(at, r, fill, Some((WHITE, 2))),
            Marker::Ring(color, r) => self.ring(at, r, color, 2),
        }
    }

    /// The finished document: `<svg>` with its title, description and
    /// defs, without an XML declaration.
    pub fn finish(&self, title: &str, description: &str) -> Result<String, String> {
        let mut body = String::new();
        let mut run: Vec<&Shape> = Vec::new();
        for item in &self.items {
            match item {
                Item::Shape(shape) => run.push(shape),
                Item::Raw(raw) => {
                    body.push_str(&plot(&run, self.width, self.height)?);
                    run.clear();
                    body.push_str(raw);
                    body.push('\n');
                }
            }
        }
        body.push_str(&plot(&run, self.width, self.height)?);

        let (w, h, p) = (self.width, self.height, &self.prefix);
        let mut svg = format!(
            concat!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" class="trailmark-chart" "#,
                r#"viewBox="0 0 {w} {h}" width="{w}" height="{h}" "#,
                r#"style="max-width:100%;height:auto" role="img" "#,
                r#"aria-labelledby="{p}-title {p}-desc" font-family="{font}">"#,
                "\n",
                r#"<title id="{p}-title">{title}</title>"#,
                "\n",
                r#"<desc id="{p}-desc">{desc}</desc>"#,
                "\n"
            ),
            w = w,
            h = h,
            p = escape(p),
            font = FONT,
            title = escape(title),
            desc = escape(description),
        );
        if !self.patterns.is_empty() {
            svg.push_str("<defs>\n");
            for pattern in &self.patterns {
                let _ = writeln!(
                    svg,
                    r#"<pattern id="{}-{}" patternUnits="userSpaceOnUse" {}</pattern>"#,
                    escape(p),
                    pattern.name(),
                    pattern.def()
                );
            }
            svg.push_str("</defs>\n");
        }
        svg.push_str(&body);
        svg.push_str("</svg>\n");
        Ok(svg)
    }
}

/// A legend key.
#[derive(Debug, Clone, Copy)]
pub enum Key {
    Swatch(Rgb, Option<Pattern>),
    /// An empty, outlined box.
    Empty,
    Line {
        color: Rgb,
        width: f64,
        dash: Option<&'static str>,
        marker: Marker,
    },
    Marker(Marker),
}

impl Key {
    fn width(&self) -> i32 {
        match self {
            Key::Line { .. } => 26,
            _ => 14,
        }
    }
}

/// A point marker.
#[derive(Debug, Clone, Copy)]
pub enum Marker {
    None,
    /// A filled circle of a radius, outlined in white.
    Circle(Rgb, i32),
    /// An outlined circle of a radius.
    Ring(Rgb, i32),
}

fn normalize(from: (i32, i32), to: (i32, i32)) -> (i32, i32, i32, i32) {
    let (x0, x1) = (from.0.min(to.0), from.0.max(to.0));
    let (y0, y1) = (from.1.min(to.1), from.1.max(to.1));
    (x0, y0, x1 - x0, y1 - y0)
}

/// Draws shapes with plotters' SVG backend and returns the elements
/// without the `<svg>` wrapper.
fn plot(shapes: &[&Shape], width: i32, height: i32) -> Result<String, String> {
    if shapes.is_empty() {
        return Ok(String::new());
    }
    let mut out = String::new();
    {
        let size = (width.max(1) as u32, height.max(1) as u32);
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        for shape in shapes {
            let result = match shape {
                Shape::Rect {
                    from,
                    to,
                    color,
                    filled,
                    width,
                } => root.draw(&Rectangle::new(
                    [*from, *to],
                    ShapeStyle {
                        color: color.plot().to_rgba(),
                        filled: *filled,
                        stroke_width: *width,
                    },
                )),
                Shape::Path {
                    points,
                    color,
                    width,
                } => root.draw(&PathElement::new(
                    points.clone(),
                    ShapeStyle {
                        color: color.plot().to_rgba(),
                        filled: false,
                        stroke_width: *width,
                    },
                )),
                Shape::Circle {
                    center,
                    radius,
                    color,
                    filled,
                    width,
                } => root.draw(&Circle::new(
                    *center,
                    *radius,
                    ShapeStyle {
                        color: color.plot().to_rgba(),
                        filled: *filled,
                        stroke_width: *width,
                    },
                )),
            };
            result.map_err(|error| error.to_string())?;
        }
        root.present().map_err(|error| error.to_string())?;
    }
    // Plotters writes `<svg ...>\n` first and `</svg>\n` last.
    let start = out.find(">\n").map_or(0, |i| i + 2);
    let end = out.rfind("</svg>").unwrap_or(out.len());
    Ok(out.get(start..end).unwrap_or_default().to_string())
}

/// Escapes text for SVG content and attribute values, and drops the
/// control characters XML does not allow.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

/// An estimate of a label's width in pixels in a sans-serif system font,
/// on the wide side (DejaVu Sans) so that labels fit narrower fonts too.
pub fn text_width(text: &str, size: i32) -> i32 {
    em_width(text.chars().map(char_em).sum(), size)
}

/// The width of one character, in ems (see [`text_width`]).
fn char_em(c: char) -> f64 {
    match c {
        'i' | 'l' | 'j' | 'I' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.32,
        'f' | 't' | 'r' | ' ' | '(' | ')' | '-' | '/' => 0.42,
        'm' | 'w' | 'M' | 'W' | '—' => 0.95,
        c if c.is_ascii_digit() => 0.64,
        c if c.is_uppercase() => 0.74,
        _ => 0.58,
    }
}

/// A width in ems as whole pixels at font `size`.
fn em_width(em: f64, size: i32) -> i32 {
    (em * f64::from(size)).ceil() as i32
}

/// [`text_width`] for a font, bold being wider.
pub fn font_width(text: &str, font: Font) -> i32 {
    let width = text_width(text, font.size);
    if font.bold { width * 107 / 100 } else { width }
}

/// `text` broken into at most two lines of `max` pixels, the second cut
/// with an ellipsis when the text is longer still.
pub fn wrap2(text: &str, max: i32, size: i32) -> Vec<String> {
    let text = text.trim();
    if text_width(text, size) <= max {
        return vec![text.to_string()];
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut first = String::new();
    let mut used = 0;
    for (i, word) in words.iter().enumerate() {
        let candidate = if first.is_empty() {
            word.to_string()
        } else {
            format!("{first} {word}")
        };
        if text_width(&candidate, size) > max {
            break;
        }
        first = candidate;
        used = i + 1;
    }
    if used == 0 {
        return vec![ellipsize(text, max, size)];
    }
    let rest = words[used..].join(" ");
    vec![first, ellipsize(&rest, max, size)]
}

/// `text` cut with an ellipsis so that it fits `max` pixels.
pub fn ellipsize(text: &str, max: i32, size: i32) -> String {
    let text = text.trim();
    if text_width(text, size) <= max {
        return text.to_string();
    }
    // One pass: the widths of the prefixes grow with their length, so the
    // longest prefix that fits (trailing spaces dropped, ellipsis added) is
    // the last one before the first that does not. The ems are added in
    // the text's order, as `text_width` adds them, so the cut is the same.
    let ellipsis = char_em('…');
    let mut em = 0.0;
    // The prefix without its trailing whitespace: its length in bytes and
    // its width in ems.
    let mut kept = 0;
    let mut kept_em = 0.0;
    let mut best = None;
    for (index, c) in text.char_indices() {
        // Here the prefix is text[..index].
        if em_width(kept_em + ellipsis, size) > max {
            break;
        }
        best = Some(kept);
        em += char_em(c);
        if !c.is_whitespace() {
            kept = index + c.len_utf8();
            kept_em = em;
        }
    }
    match best {
        Some(kept) => format!("{}…", &text[..kept]),
        None => "…".to_string(),
    }
}
