//! `kpi-below-target`: a touchpoint's KPI misses its target.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::{Kpi, Severity};

pub struct KpiBelowTarget;

static INFO: RuleInfo = RuleInfo {
    id: "kpi-below-target",
    area: Area::Data,
    severity: Severity::Warning,
};

impl Rule for KpiBelowTarget {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        ctx.project
            .touchpoints
            .iter()
            .filter_map(|tp| {
                let missed: Vec<&Kpi> = tp
                    .kpis
                    .iter()
                    .filter(|kpi| kpi.meets_target() == Some(false))
                    .collect();
                if missed.is_empty() {
                    return None;
                }
                Some(Hit {
                    stage: Some(tp.stage.clone()),
                    touchpoint: Some(tp.id.clone()),
                    message: Message::new("finding-kpi-below-target")
                        .with("touchpoint", Arg::Touchpoint(tp.id.clone()))
                        .with("count", Arg::Count(missed.len()))
                        .with(
                            "list",
                            Arg::List(missed.into_iter().map(describe).collect()),
                        ),
                    ..Hit::default()
                })
            })
            .collect()
    }
}

/// One missed KPI: `Call answer rate 78% (target at least 90%)`.
fn describe(kpi: &Kpi) -> Message {
    let id = if kpi.higher_is_better {
        "kpi-missed-at-least"
    } else {
        "kpi-missed-at-most"
    };
    Message::new(id)
        .with("kpi", Arg::Text(kpi.name.clone()))
        .with("value", Arg::Quantity(kpi.value, kpi.unit.clone()))
        .with(
            "target",
            Arg::Quantity(kpi.target.unwrap_or_default(), kpi.unit.clone()),
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, project, touchpoint};

    fn kpi(name: &str, value: f64, target: Option<f64>, higher_is_better: bool) -> Kpi {
        Kpi {
            name: name.into(),
            value,
            target,
            unit: None,
            higher_is_better,
        }
    }

    #[test]
    fn fires_once_per_touchpoint_naming_every_missed_kpi() {
        let mut project = project();
        let mut phone = touchpoint("sales-phone", "decision");
        phone.name = "Sales phone line".into();
        let mut answer_rate = kpi("Call answer rate", 78.0, Some(90.0), true);
        answer_rate.unit = Some("%".into());
        let mut wait = kpi("Average wait", 95.0, Some(60.0), false);
        wait.unit = Some("seconds".into());
        phone.kpis = vec![answer_rate, kpi("Calls", 500.0, Some(400.0), true), wait];
        project.touchpoints.push(phone);
        let hits = check(&KpiBelowTarget, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage.as_deref(), Some("decision"));
        assert_eq!(hits[0].touchpoint.as_deref(), Some("sales-phone"));
        assert_eq!(
            hits[0].message,
            "“Sales phone line” misses 2 KPI targets: Call answer rate 78% (target at least 90%); \
             Average wait 95 seconds (target at most 60 seconds)."
        );
    }

    #[test]
    fn silent_when_targets_are_met() {
        assert!(check(&KpiBelowTarget, &healthy()).is_empty());
    }

    #[test]
    fn boundary_equal_meets_and_no_target_cannot_miss() {
        let mut project = project();
        let mut tp = touchpoint("a", "awareness");
        tp.kpis = vec![
            kpi("Visits", 100.0, Some(100.0), true),
            kpi("Cost", 350.0, Some(350.0), false),
            kpi("Untargeted", 0.0, None, true),
        ];
        project.touchpoints.push(tp);
        assert!(check(&KpiBelowTarget, &project).is_empty());

        // Lower is better: one above the target misses.
        project.touchpoints[0].kpis[1].value = 351.0;
        let hits = check(&KpiBelowTarget, &project);
        assert_eq!(hits.len(), 1);
        assert!(
            hits[0]
                .message
                .contains("misses a KPI target: Cost 351 (target at most 350)"),
            "{}",
            hits[0].message
        );
    }

    #[test]
    fn swedish_message_with_decimal_comma() {
        let mut project = project();
        project.site.language = crate::rules::testing::language("sv");
        let mut tp = touchpoint("reviews", "consideration");
        let mut stars = kpi("Betyg", 4.1, Some(4.5), true);
        stars.unit = Some("%".into());
        tp.kpis = vec![stars];
        project.touchpoints.push(tp);
        let hits = check(&KpiBelowTarget, &project);
        assert_eq!(
            hits[0].message,
            "”Touchpoint reviews” når inte målet för en KPI: Betyg 4,1\u{a0}% (mål minst 4,5\u{a0}%)."
        );
    }
}
