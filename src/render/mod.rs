//! Render: turns the report and the model into output.
//!
//! The renderers (HTML, Markdown, JSON, CSV, terminal) read only the model and the report
//! and return text or in-memory files; [`output`] is the only place that
//! writes to disk (the site and this cycle's snapshot in history/). Render
//! reads no input: load has read it all.

pub mod charts;
pub mod gitlab;
pub mod html;
pub mod json;
pub mod output;
pub mod paths;
pub mod place;
pub mod sarif;
pub mod since;
pub mod spreadsheet;
pub mod terminal;
pub mod wiki;
pub mod wiki_pages;

pub use output::{OutputFile, Written};

/// The demo project, loaded and audited as a build does, for the
/// renderers' tests.
#[cfg(test)]
pub(crate) mod testing {
    use crate::load::{Loaded, load};
    use crate::report::Report;
    use crate::score::Scores;

    pub struct Demo {
        pub loaded: Loaded,
        pub report: Report,
    }

    pub fn demo() -> Demo {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let loaded = load(root, &crate::rules::ids()).expect("the demo loads");
        let scores = Scores::compute(&loaded.project);
        let report =
            Report::build(&loaded.project, &scores, loaded.previous()).with_trend(loaded.earlier());
        Demo { loaded, report }
    }
}

#[cfg(test)]
mod determinism {
    //! Property: whatever the journey, the same project renders to the same
    //! bytes in every output format.

    use proptest::prelude::*;

    use super::{html, json, wiki};
    use crate::model::{ContentKind, Mode, Owner, Project};
    use crate::report::Report;
    use crate::rules::testing;
    use crate::score::Scores;

    const STAGES: [&str; 7] = [
        "awareness",
        "consideration",
        "decision",
        "purchase",
        "experience",
        "loyalty",
        "advocacy",
    ];
    const CHANNELS: [&str; 5] = ["website", "store", "reviews", "phone", "podcast"];

    /// Stage, channel, owner and content indices, score, emotion.
    type Spec = (usize, usize, usize, usize, Option<u8>, i8);

    fn project_from(touchpoints: &[Spec]) -> Project {
        let mut project = testing::project();
        project.personas.push(testing::persona("mette"));
        for (i, (stage, channel, owner, content, score, emotion)) in touchpoints.iter().enumerate()
        {
            let mut tp = testing::touchpoint(&format!("tp-{i}"), STAGES[stage % STAGES.len()]);
            tp.name = format!("Touchpoint <{i}> & \"quoted\"");
            tp.channel = CHANNELS[channel % CHANNELS.len()].to_string();
            tp.mode = if channel % 2 == 0 {
                Mode::Online
            } else {
                Mode::Offline
            };
            tp.owner = Owner::ALL[owner % Owner::ALL.len()];
            tp.content = ContentKind::ALL[content % ContentKind::ALL.len()];
            tp.emotion = Some(*emotion);
            match score {
                Some(score) => tp = testing::scored(tp, f64::from(*score)),
                None => tp.scores.clear(),
            }
            project.touchpoints.push(tp);
        }
        project
    }

    fn render_all(project: &Project) -> Vec<(String, Vec<u8>)> {
        let report = Report::build(project, &Scores::compute(project), None);
        let theme = html::Theme::builtin().expect("built-in theme");
        let mut files: Vec<(String, Vec<u8>)> = html::render(project, &report, &theme)
            .expect("renders")
            .into_iter()
            .map(|file| (file.path, file.bytes))
            .collect();
        files.push(("report.json".into(), json::to_string(&report).into_bytes()));
        files.push((
            "report.md".into(),
            wiki::render(project, &report).into_bytes(),
        ));
        files
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn the_same_project_gives_the_same_bytes(
            touchpoints in proptest::collection::vec(
                (0..7usize, 0..5usize, 0..4usize, 0..3usize, proptest::option::of(0..=5u8), -2..=2i8),
                0..12,
            )
        ) {
            let project = project_from(&touchpoints);
            let first = render_all(&project);
            let second = render_all(&project.clone());
            prop_assert_eq!(first.len(), second.len());
            for ((path_a, bytes_a), (path_b, bytes_b)) in first.iter().zip(&second) {
                prop_assert_eq!(path_a, path_b);
                prop_assert!(bytes_a == bytes_b, "{} differs between two renders", path_a);
            }
        }
    }
}
