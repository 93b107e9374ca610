//! Writes a rendered site to the output folder safely.
//!
//! The output folder is checked first: it may not be empty, the project
//! folder, one of its ancestors, or lie in content/, themes/ or history/.
//! Builds of one output folder take turns: [`lock`] holds an advisory lock
//! on a file beside it, which the system releases when the process ends,
//! however it ends. The site is written to a staging folder of this
//! process beside it and swapped in only when complete, so an interrupted
//! build leaves the previous report whole; a folder that cannot be swapped
//! by rename (a mount point) is updated file by file instead.
//! Trailmark records what it wrote in a manifest; a file in the output
//! folder that is not in it (whatever bytes its name has), or an empty
//! folder, was put there by someone else and is kept. A folder holding
//! files but no manifest is refused: Trailmark never takes over a folder
//! it did not make. Earlier cycles' reports are kept in `cycles/`.

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Component, Path, PathBuf};

use crate::diagnostics::Diagnostic;
use crate::load::SITE_FILE;
use crate::model::{ARCHIVE_DIR, Site};
use crate::render::paths::SitePage;

/// One file of the rendered site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path inside the output folder, with `/` separators.
    pub path: String,
    pub bytes: Vec<u8>,
}

impl OutputFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        OutputFile {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

pub use crate::load::MANIFEST;

/// What a successful write did.
#[derive(Debug)]
pub struct Written {
    /// The output folder.
    pub dir: PathBuf,
    pub files: usize,
    /// HTML pages among the files.
    pub pages: usize,
    /// Charts (`charts/*.svg`) among the files.
    pub charts: usize,
    /// Files found in the output folder that Trailmark did not write; kept.
    pub kept: Vec<String>,
    /// This cycle's snapshot in history/, once written.
    pub snapshot: Option<PathBuf>,
}

/// The build lock of one output folder, held until dropped.
#[derive(Debug)]
pub struct BuildLock {
    _file: fs::File,
}

/// Takes the build lock of `dir`: the file `.<name>.trailmark-lock` beside
/// it. When another build holds it, the error names that build's process.
pub fn lock(dir: &Path) -> io::Result<BuildLock> {
    let (parent, name) = parent_and_name(dir);
    fs::create_dir_all(parent)?;
    let path = parent.join(format!(".{name}.trailmark-lock"));
    let mut file = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(fs::TryLockError::WouldBlock) => {
            let holder = holder(&path)
                .map(|pid| format!(" (process {pid})"))
                .unwrap_or_default();
            return Err(io::Error::new(
                io::ErrorKind::WouldBlock,
                format!(
                    "another build{holder} is writing this output folder; \
                     run again once it has finished"
                ),
            ));
        }
        Err(fs::TryLockError::Error(error)) => return Err(error),
    }
    file.set_len(0)?;
    file.write_all(format!("{}\n", std::process::id()).as_bytes())?;
    Ok(BuildLock { _file: file })
}

