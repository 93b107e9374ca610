//! The findings pages: the client's open findings stage by stage, one card
//! per touchpoint (or per cause where no touchpoint is concerned), each
//! finding under its cause (the rule, named by its title).
//!
//! `findings.html` shows them all, then the accepted gaps; one page per
//! severity (`findings/critical.html`) and per area
//! (`findings/area-content.html`) shows a part of them, reached by a bar of
//! plain links with counts, so filtering needs no JavaScript. The agency's
//! homework (findings about the audit itself) has a page of its own,
//! `findings/audit-quality.html`, apart from the client's findings.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::frame::{Page, frame, page};
use super::view::{FindingView, Sev, Shared};
use crate::model::{Area, Severity};
use crate::render::paths::SitePage;
use crate::report::Finding;

/// Severities from the most severe, as the filter bar lists them.
const SEVERITIES: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

/// One link of the filter bar.
#[derive(Serialize)]
struct Filter {
    label: String,
    href: String,
    count: usize,
    current: bool,
    /// The severity's key, for its icon; empty for areas.
    severity: Option<Sev>,
}

/// The findings of one stage (or of the whole journey).
#[derive(Serialize)]
struct StageGroup {
    anchor: String,
    title: String,
    href: Option<String>,
    count: usize,
    cards: Vec<Card>,
}

/// A touchpoint with its findings, or a cause with findings about no
/// touchpoint.
#[derive(Serialize)]
struct Card {
    anchor: String,
    title: String,
    href: Option<String>,
    /// Whether the card is a touchpoint's (else its title is the cause).
    touchpoint: bool,
    worst: Sev,
    count: usize,
    causes: Vec<Cause>,
}

/// A rule and the findings it made on one card.
#[derive(Serialize)]
struct Cause {
    title: String,
    href: String,
    findings: Vec<FindingView>,
}

/// Which findings a page shows.
#[derive(Clone, Copy, PartialEq)]
enum Selection {
    All,
    Severity(Severity),
    Area(Area),
    AuditQuality,
}

/// Every findings page, in a fixed order.
pub fn pages(shared: &Shared) -> Vec<Page> {
    let homework: BTreeSet<&str> = shared
        .report
        .audit_quality
        .iter()
        .map(String::as_str)
        .collect();
    // Report findings and their views, side by side (same order).
    let open: Vec<(&Finding, &FindingView)> = shared
        .report
        .findings
        .iter()
        .zip(&shared.findings)
        .filter(|(finding, _)| !finding.accepted)
        .collect();
    let (agency, client): (Vec<_>, Vec<_>) = open
        .into_iter()
        .partition(|(finding, _)| homework.contains(finding.id.as_str()));
    let selections = std::iter::once(Selection::All)
        .chain(SEVERITIES.map(Selection::Severity))
        .chain(Area::ALL.map(Selection::Area))
        .chain([Selection::AuditQuality]);
    selections
        .map(|selection| findings_page(shared, selection, &client, &agency))
        .collect()
}

fn path_of(selection: Selection) -> String {
    match selection {
        Selection::All => SitePage::Findings,
        Selection::Severity(severity) => SitePage::FindingsOfSeverity(severity),
        Selection::Area(area) => SitePage::FindingsOfArea(area),
        Selection::AuditQuality => SitePage::AuditQuality,
    }
    .path()
}

fn selects(selection: Selection, finding: &Finding) -> bool {
    match selection {
        Selection::All | Selection::AuditQuality => true,
        Selection::Severity(severity) => finding.severity == severity,
        Selection::Area(area) => finding.area == area,
    }
}

fn findings_page(
    shared: &Shared,
    selection: Selection,
    client: &[(&Finding, &FindingView)],
    agency: &[(&Finding, &FindingView)],
) -> Page {
    let language = shared.language;
    let path = path_of(selection);
    let filter_label = match selection {
        Selection::Severity(severity) => Some(Sev::new(severity, language).label),
        Selection::Area(area) => Some(language.text(&format!("area_{}", area.as_str()))),
        Selection::All | Selection::AuditQuality => None,
    };
    let title = match (&filter_label, selection) {
        (_, Selection::AuditQuality) => language.text("audit_quality"),
        (Some(label), _) => language.fill("findings_filtered", &[("filter", label)]),
        (None, _) => language.text("findings"),
    };
    let mut context = frame(shared, &path, "findings", &title);
    let shown: Vec<(&Finding, &FindingView)> = match selection {
        Selection::AuditQuality => agency.to_vec(),
        _ => client
            .iter()
            .filter(|(finding, _)| selects(selection, finding))
            .copied()
            .collect(),
    };
    let filter = |label: String, target: Selection, severity: Option<Sev>| Filter {
        label,
        href: path_of(target),
        count: match target {
            Selection::AuditQuality => agency.len(),
            _ => client.iter().filter(|(f, _)| selects(target, f)).count(),
        },
        current: target == selection,
        severity,
    };
    let mut by_severity = vec![filter(language.text("findings_all"), Selection::All, None)];
    by_severity.extend(SEVERITIES.map(|severity| {
        let sev = Sev::new(severity, language);
        filter(sev.label.clone(), Selection::Severity(severity), Some(sev))
    }));
    let by_area: Vec<Filter> = Area::ALL
        .map(|area| {
            filter(
                language.text(&format!("area_{}", area.as_str())),
                Selection::Area(area),
                None,
            )
        })
        .into();
    context.insert("page_heading", &title);
    context.insert(
        "audit_quality_page",
        &(selection == Selection::AuditQuality),
    );
    context.insert("by_severity", &by_severity);
    context.insert("by_area", &by_area);
    context.insert(
        "homework",
        &filter(
            language.text("findings_for_agency"),
            Selection::AuditQuality,
            None,
        ),
    );
    context.insert("shown", &shown.len());
    context.insert("groups", &groups(shared, &shown));
    // The accepted gaps close the page of every finding.
    let show_accepted = selection == Selection::All;
    let accepted: Vec<&FindingView> = shared
        .findings
        .iter()
        .filter(|f| show_accepted && f.accepted)
        .collect();
    context.insert("show_accepted", &show_accepted);
    context.insert("accepted", &accepted);
    page(path, "findings.html", context)
}

