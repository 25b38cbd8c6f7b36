//! Text the user reads that is not a key map or a form label, in one place for review.

pub const WELCOME: &[&str] = &[
    "Welcome to legday",
    "",
    "Runs and lifts in one weekly volume per muscle group, balance alerts,",
    "and a nudge when it is time to rest. Nothing is logged yet.",
    "",
    "Units, body weight, level, max heart rate, run and lift days (the",
    "first start's questions): press s (settings) to set them.",
    "",
    "Log your first run: press 2, type the distance (5km), Tab,",
    "the time (30:00), Enter. Or from the shell:",
    "    legday run --distance 5km --duration 30:00",
    "A strength session: press 3, or",
    "    legday lift \"back squat 3x5@80kg\"",
    "",
    "Just looking? Quit (q) and start  legday --demo  for eight weeks",
    "of sample training. Press ? for every key.",
];

pub const NO_ALERTS: &str = "No alerts: the week looks balanced.";

pub const BARS_LEGEND: &str = " ▒ run █ lift │ band edges · sets/wk · ↻ recovering ";
/// The bars' legend where the long one does not fit.
pub const BARS_LEGEND_SHORT: &str = " ▒run █lift │bands ↻recovering sets/wk ";

pub const CONFIRM_QUIT: &str = "A form holds unsaved input. Quit anyway?  y / n";

pub const RUN_HELP: &str =
    "Type the distance, Tab, the duration, Enter. Everything else has a default.";

/// Why ACWR has no value yet (§6: 27 days since the start in force), on the dashboard and the
/// Progress tab alike.
pub const ACWR_NEEDS: &str = "needs 4 weeks";

/// The status line when a Strength save finds a set that looks like a typo (the set and the
/// bound are shown under the form's fields).
pub const LIFT_TYPO: &str = "a set looks like a typo, see the form; Ctrl-S again saves it";

/// The Run preview while the form holds no run it would save (nothing is computed from input
/// it would refuse).
pub const RUN_PREVIEW_EMPTY: &str =
    "pace, load and volume appear here once distance and duration are in and no field is marked";

/// The Strength form's help line; `{w}` is the user's weight unit.
pub fn strength_help(w: &str) -> String {
    format!(
        "Pick an exercise (type, Enter); Enter takes its last sets, or type 3x8@60{w}; \
         Ctrl-S saves."
    )
}

pub const CONFIRM_DISCARD: &str =
    "The form holds unsaved changes. Discard them?  y / n (n keeps editing)";

/// Dashboard `i`: each load figure in two lines at most (load is RPE × minutes, in AU).
pub const LOAD_HELP: &[(&str, &str)] = &[
    (
        "ACWR",
        "your last 7 days' load over your usual 28 (weighted averages). 0.8-1.3 is \
         the usual range; above 1.5 is a sudden jump.",
    ),
    (
        "Fitness · fatigue · form",
        "your 42-day and 7-day loads; form is yesterday's fitness - \
         fatigue (below 0 while building, above 0 when fresh).",
    ),
    (
        "Monotony · strain",
        "monotony is the week's mean daily load over its spread: above 2, every \
         day looks alike. Strain is the week's load × monotony.",
    ),
    (
        "AU",
        "load units: RPE × minutes (30 min at RPE 4 = 120 AU).",
    ),
];
pub const PROGRESS_EMPTY: &str = "Nothing logged yet.\n\nOnce there is data, this tab \
charts months of training: weekly volume per muscle group against its bands (runs and lifts \
apart), distance per week, load with fitness, fatigue and form, and ACWR against its 0.8-1.3 \
band. Below them: your records (estimated 1RM per exercise with its trend and PRs, best 5K, 10K, \
half and marathon times with predictions from your best race, longest run, biggest week) and \
your shoes with their mileage.\n\n2 logs a run, 3 a lift; History (4) then i imports files.";