/// The process id the holder of a lock file writes into it just after
/// taking the lock; read a few times, in case it has not yet.
fn holder(path: &Path) -> Option<u32> {
    for _ in 0..20 {
        let mut text = String::new();
        let read = fs::File::open(path).and_then(|file| file.take(32).read_to_string(&mut text));
        if let (Ok(_), Ok(pid)) = (read, text.trim().parse()) {
            return Some(pid);
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    None
}

fn parent_and_name(dir: &Path) -> (&Path, String) {
    let name = dir
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".to_string());
    (dir.parent().unwrap_or(Path::new(".")), name)
}

/// Where the output folder is, once it is known to be safe.
pub fn output_dir(root: &Path, site: &Site) -> Result<PathBuf, Box<Diagnostic>> {
    let refuse = |message: String| {
        Box::new(
            Diagnostic::error(SITE_FILE, site.output_dir_span.clone(), message)
                .with_label("unsafe output folder")
                .with_note("choose a folder of its own, such as output_dir = \"public\""),
        )
    };
    let raw = site.output_dir.trim();
    if raw.is_empty() {
        return Err(refuse("`output_dir` is empty".to_string()));
    }
    let root = root.canonicalize().map_err(|error| {
        Box::new(Diagnostic::error(
            SITE_FILE,
            None,
            format!("cannot resolve the project folder: {error}"),
        ))
    })?;
    let dir = resolve(&normalize(&root.join(raw)));
    if dir == root {
        return Err(refuse(format!(
            "`output_dir = \"{raw}\"` is the project folder itself"
        )));
    }
    if root.starts_with(&dir) {
        return Err(refuse(format!(
            "`output_dir = \"{raw}\"` contains the project folder"
        )));
    }
    for protected in ["content", "themes", "history"] {
        if dir.starts_with(root.join(protected)) {
            return Err(refuse(format!(
                "`output_dir = \"{raw}\"` lies in {protected}/, which Trailmark reads"
            )));
        }
    }
    if dir == root.join(SITE_FILE) {
        return Err(refuse(format!("`output_dir = \"{raw}\"` is site.toml")));
    }
    if dir.exists() && !dir.is_dir() {
        return Err(refuse(format!(
            "`output_dir = \"{raw}\"` is a file, not a folder"
        )));
    }
    if let Err(error) = made_by_trailmark(&dir) {
        return Err(refuse(error.to_string()));
    }
    Ok(dir)
}

/// Removes `.` and `..` without touching the disk.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Resolves symbolic links in the part of `path` that exists.
fn resolve(path: &Path) -> PathBuf {
    let mut existing = path.to_path_buf();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_owned());
                existing = parent.to_path_buf();
            }
            _ => return path.to_path_buf(),
        }
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        resolved.push(name);
    }
    resolved
}

/// Writes `files` as the whole content of `dir`, replacing what Trailmark
/// wrote there before and keeping anything else. Earlier cycles' reports
/// archived in `cycles/` are kept, and with `archive`, the cycle of the
/// report now at the top, that report moves to `cycles/<archive>/`. The
/// caller holds the build lock of `dir`, so staging folders of other
/// processes are left over from builds that died.
pub fn write(
    dir: &Path,
    lock: &BuildLock,
    files: &[OutputFile],
    assets: &[(String, PathBuf)],
    archive: Option<&str>,
) -> io::Result<Written> {
    write_with(dir, lock, (files, assets), archive, swap)
}

/// How a staged site is put in place of the output folder: [`swap`], or a
/// stand-in in tests (a failing rename is hard to cause otherwise).
type Swap = fn(&Path, &Path, &Path) -> io::Result<()>;

fn write_with(
    dir: &Path,
    _lock: &BuildLock,
    (files, assets): (&[OutputFile], &[(String, PathBuf)]),
    archive: Option<&str>,
    swap: Swap,
) -> io::Result<Written> {
    let (parent, name) = parent_and_name(dir);
    fs::create_dir_all(parent)?;
    let staging_prefix = format!(".{name}.trailmark-staging");
    let staging = parent.join(format!("{staging_prefix}-{}", std::process::id()));
    let old = parent.join(format!(".{name}.trailmark-old"));

    // A build that died during the swap left the previous site in `old`.
    if old.is_dir() && !dir.exists() {
        fs::rename(&old, dir)?;
    }
    remove_stale_staging(parent, &staging_prefix)?;

    made_by_trailmark(dir)?;
    let previous = read_manifest(dir)?.unwrap_or_default();
    let archived = archived(dir, &previous, archive);
    let (written, kept) = match fill_staging(&staging, dir, &previous, (files, assets), &archived) {
        Ok(filled) => filled,
        Err(error) => {
            let _ = fs::remove_dir_all(&staging);
            return Err(error);
        }
    };

    let mut manifest = String::new();
    for path in &written {
        manifest.push_str(path);
        manifest.push('\n');
    }
    let placed = fs::write(staging.join(MANIFEST), manifest).and_then(|()| {
        match swap(&staging, dir, &old) {
            Err(error) if cannot_be_renamed(&error) => {
                replace_in_place(&staging, dir, &previous, &written)
            }
            placed => placed,
        }
    });
    // After a swap the staging folder is gone or holds the previous site;
    // otherwise it holds a copy of the new one. Either way it goes.
    if staging.exists() {
        let _ = fs::remove_dir_all(&staging);
    }
    placed?;
    Ok(Written {
        dir: dir.to_path_buf(),
        files: written.len(),
        pages: 0,
        charts: 0,
        kept,
        snapshot: None,
    })
}

