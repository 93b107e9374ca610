//! Cycle comparisons: what changed between two recorded cycles, and the
//! trend over every recorded cycle.
//!
//! Pure. Both sides are [`PreviousCycle`] records (a snapshot from
//! history/, or this cycle's report as the next one will read it), so the
//! report's `changes` and `trailmark diff` compute the same thing.

use serde::{Deserialize, Serialize};

use crate::model::{PreviousCycle, Severity};

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
    use crate::model::{PreviousFinding, PreviousScore};

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
