//! The workout screen's keys, declared once: the footer hint and the `?` help are built from
//! this list (the key map sends the screen every key as an `Action`, see `tui::keys`).

/// One key of the screen: the keys, what they do, and the footer's short word (if shown there).
pub struct KeyDecl {
    pub keys: &'static str,
    pub what: &'static str,
    pub hint: Option<&'static str>,
}

/// Every key of the workout screen: the footer hint and the help are built from this list.
pub const KEYS: &[KeyDecl] = &[
    KeyDecl {
        keys: "w (on a tab)",
        what: "start a workout: Enter today's suggestion, l last session, t template, e empty",
        hint: None,
    },
    KeyDecl {
        keys: "Space, Enter",
        what: "tick the focused set as prescribed (again: untick)",
        hint: Some("tick"),
    },
    KeyDecl {
        keys: "8 @105 r2, Enter",
        what: "tick with other reps, weight or RIR (typed first)",
        hint: Some("edit"),
    },
    KeyDecl {
        keys: "← → Home End Delete",
        what: "while a set, an exercise or the RPE is typed: the cursor, as in any field",
        hint: None,
    },
    KeyDecl {
        keys: "Ctrl-S",
        what: "finish: asks the session RPE, saves the done sets",
        hint: Some("finish"),
    },
    KeyDecl {
        keys: "↑/↓",
        what: "move between sets",
        hint: None,
    },
    KeyDecl {
        keys: "+",
        what: "add a set to the exercise",
        hint: Some("set"),
    },
    KeyDecl {
        keys: "x",
        what: "skip the set (again: take it back)",
        hint: Some("skip"),
    },
    KeyDecl {
        keys: "w",
        what: "mark the set as a warm-up, counted for no group (again: a working set)",
        hint: None,
    },
    KeyDecl {
        keys: "a",
        what: "add an exercise from the catalog",
        hint: Some("exercise"),
    },
    KeyDecl {
        keys: "[ / ]",
        what: "rest 15 s shorter / longer",
        hint: Some("rest"),
    },
    KeyDecl {
        keys: "q, Esc",
        what: "discard the workout (asks first)",
        hint: Some("discard"),
    },
    KeyDecl {
        keys: "Ctrl-C",
        what: "quit; the workout resumes on the next start",
        hint: None,
    },
    KeyDecl {
        keys: "?",
        what: "these keys",
        hint: Some("keys"),
    },
];

/// The footer: `Space tick  + set  ...  ? keys`, from [`KEYS`], as many as fit in `width`
/// (`? keys` always last).
pub fn hint(width: usize) -> String {
    let mut all: Vec<String> = KEYS
        .iter()
        .filter_map(|k| {
            let first = k
                .keys
                .split(", ")
                .next()
                .unwrap_or(k.keys)
                .replace(" / ", " ");
            k.hint.map(|h| format!("{first} {h}"))
        })
        .collect();
    let last = all.pop().unwrap_or_default();
    while !all.is_empty() && (all.join("  ") + "  " + &last).chars().count() > width {
        all.pop();
    }
    all.push(last);
    all.join("  ")
}

/// The `?` help section, from [`KEYS`].
pub fn help() -> Vec<(String, String)> {
    KEYS.iter()
        .map(|k| (k.keys.to_string(), k.what.to_string()))
        .collect()
}
