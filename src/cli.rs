//! The scriptable command line: one file per command group, all sharing the library core.

mod args;
mod catalog;
mod check;
mod explain;
mod history;
pub mod json;
mod log;
pub mod man;
mod race;
mod records;
mod settings;
pub mod show;
mod template;
mod today;
mod week;

pub use args::Cli;

use crate::error::{Error, Result};
use crate::store::Store;
use args::Command;
use chrono::NaiveDate;
use clap::{CommandFactory, Parser};
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Parses `args` and runs the command. `--help` and `--version` print and return `Ok`.
pub fn main<I, T>(args: I) -> Result<()>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    match parse(args)? {
        Some(cli) => run(cli, crate::clock::today()?, &mut std::io::stdout().lock()),
        None => Ok(()),
    }
}

/// The parsed arguments, or `None` when clap printed help or the version.
fn parse<I, T>(args: I) -> Result<Option<Cli>>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    match Cli::try_parse_from(args) {
        Ok(c) => Ok(Some(c)),
        Err(e) if !e.use_stderr() => {
            // --help, --version
            e.print().map_err(|e| Error::io("stdout", e))?;
            Ok(None)
        }
        Err(e) => {
            // A usage error: one line, exit 2, like every other bad input.
            let text = e.render().to_string();
            let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
            let first = lines.next().unwrap_or("bad arguments");
            let mut first = first.trim_start_matches("error: ").to_string();
            // "the following required arguments were not provided:" names them on the next line
            if first.ends_with(':')
                && let Some(next) = lines.next()
            {
                first = format!("{first} {next}");
            }
            Err(Error::input(
                "arguments",
                format!("{first} (see legday --help)"),
            ))
        }
    }
}

/// The database `--db` names, or the default one.
fn open(db: Option<&Path>) -> Result<Store> {
    match db {
        Some(p) => Store::open(p),
        None => Store::open(&Store::default_path()?),
    }
}

/// Runs one parsed command; a store error is said in the words of its fault (disk full,
/// locked, damaged), naming the database.
fn run(cli: Cli, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let path = match &cli.db {
        Some(p) => Some(p.clone()),
        None => Store::default_path().ok(),
    };
    run_command(cli, today, out).map_err(|e| match &path {
        Some(p) => crate::store::faults::explain(e, p),
        None => e,
    })
}

fn run_command(cli: Cli, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let db = cli.db.as_deref();
    match cli.command {
        None if cli.demo => crate::tui::run_demo(today),
        None => crate::tui::run(open(db)?, today),
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "legday", &mut script);
            emit(out, &String::from_utf8_lossy(&script))
        }
        Some(Command::Man { command, out: dir }) => man::man(&command, dir.as_deref(), out),
        Some(Command::Run(a)) => log::run(&mut open(db)?, &a, today, out),
        Some(Command::Lift(a)) => log::lift(&mut open(db)?, &a, today, out),
        Some(Command::Template { command }) => template::template(&mut open(db)?, &command, out),
        Some(Command::Race { command }) => race::race(&mut open(db)?, &command, today, out),
        Some(Command::Week {
            date,
            json,
            explain: Some(group),
        }) => explain::explain(&open(db)?, &group, date.as_deref(), json, today, out),
        Some(Command::Week { date, json, .. }) => {
            week::week(&open(db)?, date.as_deref(), json, today, out)
        }
        Some(Command::Today { date, json }) => {
            today::today(&open(db)?, date.as_deref(), json, today, out)
        }
        Some(Command::Plan { date, days, json }) => {
            today::plan(&open(db)?, date.as_deref(), days, json, today, out)
        }
        Some(Command::Records { json }) => records::records(&open(db)?, json, today, out),
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
            history::history(&open(db)?, &q, today, out)
        }
        Some(Command::Show { id, json }) => show::show(&open(db)?, &id, json, out),
        Some(Command::Delete { id }) => history::delete(&mut open(db)?, &id, out),
        Some(Command::Exercises(a)) => catalog::exercises(&mut open(db)?, &a, out),
        Some(Command::Settings { key, value }) => {
            settings::settings(&mut open(db)?, key.as_deref(), value.as_deref(), today, out)
        }
        Some(Command::Import { files, as_run }) => import(&mut open(db)?, &files, as_run, out),
        Some(Command::Export { format, out: path }) => {
            export(&open(db)?, format, path.as_deref(), out)
        }
        Some(Command::Check) => match db {
            Some(p) => check::check(p, out),
            None => check::check(&Store::default_path()?, out),
        },
    }
}

