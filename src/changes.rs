//! Cycle comparisons: what changed between two recorded cycles, and the
//! trend over every recorded cycle.
//!
//! Pure. Both sides are [`PreviousCycle`] records (a snapshot from
//! history/, or this cycle's report as the next one will read it), so the
//! report's `changes` and `trailmark diff` compute the same thing. A
//! touchpoint is the same across the two cycles when its id is the same
//! or its `previous_id` names the earlier id; scores compare as published
//! (one decimal). Scope changes (touchpoints added, removed or moved,
//! stages newly mapped) are said apart from changed scores: a stage's
//! like-for-like score is the mean, in each cycle, of the published scores
//! of the touchpoints it has in both cycles, scored in both.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::{PreviousCycle, PreviousFinding, PreviousTouchpoint, Severity};
use crate::score::round1;

/// What changed since the previous cycle: report.json `changes`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Changes {
    /// The two cycles compared.
    pub from: String,
    pub to: String,
    pub journey: JourneyChange,
    /// The stages of the later cycle, in its order.
    pub stages: Vec<StageChange>,
    pub touchpoints: TouchpointChanges,
    pub findings: FindingChanges,
    /// Opportunities marked done since the earlier cycle.
    pub actions_done: Vec<ActionDone>,
}

/// A score in both cycles, as published; `delta` when both have one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct ScorePair {
    pub previous: Option<f64>,
    pub current: Option<f64>,
    pub delta: Option<f64>,
}

impl ScorePair {
    pub fn new(previous: Option<f64>, current: Option<f64>) -> ScorePair {
        ScorePair {
            previous,
            current,
            delta: previous
                .zip(current)
                .map(|(previous, current)| round1(current - previous)),
        }
    }
}

/// A like-for-like comparison: the same touchpoints in both cycles.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LikeForLike {
    pub previous: f64,
    pub current: f64,
    pub delta: f64,
    /// How many touchpoints (stages, for the journey) it compares.
    pub compared: usize,
}

