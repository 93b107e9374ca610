//! The `trailmark` command: parses the command line, calls the library,
//! prints what it says and maps the outcome to an exit code.
//!
//! Output conventions: results on stdout, diagnostics and progress on
//! stderr; colour only in diagnostics and only where [`Ui`] allows it;
//! `--quiet` keeps only what stops or fails the run.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use fluent_bundle::FluentArgs;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use trailmark::diagnostics::{self, Diagnostic, Sources};
use trailmark::model::Severity;
use trailmark::render::wiki_pages::Flavour;
use trailmark::render::{self, terminal};
use trailmark::report::Report;
use trailmark::rules;

/// `print!` and `println!` for this command: text goes to standard output
/// through [`write_stdout`], so a closed pipe (`trailmark rules | head -1`)
/// ends the command quietly and a full device is an error, never a panic.
macro_rules! print {
    ($($arg:tt)*) => { write_stdout(format_args!($($arg)*)) };
}

/// See [`print!`].
macro_rules! println {
    ($($arg:tt)*) => { write_stdout(format_args!("{}\n", format_args!($($arg)*))) };
}

/// Set by `serve`, whose output is a log: the server goes on when nobody
/// reads it.
static OUTPUT_IS_A_LOG: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Writes to standard output and flushes, so that a failure shows now.
fn write_stdout(text: std::fmt::Arguments) {
    let mut out = std::io::stdout().lock();
    if let Err(error) = out.write_fmt(text).and_then(|()| out.flush())
        && !OUTPUT_IS_A_LOG.load(std::sync::atomic::Ordering::Relaxed)
    {
        stdout_failed(&error);
    }
}

/// Ends the command when standard output cannot be written: quietly when
/// the reader has gone (a closed pipe), else with the reason.
fn stdout_failed(error: &std::io::Error) -> ! {
    if error.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    let _ = writeln!(std::io::stderr(), "error: cannot write the output: {error}");
    std::process::exit(i32::from(EXIT_INPUT));
}

/// Exit code: a finding reached the `--fail-on` level.
const EXIT_FINDINGS: u8 = 1;
/// Exit code: the input could not be read or is invalid, the output is
/// unsafe, or the command line is wrong (clap's usage errors exit 2 too).
const EXIT_INPUT: u8 = 2;

/// A build that takes longer than this shows a progress line on a terminal.
const PROGRESS_AFTER: Duration = Duration::from_millis(300);

#[derive(Parser)]
#[command(
    name = "trailmark",
    version,
    about = "Customer-journey audit reports from Markdown notes and TOML scorecards",
    after_help = "Examples:\n  trailmark build                 build the audit in this folder into public/\n  trailmark check --fail-on warning\n  trailmark explain empty-stage\n\nExit codes: 0 success; 1 a finding reached --fail-on; 2 invalid input, unsafe output or a wrong command line."
)]
struct Cli {
    #[command(flatten)]
    output: OutputArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
struct OutputArgs {
    /// Print only what stops or fails the run.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Also print what each step did and how long it took.
    #[arg(long, short, global = true)]
    verbose: bool,
    /// Colour in diagnostics: `auto` on a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, global = true, default_value = "auto")]
    color: ColorWhen,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand)]
