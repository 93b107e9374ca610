//! The charts' colours (the Okabe–Ito palette and neutrals) and the
//! escaping of text written into SVG.

/// A colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
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