impl LikeForLike {
    /// Compares the means of `pairs` (previous, current), each rounded as
    /// published.
    fn of(pairs: &[(f64, f64)]) -> Option<LikeForLike> {
        if pairs.is_empty() {
            return None;
        }
        let count = pairs.len() as f64;
        let previous = round1(pairs.iter().map(|pair| pair.0).sum::<f64>() / count);
        let current = round1(pairs.iter().map(|pair| pair.1).sum::<f64>() / count);
        Some(LikeForLike {
            previous,
            current,
            delta: round1(current - previous),
            compared: pairs.len(),
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct JourneyChange {
    pub score: ScorePair,
    /// The mean of the like-for-like stage scores, over the stages that
    /// have one: the journey's change without its change of scope.
    pub like_for_like: Option<LikeForLike>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageChange {
    pub id: String,
    pub score: ScorePair,
    pub like_for_like: Option<LikeForLike>,
    /// The stage had no touchpoints in the earlier cycle and has some now.
    pub newly_mapped: bool,
    /// The stage was not in the earlier cycle's model at all.
    pub new_in_model: bool,
    /// Touchpoint ids: new to the journey, gone from it, moved here from
    /// another stage and moved from here to another stage.
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub moved_in: Vec<String>,
    pub moved_out: Vec<String>,
}

impl StageChange {
    /// Whether touchpoints came into or left the stage.
    pub fn has_scope_change(&self) -> bool {
        !(self.added.is_empty()
            && self.removed.is_empty()
            && self.moved_in.is_empty()
            && self.moved_out.is_empty())
    }
}

/// A touchpoint with its stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placed {
    pub id: String,
    pub stage: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moved {
    pub id: String,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Renamed {
    pub id: String,
    pub previous_id: String,
    pub stage: String,
}

/// A touchpoint's score change, as published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreMove {
    pub id: String,
    pub stage: String,
    pub previous: f64,
    pub current: f64,
    pub delta: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TouchpointChanges {
    pub added: Vec<Placed>,
    pub removed: Vec<Placed>,
    pub moved: Vec<Moved>,
    pub renamed: Vec<Renamed>,
    /// Scores that rose, largest gain first.
    pub gains: Vec<ScoreMove>,
    /// Scores that fell, largest loss first.
    pub losses: Vec<ScoreMove>,
    /// Touchpoints in both cycles, scored in both, with the same score.
    pub unchanged: usize,
}

/// Finding ids: resolved ones as the earlier cycle named them, new and
/// persisting ones as the later cycle does.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FindingChanges {
    pub resolved: Vec<String>,
    pub new: Vec<String>,
    pub persisting: Vec<String>,
}

/// An opportunity marked done since the earlier cycle, with the change
/// at its touchpoint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionDone {
    pub touchpoint: String,
    pub stage: String,
    /// The opportunity's id, when it has one.
    pub id: Option<String>,
    pub text: String,
    pub score: ScorePair,
}

/// Pairs each touchpoint of `current` with the one it was in `previous`:
/// by `previous_id` when it names one there, else by id. Returns, for each
/// current touchpoint in order, its earlier self.
fn pairs<'a>(
    previous: &'a PreviousCycle,
    current: &PreviousCycle,
) -> Vec<Option<&'a PreviousTouchpoint>> {
    let by_id: BTreeMap<&str, &PreviousTouchpoint> = previous
        .touchpoints
        .iter()
        .map(|tp| (tp.id.as_str(), tp))
        .collect();
    current
        .touchpoints
        .iter()
        .map(|tp| {
            tp.previous_id
                .as_deref()
                .and_then(|id| by_id.get(id))
                .or_else(|| by_id.get(tp.id.as_str()))
                .copied()
        })
        .collect()
}

/// Everything that changed from `previous` to `current`.
pub fn compare(previous: &PreviousCycle, current: &PreviousCycle) -> Changes {
    let mut changes = scores(previous, current);
    changes.findings = findings(previous, current);
    changes
}

/// The score and scope part of [`compare`]: all but the findings.
pub fn scores(previous: &PreviousCycle, current: &PreviousCycle) -> Changes {
    let paired = pairs(previous, current);
    let matched: BTreeSet<&str> = paired.iter().flatten().map(|tp| tp.id.as_str()).collect();
    let mut touchpoints = TouchpointChanges::default();
    let mut stages: Vec<StageChange> = current
        .stages
        .iter()
        .map(|stage| StageChange {
            id: stage.id.clone(),
            score: ScorePair::new(
                previous.stage(&stage.id).and_then(|entry| entry.score),
                stage.score,
            ),
            like_for_like: None,
            newly_mapped: false,
            new_in_model: previous.stage(&stage.id).is_none(),
            added: Vec::new(),
            removed: Vec::new(),
            moved_in: Vec::new(),
            moved_out: Vec::new(),
        })
        .collect();
    let position: BTreeMap<String, usize> = stages
        .iter()
        .enumerate()
        .map(|(index, stage)| (stage.id.clone(), index))
        .collect();
    let stage_of = |id: &str| position.get(id).copied();
    let mut like_pairs: Vec<Vec<(f64, f64)>> = vec![Vec::new(); stages.len()];
    let mut actions_done = Vec::new();

    for (tp, earlier) in current.touchpoints.iter().zip(&paired) {
        let here = stage_of(&tp.stage);
        let Some(earlier) = earlier else {
            touchpoints.added.push(Placed {
                id: tp.id.clone(),
                stage: tp.stage.clone(),
            });
            if let Some(index) = here {
                stages[index].added.push(tp.id.clone());
            }
            actions_done.extend(done_since(tp, None));
            continue;
        };
        if earlier.id != tp.id {
            touchpoints.renamed.push(Renamed {
                id: tp.id.clone(),
                previous_id: earlier.id.clone(),
                stage: tp.stage.clone(),
            });
        }
        if earlier.stage != tp.stage {
            touchpoints.moved.push(Moved {
                id: tp.id.clone(),
                from: earlier.stage.clone(),
                to: tp.stage.clone(),
            });
            if let Some(index) = here {
                stages[index].moved_in.push(tp.id.clone());
            }
            if let Some(index) = stage_of(&earlier.stage) {
                stages[index].moved_out.push(tp.id.clone());
            }
        }
        if let (Some(before), Some(now)) = (earlier.score, tp.score) {
            let delta = round1(now - before);
            let entry = ScoreMove {
                id: tp.id.clone(),
                stage: tp.stage.clone(),
                previous: before,
                current: now,
                delta,
            };
            if delta > 0.0 {
                touchpoints.gains.push(entry);
            } else if delta < 0.0 {
                touchpoints.losses.push(entry);
            } else {
                touchpoints.unchanged += 1;
            }
            if earlier.stage == tp.stage
                && let Some(index) = here
            {
                like_pairs[index].push((before, now));
            }
        }
        actions_done.extend(done_since(tp, Some(earlier)));
    }
    for tp in previous
        .touchpoints
        .iter()
        .filter(|tp| !matched.contains(tp.id.as_str()))
    {
        touchpoints.removed.push(Placed {
            id: tp.id.clone(),
            stage: tp.stage.clone(),
        });
        if let Some(index) = stage_of(&tp.stage) {
            stages[index].removed.push(tp.id.clone());
        }
    }
    // Largest change first; ties keep scorecard order.
    touchpoints
        .gains
        .sort_by(|a, b| b.delta.total_cmp(&a.delta));
    touchpoints
        .losses
        .sort_by(|a, b| a.delta.total_cmp(&b.delta));

    let earlier_stages: BTreeSet<&str> = previous
        .touchpoints
        .iter()
        .map(|tp| tp.stage.as_str())
        .collect();
    let current_stages: BTreeSet<&str> = current
        .touchpoints
        .iter()
        .map(|tp| tp.stage.as_str())
        .collect();
    for (stage, like) in stages.iter_mut().zip(&like_pairs) {
        stage.like_for_like = LikeForLike::of(like);
        stage.newly_mapped = current_stages.contains(stage.id.as_str())
            && !earlier_stages.contains(stage.id.as_str());
    }
    let journey_pairs: Vec<(f64, f64)> = stages
        .iter()
        .filter_map(|stage| stage.like_for_like)
        .map(|like| (like.previous, like.current))
        .collect();
    Changes {
        from: previous.cycle.clone(),
        to: current.cycle.clone(),
        journey: JourneyChange {
            score: ScorePair::new(previous.score, current.score),
            like_for_like: LikeForLike::of(&journey_pairs),
        },
        stages,
        touchpoints,
        findings: FindingChanges::default(),
        actions_done,
    }
}

/// The opportunities of `tp` that are done now and were not done at its
/// earlier self (matched by id, else by text).
fn done_since(tp: &PreviousTouchpoint, earlier: Option<&PreviousTouchpoint>) -> Vec<ActionDone> {
    tp.opportunities
        .iter()
        .filter(|action| action.is_done())
        .filter(|action| {
            earlier.is_none_or(|earlier| {
                !earlier
                    .opportunities
                    .iter()
                    .any(|before| before.key() == action.key() && before.is_done())
            })
        })
        .map(|action| ActionDone {
            touchpoint: tp.id.clone(),
            stage: tp.stage.clone(),
            id: action.id().map(str::to_string),
            text: action.text().to_string(),
            score: ScorePair::new(earlier.and_then(|earlier| earlier.score), tp.score),
        })
        .collect()
}

/// A finding's identity: rule, stage, touchpoint and persona.
type FindingKey<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);

fn finding_key(finding: &PreviousFinding) -> FindingKey<'_> {
    // A snapshot without rules (written by hand) is matched by id.
    let rule = if finding.rule.is_empty() {
        &finding.id
    } else {
        &finding.rule
    };
    (
        rule,
        finding.stage.as_deref(),
        finding.touchpoint.as_deref(),
        finding.persona.as_deref(),
    )
}

