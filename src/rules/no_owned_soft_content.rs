//! `no-owned-soft-content`: the brand publishes nothing of its own that
//! informs, anywhere in the journey.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::Message;
use crate::model::{ContentKind, Owner, Severity};

pub struct NoOwnedSoftContent;

static INFO: RuleInfo = RuleInfo {
    id: "no-owned-soft-content",
    area: Area::Content,
    severity: Severity::Warning,
};

impl Rule for NoOwnedSoftContent {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let owned_soft = ctx
            .project
            .touchpoints
            .iter()
            .any(|tp| tp.owner == Owner::Owned && tp.content == ContentKind::Soft);
        if owned_soft {
            return Vec::new();
        }
        vec![Hit {
            message: Message::new("finding-no-owned-soft-content"),
            ..Hit::default()
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, owned_by, project};

    #[test]
    fn fires_when_soft_content_is_only_earned_or_paid() {
        let mut project = project();
        let mut review = owned_by("reviews", "awareness", Owner::Earned);
        review.content = ContentKind::Soft;
        let mut price_list = owned_by("prices", "decision", Owner::Owned);
        price_list.content = ContentKind::Hard;
        project.touchpoints = vec![review, price_list];
        let hits = check(&NoOwnedSoftContent, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage, None);
    }

    #[test]
    fn silent_with_one_owned_soft_touchpoint_whatever_its_score_or_stage() {
        assert!(check(&NoOwnedSoftContent, &healthy()).is_empty());
        let mut project = project();
        let mut guide =
            crate::rules::testing::scored(owned_by("guide", "loyalty", Owner::Owned), 0.0);
        guide.content = ContentKind::Soft;
        project.touchpoints = vec![guide];
        assert!(check(&NoOwnedSoftContent, &project).is_empty());
    }

    #[test]
    fn boundary_an_empty_journey_fires() {
        assert_eq!(check(&NoOwnedSoftContent, &project()).len(), 1);
    }
}
