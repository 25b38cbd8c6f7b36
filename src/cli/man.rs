//! `legday man`: the manual pages, generated with `clap_mangen` from the command definitions
//! (`args.rs`), so they never drift from `--help`: `legday.1` and one page per command
//! (`legday-run.1`, `legday-template-save.1`...). The same pages are shipped in `assets/man/`
//! (a test holds them equal to these).

use super::args::Cli;
use super::emit;
use crate::error::{Error, Result};
use clap::CommandFactory;
use std::io::Write;
use std::path::Path;

/// Every page as (file name, roff text): `legday.1` first, then each command's, depth first.
pub fn pages() -> Result<Vec<(String, String)>> {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    collect(cmd, &mut out)?;
    Ok(out)
}

fn collect(cmd: clap::Command, out: &mut Vec<(String, String)>) -> Result<()> {
    let subs: Vec<clap::Command> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .cloned()
        .collect();
    let man = clap_mangen::Man::new(cmd)
        .source(concat!("legday ", env!("CARGO_PKG_VERSION")))
        .manual("legday manual");
    let mut text = Vec::new();
    man.render(&mut text)
        .map_err(|e| Error::io("rendering a man page", e))?;
    out.push((
        man.get_filename(),
        String::from_utf8_lossy(&text).into_owned(),
    ));
    for s in subs {
        collect(s, out)?;
    }
    Ok(())
}

/// `legday man [COMMAND...]`: the page of legday or of a command (`run`, `template save`)
/// printed; with `--out DIR`, every page written into DIR (to install them, for `man -M`).
pub fn man(command: &[String], dir: Option<&Path>, out: &mut dyn Write) -> Result<()> {
    let pages = pages()?;
    if let Some(dir) = dir {
        for (name, text) in &pages {
            let path = dir.join(name);
            std::fs::write(&path, text)
                .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
        }
        return emit(
            out,
            &format!("{} pages written to {}\n", pages.len(), dir.display()),
        );
    }
    let name = std::iter::once("legday")
        .chain(command.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("-");
    match pages
        .iter()
        .find(|(f, _)| f.strip_suffix(".1") == Some(name.as_str()))
    {
        Some((_, text)) => emit(out, text),
        None => {
            let known: Vec<&str> = pages
                .iter()
                .skip(1)
                .filter_map(|(f, _)| f.strip_prefix("legday-")?.strip_suffix(".1"))
                .collect();
            Err(Error::input(
                "COMMAND",
                format!(
                    "\"{}\" is not a command; use one of: {}",
                    command.join(" "),
                    known.join(", ").replace('-', " ")
                ),
            ))
        }
    }
}
