//! `untargeted-persona`: early in the journey, a persona is reached only
//! by touchpoints that name no persona, while the audit does target others.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::{Funnel, Severity};

pub struct UntargetedPersona;

static INFO: RuleInfo = RuleInfo {
    id: "untargeted-persona",
    area: Area::Touchpoints,
    severity: Severity::Warning,
};

impl Rule for UntargetedPersona {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let project = ctx.project;
        if !project.touchpoints.iter().any(|tp| tp.personas.is_some()) {
            return Vec::new();
        }
        let mut hits = Vec::new();
        for stage in ctx.stage_ids_at(&[Funnel::Top, Funnel::Middle]) {
            let general = project
                .touchpoints_of(stage)
                .filter(|tp| tp.personas.is_none())
                .count();
            if general == 0 {
                continue;
            }
            for persona in &project.personas {
                let named = project.touchpoints_of(stage).any(|tp| {
                    tp.personas
                        .as_ref()
                        .is_some_and(|ids| ids.contains(&persona.id))
                });
                if named {
                    continue;
                }
                hits.push(Hit {
                    stage: Some(stage.to_string()),
                    persona: Some(persona.id.clone()),
                    message: Message::new("finding-untargeted-persona")
                        .with("stage", Arg::Stage(stage.to_string()))
                        .with("persona", Arg::Persona(persona.id.clone()))
                        .with("count", Arg::Count(general)),
                    ..Hit::default()
                });
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, persona, project, touchpoint};

    fn for_personas(id: &str, stage: &str, personas: &[&str]) -> crate::model::Touchpoint {
        let mut tp = touchpoint(id, stage);
        tp.personas = Some(personas.iter().map(|p| p.to_string()).collect());
        tp
    }

    fn two_personas() -> crate::model::Project {
        let mut project = project();
        project.personas = vec![persona("henrik"), persona("mette")];
        project
    }

    #[test]
    fn fires_for_a_persona_reached_only_by_general_touchpoints() {
        let mut project = two_personas();
        project
            .touchpoints
            .push(touchpoint("model-pages", "consideration"));
        project
            .touchpoints
            .push(for_personas("test-drive", "consideration", &["mette"]));
        let hits = check(&UntargetedPersona, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage.as_deref(), Some("consideration"));
        assert_eq!(hits[0].persona.as_deref(), Some("henrik"));
        assert_eq!(
            hits[0].message,
            "No touchpoint in the Consideration stage is aimed at Persona henrik; only one \
             touchpoint that names no persona reaches them."
        );
    }

    #[test]
    fn silent_without_targeting_late_in_the_funnel_or_where_persona_gap_fires() {
        assert!(check(&UntargetedPersona, &healthy()).is_empty());
        // Nothing names personas anywhere: nothing to compare.
        let mut project = two_personas();
        project
            .touchpoints
            .push(touchpoint("model-pages", "consideration"));
        assert!(check(&UntargetedPersona, &project).is_empty());
        // A bottom stage is not checked.
        let mut project = two_personas();
        project.touchpoints.push(touchpoint("offer", "decision"));
        project
            .touchpoints
            .push(for_personas("lease", "decision", &["mette"]));
        assert!(check(&UntargetedPersona, &project).is_empty());
        // Nothing in the stage serves henrik: persona-gap's finding.
        let mut project = two_personas();
        project
            .touchpoints
            .push(for_personas("ads", "awareness", &["mette"]));
        assert!(check(&UntargetedPersona, &project).is_empty());
    }

    #[test]
    fn boundary_one_touchpoint_naming_the_persona_silences_it() {
        let mut project = two_personas();
        project
            .touchpoints
            .push(touchpoint("model-pages", "awareness"));
        project
            .touchpoints
            .push(for_personas("fleet", "awareness", &["henrik"]));
        project
            .touchpoints
            .push(for_personas("ads", "awareness", &["mette"]));
        assert!(check(&UntargetedPersona, &project).is_empty());
        project.touchpoints.pop();
        let hits = check(&UntargetedPersona, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].persona.as_deref(), Some("mette"));
    }
}
