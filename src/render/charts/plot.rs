//! The accessible frame around charts drawn with plotters' chart API.
//!
//! A chart paints itself on a plotters [`Area`] (ChartBuilder, series,
//! mesh, labels) for a [`Layout`]; [`draw`] runs it three times: the
//! standalone file (wide, with a visible title and caption), the wide
//! inline drawing and the phone drawing (340 px wide, so its text keeps
//! its size on a 390 px screen). Each result is one `<svg>` with
//! `role="img"`, a `<title>` and a `<desc>`. Text is measured with the
//! embedded DejaVu Sans through plotters' ab_glyph font registry, so
//! labels are cut and wrapped the same on every machine.

use std::sync::Once;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::FontStyle;
pub use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::palette::escape;

/// DejaVu Sans (Bitstream Vera licence, see assets/fonts/): measures text.
pub(crate) static FONT_DATA: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");

/// The family charts write (browsers draw it with the system's sans-serif);
/// the embedded font is registered under this name to measure it.
pub const FAMILY: &str = "system-ui, sans-serif";

/// Plotters writes `font-size` as the given size divided by this.
const PLOTTERS_SCALE: f64 = 1.24;

pub type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
pub type Drawing = Result<(), Box<dyn std::error::Error>>;

/// The width a chart is drawn for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub width: u32,
    pub phone: bool,
}

impl Layout {
    pub const WIDE: Layout = Layout {
        width: 880,
        phone: false,
    };
    /// Drawn at about the width it is shown at on a phone.
    pub const PHONE: Layout = Layout {
        width: 340,
        phone: true,
    };
}

/// A chart drawn three ways, see the module docs.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    pub standalone: String,
    pub wide: String,
    pub phone: String,
}

/// Registers the embedded font with plotters once.
fn register_font() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The font is part of the binary: it always parses.
        let _ = plotters::style::register_font(FAMILY, FontStyle::Normal, FONT_DATA);
        let _ = plotters::style::register_font(FAMILY, FontStyle::Bold, FONT_DATA);
    });
}

/// A text style of `px` CSS pixels.
pub fn font(px: f64) -> TextStyle<'static> {
    register_font();
    TextStyle::from((FAMILY, px * PLOTTERS_SCALE).into_font())
}

/// The width of `text` at `px` pixels (a few percent generous: ab_glyph
/// scales by the font's height, a little more than its em).
pub fn width(text: &str, px: f64) -> f64 {
    register_font();
    let font: FontDesc = (FAMILY, px * PLOTTERS_SCALE).into_font();
    font.box_size(text)
        .map_or(text.chars().count() as f64 * px * 0.6, |(w, _)| {
            f64::from(w)
        })
}

