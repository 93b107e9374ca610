//! `missing-decision-content`: no `bottom` stage has hard content.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::model::{ContentKind, Funnel, Severity};

pub struct MissingDecisionContent;

static INFO: RuleInfo = RuleInfo {
    id: "missing-decision-content",
    area: Area::Content,
    severity: Severity::Warning,
};

impl Rule for MissingDecisionContent {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let bottom = ctx.stage_ids_at(&[Funnel::Bottom]);
        let has_hard = ctx.any_touchpoint_in(&bottom, |tp| tp.content == ContentKind::Hard);
        if has_hard {
            return Vec::new();
        }
        vec![Hit {
            message: ctx.stages_lacking(
                "finding-missing-decision-content",
                "finding-missing-decision-content-no-stage",
                &bottom,
            ),
            ..Hit::default()
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, project, scored, stage, touchpoint};

    fn hard(id: &str, stage: &str) -> crate::model::Touchpoint {
        let mut tp = touchpoint(id, stage);
        tp.content = ContentKind::Hard;
        tp
    }

    #[test]
    fn fires_once_when_the_bottom_stages_only_inform() {
        let mut project = healthy();
        for tp in &mut project.touchpoints {
            if tp.stage == "decision" || tp.stage == "purchase" {
                tp.content = ContentKind::Soft;
            }
        }
        let hits = check(&MissingDecisionContent, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage, None);
        assert_eq!(hits[0].touchpoint, None);
        assert_eq!(hits[0].shortfall, 0.0);
        assert_eq!(
            hits[0].message,
            "The Decision and Purchase stages have no hard content: customers ready to buy find \
             no offer, price or call to action."
        );
    }

    #[test]
    fn silent_when_a_bottom_stage_has_hard_content() {
        assert!(check(&MissingDecisionContent, &healthy()).is_empty());
    }

    #[test]
    fn boundary_one_hard_touchpoint_in_one_bottom_stage_is_enough_whatever_its_score() {
        let mut project = project();
        project
            .touchpoints
            .push(scored(hard("quote", "purchase"), 0.0));
        assert!(check(&MissingDecisionContent, &project).is_empty());
    }

    #[test]
    fn hard_content_outside_the_bottom_stages_does_not_count() {
        let mut project = project();
        project.touchpoints.push(hard("radio", "awareness"));
        project
            .touchpoints
            .push(hard("newsletter", "consideration"));
        project.touchpoints.push(hard("renewal", "loyalty"));
        project.touchpoints.push(touchpoint("guide", "decision"));
        let hits = check(&MissingDecisionContent, &project);
        assert_eq!(hits.len(), 1);
        assert!(hits[0].message.contains("Decision and Purchase"));
    }

    #[test]
    fn fires_when_the_model_has_no_bottom_stage() {
        let mut project = project();
        project.stages = vec![
            stage("search", "Search", Funnel::Top),
            stage("use", "Use", Funnel::Post),
        ];
        project.touchpoints.push(hard("ads", "search"));
        let hits = check(&MissingDecisionContent, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage, None);
        assert!(hits[0].message.contains("no bottom-of-funnel stage"));
    }

    #[test]
    fn names_a_single_bottom_stage_in_every_language() {
        let mut project = project();
        project.stages = vec![
            stage("search", "Søgning", Funnel::Top),
            stage("conversion", "Konvertering", Funnel::Bottom),
        ];
        project.site.language = crate::rules::testing::language("da");
        assert_eq!(
            check(&MissingDecisionContent, &project)[0].message,
            "Fasen Konvertering har intet hårdt indhold: købsparate kunder finder hverken tilbud, \
             pris eller opfordring til handling."
        );
        project.site.language = crate::rules::testing::language("sv");
        assert!(
            check(&MissingDecisionContent, &project)[0]
                .message
                .starts_with("Fasen Konvertering saknar hårt innehåll")
        );
    }
}
