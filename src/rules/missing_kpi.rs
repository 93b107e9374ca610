//! `missing-kpi`: a touchpoint has no KPI, so its results cannot be
//! followed from one cycle to the next.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct MissingKpi;

static INFO: RuleInfo = RuleInfo {
    id: "missing-kpi",
    area: Area::Data,
    severity: Severity::Info,
};

impl Rule for MissingKpi {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        ctx.project
            .touchpoints
            .iter()
            .filter(|tp| tp.kpis.is_empty())
            .map(|tp| Hit {
                stage: Some(tp.stage.clone()),
                touchpoint: Some(tp.id.clone()),
                message: Message::new("finding-missing-kpi")
                    .with("touchpoint", Arg::Touchpoint(tp.id.clone())),
                ..Hit::default()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, project, touchpoint};

    #[test]
    fn fires_once_per_touchpoint_without_kpi() {
        let mut project = project();
        let mut without = touchpoint("podcast", "awareness");
        without.kpis.clear();
        project.touchpoints.push(without);
        project.touchpoints.push(touchpoint("with", "awareness"));
        let mut also_without = touchpoint("chat", "consideration");
        also_without.kpis.clear();
        project.touchpoints.push(also_without);
        let hits = check(&MissingKpi, &project);
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0].stage.as_deref(), Some("awareness"));
        assert_eq!(hits[0].touchpoint.as_deref(), Some("podcast"));
        assert_eq!(hits[1].touchpoint.as_deref(), Some("chat"));
        assert!(
            hits[0]
                .message
                .starts_with("“Touchpoint podcast” has no KPI")
        );
    }

    #[test]
    fn silent_when_every_touchpoint_has_a_kpi() {
        assert!(check(&MissingKpi, &healthy()).is_empty());
    }

    #[test]
    fn boundary_a_kpi_without_target_counts_as_a_kpi() {
        let mut project = project();
        let mut tp = touchpoint("a", "awareness");
        tp.kpis[0].target = None;
        project.touchpoints.push(tp);
        assert!(check(&MissingKpi, &project).is_empty());
    }

    #[test]
    fn danish_message() {
        let mut project = project();
        project.site.language = crate::rules::testing::language("da");
        let mut tp = touchpoint("a", "awareness");
        tp.kpis.clear();
        project.touchpoints.push(tp);
        let hits = check(&MissingKpi, &project);
        assert_eq!(
            hits[0].message,
            "»Touchpoint a« har ingen KPI: effekten af ændringer her kan ikke måles i næste cyklus."
        );
    }
}
