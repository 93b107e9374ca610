//! `persona-gap`: PLACEHOLDER, to be written.

use super::{Area, Context, Hit, Localized, Rule, RuleDoc, RuleInfo};
use crate::model::Severity;

pub struct PersonaGap;

const EMPTY: Localized = Localized {
    en: "",
    da: "",
    sv: "",
};

static INFO: RuleInfo = RuleInfo {
    id: "persona-gap",
    title: EMPTY,
    failure_title: EMPTY,
    advice: EMPTY,
    area: Area::Research,
    severity: Severity::Warning,
    doc: RuleDoc {
        what: "",
        why: "",
        example: "",
        fix: "",
    },
};

impl Rule for PersonaGap {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, _ctx: &Context) -> Vec<Hit> {
        Vec::new()
    }
}
