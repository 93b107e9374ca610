//! `scope-change`: touchpoints came into or left a stage since the previous
//! cycle, so its score is not comparable as it stands.

use super::{Area, Context, Hit, Localized, Rule, RuleDoc, RuleInfo};
use crate::i18n::quoted;
use crate::model::{Language, Severity};

pub struct ScopeChange;

static INFO: RuleInfo = RuleInfo {
    id: "scope-change",
    title: Localized {
        en: "The stages hold the same touchpoints as in the previous cycle",
        da: "Faserne har de samme kontaktpunkter som i sidste cyklus",
        sv: "Faserna har samma kontaktpunkter som i förra cykeln",
    },
    failure_title: Localized {
        en: "A stage's touchpoints changed since the previous cycle",
        da: "En fases kontaktpunkter har ændret sig siden sidste cyklus",
        sv: "En fas kontaktpunkter har ändrats sedan förra cykeln",
    },
    advice: Localized {
        en: "Compare the changed stages like for like, and say in the stage notes why their touchpoints changed",
        da: "Sammenlign de ændrede faser på samme kontaktpunkter, og skriv i fasenoterne, hvorfor kontaktpunkterne har ændret sig",
        sv: "Jämför de ändrade faserna på samma kontaktpunkter, och skriv i fasanteckningarna varför kontaktpunkterna har ändrats",
    },
    rationale: Localized {
        en: "A stage whose touchpoints changed scores a different journey, so its score change says as much about the map as about the customer's experience.",
        da: "En fase, hvis kontaktpunkter har ændret sig, scorer en anden rejse, så dens scoreændring siger lige så meget om kortet som om kundens oplevelse.",
        sv: "En fas vars kontaktpunkter har ändrats poängsätter en annan resa, så dess poängförändring säger lika mycket om kartan som om kundens upplevelse.",
    },
    area: Area::Data,
    severity: Severity::Info,
    doc: RuleDoc {
        what: "Compares the touchpoints of each stage with the previous cycle's snapshot in \
               `history/`, by id, and fires once for every stage that gained or lost \
               touchpoints: added to the journey, removed from it, or moved between stages (a \
               moved touchpoint counts in both stages, the one it left and the one it joined). \
               The message names them. A changed name is no change, and neither is an id \
               changed with `previous_id`: the touchpoint is the same.\n\n\
               Without a previous cycle's snapshot there is nothing to compare with, and the \
               rule cannot fire.",
        why: "A stage's score is the mean of its touchpoints. When a touchpoint is mapped for \
              the first time, dropped or moved, the stage's score moves with it although the \
              customer's experience may not have changed at all: a newly mapped touchpoint \
              scoring 44 can make a stage that improved look like a fall. Saying the change of \
              scope apart keeps a reader from taking a changed score for a changed journey; the \
              report's \"since\" page and `score-regression` compare such stages like for like.",
        example: "The previous cycle's snapshot has `radio-spot` and `search-ads` in the \
                  awareness stage; this cycle's scorecard adds a touchpoint:\n\n\
                  ```toml\n\
                  [[touchpoint]]\n\
                  id      = \"ev-guide-video\"\n\
                  name    = \"Video guide: living with an electric car\"\n\
                  channel = \"video\"\n\
                  ```",
        fix: "Nothing needs fixing when the change is intended: the finding is information for \
              the reader. Say in the stage note why the touchpoints changed. If a touchpoint was \
              only renamed, give it `previous_id = \"<old id>\"` so that it keeps its history.",
    },
};

impl Rule for ScopeChange {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let (Some(changes), Some(previous)) = (ctx.changes, ctx.previous) else {
            return Vec::new();
        };
        let language = ctx.language();
        let current_name = |id: &str| {
            quoted(
                language,
                ctx.project.touchpoint(id).map_or(id, |tp| tp.name.as_str()),
            )
        };
        let earlier_name = |id: &str| {
            quoted(
                language,
                previous
                    .touchpoint(id)
                    .map(|tp| tp.name.as_str())
                    .filter(|name| !name.is_empty())
                    .unwrap_or(id),
            )
        };
        let stage_name = |id: &str| ctx.stage_name(id).to_string();
        let cycle = &changes.from;
        changes
            .stages
            .iter()
            .filter(|stage| stage.has_scope_change())
            .map(|stage| {
                let mut parts = Vec::new();
                let names = |ids: &[String], name: &dyn Fn(&str) -> String| {
                    ids.iter().map(|id| name(id)).collect::<Vec<_>>()
                };
                let added = names(&stage.added, &current_name);
                let removed = names(&stage.removed, &earlier_name);
                let moved_in: Vec<String> = stage
                    .moved_in
                    .iter()
                    .map(|id| {
                        let from = changes
                            .touchpoints
                            .moved
                            .iter()
                            .find(|moved| &moved.id == id)
                            .map_or(String::new(), |moved| stage_name(&moved.from));
                        (current_name(id), from)
                    })
                    .map(|(name, from)| phrase(language, Phrase::From, &name, &from))
                    .collect();
                let moved_out: Vec<String> = stage
                    .moved_out
                    .iter()
                    .map(|id| {
                        let to = ctx
                            .project
                            .touchpoint(id)
                            .map_or(String::new(), |tp| stage_name(&tp.stage));
                        phrase(language, Phrase::To, &current_name(id), &to)
                    })
                    .collect();
                for (label, list) in [
                    (Label::Added, added),
                    (Label::Removed, removed),
                    (Label::MovedIn, moved_in),
                    (Label::MovedOut, moved_out),
                ] {
                    if !list.is_empty() {
                        parts.push(format!("{} {}", label.word(language), list.join(", ")));
                    }
                }
                let name = ctx.stage_name(&stage.id);
                let list = parts.join("; ");
                Hit {
                    stage: Some(stage.id.clone()),
                    message: ctx.say(
                        format!(
                            "The {name} stage's touchpoints changed since {cycle}: {list}. \
                             Its score compares like for like only over the touchpoints in both \
                             cycles."
                        ),
                        format!(
                            "Kontaktpunkterne i fasen {name} har ændret sig siden {cycle}: {list}. \
                             Dens score kan kun sammenlignes på de kontaktpunkter, der findes i \
                             begge cyklusser."
                        ),
                        format!(
                            "Kontaktpunkterna i fasen {name} har ändrats sedan {cycle}: {list}. \
                             Dess poäng kan bara jämföras över de kontaktpunkter som finns i båda \
                             cyklerna."
                        ),
                    ),
                    ..Hit::default()
                }
            })
            .collect()
    }
}

