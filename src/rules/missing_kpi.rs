//! `missing-kpi`: a touchpoint has no KPI, so its results cannot be
//! followed from one cycle to the next.

use super::{Area, Context, Hit, Rule, RuleDoc, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct MissingKpi;

static INFO: RuleInfo = RuleInfo {
    id: "missing-kpi",
    area: Area::Data,
    severity: Severity::Info,
    doc: RuleDoc {
        what: "Fires once for every touchpoint with no `[[touchpoint.kpi]]` entry. One KPI is \
               enough, with or without a `target`; a KPI without a target satisfies this rule but \
               can never be judged by `kpi-below-target`, so give it one.",
        why: "A customer journey is optimised in cycles: change the touchpoints, measure, adjust. A \
              touchpoint without a KPI is one where nobody will know next cycle whether the change \
              worked. Choosing the KPI also forces the question of which data the touchpoint \
              produces and where it is collected, the data element of the journey that is easiest \
              to forget for offline and third-party touchpoints.",
        example: "```toml\n\
                  [[touchpoint]]\n\
                  id = \"motoring-podcast\"\n\
                  name = \"Sponsored read in a motoring podcast\"\n\
                  channel = \"podcast\"\n\
                  mode = \"online\"\n\
                  owner = \"paid\"\n\
                  # no [[touchpoint.kpi]]\n\
                  ```",
        fix: "Add at least one `[[touchpoint.kpi]]` with `name`, the current `value` and a \
              `target` (`higher_is_better = false` for costs, waiting times and the like). Pick a \
              number the client can measure again next cycle: visits from a trackable link, \
              answer rate, bookings, NPS. Where no data exists yet, making it measurable (a code, \
              a link, a question at checkout) is the first opportunity.",
    },
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
