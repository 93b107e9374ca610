//! `unaddressed-pain-point`: a touchpoint has pain points or a negative
//! emotion but no opportunity that answers them.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct UnaddressedPainPoint;

static INFO: RuleInfo = RuleInfo {
    id: "unaddressed-pain-point",
    area: Area::Content,
    severity: Severity::Warning,
};

impl Rule for UnaddressedPainPoint {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        ctx.project
            .touchpoints
            .iter()
            .filter(|tp| tp.opportunities.is_empty())
            .filter(|tp| !tp.pain_points.is_empty() || tp.emotion.is_some_and(|e| e <= -1))
            .map(|tp| {
                let touchpoint = Arg::Touchpoint(tp.id.clone());
                let message = if tp.pain_points.is_empty() {
                    Message::new("finding-unaddressed-pain-point-emotion")
                        .with("touchpoint", touchpoint)
                        .with(
                            "emotion",
                            Arg::Number(f64::from(tp.emotion.unwrap_or_default())),
                        )
                } else {
                    let quoted = |text: &str| {
                        Message::new("quoted").with("text", Arg::Text(text.to_string()))
                    };
                    Message::new("finding-unaddressed-pain-point")
                        .with("touchpoint", touchpoint)
                        .with("count", Arg::Count(tp.pain_points.len()))
                        .with(
                            "list",
                            Arg::List(
                                tp.pain_points
                                    .iter()
                                    .map(|pain| quoted(&pain.text))
                                    .collect(),
                            ),
                        )
                };
                Hit {
                    stage: Some(tp.stage.clone()),
                    touchpoint: Some(tp.id.clone()),
                    message,
                    area: tp.pain_area(),
                    ..Hit::default()
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, project, touchpoint};

    #[test]
    fn fires_for_pain_points_without_opportunity() {
        let mut project = project();
        let mut tp = touchpoint("chat", "consideration");
        tp.name = "Website chat".into();
        tp.pain_points = vec!["Bot cannot answer".into(), "Slow call back".into()];
        project.touchpoints.push(tp);
        let hits = check(&UnaddressedPainPoint, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage.as_deref(), Some("consideration"));
        assert_eq!(hits[0].touchpoint.as_deref(), Some("chat"));
        assert_eq!(hits[0].shortfall, 0.0);
        assert_eq!(
            hits[0].message,
            "“Website chat” has 2 pain points and no opportunity to answer them: \
             “Bot cannot answer”; “Slow call back”."
        );
    }

    #[test]
    fn fires_for_negative_emotion_alone() {
        let mut project = project();
        let mut tp = touchpoint("app", "experience");
        tp.emotion = Some(-1);
        project.touchpoints.push(tp);
        project.site.language = crate::rules::testing::language("sv");
        let hits = check(&UnaddressedPainPoint, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].touchpoint.as_deref(), Some("app"));
        assert!(
            hits[0].message.contains("(känsla -1)"),
            "{}",
            hits[0].message
        );
        assert!(hits[0].message.contains("”Touchpoint app”"));
    }

    #[test]
    fn silent_when_an_opportunity_answers_or_nothing_hurts() {
        assert!(check(&UnaddressedPainPoint, &healthy()).is_empty());
        let mut project = project();
        let mut answered = touchpoint("a", "awareness");
        answered.emotion = Some(-2);
        answered.pain_points = vec!["One".into(), "Two".into()];
        answered.opportunities = vec!["One fix".into()];
        project.touchpoints.push(answered);
        assert!(check(&UnaddressedPainPoint, &project).is_empty());
    }

    #[test]
    fn takes_the_area_of_the_first_pain_point_that_names_one() {
        let mut project = project();
        let mut tp = touchpoint("login", "experience");
        tp.pain_points = vec![
            "Slow".into(),
            crate::model::PainPoint {
                text: "Login fails on phones".into(),
                id: None,
                area: Some(Area::Technology),
            },
            crate::model::PainPoint {
                text: "Confusing copy".into(),
                id: None,
                area: Some(Area::Content),
            },
        ];
        project.touchpoints.push(tp);
        let hits = check(&UnaddressedPainPoint, &project);
        assert_eq!(hits[0].area, Some(Area::Technology));
        project.touchpoints[0].pain_points.truncate(1);
        assert_eq!(check(&UnaddressedPainPoint, &project)[0].area, None);
    }

    #[test]
    fn boundary_emotion_zero_is_not_negative() {
        let mut project = project();
        let mut neutral = touchpoint("n", "awareness");
        neutral.emotion = Some(0);
        project.touchpoints.push(neutral);
        assert!(check(&UnaddressedPainPoint, &project).is_empty());
        project.touchpoints[0].emotion = Some(-1);
        assert_eq!(check(&UnaddressedPainPoint, &project).len(), 1);
    }
}
