//! `trailmark serve` through the real binary on loopback: it answers,
//! rebuilds after a change and tells the open page, survives a broken
//! scorecard and recovers, and serves nothing outside the output folder.
//! Every wait is bounded; the server is stopped when a test ends.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::Project;

/// Longest wait for anything (a build in a debug binary on a busy machine).
const LIMIT: Duration = Duration::from_secs(60);

/// A running `trailmark serve`, killed when dropped.
struct Server {
    child: Child,
    base: String,
    agent: ureq::Agent,
}

impl Server {
    fn start(project: &Project) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_trailmark"))
            .args(["serve", "--port", "0"])
            .current_dir(&project.root)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start trailmark serve");
        let stdout = child.stdout.take().expect("stdout");
        let (lines, line) = mpsc::channel();
        std::thread::spawn(move || {
            for text in BufReader::new(stdout).lines().map_while(Result::ok) {
                if lines.send(text).is_err() {
                    break;
                }
            }
        });
        let base = loop {
            let text = match line.recv_timeout(LIMIT) {
                Ok(text) => text,
                Err(_) => {
                    let _ = child.kill();
                    panic!("serve did not say where it serves");
                }
            };
            if let Some(rest) = text.strip_prefix("Serving ") {
                break rest
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_string();
            }
        };
        assert!(base.starts_with("http://127.0.0.1:"), "{base}");
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(LIMIT))
            .build()
            .into();
        Server { child, base, agent }
    }

    /// Status and body of `GET path`.
    fn get(&self, path: &str) -> (u16, String) {
        let url = format!("{}{}", self.base, path.trim_start_matches('/'));
        let mut response = self.agent.get(&url).call().expect("an answer");
        let status = response.status().as_u16();
        let body = response.body_mut().read_to_string().expect("a text body");
        (status, body)
    }

    /// The generation the page at `/` was served in.
    fn generation(&self) -> u64 {
        let (_, page) = self.get("/");
        let at = page.find("var g=").expect("the reload snippet") + "var g=".len();
        page[at..]
            .split(';')
            .next()
            .and_then(|n| n.parse().ok())
            .expect("a generation")
    }

    /// Changes the project with `edit` while a page waits for the next
    /// build; returns once the server has rebuilt.
    fn after_rebuild(&self, edit: impl FnOnce()) {
        let since = self.generation();
        let url = format!("{}__trailmark/wait?since={since}", self.base);
        let agent = self.agent.clone();
        let waiting = std::thread::spawn(move || {
            let mut response = agent.get(&url).call().expect("the wait answers");
            response.body_mut().read_to_string().expect("a number")
        });
        // Let the wait reach the server before the edit.
        std::thread::sleep(Duration::from_millis(200));
        edit();
        let answer = waiting.join().expect("the waiting thread");
        let generation: u64 = answer.trim().parse().expect("a generation");
        assert!(generation > since, "rebuilt: {since} -> {generation}");
    }

    /// Sends `GET <raw path>` byte for byte (no client normalising it).
    fn raw_get(&self, raw_path: &str) -> String {
        let host = self
            .base
            .trim_start_matches("http://")
            .trim_end_matches('/');
        let mut stream = TcpStream::connect(host).expect("connect");
        stream.set_read_timeout(Some(LIMIT)).expect("timeout");
        write!(
            stream,
            "GET {raw_path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .expect("send");
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn serves_the_report_with_the_reload_snippet_only_in_served_pages() {
    let project = Project::demo();
    let server = Server::start(&project);
    let (status, page) = server.get("/");
    assert_eq!(status, 200);
    assert!(page.contains("Nordlys Auto"));
    assert!(page.contains("/__trailmark/wait?since="), "reload snippet");
    let on_disk = project.read("public/index.html");
    assert!(!on_disk.contains("__trailmark"), "never in the built site");
    let (status, svg) = server.get("/charts/");
    assert_eq!(status, 404, "{svg}");
    let (status, json) = server.get("/report.json");
    assert_eq!(status, 200);
    assert!(!json.contains("__trailmark"));
    // Serving does not keep a snapshot of the cycle.
    assert!(!project.path("history/2026-Q4.json").exists());
}

#[test]
fn rebuilds_after_a_change_and_survives_a_broken_scorecard() {
    let project = Project::demo();
    let server = Server::start(&project);
    let scorecard = "content/scorecards/awareness.toml";
    let original = project.read(scorecard);
    assert!(original.contains("Local radio spot"));

    server.after_rebuild(|| {
        project.write(
            scorecard,
            original.replace("Local radio spot", "Regional radio spot"),
        );
    });
    let (status, page) = server.get("/stages/awareness.html");
    assert_eq!(status, 200);
    assert!(page.contains("Regional radio spot"), "the change is served");

    server.after_rebuild(|| {
        project.write(scorecard, original.replace("presence = 4", "presence = 9"));
    });
    let (status, page) = server.get("/");
    assert_eq!(status, 500);
    assert!(page.contains("awareness.toml"), "{page}");
    assert!(page.contains("out of range"), "{page}");
    assert!(
        page.contains("/__trailmark/wait"),
        "the error page reloads too"
    );

    server.after_rebuild(|| project.write(scorecard, &original));
    let (status, page) = server.get("/");
    assert_eq!(status, 200, "the next good save recovers");
    assert!(page.contains("Nordlys Auto"));
}

#[test]
fn serves_nothing_outside_the_output_folder() {
    let project = Project::demo();
    project.write("secret.txt", "do not serve me");
    let server = Server::start(&project);
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        project.path("secret.txt"),
        project.path("public/linked.txt"),
    )
    .expect("symlink into the output folder");
    for path in [
        "/../secret.txt",
        "/../site.toml",
        "/%2e%2e/site.toml",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/..%2fsite.toml",
        "/..%5csite.toml",
        "/charts/../../site.toml",
        "//etc/passwd",
        "/linked.txt",
        "/%00",
    ] {
        let answer = server.raw_get(path);
        let status = answer.split_whitespace().nth(1).unwrap_or_default();
        assert!(
            status == "404" || status == "400",
            "{path}: {}",
            answer.lines().next().unwrap_or_default()
        );
        assert!(!answer.contains("do not serve me"), "{path}");
        assert!(!answer.contains("title    ="), "{path}");
        assert!(!answer.contains("root:"), "{path}");
    }
    // The folder itself still answers.
    assert_eq!(server.get("/index.html").0, 200);
}
