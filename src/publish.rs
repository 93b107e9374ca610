//! `trailmark publish`: the Markdown export committed into a wiki's Git
//! repository, in a folder per client and cycle.
//!
//! The work happens in a fresh clone in a temporary folder, so the
//! target's own working tree (dirty or not) is never touched. Only the
//! report's folder is replaced; a commit is made only when a file in it
//! changed, and pushed without force. When the wiki's branch moved while
//! publishing, the commit is replayed on top if the move was a
//! fast-forward; otherwise nothing is pushed.
//!
//! Git is run as the `git` program rather than through a library: it
//! honours the user's credential helpers, SSH configuration, proxies and
//! hooks exactly as `git push` at the terminal does.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Audit;
use crate::build::{plan, site_file, site_files};
use crate::diagnostics::Diagnostic;
use crate::render::wiki_pages::{self, Flavour};

/// The identity of the commit when git has none configured.
pub const DEFAULT_NAME: &str = "Trailmark";
pub const DEFAULT_EMAIL: &str = "trailmark@localhost";

/// Variables that would point git at another repository than the clone
/// (they are set when trailmark runs inside a hook of the audit's own
/// repository, for example).
const REPOSITORY_VARIABLES: &[&str] = &[
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
    "GIT_NAMESPACE",
    "GIT_PREFIX",
];

/// Where to publish.
#[derive(Debug, Clone)]
pub struct Target {
    /// The wiki repository: a URL or a local path, as `git clone` takes it.
    pub url: String,
    /// The branch (default: the repository's default branch).
    pub branch: Option<String>,
    pub flavour: Flavour,
}

/// What a publish did.
#[derive(Debug)]
pub struct Published {
    /// The report's folder in the wiki (`nordlys-auto/2026-q4`).
    pub folder: String,
    pub branch: String,
    /// The new commit, or `None` when nothing changed.
    pub commit: Option<String>,
}

/// Why a publish stopped.
#[derive(Debug)]
pub enum PublishError {
    /// The project cannot be rendered.
    Input(Vec<Diagnostic>),
    /// Git, the repository or the wiki refused; the message says which
    /// step and quotes git.
    Git(String),
}

/// The commit message: the client and the cycle.
pub fn message(site: &crate::model::Site) -> String {
    format!(
        "Audit report of {}, cycle {}\n\nPublished by Trailmark into {}/.",
        site.client,
        site.cycle,
        crate::render::paths::wiki_folder(site)
    )
}

/// Renders the report of `audit` as Markdown pages for the target's wiki
/// and commits them into the wiki's repository.
pub fn publish(root: &Path, audit: &Audit, target: &Target) -> Result<Published, PublishError> {
    if target.flavour == Flavour::Outline {
        return Err(PublishError::Git(
            "Outline keeps its documents in a database, not in Git: build with `--wiki outline` and import the folder as a zip (docs/publishing.md)".to_string(),
        ));
    }
    let site = &audit.loaded.project.site;
    let folder = crate::render::paths::wiki_folder(site);
    let plan = plan(root, audit).map_err(PublishError::Input)?;
    let files = site_files(audit, &plan).map_err(PublishError::Input)?;
    let pages = wiki_pages::render(
        site,
        &files,
        target.flavour,
        &folder,
        &site_file(audit, &files),
    );

    let git = Git::find()?;
    let heads = git.remote_heads(&target.url)?;
    let work = tempfile::Builder::new()
        .prefix("trailmark-publish-")
        .tempdir()
        .map_err(|error| PublishError::Git(format!("cannot make a temporary folder: {error}")))?;
    let clone = work.path().join("wiki");
    let branch = git.clone(&target.url, target.branch.as_deref(), &heads, &clone)?;
    let base = git.head(&clone);

    let report_dir = clone.join(&folder);
    if report_dir.exists() {
        std::fs::remove_dir_all(&report_dir)
            .map_err(|error| PublishError::Git(format!("cannot replace {folder}/: {error}")))?;
    }
    let prefix = format!("{}/", wiki_pages::DIR);
    for page in &pages {
        let path = report_dir.join(page.path.strip_prefix(&prefix).unwrap_or(&page.path));
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, &page.bytes));
        written.map_err(|error| PublishError::Git(format!("cannot write {folder}/: {error}")))?;
    }
    git.run(&clone, &["add", "--all", "--", &folder], "stage the report")?;
    if git.succeeds(&clone, &["diff", "--cached", "--quiet"]) {
        return Ok(Published {
            folder,
            branch,
            commit: None,
        });
    }
    git.run_as_author(
        &clone,
        &["commit", "--quiet", "--message", &message(site)],
        "commit the report",
    )?;
    git.catch_up(&clone, &branch, base.as_deref())?;
    if git.head(&clone) == base {
        // The same report was published meanwhile.
        return Ok(Published {
            folder,
            branch,
            commit: None,
        });
    }
    git.run(
        &clone,
        &[
            "push",
            "--quiet",
            "origin",
            &format!("HEAD:refs/heads/{branch}"),
        ],
        "push to the wiki",
    )?;
    Ok(Published {
        folder,
        branch,
        commit: git.head(&clone),
    })
}

