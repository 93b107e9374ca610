//! `stale-touchpoint`: a touchpoint was last reviewed too long before the
//! audit's date.

use super::{Area, Context, Hit, Rule, RuleInfo};
use crate::i18n::{Arg, Message};
use crate::model::Severity;

pub struct StaleTouchpoint;

static INFO: RuleInfo = RuleInfo {
    id: "stale-touchpoint",
    area: Area::Data,
    severity: Severity::Info,
};

impl Rule for StaleTouchpoint {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context) -> Vec<Hit> {
        let Some(audit_date) = ctx.project.site.date.as_deref() else {
            return Vec::new();
        };
        let Some(audit_day) = day_number(audit_date) else {
            return Vec::new();
        };
        let maximum = ctx.project.site.thresholds.max_review_age_days;
        ctx.project
            .touchpoints
            .iter()
            .filter_map(|tp| {
                let reviewed = tp.reviewed.as_deref()?;
                let age = audit_day - day_number(reviewed)?;
                if age <= 0 || age.unsigned_abs() <= maximum {
                    return None;
                }
                Some(Hit {
                    stage: Some(tp.stage.clone()),
                    touchpoint: Some(tp.id.clone()),
                    message: Message::new("finding-stale-touchpoint")
                        .with("touchpoint", Arg::Touchpoint(tp.id.clone()))
                        .with("date", Arg::Date(reviewed.to_string()))
                        .with(
                            "age",
                            Arg::Count(usize::try_from(age).unwrap_or(usize::MAX)),
                        )
                        .with(
                            "maximum",
                            Arg::Count(usize::try_from(maximum).unwrap_or(usize::MAX)),
                        ),
                    ..Hit::default()
                })
            })
            .collect()
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (proleptic Gregorian).
fn day_number(iso: &str) -> Option<i64> {
    let mut parts = iso.splitn(3, '-').map(|part| part.parse::<i64>().ok());
    let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
    // Howard Hinnant's days_from_civil.
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    Some(era * 146_097 + day_of_era - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, healthy, project, touchpoint};

    fn reviewed(audit: Option<&str>, review: Option<&str>) -> crate::model::Project {
        let mut project = project();
        project.site.date = audit.map(String::from);
        let mut tp = touchpoint("club", "loyalty");
        tp.name = "Owners' club".into();
        tp.reviewed = review.map(String::from);
        project.touchpoints.push(tp);
        project
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(
            day_number("2026-11-06")
                .zip(day_number("2025-09-30"))
                .map(|(a, b)| a - b),
            Some(402)
        );
        assert_eq!(
            day_number("2024-03-01")
                .zip(day_number("2024-02-28"))
                .map(|(a, b)| a - b),
            Some(2)
        );
    }

    #[test]
    fn fires_for_a_review_older_than_the_maximum() {
        let hits = check(
            &StaleTouchpoint,
            &reviewed(Some("2026-11-06"), Some("2025-09-30")),
        );
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].touchpoint.as_deref(), Some("club"));
        assert_eq!(
            hits[0].message,
            "“Owners' club” was last reviewed on 30 September 2025, 402 days before the audit (at most 365)."
        );
    }

    #[test]
    fn silent_without_dates_or_with_a_later_review() {
        assert!(check(&StaleTouchpoint, &healthy()).is_empty());
        assert!(check(&StaleTouchpoint, &reviewed(None, Some("2020-01-01"))).is_empty());
        assert!(check(&StaleTouchpoint, &reviewed(Some("2026-11-06"), None)).is_empty());
        assert!(
            check(
                &StaleTouchpoint,
                &reviewed(Some("2026-11-06"), Some("2026-12-01"))
            )
            .is_empty()
        );
    }

    #[test]
    fn boundary_exactly_the_maximum_is_not_stale() {
        // 2025-11-06 to 2026-11-06 is 365 days.
        assert!(
            check(
                &StaleTouchpoint,
                &reviewed(Some("2026-11-06"), Some("2025-11-06"))
            )
            .is_empty()
        );
        assert_eq!(
            check(
                &StaleTouchpoint,
                &reviewed(Some("2026-11-06"), Some("2025-11-05"))
            )
            .len(),
            1
        );
    }
}
