//! Text the user reads that is not a key map or a form label, in one place for review.

pub const WELCOME: &[&str] = &[
    "Welcome to legday",
    "",
    "Runs and lifts in one weekly volume per muscle group, balance alerts,",
    "and a nudge when it is time to rest. Nothing is logged yet.",
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

pub const BARS_LEGEND: &str = "▒ run  █ lift  │ maintain, grow, high  ↻ recovering";

pub const CONFIRM_QUIT: &str = "A form holds unsaved input. Quit anyway?  y / n";

pub const RUN_HELP: &str =
    "Type the distance, Tab, the duration, Enter. Everything else has a default.";

pub const STRENGTH_HELP: &str =
    "Type an exercise, Enter to pick; sets like 3x8@60kg, Enter to add; Ctrl-S saves.";

pub const PROGRESS_EMPTY: &str = "Nothing logged yet.\n\nOnce there is data, this tab \
charts months of training: weekly volume per muscle group against its bands (runs and lifts \
apart), distance per week, load with fitness, fatigue and form, and ACWR against its 0.8-1.3 \
band. Below them: your records (estimated 1RM per exercise with its trend and PRs, best 5K, 10K, \
half and marathon times with predictions from your best race, longest run, biggest week) and \
your shoes with their mileage.\n\n2 logs a run, 3 a lift; History (4) then i imports files.";
