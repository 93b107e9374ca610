//! Splits a Markdown file into its `+++` TOML front matter and its body,
//! keeping byte offsets so that errors point at the right line.

use std::ops::Range;

/// A Markdown file cut in two.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The TOML between the fences (empty when there is none).
    pub front: &'a str,
    /// Where `front` starts in the file.
    pub front_offset: usize,
    pub body: &'a str,
}

/// The front matter opens but never closes; the span marks the opening fence.
#[derive(Debug, PartialEq, Eq)]
pub struct Unterminated(pub Range<usize>);

/// Splits `text`. Front matter must start on the first line with `+++`
/// and end with a line that is `+++` alone (trailing spaces allowed).
pub fn split(text: &str) -> Result<Split<'_>, Unterminated> {
    let Some(first_line_end) = fence_end(text, 0) else {
        return Ok(Split {
            front: "",
            front_offset: 0,
            body: text,
        });
    };
    let front_offset = first_line_end;
    let mut line_start = front_offset;
    while line_start < text.len() {
        if let Some(end) = fence_end(text, line_start) {
            return Ok(Split {
                front: &text[front_offset..line_start],
                front_offset,
                body: &text[end..],
            });
        }
        line_start = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i + 1);
    }
    Err(Unterminated(0..3))
}

/// If the line starting at `start` is a `+++` fence, the offset just past it.
fn fence_end(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start..];
    let line_len = rest.find('\n').unwrap_or(rest.len());
    let line = rest[..line_len].trim_end_matches(['\r', ' ', '\t']);
    (line == "+++").then(|| (start + line_len + 1).min(text.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_front_matter_is_all_body() {
        let split = split("# Title\ntext").unwrap();
        assert_eq!(split.front, "");
        assert_eq!(split.body, "# Title\ntext");
    }

    #[test]
    fn front_matter_and_body_with_offsets() {
        let text = "+++\ntitle = \"A\"\n+++\nbody\n";
        let split = split(text).unwrap();
        assert_eq!(split.front, "title = \"A\"\n");
        assert_eq!(split.front_offset, 4);
        assert_eq!(&text[split.front_offset..][..5], "title");
        assert_eq!(split.body, "body\n");
    }

    #[test]
    fn crlf_fences_and_empty_front_matter() {
        let split = split("+++\r\n+++\r\nbody").unwrap();
        assert_eq!(split.front, "");
        assert_eq!(split.body, "body");
    }

    #[test]
    fn closing_fence_at_end_of_file() {
        let split = split("+++\na = 1\n+++").unwrap();
        assert_eq!(split.front, "a = 1\n");
        assert_eq!(split.body, "");
    }

    #[test]
    fn unterminated_is_an_error() {
        assert_eq!(split("+++\ntitle = \"A\"\nbody"), Err(Unterminated(0..3)));
        assert_eq!(split("+++"), Err(Unterminated(0..3)));
    }

    #[test]
    fn a_fence_later_in_the_file_is_body() {
        let split = split("text\n+++\n").unwrap();
        assert_eq!(split.front, "");
    }
}