/// Findings resolved, new and persisting. An earlier finding about a
/// touchpoint renamed (by `previous_id`) or moved since is matched under
/// the touchpoint's current id and stage.
pub fn findings(previous: &PreviousCycle, current: &PreviousCycle) -> FindingChanges {
    let paired = pairs(previous, current);
    let now_as: BTreeMap<&str, &PreviousTouchpoint> = paired
        .iter()
        .zip(&current.touchpoints)
        .filter_map(|(earlier, tp)| earlier.map(|earlier| (earlier.id.as_str(), tp)))
        .collect();
    let earlier: Vec<FindingKey> = previous
        .findings
        .iter()
        .map(|finding| {
            let (rule, stage, touchpoint, persona) = finding_key(finding);
            match touchpoint.and_then(|id| now_as.get(id)) {
                Some(tp) => (
                    rule,
                    stage.map(|_| tp.stage.as_str()),
                    Some(tp.id.as_str()),
                    persona,
                ),
                None => (rule, stage, touchpoint, persona),
            }
        })
        .collect();
    let earlier_set: BTreeSet<&FindingKey> = earlier.iter().collect();
    let now: BTreeSet<FindingKey> = current.findings.iter().map(finding_key).collect();
    let mut changes = FindingChanges::default();
    for finding in &current.findings {
        if earlier_set.contains(&finding_key(finding)) {
            changes.persisting.push(finding.id.clone());
        } else {
            changes.new.push(finding.id.clone());
        }
    }
    for (finding, key) in previous.findings.iter().zip(&earlier) {
        if !now.contains(key) {
            changes.resolved.push(finding.id.clone());
        }
    }
    changes
}

