//! `missing-emotion-data`: too few touchpoints record an emotion for the
//! emotion curve to mean much.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct MissingEmotionData;

static INFO: RuleInfo = RuleInfo {
    id: "missing-emotion-data",
    area: Area::Research,
    severity: Severity::Info,
};

impl Rule for MissingEmotionData {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let total = ctx.project.touchpoints.len();
        if total == 0 {
            return Vec::new();
        }
        let with = ctx
            .project
            .touchpoints
            .iter()
            .filter(|tp| tp.emotion.is_some())
            .count();
        let minimum = ctx.project.site.thresholds.min_emotion_coverage;
        // Exact for whole percentages: both sides are small integers.
        if with as f64 * 100.0 >= minimum * total as f64 {
            return Vec::new();
        }
        vec![Hit {
            message: Message::new("finding-missing-emotion-data")
                .with("with", Arg::Count(with))
                .with("total", Arg::Count(total))
                .with("share", Arg::Percent(with as f64 * 100.0 / total as f64))
                .with("minimum", Arg::Percent(minimum)),
            ..Hit::default()
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, project, touchpoint};

    fn with_emotions(total: usize, with: usize) -> crate::model::Project {
        let mut project = project();
        for i in 0..total {
            let mut tp = touchpoint(&format!("tp-{i}"), "awareness");
            tp.emotion = (i < with).then_some(0);
            project.touchpoints.push(tp);
        }
        project
    }

    #[test]
    fn fires_when_too_few_touchpoints_have_an_emotion() {
        let hits = check(&MissingEmotionData, &with_emotions(13, 3));
        assert_eq!(hits.len(), 1);
        assert_eq!(
            (hits[0].stage.as_ref(), hits[0].touchpoint.as_ref()),
            (None, None)
        );
        assert_eq!(
            hits[0].message,
            "Only 3 of 13 touchpoints record an emotion (23%); the emotion curve needs at least 50%."
        );
    }

    #[test]
    fn silent_with_enough_emotions_or_no_touchpoints() {
        assert!(check(&MissingEmotionData, &healthy()).is_empty());
        assert!(check(&MissingEmotionData, &project()).is_empty());
    }

    #[test]
    fn boundary_exactly_at_the_coverage_passes() {
        assert!(check(&MissingEmotionData, &with_emotions(12, 6)).is_empty());
        assert_eq!(check(&MissingEmotionData, &with_emotions(13, 6)).len(), 1);
        let mut project = with_emotions(4, 1);
        project.site.thresholds.min_emotion_coverage = 25.0;
        assert!(check(&MissingEmotionData, &project).is_empty());
        project.site.thresholds.min_emotion_coverage = 25.5;
        assert_eq!(check(&MissingEmotionData, &project).len(), 1);
    }
}
