//! The shape of the code, checked on the source: no module of `src/` imports one that imports
//! it back, directly or around a loop (`docs/architecture.md`: the layers and the TUI's
//! direction). An edge is a path to another module in a `use`, or a `crate::`/`super::` path in
//! the code; comments and `#[cfg(test)] mod tests` are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// `src/tui/tabs/run.rs` → `tui::tabs::run`; `lib.rs` and `main.rs` → `crate`.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    match parts.as_slice() {
        [one] if one == "lib" || one == "main" => "crate".into(),
        _ => parts.join("::"),
    }
}

/// The code without comments and without its unit tests.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .map(|l| match l.find("//") {
            // a `//` inside a string (a URL) is rare in this code: cut there all the same
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paths a `use` tree names: `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree.trim_end_matches("::").to_string()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    let mut out = vec![prefix.trim_end_matches("::").to_string()];
    for p in parts.into_iter().filter(|p| !p.is_empty()) {
        for x in expand(p) {
            let x = x.split(" as ").next().unwrap_or("").to_string();
            if x == "self" {
                continue;
            }
            out.push(format!("{prefix}{x}"));
        }
    }
    out
}

/// Every path to a module of the crate the code names, absolute (`a::b::c`), from module `m`.
fn paths(m: &str, code: &str) -> Vec<String> {
    let parent = m.rsplit_once("::").map_or("", |(p, _)| p);
    let absolute = |p: &str| -> Option<String> {
        if let Some(rest) = p.strip_prefix("crate::") {
            return Some(rest.to_string());
        }
        p.strip_prefix("super::").map(|rest| {
            if parent.is_empty() {
                rest.to_string()
            } else {
                format!("{parent}::{rest}")
            }
        })
    };
    let mut out = Vec::new();
    // `use` statements, their trees expanded
    let mut rest = code;
    while let Some(i) = rest.find("use ") {
        let after = &rest[i + 4..];
        let end = after.find(';').unwrap_or(after.len());
        let stmt = &after[..end];
        if stmt.starts_with("crate::") || stmt.starts_with("super::") {
            out.extend(expand(stmt).iter().filter_map(|p| absolute(p)));
        }
        rest = &after[end.min(after.len())..];
    }
    // paths in the code
    for prefix in ["crate::", "super::"] {
        let mut rest = code;
        while let Some(i) = rest.find(prefix) {
            let start = &rest[i..];
            let len = start
                .char_indices()
                .find(|&(_, c)| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(start.len(), |(j, _)| j);
            if let Some(p) = absolute(start[..len].trim_end_matches(':')) {
                out.push(p);
            }
            rest = &start[len.max(1)..];
        }
    }
    out
}

/// The longest prefix of `path` that is a module.
fn resolve<'a>(path: &str, modules: &'a BTreeSet<String>) -> Option<&'a String> {
    let mut parts: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    while !parts.is_empty() {
        if let Some(m) = modules.get(&parts.join("::")) {
            return Some(m);
        }
        parts.pop();
    }
    None
}

/// The import graph of `src/`: module → the modules it names.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(&src, f)).collect();
    let mut edges = BTreeMap::new();
    for f in &files {
        let m = module_of(&src, f);
        let text = code(&std::fs::read_to_string(f).unwrap());
        let to: BTreeSet<String> = paths(&m, &text)
            .iter()
            .filter_map(|p| resolve(p, &modules))
            .filter(|t| **t != m)
            .cloned()
            .collect();
        edges.insert(m, to);
    }
    edges
}

/// The loops of a graph: its strongly connected components of more than one module.
fn loops(g: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Kosaraju: an order by finishing time, then the reversed graph in that order
    fn visit<'a>(
        n: &'a str,
        g: &'a BTreeMap<String, BTreeSet<String>>,
        seen: &mut BTreeSet<&'a str>,
        order: &mut Vec<&'a str>,
    ) {
        if !seen.insert(n) {
            return;
        }
        for t in g.get(n).into_iter().flatten() {
            visit(t, g, seen, order);
        }
        order.push(n);
    }
    let (mut seen, mut order) = (BTreeSet::new(), Vec::new());
    for n in g.keys() {
        visit(n, g, &mut seen, &mut order);
    }
    let mut back: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (a, ts) in g {
        for t in ts {
            back.entry(t.clone()).or_default().insert(a.clone());
        }
    }
    let (mut seen, mut out) = (BTreeSet::new(), Vec::new());
    for n in order.into_iter().rev() {
        let mut comp = Vec::new();
        visit(n, &back, &mut seen, &mut comp);
        if comp.len() > 1 {
            comp.sort();
            out.push(comp.into_iter().map(String::from).collect());
        }
    }
    out
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let g = graph();
    // not vacuous: the graph is the crate's, with its layers' edges
    assert!(g.len() > 100, "{} modules", g.len());
    assert!(
        g["tui::app"].contains("tui::tabs::dashboard"),
        "{:?}",
        g["tui::app"]
    );
    assert!(g["store::rows"].iter().any(|t| t.starts_with("domain")));
    let found = loops(&g);
    assert!(found.is_empty(), "import loops: {found:#?}");
}

#[test]
fn the_loop_finder_finds_a_loop() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (a, b) in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")] {
        g.entry(a.into()).or_default().insert(b.into());
        g.entry(b.into()).or_default();
    }
    assert_eq!(loops(&g), vec![vec!["a", "b", "c"]]);
    assert_eq!(
        expand("crate::tui::{action::{Action, StoreEvent}, tab::Tab, ctx}"),
        [
            "crate::tui",
            "crate::tui::action",
            "crate::tui::action::Action",
            "crate::tui::action::StoreEvent",
            "crate::tui::tab::Tab",
            "crate::tui::ctx"
        ]
    );
}