/// `text` cut with an ellipsis to fit `max` pixels (binary search over the
/// characters: a few measurements however long the text).
pub fn fit(text: &str, px: f64, max: f64) -> String {
    if width(text, px) <= max {
        return text.to_string();
    }
    let ends: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let (mut lo, mut hi) = (0, ends.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate = format!(
            "{}\u{2026}",
            text[..ends[mid.min(ends.len() - 1)]].trim_end()
        );
        if width(&candidate, px) <= max {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    format!(
        "{}\u{2026}",
        text[..ends[lo.min(ends.len() - 1)]].trim_end()
    )
}

/// `text` broken into lines of at most `max` pixels at word boundaries (a
/// word longer than a line is cut), at most `lines` lines.
pub fn wrap(text: &str, px: f64, max: f64, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|word| !word.is_empty()) {
        let joined = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || width(&joined, px) <= max {
            line = joined;
        } else {
            out.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    if out.len() > lines {
        let rest = out[lines - 1..].join(" ");
        out.truncate(lines - 1);
        out.push(rest);
    }
    out.into_iter().map(|line| fit(&line, px, max)).collect()
}

/// What the frame says about a chart.
pub struct Frame<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub description: &'a str,
}

/// Draws `paint` for the wide and the phone layout, `height` pixels high
/// for each, and frames the results (see the module docs); `None` if
/// plotters fails.
pub fn draw(
    frame: &Frame,
    height: impl Fn(Layout) -> u32,
    paint: impl Fn(&Area, Layout) -> Drawing,
) -> Option<Drawn> {
    register_font();
    let plot = |layout: Layout| -> Option<String> {
        let mut body = String::new();
        {
            let root = SVGBackend::with_string(&mut body, (layout.width, height(layout)))
                .into_drawing_area();
            paint(&root, layout).ok()?;
            root.present().ok()?;
        }
        // Control characters are not XML: plotters writes text as given.
        Some(
            inner(&body)
                .chars()
                .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
                .collect(),
        )
    };
    let wide = plot(Layout::WIDE)?;
    let phone = plot(Layout::PHONE)?;
    let wide_height = height(Layout::WIDE);
    Some(Drawn {
        standalone: framed(frame, Layout::WIDE.width, wide_height, &wide),
        wide: bare(
            &format!("tm-chart-{}", frame.id),
            frame,
            Layout::WIDE.width,
            wide_height,
            &wide,
        ),
        phone: bare(
            &format!("tm-chart-{}-phone", frame.id),
            frame,
            Layout::PHONE.width,
            height(Layout::PHONE),
            &phone,
        ),
    })
}

/// What plotters wrote inside its `<svg>` element.
fn inner(document: &str) -> &str {
    let start = document
        .find("<svg")
        .and_then(|at| document[at..].find('>').map(|end| at + end + 1))
        .unwrap_or(0);
    let end = document.rfind("</svg>").unwrap_or(document.len());
    document.get(start..end).unwrap_or_default()
}

fn open(id: &str, frame: &Frame, width: u32, height: u32) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" role=\"img\" \
         aria-labelledby=\"{id}-title {id}-desc\" class=\"plot\" \
         font-family=\"{FAMILY}\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(frame.title),
        escape(frame.description)
    )
}

/// The drawing alone, for a page that captions it in HTML.
fn bare(id: &str, frame: &Frame, width: u32, height: u32, body: &str) -> String {
    format!("{}{body}</svg>", open(id, frame, width, height))
}

