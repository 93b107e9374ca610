//! The frame every page shares: its output path and template, the
//! `root` prefix for its depth, and the context made once for all pages
//! (language, strings `t`, site facts, navigation, data files).

use serde::Serialize;
use tera::Context;

use super::view::{LinkView, Shared};
use crate::render::paths::{self, SitePage};

/// One page to render.
pub struct Page {
    pub path: String,
    pub template: &'static str,
    pub context: Context,
}

#[derive(Serialize)]
struct NavItem {
    key: &'static str,
    label: String,
    href: String,
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    client: &'a str,
    cycle: &'a str,
    brand: BrandView<'a>,
}

/// The agency's mark from `[brand]`, for every page.
#[derive(Serialize)]
struct BrandView<'a> {
    agency: Option<&'a str>,
    /// The logo's path in the site, when it is published (under content/).
    logo: Option<&'a str>,
    /// A validated hex colour.
    accent: Option<&'a str>,
    footer: Option<&'a str>,
    credit: bool,
}

pub(super) fn page(path: String, template: &'static str, context: Context) -> Page {
    Page {
        path,
        template,
        context,
    }
}

/// The `root` prefix of a page: the base URL, or `../` per folder level.
fn root_for(path: &str, base_url: &str) -> String {
    if base_url.is_empty() {
        "../".repeat(path.matches('/').count())
    } else {
        base_url.to_string()
    }
}

/// The frame every page shares.
/// A page's context: the shared part, cloned cheaply (template values
/// share their data), and what is the page's own.
pub(super) fn frame(shared: &Shared, path: &str, section: &str, title: &str) -> Context {
    let mut context = shared.common.clone();
    context.insert("root", &root_for(path, &shared.project.site.base_url));
    context.insert("section", section);
    context.insert("page_title", title);
    context
}

/// What every page gets, made once: strings, navigation, site, scale note.
pub(super) fn common_context(shared: &Shared) -> Context {
    let site = &shared.project.site;
    let first_stage = shared
        .stages
        .first()
        .map_or(SitePage::Overview.href(), |stage| stage.href.clone());
    let nav = [
        ("overview", "nav_overview", SitePage::Overview.href()),
        ("stages", "nav_stages", first_stage),
        ("findings", "nav_findings", SitePage::Findings.href()),
        (
            "recommendations",
            "nav_recommendations",
            SitePage::Recommendations.href(),
        ),
        ("coverage", "nav_coverage", SitePage::Coverage.href()),
        ("personas", "nav_personas", SitePage::Personas.href()),
        ("research", "nav_research", SitePage::Research.href()),
        (
            "touchpoints",
            "nav_touchpoints",
            SitePage::Touchpoints.href(),
        ),
        ("rules", "nav_rules", SitePage::Rules.href()),
    ]
    .into_iter()
    .map(|(key, label, href)| NavItem {
        key,
        label: shared.language.text(label),
        href,
    })
    .collect::<Vec<_>>();
    let mut context = Context::new();
    context.insert("lang", shared.language.code());
    context.insert("t", &shared.t);
    context.insert(
        "site",
        &SiteView {
            title: &site.title,
            client: &site.client,
            cycle: &site.cycle,
            brand: BrandView {
                agency: site.brand.agency.as_deref(),
                logo: site
                    .brand
                    .logo
                    .as_deref()
                    .and_then(|logo| logo.strip_prefix("content/")),
                accent: site.brand.accent.as_deref(),
                footer: site.brand.footer.as_deref(),
                credit: site.brand.credit,
            },
        },
    );
    context.insert("nav", &nav);
    let data_files: Vec<LinkView> = std::iter::once(paths::REPORT_JSON.to_string())
        .chain(paths::CSV_FILES.iter().map(|file| paths::csv_file(file)))
        .map(|href| LinkView {
            label: href.rsplit('/').next().unwrap_or_default().to_string(),
            href,
        })
        .collect();
    context.insert("data_files", &data_files);
    context.insert("scale_note", &shared.scale_note);
    context
}
