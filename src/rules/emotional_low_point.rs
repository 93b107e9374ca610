//! `emotional-low-point`: a touchpoint where a persona's emotion is at or
//! below `low_emotion`, whatever the touchpoint's score.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct EmotionalLowPoint;

static INFO: RuleInfo = RuleInfo {
    id: "emotional-low-point",
    area: Area::Touchpoints,
    severity: Severity::Warning,
};

impl Rule for EmotionalLowPoint {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let threshold = ctx.project.site.thresholds.low_emotion;
        ctx.project
            .touchpoints
            .iter()
            .filter_map(|tp| {
                let lowest = tp.emotion.filter(|emotion| *emotion <= threshold)?;
                let personas: Vec<Message> = ctx
                    .project
                    .personas
                    .iter()
                    .filter(|persona| tp.emotion_of(&persona.id).is_some_and(|e| e <= threshold))
                    .map(|persona| {
                        Message::new("persona-name")
                            .with("persona", Arg::Persona(persona.id.clone()))
                    })
                    .collect();
                let who: Vec<Message> = if personas.is_empty() {
                    Vec::new()
                } else {
                    vec![Message::new("low-point-who").with("personas", Arg::Items(personas))]
                };
                let pains: Vec<Message> = tp
                    .pain_points
                    .iter()
                    .map(|pain| Message::new("quoted").with("text", Arg::Text(pain.text.clone())))
                    .collect();
                let message = if pains.is_empty() {
                    Message::new("finding-emotional-low-point-unexplained")
                } else {
                    Message::new("finding-emotional-low-point").with("list", Arg::List(pains))
                };
                Some(Hit {
                    stage: Some(tp.stage.clone()),
                    touchpoint: Some(tp.id.clone()),
                    message: message
                        .with("touchpoint", Arg::Touchpoint(tp.id.clone()))
                        .with("emotion", Arg::Number(f64::from(lowest)))
                        .with("who", Arg::List(who)),
                    area: tp.pain_area(),
                    ..Hit::default()
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::model::PainPoint;
    use crate::rules::testing::{check, healthy, persona, project, scored, touchpoint};

    fn with_personas() -> crate::model::Project {
        let mut project = project();
        project.personas = vec![persona("henrik"), persona("mette")];
        project
    }

    #[test]
    fn fires_for_a_passing_touchpoint_naming_the_low_personas_and_pain_points() {
        let mut project = with_personas();
        let mut tp = scored(touchpoint("callback", "decision"), 3.0);
        tp.name = "Callback".into();
        tp.emotions = BTreeMap::from([("mette".into(), -2), ("henrik".into(), 0)]);
        tp.emotion = Some(-2);
        tp.pain_points = vec![
            "Calls three times a week".into(),
            PainPoint {
                text: "CRM loses the note".into(),
                id: None,
                area: Some(Area::Technology),
            },
        ];
        project.touchpoints.push(tp);
        let hits = check(&EmotionalLowPoint, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].touchpoint.as_deref(), Some("callback"));
        assert_eq!(hits[0].persona, None);
        assert_eq!(hits[0].area, Some(Area::Technology));
        assert_eq!(
            hits[0].message,
            "“Callback” is an emotional low point (emotion -2 for Persona mette): \
             “Calls three times a week”; “CRM loses the note”."
        );
    }

    #[test]
    fn one_number_is_felt_by_every_persona_served() {
        let mut project = with_personas();
        let mut tp = touchpoint("form", "purchase");
        tp.emotion = Some(-2);
        project.touchpoints.push(tp);
        let hits = check(&EmotionalLowPoint, &project);
        assert!(
            hits[0].message.contains(
                "(emotion -2 for Persona henrik and Persona mette), and no pain point says why"
            ),
            "{}",
            hits[0].message
        );
        assert_eq!(hits[0].area, None);
    }

    #[test]
    fn silent_above_the_threshold() {
        assert!(check(&EmotionalLowPoint, &healthy()).is_empty());
        let mut project = with_personas();
        let mut tp = touchpoint("a", "awareness");
        tp.emotion = Some(-1);
        project.touchpoints.push(tp);
        assert!(check(&EmotionalLowPoint, &project).is_empty());
    }

    #[test]
    fn boundary_at_the_threshold_fires() {
        let mut project = with_personas();
        project.site.thresholds.low_emotion = -1;
        let mut tp = touchpoint("a", "awareness");
        tp.emotion = Some(-1);
        project.touchpoints.push(tp);
        assert_eq!(check(&EmotionalLowPoint, &project).len(), 1);
        project.touchpoints[0].emotion = Some(0);
        assert!(check(&EmotionalLowPoint, &project).is_empty());
    }
}
