//! Dashboard `Enter`: where the selected group's weekly volume came from (§10), the text of
//! `legday week --explain GROUP` in a scrollable popup; `n`: the whole next-session suggestion
//! (§8), the text of `legday today`, in the same popup.

use crate::domain::Muscle;
use crate::tui::ctx::Ctx;
use crate::tui::effect::Effect;
use crate::tui::popup::Popup;
use crate::tui::popup::explain::ExplainView;

fn open(v: ExplainView) -> Vec<Effect> {
    vec![Effect::Open(Box::new(Popup::Explain(v)))]
}

/// `Enter`: the selected group's breakdown, as `legday week --explain GROUP` prints it.
pub fn group(selected: usize, cx: &Ctx) -> Vec<Effect> {
    let d = cx.data;
    if d.is_empty() {
        return Vec::new();
    }
    let m = Muscle::ALL[selected.min(Muscle::ALL.len() - 1)];
    let e = crate::domain::explain::Explain::build(&d.sessions, &d.settings, &d.catalog, d.day, m);
    let text = crate::text::explain::render(
        &e,
        d.settings.distance_unit,
        crate::text::paint::Paint::plain(),
    );
    open(ExplainView {
        title: format!("{} · where the sets came from", m.label()),
        text,
        top: 0,
    })
}

/// `n`: the whole next-session suggestion (§8), as `legday today` prints it, for when the
/// Next panel has no room for all of its reason and exercises.
pub fn next(cx: &Ctx) -> Vec<Effect> {
    let d = cx.data;
    let Some(t) = d.today.as_ref() else {
        return Vec::new();
    };
    let paint = crate::text::paint::Paint::plain();
    let mut text = crate::text::today::render(t, &d.settings, paint);
    if d.plan.len() > 1 {
        text.push_str("\nThe next days (legday plan):\n");
        text.push_str(&crate::text::today::render_plan(
            &d.plan,
            &d.settings,
            paint,
        ));
    }
    open(ExplainView {
        title: format!("Next · {}", t.target.format("%a %-d %b")),
        text,
        top: 0,
    })
}
