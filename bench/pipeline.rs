//! Pipeline benchmark: the cost of a note, side by side with the floor.
//!
//! `cargo bench --bench pipeline` generates synthetic audit projects of
//! several sizes in a temporary folder and times, in one run:
//!
//! - floor: what any tool must do per note with the same libraries: read
//!   the file, split and parse its TOML front matter, render its Markdown
//!   with pulldown-cmark;
//! - trailmark: the whole pipeline in memory: load and validate, score,
//!   audit, render every HTML page, the charts and report.json.
//!
//! It prints microseconds per note for both and their ratio. Machines are
//! shared and noisy, so read the ratio and how per-note cost holds as the
//! project grows (flat means linear), not the absolute times.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use trailmark::render::{html, json};

const STAGES: [&str; 7] = [
    "awareness",
    "consideration",
    "decision",
    "purchase",
    "experience",
    "loyalty",
    "advocacy",
];

fn main() {
    let sizes = [250, 1000, 4000];
    println!(
        "{:>6}  {:>12}  {:>14}  {:>6}",
        "notes", "floor µs/note", "trailmark µs/note", "ratio"
    );
    for notes in sizes {
        let dir = tempfile::tempdir().expect("temporary folder");
        generate(dir.path(), notes);
        let floor = best_of(5, || floor(dir.path()));
        let full = best_of(5, || pipeline(dir.path()));
        let audit = best_of(5, || {
            std::hint::black_box(trailmark::audit(dir.path()).expect("valid"));
        });
        let per = |d: Duration| d.as_secs_f64() * 1e6 / notes as f64;
        println!(
            "{notes:>6}  {:>13.1}  {:>17.1}  {:>6.2}  {:>11.1}  {:>12.1}",
            per(floor),
            per(full),
            per(full) / per(floor),
            per(audit),
            per(full) - per(audit),
        );
    }
}

fn best_of(runs: usize, mut run: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Read, split front matter, parse it, render Markdown: per note, nothing else.
fn floor(root: &Path) {
    for entry in walkdir::WalkDir::new(root.join("content")).sort_by_file_name() {
        let entry = entry.expect("walk");
        if entry.path().extension().is_none_or(|ext| ext != "md") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("read");
        let split = trailmark::load::split_front_matter(&text).expect("front matter");
        let front: toml::Table = toml::from_str(split.front).expect("toml");
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(split.body));
        std::hint::black_box((front, html));
    }
}

fn pipeline(root: &Path) {
    let audit = trailmark::audit(root).expect("the generated project is valid");
    let theme = html::Theme::new(&audit.loaded.theme).expect("theme");
    let files = html::render(&audit.loaded.project, &audit.report, &theme).expect("render");
    std::hint::black_box((files, json::to_string(&audit.report)));
}

/// Writes a seven-stage project with `notes` stage notes, ten touchpoints
/// a stage, three personas and a few research notes.
fn generate(root: &Path, notes: usize) {
    let write = |path: &str, text: &str| {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    };
    write(
        "site.toml",
        "title = \"Benchmark audit\"\nclient = \"Bench\"\ncycle = \"2026-Q4\"\n",
    );
    for persona in ["anna", "bo", "carl"] {
        write(
            &format!("content/personas/{persona}.md"),
            &format!("+++\nname = \"{persona}\"\ngoals = [\"A goal\"]\n+++\nA persona.\n"),
        );
    }
    for i in 0..5 {
        write(
            &format!("content/research/interview-{i}.md"),
            "+++\nmethod = \"interview\"\nparticipants = 2\ndate = 2026-10-01\n+++\nNotes.\n",
        );
    }
    for (s, stage) in STAGES.iter().enumerate() {
        let mut card = String::new();
        for t in 0..10 {
            let _ = write!(
                card,
                "[[touchpoint]]\nid = \"{stage}-{t}\"\nname = \"Touchpoint {t} of {stage}\"\n\
                 channel = \"{channel}\"\nowner = \"{owner}\"\ncontent = \"{content}\"\nemotion = {emotion}\n\
                 pain_points = [\"Slow\"]\nopportunities = [\"Faster\"]\n\
                 [touchpoint.scores]\npresence = {a}\nrelevance = {b}\nconsistency = 3\nexperience = 4\n\
                 [[touchpoint.kpi]]\nname = \"Visits\"\nvalue = {t}\ntarget = 5\n\n",
                channel = ["website", "store", "search", "reviews", "phone"][t % 5],
                owner = ["owned", "paid", "earned", "third-party"][(t + s) % 4],
                content = ["soft", "hard", "none"][t % 3],
                emotion = (t % 5) as i64 - 2,
                a = (t + s) % 6,
                b = (t * 2 + s) % 6,
            );
        }
        write(&format!("content/scorecards/{stage}.toml"), &card);
    }
    for n in 0..notes {
        let stage = STAGES[n % STAGES.len()];
        write(
            &format!("content/stages/{stage}/note-{n:05}.md"),
            &note_text(n, stage),
        );
    }
}

fn note_text(n: usize, stage: &str) -> String {
    format!(
        "+++\ntitle = \"Observation {n}\"\nstage = \"{stage}\"\ntouchpoints = [\"{stage}-{t}\"]\ndate = 2026-10-02\n+++\n\
         # Observation {n}\n\nDuring the visit the customer *compared* offers and asked about **leasing**.\n\n\
         ## What we saw\n\n- The price list was hard to find\n- The guide was [useful](../../methodology.md)\n\
         - Staff answered within two minutes\n\n| KPI | Value |\n|---|---|\n| Visits | 120 |\n| Leads | 7 |\n\n\
         > The customer wanted a calculator, not a brochure.\n\n## What to do\n\n1. Add a calculator\n2. Link the guide\n\n\
         A longer paragraph follows to give the note a realistic size: the audit team observed the journey \
         from search to the showroom and back, noting each touchpoint, the emotion and the pain points, \
         and the opportunities the client could act on in the next optimisation cycle.\n",
        t = n % 10,
    )
}
