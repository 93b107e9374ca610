//! `missing-kpi`: PLACEHOLDER, to be written.

use super::{Area, Context, Hit, Localized, Rule, RuleDoc, RuleInfo};
use crate::model::Severity;

pub struct MissingKpi;

const EMPTY: Localized = Localized {
    en: "",
    da: "",
    sv: "",
};

static INFO: RuleInfo = RuleInfo {
    id: "missing-kpi",
    title: EMPTY,
    failure_title: EMPTY,
    advice: EMPTY,
    area: Area::Data,
    severity: Severity::Info,
    doc: RuleDoc {
        what: "",
        why: "",
        example: "",
        fix: "",
    },
};

impl Rule for MissingKpi {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, _ctx: &Context) -> Vec<Hit> {
        Vec::new()
    }
}
