//! The Today panel on the dashboard (each kind of suggestion), `g` starting it as a prefilled
//! form, and `Enter` on a muscle row showing where its sets came from (§10).

use crate::common::*;
use legday::domain::coach::Phase;
use legday::domain::today::{
    LastSet, Prescription, Protein, RunPlan, Suggestion, Today, WeekCounts,
};
use legday::domain::{Muscle, RunKind, Session, SetEntry, Strength};
use legday::tui::action::Action;
use legday::tui::app::App;
use legday::tui::effect::Effect;
use legday::tui::form::run::RunField;
use legday::tui::popup::Popup;
use legday::tui::tab::Tab;

fn suggestion(kind: Suggestion) -> Today {
    let ex = |name: &str, sets, reps, kg: Option<f64>| Prescription {
        exercise: name.into(),
        sets,
        reps,
        muscles: vec![Muscle::Hamstrings],
        weight_kg: kg.map(|w| w + 2.5),
        why: kg.map(|w| format!("+2.5 kg: 3 × {reps} at {w} kg on 18 Nov")),
        last: kg.map(|w| LastSet {
            date: day() - chrono::Duration::days(5),
            reps,
            weight_kg: Some(w),
            rir: Some(2),
        }),
    };
    let (run, exercises, reason) = match kind {
        Suggestion::Strength => (
            None,
            vec![
                ex("romanian deadlift", 3, 8, Some(70.0)),
                ex("tibialis raise", 2, 20, None),
                ex("hip flexor march", 2, 15, None),
            ],
            "Hamstrings 1.3, tibialis 0.6 and hip flexors 1.0 sets this week, below maintenance; \
             1 strength session in the last 6 days, none yesterday.",
        ),
        Suggestion::Run => (
            Some(RunPlan {
                kind: RunKind::Easy,
                minutes: Some([30, 45]),
                structure: None,
                distance_m: None,
            }),
            vec![],
            "Two strength sessions this week already; an easy run keeps the legs moving.",
        ),
        Suggestion::Recover => (
            Some(RunPlan {
                kind: RunKind::Recovery,
                minutes: Some([20, 30]),
                structure: None,
                distance_m: None,
            }),
            vec![],
            "Yesterday was a hard day: an easy 20-30 min, or rest.",
        ),
        Suggestion::Rest | Suggestion::Race => (None, vec![], "3 hard days in a row: rest today."),
    };
    Today {
        date: day(),
        target: day(),
        suggestion: kind,
        phase: Phase::Build,
        reason: reason.into(),
        week: WeekCounts {
            runs: [1, 3],
            long: [0, 1],
            quality: [0, 1],
            easy: [1, 1],
            lifts: [1, 2],
            run_minutes: [40, 132],
            rest_days: 1,
        },
        also: None,
        strip: vec![],
        auto: None,
        open: vec![Muscle::Hamstrings],
        recovering: vec![],
        run,
        exercises,
        protein_g: Protein {
            low: 112,
            high: 154,
        },
    }
}

fn app_suggesting(kind: Suggestion) -> App {
    let mut a = app_with(quiet_report(day()), sessions(day()));
    a.data.as_mut().unwrap().today = Some(suggestion(kind));
    a
}

#[test]
fn the_today_panel_reads_at_80x24_for_each_kind() {
    for (kind, name) in [
        (Suggestion::Strength, "strength"),
        (Suggestion::Run, "run"),
        (Suggestion::Recover, "recover"),
        (Suggestion::Rest, "rest"),
    ] {
        let a = app_suggesting(kind);
        let t = text(&render(&a, 80, 24));
        insta::assert_snapshot!(format!("today_{name}_80x24"), t);
        assert!(t.contains("protein 112-154 g"), "{name}: {t}");
        assert!(t.contains("Today: "), "{name}: {t}");
        assert_eq!(t.contains("g starts it"), kind != Suggestion::Rest, "{t}");
    }
}

// At 80×24 the strength reason does not fit the Next panel: its last line says how to read the
// rest, and `n` shows the whole suggestion (reason, exercises, protein) in a popup; Esc closes.
#[test]
fn n_shows_the_whole_suggestion_when_the_panel_cuts_it() {
    let mut a = app_suggesting(Suggestion::Strength);
    let t = text(&render(&a, 80, 24));
    assert!(t.contains("… n: all"), "{t}");
    let reason = a
        .data
        .as_ref()
        .unwrap()
        .today
        .as_ref()
        .unwrap()
        .reason
        .clone();
    a.update(Action::ShowNext);
    let Some(Popup::Explain(v)) = &a.popup else {
        panic!("{:?}", a.popup)
    };
    assert!(v.title.starts_with("Next · "), "{}", v.title);
    // the whole reason (wrapped by the terminal, not cut) and every exercise
    assert!(v.text.replace('\n', " ").contains(&reason), "{}", v.text);
    for e in ["romanian deadlift", "tibialis raise", "hip flexor march"] {
        assert!(v.text.contains(e), "{e}: {}", v.text);
    }
    let screen = text(&render(&a, 80, 24));
    assert!(screen.contains("Next · "), "{screen}");
    a.update(Action::Back);
    assert_eq!(a.popup, None);
}

