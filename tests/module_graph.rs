//! The module graph of the library, read from src/: no import cycle between
//! sibling modules at any depth, and no edge against the pipeline
//! (load -> model -> score/rules -> report -> render).
//!
//! Every `use` tree, path, macro body and doc link naming `crate::`,
//! `super::`, `self::` or a child module counts, test code included.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use syn::visit::Visit;

/// The top-level modules each top-level module may use, with why: every
/// edge points up the pipeline (load -> model -> score/rules -> report ->
/// render, the drivers on top). `crate` is lib.rs itself (the audit and
/// diff drivers). An edge between top-level modules not listed fails.
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "i18n",
        "diagnostics",
        "a broken project catalogue is a diagnostic",
    ),
    (
        "i18n",
        "numbers",
        "numbers are written rounded as scores are",
    ),
    ("model", "i18n", "the model carries the report language"),
    ("load", "model", "load builds the model"),
    (
        "load",
        "i18n",
        "load reads project catalogues into the language",
    ),
    (
        "load",
        "diagnostics",
        "load reports user errors at the line",
    ),
    ("score", "model", "scores are computed from the model"),
    ("score", "numbers", "scores are rounded for the report"),
    ("changes", "model", "changes compare recorded cycles"),
    ("changes", "score", "deltas are rounded as scores are"),
    ("rules", "model", "rules read the model"),
    ("rules", "score", "rules read the scores"),
    (
        "rules",
        "changes",
        "cycle rules read what changed since the last cycle",
    ),
    ("rules", "i18n", "rules return catalogue messages"),
    ("report", "model", "the report is built from the model"),
    ("report", "score", "the report carries the scores"),
    ("report", "rules", "the report runs the rules"),
    ("report", "changes", "the report carries what changed"),
    ("report", "i18n", "the report words every message once"),
    ("render", "report", "renderers read the report"),
    ("render", "model", "renderers read the model"),
    ("render", "score", "renderers show the scores"),
    ("render", "rules", "renderers show the rule book"),
    ("render", "changes", "renderers show what changed"),
    ("render", "i18n", "renderers speak the report language"),
    (
        "render",
        "load",
        "renderers take the theme and sources load read",
    ),
    (
        "render",
        "diagnostics",
        "template and write errors are diagnostics",
    ),
    ("crate", "load", "the audit driver loads the project"),
    ("crate", "model", "the diff driver returns recorded cycles"),
    ("crate", "score", "the audit driver scores the project"),
    ("crate", "rules", "the audit driver tells load the rule ids"),
    ("crate", "report", "the audit driver builds the report"),
    ("crate", "changes", "the diff driver compares two cycles"),
    (
        "crate",
        "diagnostics",
        "the diff driver names unknown cycles",
    ),
    ("crate", "build", "lib.rs exports the build driver"),
    ("build", "crate", "the build driver starts from the audit"),
    ("build", "load", "the build driver reads the project"),
    ("build", "render", "the build driver renders and writes"),
    ("build", "diagnostics", "the build driver reports errors"),
    ("serve", "crate", "serve rebuilds through the drivers"),
    ("serve", "build", "serve rebuilds through the build driver"),
    ("serve", "load", "serve watches the files load reads"),
    ("serve", "diagnostics", "serve shows build errors"),
    ("publish", "crate", "publish audits the project"),
    ("publish", "build", "publish builds what it commits"),
    ("publish", "render", "publish commits the wiki export"),
    (
        "publish",
        "model",
        "publish reads the site's publish settings",
    ),
    ("publish", "diagnostics", "publish reports git errors"),
    ("init", "model", "init writes a project of a stage model"),
    ("init", "load", "init writes the files load reads"),
];

