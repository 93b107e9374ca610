//! `empty-stage`: a stage of the model has no touchpoint.

use super::{Area, Context, Hit, Localized, Rule, RuleDoc, RuleInfo};
use crate::model::Severity;

pub struct EmptyStage;

static INFO: RuleInfo = RuleInfo {
    id: "empty-stage",
    title: Localized {
        en: "Every stage has touchpoints",
        da: "Alle faser har kontaktpunkter",
        sv: "Alla faser har kontaktpunkter",
    },
    failure_title: Localized {
        en: "A stage has no touchpoints",
        da: "En fase har ingen kontaktpunkter",
        sv: "En fas saknar kontaktpunkter",
    },
    advice: Localized {
        en: "Give the empty stages touchpoints of their own",
        da: "Giv de tomme faser deres egne kontaktpunkter",
        sv: "Ge de tomma faserna egna kontaktpunkter",
    },
    rationale: Localized {
        en: "Customers who reach an empty stage meet nothing from the brand, so they look for answers elsewhere, often with a competitor.",
        da: "Kunder, der når en tom fase, møder intet fra brandet og søger derfor svar andre steder, ofte hos en konkurrent.",
        sv: "Kunder som når en tom fas möter ingenting från varumärket och söker därför svar på annat håll, ofta hos en konkurrent.",
    },
    area: Area::Touchpoints,
    severity: Severity::Error,
    doc: RuleDoc {
        what: "Fires once for every stage of the journey model whose scorecard lists no touchpoint, \
               or that has no scorecard at all.",
        why: "A stage with no touchpoint is a place where the customer is left alone: nothing the brand \
              does meets them there, so they find their answers elsewhere, often with a competitor. An \
              empty stage also scores 0 and pulls the whole journey score down.",
        example: "A seven-stage audit with no `content/scorecards/advocacy.toml`: nothing asks happy \
                  customers to recommend the brand.",
        fix: "Map what the customer does in the stage, find the touchpoints that serve it (or that \
              should), and list them in `content/scorecards/<stage>.toml`. If the stage truly does not \
              apply to this client, choose a model without it or accept the gap with a `[[waiver]]`.",
    },
};

impl Rule for EmptyStage {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        ctx.project
            .stages
            .iter()
            .filter(|stage| ctx.project.touchpoints_of(&stage.id).next().is_none())
            .map(|stage| Hit {
                stage: Some(stage.id.clone()),
                message: ctx.say(
                    format!("The {} stage has no touchpoints.", stage.name),
                    format!("Fasen {} har ingen kontaktpunkter.", stage.name),
                    format!("Fasen {} saknar kontaktpunkter.", stage.name),
                ),
                ..Hit::default()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, project, touchpoint};

    #[test]
    fn fires_once_per_empty_stage() {
        let mut project = project();
        project.touchpoints.push(touchpoint("a", "awareness"));
        let hits = check(&EmptyStage, &project);
        assert_eq!(hits.len(), 6);
        assert_eq!(hits[0].stage.as_deref(), Some("consideration"));
        assert!(hits[0].message.contains("Consideration"));
    }

    #[test]
    fn silent_when_every_stage_has_a_touchpoint() {
        assert!(check(&EmptyStage, &healthy()).is_empty());
    }

    #[test]
    fn boundary_one_touchpoint_is_not_empty() {
        let mut project = project();
        for stage in project.stages.clone() {
            project.touchpoints.push(touchpoint(&stage.id, &stage.id));
        }
        assert!(check(&EmptyStage, &project).is_empty());
    }
}