enum Command {
    /// Build the HTML report and report.json of the project in DIR.
    #[command(
        after_help = "Examples:\n  trailmark build\n  trailmark build audits/nordlys --fail-on error"
    )]
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
        /// Also write the whole report as one self-contained HTML file.
        #[arg(long)]
        single_file: bool,
        /// `markdown` also writes the whole report as Markdown pages (markdown/).
        #[arg(long, value_enum, default_value = "html")]
        format: BuildFormat,
        /// Shape the Markdown pages for this wiki (implies --format markdown).
        #[arg(long, value_enum)]
        wiki: Option<Wiki>,
    },
    /// Commit the report as Markdown pages into a wiki's Git repository, in
    /// a folder per client and cycle, and push; only when something changed.
    #[command(
        after_help = "The report goes into CLIENT/CYCLE/ of the wiki (nordlys-auto/2026-q4/); nothing else\nof the wiki is changed. The wiki is cloned into a temporary folder, so a local\ntarget's working tree is never touched, and the push never forces: if the\nbranch was rewritten meanwhile, nothing is pushed. Commits are made as git's\nconfigured user, or as \"Trailmark <trailmark@localhost>\" when git has none.\nSee docs/publishing.md for each wiki.\n\nExamples:\n  trailmark publish --git https://github.com/fjord/nordlys.wiki.git --wiki github\n  trailmark publish audits/nordlys --git ../wiki.git --branch main --wiki gitlab"
    )]
    Publish {
        /// The audit project folder (holds site.toml).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// The wiki's Git repository: a URL or a local path, as `git clone` takes it.
        #[arg(long = "git", value_name = "URL_OR_PATH")]
        url: String,
        /// The branch to commit to (default: the repository's default branch).
        #[arg(long)]
        branch: Option<String>,
        /// Shape the pages for this wiki (default: plain Markdown).
        #[arg(long, value_enum)]
        wiki: Option<Wiki>,
    },
    /// Validate and audit the project without writing the site; print the findings.
    #[command(
        after_help = "Examples:\n  trailmark check\n  trailmark check --fail-on warning --stage awareness\n  trailmark check --format json > report.json\n  trailmark check --format sarif > trailmark.sarif\n  trailmark check --format gitlab > gl-code-quality-report.json"
    )]
    Check {
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Exit 1 when a finding at this level or above is open.
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
        /// How to print the findings.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Only the findings of this stage (repeatable).
        #[arg(long = "stage", value_name = "STAGE")]
        stages: Vec<String>,
        /// Only the findings of this rule (repeatable).
        #[arg(long = "rule", value_name = "RULE")]
        rules: Vec<String>,
    },
    /// Set up a new audit project in DIR: commented, in the report
    /// language, with one example touchpoint per stage; it builds at once.
    #[command(
        after_help = "Examples:\n  trailmark init nordlys --client \"Nordlys Auto\"\n  trailmark init fjeldsport --client Fjeldsport --model five-stage --language nb"
    )]
    Init {
        /// The new project's folder (created if missing; never overwritten).
        dir: PathBuf,
        /// The client's name, as the report shows it.
        #[arg(long)]
        client: String,
        /// The stage model.
        #[arg(long, value_enum, default_value = "seven-stage")]
        model: InitModel,
        /// The language of the report and of the project's texts.
        #[arg(long, value_enum, default_value = "en")]
        language: InitLanguageArg,
    },
    /// Build, serve the report on this machine and rebuild and reload the
    /// open page on every save of site.toml, content/ or themes/.
    #[command(
        after_help = "Examples:\n  trailmark serve --open\n  trailmark serve audits/nordlys --port 8080"
    )]
    Serve {
        /// The audit project folder (holds site.toml).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// The port (0 picks a free one).
        #[arg(long, default_value_t = 8040)]
        port: u16,
        /// The address to listen on; keep the default loopback address
        /// unless others on the network should see the preview.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the report in the browser once it is served.
        #[arg(long)]
        open: bool,
    },
    /// Write JSON Schemas for site.toml and scorecards into DIR, for an
    /// editor's TOML extension (taplo, Even Better TOML).
    #[command(after_help = "Example:\n  trailmark schema .schemas")]
    Schema {
        /// Where to write site.schema.json and scorecard.schema.json
        /// (replaced if there).
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// List the gap rules.
    #[command(
        after_help = "Examples:\n  trailmark rules\n  trailmark rules --format markdown > rules.md"
    )]
    Rules {
        /// `text`, one line a rule, or `markdown`, the whole rule book.
        #[arg(long, value_enum, default_value = "text")]
        format: RulesFormat,
    },
    /// Print what changed between two recorded cycles.
    #[command(
        after_help = "Examples:\n  trailmark diff\n  trailmark diff --from 2026-Q3 --to 2027-Q1 --format json"
    )]
    Diff {
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// The earlier cycle (default: the last recorded before `--to`).
        #[arg(long)]
        from: Option<String>,
        /// The later cycle (default: the current cycle, as `check` audits it).
        #[arg(long)]
        to: Option<String>,
        /// `text`, or the report's `changes` object as JSON.
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
    },
    /// Print one rule's documentation.
    #[command(after_help = "Example:\n  trailmark explain missing-top-funnel-content")]
    Explain {
        /// The rule id, such as `empty-stage`.
        id: String,
    },
    /// Print a shell completion script.
    #[command(
        after_help = "Example:\n  trailmark completions bash > ~/.local/share/bash-completion/completions/trailmark"
    )]
    Completions { shell: clap_complete::Shell },
}