#[test]
fn the_library_has_no_cycle_and_no_edge_against_the_pipeline() {
    let graph = Graph::of_sources(&library_sources());
    assert!(
        graph.edges.len() > 50,
        "the scan found the library's edges: {}",
        graph.edges.len()
    );
    let mut problems = graph.cycles();
    problems.extend(graph.layering_violations(ALLOWED));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_allowed_edge_is_used_so_the_table_stays_true() {
    let graph = Graph::of_sources(&library_sources());
    let used = graph.top_level_edges();
    let unused: Vec<String> = ALLOWED
        .iter()
        .filter(|(from, to, _)| !used.contains_key(&(from.to_string(), to.to_string())))
        .map(|(from, to, _)| format!("{from} -> {to}"))
        .collect();
    assert!(unused.is_empty(), "allowed but unused: {unused:?}");
}

#[test]
fn the_checker_finds_a_cycle_between_siblings_at_any_depth() {
    let sources = [
        ("", "pub mod a; pub mod b; pub mod c;"),
        ("a", "pub mod x; pub mod y; pub mod z;"),
        ("a::x", "use super::y::Thing; fn f() {}"),
        (
            "a::y",
            "pub struct Thing; #[cfg(test)] mod tests { use super::super::z::f; }",
        ),
        (
            "a::z",
            "pub fn f() { let _ = format!(\"{}\", crate::a::x::N); }",
        ),
        ("b", "/// See [`crate::a::x`]. \npub fn g() {}"),
        ("c", "#[serde(with = \"crate::b::g\")] pub struct S;"),
    ];
    let sources: Vec<(String, String)> = sources
        .iter()
        .map(|(m, s)| (m.to_string(), s.to_string()))
        .collect();
    let graph = Graph::of_sources(&sources);
    let cycles = graph.cycles();
    assert_eq!(cycles.len(), 1, "{cycles:?}");
    assert!(
        cycles[0].contains("a::{x, y, z}"),
        "the whole strongly-connected group is named: {}",
        cycles[0]
    );
    assert!(graph.edges.contains_key(&("b".into(), "a::x".into())));
    assert!(graph.edges.contains_key(&("c".into(), "b".into())));

    let acyclic: Vec<(String, String)> = sources.into_iter().filter(|(m, _)| m != "a::z").collect();
    assert!(Graph::of_sources(&acyclic).cycles().is_empty());
}

#[test]
fn the_checker_finds_an_edge_against_the_pipeline() {
    let sources = [
        ("", "pub mod load; pub mod model; pub mod render;"),
        ("load", "use crate::{model::Project, render};"),
        ("model", "pub struct Project;"),
        ("render", "use crate::model::Project;"),
    ];
    let sources: Vec<(String, String)> = sources
        .iter()
        .map(|(m, s)| (m.to_string(), s.to_string()))
        .collect();
    let violations = Graph::of_sources(&sources).layering_violations(ALLOWED);
    assert_eq!(violations.len(), 1, "{violations:?}");
    assert!(violations[0].contains("load -> render"), "{violations:?}");
}

/// Every library source file (main.rs is the binary and is left out) with
/// its module path: `src/a/b.rs` and `src/a/b/mod.rs` are `a::b`.
fn library_sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut sources = Vec::new();
    for entry in walkdir::WalkDir::new(&src).sort_by_file_name() {
        let entry = entry.expect("read src/");
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") || path == src.join("main.rs") {
            continue;
        }
        let relative = path.strip_prefix(&src).expect("under src/");
        let mut parts: Vec<String> = relative
            .with_extension("")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
            parts.pop();
        }
        let text = std::fs::read_to_string(path).expect("read a source file");
        sources.push((parts.join("::"), text));
    }
    sources
}

/// Modules (`a::b`, the crate root is ``) and the edges between them, each
/// with one place that makes it.
struct Graph {
    edges: BTreeMap<(String, String), String>,
}

impl Graph {
    fn of_sources(sources: &[(String, String)]) -> Graph {
        let modules: BTreeSet<String> = sources.iter().map(|(m, _)| m.clone()).collect();
        let mut edges = BTreeMap::new();
        for (module, text) in sources {
            let file = syn::parse_file(text)
                .unwrap_or_else(|error| panic!("parse module `{module}`: {error}"));
            let scope: Vec<String> = split(module);
            let mut collector = Collector {
                modules: &modules,
                scope: scope.clone(),
                paths: Vec::new(),
            };
            collector.visit_file(&file);
            for (target, written) in collector.paths {
                let target = target.join("::");
                if target != *module {
                    edges.entry((module.clone(), target)).or_insert(written);
                }
            }
        }
        Graph { edges }
    }

