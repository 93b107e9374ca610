//! `persona-gap`: a persona has no touchpoint in a stage that has
//! touchpoints.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct PersonaGap;

static INFO: RuleInfo = RuleInfo {
    id: "persona-gap",
    area: Area::Research,
    severity: Severity::Warning,
};

impl Rule for PersonaGap {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let mut hits = Vec::new();
        for stage in &ctx.project.stages {
            let touchpoints: Vec<_> = ctx.project.touchpoints_of(&stage.id).collect();
            if touchpoints.is_empty() {
                continue;
            }
            for persona in &ctx.project.personas {
                if touchpoints.iter().any(|tp| tp.serves(&persona.id)) {
                    continue;
                }
                hits.push(Hit {
                    stage: Some(stage.id.clone()),
                    persona: Some(persona.id.clone()),
                    message: Message::new("finding-persona-gap")
                        .with("stage", Arg::Stage(stage.id.clone()))
                        .with("persona", Arg::Persona(persona.id.clone()))
                        .with("count", Arg::Count(touchpoints.len())),
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

    #[test]
    fn fires_per_persona_and_stage_naming_the_persona() {
        let mut project = project();
        project.personas = vec![persona("freja"), persona("henrik"), persona("mette")];
        project.personas[0].name = "Freja".into();
        project.personas[0].segment = Some("Young first-car buyer".into());
        project
            .touchpoints
            .push(for_personas("reminder", "loyalty", &["mette", "henrik"]));
        project
            .touchpoints
            .push(for_personas("owners", "loyalty", &["mette"]));
        project
            .touchpoints
            .push(for_personas("quote", "decision", &["henrik"]));
        let hits = check(&PersonaGap, &project);
        let ids: Vec<(Option<&str>, Option<&str>)> = hits
            .iter()
            .map(|h| (h.stage.as_deref(), h.persona.as_deref()))
            .collect();
        assert_eq!(
            ids,
            vec![
                (Some("decision"), Some("freja")),
                (Some("decision"), Some("mette")),
                (Some("loyalty"), Some("freja")),
            ]
        );
        assert!(hits.iter().all(|h| h.touchpoint.is_none()));
        assert_eq!(
            hits[2].message,
            "No touchpoint in the Loyalty stage serves Freja (Young first-car buyer): \
             all 2 are meant for other personas."
        );
        assert_eq!(
            hits[1].message,
            "No touchpoint in the Decision stage serves Persona mette: \
             its only touchpoint is meant for other personas."
        );
    }

    #[test]
    fn silent_on_healthy_and_without_personas() {
        assert!(check(&PersonaGap, &healthy()).is_empty());
        let mut project = project();
        project
            .touchpoints
            .push(for_personas("a", "awareness", &["nobody"]));
        assert!(check(&PersonaGap, &project).is_empty());
    }

    #[test]
    fn boundary_no_list_serves_everyone_a_list_only_its_own() {
        let mut project = project();
        project.personas = vec![persona("freja")];
        // A list that does not name the persona: a gap.
        project
            .touchpoints
            .push(for_personas("a", "awareness", &["mette"]));
        assert_eq!(check(&PersonaGap, &project).len(), 1);
        // An empty list serves nobody.
        project.touchpoints[0].personas = Some(Vec::new());
        assert_eq!(check(&PersonaGap, &project).len(), 1);
        // No list at all serves every persona.
        project.touchpoints[0].personas = None;
        assert!(check(&PersonaGap, &project).is_empty());
    }

    #[test]
    fn empty_stages_are_skipped() {
        let mut project = project();
        project.personas = vec![persona("freja")];
        project.touchpoints.push(touchpoint("a", "awareness"));
        // Six empty stages, none reported here.
        assert!(check(&PersonaGap, &project).is_empty());
    }

    #[test]
    fn danish_message() {
        let mut project = project();
        project.site.language = crate::rules::testing::language("da");
        project.personas = vec![persona("freja")];
        project.personas[0].name = "Freja".into();
        project
            .touchpoints
            .push(for_personas("a", "loyalty", &["mette"]));
        project
            .touchpoints
            .push(for_personas("b", "loyalty", &["mette"]));
        let hits = check(&PersonaGap, &project);
        assert_eq!(
            hits[0].message,
            "Intet kontaktpunkt i fasen Loyalty henvender sig til Freja: \
             alle 2 er rettet mod andre personaer."
        );
    }
}
