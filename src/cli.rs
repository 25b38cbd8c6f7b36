//! The scriptable command line: one file per command group, all sharing the library core.

mod args;
mod catalog;
mod history;
pub mod json;
mod log;
mod paint;
mod settings;
mod week;

pub use args::Cli;

use crate::error::{Error, Result};
use crate::store::Store;
use args::Command;
use chrono::NaiveDate;
use clap::{CommandFactory, Parser};
use std::ffi::OsString;
use std::io::Write;

/// The day the user means by "today": `LEGDAY_TODAY` (for tests and reproducible runs) or the
/// local date. The only place the binary reads the clock for the core.
pub fn today() -> Result<NaiveDate> {
    match std::env::var("LEGDAY_TODAY") {
        Ok(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
            Error::input(
                "LEGDAY_TODAY",
                format!("\"{s}\" is not a date; use YYYY-MM-DD"),
            )
        }),
        Err(_) => Ok(chrono::Local::now().date_naive()),
    }
}

/// Parses `args` and runs the command.
pub fn main<I, T>(args: I) -> Result<()>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            if !e.use_stderr() {
                // --help, --version
                e.print().ok();
                std::process::exit(0);
            }
            // A usage error: one line, exit 2, like every other bad input.
            let text = e.render().to_string();
            let first = text
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("bad arguments");
            let first = first.trim_start_matches("error: ");
            return Err(Error::input(
                "arguments",
                format!("{first} (see legday --help)"),
            ));
        }
    };
    let today = today()?;
    let open = |db: &Option<std::path::PathBuf>| -> Result<Store> {
        match db {
            Some(p) => Store::open(p),
            None => Store::open(&Store::default_path()?),
        }
    };
    let out = &mut std::io::stdout().lock();
    match cli.command {
        None if cli.demo => crate::tui::run_demo(today),
        None => crate::tui::run(open(&cli.db)?, today),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(shell, &mut Cli::command(), "legday", out);
            Ok(())
        }
        Some(Command::Run(a)) => log::run(&mut open(&cli.db)?, &a, today, out),
        Some(Command::Lift(a)) => log::lift(&mut open(&cli.db)?, &a, today, out),
        Some(Command::Week { date, json }) => {
            week::week(&open(&cli.db)?, date.as_deref(), json, today, out)
        }
        Some(Command::History {
            from,
            to,
            kind,
            json,
            csv,
        }) => {
            let q = history::Query {
                from: from.as_deref(),
                to: to.as_deref(),
                kind: kind.as_deref(),
                json,
                csv,
            };
            history::history(&open(&cli.db)?, &q, today, out)
        }
        Some(Command::Delete { id }) => history::delete(&mut open(&cli.db)?, &id, out),
        Some(Command::Exercises(a)) => catalog::exercises(&mut open(&cli.db)?, &a, out),
        Some(Command::Settings { key, value }) => {
            settings::settings(&mut open(&cli.db)?, key.as_deref(), value.as_deref(), out)
        }
        Some(Command::Import { files }) => {
            let mut store = open(&cli.db)?;
            let progress = std::io::IsTerminal::is_terminal(&std::io::stderr());
            let summary = crate::import::import_paths(&mut store, &files, progress);
            if summary.files.is_empty() {
                let named: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
                return Err(Error::input(
                    named.join(", "),
                    crate::import::formats::NOTHING_FOUND,
                ));
            }
            write!(out, "{summary}").map_err(|e| Error::io("stdout", e))?;
            if summary.failed() > 0 {
                return Err(Error::Other(format!(
                    "{} file(s) failed to import",
                    summary.failed()
                )));
            }
            Ok(())
        }
        Some(Command::Export { format, out: path }) => {
            let store = open(&cli.db)?;
            let write = |w: &mut dyn Write| match format {
                args::ExportFormat::Json => crate::export::export_json(&store, w),
                args::ExportFormat::Csv => crate::export::export_csv(&store, w),
            };
            match path {
                Some(p) => {
                    // Write beside the target and rename, so a failed export leaves no half file.
                    let dir = p
                        .parent()
                        .filter(|d| !d.as_os_str().is_empty())
                        .unwrap_or(std::path::Path::new("."));
                    let mut tmp = tempfile::NamedTempFile::new_in(dir)
                        .map_err(|e| Error::io(format!("{}", p.display()), e))?;
                    write(tmp.as_file_mut())?;
                    tmp.persist(&p)
                        .map_err(|e| Error::io(format!("{}", p.display()), e.error))?;
                    Ok(())
                }
                None => write(out),
            }
        }
    }
}

/// Writes to stdout, turning a closed pipe into a quiet success.
fn emit(out: &mut dyn Write, text: &str) -> Result<()> {
    match out.write_all(text.as_bytes()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io("stdout", e)),
    }
}
