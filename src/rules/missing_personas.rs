//! `missing-personas`: the audit defines no persona.

use super::{Area, Context, Hit, Rule, RuleDoc, RuleInfo};
use crate::i18n::Message;
use crate::model::Severity;

pub struct MissingPersonas;

static INFO: RuleInfo = RuleInfo {
    id: "missing-personas",
    area: Area::Research,
    severity: Severity::Warning,
    doc: RuleDoc {
        what: "Fires once, for the whole journey, when `content/personas/` holds no persona file. \
               One persona is enough to silence it.",
        why: "A journey map is the journey of someone: the typical customers the interviews \
              revealed, usually two or three personas with their own goals, questions and \
              frustrations. Without them every touchpoint is judged against an average customer \
              who does not exist, and Trailmark cannot tell whether a stage leaves one kind of \
              customer without a touchpoint (`persona-gap` needs personas to work).",
        example: "An audit folder with scorecards and research notes but no `content/personas/` \
                  folder, or an empty one.",
        fix: "From the interviews with customers (8-10 is a good number), describe the 2-3 \
              typical customers in `content/personas/<id>.md`, with `name`, `segment`, `share`, \
              `goals` and `frustrations` in the front matter:\n\n\
              ```markdown\n\
              +++\n\
              name = \"Mette\"\n\
              segment = \"Private buyer replacing the family car\"\n\
              share = 55\n\
              goals = [\"Know the full monthly cost before visiting a showroom\"]\n\
              frustrations = [\"Lease offers hide the down payment\"]\n\
              +++\n\n\
              Mette, 41, replaces the family car within six months...\n\
              ```\n\n\
              Then list on each touchpoint the `personas` it is meant for (no list means all).",
    },
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
