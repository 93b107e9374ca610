//! Helpers shared by the integration tests: fixture projects copied into
//! temporary folders, the real `trailmark` binary run on them, and file
//! trees read back for comparison.
//!
//! Every test works on its own copy in a fresh temporary folder, so the
//! repository is never written and tests can run in parallel.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;

/// The rule ids of the rule book (RULES.md), in its order.
pub const RULE_IDS: &[&str] = &[
    "empty-stage",
    "thin-stage",
    "missing-top-funnel-content",
    "missing-decision-content",
    "single-channel-stage",
    "online-only-journey",
    "missing-third-party-presence",
    "missing-post-purchase-engagement",
    "low-score-touchpoint",
    "weak-stage",
    "unaddressed-pain-point",
    "missing-kpi",
    "kpi-below-target",
    "unscored-touchpoint",
    "missing-personas",
    "persona-gap",
    "too-few-interviews",
    "score-regression",
    "emotional-low-point",
    "missing-emotion-data",
    "thin-persona-evidence",
    "untargeted-persona",
    "no-owned-soft-content",
    "stale-touchpoint",
    "scope-change",
];

/// The repository root (where the demo's site.toml and content/ live).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture project under tests/fixtures/.
pub fn fixture_path(name: &str) -> PathBuf {
    repo_root().join("tests").join("fixtures").join(name)
}

/// A project copied into a temporary folder, at `<tmp>/project`, so that
/// the temporary folder itself is an ancestor the tests can watch.
pub struct Project {
    pub tmp: TempDir,
    pub root: PathBuf,
}

impl Project {
    /// A copy of the fixture `name`.
    pub fn fixture(name: &str) -> Project {
        let project = Project::empty();
        copy_dir(&fixture_path(name), &project.root);
        project
    }

    /// A copy of the demo audit at the repository root (site.toml and content/).
    pub fn demo() -> Project {
        let project = Project::empty();
        let repo = repo_root();
        fs::copy(repo.join("site.toml"), project.root.join("site.toml"))
            .expect("copy the demo's site.toml");
        copy_dir(&repo.join("content"), &project.root.join("content"));
        project
    }

    fn empty() -> Project {
        let tmp = tempfile::Builder::new()
            .prefix("trailmark-test-")
            .tempdir()
            .expect("create a temporary folder");
        let root = tmp.path().join("project");
        fs::create_dir(&root).expect("create the project folder");
        Project { tmp, root }
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }

    pub fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative))
            .unwrap_or_else(|error| panic!("read {relative}: {error}"))
    }

    pub fn write(&self, relative: &str, text: impl AsRef<[u8]>) {
        let path = self.path(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create the parent folder");
        }
        fs::write(&path, text).unwrap_or_else(|error| panic!("write {relative}: {error}"));
    }

    /// Runs `trailmark ARGS` with the project folder as the current folder.
    pub fn run(&self, args: &[&str]) -> Run {
        run_in(&self.root, args)
    }

    /// Sets a top-level `key = "value"` in site.toml, replacing the one
    /// that is there or adding it before the first table.
    pub fn set_site_key(&self, key: &str, value: &str) {
        let site = self.read("site.toml");
        let line = format!("{key} = {}", toml_string(value));
        let mut out = String::new();
        let mut placed = false;
        for old in site.lines() {
            let is_key = old
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='));
            if !placed && (is_key || old.trim_start().starts_with('[')) {
                out.push_str(&line);
                out.push('\n');
                placed = true;
                if is_key {
                    continue;
                }
            }
            out.push_str(old);
            out.push('\n');
        }
        if !placed {
            out.push_str(&line);
            out.push('\n');
        }
        self.write("site.toml", out);
    }

    /// Sets `output_dir` in site.toml.
    pub fn set_output_dir(&self, value: &str) {
        self.set_site_key("output_dir", value);
    }

    /// Sets the cycle label in site.toml.
    pub fn set_cycle(&self, cycle: &str) {
        self.set_site_key("cycle", cycle);
    }

    /// Sets the report language in site.toml.
    pub fn set_language(&self, code: &str) {
        self.set_site_key("language", code);
    }

    /// Adds `"rule" = "level"` lines to site.toml's [rules] table.
    pub fn set_rules(&self, levels: &[(&str, &str)]) {
        let site = self.read("site.toml");
        let lines: String = levels
            .iter()
            .map(|(rule, level)| format!("{} = {}\n", toml_string(rule), toml_string(level)))
            .collect();
        let updated = match site.find("\n[rules]\n") {
            Some(at) => {
                let insert = at + "\n[rules]\n".len();
                format!("{}{lines}{}", &site[..insert], &site[insert..])
            }
            None => format!("{site}\n[rules]\n{lines}"),
        };
        self.write("site.toml", updated);
    }

    /// Turns every rule off except `rule`, which gets `level`: the findings
    /// of the project are then exactly those of one rule.
    pub fn only_rule(&self, rule: &str, level: &str) {
        let levels: Vec<(&str, &str)> = RULE_IDS
            .iter()
            .map(|id| (*id, if *id == rule { level } else { "off" }))
            .collect();
        self.set_rules(&levels);
    }

    /// Every file under the temporary folder (the project and anything
    /// beside it), with its bytes.
    pub fn everything(&self) -> Tree {
        tree(self.tmp.path())
    }
}

