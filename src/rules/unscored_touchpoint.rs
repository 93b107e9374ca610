//! `unscored-touchpoint`: a touchpoint lacks a score for a configured
//! scoring dimension.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct UnscoredTouchpoint;

static INFO: RuleInfo = RuleInfo {
    id: "unscored-touchpoint",
    area: Area::Data,
    severity: Severity::Info,
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
