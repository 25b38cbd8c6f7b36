//! Shared fixtures for the UI tests: a fixed day, hand-built reports, rendering to text.
#![allow(dead_code)]

use chrono::NaiveDate;
use legday::domain::*;
use legday::tui::app::App;
use legday::tui::data::Data;
use legday::tui::theme::Theme;
use legday::tui::ui;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

pub fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

fn muscle(m: Muscle, strength: f64, run: f64, status: Band) -> MuscleReport {
    MuscleReport {
        muscle: m,
        sets: strength + run,
        strength_sets: strength,
        run_sets: run,
        status,
        recovering_until: None,
    }
}

/// A report with a rest prompt and three alerts of each severity.
pub fn busy_report(day: NaiveDate) -> Report {
    Report {
        date: day,
        window: Window {
            from: day - chrono::Duration::days(6),
            to: day,
        },
        level: Level::Intermediate,
        muscles: vec![
            muscle(Muscle::Quads, 7.0, 3.4, Band::Grow),
            muscle(Muscle::Glutes, 5.5, 1.7, Band::Maintain),
            muscle(Muscle::Hamstrings, 0.0, 1.3, Band::Low),
            muscle(Muscle::Calves, 6.0, 3.1, Band::Maintain),
            muscle(Muscle::Tibialis, 0.0, 0.6, Band::Low),
            muscle(Muscle::HipFlexors, 0.0, 1.0, Band::Low),
            muscle(Muscle::Arms, 0.0, 0.2, Band::None),
        ],
        alerts: vec![
            Alert {
                rule: Rule::CalfTibialis,
                severity: Severity::Warning,
                muscles: vec![Muscle::Calves, Muscle::Tibialis],
                message: "Calves 9 sets, tibialis 0: balance your lower legs".into(),
                suggestion: "tibialis raises 2×20, twice a week".into(),
                run_date: None,
            },
            Alert {
                rule: Rule::RunSpike,
                severity: Severity::Caution,
                muscles: vec![],
                message: "Sat's 16 km is 45% over your longest run in 30 days".into(),
                suggestion: "keep the next long run near 12 km".into(),
                run_date: Some(day - chrono::Duration::days(2)),
            },
            Alert {
                rule: Rule::Untouched,
                severity: Severity::Info,
                muscles: vec![Muscle::Arms],
                message: "Arms untouched this week".into(),
                suggestion: "push-ups, rows".into(),
                run_date: None,
            },
        ],
        rest: Rest {
            prompt: Some(RestPrompt::RestToday),
            hard_streak: 3,
            run_streak: 2,
            message: Some(
                "3 hard days in a row (Fri-Sun): make today a rest day or an easy walk.".into(),
            ),
        },
        load: LoadFigures {
            week: 1234.0,
            acute: 150.2,
            chronic: 130.9,
            acwr: Some(1.15),
            fitness: 121.3,
            fatigue: 158.6,
            form: -31.9,
            monotony: Some(1.4),
            strain: Some(1727.6),
        },
        totals: Totals {
            runs: 4,
            run_km: 38.2,
            run_minutes: 211.0,
            strength_sessions: 2,
            sets: 31,
        },
    }
}

/// A quiet report: no prompt, no alerts.
pub fn quiet_report(day: NaiveDate) -> Report {
    let mut r = busy_report(day);
    r.alerts.clear();
    r.rest = Rest {
        prompt: None,
        hard_streak: 0,
        run_streak: 0,
        message: None,
    };
    r
}

/// A few stored-looking sessions (ids set), newest on `day`.
pub fn sessions(day: NaiveDate) -> Vec<Session> {
    let mut out = Vec::new();
    for i in 0..6i64 {
        let date = day - chrono::Duration::days(i * 2);
        let mut s = if i % 2 == 0 {
            Session::new_run(
                date,
                Run::new(RunKind::Easy, 5000.0 + 1000.0 * i as f64, 1800.0),
            )
        } else {
            Session::new_strength(
                date,
                Strength {
                    minutes: Some(45.0),
                    sets: vec![SetEntry::new("back squat", 5, Some(80.0)); 3],
                },
            )
        };
        s.id = 10 - i;
        out.push(s);
    }
    out
}

pub fn data_with(report: Report, sessions: Vec<Session>) -> Data {
    Data::from_sessions(
        Settings::default(),
        Catalog::builtin(),
        report,
        sessions,
        day(),
    )
}