/// The kinds of change a message lists.
enum Label {
    Added,
    Removed,
    MovedIn,
    MovedOut,
}

impl Label {
    fn word(&self, language: Language) -> &'static str {
        match (self, language) {
            (Label::Added, Language::En) => "added",
            (Label::Added, Language::Da) => "tilføjet",
            (Label::Added, Language::Sv) => "tillagda",
            (Label::Removed, Language::En) => "removed",
            (Label::Removed, Language::Da) => "fjernet",
            (Label::Removed, Language::Sv) => "borttagna",
            (Label::MovedIn, Language::En) => "moved here",
            (Label::MovedIn, Language::Da) => "flyttet hertil",
            (Label::MovedIn, Language::Sv) => "flyttade hit",
            (Label::MovedOut, Language::En) => "moved away",
            (Label::MovedOut, Language::Da) => "flyttet væk",
            (Label::MovedOut, Language::Sv) => "flyttade bort",
        }
    }
}

enum Phrase {
    From,
    To,
}

/// `“Name” (from Decision)` / `“Name” (to Purchase)`.
fn phrase(language: Language, phrase: Phrase, name: &str, stage: &str) -> String {
    let word = match (phrase, language) {
        (Phrase::From, Language::En) => "from",
        (Phrase::From, Language::Da) => "fra",
        (Phrase::From, Language::Sv) => "från",
        (Phrase::To, Language::En) => "to",
        (Phrase::To, Language::Da) => "til",
        (Phrase::To, Language::Sv) => "till",
    };
    format!("{name} ({word} {stage})")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PreviousCycle, Project};
    use crate::report::Report;
    use crate::rules::testing::{check, healthy, project, touchpoint};
    use crate::score::Scores;

    fn previous(mut project: Project) -> PreviousCycle {
        project.site.cycle = "2026-Q3".into();
        Report::build(&project, &Scores::compute(&project), None).as_previous()
    }

    fn run(project: &Project, previous: &PreviousCycle) -> Vec<Hit> {
        let scores = Scores::compute(project);
        let current = Report::build(project, &scores, None).as_previous();
        let changes = crate::changes::scores(previous, &current);
        ScopeChange.check(&Context {
            project,
            scores: &scores,
            previous: Some(previous),
            changes: Some(&changes),
        })
    }

    fn with(touchpoints: &[(&str, &str)]) -> Project {
        let mut project = project();
        for (id, stage) in touchpoints {
            project.touchpoints.push(touchpoint(id, stage));
        }
        project
    }

    #[test]
    fn fires_once_per_stage_naming_what_was_added_removed_and_moved() {
        let before = previous(with(&[
            ("radio", "awareness"),
            ("mover", "awareness"),
            ("gone", "decision"),
        ]));
        let now = with(&[
            ("radio", "awareness"),
            ("video", "awareness"),
            ("mover", "decision"),
        ]);
        let hits = run(&now, &before);
        assert_eq!(hits.len(), 2, "{hits:?}");
        assert_eq!(hits[0].stage.as_deref(), Some("awareness"));
        assert_eq!(hits[0].touchpoint, None);
        assert_eq!(
            hits[0].message,
            "The Awareness stage's touchpoints changed since 2026-Q3: added “Touchpoint video”; \
             moved away “Touchpoint mover” (to Decision). Its score compares like for like only \
             over the touchpoints in both cycles."
        );
        assert_eq!(hits[1].stage.as_deref(), Some("decision"));
        assert!(
            hits[1].message.contains(
                "removed “Touchpoint gone”; moved here “Touchpoint mover” (from Awareness)"
            ),
            "{}",
            hits[1].message
        );
    }

    #[test]
    fn silent_without_a_previous_cycle_or_with_the_same_touchpoints() {
        assert!(check(&ScopeChange, &healthy()).is_empty());
        let before = previous(healthy());
        assert!(run(&healthy(), &before).is_empty());
    }

    #[test]
    fn boundary_a_new_name_or_a_previous_id_is_no_change() {
        let before = previous(with(&[("search-ads", "awareness"), ("radio", "awareness")]));
        let mut now = with(&[("paid-search", "awareness"), ("radio", "awareness")]);
        now.touchpoints[0].previous_id = Some("search-ads".into());
        now.touchpoints[1].name = "Radio, renamed".into();
        assert!(run(&now, &before).is_empty());
        // Without previous_id the same change is a removal and an addition.
        now.touchpoints[0].previous_id = None;
        let hits = run(&now, &before);
        assert_eq!(hits.len(), 1);
        assert!(
            hits[0]
                .message
                .contains("added “Touchpoint paid-search”; removed “Touchpoint search-ads”"),
            "{}",
            hits[0].message
        );
    }
}