/// A TOML basic string for `value`.
pub fn toml_string(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The outcome of one run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts the exit code, showing the output when it differs.
    #[track_caller]
    pub fn assert_code(&self, expected: i32) -> &Run {
        assert_eq!(
            self.code,
            Some(expected),
            "expected exit code {expected}\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout,
            self.stderr
        );
        self
    }
}

/// The `trailmark ARGS` command, to be run in `dir`.
pub fn command_in(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_trailmark"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("RUST_BACKTRACE")
        .env("NO_COLOR", "1");
    command
}

/// Runs `trailmark ARGS` in `dir`.
pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    let output = command_in(dir, args)
        .output()
        .expect("run the trailmark binary");
    Run::from(output)
}

impl From<std::process::Output> for Run {
    fn from(output: std::process::Output) -> Run {
        Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// Files under a folder by relative path (with `/`), with their bytes.
/// Folders appear as entries ending in `/` (so an empty folder counts too),
/// symbolic links as `-> target`.
pub type Tree = BTreeMap<String, Vec<u8>>;

pub fn tree(dir: &Path) -> Tree {
    let mut out = Tree::new();
    if dir.exists() {
        walk(dir, dir, &mut out);
    }
    out
}

fn walk(base: &Path, dir: &Path, out: &mut Tree) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("read a folder")
        .map(|entry| entry.expect("read a folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let relative = path
            .strip_prefix(base)
            .expect("a path below the base")
            .to_string_lossy()
            .replace('\\', "/");
        let meta = fs::symlink_metadata(&path).expect("read metadata");
        if meta.file_type().is_symlink() {
            let target = fs::read_link(&path).expect("read a link");
            out.insert(relative, format!("-> {}", target.display()).into_bytes());
        } else if meta.is_dir() {
            out.insert(format!("{relative}/"), Vec::new());
            walk(base, &path, out);
        } else {
            out.insert(relative, fs::read(&path).expect("read a file"));
        }
    }
}

/// Copies a folder recursively (files and folders only).
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create a folder");
    for entry in fs::read_dir(from).expect("read a fixture folder") {
        let entry = entry.expect("read a fixture entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy a fixture file");
        }
    }
}

/// Names of entries in `dir` that look like Trailmark's staging or backup
/// folders (`.<name>.trailmark-staging-<pid>`, `.<name>.trailmark-old`);
/// the build lock file `.<name>.trailmark-lock` stays by design.
pub fn leftovers(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read a folder")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.contains(".trailmark-") && !name.ends_with(".trailmark-lock"))
        .collect();
    names.sort();
    names
}

/// Parses JSON text, with the text shown when it is not JSON.
#[track_caller]
pub fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|error| panic!("not JSON ({error}):\n{text}"))
}
