//! `scope-change`: touchpoints came into or left a stage since the previous
//! cycle, so its score is not comparable as it stands.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct ScopeChange;

static INFO: RuleInfo = RuleInfo {
    id: "scope-change",
    area: Area::Data,
    severity: Severity::Info,
};

impl Rule for ScopeChange {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let (Some(changes), Some(previous)) = (ctx.changes, ctx.previous) else {
            return Vec::new();
        };
        let current = |id: &String| {
            Message::new("touchpoint-name").with("touchpoint", Arg::Touchpoint(id.clone()))
        };
        // A removed touchpoint is named as the previous cycle named it.
        let earlier = |id: &String| {
            let name = previous
                .touchpoint(id)
                .map(|tp| tp.name.as_str())
                .filter(|name| !name.is_empty())
                .unwrap_or(id);
            Message::new("quoted").with("text", Arg::Text(name.to_string()))
        };
        let moved = |id: &String, message_id, stage: String| {
            Message::new(message_id)
                .with("touchpoint", Arg::Touchpoint(id.clone()))
                .with("stage", Arg::Stage(stage))
        };
        changes
            .stages
            .iter()
            .filter(|stage| stage.has_scope_change())
            .map(|stage| {
                let moved_in = stage.moved_in.iter().map(|id| {
                    let from = changes
                        .touchpoints
                        .moved
                        .iter()
                        .find(|moved| &moved.id == id)
                        .map_or(String::new(), |moved| moved.from.clone());
                    moved(id, "scope-moved-from", from)
                });
                let moved_out = stage.moved_out.iter().map(|id| {
                    let to = ctx
                        .project
                        .touchpoint(id)
                        .map_or(String::new(), |tp| tp.stage.clone());
                    moved(id, "scope-moved-to", to)
                });
                let parts: Vec<Message> = [
                    (
                        "scope-added",
                        stage.added.iter().map(current).collect::<Vec<_>>(),
                    ),
                    ("scope-removed", stage.removed.iter().map(earlier).collect()),
                    ("scope-moved-in", moved_in.collect()),
                    ("scope-moved-out", moved_out.collect()),
                ]
                .into_iter()
                .filter(|(_, items)| !items.is_empty())
                .map(|(id, items)| Message::new(id).with("touchpoints", Arg::Items(items)))
                .collect();
                Hit {
                    stage: Some(stage.id.clone()),
                    message: Message::new("finding-scope-change")
                        .with("stage", Arg::Stage(stage.id.clone()))
                        .with("cycle", Arg::Text(changes.from.clone()))
                        .with("changes", Arg::List(parts)),
                    ..Hit::default()
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Project;
    use crate::rules::testing::{check, check_against, healthy, project, recorded, touchpoint};

    fn with(touchpoints: &[(&str, &str)]) -> Project {
        let mut project = project();
        for (id, stage) in touchpoints {
            project.touchpoints.push(touchpoint(id, stage));
        }
        project
    }

    #[test]
    fn fires_once_per_stage_naming_what_was_added_removed_and_moved() {
        let before = recorded(with(&[
            ("radio", "awareness"),
            ("mover", "awareness"),
            ("gone", "decision"),
        ]));
        let now = with(&[
            ("radio", "awareness"),
            ("video", "awareness"),
            ("mover", "decision"),
        ]);
        let hits = check_against(&ScopeChange, &now, &before);
        assert_eq!(hits.len(), 2, "{hits:?}");
        assert_eq!(hits[0].stage.as_deref(), Some("awareness"));
        assert_eq!(hits[0].touchpoint, None);
        assert_eq!(
            hits[0].message,
            "The Awareness stage's touchpoints changed since 2026-Q3: added “Touchpoint video”; \
             moved away “Touchpoint mover” (to Decision). Its score compares like for like only \
             over the touchpoints in both cycles."
        );
        assert_eq!(hits[1].stage.as_deref(), Some("decision"));
        assert!(
            hits[1].message.contains(
                "removed “Touchpoint gone”; moved here “Touchpoint mover” (from Awareness)"
            ),
            "{}",
            hits[1].message
        );
    }

    #[test]
    fn silent_without_a_previous_cycle_or_with_the_same_touchpoints() {
        assert!(check(&ScopeChange, &healthy()).is_empty());
        let before = recorded(healthy());
        assert!(check_against(&ScopeChange, &healthy(), &before).is_empty());
    }

    #[test]
    fn boundary_a_new_name_or_a_previous_id_is_no_change() {
        let before = recorded(with(&[("search-ads", "awareness"), ("radio", "awareness")]));
        let mut now = with(&[("paid-search", "awareness"), ("radio", "awareness")]);
        now.touchpoints[0].previous_id = Some("search-ads".into());
        now.touchpoints[1].name = "Radio, renamed".into();
        assert!(check_against(&ScopeChange, &now, &before).is_empty());
        // Without previous_id the same change is a removal and an addition.
        now.touchpoints[0].previous_id = None;
        let hits = check_against(&ScopeChange, &now, &before);
        assert_eq!(hits.len(), 1);
        assert!(
            hits[0]
                .message
                .contains("added “Touchpoint paid-search”; removed “Touchpoint search-ads”"),
            "{}",
            hits[0].message
        );
    }
}
