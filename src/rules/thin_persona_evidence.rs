//! `thin-persona-evidence`: a persona rests on too few interviews of its own.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::{ResearchMethod, Severity};

pub struct ThinPersonaEvidence;

static INFO: RuleInfo = RuleInfo {
    id: "thin-persona-evidence",
    area: Area::Research,
    severity: Severity::Info,
};

impl Rule for ThinPersonaEvidence {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let minimum = ctx.project.site.thresholds.min_interviews_per_persona;
        ctx.project
            .personas
            .iter()
            .filter_map(|persona| {
                let interviews = ctx
                    .project
                    .research()
                    .filter(|note| note.persona.as_deref() == Some(persona.id.as_str()))
                    .filter_map(|note| note.research.as_ref())
                    .filter(|meta| meta.method == ResearchMethod::Interview)
                    .fold(0u64, |total, meta| total.saturating_add(meta.participants));
                if interviews >= minimum {
                    return None;
                }
                let count = |value: u64| Arg::Count(usize::try_from(value).unwrap_or(usize::MAX));
                Some(Hit {
                    persona: Some(persona.id.clone()),
                    message: Message::new("finding-thin-persona-evidence")
                        .with("persona", Arg::Persona(persona.id.clone()))
                        .with("interviews", count(interviews))
                        .with("minimum", count(minimum)),
                    ..Hit::default()
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, persona, project, research};

    fn interviews(persona: &str, participants: u64) -> crate::model::Note {
        let mut note = research(
            &format!("interview-{persona}"),
            ResearchMethod::Interview,
            participants,
        );
        note.persona = Some(persona.into());
        note
    }

    #[test]
    fn fires_per_persona_with_too_few_interviews_of_its_own() {
        let mut project = project();
        project.personas = vec![persona("freja"), persona("henrik"), persona("mette")];
        project.notes = vec![
            interviews("mette", 6),
            interviews("henrik", 1),
            // A workshop about freja does not count.
            {
                let mut note = research("workshop", ResearchMethod::Workshop, 9);
                note.persona = Some("freja".into());
                note
            },
        ];
        let hits = check(&ThinPersonaEvidence, &project);
        let personas: Vec<_> = hits.iter().map(|h| h.persona.as_deref()).collect();
        assert_eq!(personas, [Some("freja"), Some("henrik")]);
        assert_eq!(
            hits[0].message,
            "No interview names Persona freja; at least 2 are needed."
        );
        assert_eq!(
            hits[1].message,
            "Persona henrik rests on 1 interviewed customer; at least 2 are needed."
        );
    }

    #[test]
    fn silent_when_every_persona_has_its_interviews() {
        assert!(check(&ThinPersonaEvidence, &healthy()).is_empty());
    }

    #[test]
    fn boundary_exactly_the_minimum_passes() {
        let mut project = project();
        project.personas = vec![persona("mette")];
        project.notes = vec![interviews("mette", 1), interviews("mette-2", 0)];
        project.notes[1].persona = Some("mette".into());
        project.notes[1].path = "research/second.md".into();
        assert_eq!(check(&ThinPersonaEvidence, &project).len(), 1);
        project.notes[1]
            .research
            .as_mut()
            .expect("research")
            .participants = 1;
        assert!(check(&ThinPersonaEvidence, &project).is_empty());
    }
}
