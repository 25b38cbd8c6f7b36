//! The Progress tab on a store of demo data and on an empty one: snapshots at 80×24 and 140×45,
//! the range and group keys, paging on a small terminal, and the records it shows.

use crate::common::{day, render, text};
use legday::store::Store;
use legday::tui::Driver;
use legday::tui::action::Action;
use legday::tui::tab::Tab;
use legday::tui::theme::Theme;

fn driver(days: u32) -> Driver {
    let mut s = Store::open_in_memory().unwrap();
    if days > 0 {
        s.import(&legday::demo::generate(42, day(), days)).unwrap();
    }
    let mut d = Driver::new(s, day(), Theme::colored()).unwrap();
    d.dispatch(Action::GoTab(Tab::Progress));
    d
}

#[test]
fn demo_and_empty_snapshots_at_80x24_and_140x45() {
    for (name, days) in [("demo", 365), ("empty", 0)] {
        let d = driver(days);
        for (w, h) in [(80, 24), (140, 45)] {
            insta::assert_snapshot!(
                format!("progress_{name}_{w}x{h}"),
                text(&render(&d.app, w, h))
            );
        }
    }
}

use chrono::NaiveDate;
use legday::domain::progress::{Progress, e1rm};
use legday::domain::{Run, RunKind, Session, SetEntry, Strength};

fn on(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
}

fn lift(date: NaiveDate, id: i64, reps: u32, kg: f64) -> Session {
    let mut s = Session::new_strength(
        date,
        Strength {
            minutes: None,
            sets: vec![SetEntry::new("back squat", reps, Some(kg))],
        },
    );
    s.id = id;
    s
}

fn run(date: NaiveDate, id: i64, km: f64, secs: f64, shoes: &str) -> Session {
    let mut r = Run::new(RunKind::Easy, km * 1000.0, secs);
    r.shoes = Some(shoes.to_string());
    let mut s = Session::new_run(date, r);
    s.id = id;
    s
}

fn progress(sessions: &[Session]) -> Progress {
    let settings = legday::domain::Settings::default();
    let days = legday::domain::History::from_sessions(sessions.to_vec(), &settings).days;
    let catalog = legday::domain::Catalog::builtin();
    Progress::from_sessions(sessions, &days, &settings, &catalog, day())
}

#[test]
fn e1rm_is_epley_with_rir_within_1_to_12_reps_on_weighted_working_sets() {
    // §9: 100 × (1 + (5 + 2) / 30) = 123.33
    let mut s = SetEntry::new("back squat", 5, Some(100.0));
    s.rir = Some(2);
    assert!((e1rm(&s).unwrap() - 123.333_333).abs() < 1e-5);
    s.rir = Some(8); // 13 reps in reserve and done: too loose
    assert_eq!(e1rm(&s), None);
    s.rir = None;
    s.warmup = true;
    assert_eq!(e1rm(&s), None);
    assert_eq!(e1rm(&SetEntry::new("push-up", 10, None)), None);
}

#[test]
fn prs_are_strictly_above_every_earlier_set_and_the_first_is_not_one() {
    // §9: 5 × 100 (first: no PR), 5 × 100 again (a tie: no PR), 5 × 110 (PR: 128.33),
    // 3 × 110 (117.33: no PR)
    let p = progress(&[
        lift(on(2), 1, 5, 100.0),
        lift(on(9), 2, 5, 100.0),
        lift(on(16), 3, 5, 110.0),
        lift(on(20), 4, 3, 110.0),
    ]);
    let squat = p.lifts.iter().find(|l| l.exercise == "back squat").unwrap();
    assert_eq!(squat.prs.len(), 1, "{:?}", squat.prs);
    assert_eq!(squat.prs[0].0, on(16));
    assert!((squat.best - 128.333_333).abs() < 1e-5);
    assert_eq!(squat.best_date, on(16));
    let weeks = squat.weekly.iter().filter(|w| w.is_some()).count();
    // 7-day weeks ending on Mon 23 Nov: 2 Nov, 9 Nov, 16 Nov and 20 Nov fall in four of them
    assert_eq!(weeks, 4);
}

#[test]
fn best_5k_scales_whole_runs_within_5_percent_and_shoes_fold_case() {
    // §9: 5.1 km in 25:30 is 1530 × 5000 / 5100 = 1500 s; 5.3 km is over 5.25 km and 4.9 km
    // under 5 km, so neither counts however fast
    let p = progress(&[
        run(on(3), 1, 5.1, 1530.0, "Pegasus 41"),
        run(on(5), 2, 5.3, 1200.0, " pegasus 41 "),
        run(on(7), 3, 4.9, 1100.0, "Speedgoat"),
    ]);
    let best = p.records.runs.k5.clone().unwrap();
    assert!((best.seconds - 1500.0).abs() < 1e-9);
    assert_eq!(best.id, 1);
    assert_eq!(p.records.runs.longest.clone().unwrap().id, 2);
    let peg = p.records.shoes.iter().find(|s| s.runs == 2).unwrap();
    assert_eq!((peg.name.as_str(), peg.runs), ("Pegasus 41", 2));
    assert!((peg.km - 10.4).abs() < 1e-9);
    assert_eq!(p.records.predictions, None, "no race, no predictions");
}

