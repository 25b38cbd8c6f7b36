//! The command line contract documented in the README's command-line section. Values are taken
//! as text and parsed by [`crate::parse`], so every bad value is reported with its field name and
//! exit code 2.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "legday",
    version,
    about = "A terminal workout logger for people who run and lift",
    long_about = "A terminal workout logger for people who run and lift.\n\n\
        With no command, opens the terminal UI. Dates are YYYY-MM-DD, today, yesterday, -2 (days ago), sat or last sat; \
        durations MM:SS, H:MM:SS, 45m or 1h05m; distances 5.2km, 3.1mi, 800m (a bare number \
        is in your units)."
)]
pub struct Cli {
    /// The database file (default: legday.sqlite3 in the platform data directory)
    #[arg(long, global = true, env = "LEGDAY_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Open the UI on a temporary database filled with eight weeks of realistic training
    #[arg(long)]
    pub demo: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log a run
    Run(RunArgs),
    #[command(about = concat!(
        "Log a strength session: each SET is \"",
        crate::parse::set_shape!(),
        "\""
    ))]
    Lift(LiftArgs),
    /// Named strength sessions to repeat: save, list, delete (log one with lift --template)
    Template {
        #[command(subcommand)]
        command: TemplateCommand,
    },
    /// Races ahead: add, list, delete (the coach tapers for them)
    Race {
        #[command(subcommand)]
        command: RaceCommand,
    },
    /// The last seven days: muscle volume, alerts, rest prompt, load, totals
    Week {
        /// The day to look at (default today)
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        date: Option<String>,
        /// Print JSON (the documented shape)
        #[arg(long)]
        json: bool,
        /// Where one group's volume came from, session by session (quads, glutes, hamstrings,
        /// calves, tibialis, hip_flexors, arms)
        #[arg(long, value_name = "GROUP")]
        explain: Option<String>,
    },
    /// What to do next: rest, recover, a strength session with exercises, or a run, and why
    Today {
        /// The day to look at (default today)
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        date: Option<String>,
        /// Print JSON (the documented shape)
        #[arg(long)]
        json: bool,
    },
    /// The days ahead as the coach plans them, one line a day (nothing is stored)
    Plan {
        /// The day to start from (default today)
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        date: Option<String>,
        /// How many days (1-28)
        #[arg(long, value_name = "N", default_value_t = 7)]
        days: usize,
        /// Print JSON (a list of `today` objects, one per day)
        #[arg(long)]
        json: bool,
    },
    /// Records: estimated one-rep maxes and PRs, best run times, predictions, shoes
    Records {
        /// Print JSON (the documented shape)
        #[arg(long)]
        json: bool,
    },
    /// Sessions, newest first
    History {
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        from: Option<String>,
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        to: Option<String>,
        /// Only this kind: run, strength, or a run kind (easy, long...)
        #[arg(long, value_name = "KIND")]
        kind: Option<String>,
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        #[arg(long)]
        csv: bool,
    },
    /// One session's summary: a run's splits, heart-rate zones, best efforts and PRs, or a
    /// strength session's sets and PRs; its load, volume by group and the next day's suggestion
    Show {
        #[arg(value_name = "ID")]
        id: String,
        /// Print JSON (the documented shape)
        #[arg(long)]
        json: bool,
    },
    /// Delete a session by id
    Delete {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// The exercise catalog with its muscle mappings
    Exercises(ExercisesArgs),
    /// Show or change settings: level, body_kg, units, week_start and the model's settings
    Settings {
        key: Option<String>,
        #[arg(allow_hyphen_values = true)]
        value: Option<String>,
    },
    #[command(about = crate::import::formats::IMPORT_HELP)]
    Import {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Import walks and hikes as runs (typed so, or slower than 12:00 /km grade-adjusted)
        #[arg(long)]
        as_run: bool,
    },
    /// Export everything as JSON (imports back losslessly) or CSV (for spreadsheets)
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Check the database: SQLite's integrity check, the backups beside it, what was found
    /// (exit 0 when whole, 1 when not); writes nothing into the file
    Check,
    /// Print the manual page (of legday, or of a command: legday man lift), generated from
    /// these definitions; --out DIR writes every page there
    Man {
        /// A command, as typed after legday (run, template save)
        #[arg(value_name = "COMMAND")]
        command: Vec<String>,
        /// Write every page (legday.1, legday-run.1...) into this folder instead
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Print shell completions
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// 5.2km, 3.1mi, 800m; a bare number is in your units
    #[arg(short, long, allow_hyphen_values = true)]
    pub distance: String,
    /// MM:SS, H:MM:SS, 45m or 1h05m
    #[arg(short = 't', long, allow_hyphen_values = true)]
    pub duration: String,
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// Start time, HH:MM
    #[arg(long, value_name = "HH:MM")]
    pub time: Option<String>,
    #[arg(short, long, help = crate::parse::RUN_KINDS)]
    pub kind: Option<String>,
    /// Perceived effort 1-10 (steps of 0.5); default from the kind
    #[arg(long, allow_hyphen_values = true)]
    pub rpe: Option<String>,
    /// Elevation gain: 120m, 400ft
    #[arg(long, allow_hyphen_values = true)]
    pub elevation: Option<String>,
    /// Weighted vest: 5kg, 10lb
    #[arg(long, allow_hyphen_values = true)]
    pub vest: Option<String>,
    /// Average heart rate, bpm (30-250, decimals kept: 145.5); gives the RPE when none is logged
    /// and a maximum is known
    #[arg(long, allow_hyphen_values = true)]
    pub hr: Option<String>,
    /// Maximum heart rate of the run, bpm (30-250)
    #[arg(long, allow_hyphen_values = true)]
    pub max_hr: Option<String>,
    #[arg(long)]
    pub shoes: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
    /// Print the stored session as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LiftArgs {
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
    #[arg(long, value_name = "HH:MM")]
    pub time: Option<String>,
    /// Session length: 45 or 45m (default 2.5 min per set)
    #[arg(long, allow_hyphen_values = true)]
    pub minutes: Option<String>,
    /// Perceived effort of the whole session, 1-10 (default 6)
    #[arg(long, allow_hyphen_values = true)]
    pub rpe: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
    /// Print the stored session as JSON
    #[arg(long)]
    pub json: bool,
    /// Repeat the sets of an earlier session: last (the newest strength session) or its ID
    #[arg(long, value_name = "last|ID", conflicts_with = "template")]
    pub like: Option<String>,
    /// Log the sets of a saved template (legday template list)
    #[arg(long, value_name = "NAME")]
    pub template: Option<String>,
    /// Log a set whose e1RM is more than twice the exercise's best, or above any lift on record
    /// (refused without it as a likely typo)
    #[arg(long)]
    pub force: bool,
    /// "back squat 3x8@60kg", "tibialis raise 2x20", "RDL 3x8@70kg rir2", "squat 1x5@40kg warmup"
    /// (added after the sets of --like or --template)
    #[arg(required_unless_present_any = ["like", "template"], value_name = "SET")]
    pub sets: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum TemplateCommand {
    /// Save the sets of a strength session under a name (replacing a template of that name)
    Save {
        name: String,
        /// The session to take the sets from: last (the newest strength session) or its ID
        #[arg(long, value_name = "last|ID", default_value = "last")]
        from: String,
    },
    /// The saved templates and their sets
    List {
        #[arg(long)]
        json: bool,
    },
    /// Delete a template by name
    Delete { name: String },
}

#[derive(Debug, Subcommand)]
pub enum RaceCommand {
    /// Add a race: DATE is today or later (YYYY-MM-DD, tomorrow, +30, sat, next sat); DISTANCE
    /// is 5k, 10k, half, marathon or a distance such as 30km (a bare number is in your unit)
    Add {
        #[arg(value_name = "DATE", allow_hyphen_values = true)]
        date: String,
        #[arg(value_name = "DISTANCE", allow_hyphen_values = true)]
        distance: String,
        #[arg(long)]
        name: Option<String>,
    },
    /// The races, upcoming then past
    List {
        #[arg(long)]
        json: bool,
    },
    /// Delete a race by id (legday race list shows the ids)
    Delete {
        #[arg(value_name = "ID", allow_hyphen_values = true)]
        id: String,
    },
}

#[derive(Debug, Args)]
pub struct ExercisesArgs {
    #[arg(long)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Option<ExercisesCommand>,
}

#[derive(Debug, Subcommand)]
pub enum ExercisesCommand {
    /// Add your own exercise with its muscle mapping (1 primary, 0.5 secondary, 0.25 minor)
    Add {
        name: String,
        #[arg(long, default_value = "0", allow_hyphen_values = true)]
        quads: String,
        #[arg(long, default_value = "0", allow_hyphen_values = true)]
        glutes: String,
        #[arg(long, default_value = "0", allow_hyphen_values = true)]
        hamstrings: String,
        #[arg(long, default_value = "0", allow_hyphen_values = true)]
        calves: String,
        #[arg(long, default_value = "0", allow_hyphen_values = true)]
        tibialis: String,
        #[arg(
            long = "hip-flexors",
            alias = "hip_flexors",
            default_value = "0",
            allow_hyphen_values = true
        )]
        hip_flexors: String,
        #[arg(long, default_value = "0", allow_hyphen_values = true)]
        arms: String,
    },
    /// Record that a name from another app means a catalog exercise (used by import)
    Map { from: String, to: String },
}
