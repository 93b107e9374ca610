//! Where a finding stands in the project's files, for the renderers that
//! must point at a file and line (SARIF, GitLab Code Quality).
//!
//! A finding that names its place (`file` and `line`, a touchpoint's
//! `[[touchpoint]]` line) points there; a persona's
//! at the persona's note; a stage's at its scorecard when the stage has
//! one; anything else (a stage without a scorecard, the journey as a
//! whole) at site.toml, which defines the journey. Reads only the model
//! and the texts load kept.

use crate::diagnostics::Sources;
use crate::load::SITE_FILE;
use crate::model::Project;
use crate::report::Finding;

/// A file of the project (relative, `/` separators) and a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub file: String,
    pub line: usize,
}

/// Where `finding` is best shown.
pub fn place(project: &Project, finding: &Finding, sources: &Sources) -> Place {
    if let (Some(file), Some(line)) = (&finding.file, finding.line) {
        return Place {
            file: file.clone(),
            line: line.max(1),
        };
    }
    let persona_note = finding
        .persona
        .as_deref()
        .and_then(|id| project.persona(id))
        .map(|persona| format!("content/{}", persona.note));
    let scorecard = finding
        .stage
        .as_deref()
        .map(|stage| format!("content/scorecards/{stage}.toml"));
    let file = [persona_note, scorecard]
        .into_iter()
        .flatten()
        .find(|file| sources.get(file).is_some())
        .unwrap_or_else(|| SITE_FILE.to_string());
    Place { file, line: 1 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Report;
    use crate::rules::testing;
    use crate::score::Scores;

    /// An empty seven-stage journey and its `empty-stage` finding on awareness.
    fn empty_awareness() -> (Project, Finding) {
        let project = testing::project();
        let report = Report::build(&project, &Scores::compute(&project), None);
        let finding = report
            .findings
            .iter()
            .find(|f| f.rule == "empty-stage" && f.stage.as_deref() == Some("awareness"))
            .cloned()
            .expect("an empty stage is a finding");
        (project, finding)
    }

    #[test]
    fn a_stage_without_a_scorecard_points_at_site_toml() {
        let (project, finding) = empty_awareness();
        let place = place(&project, &finding, &Sources::default());
        assert_eq!(
            place,
            Place {
                file: "site.toml".into(),
                line: 1
            }
        );
    }

    #[test]
    fn a_stage_with_a_scorecard_points_at_it() {
        let (project, finding) = empty_awareness();
        let mut sources = Sources::default();
        sources.insert("content/scorecards/awareness.toml", "");
        let place = place(&project, &finding, &sources);
        assert_eq!(place.file, "content/scorecards/awareness.toml");
    }

    #[test]
    fn a_finding_with_a_place_points_there() {
        let (project, mut finding) = empty_awareness();
        finding.file = Some("content/scorecards/awareness.toml".into());
        finding.line = Some(7);
        let place = place(&project, &finding, &Sources::default());
        assert_eq!(place.line, 7);
        assert_eq!(place.file, "content/scorecards/awareness.toml");
    }
}
