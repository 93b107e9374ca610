//! `unaddressed-pain-point`: PLACEHOLDER, to be written.

use super::{Area, Context, Hit, Localized, Rule, RuleDoc, RuleInfo};
use crate::model::Severity;

pub struct UnaddressedPainPoint;

const EMPTY: Localized = Localized {
    en: "",
    da: "",
    sv: "",
};

static INFO: RuleInfo = RuleInfo {
    id: "unaddressed-pain-point",
    title: EMPTY,
    failure_title: EMPTY,
    advice: EMPTY,
    area: Area::Content,
    severity: Severity::Warning,
    doc: RuleDoc {
        what: "",
        why: "",
        example: "",
        fix: "",
    },
};

impl Rule for UnaddressedPainPoint {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, _ctx: &Context) -> Vec<Hit> {
        Vec::new()
    }
}