/// One recorded cycle in the trend: its journey score, stage scores and
/// open findings by severity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrendPoint {
    pub cycle: String,
    pub score: Option<f64>,
    pub stages: Vec<TrendStage>,
    pub open: OpenFindings,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrendStage {
    pub id: String,
    pub score: Option<f64>,
}

/// Findings not accepted by a waiver, by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenFindings {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

/// The trend over `earlier` (oldest first) and `current`.
pub fn trend(earlier: &[PreviousCycle], current: &PreviousCycle) -> Vec<TrendPoint> {
    earlier.iter().chain([current]).map(point).collect()
}

fn point(cycle: &PreviousCycle) -> TrendPoint {
    let mut open = OpenFindings::default();
    for finding in cycle.findings.iter().filter(|finding| !finding.accepted) {
        match finding.severity {
            Severity::Error => open.error += 1,
            Severity::Warning => open.warning += 1,
            Severity::Info => open.info += 1,
        }
    }
    TrendPoint {
        cycle: cycle.cycle.clone(),
        score: cycle.score,
        stages: cycle
            .stages
            .iter()
            .map(|stage| TrendStage {
                id: stage.id.clone(),
                score: stage.score,
            })
            .collect(),
        open,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PreviousFinding, PreviousOpportunity, PreviousScore};

    fn tp(id: &str, stage: &str, score: Option<f64>) -> PreviousTouchpoint {
        PreviousTouchpoint {
            id: id.into(),
            stage: stage.into(),
            name: id.into(),
            score,
            ..PreviousTouchpoint::default()
        }
    }

    fn cycle(label: &str, stages: &[&str], touchpoints: Vec<PreviousTouchpoint>) -> PreviousCycle {
        PreviousCycle {
            schema_version: 1,
            cycle: label.into(),
            score: None,
            stages: stages
                .iter()
                .map(|id| PreviousScore {
                    id: id.to_string(),
                    score: None,
                })
                .collect(),
            touchpoints,
            findings: Vec::new(),
        }
    }

    fn on(rule: &str, stage: &str, touchpoint: Option<&str>) -> PreviousFinding {
        PreviousFinding {
            id: match touchpoint {
                Some(tp) => format!("{rule}@{stage}/{tp}"),
                None => format!("{rule}@{stage}"),
            },
            rule: rule.into(),
            severity: Severity::Warning,
            stage: Some(stage.into()),
            touchpoint: touchpoint.map(str::to_string),
            persona: None,
            accepted: false,
        }
    }

    #[test]
    fn like_for_like_stage_and_journey_scores_leave_scope_changes_apart() {
        // Awareness: a 60 -> 70, b 70 -> 70, and c new at 44: published
        // 65.0 -> 61.3, like for like 65.0 -> 70.0. Advocacy newly mapped.
        let before = cycle(
            "2026-Q3",
            &["awareness", "advocacy"],
            vec![
                tp("a", "awareness", Some(60.0)),
                tp("b", "awareness", Some(70.0)),
            ],
        );
        let now = cycle(
            "2026-Q4",
            &["awareness", "advocacy"],
            vec![
                tp("a", "awareness", Some(70.0)),
                tp("b", "awareness", Some(70.0)),
                tp("c", "awareness", Some(44.0)),
                tp("d", "advocacy", Some(50.0)),
            ],
        );
        let changes = compare(&before, &now);
        let awareness = &changes.stages[0];
        let like = awareness.like_for_like.expect("like for like");
        assert_eq!((like.previous, like.current, like.delta), (65.0, 70.0, 5.0));
        assert_eq!(like.compared, 2);
        assert_eq!(awareness.added, ["c"]);
        assert!(!awareness.newly_mapped);
        let advocacy = &changes.stages[1];
        assert!(advocacy.newly_mapped && !advocacy.new_in_model);
        assert_eq!(advocacy.like_for_like, None);
        assert_eq!(
            changes
                .journey
                .like_for_like
                .map(|l| (l.previous, l.current)),
            Some((65.0, 70.0))
        );
        assert_eq!(changes.touchpoints.gains.len(), 1);
        assert_eq!(changes.touchpoints.gains[0].delta, 10.0);
        assert_eq!(changes.touchpoints.unchanged, 1);
        assert_eq!(
            changes.touchpoints.added,
            [
                Placed {
                    id: "c".into(),
                    stage: "awareness".into()
                },
                Placed {
                    id: "d".into(),
                    stage: "advocacy".into()
                }
            ]
        );
    }

    #[test]
    fn renamed_moved_and_removed_touchpoints_are_said_apart() {
        let before = cycle(
            "2026-Q3",
            &["awareness", "decision"],
            vec![
                tp("old", "awareness", Some(40.0)),
                tp("mover", "awareness", Some(80.0)),
                tp("gone", "decision", Some(50.0)),
            ],
        );
        let mut renamed = tp("new", "awareness", Some(64.0));
        renamed.previous_id = Some("old".into());
        let now = cycle(
            "2026-Q4",
            &["awareness", "decision", "loyalty"],
            vec![renamed, tp("mover", "decision", Some(60.0))],
        );
        let changes = compare(&before, &now);
        assert_eq!(changes.touchpoints.renamed[0].previous_id, "old");
        assert!(changes.touchpoints.added.is_empty());
        assert_eq!(changes.touchpoints.removed[0].id, "gone");
        assert_eq!(
            changes.touchpoints.moved,
            [Moved {
                id: "mover".into(),
                from: "awareness".into(),
                to: "decision".into()
            }]
        );
        // Moved counts in both stages; a moved touchpoint is not compared
        // like for like in either.
        assert_eq!(changes.stages[0].moved_out, ["mover"]);
        assert_eq!(changes.stages[1].moved_in, ["mover"]);
        assert_eq!(changes.stages[1].removed, ["gone"]);
        assert_eq!(changes.stages[1].like_for_like, None);
        assert_eq!(changes.stages[0].like_for_like.map(|l| l.delta), Some(24.0));
        assert!(changes.stages[2].new_in_model);
        // Gains and losses by size: the renamed touchpoint gained 24, the
        // moved one lost 20.
        assert_eq!(changes.touchpoints.gains[0].id, "new");
        assert_eq!(changes.touchpoints.losses[0].delta, -20.0);
    }

    #[test]
    fn findings_are_matched_through_renames_and_moves() {
        let mut before = cycle(
            "2026-Q3",
            &["awareness", "decision"],
            vec![
                tp("old", "awareness", Some(40.0)),
                tp("mover", "awareness", Some(40.0)),
            ],
        );
        before.findings = vec![
            on("low-score-touchpoint", "awareness", Some("old")),
            on("low-score-touchpoint", "awareness", Some("mover")),
            on("empty-stage", "decision", None),
        ];
        let mut renamed = tp("new", "awareness", Some(40.0));
        renamed.previous_id = Some("old".into());
        let mut now = cycle(
            "2026-Q4",
            &["awareness", "decision"],
            vec![renamed, tp("mover", "decision", Some(40.0))],
        );
        now.findings = vec![
            on("low-score-touchpoint", "awareness", Some("new")),
            on("low-score-touchpoint", "decision", Some("mover")),
            on("thin-stage", "decision", None),
        ];
        let changes = findings(&before, &now);
        assert_eq!(
            changes.persisting,
            [
                "low-score-touchpoint@awareness/new",
                "low-score-touchpoint@decision/mover"
            ]
        );
        assert_eq!(changes.new, ["thin-stage@decision"]);
        assert_eq!(changes.resolved, ["empty-stage@decision"]);
    }

    #[test]
    fn actions_done_since_the_previous_cycle_carry_the_change_at_their_touchpoint() {
        let action = |id: &str, status: &str| PreviousOpportunity::Action {
            text: format!("Action {id}"),
            id: Some(id.into()),
            status: Some(status.into()),
        };
        let mut then = tp("search-ads", "awareness", Some(44.0));
        then.opportunities = vec![
            action("calculator", "planned"),
            action("old-news", "done"),
            PreviousOpportunity::Text("A plain idea".into()),
        ];
        let mut now = tp("search-ads", "awareness", Some(64.0));
        now.opportunities = vec![
            action("calculator", "done"),
            action("old-news", "done"),
            action("fresh", "doing"),
        ];
        let before = cycle("2026-Q3", &["awareness"], vec![then]);
        let after = cycle("2026-Q4", &["awareness"], vec![now]);
        let done = compare(&before, &after).actions_done;
        assert_eq!(done.len(), 1, "{done:?}");
        assert_eq!(done[0].id.as_deref(), Some("calculator"));
        assert_eq!(done[0].text, "Action calculator");
        assert_eq!(
            (
                done[0].score.previous,
                done[0].score.current,
                done[0].score.delta
            ),
            (Some(44.0), Some(64.0), Some(20.0))
        );
    }

    fn finding(id: &str, severity: Severity, accepted: bool) -> PreviousFinding {
        PreviousFinding {
            id: id.into(),
            rule: id.into(),
            severity,
            stage: None,
            touchpoint: None,
            persona: None,
            accepted,
        }
    }

    #[test]
    fn the_trend_spans_every_cycle_and_counts_open_findings() {
        let q3 = PreviousCycle {
            cycle: "2026-Q3".into(),
            score: Some(54.2),
            stages: vec![PreviousScore {
                id: "awareness".into(),
                score: Some(53.6),
            }],
            findings: vec![
                finding("a", Severity::Error, false),
                finding("b", Severity::Warning, false),
                finding("c", Severity::Warning, true),
            ],
            ..PreviousCycle::default()
        };
        let q4 = PreviousCycle {
            cycle: "2026-Q4".into(),
            score: Some(60.0),
            findings: vec![finding("d", Severity::Info, false)],
            ..PreviousCycle::default()
        };
        let trend = trend(std::slice::from_ref(&q3), &q4);
        assert_eq!(trend.len(), 2);
        assert_eq!(trend[0].cycle, "2026-Q3");
        assert_eq!(trend[0].stages[0].score, Some(53.6));
        assert_eq!(
            trend[0].open,
            OpenFindings {
                error: 1,
                warning: 1,
                info: 0
            }
        );
        assert_eq!(trend[1].score, Some(60.0));
        assert_eq!(trend[1].open.info, 1);
    }
}
