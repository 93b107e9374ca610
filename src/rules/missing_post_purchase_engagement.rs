//! `missing-post-purchase-engagement`: the `post` stages together have no
//! owned touchpoint.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::model::{Funnel, Owner, Severity};

pub struct MissingPostPurchaseEngagement;

static INFO: RuleInfo = RuleInfo {
    id: "missing-post-purchase-engagement",
    area: Area::Touchpoints,
    severity: Severity::Error,
};

impl Rule for MissingPostPurchaseEngagement {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let post = ctx.stage_ids_at(&[Funnel::Post]);
        let engaged = ctx.any_touchpoint_in(&post, |tp| tp.owner == Owner::Owned);
        if engaged {
            return Vec::new();
        }
        vec![Hit {
            message: ctx.stages_lacking(
                "finding-missing-post-purchase-engagement",
                "finding-missing-post-purchase-engagement-no-stage",
                &post,
            ),
            ..Hit::default()
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, owned_by, project, scored, stage, touchpoint};

    #[test]
    fn fires_once_when_the_post_stages_hold_no_owned_touchpoint() {
        let mut project = healthy();
        for tp in &mut project.touchpoints {
            if ["experience", "loyalty", "advocacy"].contains(&tp.stage.as_str()) {
                tp.owner = Owner::ThirdParty;
            }
        }
        let hits = check(&MissingPostPurchaseEngagement, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage, None);
        assert_eq!(hits[0].touchpoint, None);
        assert_eq!(hits[0].shortfall, 0.0);
        assert_eq!(
            hits[0].message,
            "The Experience, Loyalty and Advocacy stages have no owned touchpoint: nothing of the \
             brand's own brings customers back to buy again or to recommend it."
        );
    }

    #[test]
    fn silent_with_owned_touchpoints_after_the_purchase() {
        assert!(check(&MissingPostPurchaseEngagement, &healthy()).is_empty());
    }

    #[test]
    fn boundary_one_owned_touchpoint_in_one_post_stage_is_enough_whatever_its_score() {
        let mut project = project();
        project
            .touchpoints
            .push(owned_by("reviews", "experience", Owner::Earned));
        project.touchpoints.push(scored(
            owned_by("owners-email", "advocacy", Owner::Owned),
            0.0,
        ));
        assert!(check(&MissingPostPurchaseEngagement, &project).is_empty());
    }

    #[test]
    fn paid_earned_and_earlier_owned_touchpoints_do_not_count() {
        let mut project = project();
        project
            .touchpoints
            .push(owned_by("welcome", "purchase", Owner::Owned));
        project
            .touchpoints
            .push(owned_by("retargeting", "loyalty", Owner::Paid));
        project
            .touchpoints
            .push(owned_by("reviews", "advocacy", Owner::Earned));
        let hits = check(&MissingPostPurchaseEngagement, &project);
        assert_eq!(hits.len(), 1);
        assert!(hits[0].message.contains("Experience, Loyalty and Advocacy"));
    }

    #[test]
    fn fires_when_a_custom_model_has_no_post_stage() {
        let mut project = project();
        project.stages = vec![
            stage("awareness", "Awareness", Funnel::Top),
            stage("purchase", "Purchase", Funnel::Bottom),
        ];
        project.touchpoints.push(touchpoint("shop", "purchase"));
        let hits = check(&MissingPostPurchaseEngagement, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage, None);
        assert!(hits[0].message.contains("no stage after the purchase"));
    }

    #[test]
    fn speaks_danish_and_swedish() {
        let mut project = project();
        project.stages = vec![
            stage("conversion", "Konvertering", Funnel::Bottom),
            stage("usage", "Brug", Funnel::Post),
            stage("loyalty", "Loyalitet", Funnel::Post),
        ];
        project.site.language = crate::rules::testing::language("da");
        assert!(
            check(&MissingPostPurchaseEngagement, &project)[0]
                .message
                .starts_with("Faserne Brug og Loyalitet har ingen ejede kontaktpunkter:")
        );
        project.stages[1].name = "Användning".into();
        project.stages[2].name = "Lojalitet".into();
        project.site.language = crate::rules::testing::language("sv");
        assert!(
            check(&MissingPostPurchaseEngagement, &project)[0]
                .message
                .starts_with("Faserna Användning och Lojalitet saknar egna kontaktpunkter:")
        );
    }
}
