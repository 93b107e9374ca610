//! `missing-post-purchase-engagement`: PLACEHOLDER, to be written.

use super::{Area, Context, Hit, Localized, Rule, RuleDoc, RuleInfo};
use crate::model::Severity;

pub struct MissingPostPurchaseEngagement;

const EMPTY: Localized = Localized {
    en: "",
    da: "",
    sv: "",
};

static INFO: RuleInfo = RuleInfo {
    id: "missing-post-purchase-engagement",
    title: EMPTY,
    failure_title: EMPTY,
    advice: EMPTY,
    area: Area::Touchpoints,
    severity: Severity::Error,
    doc: RuleDoc {
        what: "",
        why: "",
        example: "",
        fix: "",
    },
};

impl Rule for MissingPostPurchaseEngagement {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, _ctx: &Context) -> Vec<Hit> {
        Vec::new()
    }
}