/// The shown findings by stage (the whole journey first), then by
/// touchpoint or cause.
fn groups(shared: &Shared, shown: &[(&Finding, &FindingView)]) -> Vec<StageGroup> {
    let language = shared.language;
    let mut by_stage: BTreeMap<Option<&str>, Vec<(&Finding, &FindingView)>> = BTreeMap::new();
    for pair in shown {
        by_stage
            .entry(pair.0.stage.as_deref())
            .or_default()
            .push(*pair);
    }
    let journey = by_stage.remove(&None).map(|findings| StageGroup {
        anchor: "journey".to_string(),
        title: language.text("journey_wide"),
        href: None,
        count: findings.len(),
        cards: cards(shared, &findings),
    });
    let stages = shared.stages.iter().filter_map(|stage| {
        let findings = by_stage.remove(&Some(stage.id.as_str()))?;
        Some(StageGroup {
            anchor: format!("stage-{}", stage.id),
            title: stage.name.clone(),
            href: Some(stage.href.clone()),
            count: findings.len(),
            cards: cards(shared, &findings),
        })
    });
    journey.into_iter().chain(stages).collect()
}

/// One card per touchpoint, in the order of the audit, then one per
/// cause; the most severe cards first.
fn cards(shared: &Shared, findings: &[(&Finding, &FindingView)]) -> Vec<Card> {
    let position: BTreeMap<&str, usize> = shared
        .project
        .touchpoints
        .iter()
        .enumerate()
        .map(|(i, tp)| (tp.id.as_str(), i))
        .collect();
    // Key: (touchpoint position or after them all, rule order for causes).
    let mut by_card: BTreeMap<(usize, usize), Vec<(&Finding, &FindingView)>> = BTreeMap::new();
    for pair in findings {
        let key = match pair.0.touchpoint.as_deref() {
            Some(id) => (position.get(id).copied().unwrap_or(usize::MAX - 1), 0),
            None => (usize::MAX, pair.0.rule_order),
        };
        by_card.entry(key).or_default().push(*pair);
    }
    let mut cards: Vec<(Severity, Card)> = by_card
        .into_values()
        .filter_map(|pairs| {
            let (first, view) = pairs.first()?;
            let worst = pairs.iter().map(|(f, _)| f.severity).max()?;
            let touchpoint = first.touchpoint.is_some();
            let card = Card {
                anchor: if touchpoint {
                    format!("card-{}", view.anchor)
                } else {
                    format!("cause-{}", view.anchor)
                },
                title: if touchpoint {
                    view.touchpoint.clone().unwrap_or_default()
                } else {
                    view.rule_title.clone()
                },
                href: if touchpoint { view.href.clone() } else { None },
                touchpoint,
                worst: Sev::new(worst, shared.language),
                count: pairs.len(),
                causes: causes(&pairs),
            };
            Some((worst, card))
        })
        .collect();
    // Stable: the audit's order among cards of one severity.
    cards.sort_by(|(a, _), (b, _)| b.cmp(a));
    cards.into_iter().map(|(_, card)| card).collect()
}

/// A card's findings by rule, the most severe rule first.
fn causes(pairs: &[(&Finding, &FindingView)]) -> Vec<Cause> {
    let mut by_rule: BTreeMap<usize, (Severity, Cause)> = BTreeMap::new();
    for (finding, view) in pairs {
        let (worst, cause) = by_rule.entry(finding.rule_order).or_insert_with(|| {
            (
                finding.severity,
                Cause {
                    title: view.rule_title.clone(),
                    href: view.rule_href.clone(),
                    findings: Vec::new(),
                },
            )
        });
        *worst = (*worst).max(finding.severity);
        cause.findings.push((*view).clone());
    }
    let mut causes: Vec<(Severity, Cause)> = by_rule.into_values().collect();
    causes.sort_by(|(a, _), (b, _)| b.cmp(a));
    causes.into_iter().map(|(_, cause)| cause).collect()
}