/// The drawing under its title with its caption below, for a file of its own.
fn framed(frame: &Frame, width: u32, height: u32, body: &str) -> String {
    let margin = 16.0;
    let max = f64::from(width) - 2.0 * margin;
    let title = wrap(frame.title, 18.0, max, 2);
    let caption = wrap(frame.description, 13.0, max, 4);
    let top = 14 + 24 * title.len() as u32;
    let total = top + height + 10 + 18 * caption.len() as u32;
    let mut svg = open(&format!("tm-chart-{}", frame.id), frame, width, total);
    svg.push_str("<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>");
    for (i, line) in title.iter().enumerate() {
        svg.push_str(&format!(
            "<text x=\"{margin}\" y=\"{}\" font-size=\"18\" font-weight=\"700\" fill=\"#1A1A1A\">{}</text>",
            30 + 24 * i,
            escape(line)
        ));
    }
    svg.push_str(&format!("<g transform=\"translate(0 {top})\">{body}</g>"));
    for (i, line) in caption.iter().enumerate() {
        svg.push_str(&format!(
            "<text x=\"{margin}\" y=\"{}\" font-size=\"13\" fill=\"#555555\">{}</text>",
            top + height + 20 + 18 * i as u32,
            escape(line)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// A colour for plotters.
pub fn rgb(color: super::palette::Rgb) -> RGBColor {
    RGBColor(color.0, color.1, color.2)
}

/// How a legend entry is drawn.
#[derive(Debug, Clone, Copy)]
pub enum Key {
    /// A filled square.
    Swatch(RGBColor),
    /// A line with the persona's marker.
    Series(RGBColor, usize),
    /// A dashed line.
    Dashed(RGBColor),
    /// A filled dot, a ring, an empty box (the grids' cells).
    Dot(RGBColor),
    Ring(RGBColor),
    Outline(RGBColor),
}

/// The markers personas are told apart by, besides their colour.
pub fn marker<'a>(
    area: &Area<'a>,
    at: (i32, i32),
    shape: usize,
    color: RGBColor,
) -> Result<(), Box<dyn std::error::Error>> {
    let style = color.filled();
    match shape % 4 {
        0 => area.draw(&Circle::new(at, 5, style))?,
        1 => area.draw(&Rectangle::new(
            [(at.0 - 5, at.1 - 5), (at.0 + 5, at.1 + 5)],
            style,
        ))?,
        2 => area.draw(&Polygon::new(
            vec![(at.0, at.1 - 6), (at.0 + 6, at.1 + 5), (at.0 - 6, at.1 + 5)],
            style,
        ))?,
        _ => area.draw(&Polygon::new(
            vec![
                (at.0, at.1 - 6),
                (at.0 + 6, at.1),
                (at.0, at.1 + 6),
                (at.0 - 6, at.1),
            ],
            style,
        ))?,
    }
    Ok(())
}

/// A dashed horizontal line from `x0` to `x1` at `y`.
pub fn dashed<'a>(
    area: &Area<'a>,
    (x0, x1): (i32, i32),
    y: i32,
    color: RGBColor,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut x = x0;
    while x < x1 {
        let end = (x + 7).min(x1);
        area.draw(&PathElement::new(
            vec![(x, y), (end, y)],
            color.stroke_width(2),
        ))?;
        x += 11;
    }
    Ok(())
}

/// A dashed vertical line at `x` from `y0` to `y1` (a reference line
/// across rows of bars).
pub fn dashed_vertical<'a>(
    area: &Area<'a>,
    x: i32,
    (y0, y1): (i32, i32),
    style: ShapeStyle,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut y = y0;
    while y < y1 {
        area.draw(&PathElement::new(vec![(x, y), (x, (y + 6).min(y1))], style))?;
        y += 10;
    }
    Ok(())
}

/// A legend entry's place (its key's left end, at its middle) and label.
pub type Placed = ((i32, i32), String);

/// Where each legend entry goes from `(x, y)` within `max` pixels (entries
/// wrap onto more rows), and the y below the legend.
pub fn legend_layout(
    (x, y): (i32, i32),
    max: i32,
    entries: &[(Key, String)],
) -> (Vec<Placed>, i32) {
    let px = 12.0;
    let (mut cx, mut cy) = (x, y);
    let mut placed = Vec::new();
    for (_, label) in entries {
        let label = fit(label, px, f64::from(max - 30));
        let w = 30 + width(&label, px).ceil() as i32 + 16;
        if cx > x && cx + w > x + max {
            cx = x;
            cy += 22;
        }
        placed.push(((cx, cy + 8), label));
        cx += w;
    }
    (placed, cy + 22)
}

/// The margin around a chart's drawing.
pub const MARGIN: i32 = 16;

/// The y below a chart's legend, the header every chart starts with.
pub fn legend_bottom(layout: Layout, entries: &[(Key, String)]) -> i32 {
    legend_layout((MARGIN, 8), layout.width as i32 - 2 * MARGIN, entries).1
}

/// Paints a chart's white ground and its legend across the top; returns
/// the area below them, for the plot.
pub fn header<'a>(
    root: &Area<'a>,
    layout: Layout,
    entries: &[(Key, String)],
) -> Result<Area<'a>, Box<dyn std::error::Error>> {
    root.fill(&WHITE)?;
    let top = legend(root, (MARGIN, 8), layout.width as i32 - 2 * MARGIN, entries)? + 8;
    Ok(root.margin(top as u32, 0, 0, 0))
}

