//! `kpi-below-target`: PLACEHOLDER, to be written.

use super::{Area, Context, Hit, Localized, Rule, RuleDoc, RuleInfo};
use crate::model::Severity;

pub struct KpiBelowTarget;

const EMPTY: Localized = Localized {
    en: "",
    da: "",
    sv: "",
};

static INFO: RuleInfo = RuleInfo {
    id: "kpi-below-target",
    title: EMPTY,
    failure_title: EMPTY,
    advice: EMPTY,
    area: Area::Data,
    severity: Severity::Warning,
    doc: RuleDoc {
        what: "",
        why: "",
        example: "",
        fix: "",
    },
};

impl Rule for KpiBelowTarget {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, _ctx: &Context) -> Vec<Hit> {
        Vec::new()
    }
}
