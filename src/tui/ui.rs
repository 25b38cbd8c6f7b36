//! The frame: tab bar, the current tab, footer, popups; "terminal too small" below the minimum.

use super::app::App;
use super::bar::{BRAND, MIN_HEIGHT, MIN_WIDTH, tab_spans};
use super::ctx::Ctx;
use super::keys::Mode;
use super::popup::{self, Popup};
use super::tab::Tab;
use super::tabs;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// Draws the whole app into `buf` (the loop, snapshot tests and the benchmark all come here).
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(app, area, buf);
        return;
    }
    tab_bar(app, Rect { height: 1, ..area }, buf);
    let body = Rect {
        y: area.y + 1,
        height: area.height - 2,
        ..area
    };
    let cx = app.data.as_ref().map(|data| Ctx {
        data,
        theme: &app.theme,
        today: app.today,
        day: app.day,
        typing: app.typing,
    });
    match &cx {
        None => Paragraph::new(" loading…").render(body, buf),
        Some(cx) if app.workout.as_ref().is_some_and(|w| !w.over_tabs()) => {
            if let Some(w) = &app.workout {
                w.draw(cx.data, body, buf);
            }
        }
        Some(cx) => match app.tab {
            Tab::Dashboard => tabs::dashboard::render(&app.dashboard, cx, body, buf),
            Tab::Run => tabs::run::render(&app.run, cx, body, buf),
            Tab::Strength => tabs::strength::render(&app.strength, cx, body, buf),
            Tab::History => tabs::history::render(&app.history, cx, body, buf),
            Tab::Progress => tabs::progress::render(&app.progress, cx, body, buf),
        },
    }
    footer(
        app,
        Rect {
            y: area.bottom() - 1,
            height: 1,
            ..area
        },
        buf,
    );
    if let (Some(w), Some(cx)) = (&app.workout, &cx)
        && w.over_tabs()
    {
        w.draw(cx.data, body, buf);
    }
    let th = &app.theme;
    match &app.popup {
        Some(Popup::Help(v)) => popup::help::render(th, &tabs::help(), v, area, buf),
        Some(Popup::Settings(f)) => popup::settings::render(th, f, area, buf),
        Some(Popup::FirstStart(f)) => popup::first_start::render(th, f, area, buf),
        Some(Popup::NewExercise(f)) => popup::exercise::render(th, f, area, buf),
        Some(Popup::ConfirmQuit) => popup::confirm_quit(th, area, buf),
        Some(Popup::LoadHelp) => popup::load_help(th, area, buf),
        Some(Popup::Explain(v)) => popup::explain(th, v, area, buf),
        Some(Popup::Summary(v)) => {
            if let Some(cx) = &cx {
                popup::summary::render(cx, v, area, buf)
            }
        }
        Some(Popup::ConfirmDiscard(_)) => popup::confirm_discard(th, area, buf),
        Some(Popup::Templates(p)) => {
            if let Some(cx) = &cx {
                popup::templates::render(cx, p, area, buf)
            }
        }
        Some(Popup::ImportPath(p)) => popup::import::prompt(th, p, area, buf),
        Some(Popup::ImportReport(r)) => popup::import::report(th, r, area, buf),
        None => {}
    }
}

fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let mut text = format!(
        "terminal too small: {}×{}, legday needs {MIN_WIDTH}×{MIN_HEIGHT}",
        area.width, area.height
    );
    if matches!(app.popup, Some(Popup::ConfirmQuit)) {
        text.push_str(" · quit and lose unsaved input? y/n");
    }
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

fn tab_bar(app: &App, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    let mut spans = vec![Span::styled(BRAND, th.title()), Span::raw(" ")];
    for (t, label, ..) in tab_spans() {
        let st = if t == app.tab {
            th.tab_active()
        } else {
            th.text()
        };
        spans.push(Span::styled(label, st));
        spans.push(Span::raw(" "));
    }
    let used: usize = spans.iter().map(|s| s.width()).sum();
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    // the day D, as long as it fits beside the tabs
    let moved = app.day != app.today;
    let forms = [
        ("%a %-d %b %Y", " (t: today)", "   ? help"),
        ("%a %-d %b %Y", " (t: today)", ""),
        ("%-d %b", " (t)", ""),
        // the narrowest: the day alone (highlighted when moved), never no day at all
        ("%-d %b", "", ""),
    ];
    let fits = forms.iter().map(|&(f, back, help)| {
        let mut right = app.day.format(f).to_string();
        if moved {
            right.push_str(back);
        }
        if area.width >= 100 {
            right.push_str(help);
        }
        right.push(' ');
        right
    });
    if let Some(right) = fits
        .into_iter()
        .find(|r| used + r.chars().count() < area.width as usize)
    {
        let x = area.right() - right.chars().count() as u16;
        let st = if moved { th.focus() } else { th.dim() };
        buf.set_string(x, area.y, right, st);
    }
}

fn footer(app: &App, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    if let Some(s) = &app.status {
        let st = if s.error { th.error() } else { th.ok() };
        buf.set_stringn(area.x + 1, area.y, &s.text, area.width as usize - 1, st);
        return;
    }
    if app.mode() == Mode::Workout {
        let hint = super::workout::hint(area.width as usize - 1);
        buf.set_stringn(area.x + 1, area.y, hint, area.width as usize - 1, th.dim());
        return;
    }
    let spec = app.tab.spec();
    let hints = match (app.mode(), &app.popup) {
        // the popup's fields take letters: the tab's keys do not apply
        (Mode::Settings, Some(Popup::FirstStart(_))) => {
            "Tab/↑↓ field   ←/→ choose   Enter save   Esc skip   Ctrl-C quit"
        }
        (Mode::Settings, Some(Popup::NewExercise(_))) => {
            "Tab/↑↓ row   ←/→ tier   Enter add it   Esc back to the picker"
        }
        (Mode::Settings, _) => "Tab/↑↓ field   ←/→ choose   Enter save   Esc close",
        (Mode::Import, _) => "type a path   Enter import   Ctrl-U clear   Esc cancel",
        (Mode::Templates, _) => "↑/↓ pick   Enter fill the form   a name + Enter save   Esc close",
        (Mode::ImportSummary, _) => "↑/↓ PgUp/PgDn scroll   Esc close",
        (Mode::Typing, _) => spec.typing_hint,
        _ => spec.hint,
    };
    buf.set_stringn(area.x + 1, area.y, hints, area.width as usize - 1, th.dim());
}