/// Draws a legend laid out by [`legend_layout`]; returns the y below it.
pub fn legend<'a>(
    area: &Area<'a>,
    at: (i32, i32),
    max: i32,
    entries: &[(Key, String)],
) -> Result<i32, Box<dyn std::error::Error>> {
    let (placed, bottom) = legend_layout(at, max, entries);
    for ((key, _), ((cx, mid), label)) in entries.iter().zip(placed) {
        match *key {
            Key::Swatch(color) => {
                area.draw(&Rectangle::new(
                    [(cx, mid - 7), (cx + 22, mid + 7)],
                    color.filled(),
                ))?;
            }
            Key::Series(color, shape) => {
                area.draw(&PathElement::new(
                    vec![(cx, mid), (cx + 22, mid)],
                    color.stroke_width(3),
                ))?;
                marker(area, (cx + 11, mid), shape, color)?;
            }
            Key::Dashed(color) => dashed(area, (cx, cx + 24), mid, color)?,
            Key::Dot(color) => area.draw(&Circle::new((cx + 11, mid), 8, color.filled()))?,
            Key::Ring(color) => {
                area.draw(&Circle::new((cx + 11, mid), 7, color.stroke_width(2)))?;
            }
            Key::Outline(color) => {
                area.draw(&Rectangle::new(
                    [(cx, mid - 7), (cx + 22, mid + 7)],
                    color.stroke_width(1),
                ))?;
            }
        }
        area.draw(&Text::new(
            label,
            (cx + 30, mid),
            font(12.0)
                .color(&rgb(super::palette::INK))
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(bottom)
}

/// Lines of `px`-pixel text 14 pixels apart, the first at `(x, y)`.
pub fn lines<'a>(
    area: &Area<'a>,
    lines: Vec<String>,
    (x, y): (i32, i32),
    px: f64,
    color: RGBColor,
    pos: Pos,
) -> Result<(), Box<dyn std::error::Error>> {
    for (k, line) in lines.into_iter().enumerate() {
        area.draw(&Text::new(
            line,
            (x, y + 14 * k as i32),
            font(px).color(&color).pos(pos),
        ))?;
    }
    Ok(())
}

/// Text with a white box behind it, so a line under it does not cross it.
pub fn label<'a>(
    area: &Area<'a>,
    text: &str,
    at: (i32, i32),
    px: f64,
    color: RGBColor,
    anchor: HPos,
) -> Result<(), Box<dyn std::error::Error>> {
    let w = width(text, px).ceil() as i32;
    let x0 = match anchor {
        HPos::Left => at.0,
        HPos::Center => at.0 - w / 2,
        HPos::Right => at.0 - w,
    };
    let h = (px * 0.7).ceil() as i32;
    area.draw(&Rectangle::new(
        [(x0 - 3, at.1 - h - 1), (x0 + w + 3, at.1 + h + 1)],
        WHITE.mix(0.9).filled(),
    ))?;
    area.draw(&Text::new(
        text.to_string(),
        at,
        font(px).color(&color).pos(Pos::new(anchor, VPos::Center)),
    ))?;
    Ok(())
}

/// Column labels for the stages: their names where every name fits its
/// band, else their numbers (1, 2, …) and a key written under the chart.
pub fn stage_labels(names: &[String], band: f64, px: f64) -> (Vec<String>, bool) {
    if names.iter().all(|name| width(name, px) <= band - 6.0) {
        (names.to_vec(), false)
    } else {
        ((1..=names.len()).map(|i| i.to_string()).collect(), true)
    }
}

/// The key to numbered stages: `1 Awareness · 2 Consideration …`, wrapped
/// to `max` pixels from `(x, y)`; returns the y below it.
pub fn stage_key<'a>(
    area: &Area<'a>,
    names: &[String],
    (x, y): (i32, i32),
    max: f64,
) -> Result<i32, Box<dyn std::error::Error>> {
    let text = stage_key_text(names);
    let lines = wrap(&text, 12.0, max, 4);
    for (i, line) in lines.iter().enumerate() {
        area.draw(&Text::new(
            line.clone(),
            (x, y + 18 * i as i32),
            font(12.0)
                .color(&rgb(super::palette::MUTED))
                .pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
    }
    Ok(y + 18 * lines.len() as i32)
}

pub fn stage_key_text(names: &[String]) -> String {
    names
        .iter()
        .enumerate()
        .map(|(i, name)| format!("{}\u{a0}{name}", i + 1))
        .collect::<Vec<_>>()
        .join(" \u{b7} ")
}

/// How many lines the stage key takes at `max` pixels (0 when the names fit).
pub fn stage_key_lines(names: &[String], numbered: bool, max: f64) -> u32 {
    if numbered {
        wrap(&stage_key_text(names), 12.0, max, 4).len() as u32
    } else {
        0
    }
}
