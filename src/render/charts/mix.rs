//! Stacked bars per stage: the content mix (soft, hard, none) and the
//! touchpoint mix (owner; online and offline).

use super::bars::{self, Panel};
use super::palette::{BLUE, GREEN, GREY, ORANGE, PURPLE, Rgb, SKY, VERMILLION};
use super::words::{self, list};
use super::{Chart, Ctx, DataTable};
use crate::model::{ContentKind, Funnel, Mode, Owner};

pub(super) fn content(ctx: &Ctx) -> Option<Chart> {
    let (w, lang, project) = (&ctx.words, ctx.lang, ctx.project);
    let stages = &project.stages;
    if stages.is_empty() || project.touchpoints.is_empty() {
        return None;
    }
    let series: Vec<(String, Rgb)> = ContentKind::ALL
        .iter()
        .map(|kind| {
            let color = match kind {
                ContentKind::Soft => GREEN,
                ContentKind::Hard => ORANGE,
                ContentKind::None => GREY,
            };
            (words::content(lang, *kind).to_string(), color)
        })
        .collect();
    let values: Vec<Vec<usize>> = stages
        .iter()
        .map(|stage| {
            ContentKind::ALL
                .iter()
                .map(|kind| {
                    project
                        .touchpoints_of(&stage.id)
                        .filter(|tp| tp.content == *kind)
                        .count()
                })
                .collect()
        })
        .collect();
    // Upper-funnel stages without soft content are flagged.
    let flagged: Vec<bool> = stages
        .iter()
        .zip(&values)
        .map(|(stage, v)| matches!(stage.funnel, Funnel::Top | Funnel::Middle) && v[0] == 0)
        .collect();

    let mut columns = vec![w.stage.to_string()];
    columns.extend(series.iter().map(|(label, _)| label.clone()));
    columns.push(w.total.to_string());
    let rows = stages
        .iter()
        .zip(&values)
        .map(|(stage, v)| {
            let mut row = vec![stage.name.clone()];
            row.extend(v.iter().map(|n| n.to_string()));
            row.push(v.iter().sum::<usize>().to_string());
            row
        })
        .collect();
    let flagged_names: Vec<String> = stages
        .iter()
        .zip(&flagged)
        .filter(|(_, f)| **f)
        .map(|(s, _)| s.name.clone())
        .collect();
    let mut description = lang.text("chart-content-description");
    if !flagged_names.is_empty() {
        let names = list(lang, &flagged_names);
        description.push(' ');
        description.push_str(&lang.fill(
            "chart-content-missing-soft",
            &[("names", names.to_string().as_str())],
        ));
    }
    bars::chart(
        ctx,
        ("content-mix", &w.content_mix),
        vec![Panel {
            heading: None,
            series,
            values,
            flagged,
            warning: w.no_soft_content.to_string(),
        }],
        description,
        DataTable { columns, rows },
    )
}

pub(super) fn touchpoints(ctx: &Ctx) -> Option<Chart> {
    let (w, lang, project) = (&ctx.words, ctx.lang, ctx.project);
    let stages = &project.stages;
    if stages.is_empty() || project.touchpoints.is_empty() {
        return None;
    }
    let owners: Vec<(String, Rgb)> = Owner::ALL
        .iter()
        .map(|owner| {
            let color = match owner {
                Owner::Owned => BLUE,
                Owner::Paid => ORANGE,
                Owner::Earned => GREEN,
                Owner::ThirdParty => PURPLE,
            };
            (words::owner(lang, *owner).to_string(), color)
        })
        .collect();
    let modes = [Mode::Online, Mode::Offline];
    let mode_series: Vec<(String, Rgb)> = modes
        .iter()
        .map(|mode| {
            let color = match mode {
                Mode::Online => SKY,
                Mode::Offline => VERMILLION,
            };
            (words::mode(lang, *mode).to_string(), color)
        })
        .collect();
    let by_owner: Vec<Vec<usize>> = stages
        .iter()
        .map(|stage| {
            Owner::ALL
                .iter()
                .map(|owner| {
                    project
                        .touchpoints_of(&stage.id)
                        .filter(|tp| tp.owner == *owner)
                        .count()
                })
                .collect()
        })
        .collect();
    let by_mode: Vec<Vec<usize>> = stages
        .iter()
        .map(|stage| {
            modes
                .iter()
                .map(|mode| {
                    project
                        .touchpoints_of(&stage.id)
                        .filter(|tp| tp.mode == *mode)
                        .count()
                })
                .collect()
        })
        .collect();

    let mut columns = vec![w.stage.to_string()];
    columns.extend(owners.iter().map(|(label, _)| label.clone()));
    columns.extend(mode_series.iter().map(|(label, _)| label.clone()));
    columns.push(w.total.to_string());
    let rows = stages
        .iter()
        .zip(by_owner.iter().zip(&by_mode))
        .map(|(stage, (o, m))| {
            let mut row = vec![stage.name.clone()];
            row.extend(o.iter().chain(m).map(|n| n.to_string()));
            row.push(o.iter().sum::<usize>().to_string());
            row
        })
        .collect();
    let offline_none: Vec<String> = stages
        .iter()
        .zip(&by_mode)
        .filter(|(_, m)| m[0] > 0 && m[1] == 0)
        .map(|(s, _)| s.name.clone())
        .collect();
    let mut description = lang.text("chart-mix-description");
    if !offline_none.is_empty() {
        let names = list(lang, &offline_none);
        description.push(' ');
        description.push_str(&lang.fill(
            "chart-mix-online-only",
            &[("names", names.to_string().as_str())],
        ));
    }
    let unflagged = vec![false; stages.len()];
    bars::chart(
        ctx,
        ("touchpoint-mix", &w.touchpoint_mix),
        vec![
            Panel {
                heading: Some(w.by_owner.to_string()),
                series: owners,
                values: by_owner,
                flagged: unflagged.clone(),
                warning: String::new(),
            },
            Panel {
                heading: Some(w.by_mode.to_string()),
                series: mode_series,
                values: by_mode,
                flagged: unflagged,
                warning: String::new(),
            },
        ],
        description,
        DataTable { columns, rows },
    )
}