#[test]
fn the_store_queries_agree_with_the_computation_in_memory() {
    let d = driver(3 * 365);
    let data = d.app.data.as_ref().unwrap();
    let shown = data.progress.get().expect("loaded on showing the tab");
    let all = d.store.list(&legday::store::Filter::default()).unwrap();
    let mem = Progress::from_sessions(&all, &data.days, &data.settings, &data.catalog, day());
    assert_eq!(shown.lifts, mem.lifts);
    assert_eq!(shown.lift, mem.lift);
    assert_eq!(shown.load, mem.load);
    let (a, b) = (&shown.records, &mem.records);
    assert_eq!(a.runs.bests(), b.runs.bests());
    assert_eq!(a.runs.longest, b.runs.longest);
    assert_eq!(a.predictions, b.predictions);
    assert_eq!(a.reps, b.reps);
    let week = |r: &legday::domain::records::RunRecords| r.biggest_week.as_ref().map(|w| w.from);
    assert_eq!(week(&a.runs), week(&b.runs));
    assert_eq!(a.shoes.len(), b.shoes.len());
    for (x, y) in a.shoes.iter().zip(&b.shoes) {
        assert_eq!(
            (&x.name, x.runs, x.first, x.last, x.worn),
            (&y.name, y.runs, y.first, y.last, y.worn)
        );
        assert!((x.km - y.km).abs() < 1e-6);
    }
    assert!(!shown.lifts.is_empty() && !a.shoes.is_empty() && a.runs.k5.is_some());
}

#[test]
fn range_group_and_paging_keys_change_what_the_tab_shows() {
    let mut d = driver(365);
    let before = text(&render(&d.app, 80, 24));
    assert!(
        before.contains("12 weeks") && before.contains("Quads"),
        "{before}"
    );
    d.dispatch(Action::Right);
    d.dispatch(Action::Down);
    let t = text(&render(&d.app, 80, 24));
    assert!(t.contains("26 weeks") && t.contains("Glutes"), "{t}");
    for _ in 0..5 {
        d.dispatch(Action::Right);
    }
    assert!(text(&render(&d.app, 80, 24)).contains("52 weeks"));
    d.dispatch(Action::End);
    let t = text(&render(&d.app, 80, 24));
    assert!(t.contains("Shoes") && t.contains("panels 7-7"), "{t}");
    d.dispatch(Action::Home);
    assert!(text(&render(&d.app, 80, 24)).contains("panels 1-2"));
}

fn fresh(sessions: &[Session]) -> Driver {
    let mut s = Store::open_in_memory().unwrap();
    for x in sessions {
        s.insert(x).unwrap();
    }
    Driver::new(s, day(), Theme::colored()).unwrap()
}

#[test]
fn saving_a_strength_pr_says_so_in_the_status_line_and_history_details() {
    // §9: 5 × 100 kg was the best (116.7); 5 × 110 kg is e1RM 110 × (1 + 5/30) = 128.3
    let mut earlier = lift(on(16), 0, 5, 100.0);
    earlier.id = 0;
    let mut d = fresh(&[earlier]);
    d.dispatch(Action::GoTab(Tab::Strength));
    for c in "back squat".chars() {
        d.dispatch(Action::Input(c));
    }
    d.dispatch(Action::Submit);
    for c in "1x5@110kg".chars() {
        d.dispatch(Action::Input(c));
    }
    d.dispatch(Action::Submit);
    d.dispatch(Action::Save);
    let status = d.app.status.clone().unwrap().text;
    assert!(status.starts_with("saved"), "{status}");
    assert!(
        status.contains("PR: back squat e1RM 128.3 kg (was 116.7 kg)"),
        "{status}"
    );
    d.dispatch(Action::GoTab(Tab::History));
    d.dispatch(Action::Back); // the status line goes: what shows is the details
    let t = text(&render(&d.app, 120, 40));
    assert!(
        t.contains("PR: back squat e1RM 128.3 kg (was 116.7 kg)"),
        "{t}"
    );
    // the earlier session, the first ever, set none
    d.dispatch(Action::Down);
    let t = text(&render(&d.app, 120, 40));
    assert!(!t.contains("PR:"), "{t}");
}