/// The `git` program.
struct Git {
    program: PathBuf,
}

impl Git {
    fn find() -> Result<Git, PublishError> {
        let git = Git {
            program: PathBuf::from("git"),
        };
        match git.command(Path::new(".")).arg("--version").output() {
            Ok(output) if output.status.success() => Ok(git),
            Ok(output) => Err(PublishError::Git(format!(
                "`git --version` failed: {}",
                stderr_of(&output)
            ))),
            Err(error) => Err(PublishError::Git(format!(
                "cannot run git ({error}); publishing needs git installed and on PATH"
            ))),
        }
    }

    fn command(&self, dir: &Path) -> Command {
        let mut command = Command::new(&self.program);
        command.current_dir(dir);
        for variable in REPOSITORY_VARIABLES {
            command.env_remove(variable);
        }
        command
    }

    /// Runs git in `dir`; on failure, says which `step` failed with git's message.
    fn run(&self, dir: &Path, args: &[&str], step: &str) -> Result<String, PublishError> {
        let output = self
            .command(dir)
            .args(args)
            .output()
            .map_err(|error| PublishError::Git(format!("cannot {step}: {error}")))?;
        if output.status.success() {
            Ok(String::from_utf8_lossy(&output.stdout).into_owned())
        } else {
            let subcommand = args
                .iter()
                .find(|arg| !arg.starts_with('-') && !arg.contains('='))
                .copied()
                .unwrap_or_default();
            Err(PublishError::Git(format!(
                "cannot {step} (git {subcommand}): {}",
                stderr_of(&output)
            )))
        }
    }

    /// Git's output in `dir`, when it succeeds.
    fn output(&self, dir: &Path, args: &[&str]) -> Option<String> {
        let output = self.command(dir).args(args).output().ok()?;
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
    }

    fn succeeds(&self, dir: &Path, args: &[&str]) -> bool {
        self.output(dir, args).is_some()
    }

    /// The branches of the remote, which also checks it can be reached.
    fn remote_heads(&self, url: &str) -> Result<Vec<String>, PublishError> {
        let cwd = Path::new(".");
        let listed = self.run(
            cwd,
            &["ls-remote", "--heads", "--", url],
            &format!("read the wiki repository `{url}`"),
        )?;
        Ok(listed
            .lines()
            .filter_map(|line| line.split_once("refs/heads/"))
            .map(|(_, name)| name.to_string())
            .collect())
    }

