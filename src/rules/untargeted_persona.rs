//! `untargeted-persona`: early in the journey, a persona is reached only
//! by touchpoints that name no persona, while the audit does target others.

use super::{Area, Context, Hit, Localized, Rule, RuleDoc, RuleInfo};
use crate::model::{Funnel, Severity};

pub struct UntargetedPersona;

static INFO: RuleInfo = RuleInfo {
    id: "untargeted-persona",
    title: Localized {
        en: "Every persona has touchpoints aimed at it early in the journey",
        da: "Alle personaer har kontaktpunkter rettet mod sig tidligt i kunderejsen",
        sv: "Alla personas har kontaktpunkter riktade till sig tidigt i kundresan",
    },
    failure_title: Localized {
        en: "A persona has no touchpoint aimed at it in a stage",
        da: "En persona har intet kontaktpunkt rettet mod sig i en fase",
        sv: "En persona saknar kontaktpunkt riktad till sig i en fas",
    },
    advice: Localized {
        en: "Aim touchpoints at the personas only general touchpoints reach",
        da: "Ret kontaktpunkter mod de personaer, som kun de generelle kontaktpunkter når",
        sv: "Rikta kontaktpunkter till de personas som bara de allmänna kontaktpunkterna når",
    },
    rationale: Localized {
        en: "A segment that only meets touchpoints made for everyone gets nothing that answers its own questions while it is still choosing.",
        da: "Et segment, der kun møder kontaktpunkter lavet til alle, får intet, der svarer på dets egne spørgsmål, mens det stadig vælger.",
        sv: "Ett segment som bara möter kontaktpunkter gjorda för alla får inget som svarar på dess egna frågor medan det fortfarande väljer.",
    },
    area: Area::Touchpoints,
    severity: Severity::Warning,
    doc: RuleDoc {
        what: "In every `top` or `middle` stage, fires for each persona that no touchpoint of the \
               stage names in its `personas` list, but that at least one touchpoint of the stage \
               without a list serves, provided at least one touchpoint anywhere in the audit \
               names personas (otherwise nothing is targeted and the rule has nothing to \
               compare). One finding per persona and stage. Where nothing in the stage serves the \
               persona at all, `persona-gap` fires instead.",
        why: "A touchpoint without `personas` counts as serving everyone, so `persona-gap` \
              cannot see that nothing is aimed at a segment. When the audit targets the private \
              buyers with their own touchpoints and the business customers meet only the general \
              website, the business customers are served on paper and not in practice, just \
              when they compare suppliers.",
        example: "With personas `mette` and `henrik`, a consideration scorecard:\n\n\
                  ```toml\n\
                  [[touchpoint]]\n\
                  id = \"model-pages\"\n\
                  channel = \"website\"            # no personas: serves everyone\n\n\
                  [[touchpoint]]\n\
                  id = \"test-drive-booking\"\n\
                  channel = \"website\"\n\
                  personas = [\"mette\"]\n\
                  ```\n\n\
                  fires `untargeted-persona@consideration~henrik`.",
        fix: "Ask what the persona needs to decide in that stage and aim a touchpoint at it: \
              extend one (and add the persona to its `personas` list) or add one of its own. If \
              a general touchpoint really is made for the persona, name the persona in its \
              list.",
    },
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
                let who = &persona.name;
                let stage_name = ctx.stage_name(stage);
                let message = ctx.say(
                    format!(
                        "No touchpoint in the {stage_name} stage is aimed at {who}; only {} \
                         that name{} no persona reach{} them.",
                        if general == 1 {
                            "one touchpoint".to_string()
                        } else {
                            format!("{general} touchpoints")
                        },
                        if general == 1 { "s" } else { "" },
                        if general == 1 { "es" } else { "" },
                    ),
                    format!(
                        "Intet kontaktpunkt i fasen {stage_name} er rettet mod {who}; kun {} \
                         uden personaer når dem.",
                        if general == 1 {
                            "ét kontaktpunkt".to_string()
                        } else {
                            format!("{general} kontaktpunkter")
                        },
                    ),
                    format!(
                        "Ingen kontaktpunkt i fasen {stage_name} riktar sig till {who}; bara {} \
                         utan personas når dem.",
                        if general == 1 {
                            "en kontaktpunkt".to_string()
                        } else {
                            format!("{general} kontaktpunkter")
                        },
                    ),
                );
                hits.push(Hit {
                    stage: Some(stage.to_string()),
                    persona: Some(persona.id.clone()),
                    message,
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
