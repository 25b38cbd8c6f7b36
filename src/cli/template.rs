//! `legday template save|list|delete` and the sets of `lift --like` / `lift --template`.

use super::args::TemplateCommand;
use super::emit;
use super::json::set_json;
use crate::domain::{Session, SetEntry, Units};
use crate::error::{Error, Result};

use crate::store::Store;
use serde_json::json;
use std::io::Write;

pub fn template(store: &mut Store, cmd: &TemplateCommand, out: &mut dyn Write) -> Result<()> {
    let units = store.settings()?.weight_unit;
    match cmd {
        TemplateCommand::Save { name, from } => {
            let name = crate::store::templates::template_name(name)?;
            let s = strength_session(store, "from", from)?;
            let sets = &s.strength().expect("a strength session").sets;
            let replaced = store.save_template(&name, sets)?;
            let verb = if replaced { "Replaced" } else { "Saved" };
            emit(
                out,
                &format!(
                    "{verb} template {name:?}: {} sets from session #{} of {} ({})\n",
                    sets.len(),
                    s.id,
                    s.date.format("%a %-d %b %Y"),
                    crate::format::set_specs_typed(sets, units).join(", ")
                ),
            )
        }
        TemplateCommand::List { json } => {
            let all = store.templates()?;
            if *json {
                let v: Vec<_> = all
                    .iter()
                    .map(|t| {
                        json!({
                            "name": t.name,
                            "sets": t.sets.iter().map(set_json).collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                return emit(out, &format!("{}\n", serde_json::Value::Array(v)));
            }
            if all.is_empty() {
                return emit(
                    out,
                    "No templates yet. Save one with: legday template save NAME [--from last|ID]\n",
                );
            }
            let mut text = String::new();
            for t in &all {
                text.push_str(&format!("{}: {}\n", t.name, summary(&t.sets, units)));
            }
            emit(out, &text)
        }
        TemplateCommand::Delete { name } => {
            let Some(t) = store.template(name)? else {
                return Err(unknown(store, name)?);
            };
            store.delete_template(&t.name)?;
            emit(
                out,
                &format!(
                    "Deleted template {:?} ({})\n",
                    t.name,
                    summary(&t.sets, units)
                ),
            )
        }
    }
}

/// `3 sets · back squat 3x5@100kg, tibialis raise 2x20`
fn summary(sets: &[SetEntry], units: Units) -> String {
    format!(
        "{} sets · {}",
        sets.len(),
        crate::format::set_specs_typed(sets, units).join(", ")
    )
}

/// The refusal of a template name not saved, listing those that are.
fn unknown(store: &Store, name: &str) -> Result<Error> {
    let names: Vec<String> = store.templates()?.into_iter().map(|t| t.name).collect();
    let known = if names.is_empty() {
        "none saved yet (legday template save NAME)".to_string()
    } else {
        format!("use one of {}", names.join(", "))
    };
    Ok(Error::input(
        "template",
        format!("no template called {:?}; {known}", name.trim()),
    ))
}

/// The strength session `last` or `ID` names.
pub fn strength_session(store: &Store, field: &str, which: &str) -> Result<Session> {
    let w = which.trim();
    if w.eq_ignore_ascii_case("last") {
        return store
            .last_strength()?
            .ok_or_else(|| Error::input(field, "\"last\": no strength session is logged yet"));
    }
    let id: i64 = w
        .parse()
        .ok()
        .filter(|&i| i > 0 && w.bytes().all(|c| c.is_ascii_digit()))
        .ok_or_else(|| {
            Error::input(
                field,
                format!("{which:?} is not a session; use last or an ID from legday history"),
            )
        })?;
    match store.get(id)? {
        Some(s) if s.strength().is_some() => Ok(s),
        Some(_) => Err(Error::input(
            field,
            format!("session #{id} is a run; use a strength session's ID"),
        )),
        None => Err(Error::input(
            field,
            format!("no session #{id}; use last or an ID from legday history"),
        )),
    }
}

/// The sets `lift --like` or `lift --template` starts from (none without either).
pub fn base_sets(
    store: &Store,
    like: Option<&str>,
    template: Option<&str>,
) -> Result<Vec<SetEntry>> {
    if let Some(w) = like {
        let s = strength_session(store, "like", w)?;
        return Ok(s.strength().map(|st| st.sets.clone()).unwrap_or_default());
    }
    if let Some(name) = template {
        return match store.template(name)? {
            Some(t) => Ok(t.sets),
            None => Err(unknown(store, name)?),
        };
    }
    Ok(Vec::new())
}
