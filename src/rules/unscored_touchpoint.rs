//! `unscored-touchpoint`: a touchpoint lacks a score for a configured
//! scoring dimension.

use super::{Area, Context, Hit, Localized, Rule, RuleDoc, RuleInfo};
use crate::i18n::quoted;
use crate::model::Severity;

pub struct UnscoredTouchpoint;

static INFO: RuleInfo = RuleInfo {
    id: "unscored-touchpoint",
    title: Localized {
        en: "Every touchpoint is scored on every dimension",
        da: "Alle kontaktpunkter er scoret på alle dimensioner",
        sv: "Alla kontaktpunkter är poängsatta på alla dimensioner",
    },
    failure_title: Localized {
        en: "A touchpoint is missing scores",
        da: "Et kontaktpunkt mangler scorer",
        sv: "En kontaktpunkt saknar poäng",
    },
    advice: Localized {
        en: "Score the missing dimensions",
        da: "Scor de manglende dimensioner",
        sv: "Poängsätt de saknade dimensionerna",
    },
    rationale: Localized {
        en: "Scores resting on partial evidence can make a touchpoint look better or worse than it is and blur the next cycle's comparison.",
        da: "Scorer, der bygger på et ufuldstændigt grundlag, kan få et kontaktpunkt til at se bedre eller værre ud, end det er, og sløre næste cyklus' sammenligning.",
        sv: "Poäng som vilar på ett ofullständigt underlag kan få en kontaktpunkt att se bättre eller sämre ut än den är och göra nästa cykels jämförelse otydlig.",
    },
    area: Area::Data,
    severity: Severity::Info,
    doc: RuleDoc {
        what: "Fires once for every touchpoint whose `[touchpoint.scores]` table lacks one or more \
               of the dimensions configured in `[scoring] dimensions` (by default presence, \
               relevance, consistency and experience), naming the missing ones. A touchpoint with \
               some dimensions scored still gets a score from those; one with none is unscored and \
               left out of its stage's score.",
        why: "The scores are what make stages comparable and what the next optimisation cycle is \
              measured against. A missing dimension is quietly dropped from the mean, so the \
              touchpoint's score rests on less evidence than its neighbours' and may look better \
              (or worse) than it is; a touchpoint with no score at all does not count in its stage. \
              Sometimes that is deliberate, for example a page relaunched during the audit, and \
              the finding is the reminder to come back to it.",
        example: "```toml\n\
                  [[touchpoint]]\n\
                  id = \"private-lease-page\"\n\
                  name = \"Private-leasing offers page\"\n\
                  channel = \"website\"\n\n\
                  [touchpoint.scores]\n\
                  presence = 4\n\
                  relevance = 3\n\
                  experience = 3\n\
                  # consistency is missing\n\
                  ```",
        fix: "Score the missing dimensions from the audit's evidence (mystery shopping, \
              analytics, interviews). If a dimension cannot be judged yet, leave it out and accept \
              the finding with a `[[waiver]]` whose reason says when it will be scored.",
    },
};

impl Rule for UnscoredTouchpoint {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let language = ctx.language();
        let dimensions = &ctx.project.site.scoring.dimensions;
        ctx.project
            .touchpoints
            .iter()
            .enumerate()
            .filter_map(|(index, tp)| {
                let missing: Vec<&str> = dimensions
                    .iter()
                    .filter(|dimension| !tp.scores.contains_key(*dimension))
                    .map(String::as_str)
                    .collect();
                if missing.is_empty() {
                    return None;
                }
                let name = quoted(language, &tp.name);
                let list = missing.join(", ");
                let rest = dimensions.len() - missing.len();
                let message = if ctx.scores.touchpoint(index).is_none() {
                    ctx.say(
                        format!(
                            "{name} is not scored on {list}: it has no score and is left out of \
                             its stage's score."
                        ),
                        format!(
                            "{name} er ikke scoret på {list}: det har ingen score og tæller ikke \
                             med i fasens score."
                        ),
                        format!(
                            "{name} är inte poängsatt på {list}: den saknar poäng och räknas inte \
                             med i fasens poäng."
                        ),
                    )
                } else {
                    ctx.say(
                        format!(
                            "{name} is not scored on {list}; its score rests on {}.",
                            if rest == 1 {
                                "the one remaining dimension".to_string()
                            } else {
                                format!("the other {rest} dimensions")
                            }
                        ),
                        format!(
                            "{name} er ikke scoret på {list}; dets score bygger på {}.",
                            if rest == 1 {
                                "den sidste dimension".to_string()
                            } else {
                                format!("de øvrige {rest} dimensioner")
                            }
                        ),
                        format!(
                            "{name} är inte poängsatt på {list}; poängen bygger på {}.",
                            if rest == 1 {
                                "den återstående dimensionen".to_string()
                            } else {
                                format!("de övriga {rest} dimensionerna")
                            }
                        ),
                    )
                };
                Some(Hit {
                    stage: Some(tp.stage.clone()),
                    touchpoint: Some(tp.id.clone()),
                    message,
                    ..Hit::default()
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;
    use crate::rules::testing::{check, healthy, project, touchpoint};

    #[test]
    fn fires_naming_the_missing_dimensions() {
        let mut project = project();
        let mut tp = touchpoint("lease-page", "decision");
        tp.scores.remove("consistency");
        tp.scores.remove("presence");
        project.touchpoints.push(tp);
        project.touchpoints.push(touchpoint("complete", "decision"));
        let hits = check(&UnscoredTouchpoint, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage.as_deref(), Some("decision"));
        assert_eq!(hits[0].touchpoint.as_deref(), Some("lease-page"));
        assert_eq!(
            hits[0].message,
            "“Touchpoint lease-page” is not scored on presence, consistency; \
             its score rests on the other 2 dimensions."
        );
    }

    #[test]
    fn fires_for_a_wholly_unscored_touchpoint() {
        let mut project = project();
        project.site.language = Language::Da;
        let mut tp = touchpoint("new", "loyalty");
        tp.scores.clear();
        project.touchpoints.push(tp);
        let hits = check(&UnscoredTouchpoint, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(
            hits[0].message,
            "»Touchpoint new« er ikke scoret på presence, relevance, consistency, experience: \
             det har ingen score og tæller ikke med i fasens score."
        );
    }

    #[test]
    fn silent_when_every_dimension_is_scored() {
        assert!(check(&UnscoredTouchpoint, &healthy()).is_empty());
    }

    #[test]
    fn boundary_only_configured_dimensions_count() {
        let mut project = project();
        project.site.scoring.dimensions = vec!["presence".into(), "relevance".into()];
        let mut tp = touchpoint("a", "awareness");
        tp.scores.remove("experience");
        project.touchpoints.push(tp);
        assert!(check(&UnscoredTouchpoint, &project).is_empty());
        project.touchpoints[0].scores.remove("relevance");
        let hits = check(&UnscoredTouchpoint, &project);
        assert!(
            hits[0].message.ends_with(
                "not scored on relevance; its score rests on the one remaining dimension."
            ),
            "{}",
            hits[0].message
        );
    }
}
