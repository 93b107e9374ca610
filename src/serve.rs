//! `trailmark serve`: builds the project, serves its output folder over
//! HTTP, and rebuilds and reloads the open page whenever site.toml,
//! content/ or themes/ change.
//!
//! Three parts share one [`Live`] state (a generation number and the
//! current error): the watcher (notify, debounced) rebuilds and bumps the
//! generation; the HTTP server (tiny_http) answers each request on its own
//! thread; an open page long-polls `/__trailmark/wait?since=N`, which
//! answers as soon as the generation passes N, and reloads itself. The
//! reload snippet is added to HTML responses only as they are served; the
//! built site never contains it. A build that fails leaves the server
//! running: the error is printed and served in place of every page until a
//! good save rebuilds. Only files inside the output folder are served,
//! whatever the URL says (percent-encoding, `..`, symbolic links).
//! Serve builds do not keep a snapshot in history/ (`build --no-record`).

use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::new_debouncer;
use tiny_http::{Header, Request, Response, Server};

use crate::Record;
use crate::diagnostics::{self, Diagnostic, Sources};

/// The long-poll endpoint an open page waits on.
pub const WAIT_PATH: &str = "/__trailmark/wait";
/// The folders under the project that are watched, besides site.toml.
const WATCHED_FOLDERS: [&str; 2] = ["content", "themes"];
/// How long a long-poll waits before it answers with no change.
const WAIT_LIMIT: Duration = Duration::from_secs(25);
/// Events closer together than this are one change (an editor's save is
/// often a write, a rename and a metadata change).
const DEBOUNCE: Duration = Duration::from_millis(20);

/// Where and how to serve.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub addr: SocketAddr,
}

/// What one build said, for the terminal.
pub enum Outcome {
    Built {
        pages: usize,
        took: Duration,
    },
    Failed {
        diagnostics: Vec<Diagnostic>,
        sources: Sources,
    },
}

/// The state the watcher updates and every request reads.
struct Live {
    state: Mutex<State>,
    changed: Condvar,
}

struct State {
    generation: u64,
    /// The last build's error as plain text, shown in place of pages.
    error: Option<String>,
    /// The output folder of the last build that knew it.
    output: Option<PathBuf>,
}

impl Live {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Records a build's result and wakes every waiting page.
    fn publish(&self, error: Option<String>, output: Option<PathBuf>) {
        let mut state = self.lock();
        state.generation += 1;
        state.error = error;
        if output.is_some() {
            state.output = output;
        }
        self.changed.notify_all();
    }

    /// Waits until the generation passes `since`, or the limit; returns it.
    fn wait(&self, since: u64) -> u64 {
        let state = self.lock();
        let (state, _) = self
            .changed
            .wait_timeout_while(state, WAIT_LIMIT, |state| state.generation <= since)
            .unwrap_or_else(PoisonError::into_inner);
        state.generation
    }
}

/// A running server: its address, and the threads behind it.
pub struct Running {
    pub addr: SocketAddr,
    server: Arc<Server>,
    live: Arc<Live>,
}

/// Builds once, binds the address and starts serving in the background.
/// `report` is told about every build, the first one included.
pub fn start(
    options: &Options,
    report: impl Fn(&Outcome) + Send + Sync + 'static,
) -> Result<Running, String> {
    let report: Arc<dyn Fn(&Outcome) + Send + Sync> = Arc::new(report);
    let live = Arc::new(Live {
        state: Mutex::new(State {
            generation: 0,
            error: None,
            output: None,
        }),
        changed: Condvar::new(),
    });
    rebuild(&options.root, &live, report.as_ref());
    let server = Server::http(options.addr)
        .map_err(|error| format!("cannot listen on {}: {error}", options.addr))?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| "the server has no IP address".to_string())?;
    let server = Arc::new(server);
    let running = Running {
        addr,
        server: Arc::clone(&server),
        live: Arc::clone(&live),
    };
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let live = Arc::clone(&live);
            std::thread::spawn(move || respond(request, &live));
        }
    });
    Ok(running)
}

