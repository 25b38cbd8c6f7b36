//! The terminal UI: a synchronous loop (draw, wait for an event or a 250 ms tick, turn it into
//! an `Action`, `App::update`), and the `Driver` that carries out the store effects.

pub mod action;
pub mod app;
pub mod bar;
pub mod binding;
pub mod ctx;
pub mod data;
pub mod effect;
pub mod form;
pub mod keys;
pub mod popup;
pub mod tab;
pub mod tabs;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod ui;
pub mod undo;
pub mod widgets;
pub mod workout;

use crate::store::Store;
use action::{Action, StoreEvent};
use app::App;
use chrono::NaiveDate;
use data::Data;
use effect::{Effect, EffectQueue};
use ratatui::crossterm::event;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use theme::Theme;

/// How long the loop waits for an event before it checks the database and the clock.
pub const TICK: Duration = Duration::from_millis(250);

/// The app and its store: applies effects and feeds their outcome back as actions.
pub struct Driver {
    pub app: App,
    pub store: Store,
    version: i64,
}

impl Driver {
    /// The app on `store` at `today`, with its data loaded.
    pub fn new(store: Store, today: NaiveDate, theme: Theme) -> crate::Result<Driver> {
        let version = store.data_version()?;
        let data = Data::load(&store, today)?;
        let mut app = App::new(today, theme);
        app.update(Action::Done(StoreEvent::Loaded(Box::new(data))));
        // a workout left open (quit, crash, closed terminal): asks to resume it
        match store.load_draft() {
            Ok(Some(w)) => {
                app.update(Action::Done(StoreEvent::DraftFound(Box::new(w))));
            }
            Ok(None) => {}
            Err(e) => {
                app.update(Action::Failed(e.to_string()));
            }
        }
        Ok(Driver {
            app,
            store,
            version,
        })
    }

    /// On a new database (`Store::is_first_start`), asks the first-start questions (the UI does
    /// this at start; tests call it when they want it).
    pub fn offer_first_start(&mut self) {
        match self.store.is_first_start() {
            Ok(true) => self.dispatch(Action::Done(StoreEvent::FirstStart)),
            Ok(false) => {}
            Err(e) => self.dispatch(Action::Failed(e.to_string())),
        }
    }

    /// Runs an action and every effect it leads to.
    pub fn dispatch(&mut self, action: Action) {
        let mut queue = EffectQueue::from(self.app.update(action));
        while let Some(effect) = queue.pop_front() {
            if let Some(answer) = self.apply(effect) {
                queue.extend(self.app.update(answer));
            }
        }
    }

    /// Carries out a store effect and gives the store's answer; the app's own effects never
    /// come here (`App::update` does them), and have no answer.
    fn apply(&mut self, effect: Effect) -> Option<Action> {
        let s = &mut self.store;
        let out = match effect {
            Effect::Reload => Data::load(s, self.app.day).map(|d| StoreEvent::Loaded(Box::new(d))),
            Effect::Insert(x) => s.insert(&x).map(StoreEvent::Inserted),
            Effect::Update(x) => s.update(&x).map(|_| StoreEvent::Updated(x)),
            Effect::Delete(id) => s.delete(id).map(StoreEvent::Deleted),
            Effect::Restore(x) => s.restore(&x).map(|_| StoreEvent::Restored(x)),
            Effect::Revert(x) => s.update(&x).map(|_| StoreEvent::Reverted(x)),
            Effect::SetSettings(pairs) => s.set_settings(&pairs).map(StoreEvent::SettingsSaved),
            Effect::AddExercise(e) => s.add_exercise(&e).map(|_| StoreEvent::ExerciseAdded(e)),
            Effect::AddRace(r) => s
                .add_race(&r)
                .map(|id| StoreEvent::RaceAdded(crate::domain::Race { id, ..r })),
            Effect::Import(text) => import(s, &text),
            Effect::SaveTemplate(name, sets) => s
                .save_template(&name, &sets)
                .map(|replaced| StoreEvent::TemplateSaved(name, replaced)),
            Effect::FindPrs(id) => s.prs_of(id).map(|p| StoreEvent::Prs(id, p)),
            Effect::LoadE1rmBests => s.e1rm_bests().map(|b| StoreEvent::E1rmBests(Box::new(b))),
            Effect::SaveDraft(w, now) => s.save_draft(&w, now).map(|_| StoreEvent::DraftSaved),
            Effect::DropDraft => s.drop_draft().map(|_| StoreEvent::DraftDropped),
            Effect::FinishWorkout(x) => s.finish_workout(&x).map(StoreEvent::WorkoutFinished),
            Effect::Bell => {
                use std::io::Write;
                let mut out = std::io::stdout();
                let _ = out.write_all(b"\x07").and_then(|_| out.flush());
                Ok(StoreEvent::Rang)
            }
            Effect::LoadSummary(id, popup) => s
                .summary(id, None)
                .map(|x| StoreEvent::Summary(id, x.map(Box::new), popup)),
            Effect::LoadProgress => match &self.app.data {
                Some(d) => data::progress::load(s, &d.days, &d.settings, &d.catalog, d.day)
                    .map(|p| StoreEvent::ProgressLoaded(Box::new(p))),
                // the rest first; the tab asks again once it is there
                None => Data::load(s, self.app.day).map(|d| StoreEvent::Loaded(Box::new(d))),
            },
            Effect::Info(_)
            | Effect::Error(_)
            | Effect::Open(_)
            | Effect::Typing(_)
            | Effect::SetDay(_)
            | Effect::StartToday
            | Effect::Edit(_) => return None,
        };
        // our own writes are not news on the next tick
        if let Ok(v) = self.store.data_version() {
            self.version = v;
        }
        Some(match out {
            Ok(o) => Action::Done(o),
            // in the words of the fault (disk full, locked, damaged: then no more writes)
            Err(e) => Action::Failed(self.store.explain_fault(e).to_string()),
        })
    }