/// Puts the staged site in place of `dir`. Where the system swaps two
/// folders in one step (Linux), `dir` exists at every moment; elsewhere
/// the previous site is moved aside to `old` first, and a build that dies
/// between the two renames is recovered by the next one. When `dir`
/// cannot be renamed, nothing has moved and the error says why.
fn swap(staging: &Path, dir: &Path, old: &Path) -> io::Result<()> {
    if old.exists() {
        fs::remove_dir_all(old)?;
    }
    if !dir.exists() {
        return fs::rename(staging, dir);
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        use rustix::io::Errno;
        match renameat_with(CWD, staging, CWD, dir, RenameFlags::EXCHANGE) {
            // The staging folder now holds the previous site.
            Ok(()) => return fs::remove_dir_all(staging),
            Err(Errno::INVAL | Errno::NOSYS | Errno::NOTSUP) => {}
            Err(error) => return Err(error.into()),
        }
    }
    fs::rename(dir, old)?;
    fs::rename(staging, dir)?;
    fs::remove_dir_all(old)
}

/// Whether a failed swap means the output folder cannot be renamed at all
/// (a mount point; a folder on another device than its parent; a parent
/// this user may not change), rather than that the disk failed.
fn cannot_be_renamed(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::ResourceBusy
            | io::ErrorKind::CrossesDevices
            | io::ErrorKind::PermissionDenied
    )
}

