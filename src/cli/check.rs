//! `legday check`: SQLite's integrity check of the database and the backups beside it.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;

fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MiB", b as f64 / f64::from(1 << 20)),
        b if b >= 1 << 10 => format!("{:.0} KiB", b as f64 / 1024.0),
        b => format!("{b} bytes"),
    }
}

pub fn check(path: &Path, out: &mut dyn Write) -> Result<()> {
    let c = crate::store::check::check(path)?;
    let mut text = String::new();
    if c.ok {
        text.push_str(&format!(
            "{}: ok (SQLite's integrity check found nothing wrong; schema version {}, {} sessions, {})\n",
            path.display(),
            c.version.unwrap_or_default(),
            c.sessions.map_or("no".to_string(), |n| n.to_string()),
            size(c.bytes),
        ));
        if c.cleared_mark {
            text.push_str(
                "it was marked damaged before; the mark was removed, legday writes to it again\n",
            );
        }
    } else {
        text.push_str(&format!("{}: NOT OK\n", path.display()));
        for f in c.findings.iter().take(20) {
            text.push_str(&format!("  {f}\n"));
        }
        if c.findings.len() > 20 {
            text.push_str(&format!("  … and {} more\n", c.findings.len() - 20));
        }
    }
    if c.backups.is_empty() {
        text.push_str("no backups beside it\n");
    } else {
        text.push_str("backups beside it (oldest first):\n");
        for (b, n) in &c.backups {
            text.push_str(&format!("  {} ({})\n", b.display(), size(*n)));
        }
    }
    if let Some(r) = &c.restore {
        text.push_str(&format!("{r}\n"));
    }
    out.write_all(text.as_bytes())
        .map_err(|e| Error::io("stdout", e))?;
    if c.ok {
        Ok(())
    } else {
        Err(Error::CheckFailed {
            path: path.to_path_buf(),
        })
    }
}