#[test]
fn history_details_of_a_race_show_pace_gap_vdot_and_predictions() {
    // §7: 5 km in 25:00 is 5:00 /km; Riegel 10K = 1500 × 2^1.06 = 3127.2 s = 52:07
    let mut r = Run::new(RunKind::Race, 5000.0, 1500.0);
    r.gap_s_per_km = Some(290.0);
    let mut s = Session::new_run(on(21), r);
    s.id = 0;
    let mut d = fresh(&[s]);
    d.dispatch(Action::GoTab(Tab::History));
    let t = text(&render(&d.app, 120, 40));
    assert!(t.contains("5:00 /km"), "{t}");
    assert!(t.contains("GAP 4:50 /km"), "{t}");
    assert!(t.contains("VDOT") && t.contains("10K 52:07"), "{t}");
}

#[test]
fn help_lists_every_tab_with_its_keys_from_the_registry() {
    let mut d = driver(0);
    d.dispatch(Action::ToggleHelp);
    // tall enough for the whole help (at 45 rows its last lines are one scroll away)
    let t = text(&render(&d.app, 120, 50));
    assert!(t.contains("1 2 3 4 5, F1-F5"), "{t}");
    assert!(
        t.contains("Dashboard, Run, Strength, History, Progress"),
        "{t}"
    );
    for (section, keys) in legday::tui::tabs::help() {
        assert!(t.contains(section), "{section}\n{t}");
        for (k, _) in keys {
            assert!(t.contains(&k), "{k}\n{t}");
        }
    }
}

#[test]
fn exercises_done_without_weight_show_their_most_reps() {
    // §9: an exercise with no weighted set has its record in reps
    let mut sessions = Vec::new();
    for (i, reps) in [20, 25, 22].into_iter().enumerate() {
        let mut s = Session::new_strength(
            on(10 + i as u32),
            Strength {
                minutes: None,
                sets: vec![SetEntry::new("push-up", reps, None)],
            },
        );
        s.id = 1 + i as i64;
        sessions.push(s);
    }
    sessions.push(lift(on(14), 9, 5, 100.0));
    let p = progress(&sessions);
    let names: Vec<(&str, Option<u32>)> = p
        .records
        .reps
        .iter()
        .map(|r| (r.exercise.as_str(), r.best_reps))
        .collect();
    assert_eq!(names, [("push-up", Some(25))], "back squat is weighted");
    let mut a = crate::common::app_with(crate::common::quiet_report(day()), sessions);
    a.update(Action::GoTab(Tab::Progress));
    let t = text(&render(&a, 140, 45));
    let row = t
        .lines()
        .find(|l| l.contains("push-up"))
        .unwrap_or_else(|| panic!("{t}"));
    assert!(row.contains("25 reps"), "{row}");
}

#[test]
fn the_distance_bars_end_under_the_newest_date() {
    let d = driver(365);
    for (w, h) in [(100, 30), (140, 45), (80, 24)] {
        let buf = render(&d.app, w, h);
        let t = text(&buf);
        let (x0, title_y) = crate::common::find(&buf, "Distance per 7 days").unwrap();
        let lines: Vec<&str> = t.lines().collect();
        let ly = (title_y as usize..lines.len())
            .find(|&y| lines[y].contains("7 days to "))
            .unwrap_or_else(|| panic!("no date axis under the chart:\n{t}"));
        let lx = lines[ly].find("23 Nov 26").unwrap_or_else(|| panic!("{t}"));
        let (lx, ly) = (lines[ly][..lx].chars().count() as u16, ly as u16);
        let label_end = lx + "23 Nov 26".len() as u16 - 1;
        // the dates are on the box's bottom border, right under the bars' lowest row
        let bar_end = (x0..w)
            .rev()
            .find(|&x| buf[(x, ly - 1)].symbol() == "█")
            .unwrap_or_else(|| panic!("no bars at {w}x{h}:\n{t}"));
        assert_eq!(bar_end, label_end, "{w}x{h}:\n{t}");
    }
}

#[test]
fn the_store_reads_best_reps_only_for_exercises_without_an_e1rm_under_any_name() {
    // §9: push-ups done with 10 kg under another name make push-up a weighted exercise
    let strength = |date, name: &str, reps, kg| {
        Session::new_strength(
            date,
            Strength {
                minutes: None,
                sets: vec![SetEntry::new(name, reps, kg)],
            },
        )
    };
    let sessions = [
        strength(on(10), "push-up", 25, None),
        strength(on(12), "nordic curl", 6, None),
        strength(on(14), "push-ups", 5, Some(10.0)),
    ];
    let mut d = fresh(&sessions);
    d.dispatch(Action::GoTab(Tab::Progress));
    let data = d.app.data.as_ref().unwrap();
    let shown = data.progress.get().expect("loaded on showing the tab");
    let all = d.store.list(&legday::store::Filter::default()).unwrap();
    let mem = Progress::from_sessions(&all, &data.days, &data.settings, &data.catalog, day());
    let names: Vec<&str> = shown
        .records
        .reps
        .iter()
        .map(|r| r.exercise.as_str())
        .collect();
    assert_eq!(names, ["nordic curl"]);
    assert_eq!(shown.records.reps, mem.records.reps);
}
