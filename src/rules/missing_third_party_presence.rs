//! `missing-third-party-presence`: no `top` or `middle` stage has an earned
//! or third-party touchpoint.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::model::{Funnel, Owner, Severity};

pub struct MissingThirdPartyPresence;

static INFO: RuleInfo = RuleInfo {
    id: "missing-third-party-presence",
    area: Area::Touchpoints,
    severity: Severity::Warning,
};

impl Rule for MissingThirdPartyPresence {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let early = ctx.stage_ids_at(&[Funnel::Top, Funnel::Middle]);
        let present = ctx.any_touchpoint_in(&early, |tp| {
            matches!(tp.owner, Owner::Earned | Owner::ThirdParty)
        });
        if present {
            return Vec::new();
        }
        vec![Hit {
            message: ctx.stages_lacking(
                "finding-missing-third-party-presence",
                "finding-missing-third-party-presence-no-stage",
                &early,
            ),
            ..Hit::default()
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Stage;
    use crate::rules::testing::{check, healthy, owned_by, project, scored};

    #[test]
    fn fires_once_when_early_stages_are_owned_and_paid_only() {
        let mut project = project();
        project
            .touchpoints
            .push(owned_by("ads", "awareness", Owner::Paid));
        project
            .touchpoints
            .push(owned_by("site", "consideration", Owner::Owned));
        let hits = check(&MissingThirdPartyPresence, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage, None);
        assert_eq!(hits[0].touchpoint, None);
        assert_eq!(hits[0].shortfall, 0.0);
        assert_eq!(
            hits[0].message,
            "The Awareness and Consideration stages have no earned or third-party touchpoint: \
             customers meet no reviews, recommendations or partner channels before they reach the \
             brand's own and paid ones."
        );
    }

    #[test]
    fn silent_with_an_earned_touchpoint_early() {
        // healthy() has an earned store touchpoint in awareness.
        assert!(check(&MissingThirdPartyPresence, &healthy()).is_empty());
    }

    #[test]
    fn boundary_one_third_party_touchpoint_in_a_middle_stage_is_enough_whatever_its_score() {
        let mut project = project();
        project.touchpoints.push(scored(
            owned_by("marketplace", "consideration", Owner::ThirdParty),
            0.0,
        ));
        assert!(check(&MissingThirdPartyPresence, &project).is_empty());
    }

    #[test]
    fn earned_and_third_party_touchpoints_late_in_the_journey_do_not_count() {
        let mut project = project();
        project
            .touchpoints
            .push(owned_by("dealer-portal", "decision", Owner::ThirdParty));
        project
            .touchpoints
            .push(owned_by("reviews", "advocacy", Owner::Earned));
        let hits = check(&MissingThirdPartyPresence, &project);
        assert_eq!(hits.len(), 1);
        assert!(hits[0].message.contains("Awareness and Consideration"));
    }

    #[test]
    fn fires_when_the_model_has_no_top_or_middle_stage() {
        let mut project = project();
        project.stages = vec![Stage {
            id: "purchase".into(),
            name: "Purchase".into(),
            funnel: Funnel::Bottom,
        }];
        project
            .touchpoints
            .push(owned_by("reviews", "purchase", Owner::Earned));
        let hits = check(&MissingThirdPartyPresence, &project);
        assert_eq!(hits.len(), 1);
        assert!(
            hits[0]
                .message
                .contains("no top- or middle-of-funnel stage")
        );
    }

    #[test]
    fn speaks_danish_and_swedish() {
        let mut project = project();
        project
            .stages
            .retain(|stage| stage.funnel != Funnel::Middle);
        project.stages[0].name = "Kendskab".into();
        project.site.language = crate::rules::testing::language("da");
        assert!(
            check(&MissingThirdPartyPresence, &project)[0]
                .message
                .starts_with(
                    "Fasen Kendskab har ingen fortjente kontaktpunkter og ingen hos tredjepart:"
                )
        );
        project.stages[0].name = "Kännedom".into();
        project.site.language = crate::rules::testing::language("sv");
        assert!(
            check(&MissingThirdPartyPresence, &project)[0]
                .message
                .starts_with("Fasen Kännedom saknar förtjänade kontaktpunkter och kontaktpunkter hos tredje part:")
        );
    }
}
