//! `unaddressed-pain-point`: a touchpoint has pain points or a negative
//! emotion but no opportunity that answers them.

use super::{Area, Context, Hit, Localized, Rule, RuleDoc, RuleInfo};
use crate::i18n::quoted;
use crate::model::Severity;

pub struct UnaddressedPainPoint;

static INFO: RuleInfo = RuleInfo {
    id: "unaddressed-pain-point",
    title: Localized {
        en: "Every pain point has an opportunity",
        da: "Alle smertepunkter har en mulighed",
        sv: "Alla smärtpunkter har en möjlighet",
    },
    failure_title: Localized {
        en: "A touchpoint has pain points but no opportunity",
        da: "Et kontaktpunkt har smertepunkter, men ingen mulighed",
        sv: "En kontaktpunkt har smärtpunkter men ingen möjlighet",
    },
    advice: Localized {
        en: "Turn each pain point into a concrete opportunity",
        da: "Gør hvert smertepunkt til en konkret mulighed",
        sv: "Gör varje smärtpunkt till en konkret möjlighet",
    },
    rationale: Localized {
        en: "Customers feel these problems today, but without a planned answer none of them turns into an improvement in the next cycle.",
        da: "Kunderne mærker problemerne i dag, men uden et planlagt svar bliver ingen af dem til en forbedring i næste cyklus.",
        sv: "Kunderna känner av problemen i dag, men utan ett planerat svar blir inget av dem en förbättring i nästa cykel.",
    },
    area: Area::Content,
    severity: Severity::Warning,
    doc: RuleDoc {
        what: "Fires once for every touchpoint that records at least one `pain_points` entry, or an \
               `emotion` of -1 or lower, and has an empty (or absent) `opportunities` list. An \
               emotion of 0 or above with no pain points is fine without opportunities; one \
               opportunity is enough to silence the rule, however many pain points there are.",
        why: "Pain points are what the interviews with customers and the staff workshop turned up: \
              the places where the journey hurts. A pain point with no opportunity next to it is a \
              problem the audit saw and left without an answer, so it never becomes an action the \
              client can take in the next optimisation cycle. A negative emotion with nothing noted \
              is the same gap one step earlier: customers feel it, but nobody has written down why \
              or what to do.",
        example: "```toml\n\
                  [[touchpoint]]\n\
                  id = \"website-chat\"\n\
                  name = \"Website chat (bot after opening hours)\"\n\
                  channel = \"chat\"\n\
                  emotion = -1\n\
                  pain_points = [\"The bot cannot answer leasing questions\"]\n\
                  # no opportunities\n\
                  ```",
        fix: "For each pain point, write at least one opportunity: a concrete change to the \
              touchpoint's content, data, channel or technology that would remove it (\"Hand \
              leasing questions after hours to a human the next morning, with a promised time\"). \
              Where only the emotion is negative, go back to the interview notes, record the pain \
              point behind it, then its opportunity.",
    },
};

impl Rule for UnaddressedPainPoint {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let language = ctx.language();
        ctx.project
            .touchpoints
            .iter()
            .filter(|tp| tp.opportunities.is_empty())
            .filter(|tp| !tp.pain_points.is_empty() || tp.emotion.is_some_and(|e| e <= -1))
            .map(|tp| {
                let name = quoted(language, &tp.name);
                let count = tp.pain_points.len();
                let message = if count == 0 {
                    let emotion = tp.emotion.unwrap_or_default();
                    ctx.say(
                        format!(
                            "Customers feel negative at {name} (emotion {emotion}), but it records \
                             neither a pain point nor an opportunity."
                        ),
                        format!(
                            "Kunderne oplever {name} negativt (følelse {emotion}), men der er \
                             hverken noteret smertepunkter eller muligheder."
                        ),
                        format!(
                            "Kunderna upplever {name} negativt (känsla {emotion}), men varken \
                             smärtpunkter eller möjligheter är noterade."
                        ),
                    )
                } else {
                    let list = tp
                        .pain_points
                        .iter()
                        .map(|pain| quoted(language, &pain.text))
                        .collect::<Vec<_>>()
                        .join("; ");
                    ctx.say(
                        format!(
                            "{name} has {count} pain point{} and no opportunity to answer {}: \
                             {list}.",
                            if count == 1 { "" } else { "s" },
                            if count == 1 { "it" } else { "them" },
                        ),
                        format!(
                            "{name} har {count} {} og ingen mulighed, der tager hånd om {}: \
                             {list}.",
                            if count == 1 {
                                "smertepunkt"
                            } else {
                                "smertepunkter"
                            },
                            if count == 1 { "det" } else { "dem" },
                        ),
                        format!(
                            "{name} har {count} {} och ingen möjlighet som tar itu med {}: \
                             {list}.",
                            if count == 1 {
                                "smärtpunkt"
                            } else {
                                "smärtpunkter"
                            },
                            if count == 1 { "den" } else { "dem" },
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
    use crate::model::Language;
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
        project.site.language = Language::Sv;
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