    /// Each group of sibling modules that use each other in a circle.
    fn cycles(&self) -> Vec<String> {
        let mut siblings: BTreeMap<String, BTreeSet<(String, String)>> = BTreeMap::new();
        for (from, to) in self.edges.keys() {
            let (from, to) = (split(from), split(to));
            let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
            if common < from.len() && common < to.len() {
                siblings
                    .entry(from[..common].join("::"))
                    .or_default()
                    .insert((from[common].clone(), to[common].clone()));
            }
        }
        let mut cycles = Vec::new();
        for (parent, edges) in &siblings {
            for group in strongly_connected(edges) {
                let prefix = if parent.is_empty() {
                    String::new()
                } else {
                    format!("{parent}::")
                };
                let child = |m: &str| {
                    m.strip_prefix(&prefix)
                        .and_then(|rest| rest.split("::").next())
                        .filter(|c| group.contains(*c))
                        .map(str::to_owned)
                };
                let mut witnesses = BTreeMap::new();
                for ((from, to), written) in &self.edges {
                    if let (Some(a), Some(b)) = (child(from), child(to))
                        && a != b
                    {
                        witnesses
                            .entry((a, b))
                            .or_insert_with(|| format!("    {from} -> {to} ({written})"));
                    }
                }
                let witnesses: Vec<String> = witnesses.into_values().collect();
                cycles.push(format!(
                    "cycle between {prefix}{{{}}}:\n{}",
                    group.iter().cloned().collect::<Vec<_>>().join(", "),
                    witnesses.join("\n")
                ));
            }
        }
        cycles
    }

    /// Edges between top-level modules, with one place that makes each.
    fn top_level_edges(&self) -> BTreeMap<(String, String), String> {
        let top = |m: &str| match m.split("::").next() {
            Some("") | None => "crate".to_owned(),
            Some(first) => first.to_owned(),
        };
        let mut edges = BTreeMap::new();
        for ((from, to), written) in &self.edges {
            let (from, to) = (top(from), top(to));
            if from != to {
                edges.entry((from, to)).or_insert_with(|| written.clone());
            }
        }
        edges
    }

    fn layering_violations(&self, allowed: &[(&str, &str, &str)]) -> Vec<String> {
        self.top_level_edges()
            .into_iter()
            .filter(|((from, to), _)| !allowed.iter().any(|(f, t, _)| f == from && t == to))
            .map(|((from, to), written)| {
                format!("{from} -> {to} is not in the allowed layering ({written})")
            })
            .collect()
    }
}

fn split(module: &str) -> Vec<String> {
    if module.is_empty() {
        Vec::new()
    } else {
        module.split("::").map(str::to_owned).collect()
    }
}

/// Tarjan's algorithm: the groups of more than one node in which every
/// node reaches every other.
fn strongly_connected(edges: &BTreeSet<(String, String)>) -> Vec<BTreeSet<String>> {
    struct State<'a> {
        edges: &'a BTreeSet<(String, String)>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        groups: Vec<BTreeSet<String>>,
    }
    fn visit<'a>(state: &mut State<'a>, node: &'a str) {
        let index = state.index.len();
        state.index.insert(node, index);
        state.low.insert(node, index);
        state.stack.push(node);
        state.on_stack.insert(node);
        let edges = state.edges;
        for (_, next) in edges.iter().filter(|(from, _)| from == node) {
            let next = next.as_str();
            if !state.index.contains_key(next) {
                visit(state, next);
                let low = state.low[node].min(state.low[next]);
                state.low.insert(node, low);
            } else if state.on_stack.contains(next) {
                let low = state.low[node].min(state.index[next]);
                state.low.insert(node, low);
            }
        }
        if state.low[node] == state.index[node] {
            let mut group = BTreeSet::new();
            while let Some(member) = state.stack.pop() {
                state.on_stack.remove(member);
                group.insert(member.to_owned());
                if member == node {
                    break;
                }
            }
            if group.len() > 1 {
                state.groups.push(group);
            }
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        groups: Vec::new(),
    };
    let nodes: BTreeSet<&str> = edges
        .iter()
        .flat_map(|(a, b)| [a.as_str(), b.as_str()])
        .collect();
    for node in nodes {
        if !state.index.contains_key(node) {
            visit(&mut state, node);
        }
    }
    state.groups
}

/// Collects the module each path of one file names, resolved against the
/// scope it is written in (inline `mod tests` included).
struct Collector<'a> {
    modules: &'a BTreeSet<String>,
    scope: Vec<String>,
    paths: Vec<(Vec<String>, String)>,
}

