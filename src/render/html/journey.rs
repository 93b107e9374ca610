//! The journey map: the stages across, lanes for touchpoints, emotion per
//! persona (a curve with its low point named), pain points and the
//! consultant's actions; one view for every persona and one per persona.
//!
//! Pure: builds [`JourneyMap`] view models from the shared page data. The
//! emotion lane is a small SVG stretched over the stage columns (lines
//! and markers keep their width through `vector-effect`), with the same
//! values written out per stage for screen readers and phones.

use std::fmt::Write as _;

use serde::Serialize;

use super::view::{Badge, Change, LinkView, Shared, TouchpointCard};
use crate::i18n::quoted;
use crate::model::{Level, Persona};
use crate::render::charts::persona_color;
use crate::render::paths::{journey_href, persona_href};

/// How many pain points and actions a stage shows on the map; the stage
/// page has them all.
const LANE_ITEMS: usize = 3;

#[derive(Debug, Clone, Serialize)]
pub struct JourneyMap {
    /// The persona this view is for; `None` for every persona.
    pub persona: Option<String>,
    /// All personas, then each persona: the views to switch between.
    pub views: Vec<ViewLink>,
    pub stages: Vec<MapStage>,
    /// The personas on the emotion lane, with their colour and shape.
    pub legend: Vec<LegendEntry>,
    /// The emotion lane's drawing (empty without any emotion).
    pub emotion_svg: String,
    pub low_point: Option<LowPoint>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ViewLink {
    pub label: String,
    pub href: String,
    pub current: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct LegendEntry {
    pub name: String,
    pub color: String,
    /// `round` or `square`: the marker's shape.
    pub shape: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct LowPoint {
    pub text: String,
    /// The grid column the callout starts at (the low stage's) and how
    /// many it spans.
    pub column: usize,
    pub span: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct MapStage {
    pub id: String,
    pub name: String,
    pub href: String,
    pub position: usize,
    pub badge: Badge,
    pub change: Option<Change>,
    pub empty: bool,
    pub open_findings: usize,
    pub touchpoints: Vec<TouchpointCard>,
    /// Each persona's lowest emotion here, in words.
    pub emotions: Vec<String>,
    pub pain_points: Vec<String>,
    pub more_pain_points: usize,
    pub actions: Vec<MapAction>,
    pub more_actions: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct MapAction {
    pub text: String,
    /// `High impact · Low effort`, when the consultant said.
    pub rating: Option<String>,
    pub quick_win: bool,
}

fn level_word(shared: &Shared, level: Level) -> String {
    shared.language.text(match level {
        Level::Low => "level_low",
        Level::Medium => "level_medium",
        Level::High => "level_high",
    })
}

fn emotion_text(value: i8) -> String {
    match value {
        v if v > 0 => format!("+{v}"),
        0 => "0".to_string(),
        v => format!("\u{2212}{}", -i32::from(v)),
    }
}

/// Whose emotion a line of the lane shows: a persona, or all customers.
struct Feeler<'a> {
    /// The persona's place in the audit, for its colour.
    color: usize,
    name: String,
    persona: Option<&'a str>,
}

impl Feeler<'_> {
    /// The emotion recorded at `tp`: the persona's, or the touchpoint's
    /// single value for all customers.
    fn felt(&self, tp: &crate::model::Touchpoint) -> Option<i8> {
        match self.persona {
            Some(id) => tp.emotion_of(id),
            None => tp.emotion,
        }
    }
}

impl JourneyMap {
    pub fn build(shared: &Shared, persona: Option<&Persona>) -> JourneyMap {
        let project = shared.project;
        let language = shared.language;
        // The lines of the emotion lane: the persona's, or every persona's;
        // one line for all customers when the audit has no personas.
        let people: Vec<Feeler> = if project.personas.is_empty() {
            vec![Feeler {
                color: 0,
                name: language.text("chart_all_customers"),
                persona: None,
            }]
        } else {
            project
                .personas
                .iter()
                .enumerate()
                .filter(|(_, p)| persona.is_none_or(|only| only.id == p.id))
                .map(|(color, p)| Feeler {
                    color,
                    name: p.name.clone(),
                    persona: Some(p.id.as_str()),
                })
                .collect()
        };
        let serves = |tp: &crate::model::Touchpoint| persona.is_none_or(|p| tp.serves(&p.id));

        // Per line, per stage: the lowest emotion and where it is felt.
        let lows: Vec<Vec<Option<(i8, &str)>>> = people
            .iter()
            .map(|feeler| {
                project
                    .stages
                    .iter()
                    .map(|stage| {
                        project
                            .touchpoints_of(&stage.id)
                            .filter_map(|tp| feeler.felt(tp).map(|e| (e, tp.name.as_str())))
                            .min_by_key(|(e, _)| *e)
                    })
                    .collect()
            })
            .collect();
        let low = lows
            .iter()
            .enumerate()
            .flat_map(|(k, line)| {
                line.iter()
                    .enumerate()
                    .filter_map(move |(i, v)| v.map(|(e, tp)| (e, i, k, tp)))
            })
            .min_by_key(|&(e, i, k, _)| (e, i, k))
            .filter(|&(e, ..)| e < 0);

        let stages = shared
            .stages
            .iter()
            .enumerate()
            .map(|(i, stage)| {
                let touchpoints: Vec<TouchpointCard> = stage
                    .touchpoints
                    .iter()
                    .filter(|card| project.touchpoint(&card.id).is_some_and(serves))
                    .cloned()
                    .collect();
                let in_view: Vec<&crate::model::Touchpoint> = project
                    .touchpoints_of(&stage.id)
                    .filter(|tp| serves(tp))
                    .collect();
                let pains: Vec<String> = in_view
                    .iter()
                    .flat_map(|tp| tp.pain_points.iter().map(|p| p.text.clone()))
                    .collect();
                let actions: Vec<MapAction> = in_view
                    .iter()
                    .flat_map(|tp| tp.opportunities.iter())
                    .map(|o| MapAction {
                        text: o.text.clone(),
                        rating: match (o.impact, o.effort) {
                            (None, None) => None,
                            (impact, effort) => Some(language.fill(
                                "impact_effort",
                                &[
                                    (
                                        "impact",
                                        &level_word(shared, impact.unwrap_or(Level::Medium)),
                                    ),
                                    (
                                        "effort",
                                        &level_word(shared, effort.unwrap_or(Level::Medium)),
                                    ),
                                ],
                            )),
                        },
                        quick_win: o.impact == Some(Level::High) && o.effort == Some(Level::Low),
                    })
                    .collect();
                let emotions = people
                    .iter()
                    .zip(&lows)
                    .filter_map(|(feeler, line)| {
                        line[i]
                            .map(|(e, tp)| format!("{}: {} ({tp})", feeler.name, emotion_text(e)))
                    })
                    .collect();
                MapStage {
                    id: stage.id.clone(),
                    name: stage.name.clone(),
                    href: stage.href.clone(),
                    position: stage.position,
                    badge: stage.badge.clone(),
                    change: stage.change.clone(),
                    empty: stage.empty,
                    open_findings: stage.open_findings,
                    touchpoints,
                    emotions,
                    more_pain_points: pains.len().saturating_sub(LANE_ITEMS),
                    pain_points: pains.into_iter().take(LANE_ITEMS).collect(),
                    more_actions: actions.len().saturating_sub(LANE_ITEMS),
                    actions: actions.into_iter().take(LANE_ITEMS).collect(),
                }
            })
            .collect::<Vec<_>>();

        let n = stages.len();
        let low_point = low.map(|(e, i, k, tp)| LowPoint {
            text: language.fill(
                "low_point_text",
                &[
                    ("persona", &people[k].name),
                    ("touchpoint", &quoted(language, tp)),
                    ("stage", &project.stages[i].name),
                    ("emotion", &emotion_text(e)),
                ],
            ),
            // Start at the low stage, or early enough to span three columns.
            column: i.min(n.saturating_sub(3)) + 2,
            span: 3.min(n),
        });
        let legend = people
            .iter()
            .enumerate()
            .map(|(line, feeler)| LegendEntry {
                name: feeler.name.clone(),
                color: persona_color(feeler.color),
                shape: if line % 2 == 0 { "round" } else { "square" },
            })
            .collect::<Vec<_>>();
        let emotion_svg = if lows.iter().flatten().any(Option::is_some) {
            lane_svg(n, &lows, &people, low.map(|(e, i, k, _)| (e, i, k)))
        } else {
            String::new()
        };

        let mut views = vec![ViewLink {
            label: language.text("all_personas").to_string(),
            href: journey_href(None),
            current: persona.is_none(),
        }];
        views.extend(project.personas.iter().map(|p| ViewLink {
            label: p.name.clone(),
            href: journey_href(Some(&p.id)),
            current: persona.is_some_and(|only| only.id == p.id),
        }));
        JourneyMap {
            persona: persona.map(|p| p.name.clone()),
            views,
            stages,
            legend,
            emotion_svg,
            low_point,
        }
    }

    /// The link to the persona's page, for the persona's view.
    pub fn persona_link(persona: &Persona) -> LinkView {
        LinkView {
            label: persona.name.clone(),
            href: persona_href(&persona.id),
        }
    }
}

/// The emotion lane: one column of 100 units per stage, +2 at the top and
/// −2 at the bottom; stretched to the map's width, so strokes keep their
/// width with `vector-effect` and markers are zero-length strokes.
fn lane_svg(
    n: usize,
    lows: &[Vec<Option<(i8, &str)>>],
    people: &[Feeler],
    low: Option<(i8, usize, usize)>,
) -> String {
    let width = n * 100;
    let y = |e: i8| 60 - i32::from(e) * 25;
    let mut svg = format!(
        "<svg class=\"jm-curve\" viewBox=\"0 0 {width} 120\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">\
         <rect x=\"0\" y=\"60\" width=\"{width}\" height=\"60\" fill=\"#faf0e8\"/>"
    );
    for i in 1..n {
        let _ = write!(
            svg,
            "<path d=\"M{} 0V120\" stroke=\"#e3e0d8\" vector-effect=\"non-scaling-stroke\"/>",
            i * 100
        );
    }
    for grid in [10, 35, 85, 110] {
        let _ = write!(
            svg,
            "<path d=\"M0 {grid}H{width}\" stroke=\"#ece9e2\" vector-effect=\"non-scaling-stroke\"/>"
        );
    }
    let _ = write!(
        svg,
        "<path d=\"M0 60H{width}\" stroke=\"#969696\" stroke-dasharray=\"4 4\" vector-effect=\"non-scaling-stroke\"/>"
    );
    let dodge = |line: usize| (line as f64 - (people.len() as f64 - 1.0) / 2.0) * 4.0;
    for (line, (feeler, values)) in people.iter().zip(lows).enumerate() {
        let color = persona_color(feeler.color);
        let cap = if line % 2 == 0 { "round" } else { "square" };
        let dx = dodge(line);
        let mut run: Vec<String> = Vec::new();
        let mut runs: Vec<Vec<String>> = Vec::new();
        for (i, value) in values.iter().enumerate() {
            match value {
                Some((e, _)) => run.push(format!("{:.0} {}", i as f64 * 100.0 + 50.0 + dx, y(*e))),
                None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
                None => {}
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
        for run in runs.iter().filter(|run| run.len() > 1) {
            let _ = write!(
                svg,
                "<path d=\"M{}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"3\" vector-effect=\"non-scaling-stroke\"/>",
                run.join("L")
            );
        }
        for (i, value) in values.iter().enumerate() {
            if let Some((e, _)) = value {
                let (x, yy) = (i as f64 * 100.0 + 50.0 + dx, y(*e));
                if low == Some((*e, i, line)) {
                    let _ = write!(
                        svg,
                        "<path d=\"M{x:.0} {yy}h0\" stroke=\"#a83a00\" stroke-width=\"24\" stroke-linecap=\"round\" vector-effect=\"non-scaling-stroke\"/>\
                         <path d=\"M{x:.0} {yy}h0\" stroke=\"#fff\" stroke-width=\"19\" stroke-linecap=\"round\" vector-effect=\"non-scaling-stroke\"/>"
                    );
                }
                let _ = write!(
                    svg,
                    "<path d=\"M{x:.0} {yy}h0\" stroke=\"{color}\" stroke-width=\"11\" stroke-linecap=\"{cap}\" vector-effect=\"non-scaling-stroke\"/>"
                );
            }
        }
    }
    svg.push_str("</svg>");
    svg
}
