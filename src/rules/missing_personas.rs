//! `missing-personas`: the audit defines no persona.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::Message;
use crate::model::Severity;

pub struct MissingPersonas;

static INFO: RuleInfo = RuleInfo {
    id: "missing-personas",
    area: Area::Research,
    severity: Severity::Warning,
};

impl Rule for MissingPersonas {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        if !ctx.project.personas.is_empty() {
            return Vec::new();
        }
        vec![Hit {
            message: Message::new("finding-missing-personas"),
            ..Hit::default()
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, persona, project};

    #[test]
    fn fires_once_journey_wide_without_personas() {
        let hits = check(&MissingPersonas, &project());
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage, None);
        assert_eq!(hits[0].touchpoint, None);
        assert_eq!(hits[0].persona, None);
        assert!(hits[0].message.starts_with("No persona is defined"));
        // Client text: no folder names.
        assert!(!hits[0].message.contains("content/"));
    }

    #[test]
    fn silent_with_personas() {
        assert!(check(&MissingPersonas, &healthy()).is_empty());
    }

    #[test]
    fn boundary_one_persona_is_enough() {
        let mut project = project();
        project.personas.push(persona("freja"));
        assert!(check(&MissingPersonas, &project).is_empty());
    }

    #[test]
    fn swedish_message() {
        let mut project = project();
        project.site.language = crate::rules::testing::language("sv");
        let hits = check(&MissingPersonas, &project);
        assert!(hits[0].message.starts_with("Inga personas är beskrivna"));
    }
}