#[test]
fn g_then_ctrl_s_stores_the_suggested_strength_session() {
    let mut a = app_suggesting(Suggestion::Strength);
    a.update(Action::StartToday); // `g`
    assert_eq!(a.tab, Tab::Strength);
    let eff = a.update(Action::Save);
    let [Effect::Insert(s)] = eff.as_slice() else {
        panic!("{eff:?}")
    };
    // the prescribed weight (§8.7), not the last one
    let mut want = vec![SetEntry::new("romanian deadlift", 8, Some(72.5)); 3];
    want.extend(vec![SetEntry::new("tibialis raise", 20, None); 2]);
    want.extend(vec![SetEntry::new("hip flexor march", 15, None); 2]);
    assert_eq!(s.strength().unwrap().sets, want);
    assert_eq!(s.date, day());
}

#[test]
fn g_on_a_run_opens_the_run_form_with_its_kind_and_rest_starts_nothing() {
    let mut a = app_suggesting(Suggestion::Recover);
    a.update(Action::StartToday);
    assert_eq!(a.tab, Tab::Run);
    assert_eq!(a.run.value(RunField::Kind), "recovery");
    assert_eq!(a.run.focused(), RunField::Distance);
    let mut a = app_suggesting(Suggestion::Rest);
    a.update(Action::StartToday);
    assert_eq!(a.tab, Tab::Dashboard);
    assert!(a.status.unwrap().text.contains("rest"));
    // a form holding sets is never overwritten
    let mut a = app_suggesting(Suggestion::Strength);
    a.strength.sets = vec![SetEntry::new("plank", 1, None)];
    a.update(Action::StartToday);
    assert_eq!(a.strength.sets.len(), 1);
}

#[test]
fn enter_on_a_muscle_row_explains_its_sets() {
    let lift = {
        let mut s = Session::new_strength(
            day() - chrono::Duration::days(1),
            Strength {
                minutes: Some(40.0),
                sets: vec![SetEntry::new("nordic curl", 5, None); 3],
            },
        );
        s.id = 42;
        s
    };
    let mut a = app_with(quiet_report(day()), vec![lift]);
    a.update(Action::Down);
    a.update(Action::Down); // Hamstrings
    a.update(Action::Submit);
    let Some(Popup::Explain(v)) = &a.popup else {
        panic!("{:?}", a.popup)
    };
    assert!(v.text.contains("#42"), "{}", v.text);
    assert!(v.text.contains("nordic curl"), "{}", v.text);
    let t = text(&render(&a, 100, 30));
    insta::assert_snapshot!(t);
    a.update(Action::Down);
    let Some(Popup::Explain(v)) = &a.popup else {
        panic!()
    };
    assert_eq!(v.top, 1);
    a.update(Action::Back);
    assert_eq!(a.popup, None);
}

#[test]
fn the_suggested_session_takes_two_keys() {
    // counted as key events: `g` (Home on the dashboard) and Ctrl-S
    use legday::tui::keys;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut a = app_suggesting(Suggestion::Strength);
    let keys_pressed = [
        KeyEvent::new(KeyCode::Char('g'), KeyModifiers::NONE),
        KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL),
    ];
    let mut last = Vec::new();
    for k in keys_pressed {
        last = a.update(keys::key(k, a.mode(), a.tab).unwrap());
    }
    assert!(matches!(last.as_slice(), [Effect::Insert(_)]), "{last:?}");
    eprintln!("suggested session: {} keys", keys_pressed.len());
}

#[test]
fn g_on_a_past_day_dates_the_form_with_the_suggestions_day() {
    let past = day() - chrono::Duration::days(5);
    for kind in [Suggestion::Strength, Suggestion::Run] {
        let mut a = app_suggesting(kind);
        let t = a.data.as_mut().unwrap().today.as_mut().unwrap();
        (t.date, t.target) = (past, past);
        a.update(Action::StartToday); // `g`
        if kind == Suggestion::Run {
            assert_eq!(a.run.value(RunField::Date), "2026-11-18");
            // the duration is prefilled from the range (30-45 min: 38:00); the distance is typed
            assert_eq!(a.run.value(RunField::Duration), "38:00");
            for c in "5".chars() {
                a.update(Action::Input(c));
            }
        }
        let eff = a.update(Action::Save);
        let [Effect::Insert(s)] = eff.as_slice() else {
            panic!("{kind:?}: {eff:?}")
        };
        assert_eq!(s.date, past, "{kind:?}");
    }
}

#[test]
fn a_rest_the_banner_explains_is_not_explained_again_in_the_next_panel() {
    let reason = "3 hard days in a row: rest today.";
    // without the banner the panel gives the reason
    let a = app_suggesting(Suggestion::Rest);
    assert!(text(&render(&a, 80, 24)).contains(reason));
    // with it, only "Today: rest" and the protein range
    let mut a = app_with(busy_report(day()), sessions(day()));
    a.data.as_mut().unwrap().today = Some(suggestion(Suggestion::Rest));
    let t = text(&render(&a, 80, 24));
    assert!(t.contains("Rest today") && t.contains("Today: rest"), "{t}");
    assert!(!t.contains(reason), "{t}");
}

#[test]
fn the_protein_range_is_for_the_day_the_suggestion_is_for() {
    let mut a = app_suggesting(Suggestion::Run);
    let t = a.data.as_mut().unwrap().today.as_mut().unwrap();
    t.target = t.date + chrono::Duration::days(1);
    let t = text(&render(&a, 100, 30));
    assert!(t.contains("Tomorrow: easy run"), "{t}");
    assert!(t.contains("protein 112-154 g tomorrow"), "{t}");
}
