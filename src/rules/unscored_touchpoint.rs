//! `unscored-touchpoint`: a touchpoint lacks a score for a configured
//! scoring dimension.

use super::{Area, Context, Hit, Rule, RuleDoc, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct UnscoredTouchpoint;

static INFO: RuleInfo = RuleInfo {
    id: "unscored-touchpoint",
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
        let dimensions = &ctx.project.site.scoring.dimensions;
        ctx.project
            .touchpoints
            .iter()
            .enumerate()
            .filter_map(|(index, tp)| {
                let missing: Vec<String> = dimensions
                    .iter()
                    .filter(|dimension| !tp.scores.contains_key(*dimension))
                    .cloned()
                    .collect();
                if missing.is_empty() {
                    return None;
                }
                let rest = dimensions.len() - missing.len();
                let message = if ctx.scores.touchpoint(index).is_none() {
                    Message::new("finding-unscored-touchpoint")
                } else {
                    Message::new("finding-unscored-touchpoint-partly")
                        .with("rest", Arg::Count(rest))
                };
                Some(Hit {
                    stage: Some(tp.stage.clone()),
                    touchpoint: Some(tp.id.clone()),
                    message: message
                        .with("touchpoint", Arg::Touchpoint(tp.id.clone()))
                        .with("dimensions", Arg::Dimensions(missing)),
                    ..Hit::default()
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
            "“Touchpoint lease-page” is not scored on Presence and Consistency; \
             its score rests on the other 2 dimensions."
        );
    }

    #[test]
    fn fires_for_a_wholly_unscored_touchpoint() {
        let mut project = project();
        project.site.language = crate::rules::testing::language("da");
        let mut tp = touchpoint("new", "loyalty");
        tp.scores.clear();
        project.touchpoints.push(tp);
        let hits = check(&UnscoredTouchpoint, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(
            hits[0].message,
            "»Touchpoint new« er ikke scoret på Tilstedeværelse, Relevans, Konsistens og Oplevelse: \
             kontaktpunktet har ingen score og tæller ikke med i fasens score."
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
                "not scored on Relevance; its score rests on the one remaining dimension."
            ),
            "{}",
            hits[0].message
        );
    }
}