    /// The tick: reloads when another process wrote to the database, and moves "today" on.
    pub fn tick(&mut self, today: NaiveDate) {
        if today != self.app.today {
            self.dispatch(Action::NewDay(today));
        }
        match self.store.data_version() {
            Ok(v) if v != self.version => {
                self.version = v;
                if let Some(answer) = self.apply(Effect::Reload) {
                    self.dispatch(answer);
                }
            }
            _ => {}
        }
    }
}

/// Imports the typed path (`~` is `$HOME`); a path that does not exist is an error to show.
fn import(store: &mut Store, text: &str) -> crate::Result<StoreEvent> {
    let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
    let path = form::import::expand_tilde(text, home.as_deref());
    if !path.exists() {
        let msg = format!("no such file or folder: {}", path.display());
        return Err(crate::Error::input("path", msg));
    }
    let mut sum = crate::import::import_paths(store, std::slice::from_ref(&path), false);
    // files in a folder are named from the folder just typed, to keep the summary's lines short
    if path.is_dir() {
        for f in &mut sum.files {
            if let Ok(rel) = f.path.strip_prefix(&path) {
                f.path = rel.to_path_buf();
            }
        }
    }
    // runs stored before moving time was kept, now timed by it (as `legday import` says)
    let _ = store.take_imported();
    let retimed = store.take_retimed();
    let notes = crate::text::summary::retimed_line(&store.retimed_now(&retimed));
    Ok(StoreEvent::Imported(sum, notes.into_iter().collect()))
}

/// Opens the UI on `store` and runs it until the user quits. The terminal is restored on return,
/// on a panic (ratatui's hook, extended to release the mouse) and on SIGTERM (unix: a flag the
/// loop checks on every tick).
pub fn run(store: Store, today: NaiveDate) -> crate::Result<()> {
    let mut driver = Driver::new(store, today, Theme::from_env())?;
    driver.offer_first_start();
    driver.dispatch(Action::Clock(crate::clock::now()));
    let term_flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    {
        let _ = signal_hook::flag::register(signal_hook::consts::SIGTERM, Arc::clone(&term_flag));
        // A hung-up terminal is gone: nothing to restore, and crossterm's poll can spin on the
        // dead tty without returning, so the loop would never see a flag. Leave at once (every
        // write is a transaction, so this is as safe as any other exit).
        let _ = signal_hook::flag::register_conditional_shutdown(
            signal_hook::consts::SIGHUP,
            129,
            Arc::new(AtomicBool::new(true)),
        );
    }
    let mut terminal = terminal::enter();
    let result = event_loop(&mut terminal, &mut driver, &term_flag);
    terminal::leave();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    driver: &mut Driver,
    stop: &AtomicBool,
) -> crate::Result<()> {
    let io = |e| crate::Error::io("terminal", e);
    let size = terminal.size().map_err(io)?;
    driver.dispatch(Action::Resize(size.width, size.height));
    while !driver.app.quit && !stop.load(Ordering::Relaxed) {
        terminal
            .draw(|f| ui::render(&driver.app, f.area(), f.buffer_mut()))
            .map_err(io)?;
        if event::poll(TICK).map_err(io)? {
            let ev = event::read().map_err(io)?;
            if let Some(a) = keys::event(&ev, driver.app.mode(), driver.app.tab) {
                driver.dispatch(Action::Clock(crate::clock::now()));
                driver.dispatch(a);
            }
        } else {
            driver.dispatch(Action::Clock(crate::clock::now()));
            // `LEGDAY_TODAY` holds the UI's day as it holds the CLI's; else the clock moves it on.
            if let Ok(day) = crate::clock::today() {
                driver.tick(day);
            }
        }
    }
    Ok(())
}

/// The UI on a temporary database holding eight weeks of generated training (`--demo`).
pub fn run_demo(today: NaiveDate) -> crate::Result<()> {
    let dir = tempfile::tempdir().map_err(|e| crate::Error::io("temporary directory", e))?;
    let store = demo_store(&dir.path().join("demo.sqlite3"), today)?;
    run(store, today)
}

/// A store at `path` filled with `demo::generate(42, today, 56)`.
pub fn demo_store(path: &std::path::Path, today: NaiveDate) -> crate::Result<Store> {
    let mut store = Store::open(path)?;
    store.import(&crate::demo::generate(42, today, 56))?;
    Ok(store)
}
