//! `missing-top-funnel-content`: a `top` stage has no soft content that
//! reaches the pass line.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::{ContentKind, Funnel, Severity};

pub struct MissingTopFunnelContent;

static INFO: RuleInfo = RuleInfo {
    id: "missing-top-funnel-content",
    area: Area::Content,
    severity: Severity::Warning,
};

/// A soft touchpoint's name and score, as the message lists it.
fn listed(touchpoint: &str, score: Option<f64>) -> Message {
    let touchpoint = Arg::Touchpoint(touchpoint.to_string());
    match score {
        Some(score) => Message::new("scored-touchpoint")
            .with("touchpoint", touchpoint)
            .with("score", Arg::Score(score)),
        None => Message::new("unscored-touchpoint").with("touchpoint", touchpoint),
    }
}

impl Rule for MissingTopFunnelContent {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let project = ctx.project;
        let pass = ctx.pass();
        project
            .stages
            .iter()
            .filter(|stage| stage.funnel == Funnel::Top)
            .filter_map(|stage| {
                let total = project.touchpoints_of(&stage.id).count();
                let soft: Vec<(&str, Option<f64>)> = project
                    .touchpoints
                    .iter()
                    .enumerate()
                    .filter(|(_, tp)| tp.stage == stage.id && tp.content == ContentKind::Soft)
                    .map(|(index, tp)| (tp.id.as_str(), ctx.scores.touchpoint(index)))
                    .collect();
                if soft
                    .iter()
                    .any(|(_, score)| score.is_some_and(|score| ctx.passes(score)))
                {
                    return None;
                }
                let best = soft.iter().filter_map(|(_, score)| *score).reduce(f64::max);
                let stage_arg = Arg::Stage(stage.id.clone());
                let message = if total == 0 {
                    Message::new("finding-missing-top-funnel-content-empty")
                        .with("stage", stage_arg)
                } else if soft.is_empty() {
                    Message::new("finding-missing-top-funnel-content-none")
                        .with("stage", stage_arg)
                        .with("total", Arg::Count(total))
                } else {
                    Message::new("finding-missing-top-funnel-content-weak")
                        .with("stage", stage_arg)
                        .with("pass", Arg::Score(pass))
                        .with(
                            "list",
                            Arg::List(soft.iter().map(|(tp, score)| listed(tp, *score)).collect()),
                        )
                };
                Some(Hit {
                    stage: Some(stage.id.clone()),
                    message,
                    shortfall: best.map_or(0.0, |best| pass - best),
                    ..Hit::default()
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Stage;
    use crate::rules::testing::{check, healthy, project, scored, touchpoint};

    fn soft(id: &str, stage: &str, score: f64) -> crate::model::Touchpoint {
        let mut tp = scored(touchpoint(id, stage), score);
        tp.content = ContentKind::Soft;
        tp
    }

    #[test]
    fn fires_when_the_top_stage_only_sells() {
        let mut project = healthy();
        for tp in &mut project.touchpoints {
            if tp.stage == "awareness" {
                tp.content = ContentKind::Hard;
            }
        }
        let hits = check(&MissingTopFunnelContent, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage.as_deref(), Some("awareness"));
        assert_eq!(hits[0].touchpoint, None);
        assert_eq!(hits[0].shortfall, 0.0);
        assert!(
            hits[0]
                .message
                .starts_with("The Awareness stage has no soft content: none of its 2 touchpoints"),
            "{}",
            hits[0].message
        );
    }

    #[test]
    fn fires_when_all_soft_content_is_below_pass_and_names_it() {
        let mut project = project();
        project.touchpoints.push(soft("blog", "awareness", 2.4));
        project.touchpoints.push(soft("podcast", "awareness", 2.0));
        let hits = check(&MissingTopFunnelContent, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(
            hits[0].message,
            "The soft content of the Awareness stage does not reach the pass line of 60.0: \
             “Touchpoint blog” (48.0); “Touchpoint podcast” (40.0)."
        );
        // The best soft touchpoint is 12 points short.
        assert!((hits[0].shortfall - 12.0).abs() < 1e-9);
    }

    #[test]
    fn silent_when_a_soft_touchpoint_passes() {
        assert!(check(&MissingTopFunnelContent, &healthy()).is_empty());
        let mut project = project();
        project.touchpoints.push(soft("weak", "awareness", 1.0));
        project.touchpoints.push(soft("good", "awareness", 4.0));
        assert!(check(&MissingTopFunnelContent, &project).is_empty());
    }

    #[test]
    fn boundary_exactly_at_pass_passes_just_below_fires() {
        let mut project = project();
        project.touchpoints.push(soft("blog", "awareness", 3.0));
        assert!(check(&MissingTopFunnelContent, &project).is_empty());
        project.touchpoints[0] = soft("blog", "awareness", 2.99);
        let hits = check(&MissingTopFunnelContent, &project);
        assert_eq!(hits.len(), 1);
        assert!(hits[0].message.contains("“Touchpoint blog” (59.8)"));
    }

    #[test]
    fn unscored_soft_content_does_not_count() {
        let mut project = project();
        let mut tp = soft("blog", "awareness", 4.0);
        tp.scores.clear();
        project.touchpoints.push(tp);
        let hits = check(&MissingTopFunnelContent, &project);
        assert_eq!(hits.len(), 1);
        assert!(hits[0].message.contains("“Touchpoint blog” (not scored)"));
        assert_eq!(hits[0].id(), "finding-missing-top-funnel-content-weak");
        assert_eq!(hits[0].shortfall, 0.0);
    }

    #[test]
    fn passing_soft_content_in_a_later_stage_does_not_help() {
        let mut project = project();
        project.touchpoints.push(touchpoint("ads", "awareness"));
        project
            .touchpoints
            .push(soft("guide", "consideration", 5.0));
        let hits = check(&MissingTopFunnelContent, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage.as_deref(), Some("awareness"));
    }

    #[test]
    fn an_empty_top_stage_fires() {
        let hits = check(&MissingTopFunnelContent, &project());
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage.as_deref(), Some("awareness"));
        assert!(hits[0].message.contains("has no touchpoints"));
    }

    #[test]
    fn one_finding_per_top_stage() {
        let mut project = project();
        project.stages = vec![
            Stage {
                id: "search".into(),
                name: "Search".into(),
                funnel: Funnel::Top,
            },
            Stage {
                id: "inspiration".into(),
                name: "Inspiration".into(),
                funnel: Funnel::Top,
            },
            Stage {
                id: "buy".into(),
                name: "Buy".into(),
                funnel: Funnel::Bottom,
            },
        ];
        project.touchpoints.push(soft("guide", "search", 4.0));
        project.touchpoints.push(touchpoint("ads", "inspiration"));
        let hits = check(&MissingTopFunnelContent, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage.as_deref(), Some("inspiration"));
        assert!(hits[0].message.contains("Inspiration"));
    }

    #[test]
    fn silent_when_the_model_has_no_top_stage() {
        let mut project = project();
        project.stages.retain(|stage| stage.funnel != Funnel::Top);
        project.touchpoints.push(touchpoint("ads", "consideration"));
        assert!(check(&MissingTopFunnelContent, &project).is_empty());
    }

    #[test]
    fn speaks_danish_and_swedish() {
        let mut project = project();
        project.touchpoints.push(soft("blog", "awareness", 2.0));
        project.site.language = crate::rules::testing::language("da");
        project.stages[0].name = "Kendskab".into();
        let hits = check(&MissingTopFunnelContent, &project);
        assert_eq!(
            hits[0].message,
            "Det bløde indhold i fasen Kendskab når ikke op på grænsen for bestået (60,0): \
             »Touchpoint blog« (40,0)."
        );
        project.site.language = crate::rules::testing::language("sv");
        project.stages[0].name = "Kännedom".into();
        project.touchpoints[0].scores.clear();
        let hits = check(&MissingTopFunnelContent, &project);
        assert_eq!(
            hits[0].message,
            "Det mjuka innehållet i fasen Kännedom når inte upp till godkäntgränsen (60,0): \
             ”Touchpoint blog” (ej poängsatt)."
        );
    }
}
