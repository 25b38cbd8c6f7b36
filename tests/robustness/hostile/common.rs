//! Running the real binary against hostile files: helpers shared by the `hostile` tests.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const TODAY: &str = "2026-11-23";
/// Put in every malformed file; must never reach the terminal.
pub const SECRET: &str = "SECRET-7f3a91-do-not-print";
/// Peak resident memory allowed for one hostile import or refused open.
pub const MAX_RSS_KB: u64 = 100 * 1024;

/// How to run the binary so that file permissions bite: directly, or (as root) through
/// `setpriv` as `nobody`.
#[derive(Clone, Debug)]
pub struct Runner {
    prefix: Vec<String>,
    /// The uid to hand test directories to (only when running as someone else).
    pub chown_to: Option<u32>,
}

impl Runner {
    /// Runs as the current user, whoever it is.
    pub fn plain() -> Runner {
        Runner {
            prefix: Vec::new(),
            chown_to: None,
        }
    }

    /// A runner for which a mode-000 file is unreadable. Fails the test (naming it) when there
    /// is none: running as root without `setpriv` (CI installs it, see `.ci/run`).
    pub fn unprivileged(note: &str) -> Runner {
        let dir = tempfile::tempdir().unwrap();
        let probe = dir.path().join("probe");
        fs::write(&probe, "x").unwrap();
        fs::set_permissions(&probe, fs::Permissions::from_mode(0o000)).unwrap();
        if fs::read(&probe).is_err() {
            return Runner::plain();
        }
        // Running as root: permissions do not bite for us, so drop to nobody for the child.
        let ok = Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "true"])
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            ok,
            "{note}: running as root, so this test needs `setpriv` (util-linux) to drop to \
             nobody; install it (`.ci/run` does) and run the tests again"
        );
        Runner {
            prefix: [
                "setpriv",
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
            ]
            .map(String::from)
            .to_vec(),
            chown_to: Some(65534),
        }
    }

    /// A temporary directory the child may write to.
    pub fn tempdir(&self) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        if let Some(uid) = self.chown_to {
            std::os::unix::fs::chown(dir.path(), Some(uid), Some(uid)).unwrap();
        }
        dir
    }

    fn command(&self, wrap: &[String], db: &Path, args: &[&str]) -> Command {
        let mut argv: Vec<String> = wrap.to_vec();
        argv.extend(self.prefix.iter().cloned());
        argv.push(env!("CARGO_BIN_EXE_legday").to_string());
        let mut c = Command::new(&argv[0]);
        c.args(&argv[1..])
            .arg("--db")
            .arg(db)
            .args(args)
            .env("LEGDAY_TODAY", TODAY)
            .env("NO_COLOR", "1")
            .env_remove("LEGDAY_DB");
        c
    }

    pub fn run(&self, db: &Path, args: &[&str]) -> Output {
        self.command(&[], db, args).output().unwrap()
    }

    /// Runs under `/usr/bin/time -v` and returns the output with the peak RSS in KiB. Fails the
    /// test, saying so, when `/usr/bin/time` is missing (CI installs it, see `.ci/run`): a
    /// memory bound that is not measured is not checked.
    pub fn run_measured(&self, db: &Path, args: &[&str]) -> (Output, u64) {
        assert!(
            Path::new("/usr/bin/time").exists(),
            "this test measures peak memory with `/usr/bin/time -v`, which is not installed; \
             install it (GNU time: the `time` package; `.ci/run` does) and run the tests again"
        );
        let stats = tempfile::NamedTempFile::new().unwrap();
        let wrap = ["/usr/bin/time", "-v", "-o"].map(String::from).to_vec();
        let mut wrap = wrap;
        wrap.push(stats.path().display().to_string());
        let out = self.command(&wrap, db, args).output().unwrap();
        let text = fs::read_to_string(stats.path()).unwrap();
        let kb = text
            .lines()
            .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))
            .map(|v| v.trim().parse().unwrap());
        let kb = kb.unwrap_or_else(|| {
            panic!("`/usr/bin/time -v` gave no \"Maximum resident set size\" line:\n{text}")
        });
        (out, kb)
    }

    /// `history --json`, which must succeed.
    pub fn history(&self, db: &Path) -> Vec<u8> {
        let out = self.run(db, &["history", "--json"]);
        assert!(out.status.success(), "{}", text(&out));
        out.stdout
    }

    /// A database with a run and a lift logged through the CLI.
    pub fn seeded_db(&self, dir: &Path) -> PathBuf {
        let db = dir.join("legday.sqlite3");
        for args in [
            &[
                "run",
                "--distance",
                "8km",
                "--duration",
                "45:00",
                "--rpe",
                "4",
            ][..],
            &["lift", "back squat 3x5@80kg", "--rpe", "8"][..],
        ] {
            let out = self.run(&db, args);
            assert!(out.status.success(), "{args:?}: {}", text(&out));
        }
        db
    }
}

/// stdout and stderr together, for assertion messages and secret checks.
pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The names in `dir`, sorted.
pub fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

pub fn mode(p: &Path) -> u32 {
    fs::metadata(p).unwrap().permissions().mode() & 0o777
}

pub fn set_mode(p: &Path, m: u32) {
    fs::set_permissions(p, fs::Permissions::from_mode(m)).unwrap();
}

pub fn assert_rss(what: &str, kb: u64) {
    eprintln!("peak RSS {what}: {kb} KiB");
    assert!(kb < MAX_RSS_KB, "{what}: peak RSS {kb} KiB");
}