/// Puts the staged site into `dir` file by file, for an output folder that
/// cannot be swapped by rename. Each file is copied beside its place and
/// renamed over it, so every file is whole at every moment. The manifest
/// first lists the files of both builds, so a build that dies half-way
/// leaves every file Trailmark wrote known as its own; then the files of
/// the previous build that this one did not write are removed, with the
/// folders they leave empty, and the manifest is made exact. Files and
/// folders of others are not touched.
fn replace_in_place(
    staging: &Path,
    dir: &Path,
    previous: &BTreeSet<String>,
    written: &BTreeSet<String>,
) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let both: BTreeSet<&String> = previous.iter().chain(written).collect();
    let listing = |paths: &mut dyn Iterator<Item = &String>| {
        paths.fold(String::new(), |text, path| text + path + "\n")
    };
    let manifest = |text: String| move |fresh: &Path| fs::write(fresh, text);
    place_file(dir, MANIFEST, manifest(listing(&mut both.into_iter())))?;
    for path in written {
        place_file(dir, path, |fresh| {
            fs::copy(staging.join(path), fresh).map(|_| ())
        })?;
    }
    for gone in previous.difference(written) {
        match fs::remove_file(dir.join(gone)) {
            Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
            _ => {}
        }
        let mut folder = Path::new(gone).parent();
        while let Some(inner) = folder.filter(|inner| !inner.as_os_str().is_empty()) {
            if fs::remove_dir(dir.join(inner)).is_err() {
                break;
            }
            folder = inner.parent();
        }
    }
    place_file(dir, MANIFEST, manifest(listing(&mut written.iter())))?;
    // Files a build killed half-way through this left behind.
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry.map_err(io::Error::other)?;
        if entry.file_type().is_file() && is_unplaced(entry.file_name()) {
            fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// Whether `name` is that of a file [`place_file`] had not yet put in place.
fn is_unplaced(name: &std::ffi::OsStr) -> bool {
    name.to_str()
        .and_then(|name| name.strip_prefix('.'))
        .and_then(|name| name.rsplit_once(".trailmark-new-"))
        .is_some_and(|(_, pid)| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
}

/// Puts the file `fill` writes at `dir/path`, by a rename within its folder.
fn place_file(
    dir: &Path,
    path: &str,
    fill: impl FnOnce(&Path) -> io::Result<()>,
) -> io::Result<()> {
    let target = dir.join(path);
    let (folder, name) = parent_and_name(&target);
    fs::create_dir_all(folder)?;
    let fresh = folder.join(format!(".{name}.trailmark-new-{}", std::process::id()));
    let placed = fill(&fresh).and_then(|()| fs::rename(&fresh, &target));
    if placed.is_err() {
        let _ = fs::remove_file(&fresh);
    }
    placed
}

/// Fails unless `dir` is missing, holds no file (empty folders only, such
/// as a mount point's `lost+found`), or holds Trailmark's manifest.
fn made_by_trailmark(dir: &Path) -> io::Result<()> {
    if !dir.is_dir() || read_manifest(dir)?.is_some() || !holds_a_file(dir)? {
        return Ok(());
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!(
            "{} holds files that Trailmark did not write; empty it or choose another output_dir",
            dir.display()
        ),
    ))
}

fn holds_a_file(dir: &Path) -> io::Result<bool> {
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        if !entry.map_err(io::Error::other)?.file_type().is_dir() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Removes the staging folders that builds which died left in `parent`.
fn remove_stale_staging(parent: &Path, prefix: &str) -> io::Result<()> {
    for entry in fs::read_dir(parent)? {
        let entry = entry?;
        let stale = entry.file_name().to_str().is_some_and(|name| {
            name.strip_prefix(prefix)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
        });
        if stale && entry.file_type()?.is_dir() {
            fs::remove_dir_all(entry.path())?;
        }
    }
    Ok(())
}

/// Writes this cycle's report.json beside `path`, `history/<cycle>.json`,
/// to be put in place with [`keep_snapshot`] once the site is written.
pub fn stage_snapshot(path: &Path, json: &str) -> io::Result<PathBuf> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    // A short hidden name beside it, which history/ readers skip: a name
    // built on the cycle's could pass the file name limit the cycle fits.
    let staging = path.with_file_name(format!(".trailmark-staging-{}.json", std::process::id()));
    fs::write(&staging, json)?;
    Ok(staging)
}

/// Puts a staged snapshot in place, for the next cycle's comparison.
pub fn keep_snapshot(staged: &Path, path: &Path) -> io::Result<()> {
    fs::rename(staged, path)
}

/// The earlier reports a build keeps, as (path in the output folder now,
/// path in the new site): those archived in `cycles/` stay where they are,
/// and with `archive`, the report at the top moves to `cycles/<archive>/`
/// (replacing an earlier archive of that cycle). Files of the manifest that
/// someone removed are left out.
fn archived(
    dir: &Path,
    previous: &BTreeSet<String>,
    archive: Option<&str>,
) -> Vec<(String, String)> {
    let folder = format!("{ARCHIVE_DIR}/");
    let replaced = archive.map(|cycle| format!("{folder}{cycle}/"));
    previous
        .iter()
        .filter_map(|path| {
            let target = if path.starts_with(&folder) {
                (replaced
                    .as_ref()
                    .is_none_or(|replaced| !path.starts_with(replaced)))
                .then(|| path.clone())
            } else {
                replaced
                    .as_ref()
                    .map(|replaced| format!("{replaced}{path}"))
            }?;
            let regular = fs::symlink_metadata(dir.join(path)).is_ok_and(|meta| meta.is_file());
            regular.then(|| (path.clone(), target))
        })
        .collect()
}

/// Writes the new site into `staging`, with the earlier reports `archived`
/// lists, and copies in what others put in the output folder; returns the
/// paths Trailmark wrote and those it kept.
fn fill_staging(
    staging: &Path,
    dir: &Path,
    previous: &BTreeSet<String>,
    (files, assets): (&[OutputFile], &[(String, PathBuf)]),
    archived: &[(String, String)],
) -> io::Result<(BTreeSet<String>, Vec<String>)> {
    let mut written = BTreeSet::new();
    fs::create_dir_all(staging)?;
    for file in files {
        let target = staging.join(&file.path);
        if let Some(folder) = target.parent() {
            fs::create_dir_all(folder)?;
        }
        fs::write(&target, &file.bytes)?;
        written.insert(file.path.clone());
    }
    let copies = assets
        .iter()
        .map(|(path, source)| (path, source.clone()))
        .chain(archived.iter().map(|(from, to)| (to, dir.join(from))));
    for (path, source) in copies {
        if written.insert(path.clone()) {
            let target = staging.join(path);
            if let Some(folder) = target.parent() {
                fs::create_dir_all(folder)?;
            }
            fs::copy(source, target)?;
        }
    }
    for (from, to) in archived {
        if *from == SitePage::Since.path() {
            // Its links to the archive are relative to the top, where it was.
            let page = fs::read_to_string(staging.join(to))?;
            let moved = page.replace(&format!("href=\"{ARCHIVE_DIR}/"), "href=\"../");
            fs::write(staging.join(to), moved)?;
        }
    }
    // Keep whatever Trailmark did not write since its last build.
    let mut kept = Vec::new();
    if dir.is_dir() {
        for foreign in foreign_entries(dir, previous)? {
            if written.contains(&foreign.shown) {
                return Err(io::Error::other(format!(
                    "{} was not written by Trailmark and would be overwritten; move it away",
                    dir.join(&foreign.relative).display()
                )));
            }
            let (source, target) = (dir.join(&foreign.relative), staging.join(&foreign.relative));
            let copied = if foreign.empty_folder {
                fs::create_dir_all(&target)
            } else {
                copy_entry(&source, &target)
            };
            copied.map_err(|error| {
                io::Error::new(
                    error.kind(),
                    format!("cannot keep {}: {error}", source.display()),
                )
            })?;
            kept.push(foreign.shown);
        }
    }
    Ok((written, kept))
}

/// Copies a file, or recreates a symbolic link as a link.
fn copy_entry(source: &Path, target: &Path) -> io::Result<()> {
    if let Some(folder) = target.parent() {
        fs::create_dir_all(folder)?;
    }
    #[cfg(unix)]
    if fs::symlink_metadata(source)?.file_type().is_symlink() {
        return std::os::unix::fs::symlink(fs::read_link(source)?, target);
    }
    fs::copy(source, target).map(|_| ())
}

/// The files listed in the output folder's manifest; `None` without one.
fn read_manifest(dir: &Path) -> io::Result<Option<BTreeSet<String>>> {
    match fs::read_to_string(dir.join(MANIFEST)) {
        Ok(text) => Ok(Some(text.lines().map(str::to_string).collect())),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error),
    }
}

