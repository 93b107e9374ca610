//! The `trailmark` command: parses the command line, calls the library,
//! prints what it says and maps the outcome to an exit code.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use trailmark::diagnostics::{self, Diagnostic, Sources};
use trailmark::model::Severity;
use trailmark::render::{self, terminal};
use trailmark::rules;

/// Exit code: a finding reached the `--fail-on` level.
const EXIT_FINDINGS: u8 = 1;
/// Exit code: the input could not be read or is invalid, or the output is unsafe.
const EXIT_INPUT: u8 = 2;

#[derive(Parser)]
#[command(
    name = "trailmark",
    version,
    about = "Customer-journey audit reports from Markdown notes and TOML scorecards"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the HTML report and report.json of the project in DIR.
    Build {
        /// The audit project folder (holds site.toml).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Exit 1 when a finding at this level or above is open.
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
        /// Build the report without keeping this cycle's snapshot in history/.
        #[arg(long)]
        no_record: bool,
    },
    /// Validate and audit the project without writing the site; print the findings.
    Check {
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Exit 1 when a finding at this level or above is open.
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
        /// `text` diagnostics, or the report.json object.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// List the gap rules.
    Rules {
        /// `text`, one line a rule, or `markdown`, the whole rule book.
        #[arg(long, value_enum, default_value = "text")]
        format: RulesFormat,
    },
    /// Print one rule's documentation.
    Explain {
        /// The rule id, such as `empty-stage`.
        id: String,
    },
    /// Print a shell completion script.
    Completions { shell: clap_complete::Shell },
}

#[derive(Clone, Copy, ValueEnum)]
enum RulesFormat {
    Text,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
}

impl FailOn {
    fn severity(self) -> Severity {
        match self {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
            FailOn::Info => Severity::Info,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            dir,
            fail_on,
            no_record,
        } => build(&dir, fail_on, no_record),
        Command::Check {
            dir,
            fail_on,
            format,
        } => check(&dir, fail_on, format),
        Command::Rules { format } => {
            match format {
                RulesFormat::Text => print!("{}", rules_list()),
                RulesFormat::Markdown => print!("{}", rules::book()),
            }
            ExitCode::SUCCESS
        }
        Command::Completions { shell } => {
            use clap::CommandFactory;
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "trailmark",
                &mut std::io::stdout(),
            );
            ExitCode::SUCCESS
        }
        Command::Explain { id } => explain(&id),
    }
}

/// The folder as the user named it, as a prefix for file names in messages.
fn prefix(dir: &Path) -> String {
    if dir == Path::new(".") {
        String::new()
    } else {
        let text = dir.to_string_lossy();
        if text.ends_with('/') {
            text.into_owned()
        } else {
            format!("{text}/")
        }
    }
}

fn print_diagnostics(list: &[Diagnostic], sources: &Sources, dir: &Path) {
    if list.is_empty() {
        return;
    }
    let text = diagnostics::render(list, sources, &prefix(dir));
    let _ = std::io::stderr().write_all(text.as_bytes());
}

fn input_failure(list: &[Diagnostic], sources: &Sources, dir: &Path) -> ExitCode {
    print_diagnostics(list, sources, dir);
    let errors = list.iter().filter(|d| d.is_error()).count();
    eprintln!(
        "trailmark: {errors} problem{} in the input; nothing was written",
        if errors == 1 { "" } else { "s" }
    );
    ExitCode::from(EXIT_INPUT)
}

fn exit_for(report: &trailmark::report::Report, fail_on: Option<FailOn>) -> ExitCode {
    match (fail_on, report.worst_severity()) {
        (Some(level), Some(worst)) if worst >= level.severity() => ExitCode::from(EXIT_FINDINGS),
        _ => ExitCode::SUCCESS,
    }
}

fn build(dir: &Path, fail_on: Option<FailOn>, no_record: bool) -> ExitCode {
    let audit = match trailmark::audit(dir) {
        Ok(audit) => audit,
        Err(error) => return input_failure(&error.diagnostics, &error.sources, dir),
    };
    print_diagnostics(&audit.loaded.warnings, &audit.loaded.sources, dir);
    let record = if no_record {
        trailmark::Record::Nothing
    } else {
        trailmark::Record::Snapshot
    };
    let written = match trailmark::build(dir, &audit, record) {
        Ok(written) => written,
        Err(list) => {
            print_diagnostics(&list, &audit.loaded.sources, dir);
            eprintln!("trailmark: the report could not be written");
            return ExitCode::from(EXIT_INPUT);
        }
    };
    for kept in &written.kept {
        eprintln!(
            "note: kept {}: Trailmark did not write it",
            diagnostics::printable(kept)
        );
    }
    let index = written.dir.join("index.html");
    println!("Audit findings: {}", terminal::summary(&audit.report));
    println!(
        "{}",
        diagnostics::printable(&format!(
            "Built the report of {} ({}) in {}: open {}",
            audit.report.client,
            audit.report.cycle,
            shown(&written.dir),
            shown(&index)
        ))
    );
    if let Some(snapshot) = &written.snapshot {
        let compared = match &audit.report.previous_cycle {
            Some(previous) => format!("compared with {previous}"),
            None => "no earlier cycle to compare with".to_string(),
        };
        let line = format!(
            "Kept this cycle's snapshot in {} ({compared})",
            shown(snapshot)
        );
        println!("{}", diagnostics::printable(&line));
    }
    exit_for(&audit.report, fail_on)
}

/// A path shown relative to the current folder when it lies below it.
fn shown(path: &Path) -> String {
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let current = std::env::current_dir().and_then(|c| c.canonicalize());
    match current.as_deref().map(|current| path.strip_prefix(current)) {
        Ok(Ok(relative)) => relative.display().to_string(),
        _ => path.display().to_string(),
    }
}

fn check(dir: &Path, fail_on: FailOn, format: Format) -> ExitCode {
    let audit = match trailmark::audit(dir) {
        Ok(audit) => audit,
        Err(error) => return input_failure(&error.diagnostics, &error.sources, dir),
    };
    print_diagnostics(&audit.loaded.warnings, &audit.loaded.sources, dir);
    // What build would refuse, check refuses too.
    if let Err(list) = trailmark::plan(dir, &audit) {
        return input_failure(&list, &audit.loaded.sources, dir);
    }
    match format {
        Format::Json => print!("{}", render::json::to_string(&audit.report)),
        Format::Text => print!(
            "{}",
            terminal::render(
                &audit.loaded.project,
                &audit.report,
                &audit.loaded.sources,
                &prefix(dir)
            )
        ),
    }
    exit_for(&audit.report, Some(fail_on))
}

fn rules_list() -> String {
    let mut out = String::new();
    for rule in rules::REGISTRY {
        let info = rule.info();
        out.push_str(&format!(
            "{:<34} {:<8} {:<12} {}\n",
            info.id,
            info.severity.as_str(),
            info.area.as_str(),
            info.title.en
        ));
    }
    out
}

fn explain(id: &str) -> ExitCode {
    match rules::find(id) {
        Some(rule) => {
            print!("{}", rules::explain(rule.info()));
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("error: no rule `{id}`; run `trailmark rules` to list them");
            ExitCode::from(EXIT_INPUT)
        }
    }
}
