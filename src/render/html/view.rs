//! View models: what the templates read, built once per render.
//!
//! Pure. [`Shared`] is the lookup data every page uses (touchpoint cards,
//! stage summaries, findings, rendered notes), each built exactly once and
//! handed to the pages by reference. Every href in here is relative to the
//! site's root (`stages/awareness.html#tp-radio-spot`); templates put the
//! page's `root` (`""`, `"../"` or the base URL) in front. Every string from
//! the input stays a plain string, escaped by the templates; only `html`
//! and `svg` fields hold markup, which Trailmark made (sanitised Markdown,
//! chart SVG).

use std::collections::BTreeMap;

use serde::Serialize;

use super::explain::{journey_explanation, stage_explanation, touchpoint_explanation};
use rayon::prelude::*;

use super::markdown::{self, Heading, RenderOptions};
use crate::i18n::{self, number, with_percent};
use crate::model::{Kpi, Language, Project, RuleLevel, Severity, Touchpoint};
use crate::render::charts::{Chart, Charts};
use crate::render::paths::{
    SitePage, encode_path, finding_anchor, finding_href, note_file, persona_href, rule_href,
    stage_href, touchpoint_anchor, touchpoint_href,
};
use crate::report::{Finding, Report, TouchpointEntry, WaiverStatus};
use crate::rules::{self, Area, RuleInfo, RuleText};

/// A score as shown: its text and whether it passes.
#[derive(Debug, Clone, Serialize)]
pub struct Badge {
    /// `56.0%`, or a dash when unscored.
    pub text: String,
    /// `pass`, `fail`, `none` (unscored) or `gap` (empty stage).
    pub state: &'static str,
    /// The state in words, for people who do not see the colour.
    pub label: String,
}

impl Badge {
    pub fn new(
        score: Option<f64>,
        passed: Option<bool>,
        empty: bool,
        language: &Language,
    ) -> Badge {
        match (score, passed) {
            (Some(score), Some(passed)) => Badge {
                text: i18n::percent(language, score),
                state: if empty {
                    "gap"
                } else if passed {
                    "pass"
                } else {
                    "fail"
                },
                label: if empty {
                    language.text("no_touchpoints_gap")
                } else if passed {
                    language.text("passes")
                } else {
                    language.text("below_pass")
                },
            },
            _ => Badge {
                text: "–".to_string(),
                state: "none",
                label: language.text("unscored"),
            },
        }
    }
}

/// A severity: its key (for CSS), its name and a symbol.
#[derive(Debug, Clone, Serialize)]
pub struct Sev {
    pub key: &'static str,
    pub label: String,
    pub icon: &'static str,
}

impl Sev {
    pub fn new(severity: Severity, language: &Language) -> Sev {
        let (key, icon) = match severity {
            Severity::Error => ("error", "✕"),
            Severity::Warning => ("warning", "!"),
            Severity::Info => ("info", "i"),
        };
        Sev {
            key,
            label: language.text(&format!("severity_{key}")),
            icon,
        }
    }

    fn off(language: &Language) -> Sev {
        Sev {
            key: "off",
            label: language.text("rule_off"),
            icon: "–",
        }
    }
}