impl Running {
    /// Watches the project and rebuilds on every change; returns only when
    /// the watcher cannot run.
    pub fn watch(
        &self,
        root: &Path,
        report: impl Fn(&Outcome) + Send + Sync + 'static,
    ) -> Result<(), String> {
        let root = root
            .canonicalize()
            .map_err(|error| format!("cannot watch {}: {error}", root.display()))?;
        let (events, changes) = std::sync::mpsc::channel();
        let mut debouncer = new_debouncer(DEBOUNCE, None, events)
            .map_err(|error| format!("cannot watch: {error}"))?;
        debouncer
            .watch(&root, RecursiveMode::NonRecursive)
            .map_err(|error| format!("cannot watch {}: {error}", root.display()))?;
        for folder in WATCHED_FOLDERS {
            let path = root.join(folder);
            if path.is_dir() {
                let _ = debouncer.watch(&path, RecursiveMode::Recursive);
            }
        }
        for batch in changes {
            let Ok(batch) = batch else { continue };
            // Reading a file (as every build does) is no change.
            let paths: Vec<&PathBuf> = batch
                .iter()
                .filter(|event| !matches!(event.kind, EventKind::Access(_)))
                .flat_map(|event| &event.paths)
                .filter(|path| watched(&root, path))
                .collect();
            if paths.is_empty() {
                continue;
            }
            // A folder made after the start is watched from now on.
            for folder in WATCHED_FOLDERS {
                let path = root.join(folder);
                if paths.iter().any(|p| **p == path) && path.is_dir() {
                    let _ = debouncer.watch(&path, RecursiveMode::Recursive);
                }
            }
            rebuild(&root, &self.live, &report);
        }
        Ok(())
    }

    /// Stops answering requests.
    pub fn stop(&self) {
        self.server.unblock();
    }
}

/// Whether a changed path is site.toml or lies in a watched folder.
fn watched(root: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    match relative.components().next() {
        Some(Component::Normal(first)) => {
            first == crate::load::SITE_FILE || WATCHED_FOLDERS.iter().any(|f| first == *f)
        }
        _ => false,
    }
}

/// Builds the project and publishes the result.
fn rebuild(root: &Path, live: &Live, report: &(dyn Fn(&Outcome) + Send + Sync)) {
    let started = Instant::now();
    let result = crate::audit(root).map_err(|error| (error.diagnostics, error.sources));
    let result = result.and_then(|audit| {
        crate::build(root, &audit, Record::Nothing)
            .map_err(|list| (list, audit.loaded.sources.clone()))
    });
    match result {
        Ok(written) => {
            live.publish(None, Some(written.dir.clone()));
            report(&Outcome::Built {
                pages: written.pages,
                took: started.elapsed(),
            });
        }
        Err((diagnostics, sources)) => {
            let text = diagnostics::render(&diagnostics, &sources, "");
            live.publish(Some(text), None);
            report(&Outcome::Failed {
                diagnostics,
                sources,
            });
        }
    }
}

fn respond(request: Request, live: &Live) {
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    if path == WAIT_PATH {
        let since = query
            .split('&')
            .find_map(|pair| pair.strip_prefix("since="))
            .and_then(|value| value.parse().ok())
            .unwrap_or(0);
        let generation = live.wait(since);
        let _ = request.respond(with_headers(
            Response::from_string(generation.to_string()),
            &[
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Cache-Control", "no-store"),
            ],
        ));
        return;
    }
    let (generation, error, output) = {
        let state = live.lock();
        (state.generation, state.error.clone(), state.output.clone())
    };
    let file = output.as_deref().and_then(|dir| resolve(dir, path));
    let is_page = file
        .as_ref()
        .map_or(path.ends_with('/') || !path.contains('.'), |f| {
            f.extension().is_some_and(|ext| ext == "html")
        });
    if let (Some(error), true) = (&error, is_page) {
        let page = error_page(error, generation);
        let _ = request.respond(with_headers(
            Response::from_string(page).with_status_code(500),
            &[
                ("Content-Type", "text/html; charset=utf-8"),
                ("Cache-Control", "no-store"),
            ],
        ));
        return;
    }
    let Some(file) = file else {
        let _ = request.respond(with_headers(
            Response::from_string("Not found\n").with_status_code(404),
            &[("Content-Type", "text/plain; charset=utf-8")],
        ));
        return;
    };
    let Ok(bytes) = std::fs::read(&file) else {
        let _ = request.respond(Response::from_string("Not found\n").with_status_code(404));
        return;
    };
    let content_type = content_type(&file);
    let bytes = if content_type.starts_with("text/html") {
        with_reload(&bytes, generation)
    } else {
        bytes
    };
    let _ = request.respond(with_headers(
        Response::from_data(bytes),
        &[
            ("Content-Type", content_type),
            ("Cache-Control", "no-store"),
        ],
    ));
}