/// An app at `day()` with hand-built data loaded.
pub fn app_with(report: Report, sessions: Vec<Session>) -> App {
    let mut app = App::new(day(), Theme::colored());
    app.data = Some(data_with(report, sessions));
    app
}

pub fn render(app: &App, w: u16, h: u16) -> Buffer {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    ui::render(app, area, &mut buf);
    buf
}

/// The buffer as lines of text (every glyph legday draws is one column wide).
pub fn text(buf: &Buffer) -> String {
    let a = buf.area;
    let mut out = String::new();
    for y in 0..a.height {
        for x in 0..a.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Where `needle` first appears: (x, y) in cells (ASCII-safe for the rows searched).
pub fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let a = buf.area;
    for y in 0..a.height {
        let row: Vec<String> = (0..a.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        let joined: String = row.concat();
        if let Some(byte) = joined.find(needle) {
            // map the byte offset back to a cell index
            let mut acc = 0;
            for (x, s) in row.iter().enumerate() {
                if acc == byte {
                    return Some((x as u16, y));
                }
                acc += s.len();
            }
        }
    }
    None
}

/// An import summary by hand: one file imported (2 new, 1 unchanged, a ride skipped inside it),
/// one skipped, one failed, and an exercise name the catalog does not know.
pub fn import_summary() -> legday::import::ImportSummary {
    use legday::import::{FileOutcome, Format, ImportSummary, Outcome, Unmatched};
    use legday::store::ImportCounts;
    let counts = ImportCounts {
        added: 2,
        updated: 0,
        unchanged: 1,
    };
    let hack = Unmatched {
        name: "Hack Squat (Machine)".into(),
        sets: 2,
        suggestions: vec!["back squat".into(), "leg press".into()],
    };
    ImportSummary {
        files: vec![
            FileOutcome {
                path: "/home/ann/exports/strong.csv".into(),
                format: Some(Format::StrongCsv),
                outcome: Outcome::Imported {
                    counts: counts.clone(),
                    skipped: vec!["1 cardio entry that is not a run".into()],
                    merged: 0,
                },
                unmatched: vec![hack.clone()],
            },
            FileOutcome {
                path: "/home/ann/exports/ride.tcx".into(),
                format: Some(Format::Tcx),
                outcome: Outcome::Skipped("a bike ride (Biking), not a run".into()),
                unmatched: Vec::new(),
            },
            FileOutcome {
                path: "/home/ann/exports/a-very-long-folder-name/half.fit".into(),
                format: None,
                outcome: Outcome::Failed(
                    "FIT: corrupt or truncated FIT file (the FIT decoder stopped)".into(),
                ),
                unmatched: Vec::new(),
            },
        ],
        totals: counts,
        unmatched: vec![hack],
        ..ImportSummary::default()
    }
}

/// A lifter at Tue 1 Dec 2026 for whom the coach suggests a strength session of 5 exercises
/// and 15 sets (back squat 3×5 @ 105 kg, romanian deadlift 3×8 @ 72.5 kg, tibialis raise 3×20,
/// hip flexor march 3×15, standing calf raise 3×15 @ 42.5 kg): one lift five days before
/// (RIR 6 sets count no volume but give sets and weights), a run the day before, and no run
/// days, so the week holds lifts only (§8.3). At `path`, or in memory.
pub fn lifter_store(path: Option<&std::path::Path>) -> legday::store::Store {
    use legday::store::Store;
    let mut s = match path {
        Some(p) => Store::open(p).unwrap(),
        None => Store::open_in_memory().unwrap(),
    };
    let mut sets = Vec::new();
    let mut add = |e: &str, n: usize, reps: u32, kg: Option<f64>, rir: Option<u8>| {
        for _ in 0..n {
            let mut x = SetEntry::new(e, reps, kg);
            x.rir = rir;
            sets.push(x);
        }
    };
    add("romanian deadlift", 3, 8, Some(70.0), None);
    add("back squat", 3, 5, Some(100.0), None);
    add("standing calf raise", 3, 15, Some(40.0), Some(6));
    add("tibialis raise", 3, 20, None, Some(6));
    add("hip flexor march", 3, 15, None, Some(6));
    let lift = Session::new_strength(
        d(2026, 11, 26),
        Strength {
            minutes: None,
            sets,
        },
    );
    s.insert(&lift).unwrap();
    let run = Session::new_run(d(2026, 11, 30), Run::new(RunKind::Easy, 5000.0, 1800.0));
    s.insert(&run).unwrap();
    s.set_setting("run_days", "0").unwrap();
    s
}