/// A labelled link.
#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    pub label: String,
    pub href: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    pub id: String,
    /// Anchor on findings.html.
    pub anchor: String,
    pub rule: String,
    pub rule_title: String,
    pub rule_href: String,
    pub severity: Sev,
    pub area_key: &'static str,
    pub area: String,
    pub message: String,
    pub stage_id: Option<String>,
    pub stage: Option<String>,
    pub touchpoint_id: Option<String>,
    pub touchpoint: Option<String>,
    pub persona_id: Option<String>,
    pub persona: Option<String>,
    /// The pages of its stage and persona.
    pub stage_href: Option<String>,
    pub persona_href: Option<String>,
    /// Where the finding is: its touchpoint's scorecard, its stage or its persona.
    pub href: Option<String>,
    pub accepted: bool,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DimensionView {
    pub name: String,
    /// `4`, or empty when unscored.
    pub score: String,
    pub scored: bool,
    pub weight: String,
    pub weighted: bool,
    /// Width of the bar, 0 to 100.
    pub bar: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct KpiView {
    pub name: String,
    pub value: String,
    pub target: Option<String>,
    /// `met`, `missed` or `none`.
    pub status: &'static str,
    pub status_label: String,
    pub direction: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EmotionView {
    pub value: i8,
    pub symbol: &'static str,
    pub word: String,
    /// `neg`, `neutral` or `pos`, for CSS.
    pub tone: &'static str,
}

/// Everything about a touchpoint that the pages show.
#[derive(Debug, Clone, Serialize)]
pub struct TouchpointCard {
    pub id: String,
    pub anchor: String,
    pub href: String,
    pub name: String,
    pub stage_id: String,
    pub stage: String,
    pub channel: String,
    pub mode_key: &'static str,
    pub mode: String,
    pub owner_key: &'static str,
    pub owner: String,
    pub content_key: &'static str,
    pub content: String,
    pub emotion: Option<EmotionView>,
    pub badge: Badge,
    pub explanation: String,
    pub dimensions: Vec<DimensionView>,
    pub kpis: Vec<KpiView>,
    pub pain_points: Vec<String>,
    pub opportunities: Vec<String>,
    pub all_personas: bool,
    pub personas: Vec<LinkView>,
    pub note: Option<LinkView>,
    pub reviewed: Option<String>,
    pub findings: Vec<FindingView>,
    pub open_findings: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct StageView {
    pub id: String,
    pub name: String,
    pub href: String,
    pub position: usize,
    pub funnel_key: &'static str,
    pub funnel: String,
    pub badge: Badge,
    /// The score against the previous cycle's.
    pub change: Option<Change>,
    pub explanation: String,
    pub empty: bool,
    pub touchpoints: Vec<TouchpointCard>,
    /// Open findings anywhere in the stage (its touchpoints included).
    pub open_findings: usize,
    /// Findings about the stage itself, not one of its touchpoints.
    pub stage_findings: Vec<FindingView>,
}

/// How a score moved since the previous cycle: `▲ +1.2 since 2026-Q3`.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub text: String,
    /// `up`, `down` or `same`, for styling; the arrow says it too.
    pub direction: &'static str,
}

impl Change {
    /// `None` without a previous cycle or a score on either side.
    pub fn new(
        score: Option<f64>,
        previous: Option<f64>,
        report: &Report,
        language: &Language,
    ) -> Option<Change> {
        let cycle = report.previous_cycle.as_deref()?;
        let delta = crate::score::round1(score? - previous?);
        let (direction, arrow) = match delta {
            d if d > 0.0 => ("up", "▲ +"),
            d if d < 0.0 => ("down", "▼ −"),
            _ => ("same", "= "),
        };
        let amount = format!("{arrow}{}", i18n::score(language, delta.abs()));
        Some(Change {
            text: language.fill("change_since", &[("delta", &amount), ("cycle", cycle)]),
            direction,
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ChartView {
    pub id: String,
    pub title: String,
    pub description: String,
    /// The drawing for wide screens and, when the chart has one, for phones.
    pub svg: String,
    pub phone: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl ChartView {
    fn new(chart: &Chart) -> ChartView {
        ChartView {
            id: chart.id.clone(),
            title: chart.title.clone(),
            description: chart.description.clone(),
            svg: chart.wide.clone(),
            phone: chart.phone.clone(),
            columns: chart.table.columns.clone(),
            rows: chart.table.rows.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct ChartViews {
    pub journey_curve: Option<ChartView>,
    pub stage_scores: Option<ChartView>,
    pub score_heatmap: Option<ChartView>,
    pub emotion_heatmap: Option<ChartView>,
    pub kpis: Option<ChartView>,
    pub value_effort: Option<ChartView>,
    pub coverage: Option<ChartView>,
    pub content_mix: Option<ChartView>,
    pub touchpoint_mix: Option<ChartView>,
    pub personas: Option<ChartView>,
    pub stage_dimensions: Vec<Option<ChartView>>,
    pub cycles: CycleChartViews,
}

/// The charts of the "since" page.
#[derive(Debug, Clone, Serialize, Default)]
pub struct CycleChartViews {
    /// Journey, stages and open findings over every recorded cycle.
    pub trends: Vec<ChartView>,
    /// Each stage before and after.
    pub before_after: Vec<ChartView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RecommendationView {
    pub rank: usize,
    pub title: String,
    pub reasoning: String,
    pub area: String,
    pub area_key: &'static str,
    pub severity: Sev,
    pub stages: Vec<LinkView>,
    pub rules: Vec<LinkView>,
    pub findings: Vec<LinkView>,
    /// The consultant's action it carries (an opportunity), if any.
    pub action: Option<ActionView>,
}

/// The consultant's opportunity behind a recommendation.
#[derive(Debug, Clone, Serialize)]
pub struct ActionView {
    pub touchpoint: LinkView,
    pub impact: Option<String>,
    pub effort: Option<String>,
    pub owner: Option<String>,
    pub status: String,
    pub due: Option<String>,
}

/// A note rendered once, with what list pages need to link to it.
#[derive(Debug, Clone, Serialize)]
pub struct NoteView {
    pub path: String,
    /// The file the note's page is written to (see [`note_file`]).
    pub page: String,
    pub title: String,
    pub kind: String,
    pub date: Option<String>,
    pub html: String,
    /// The note's headings, for a table of contents.
    pub headings: Vec<Heading>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RuleView {
    pub id: String,
    pub href: String,
    pub title: String,
    pub failure_title: String,
    pub area: String,
    pub severity: Sev,
    pub default_severity: Sev,
    pub overridden: bool,
    pub what: String,
    pub why: String,
    pub example: String,
    pub fix: String,
    pub findings: Vec<FindingView>,
    pub open: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct WaiverView {
    pub rule: String,
    pub rule_href: String,
    pub scope: String,
    pub reason: String,
    pub until: Option<String>,
    pub status: &'static str,
    pub status_label: String,
    pub findings: usize,
}

/// The lookup data shared by every page, built once.
pub struct Shared<'a> {
    pub project: &'a Project,
    pub report: &'a Report,
    pub language: &'a Language,
    pub t: &'a BTreeMap<String, String>,
    /// Rendered notes by content path.
    pub notes: BTreeMap<String, NoteView>,
    pub findings: Vec<FindingView>,
    pub cards: Vec<TouchpointCard>,
    pub stages: Vec<StageView>,
    pub charts: ChartViews,
    pub recommendations: Vec<RecommendationView>,
    /// The agency's homework: open findings about the audit's completeness.
    pub audit_quality: Vec<LinkView>,
    pub rules: Vec<RuleView>,
    pub waivers: Vec<WaiverView>,
    pub journey_badge: Badge,
    /// The journey score against the previous cycle's.
    pub journey_change: Option<Change>,
    pub journey_explanation: String,
    pub pass_text: String,
    pub scale_note: String,
    /// Touchpoint id -> its place in `cards`.
    card_index: BTreeMap<String, usize>,
    /// What every page's template gets (strings, navigation, site), made
    /// into template values once and shared by every page; empty until
    /// [`super::frame::common_context`] has been made from the rest.
    pub common: tera::Context,
}

fn area_label(area: Area, language: &Language) -> String {
    language.text(&format!("area_{}", area.as_str()))
}

impl<'a> Shared<'a> {
    pub fn build(project: &'a Project, report: &'a Report, charts: &Charts) -> Shared<'a> {
        let language = &project.site.language;
        let scoring = &project.site.scoring;

        let pages: BTreeMap<String, String> = project
            .notes
            .iter()
            .map(|note| (note.path.clone(), note_file(note)))
            .collect();
        let notes = render_notes(project, &pages);

        let findings: Vec<FindingView> = report
            .findings
            .iter()
            .map(|finding| finding_view(finding, project, language))
            .collect();

        let entries: BTreeMap<&str, &TouchpointEntry> = report
            .touchpoints
            .iter()
            .map(|entry| (entry.id.as_str(), entry))
            .collect();
        // Grouped once: a card per touchpoint must not search every finding.
        let mut findings_of: BTreeMap<&str, Vec<FindingView>> = BTreeMap::new();
        for finding in &findings {
            if let Some(id) = finding.touchpoint_id.as_deref() {
                findings_of.entry(id).or_default().push(finding.clone());
            }
        }
        let cards: Vec<TouchpointCard> = project
            .touchpoints
            .iter()
            .map(|tp| {
                touchpoint_card(
                    tp,
                    entries.get(tp.id.as_str()).copied(),
                    project,
                    findings_of.get(tp.id.as_str()).cloned().unwrap_or_default(),
                    &pages,
                    language,
                )
            })
            .collect();

        let stages: Vec<StageView> = report
            .stages
            .iter()
            .enumerate()
            .map(|(position, entry)| {
                let funnel_key = entry.funnel.as_str();
                let touchpoints: Vec<TouchpointCard> = cards
                    .iter()
                    .filter(|card| card.stage_id == entry.id)
                    .cloned()
                    .collect();
                let empty = touchpoints.is_empty();
                StageView {
                    id: entry.id.clone(),
                    name: entry.name.clone(),
                    href: stage_href(&entry.id),
                    position: position + 1,
                    funnel_key,
                    funnel: language.text(&format!("funnel_{funnel_key}")),
                    badge: Badge::new(entry.score, entry.passed, empty, language),
                    change: Change::new(entry.score, entry.previous_score, report, language),
                    explanation: stage_explanation(entry, report, language),
                    empty,
                    touchpoints,
                    open_findings: findings
                        .iter()
                        .filter(|f| !f.accepted && f.stage_id.as_deref() == Some(&entry.id))
                        .count(),
                    stage_findings: findings
                        .iter()
                        .filter(|f| {
                            f.stage_id.as_deref() == Some(&entry.id) && f.touchpoint.is_none()
                        })
                        .cloned()
                        .collect(),
                }
            })
            .collect();

        let stage_name = |id: &str| {
            project
                .stage(id)
                .map_or(id.to_string(), |stage| stage.name.clone())
        };
        let recommendations = report
            .recommendations
            .iter()
            .map(|rec| RecommendationView {
                rank: rec.rank,
                title: rec.title.clone(),
                reasoning: rec.reasoning.clone(),
                area: area_label(rec.area, language).to_string(),
                area_key: rec.area.as_str(),
                severity: Sev::new(rec.severity, language),
                stages: rec
                    .stages
                    .iter()
                    .map(|id| LinkView {
                        label: stage_name(id),
                        href: stage_href(id),
                    })
                    .collect(),
                rules: rec
                    .rules
                    .iter()
                    .map(|id| LinkView {
                        label: id.clone(),
                        href: rule_href(id),
                    })
                    .collect(),
                findings: rec
                    .findings
                    .iter()
                    .map(|id| LinkView {
                        label: findings
                            .iter()
                            .find(|f| &f.id == id)
                            .map_or(id.clone(), |f| f.message.clone()),
                        href: finding_href(report, id),
                    })
                    .collect(),
                action: rec.actions.first().map(|action| ActionView {
                    touchpoint: LinkView {
                        label: project
                            .touchpoint(&action.touchpoint)
                            .map_or(action.touchpoint.clone(), |tp| tp.name.clone()),
                        href: project.touchpoint(&action.touchpoint).map_or_else(
                            || SitePage::Touchpoints.href(),
                            |tp| touchpoint_href(&tp.stage, &tp.id),
                        ),
                    },
                    impact: action
                        .impact
                        .map(|level| language.text(&format!("level_{}", level.as_str()))),
                    effort: action
                        .effort
                        .map(|level| language.text(&format!("level_{}", level.as_str()))),
                    owner: action.owner.clone(),
                    status: language.text(&format!("status_{}", action.status.as_str())),
                    due: action.due.clone(),
                }),
            })
            .collect();
        let audit_quality = report
            .audit_quality
            .iter()
            .map(|id| LinkView {
                label: findings
                    .iter()
                    .find(|f| &f.id == id)
                    .map_or(id.clone(), |f| f.message.clone()),
                href: finding_href(report, id),
            })
            .collect();

        let rules = rules::REGISTRY
            .iter()
            .map(|rule| rule_view(rule.info(), project, &findings, language))
            .collect();

        let waivers = report
            .waivers
            .iter()
            .map(|waiver| {
                let mut scope = Vec::new();
                if let Some(stage) = &waiver.stage {
                    scope.push(stage_name(stage));
                }
                if let Some(tp) = &waiver.touchpoint {
                    scope.push(
                        project
                            .touchpoint(tp)
                            .map_or(tp.clone(), |t| t.name.clone()),
                    );
                }
                if let Some(persona) = &waiver.persona {
                    scope.push(
                        project
                            .persona(persona)
                            .map_or(persona.clone(), |p| p.name.clone()),
                    );
                }
                let status = match waiver.status {
                    WaiverStatus::Live => "live",
                    WaiverStatus::Unused => "unused",
                    WaiverStatus::Expired => "expired",
                };
                WaiverView {
                    rule: waiver.rule.clone(),
                    rule_href: rule_href(&waiver.rule),
                    scope: if scope.is_empty() {
                        language.text("everywhere").to_string()
                    } else {
                        scope.join(", ")
                    },
                    reason: waiver.reason.clone(),
                    until: waiver.until.clone(),
                    status,
                    status_label: language.text(&format!("waiver_{status}")),
                    findings: waiver.findings.len(),
                }
            })
            .collect();

        let charts = ChartViews {
            journey_curve: charts.journey_curve.as_ref().map(ChartView::new),
            stage_scores: charts.stage_scores.as_ref().map(ChartView::new),
            score_heatmap: charts.score_heatmap.as_ref().map(ChartView::new),
            emotion_heatmap: charts.emotion_heatmap.as_ref().map(ChartView::new),
            kpis: charts.kpis.as_ref().map(ChartView::new),
            value_effort: charts.value_effort.as_ref().map(ChartView::new),
            coverage: charts.coverage.as_ref().map(ChartView::new),
            content_mix: charts.content_mix.as_ref().map(ChartView::new),
            touchpoint_mix: charts.touchpoint_mix.as_ref().map(ChartView::new),
            personas: charts.personas.as_ref().map(ChartView::new),
            stage_dimensions: charts
                .stage_dimensions
                .iter()
                .map(|chart| chart.as_ref().map(ChartView::new))
                .collect(),
            cycles: CycleChartViews {
                trends: [
                    &charts.cycles.journey,
                    &charts.cycles.stages,
                    &charts.cycles.findings,
                ]
                .into_iter()
                .flatten()
                .map(ChartView::new)
                .collect(),
                before_after: charts
                    .cycles
                    .before_after
                    .iter()
                    .map(ChartView::new)
                    .collect(),
            },
        };

        let journey_badge = Badge::new(Some(report.score), Some(report.passed), false, language);
        let pass_text = with_percent(language, number(language, scoring.pass_percent(), 1));
        let scale_note = language.fill(
            "scale_note",
            &[
                ("scale", &number(language, scoring.scale, 2)),
                ("pass", &number(language, scoring.pass, 2)),
                ("pass_pct", &pass_text),
            ],
        );

        let card_index = cards
            .iter()
            .enumerate()
            .map(|(index, card)| (card.id.clone(), index))
            .collect();
        Shared {
            project,
            report,
            language,
            t: language.strings(),
            notes,
            findings,
            cards,
            stages,
            charts,
            recommendations,
            audit_quality,
            rules,
            waivers,
            journey_badge,
            journey_change: Change::new(
                Some(report.score),
                report.previous_score,
                report,
                language,
            ),
            journey_explanation: journey_explanation(report, scoring, language),
            pass_text,
            scale_note,
            card_index,
            common: tera::Context::new(),
        }
    }

    pub fn card(&self, id: &str) -> Option<&TouchpointCard> {
        self.card_index.get(id).map(|index| &self.cards[*index])
    }
}

/// Renders every note exactly once, on the page it becomes.
fn render_notes(project: &Project, pages: &BTreeMap<String, String>) -> BTreeMap<String, NoteView> {
    let language = &project.site.language;
    project
        .notes
        .par_iter()
        .map(|note| {
            let page = &pages[&note.path];
            let rendered = markdown::render(
                &note.body,
                &RenderOptions {
                    source: Some(&note.path),
                    page,
                    pages,
                    base_url: &project.site.base_url,
                    trusted_html: project.site.trusted_html,
                    title: Some(&note.title),
                },
            );
            (
                note.path.clone(),
                NoteView {
                    path: note.path.clone(),
                    page: page.clone(),
                    title: note.title.clone(),
                    kind: note.kind.as_str().to_string(),
                    date: note.date.as_deref().map(|d| i18n::date(language, d)),
                    html: rendered.html,
                    headings: rendered.headings,
                },
            )
        })
        .collect()
}

fn finding_view(finding: &Finding, project: &Project, language: &Language) -> FindingView {
    let info = rules::find(&finding.rule).map(|rule| rule.info());
    let href = match (&finding.stage, &finding.touchpoint, &finding.persona) {
        (_, Some(tp), _) => project
            .touchpoint(tp)
            .map(|t| touchpoint_href(&t.stage, &t.id)),
        (Some(stage), None, _) => Some(stage_href(stage)),
        (None, None, Some(persona)) => Some(persona_href(persona)),
        _ => None,
    };
    FindingView {
        id: finding.id.clone(),
        anchor: finding_anchor(&finding.id),
        rule: finding.rule.clone(),
        rule_title: info.map_or("".to_string(), |info| {
            info.text(language, RuleText::Failure)
        }),
        rule_href: rule_href(&finding.rule),
        severity: Sev::new(finding.severity, language),
        area_key: finding.area.as_str(),
        area: area_label(finding.area, language).to_string(),
        message: finding.message.clone(),
        stage_id: finding.stage.clone(),
        stage: finding
            .stage
            .as_ref()
            .map(|id| project.stage(id).map_or(id.clone(), |s| s.name.clone())),
        touchpoint_id: finding.touchpoint.clone(),
        touchpoint: finding.touchpoint.as_ref().map(|id| {
            project
                .touchpoint(id)
                .map_or(id.clone(), |t| t.name.clone())
        }),
        persona_id: finding.persona.clone(),
        stage_href: finding.stage.as_deref().map(stage_href),
        persona_href: finding.persona.as_deref().map(persona_href),
        persona: finding
            .persona
            .as_ref()
            .map(|id| project.persona(id).map_or(id.clone(), |p| p.name.clone())),
        href,
        accepted: finding.accepted,
        reason: finding.reason.clone(),
    }
}

fn emotion_view(value: i8, language: &Language) -> EmotionView {
    let value = value.clamp(-2, 2);
    let (symbol, tone) = match value {
        -2 => ("▼▼", "neg"),
        -1 => ("▼", "neg"),
        0 => ("●", "neutral"),
        1 => ("▲", "pos"),
        _ => ("▲▲", "pos"),
    };
    EmotionView {
        value,
        symbol,
        word: language.text(&format!("emotion_{value}")),
        tone,
    }
}

fn kpi_value(kpi: &Kpi, value: f64, language: &Language) -> String {
    let text = number(language, value, 2);
    match kpi.unit.as_deref() {
        Some("%") => with_percent(language, text),
        Some(unit) if !unit.is_empty() => format!("{text} {unit}"),
        _ => text,
    }
}

fn kpi_view(kpi: &Kpi, language: &Language) -> KpiView {
    let (status, key) = match kpi.meets_target() {
        Some(true) => ("met", "met"),
        Some(false) => ("missed", "missed"),
        None => ("none", "no_target"),
    };
    KpiView {
        name: kpi.name.clone(),
        value: kpi_value(kpi, kpi.value, language),
        target: kpi.target.map(|target| kpi_value(kpi, target, language)),
        status,
        status_label: language.text(key),
        direction: language.text(if kpi.higher_is_better {
            "higher_is_better"
        } else {
            "lower_is_better"
        }),
    }
}

fn touchpoint_card(
    tp: &Touchpoint,
    entry: Option<&TouchpointEntry>,
    project: &Project,
    mine: Vec<FindingView>,
    pages: &BTreeMap<String, String>,
    language: &Language,
) -> TouchpointCard {
    let scoring = &project.site.scoring;
    let score = entry.and_then(|e| e.score);
    let passed = entry.and_then(|e| e.passed);
    let dimensions = scoring
        .dimensions
        .iter()
        .map(|dimension| {
            let value = tp.scores.get(dimension).copied();
            let weight = scoring.shown_weight(dimension);
            DimensionView {
                name: crate::i18n::vocabulary(language, "dimension", dimension),
                score: value.map_or(String::new(), |v| number(language, v, 2)),
                scored: value.is_some(),
                weight: number(language, weight, 2),
                weighted: (weight - 1.0).abs() > f64::EPSILON,
                bar: value.map_or(0.0, |v| (v / scoring.scale * 100.0).clamp(0.0, 100.0)),
            }
        })
        .collect();
    let stage = project
        .stage(&tp.stage)
        .map_or(tp.stage.clone(), |s| s.name.clone());
    TouchpointCard {
        id: tp.id.clone(),
        anchor: touchpoint_anchor(&tp.id),
        href: touchpoint_href(&tp.stage, &tp.id),
        name: tp.name.clone(),
        stage_id: tp.stage.clone(),
        stage,
        channel: crate::i18n::vocabulary(language, "channel", &tp.channel),
        mode_key: tp.mode.as_str(),
        mode: language.text(tp.mode.as_str()),
        owner_key: tp.owner.as_str(),
        owner: language.text(&format!("owner_{}", tp.owner.as_str())),
        content_key: tp.content.as_str(),
        content: language.text(&format!("content_{}", tp.content.as_str())),
        emotion: tp.emotion.map(|value| emotion_view(value, language)),
        badge: Badge::new(score, passed, false, language),
        explanation: touchpoint_explanation(tp, scoring, language),
        dimensions,
        kpis: tp.kpis.iter().map(|kpi| kpi_view(kpi, language)).collect(),
        pain_points: tp.pain_points.iter().map(|p| p.text.clone()).collect(),
        opportunities: tp.opportunities.iter().map(|o| o.text.clone()).collect(),
        all_personas: tp.personas.is_none(),
        personas: tp
            .personas
            .iter()
            .flatten()
            .map(|id| LinkView {
                label: project.persona(id).map_or(id.clone(), |p| p.name.clone()),
                href: persona_href(id),
            })
            .collect(),
        note: tp.notes.as_ref().map(|path| {
            let page = pages.get(path).cloned().unwrap_or_else(|| path.clone());
            LinkView {
                label: project
                    .notes
                    .iter()
                    .find(|note| &note.path == path)
                    .map_or(path.clone(), |note| note.title.clone()),
                // The stage's own note is on the scorecard's page.
                href: if page == stage_href(&tp.stage) {
                    format!("{page}#notes-title")
                } else {
                    encode_path(&page)
                },
            }
        }),
        reviewed: tp.reviewed.as_deref().map(|d| i18n::date(language, d)),
        open_findings: mine.iter().filter(|f| !f.accepted).count(),
        findings: mine,
    }
}

fn rule_view(
    info: &'static RuleInfo,
    project: &Project,
    findings: &[FindingView],
    language: &Language,
) -> RuleView {
    let href = rule_href(info.id);
    let (severity, overridden) = match project.site.rules.get(info.id) {
        Some(RuleLevel::Off) => (Sev::off(language), true),
        Some(RuleLevel::On(severity)) => {
            (Sev::new(*severity, language), *severity != info.severity)
        }
        None => (Sev::new(info.severity, language), false),
    };
    let doc = |part| {
        markdown::render(
            &info.text(language, part),
            &RenderOptions {
                source: None,
                page: &href,
                pages: &BTreeMap::new(),
                base_url: &project.site.base_url,
                trusted_html: false,
                title: None,
            },
        )
        .html
    };
    let mine: Vec<FindingView> = findings
        .iter()
        .filter(|f| f.rule == info.id)
        .cloned()
        .collect();
    RuleView {
        id: info.id.to_string(),
        href: href.clone(),
        title: info.text(language, RuleText::Title),
        failure_title: info.text(language, RuleText::Failure),
        area: area_label(info.area, language).to_string(),
        severity,
        default_severity: Sev::new(info.severity, language),
        overridden,
        what: doc(RuleText::What),
        why: doc(RuleText::Why),
        example: doc(RuleText::Example),
        fix: doc(RuleText::Fix),
        open: mine.iter().filter(|f| !f.accepted).count(),
        findings: mine,
    }
}
