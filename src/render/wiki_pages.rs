//! The whole report as a folder of Markdown pages for a wiki
//! (`build --format markdown`, `[publish] formats`).
//!
//! Every page of the HTML site becomes a CommonMark page with GFM tables,
//! made from the rendered page itself (its `<main>`), so the wiki shows
//! what the site shows. Each chart becomes an image file twice: its SVG
//! and a PNG twin rendered here with resvg and the embedded DejaVu Sans (so
//! wikis that show no SVG, such as Azure DevOps and Confluence, show it
//! too, on a machine without fonts), with its title as alt text and
//! caption and its data as a table. Chart files are named after the
//! client and cycle, so reports of several clients and cycles can share
//! one wiki. Links between pages stay relative; each [`Flavour`] names
//! pages and files the way its wiki expects.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use rayon::prelude::*;

use super::OutputFile;
use super::html::book;
use super::paths::{self, SitePage};
use crate::model::Site;

/// The folder of the Markdown export in the output.
pub const DIR: &str = "markdown";

/// The wiki a Markdown export is made for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Flavour {
    /// Plain Markdown files: `index.md`, links to `.md` files.
    #[default]
    Plain,
    /// A GitHub wiki: one flat folder, `Home.md`, `_Sidebar.md`, page
    /// names unique in the wiki, links by page name.
    Github,
    /// A GitLab wiki: folders, `home.md`, `_sidebar.md`, links by page
    /// path without extension.
    Gitlab,
    /// An Azure DevOps wiki: a page and a folder of its sub-pages side by
    /// side, `.order` files, images in `.attachments/`.
    Azure,
    /// Wiki.js (Git storage): folders, `home.md`, front matter with the
    /// title, links by page path without extension.
    Wikijs,
    /// Outline's Markdown import (a zip): one top folder, which becomes
    /// a collection, named after the client and cycle; in it the pages, a
    /// sub-folder per parent document, and the images in `uploads/`,
    /// linked by their path in the zip, which the importer turns into
    /// attachments.
    Outline,
}

impl Flavour {
    pub const ALL: [Flavour; 6] = [
        Flavour::Plain,
        Flavour::Github,
        Flavour::Gitlab,
        Flavour::Azure,
        Flavour::Wikijs,
        Flavour::Outline,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Flavour::Plain => "plain",
            Flavour::Github => "github",
            Flavour::Gitlab => "gitlab",
            Flavour::Azure => "azure",
            Flavour::Wikijs => "wikijs",
            Flavour::Outline => "outline",
        }
    }

    /// The folder of images, from the export's root.
    fn images(self) -> &'static str {
        match self {
            Flavour::Azure => ".attachments",
            Flavour::Outline => "uploads",
            _ => "images",
        }
    }

    /// The name of the landing page (the site's index.html).
    fn home(self) -> &'static str {
        match self {
            Flavour::Plain | Flavour::Outline => "index.md",
            Flavour::Github => "Home.md",
            Flavour::Gitlab | Flavour::Wikijs => "home.md",
            Flavour::Azure => "Overview.md",
        }
    }
}

/// The Markdown path of a page of the site. In a folder of a GitHub
/// wiki the landing page is named after the client and cycle: `Home` is
/// the wiki's own, and GitHub page names are unique across folders.
fn page_path(flavour: Flavour, site_path: &str, prefix: &str, folder: &str) -> String {
    if site_path == "index.html" {
        return match flavour {
            Flavour::Github if !folder.is_empty() => format!("{prefix}.md"),
            Flavour::Outline => format!("{prefix}/{}", flavour.home()),
            _ => flavour.home().to_string(),
        };
    }
    let stem = site_path.strip_suffix(".html").unwrap_or(site_path);
    let stem = stem.strip_suffix("/index").unwrap_or(stem);
    match flavour {
        Flavour::Github => format!("{prefix}-{}.md", stem.replace('/', "-")),
        Flavour::Outline => format!("{prefix}/{stem}.md"),
        _ => format!("{stem}.md"),
    }
}