/// Something in the output folder that Trailmark did not write.
struct Foreign {
    /// Its path inside the output folder, in whatever bytes the system allows.
    relative: PathBuf,
    /// That path with `/` separators, for messages and the manifest.
    shown: String,
    /// An empty folder, kept as a folder (Trailmark never writes one).
    empty_folder: bool,
}

/// Files under `dir` that are not in the manifest (nor the manifest
/// itself), and empty folders.
fn foreign_entries(dir: &Path, manifest: &BTreeSet<String>) -> io::Result<Vec<Foreign>> {
    let mut foreign = Vec::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1).sort_by_file_name() {
        let entry = entry.map_err(io::Error::other)?;
        let empty_folder = entry.file_type().is_dir();
        if empty_folder && fs::read_dir(entry.path())?.next().is_some() {
            continue;
        }
        if !empty_folder && is_unplaced(entry.file_name()) {
            continue;
        }
        let Ok(relative) = entry.path().strip_prefix(dir) else {
            continue;
        };
        let shown = relative.to_string_lossy().replace('\\', "/");
        // A name that is not UTF-8 was never written by Trailmark.
        let listed =
            relative.to_str().is_some() && (shown == MANIFEST || manifest.contains(&shown));
        if !listed {
            foreign.push(Foreign {
                relative: relative.to_path_buf(),
                shown,
                empty_folder,
            });
        }
    }
    Ok(foreign)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A swap of an output folder that is a mount point.
    fn busy(_: &Path, _: &Path, _: &Path) -> io::Result<()> {
        Err(io::Error::from(io::ErrorKind::ResourceBusy))
    }

    fn broken(_: &Path, _: &Path, _: &Path) -> io::Result<()> {
        Err(io::Error::other("the disk failed"))
    }

    fn build(dir: &Path, files: &[(&str, &str)], swap: Swap) -> io::Result<Written> {
        let files: Vec<OutputFile> = files
            .iter()
            .map(|(path, text)| OutputFile::new(*path, *text))
            .collect();
        write_with(dir, &lock(dir)?, (&files, &[]), None, swap)
    }

    /// Everything under `folder`, folders with a trailing `/`.
    fn listing(folder: &Path) -> Vec<String> {
        walkdir::WalkDir::new(folder)
            .min_depth(1)
            .sort_by_file_name()
            .into_iter()
            .map(|entry| {
                let entry = entry.expect("walk");
                let path = entry.path().strip_prefix(folder).expect("inside");
                let slash = if entry.file_type().is_dir() { "/" } else { "" };
                format!("{}{slash}", path.display())
            })
            .collect()
    }

    #[cfg(unix)]
    #[test]
    fn an_output_folder_that_cannot_be_renamed_is_replaced_file_by_file() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().expect("temporary folder");
        let dir = tmp.path().join("public");
        build(
            &dir,
            &[("index.html", "one"), ("old/page.html", "old")],
            busy,
        )
        .expect("first");
        let folder = fs::metadata(&dir).expect("folder").ino();
        fs::write(dir.join("mine.txt"), "mine").expect("write");
        fs::create_dir(dir.join("empty")).expect("folder");
        // What a build killed while placing index.html leaves behind.
        fs::write(dir.join(".index.html.trailmark-new-99"), "half").expect("write");

        let written = build(
            &dir,
            &[("index.html", "two"), ("new/page.html", "new")],
            busy,
        )
        .expect("a folder that cannot be renamed is still written");
        assert_eq!(written.kept, ["empty", "mine.txt"]);
        assert_eq!(fs::metadata(&dir).expect("folder").ino(), folder);
        assert_eq!(
            listing(&dir),
            [
                MANIFEST,
                "empty/",
                "index.html",
                "mine.txt",
                "new/",
                "new/page.html"
            ]
        );
        assert_eq!(
            fs::read_to_string(dir.join("index.html")).expect("read"),
            "two"
        );
        assert_eq!(
            fs::read_to_string(dir.join("mine.txt")).expect("read"),
            "mine"
        );
        assert_eq!(
            read_manifest(&dir).expect("read").expect("manifest"),
            BTreeSet::from(["index.html".to_string(), "new/page.html".to_string()])
        );
        // Neither a staging folder nor a half-placed file is left.
        let beside: Vec<String> = listing(tmp.path())
            .into_iter()
            .filter(|path| !path.starts_with("public"))
            .collect();
        assert_eq!(beside, [".public.trailmark-lock"]);
    }

    #[test]
    fn a_swap_that_fails_otherwise_leaves_the_previous_site_and_no_staging() {
        let tmp = tempfile::tempdir().expect("temporary folder");
        let dir = tmp.path().join("public");
        build(&dir, &[("index.html", "one")], swap).expect("first");
        let error = build(&dir, &[("index.html", "two")], broken).expect_err("fails");
        assert_eq!(error.to_string(), "the disk failed");
        assert_eq!(
            fs::read_to_string(dir.join("index.html")).expect("read"),
            "one"
        );
        assert_eq!(
            listing(tmp.path()),
            [
                ".public.trailmark-lock",
                "public/",
                "public/.trailmark-manifest",
                "public/index.html"
            ]
        );
    }

    #[test]
    fn normalize_removes_dots() {
        assert_eq!(normalize(Path::new("/a/b/./../c")), PathBuf::from("/a/c"));
    }
}