#[derive(Clone, Copy, ValueEnum)]
enum InitModel {
    SevenStage,
    #[value(alias = "nordic-five")]
    FiveStage,
    #[value(alias = "classic-five")]
    Classic,
    Custom,
}

#[derive(Clone, Copy, ValueEnum)]
enum InitLanguageArg {
    En,
    Da,
    Sv,
    Nb,
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum RulesFormat {
    Text,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum BuildFormat {
    Html,
    Markdown,
}

/// The wikis the Markdown pages can be shaped for.
#[derive(Clone, Copy, ValueEnum)]
enum Wiki {
    Github,
    Gitlab,
    Azure,
    Wikijs,
    Outline,
}

impl Wiki {
    fn flavour(self) -> Flavour {
        match self {
            Wiki::Github => Flavour::Github,
            Wiki::Gitlab => Flavour::Gitlab,
            Wiki::Azure => Flavour::Azure,
            Wiki::Wikijs => Flavour::Wikijs,
            Wiki::Outline => Flavour::Outline,
        }
    }
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

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Compiler-style diagnostics.
    Text,
    /// The report.json object; input errors as `{"errors": [...]}`.
    Json,
    /// SARIF 2.1.0, for code-scanning views.
    Sarif,
    /// GitLab Code Quality.
    Gitlab,
}

impl Format {
    /// Input errors in this format, on stdout; `None` for text, which
    /// shows them on stderr only.
    fn input_errors(self, list: &[Diagnostic], sources: &Sources) -> Option<String> {
        match self {
            Format::Text => None,
            Format::Json => Some(render::json::input_errors(list, sources)),
            Format::Sarif => Some(render::sarif::input_errors(list, sources)),
            Format::Gitlab => Some(render::gitlab::input_errors(list, sources)),
        }
    }
}

/// How this run talks to the person at the terminal.
struct Ui {
    quiet: bool,
    verbose: bool,
    /// Colour in diagnostics on stderr.
    color: bool,
    /// Colour in diagnostics on stdout (`check`'s findings).
    color_stdout: bool,
    /// Whether a progress line may be drawn on stderr.
    progress: bool,
}

impl Ui {
    fn new(args: &OutputArgs) -> Ui {
        let stderr = std::io::stderr();
        let color = |auto: anstream::ColorChoice| match args.color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => auto != anstream::ColorChoice::Never,
        };
        Ui {
            quiet: args.quiet,
            verbose: args.verbose,
            color: color(anstream::AutoStream::choice(&stderr)),
            color_stdout: color(anstream::AutoStream::choice(&std::io::stdout())),
            progress: !args.quiet && stderr.is_terminal(),
        }
    }

    /// Prints diagnostics about the project in `dir` on stderr.
    fn diagnostics(&self, list: &[Diagnostic], sources: &Sources, dir: &Path) {
        if list.is_empty() {
            return;
        }
        let text = diagnostics::render_styled(list, sources, &prefix(dir), self.color);
        let _ = std::io::stderr().write_all(text.as_bytes());
    }

    /// A line for the person, on stdout, unless quiet.
    fn say(&self, line: &str) {
        if !self.quiet {
            println!("{}", diagnostics::printable_line(line));
        }
    }

    /// A line about what a step did, on stderr, when verbose.
    fn detail(&self, line: &str) {
        if self.verbose {
            eprintln!("{}", diagnostics::printable_line(line));
        }
    }
}

/// A progress line on stderr that appears only once a step has taken
/// [`PROGRESS_AFTER`], and only on a terminal.
struct Progress {
    bar: ProgressBar,
}

impl Progress {
    fn start(ui: &Ui, steps: u64) -> Progress {
        let bar = ProgressBar::with_draw_target(Some(steps), ProgressDrawTarget::hidden());
        if ui.progress {
            let style = ProgressStyle::with_template("{spinner} [{pos}/{len}] {msg} {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner());
            bar.set_style(style);
            let shown = bar.clone();
            std::thread::spawn(move || {
                std::thread::sleep(PROGRESS_AFTER);
                if !shown.is_finished() {
                    shown.set_draw_target(ProgressDrawTarget::stderr());
                    shown.enable_steady_tick(Duration::from_millis(100));
                }
            });
        }
        Progress { bar }
    }

    fn step(&self, message: &'static str) {
        self.bar.inc(1);
        self.bar.set_message(message);
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

fn main() -> ExitCode {
    let cli = parse();
    let ui = Ui::new(&cli.output);
    match cli.command {
        Command::Build {
            dir,
            fail_on,
            no_record,
            single_file,
            format,
            wiki,
        } => {
            let markdown = match (wiki, format) {
                (Some(wiki), _) => Some(wiki.flavour()),
                (None, BuildFormat::Markdown) => Some(Flavour::Plain),
                (None, BuildFormat::Html) => None,
            };
            let forms = trailmark::Forms {
                single_file,
                markdown,
            };
            build(&ui, &dir, fail_on, no_record, &forms)
        }
        Command::Check {
            dir,
            fail_on,
            format,
            stages,
            rules,
        } => check(&ui, &dir, fail_on, format, &Filter { stages, rules }),
        Command::Publish {
            dir,
            url,
            branch,
            wiki,
        } => {
            let target = trailmark::publish::Target {
                url,
                branch,
                flavour: wiki.map_or(Flavour::Plain, Wiki::flavour),
            };
            publish(&ui, &dir, &target)
        }
        Command::Rules { format } => {
            match format {
                RulesFormat::Text => print!("{}", rules_list()),
                RulesFormat::Markdown => print!("{}", rules::book()),
            }
            ExitCode::SUCCESS
        }
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "trailmark", &mut script);
            print!("{}", String::from_utf8_lossy(&script));
            ExitCode::SUCCESS
        }
        Command::Explain { id } => explain(&id),
        Command::Diff {
            dir,
            from,
            to,
            format,
        } => diff(&ui, &dir, from.as_deref(), to.as_deref(), format),
        Command::Init {
            dir,
            client,
            model,
            language,
        } => init(&ui, &dir, client, model, language),
        Command::Schema { dir } => schema(&ui, &dir),
        Command::Serve {
            dir,
            port,
            bind,
            open,
        } => serve(ui, dir, std::net::SocketAddr::new(bind, port), open),
    }
}

fn schema(ui: &Ui, dir: &Path) -> ExitCode {
    let files = [
        ("site.schema.json", trailmark::load::site_schema()),
        ("scorecard.schema.json", trailmark::load::scorecard_schema()),
    ];
    if let Err(error) = std::fs::create_dir_all(dir) {
        eprintln!("error: cannot make {}: {error}", dir.display());
        return ExitCode::from(EXIT_INPUT);
    }
    for (name, value) in files {
        let path = dir.join(name);
        let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
        text.push('\n');
        if let Err(error) = std::fs::write(&path, text) {
            eprintln!("error: cannot write {}: {error}", path.display());
            return ExitCode::from(EXIT_INPUT);
        }
        ui.say(&format!("Wrote {}", path.display()));
    }
    ExitCode::SUCCESS
}

fn serve(ui: Ui, dir: PathBuf, addr: std::net::SocketAddr, open: bool) -> ExitCode {
    use trailmark::serve::{self, Options, Outcome};
    OUTPUT_IS_A_LOG.store(true, std::sync::atomic::Ordering::Relaxed);
    let ui = std::sync::Arc::new(ui);
    let report = {
        let ui = std::sync::Arc::clone(&ui);
        let dir = dir.clone();
        move |outcome: &Outcome| match outcome {
            Outcome::Built { pages, took } => {
                ui.say(&format!("Built {pages} pages in {} ms", took.as_millis()))
            }
            Outcome::Failed {
                diagnostics,
                sources,
            } => {
                ui.diagnostics(diagnostics, sources, &dir);
                eprintln!(
                    "trailmark: the project does not build; serving the error until the next good save"
                );
            }
        }
    };
    let options = Options {
        root: dir.clone(),
        addr,
    };
    let running = match serve::start(&options, report.clone()) {
        Ok(running) => running,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let url = format!("http://{}/", running.addr);
    // Always said, even with --quiet: it is the one thing serve is for.
    println!("Serving {url} (Ctrl-C to stop); watching site.toml, content/ and themes/");
    if open && let Err(error) = open::that_detached(&url) {
        eprintln!("note: could not open a browser ({error}); open {url} yourself");
    }
    match running.watch(&dir, report) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            running.stop();
            eprintln!("error: {message}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}

fn init(
    ui: &Ui,
    dir: &Path,
    client: String,
    model: InitModel,
    language: InitLanguageArg,
) -> ExitCode {
    use trailmark::init::{Init, InitLanguage};
    use trailmark::model::StageModel;
    let setup = Init {
        client,
        model: match model {
            InitModel::SevenStage => StageModel::SevenStage,
            InitModel::FiveStage => StageModel::FiveStage,
            InitModel::Classic => StageModel::Classic,
            InitModel::Custom => StageModel::Custom,
        },
        language: match language {
            InitLanguageArg::En => InitLanguage::En,
            InitLanguageArg::Da => InitLanguage::Da,
            InitLanguageArg::Sv => InitLanguage::Sv,
            InitLanguageArg::Nb => InitLanguage::Nb,
        },
        today: trailmark::init::today(),
    };
    match trailmark::init::write(dir, &setup) {
        Ok(written) => {
            for path in &written {
                ui.detail(&format!("wrote {}", path.display()));
            }
            ui.say(&format!(
                "Created the audit of {} in {} ({} files).",
                setup.client,
                dir.display(),
                written.len()
            ));
            let folder = shell_word(&dir.display().to_string());
            ui.say(&format!(
                "Next: `cd {folder}` and `trailmark serve --open` for a live preview, or `trailmark build`."
            ));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {}", diagnostics::printable_line(&error.to_string()));
            ExitCode::from(EXIT_INPUT)
        }
    }
}

/// A folder name as it can be pasted into a shell.
fn shell_word(text: &str) -> String {
    if text
        .chars()
        .all(|c| c.is_alphanumeric() || "-_./".contains(c))
    {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

/// Parses the command line; `--color` and NO_COLOR also decide whether
/// clap's own help and usage errors are coloured.
fn parse() -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let never = args
        .windows(2)
        .any(|pair| pair[0] == "--color" && pair[1] == "never")
        || args.iter().any(|arg| arg == "--color=never");
    let mut command = Cli::command();
    if never {
        command = command.color(clap::ColorChoice::Never);
    }
    let matches = command.get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
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

fn input_failure(ui: &Ui, list: &[Diagnostic], sources: &Sources, dir: &Path) -> ExitCode {
    ui.diagnostics(list, sources, dir);
    let errors = list.iter().filter(|d| d.is_error()).count();
    eprintln!(
        "trailmark: {errors} problem{} in the input; nothing was written",
        if errors == 1 { "" } else { "s" }
    );
    ExitCode::from(EXIT_INPUT)
}

fn exit_for(report: &Report, fail_on: Option<FailOn>) -> ExitCode {
    match (fail_on, report.worst_severity()) {
        (Some(level), Some(worst)) if worst >= level.severity() => ExitCode::from(EXIT_FINDINGS),
        _ => ExitCode::SUCCESS,
    }
}

fn build(
    ui: &Ui,
    dir: &Path,
    fail_on: Option<FailOn>,
    no_record: bool,
    forms: &trailmark::Forms,
) -> ExitCode {
    let started = Instant::now();
    let progress = Progress::start(ui, 2);
    progress.step("reading and auditing the project");
    let audit = match trailmark::audit(dir) {
        Ok(audit) => audit,
        Err(error) => {
            drop(progress);
            return input_failure(ui, &error.diagnostics, &error.sources, dir);
        }
    };
    let audited = started.elapsed();
    progress.step("rendering and writing the site");
    let record = if no_record {
        trailmark::Record::Nothing
    } else {
        trailmark::Record::Snapshot
    };
    let written = trailmark::build_forms(dir, &audit, record, forms);
    drop(progress);
    ui.diagnostics(&audit.loaded.warnings, &audit.loaded.sources, dir);
    let written = match written {
        Ok(written) => written,
        Err(list) => {
            ui.diagnostics(&list, &audit.loaded.sources, dir);
            eprintln!("trailmark: the report could not be written");
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let took = started.elapsed();
    ui.detail(&format!(
        "read and audited the project in {}; rendered and wrote {} files in {}",
        seconds(audited),
        written.files,
        seconds(took - audited)
    ));
    if !ui.quiet {
        for kept in &written.kept {
            eprintln!(
                "note: kept {}: Trailmark did not write it",
                diagnostics::printable_line(kept)
            );
        }
    }
    let index = written
        .dir
        .join(trailmark::render::paths::SitePage::Overview.path());
    let language = &audit.loaded.project.site.language;
    let mut built = FluentArgs::new();
    built.set("client", audit.report.client.as_str());
    built.set("cycle", audit.report.cycle.as_str());
    built.set("pages", written.pages);
    built.set("charts", written.charts);
    built.set(
        "seconds",
        trailmark::i18n::number(language, took.as_secs_f64(), 2),
    );
    ui.say(&language.format("terminal-built", Some(&built)));
    ui.say(&terminal::findings_line(&audit.report, language));
    ui.say(&language.fill("terminal-open", &[("path", &shown(&index))]));
    if forms.single_file {
        let single = written.dir.join(trailmark::render::paths::single_file(
            &audit.loaded.project.site,
        ));
        ui.say(&language.fill("terminal-single-file", &[("path", &shown(&single))]));
    }
    if let Some(snapshot) = &written.snapshot {
        let path = shown(snapshot);
        ui.say(&match &audit.report.previous_cycle {
            Some(previous) => language.fill(
                "terminal-snapshot-compared",
                &[("path", &path), ("previous", previous)],
            ),
            None => language.fill("terminal-snapshot-first", &[("path", &path)]),
        });
    }
    exit_for(&audit.report, fail_on)
}

/// `trailmark publish`: the report into a wiki's Git repository.
fn publish(ui: &Ui, dir: &Path, target: &trailmark::publish::Target) -> ExitCode {
    use trailmark::publish::PublishError;
    let audit = match trailmark::audit(dir) {
        Ok(audit) => audit,
        Err(error) => return input_failure(ui, &error.diagnostics, &error.sources, dir),
    };
    ui.diagnostics(&audit.loaded.warnings, &audit.loaded.sources, dir);
    let shown_url = diagnostics::printable_line(&target.url);
    match trailmark::publish::publish(dir, &audit, target) {
        Ok(published) => {
            let place = format!(
                "{}/ on branch {} of {shown_url}",
                published.folder, published.branch
            );
            match published.commit {
                Some(commit) => ui.say(&format!(
                    "Published {} ({}) into {place}: commit {}",
                    audit.report.client,
                    audit.report.cycle,
                    commit.get(..10).unwrap_or(&commit)
                )),
                None => ui.say(&format!("Nothing changed in {place}; no commit made")),
            }
            ExitCode::SUCCESS
        }
        Err(PublishError::Input(list)) => {
            ui.diagnostics(&list, &audit.loaded.sources, dir);
            eprintln!("trailmark: the report could not be rendered; nothing was published");
            ExitCode::from(EXIT_INPUT)
        }
        Err(PublishError::Git(message)) => {
            eprintln!("error: {}", diagnostics::printable(&message));
            eprintln!("trailmark: nothing was published to {shown_url}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}

/// A duration as people read it: `0.42 s`.
fn seconds(duration: Duration) -> String {
    format!("{:.2} s", duration.as_secs_f64())
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

/// Which findings `check` looks at: every one, or those of the named
/// stages and rules.
struct Filter {
    stages: Vec<String>,
    rules: Vec<String>,
}

impl Filter {
    /// Checks the names against the project's stages and the rule book.
    fn validate(&self, report: &Report) -> Result<(), String> {
        let stage_ids: Vec<&str> = report.stages.iter().map(|s| s.id.as_str()).collect();
        for stage in &self.stages {
            if !stage_ids.contains(&stage.as_str()) {
                return Err(unknown(
                    "stage",
                    stage,
                    &stage_ids,
                    "the stages of site.toml's model",
                ));
            }
        }
        let rule_ids: Vec<&str> = rules::REGISTRY.iter().map(|r| r.info().id).collect();
        for rule in &self.rules {
            if !rule_ids.contains(&rule.as_str()) {
                return Err(unknown(
                    "rule",
                    rule,
                    &rule_ids,
                    "`trailmark rules` lists them",
                ));
            }
        }
        Ok(())
    }

    fn keeps(&self, finding: &trailmark::report::Finding) -> bool {
        let stage_ok = self.stages.is_empty()
            || finding
                .stage
                .as_ref()
                .is_some_and(|stage| self.stages.contains(stage));
        stage_ok && (self.rules.is_empty() || self.rules.contains(&finding.rule))
    }
}

/// `no stage `awarenes`; did you mean `awareness`?`, or where to look.
fn unknown(what: &str, given: &str, known: &[&str], hint: &str) -> String {
    let closest = known
        .iter()
        .map(|id| (strsim::jaro_winkler(given, id), *id))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let given = diagnostics::printable_line(given);
    match closest {
        Some((_, id)) => format!("error: no {what} `{given}`; did you mean `{id}`?"),
        None => format!("error: no {what} `{given}` ({hint})"),
    }
}

fn check(ui: &Ui, dir: &Path, fail_on: FailOn, format: Format, filter: &Filter) -> ExitCode {
    let machine_failure = |list: &[Diagnostic], sources: &Sources| {
        if let Some(text) = format.input_errors(list, sources) {
            print!("{text}");
        }
        input_failure(ui, list, sources, dir)
    };
    let audit = match trailmark::audit(dir) {
        Ok(audit) => audit,
        Err(error) => return machine_failure(&error.diagnostics, &error.sources),
    };
    if let Err(message) = filter.validate(&audit.report) {
        eprintln!("{message}");
        return ExitCode::from(EXIT_INPUT);
    }
    ui.diagnostics(&audit.loaded.warnings, &audit.loaded.sources, dir);
    // What build would refuse, check refuses too.
    if let Err(list) = trailmark::plan(dir, &audit) {
        return machine_failure(&list, &audit.loaded.sources);
    }
    let mut report = audit.report;
    report.retain_findings(|finding| filter.keeps(finding));
    match format {
        Format::Json => print!("{}", render::json::to_string(&report)),
        Format::Sarif => print!(
            "{}",
            render::sarif::to_string(&audit.loaded.project, &report, &audit.loaded.sources)
        ),
        Format::Gitlab => print!(
            "{}",
            render::gitlab::to_string(&audit.loaded.project, &report, &audit.loaded.sources)
        ),
        Format::Text => {
            if ui.quiet {
                // Only what fails the run.
                report.retain_findings(|finding| finding.severity >= fail_on.severity());
            }
            let text = terminal::render_styled(
                &audit.loaded.project,
                &report,
                &audit.loaded.sources,
                &prefix(dir),
                ui.color_stdout,
            );
            if !(ui.quiet && report.findings.is_empty()) {
                print!("{text}");
            }
        }
    }
    exit_for(&report, Some(fail_on))
}

fn rules_list() -> String {
    let english = trailmark::i18n::Language::english();
    let mut out = String::new();
    for rule in rules::REGISTRY {
        let info = rule.info();
        out.push_str(&format!(
            "{:<34} {:<8} {:<12} {}\n",
            info.id,
            info.severity.as_str(),
            info.area.as_str(),
            info.text(&english, rules::RuleText::Title)
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
            let ids: Vec<&str> = rules::REGISTRY.iter().map(|r| r.info().id).collect();
            eprintln!(
                "{}",
                unknown("rule", id, &ids, "run `trailmark rules` to list them")
            );
            ExitCode::from(EXIT_INPUT)
        }
    }
}

/// `trailmark diff`: the change between two recorded cycles, as the
/// report's "since" page and `changes` say it.
fn diff(ui: &Ui, dir: &Path, from: Option<&str>, to: Option<&str>, format: DiffFormat) -> ExitCode {
    let diff = match trailmark::diff(dir, from, to) {
        Ok(diff) => diff,
        Err(error) => return input_failure(ui, &error.diagnostics, &error.sources, dir),
    };
    ui.diagnostics(&diff.audit.loaded.warnings, &diff.audit.loaded.sources, dir);
    let text = match format {
        DiffFormat::Json => {
            let mut json = serde_json::to_string_pretty(&diff.changes).unwrap_or_default();
            json.push('\n');
            json
        }
        DiffFormat::Text => {
            let project = &diff.audit.loaded.project;
            let names = render::since::Names::new(project, &diff.from, &diff.to);
            render::since::text(&diff.changes, &names, &project.site.language)
        }
    };
    print!("{}", diagnostics::printable(&text));
    ExitCode::SUCCESS
}