/// The export: every page, its images and the wiki's own files, under
/// [`DIR`]. `folder` is where the pages will lie in the wiki (`""` for
/// its top, `nordlys-auto/2026-q4` for `trailmark publish`). `file` gives
/// the bytes of a file of the site by its path (an image from content/).
pub fn render(
    site: &Site,
    files: &[OutputFile],
    flavour: Flavour,
    folder: &str,
    file: &(dyn Fn(&str) -> Option<Vec<u8>> + Sync),
) -> Vec<OutputFile> {
    let prefix = paths::report_stem(site);
    let pages: Vec<(&str, &str)> = files
        .iter()
        .filter(|f| f.path.ends_with(".html"))
        .filter(|f| f.path != SitePage::Print.path() && f.path != paths::single_file(site))
        .filter_map(|f| Some((f.path.as_str(), std::str::from_utf8(&f.bytes).ok()?)))
        .collect();
    let paths: BTreeMap<&str, String> = pages
        .iter()
        .map(|(path, _)| (*path, page_path(flavour, path, &prefix, folder)))
        .collect();
    let converter = htmd::HtmlToMarkdown::builder()
        .skip_tags(vec!["script", "style", "svg", "nav"])
        .build();

    let converted: Vec<(String, String, Vec<String>)> = pages
        .par_iter()
        .map(|(path, html)| {
            let page = Page {
                site_path: path,
                md_path: &paths[path],
                paths: &paths,
                flavour,
                prefix: &prefix,
                folder,
                base_url: &site.base_url,
            };
            let mut images = Vec::new();
            let body = page.prepare(book::main_of(html), &mut images);
            let markdown = converter.convert(&body).unwrap_or_default();
            let title = book::heading_text(book::main_of(html));
            (title, tidy(&markdown), images)
        })
        .collect();

    let mut out = Vec::new();
    let mut images: BTreeSet<String> = BTreeSet::new();
    let mut titles: BTreeMap<&str, String> = BTreeMap::new();
    for ((path, _), (title, markdown, used)) in pages.iter().zip(converted) {
        let md_path = &paths[path];
        let text = match flavour {
            Flavour::Wikijs => format!(
                "---\ntitle: {}\npublished: true\neditor: markdown\ntags: {prefix}\n---\n\n{markdown}",
                yaml_string(&title)
            ),
            _ => markdown,
        };
        out.push(OutputFile::new(format!("{DIR}/{md_path}"), text));
        titles.insert(md_path.as_str(), title);
        images.extend(used);
    }
    out.extend(image_files(flavour, &prefix, &images, file));
    out.extend(wiki_files(flavour, folder, &pages, &paths, &titles));
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

/// A YAML double-quoted string.
fn yaml_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Markdown with runs of blank lines cut to one and a final newline.
fn tidy(markdown: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in markdown.lines() {
        if line.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.trim_matches('\n').to_string() + "\n"
}

/// One page being converted.
struct Page<'a> {
    site_path: &'a str,
    md_path: &'a str,
    paths: &'a BTreeMap<&'a str, String>,
    flavour: Flavour,
    prefix: &'a str,
    folder: &'a str,
    base_url: &'a str,
}

impl Page<'_> {
    /// The page's HTML made ready for Markdown: charts as images with
    /// captions, `<details>` opened into a heading and its content, links
    /// pointing to the Markdown pages. `images` collects the site paths of
    /// the images it shows.
    fn prepare(&self, main: &str, images: &mut Vec<String>) -> String {
        let html = main
            .replace("<summary>", "<p><strong>")
            .replace("</summary>", "</strong></p>")
            .replace("</details>", "");
        let html = header_cells_in_bodies(&drop_tags(&html, "<details"));
        let html = book::rewrite_attributes(&html, |tag, name, value| {
            let is_link = tag.starts_with("<a ") && name == "href";
            let is_image = tag.starts_with("<img ") && name == "src";
            if !(is_link || is_image) || value.starts_with('#') || value.starts_with("data:") {
                return None;
            }
            let (target, _) = book::resolve(self.site_path, value, self.base_url)?;
            if let Some(md) = self.paths.get(target.as_str()) {
                return Some(self.link_to(md));
            }
            if is_image || paths::in_charts(&target) {
                images.push(target.clone());
                return Some(self.file_link(&self.image_path(&target)));
            }
            // A data file or a page the export lacks: not in the wiki.
            Some(String::new())
        });
        self.charts(&html, images)
    }

    /// A link to another page, as the wiki resolves it: GitLab reads a
    /// bare page name from the wiki's top, so links within the report
    /// start with `./` or `../`; Wiki.js reads a relative page link below
    /// the current page, so its links start at the wiki's top.
    fn link_to(&self, md: &str) -> String {
        let page = md.strip_suffix(".md").unwrap_or(md);
        match self.flavour {
            Flavour::Wikijs => self.path_from_top(page),
            Flavour::Gitlab => {
                let link = paths::relative(self.md_path, page);
                if link.starts_with("../") {
                    link
                } else {
                    format!("./{link}")
                }
            }
            Flavour::Github => paths::relative(self.md_path, page),
            Flavour::Plain | Flavour::Azure | Flavour::Outline => paths::relative(self.md_path, md),
        }
    }

    /// A link to a file of the export (an image). GitHub serves a wiki's
    /// files by their path from the wiki's top and every page at the top
    /// (`/wiki/Page-Name`), whatever its folder; Wiki.js links start at
    /// the wiki's top; Outline's importer matches an image by its path in
    /// the zip; other wikis resolve links from the page's folder.
    fn file_link(&self, path: &str) -> String {
        match self.flavour {
            Flavour::Github if !self.folder.is_empty() => format!("{}/{path}", self.folder),
            Flavour::Outline => path.to_string(),
            Flavour::Wikijs => self.path_from_top(path),
            _ => paths::relative(self.md_path, path),
        }
    }

    /// `/folder/path`: a path of the export from the wiki's top.
    fn path_from_top(&self, path: &str) -> String {
        if self.folder.is_empty() {
            format!("/{path}")
        } else {
            format!("/{}/{path}", self.folder)
        }
    }

    /// Where an image of the site goes in the export.
    fn image_path(&self, site_path: &str) -> String {
        image_path(self.flavour, self.prefix, site_path)
    }

    /// Each `<figure class="chart">` as its PNG (linking the SVG), its
    /// caption and its data table.
    fn charts(&self, html: &str, images: &mut Vec<String>) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(at) = rest.find("<figure class=\"chart\" id=\"chart-") {
            out.push_str(&rest[..at]);
            let figure_end = rest[at..]
                .find("</figure>")
                .map_or(rest.len(), |end| at + end + "</figure>".len());
            let figure = &rest[at..figure_end];
            rest = &rest[figure_end..];
            let id_start = "<figure class=\"chart\" id=\"chart-".len();
            let id = &figure[id_start..id_start + figure[id_start..].find('"').unwrap_or(0)];
            let text_of = |class: &str| {
                figure
                    .find(&format!("class=\"{class}\">"))
                    .map(|start| {
                        let inner = &figure[start + class.len() + 9..];
                        inner[..inner.find("</span>").unwrap_or(0)].to_string()
                    })
                    .unwrap_or_default()
            };
            let (title, description) = (text_of("chart-title"), text_of("chart-desc"));
            let svg = paths::chart(id);
            let png = paths::chart_png(id);
            images.push(svg.clone());
            let svg_link = self.file_link(&self.image_path(&svg));
            let png_link = self.file_link(&self.image_path(&png));
            out.push_str(&format!(
                "<p><img src=\"{png_link}\" alt=\"{title}\"></p>\n<p><em>{title}.</em> {description} <a href=\"{svg_link}\">SVG</a></p>\n"
            ));
            if let Some(table) = figure.find("<table") {
                let end = figure.rfind("</table>").map_or(figure.len(), |end| end + 8);
                // The caption repeats the chart's title, just above.
                let table = &figure[table..end];
                match (table.find("<caption"), table.find("</caption>")) {
                    (Some(start), Some(stop)) => {
                        out.push_str(&table[..start]);
                        out.push_str(&table[stop + "</caption>".len()..]);
                    }
                    _ => out.push_str(table),
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// Row headers (`<th>` in a `<tbody>`) as plain cells: a Markdown table
/// has one header row.
fn header_cells_in_bodies(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<tbody") {
        out.push_str(&rest[..at]);
        let end = rest[at..]
            .find("</tbody>")
            .map_or(rest.len(), |end| at + end);
        out.push_str(
            &rest[at..end]
                .replace("<th ", "<td ")
                .replace("<th>", "<td>")
                .replace("</th>", "</td>"),
        );
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// `html` without the opening tags that start with `start` (`<details`).
fn drop_tags(html: &str, start: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(start) {
        out.push_str(&rest[..at]);
        rest = rest[at..].find('>').map_or("", |end| &rest[at + end + 1..]);
    }
    out.push_str(rest);
    out
}

/// Where an image of the site goes in the export: charts get the client
/// and cycle in their name.
fn image_path(flavour: Flavour, prefix: &str, site_path: &str) -> String {
    let name = site_path.rsplit('/').next().unwrap_or(site_path);
    let images = match flavour {
        Flavour::Outline => format!("{prefix}/{}", flavour.images()),
        _ => flavour.images().to_string(),
    };
    if paths::in_charts(site_path) {
        format!("{images}/{prefix}-{name}")
    } else {
        format!("{images}/{}", site_path.replace('/', "-"))
    }
}

/// The image files: every chart's SVG and PNG twin, and the images of
/// the notes.
fn image_files(
    flavour: Flavour,
    prefix: &str,
    images: &BTreeSet<String>,
    file: &(dyn Fn(&str) -> Option<Vec<u8>> + Sync),
) -> Vec<OutputFile> {
    let fonts = fonts();
    images
        .par_iter()
        .flat_map_iter(|site_path| {
            let mut out = Vec::new();
            if let Some(bytes) = file(site_path) {
                let chart = paths::in_charts(site_path) && site_path.ends_with(".svg");
                if let Some(png) = chart.then(|| png_twin(&bytes, &fonts)).flatten() {
                    let png_path = site_path.replace(".svg", ".png");
                    out.push(OutputFile::new(
                        format!("{DIR}/{}", image_path(flavour, prefix, &png_path)),
                        png,
                    ));
                }
                out.push(OutputFile::new(
                    format!("{DIR}/{}", image_path(flavour, prefix, site_path)),
                    bytes,
                ));
            }
            out
        })
        .collect()
}

/// The font database of the PNG twins: DejaVu Sans alone, whatever the
/// machine has, so the same SVG gives the same PNG everywhere.
fn fonts() -> Arc<resvg::usvg::fontdb::Database> {
    let mut fonts = resvg::usvg::fontdb::Database::new();
    fonts.load_font_data(super::charts::FONT_DATA.to_vec());
    let family = "DejaVu Sans";
    fonts.set_sans_serif_family(family);
    fonts.set_serif_family(family);
    fonts.set_monospace_family(family);
    fonts.set_cursive_family(family);
    fonts.set_fantasy_family(family);
    Arc::new(fonts)
}

/// A chart's PNG twin, at twice its size for sharp text.
fn png_twin(svg: &[u8], fonts: &Arc<resvg::usvg::fontdb::Database>) -> Option<Vec<u8>> {
    let options = resvg::usvg::Options {
        font_family: "DejaVu Sans".to_string(),
        fontdb: Arc::clone(fonts),
        ..resvg::usvg::Options::default()
    };
    let tree = resvg::usvg::Tree::from_data(svg, &options).ok()?;
    let scale = 2.0;
    let size = tree.size().to_int_size().scale_by(scale)?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().ok()
}

/// The wiki's own files: the sidebar of GitHub and GitLab, the `.order`
/// files of Azure DevOps. GitLab reads `_sidebar` only at the wiki's top,
/// which is the wiki's own: in a folder the export has none.
fn wiki_files(
    flavour: Flavour,
    folder: &str,
    pages: &[(&str, &str)],
    paths: &BTreeMap<&str, String>,
    titles: &BTreeMap<&str, String>,
) -> Vec<OutputFile> {
    let ordered: Vec<&String> = pages.iter().map(|(path, _)| &paths[path]).collect();
    match flavour {
        Flavour::Gitlab if !folder.is_empty() => Vec::new(),
        Flavour::Github | Flavour::Gitlab => {
            let name = if flavour == Flavour::Github {
                "_Sidebar.md"
            } else {
                "_sidebar.md"
            };
            let mut sidebar = String::new();
            for md in &ordered {
                // Sub-pages (rule pages, notes) are reached from their list page.
                if md.matches('/').count() > 0 && flavour == Flavour::Gitlab {
                    continue;
                }
                let title = titles.get(md.as_str()).cloned().unwrap_or_default();
                let link = md.strip_suffix(".md").unwrap_or(md);
                sidebar.push_str(&format!("- [{}]({link})\n", escape_link_text(&title)));
            }
            vec![OutputFile::new(format!("{DIR}/{name}"), sidebar)]
        }
        Flavour::Azure => {
            let mut orders: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for md in &ordered {
                let (dir, name) = md.rsplit_once('/').unwrap_or(("", md));
                let name = name.strip_suffix(".md").unwrap_or(name).to_string();
                orders.entry(dir.to_string()).or_default().push(name);
            }
            orders
                .into_iter()
                .map(|(dir, names)| {
                    let path = if dir.is_empty() {
                        format!("{DIR}/.order")
                    } else {
                        format!("{DIR}/{dir}/.order")
                    };
                    OutputFile::new(path, names.join("\n") + "\n")
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

fn escape_link_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('[', "\\[")
        .replace(']', "\\]")
}
