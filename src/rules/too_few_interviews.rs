//! `too-few-interviews`: the interview notes add up to fewer participants
//! than `min_interviews`.

use super::{Area, Context, Hit, Localized, Rule, RuleDoc, RuleInfo};
use crate::model::{ResearchMethod, Severity};

pub struct TooFewInterviews;

static INFO: RuleInfo = RuleInfo {
    id: "too-few-interviews",
    title: Localized {
        en: "Enough customers were interviewed",
        da: "Der er interviewet nok kunder",
        sv: "Tillräckligt många kunder har intervjuats",
    },
    failure_title: Localized {
        en: "Too few customers were interviewed",
        da: "Der er interviewet for få kunder",
        sv: "För få kunder har intervjuats",
    },
    advice: Localized {
        en: "Interview more customers about their journey",
        da: "Interview flere kunder om deres kunderejse",
        sv: "Intervjua fler kunder om deras kundresa",
    },
    rationale: Localized {
        en: "With too few customers interviewed, the map shows what the company sees rather than what customers actually do, and one unusual voice can skew it.",
        da: "Med for få interviewede kunder viser kortet det, virksomheden selv ser, frem for det, kunderne faktisk gør, og én usædvanlig stemme kan skævvride det.",
        sv: "Med för få intervjuade kunder visar kartan det som företaget självt ser snarare än det kunderna faktiskt gör, och en ovanlig röst kan snedvrida den.",
    },
    area: Area::Research,
    severity: Severity::Warning,
    doc: RuleDoc {
        what: "Adds up the `participants` of the research notes in `content/research/` whose \
               `method` is `interview` (the default method; `participants` defaults to 1) and \
               fires once, for the whole journey, when the sum is below `min_interviews` in \
               `[thresholds]` (default 8). Exactly `min_interviews` passes. Workshops, surveys and \
               analytics do not count, however many people took part: they are valuable, but they \
               are not the customer telling their own journey.",
        why: "The journey map is only as true as the customers behind it. Staff workshops and \
              analytics show what the company sees; interviews with 8-10 real customers, each \
              describing what they did before, during and after the purchase, bring out the \
              questions, channels and third-party sources the company never sees, and they are \
              the ground the personas stand on. With fewer, one unusual customer can shape a whole \
              stage.",
        example: "With the default `min_interviews = 8`, two interview notes:\n\n\
                  ```toml\n\
                  # front matter of content/research/interviews-private-buyers.md\n\
                  method = \"interview\"\n\
                  participants = 4\n\n\
                  # front matter of content/research/interview-fleet-customer.md\n\
                  method = \"interview\"\n\
                  participants = 1\n\
                  ```\n\n\
                  add up to 5 interviewed customers, 3 short of 8.",
        fix: "Interview more customers, spread across the personas and the stages, and write \
              each round up as a research note with `method = \"interview\"` and the number of \
              `participants`. If the budget does not allow it this cycle, accept the finding with a \
              `[[waiver]]` that says why and `until` the cycle the interviews are planned for.",
    },
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
        let message = if notes == 0 {
            ctx.say(
                format!(
                    "No interview notes in content/research/; the audit asks for at least \
                     {minimum} interviewed customers (min_interviews)."
                ),
                format!(
                    "Der er ingen interviewnoter i content/research/; der kræves mindst \
                     {minimum} interviewede kunder (min_interviews)."
                ),
                format!(
                    "Det finns inga intervjuanteckningar i content/research/; minst {minimum} \
                     intervjuade kunder krävs (min_interviews)."
                ),
            )
        } else {
            ctx.say(
                format!(
                    "{total} customer{} interviewed across {notes} interview note{}; the audit \
                     asks for at least {minimum} (min_interviews).",
                    if total == 1 { "" } else { "s" },
                    if notes == 1 { "" } else { "s" },
                ),
                format!(
                    "{total} {} interviewet i {notes} {}; der kræves mindst {minimum} \
                     (min_interviews).",
                    if total == 1 { "kunde" } else { "kunder" },
                    if notes == 1 {
                        "interviewnote"
                    } else {
                        "interviewnoter"
                    },
                ),
                format!(
                    "{total} {} intervjuade i {notes} {}; minst {minimum} krävs \
                     (min_interviews).",
                    if total == 1 { "kund" } else { "kunder" },
                    if notes == 1 {
                        "intervjuanteckning"
                    } else {
                        "intervjuanteckningar"
                    },
                ),
            )
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
    use crate::model::Language;
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
            "6 customers interviewed across 3 interview notes; the audit asks for at least 8 \
             (min_interviews)."
        );
    }

    #[test]
    fn fires_with_no_research_at_all() {
        let mut project = project();
        project.site.language = Language::Da;
        let hits = check(&TooFewInterviews, &project);
        assert_eq!(hits.len(), 1);
        assert!(hits[0].message.starts_with("Der er ingen interviewnoter"));
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
