//! Security habits checked on the source: no SQL is built by formatting strings.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Any `format!` whose text holds an SQL statement keyword is refused: SQL takes parameters.
#[test]
fn no_sql_built_with_format() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 10);
    let keywords = [
        "SELECT ",
        "INSERT ",
        "UPDATE ",
        "DELETE FROM",
        "CREATE ",
        "PRAGMA ",
        " WHERE ",
    ];
    let mut bad = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        // look at each format!( ... ) call up to its closing parenthesis on a later line
        for (i, _) in text.match_indices("format!(") {
            let call: String = text[i..].chars().take(300).collect();
            let end = call.find(");").unwrap_or(call.len());
            let call = &call[..end];
            if keywords.iter().any(|k| call.contains(k)) {
                bad.push(format!(
                    "{}: {}",
                    f.display(),
                    call.lines().next().unwrap_or("")
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "SQL built with format!:\n{}",
        bad.join("\n")
    );
}