    /// Clones `url` into `into` on `branch` (a new branch when the remote
    /// lacks it) and returns the branch's name.
    fn clone(
        &self,
        url: &str,
        branch: Option<&str>,
        heads: &[String],
        into: &Path,
    ) -> Result<String, PublishError> {
        let into_text = into.to_string_lossy();
        let mut args = vec!["clone", "--quiet", "--no-tags"];
        let exists = branch.is_some_and(|name| heads.iter().any(|head| head == name));
        if let (Some(name), true) = (branch, exists) {
            args.extend(["--single-branch", "--branch", name]);
        }
        args.extend(["--", url, &into_text]);
        self.run(Path::new("."), &args, &format!("clone `{url}`"))?;
        if let (Some(name), false) = (branch, exists) {
            self.run(
                into,
                &["switch", "--quiet", "--orphan", name],
                &format!("start the branch `{name}`"),
            )?;
        }
        let current = self.run(
            into,
            &["symbolic-ref", "--short", "HEAD"],
            "read the wiki's branch",
        )?;
        Ok(current.trim().to_string())
    }

    /// The commit checked out in `dir`, if any.
    fn head(&self, dir: &Path) -> Option<String> {
        self.output(dir, &["rev-parse", "--quiet", "--verify", "HEAD"])
    }

    /// Runs a git command that makes commits (`commit`, `rebase`) as the
    /// identity git is configured with, or as [`DEFAULT_NAME`] and
    /// [`DEFAULT_EMAIL`] for what it lacks.
    fn run_as_author(&self, dir: &Path, args: &[&str], step: &str) -> Result<String, PublishError> {
        let mut all: Vec<String> = Vec::new();
        let known = self.succeeds(dir, &["var", "GIT_AUTHOR_IDENT"])
            && self.succeeds(dir, &["var", "GIT_COMMITTER_IDENT"]);
        if !known {
            for (key, default) in [("user.name", DEFAULT_NAME), ("user.email", DEFAULT_EMAIL)] {
                if !self.succeeds(dir, &["config", "--get", key]) {
                    all.extend(["-c".to_string(), format!("{key}={default}")]);
                }
            }
        }
        all.extend(args.iter().map(|arg| arg.to_string()));
        let all: Vec<&str> = all.iter().map(String::as_str).collect();
        self.run(dir, &all, step)
    }

    /// Brings the commit on top of the remote branch if it moved since the
    /// clone by a fast-forward; refuses if it was rewritten.
    fn catch_up(&self, dir: &Path, branch: &str, base: Option<&str>) -> Result<(), PublishError> {
        let refname = format!("refs/heads/{branch}");
        let listed = self.run(
            dir,
            &["ls-remote", "origin", &refname],
            "read the wiki's branch again",
        )?;
        let tip = listed.split_whitespace().next().map(str::to_string);
        if tip.as_deref() == base {
            return Ok(());
        }
        let Some(tip) = tip else {
            return Err(PublishError::Git(format!(
                "the wiki's branch `{branch}` was deleted while publishing; nothing was pushed"
            )));
        };
        self.run(
            dir,
            &["fetch", "--quiet", "--no-tags", "origin", &refname],
            "fetch the wiki's branch",
        )?;
        let fast_forward = base
            .is_none_or(|base| self.succeeds(dir, &["merge-base", "--is-ancestor", base, &tip]));
        if !fast_forward {
            return Err(PublishError::Git(format!(
                "the wiki's branch `{branch}` was rewritten while publishing (it is no longer a fast-forward of {}); nothing was pushed, publish again to start from its new state",
                short(base.unwrap_or_default())
            )));
        }
        if let Err(PublishError::Git(error)) = self.run_as_author(
            dir,
            &["rebase", "--quiet", &tip],
            "replay the report's commit",
        ) {
            let _ = self.output(dir, &["rebase", "--abort"]);
            return Err(PublishError::Git(format!(
                "{error}\nsomeone changed the report's folder meanwhile; nothing was pushed"
            )));
        }
        Ok(())
    }
}

fn short(commit: &str) -> &str {
    commit.get(..10).unwrap_or(commit)
}

/// Git's own message, without trailing blank lines.
fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr)
        .trim_end()
        .to_string()
}