impl Collector<'_> {
    /// Records `segments` if it names a module of the library: the
    /// longest known module the resolved path starts with.
    fn record(&mut self, segments: &[String]) {
        let Some(first) = segments.first() else {
            return;
        };
        let mut base = self.scope.clone();
        let mut rest = segments;
        match first.as_str() {
            "crate" => {
                base.clear();
                rest = &segments[1..];
            }
            "self" => rest = &segments[1..],
            "super" => {
                while rest.first().is_some_and(|s| s == "super") {
                    base.pop();
                    rest = &rest[1..];
                }
            }
            child => {
                let mut nested = self.file_scope();
                nested.push(child.to_owned());
                if !self.modules.contains(&nested.join("::")) {
                    return;
                }
                base = self.file_scope();
            }
        }
        let absolute: Vec<String> = base.into_iter().chain(rest.iter().cloned()).collect();
        let mut target = absolute.clone();
        while !self.modules.contains(&target.join("::")) {
            target.pop();
        }
        self.paths.push((target, segments.join("::")));
    }

    /// The module of the file itself: the scope without inline modules.
    fn file_scope(&self) -> Vec<String> {
        let mut scope = self.scope.clone();
        while !self.modules.contains(&scope.join("::")) {
            scope.pop();
        }
        scope
    }

    /// Paths written as text (macro bodies, doc links): every
    /// `crate::a::b` or `super::a`, spaces around `::` allowed.
    fn scan_text(&mut self, text: &str, roots: &[&str]) {
        let is_ident = |c: char| c.is_alphanumeric() || c == '_';
        for (start, _) in text.char_indices() {
            let at_word_start = !text[..start].ends_with(is_ident);
            let Some(root) = roots
                .iter()
                .find(|r| at_word_start && text[start..].starts_with(**r))
            else {
                continue;
            };
            let mut segments = vec![root.to_string()];
            let mut rest = &text[start + root.len()..];
            while let Some(after) = rest.trim_start().strip_prefix("::") {
                let after = after.trim_start();
                let length = after.find(|c: char| !is_ident(c)).unwrap_or(after.len());
                if length == 0 {
                    break;
                }
                segments.push(after[..length].to_owned());
                rest = &after[length..];
            }
            if segments.len() > 1 {
                self.record(&segments);
            }
        }
    }
}

impl<'ast> Visit<'ast> for Collector<'_> {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        for attribute in &item.attrs {
            self.visit_attribute(attribute);
        }
        if let Some((_, items)) = &item.content {
            self.scope.push(item.ident.to_string());
            for item in items {
                self.visit_item(item);
            }
            self.scope.pop();
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        fn flatten(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
            match tree {
                syn::UseTree::Path(path) => {
                    prefix.push(path.ident.to_string());
                    flatten(&path.tree, prefix, out);
                    prefix.pop();
                }
                syn::UseTree::Name(name) => {
                    let mut path = prefix.clone();
                    if name.ident != "self" {
                        path.push(name.ident.to_string());
                    }
                    out.push(path);
                }
                syn::UseTree::Rename(rename) => {
                    let mut path = prefix.clone();
                    path.push(rename.ident.to_string());
                    out.push(path);
                }
                syn::UseTree::Glob(_) => out.push(prefix.clone()),
                syn::UseTree::Group(group) => {
                    for tree in &group.items {
                        flatten(tree, prefix, out);
                    }
                }
            }
        }
        let mut paths = Vec::new();
        flatten(&item.tree, &mut Vec::new(), &mut paths);
        for path in paths {
            self.record(&path);
        }
        for attribute in &item.attrs {
            self.visit_attribute(attribute);
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments.len() > 1 {
            self.record(&segments);
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.visit_path(&mac.path);
        self.scan_text(&mac.tokens.to_string(), &["crate", "super", "self"]);
    }

    fn visit_attribute(&mut self, attribute: &'ast syn::Attribute) {
        if let syn::Meta::NameValue(meta) = &attribute.meta
            && meta.path.is_ident("doc")
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(doc),
                ..
            }) = &meta.value
        {
            self.scan_text(&doc.value(), &["crate"]);
        } else if let syn::Meta::List(list) = &attribute.meta {
            // Paths in strings too: `#[schemars(with = "super::schema::Date")]`.
            self.scan_text(&list.tokens.to_string(), &["crate", "super", "self"]);
        }
        syn::visit::visit_attribute(self, attribute);
    }
}
