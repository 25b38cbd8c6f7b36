//! `legday man`: pages generated from the command definitions with `clap_mangen`, and the copies
//! shipped in `assets/man/` equal to them (regenerate with `legday man --out assets/man`).

use crate::common::*;
use std::path::Path;

fn db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.sqlite3");
    (dir, db)
}

#[test]
fn the_shipped_man_pages_equal_the_generated_ones() {
    let pages = legday::cli::man::pages().unwrap();
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/man");
    for (name, text) in &pages {
        let file = std::fs::read_to_string(shipped.join(name)).unwrap_or_default();
        assert!(
            file == *text,
            "assets/man/{name} is not what the commands generate: run `legday man --out assets/man`"
        );
    }
    let files = std::fs::read_dir(&shipped).unwrap().count();
    assert_eq!(files, pages.len(), "a page in assets/man/ for no command");
}

#[test]
fn legday_man_prints_the_page_of_legday_or_of_a_command() {
    let (_d, db) = db();
    let main = ok(&db, &["man"]);
    assert!(main.starts_with(".ie"), "{main}");
    assert!(main.contains(".TH legday 1"), "{main}");
    // every command is listed
    for c in ["run", "lift", "week", "today", "import", "man"] {
        assert!(main.contains(&format!("legday\\-{c}(1)")), "{c}: {main}");
    }
    let lift = ok(&db, &["man", "lift"]);
    assert!(lift.contains(".TH legday-lift 1"), "{lift}");
    assert!(lift.contains("\\fB\\-\\-force\\fR"), "{lift}");
    let save = ok(&db, &["man", "template", "save"]);
    assert!(save.contains(".TH legday-template-save 1"), "{save}");
}

#[test]
fn an_unknown_command_is_refused_naming_the_known_ones_and_out_writes_every_page() {
    let (dir, db) = db();
    let out = legday(&db).args(["man", "lfit"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("COMMAND: \"lfit\" is not a command"), "{err}");
    assert!(err.contains("lift"), "{err}");
    let man = dir.path().join("man1");
    std::fs::create_dir(&man).unwrap();
    let said = ok(&db, &["man", "--out", man.to_str().unwrap()]);
    let n = legday::cli::man::pages().unwrap().len();
    assert_eq!(
        said.trim(),
        format!("{n} pages written to {}", man.display())
    );
    assert_eq!(std::fs::read_dir(&man).unwrap().count(), n);
    assert_eq!(
        std::fs::read_to_string(man.join("legday-run.1")).unwrap(),
        ok(&db, &["man", "run"])
    );
}