/// `legday import FILE...`: each file its own transaction; fails when any file failed.
fn import(store: &mut Store, files: &[PathBuf], as_run: bool, out: &mut dyn Write) -> Result<()> {
    // a path that is not there is a typo: refuse the whole command before reading anything
    if let Some(missing) = files.iter().find(|f| std::fs::symlink_metadata(f).is_err()) {
        return Err(Error::input(
            missing.display().to_string(),
            "no such file or folder (give files or folders to import)",
        ));
    }
    let progress = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let opts = crate::import::Options {
        as_run,
        ..Default::default()
    };
    let summary = crate::import::import_paths_with(store, files, progress, &opts);
    if summary.files.is_empty() {
        let named: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
        return Err(Error::input(
            named.join(", "),
            crate::import::formats::NOTHING_FOUND,
        ));
    }
    write!(out, "{summary}").map_err(|e| Error::io("stdout", e))?;
    if summary.failed() > 0 {
        return Err(Error::ImportFailed {
            failed: summary.failed(),
        });
    }
    // runs stored before moving time was kept, now timed by it: said in the summary of a
    // re-import of one run, else in a line
    let mut retimed = store.take_retimed();
    let one_run = match store.take_imported()[..] {
        [id] if store.get(id)?.is_some_and(|s| s.is_run()) => Some(id),
        _ => None,
    };
    let was = match (one_run, &retimed[..]) {
        (Some(id), [(r, was)]) if *r == id => Some(*was),
        _ => None,
    };
    if was.is_some() {
        retimed.clear();
    }
    if let Some(line) = crate::text::summary::retimed_line(&store.retimed_now(&retimed)) {
        writeln!(out, "{line}").map_err(|e| Error::io("stdout", e))?;
    }
    // one run imported: its summary, as after `legday run`
    if let Some(id) = one_run {
        let text = show::summary_text(store, id, true, was)?;
        write!(out, "\n{text}").map_err(|e| Error::io("stdout", e))?;
    }
    Ok(())
}

/// `legday export`: to stdout, or to a file that appears complete or not at all.
fn export(
    store: &Store,
    format: args::ExportFormat,
    path: Option<&Path>,
    out: &mut dyn Write,
) -> Result<()> {
    let write = |w: &mut dyn Write| match format {
        args::ExportFormat::Json => crate::export::export_json(store, w),
        args::ExportFormat::Csv => crate::export::export_csv(store, w),
    };
    let Some(p) = path else {
        let mut text = Vec::new();
        write(&mut text)?;
        return emit(out, &String::from_utf8_lossy(&text));
    };
    let dir = p
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.is_dir() {
        return Err(Error::input(
            "out",
            format!(
                "{}: the folder {} does not exist; use a path in an existing folder",
                p.display(),
                dir.display()
            ),
        ));
    }
    // Written into an unnamed file and named once complete: an export killed mid-write leaves
    // no partial file behind, the old export (if any) stays until the new one replaces it.
    crate::store::atomic::write_file(p, true, |f| {
        let mut w = std::io::BufWriter::new(f);
        write(&mut w)?;
        w.flush()
            .map_err(|e| Error::io(format!("{}", p.display()), e))
    })
}

/// Writes to stdout, turning a closed pipe into a quiet success.
fn emit(out: &mut dyn Write, text: &str) -> Result<()> {
    match out.write_all(text.as_bytes()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io("stdout", e)),
    }
}

/// Writes `value` as pretty JSON and a newline; `what` names it in the error if it cannot be.
fn emit_json(out: &mut dyn Write, value: &impl serde::Serialize, what: &'static str) -> Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(Error::json(what))?;
    emit(out, &format!("{text}\n"))
}
