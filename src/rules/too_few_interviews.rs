//! `too-few-interviews`: the interview notes add up to fewer participants
//! than `min_interviews`.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::{ResearchMethod, Severity};

pub struct TooFewInterviews;

static INFO: RuleInfo = RuleInfo {
    id: "too-few-interviews",
    area: Area::Research,
    severity: Severity::Warning,
};

impl Rule for TooFewInterviews {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let minimum = ctx.project.site.thresholds.min_interviews;
        let total = ctx.project.interview_participants();
        if total >= minimum {
            return Vec::new();
        }
        let notes = ctx
            .project
            .research()
            .filter_map(|note| note.research.as_ref())
            .filter(|meta| meta.method == ResearchMethod::Interview)
            .count();
        let min = Arg::Count(usize::try_from(minimum).unwrap_or(usize::MAX));
        let message = if notes == 0 {
            Message::new("finding-too-few-interviews-none").with("min", min)
        } else {
            Message::new("finding-too-few-interviews")
                .with(
                    "total",
                    Arg::Count(usize::try_from(total).unwrap_or(usize::MAX)),
                )
                .with("notes", Arg::Count(notes))
                .with("min", min)
        };
        vec![Hit {
            message,
            ..Hit::default()
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, project, research};

    #[test]
    fn fires_once_with_count_and_threshold() {
        let mut project = project();
        project
            .notes
            .push(research("private", ResearchMethod::Interview, 4));
        project
            .notes
            .push(research("fleet", ResearchMethod::Interview, 1));
        project
            .notes
            .push(research("first-car", ResearchMethod::Interview, 1));
        // Workshops and analytics do not count, however many took part.
        project
            .notes
            .push(research("staff", ResearchMethod::Workshop, 9));
        project
            .notes
            .push(research("web", ResearchMethod::Analytics, 1));
        let hits = check(&TooFewInterviews, &project);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].stage, None);
        assert_eq!(hits[0].touchpoint, None);
        assert_eq!(
            hits[0].message,
            "6 customers interviewed across 3 interview notes; the audit asks for at least 8."
        );
    }

    #[test]
    fn fires_with_no_research_at_all() {
        let mut project = project();
        project.site.language = crate::rules::testing::language("da");
        let hits = check(&TooFewInterviews, &project);
        assert_eq!(hits.len(), 1);
        assert!(
            hits[0]
                .message
                .starts_with("Auditten bygger ikke på nogen kundeinterview")
        );
        assert!(hits[0].message.contains("mindst 8"));
    }

    #[test]
    fn huge_participant_counts_do_not_overflow() {
        let mut project = project();
        for name in ["a", "b", "c"] {
            project
                .notes
                .push(research(name, ResearchMethod::Interview, u64::MAX / 2));
        }
        assert_eq!(project.interview_participants(), u64::MAX);
        assert!(check(&TooFewInterviews, &project).is_empty());
    }

    #[test]
    fn silent_with_enough_interviews() {
        assert!(check(&TooFewInterviews, &healthy()).is_empty());
    }

    #[test]
    fn boundary_exactly_min_interviews_is_silent() {
        let mut project = project();
        project.site.thresholds.min_interviews = 5;
        project
            .notes
            .push(research("a", ResearchMethod::Interview, 3));
        project
            .notes
            .push(research("b", ResearchMethod::Interview, 1));
        let hits = check(&TooFewInterviews, &project);
        assert_eq!(hits.len(), 1);
        assert!(hits[0].message.starts_with("4 customers interviewed"));
        project
            .notes
            .push(research("c", ResearchMethod::Interview, 1));
        assert!(check(&TooFewInterviews, &project).is_empty());
    }
}
