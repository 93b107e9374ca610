//! A TOML value that may be written in more than one shape (format 0.2):
//! an emotion is an integer or a table, a pain point or an opportunity a
//! string or a table. The table keeps the span of every key and value, so
//! each mistake inside it is reported where it stands.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use toml::Spanned;

/// A table's keys and values, with their spans.
pub type Fields = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

/// What was written, for the checks that decide what it may be.
#[derive(Debug)]
pub enum Loose {
    Int(i64),
    Text(String),
    Table(Fields),
    /// Any other kind of value, named for the message.
    Other(&'static str),
}

impl Loose {
    /// The kind of value, for messages: `a float`, `an array`.
    pub fn kind(&self) -> &'static str {
        match self {
            Loose::Int(_) => "an integer",
            Loose::Text(_) => "a string",
            Loose::Table(_) => "a table",
            Loose::Other(kind) => kind,
        }
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LooseVisitor)
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an integer, a string or a table")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Loose, E> {
        Ok(Loose::Int(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Loose, E> {
        Ok(i64::try_from(value).map_or(Loose::Other("a very large integer"), Loose::Int))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Loose, E> {
        Ok(Loose::Other("a decimal number"))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Loose, E> {
        Ok(Loose::Other("a boolean"))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Loose, E> {
        Ok(Loose::Text(value.to_string()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Loose, E> {
        Ok(Loose::Text(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Loose::Other("an array"))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Loose, A::Error> {
        Fields::deserialize(MapAccessDeserializer::new(map)).map(Loose::Table)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Doc {
        a: Spanned<Loose>,
        b: Vec<Spanned<Loose>>,
    }

    #[test]
    fn keeps_the_shape_and_every_span() {
        let text = "a = { mette = -2 }\nb = [\"one\", { text = \"two\" }, 3]\n";
        let doc: Doc = toml::from_str(text).expect("parses");
        let Loose::Table(fields) = doc.a.get_ref() else {
            panic!("a table")
        };
        let (key, value) = fields.iter().next().expect("one key");
        assert_eq!(&text[key.span()], "mette");
        assert_eq!(&text[value.span()], "-2");
        assert!(matches!(doc.b[0].get_ref(), Loose::Text(t) if t == "one"));
        assert_eq!(&text[doc.b[1].span()], "{ text = \"two\" }");
        assert!(matches!(doc.b[2].get_ref(), Loose::Int(3)));
    }
}