/// The file a request path names inside `root`, or `None` when it does not
/// exist or lies outside (after percent-decoding, `..` and symbolic links).
pub fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let decoded = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .ok()?;
    if decoded.contains('\0') || decoded.contains('\\') {
        return None;
    }
    let mut file = root.to_path_buf();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            segment if Path::new(segment).components().count() != 1 => return None,
            segment => file.push(segment),
        }
    }
    let root = root.canonicalize().ok()?;
    let mut file = file.canonicalize().ok()?;
    if !file.starts_with(&root) {
        return None;
    }
    if file.is_dir() {
        file = file.join("index.html").canonicalize().ok()?;
        if !file.starts_with(&root) {
            return None;
        }
    }
    file.is_file().then_some(file)
}

/// The reload snippet: waits for the next generation, then reloads.
fn reload_script(generation: u64) -> String {
    format!(
        "<script>(function(){{var g={generation};function w(){{fetch('{WAIT_PATH}?since='+g,{{cache:'no-store'}})\
         .then(function(r){{return r.text()}}).then(function(t){{if(parseInt(t,10)>g){{location.reload()}}else{{w()}}}})\
         .catch(function(){{setTimeout(w,1000)}})}}w()}})();</script>"
    )
}

/// An HTML page with the reload snippet before `</body>` (or at the end).
fn with_reload(html: &[u8], generation: u64) -> Vec<u8> {
    let script = reload_script(generation);
    let text = String::from_utf8_lossy(html);
    let mut out = match text.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &text[..at], &text[at..]),
        None => format!("{text}{script}"),
    };
    out.shrink_to_fit();
    out.into_bytes()
}

/// The page shown while the project does not build.
fn error_page(error: &str, generation: u64) -> String {
    let escaped = error
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>Trailmark: the project does not build</title>\
         <style>body{{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}}\
         pre{{background:#fff4f4;border-left:4px solid #b00020;padding:1rem;overflow:auto}}</style>\
         </head><body><h1>The project does not build</h1>\
         <p>Fix the problem below and save; this page reloads by itself.</p>\
         <pre>{escaped}</pre>{}</body></html>\n",
        reload_script(generation)
    )
}

fn content_type(file: &Path) -> &'static str {
    match file
        .extension()
        .and_then(|ext| ext.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "md" | "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// A response with these headers (all ASCII literals chosen here).
fn with_headers<R: std::io::Read>(
    mut response: Response<R>,
    headers: &[(&str, &str)],
) -> Response<R> {
    for (name, value) in headers {
        if let Ok(header) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_inside_the_root_resolve() {
        let tmp = tempfile::tempdir().expect("tmp");
        let root = tmp.path().join("public");
        std::fs::create_dir_all(root.join("a b")).expect("mkdir");
        std::fs::write(root.join("index.html"), "i").expect("write");
        std::fs::write(root.join("a b/page.html"), "p").expect("write");
        std::fs::write(tmp.path().join("secret.txt"), "s").expect("write");
        let root_file = |p: &str| resolve(&root, p);
        assert!(root_file("/").is_some_and(|f| f.ends_with("index.html")));
        assert!(root_file("/a%20b/page.html").is_some());
        assert_eq!(root_file("/../secret.txt"), None);
        assert_eq!(root_file("/%2e%2e/secret.txt"), None);
        assert_eq!(root_file("/a%20b/%2E%2E/%2E%2E/secret.txt"), None);
        assert_eq!(root_file("/..%2fsecret.txt"), None);
        assert_eq!(root_file("/..%5csecret.txt"), None);
        assert_eq!(root_file("/%00"), None);
        assert_eq!(root_file("/nope.html"), None);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(tmp.path().join("secret.txt"), root.join("link.txt"))
                .expect("symlink");
            assert_eq!(root_file("/link.txt"), None);
        }
    }

    #[test]
    fn the_reload_snippet_goes_before_the_end_of_the_body() {
        let page = with_reload(b"<html><body><p>x</p></body></html>", 3);
        let page = String::from_utf8(page).expect("utf-8");
        assert!(page.contains("since='+g"), "{page}");
        assert!(page.contains("var g=3;"), "{page}");
        assert!(page.ends_with("</script></body></html>"), "{page}");
    }

    #[test]
    fn the_error_page_escapes_the_error() {
        let page = error_page("<script>alert(1)</script> & more", 1);
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
    }
}
