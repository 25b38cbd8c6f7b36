//! `legday exercises`: list the catalog, add user exercises, map foreign names.

use super::args::{ExercisesArgs, ExercisesCommand};
use super::{emit, emit_json};
use crate::domain::{Muscle, PerMuscle};
use crate::error::{Error, Result};
use crate::store::Store;
use crate::store::catalog::TIERS;
use serde_json::json;
use std::io::Write;

pub fn exercises(store: &mut Store, a: &ExercisesArgs, out: &mut dyn Write) -> Result<()> {
    match &a.command {
        Some(ExercisesCommand::Add {
            name,
            quads,
            glutes,
            hamstrings,
            calves,
            tibialis,
            hip_flexors,
            arms,
        }) => {
            let given = [
                quads,
                glutes,
                hamstrings,
                calves,
                tibialis,
                hip_flexors,
                arms,
            ];
            add(store, name, given, out)
        }
        Some(ExercisesCommand::Map { from, to }) => map(store, from, to, out),
        None if a.json => list_json(store, out),
        None => list(store, out),
    }
}

/// `legday exercises add NAME --quads W ...`: every weight checked before the write.
fn add(store: &mut Store, name: &str, given: [&String; 7], out: &mut dyn Write) -> Result<()> {
    let mut w = PerMuscle::ZERO;
    for (m, v) in Muscle::ALL.into_iter().zip(given) {
        w[m] = weight(m, v)?;
    }
    let exercise = Store::user_exercise("NAME", name, w)?;
    let name = exercise.name.as_str();
    if w.sum() == 0.0 {
        eprintln!("note: {name} counts for load but for no muscle group (all weights 0)");
    }
    let catalog = store.catalog()?;
    let before = catalog.resolve(name).map(|e| (e.name.clone(), e.weights));
    store.add_exercise(&exercise)?;
    let text = match before {
        Some((was, old)) => format!(
            "Changed {was}: {} (was {}); past sessions count the new mapping\n",
            crate::format::muscle_weights(&w),
            crate::format::muscle_weights(&old)
        ),
        None => format!("Added {name}: {}\n", crate::format::muscle_weights(&w)),
    };
    emit(out, &text)
}

/// `legday exercises map FROM TO`: a foreign name now means a catalog exercise.
fn map(store: &mut Store, from: &str, to: &str, out: &mut dyn Write) -> Result<()> {
    store.add_mapping(from, to)?;
    let catalog = store.catalog()?;
    let target = catalog.resolve(to).map_or(to, |e| e.name.as_str());
    emit(
        out,
        &format!("\"{from}\" now means {target}; re-import the file to update its sessions\n"),
    )
}

/// `legday exercises --json`: the catalog with its muscle weights, and the mappings.
fn list_json(store: &Store, out: &mut dyn Write) -> Result<()> {
    let catalog = store.catalog()?;
    let list: Vec<_> = catalog
        .exercises()
        .iter()
        .map(|e| {
            let mut muscles = serde_json::Map::new();
            for (m, v) in e.weights.iter() {
                if v > 0.0 {
                    muscles.insert(m.key().into(), json!(v));
                }
            }
            json!({"name": e.name, "aliases": e.aliases, "muscles": muscles, "user": e.user})
        })
        .collect();
    let maps: Vec<_> = catalog
        .mappings()
        .iter()
        .map(|(f, t)| json!({"from": f, "to": t}))
        .collect();
    let v = json!({"exercises": list, "mappings": maps});
    emit_json(out, &v, "writing the catalog as JSON")
}

/// `legday exercises`: one line per exercise, then the mappings.
fn list(store: &Store, out: &mut dyn Write) -> Result<()> {
    let catalog = store.catalog()?;
    let mut text = String::new();
    for e in catalog.exercises() {
        text.push_str(&format!(
            "{:<24} {}{}\n",
            e.name,
            crate::format::muscle_weights(&e.weights),
            if e.user { "  (yours)" } else { "" }
        ));
    }
    for (f, t) in catalog.mappings() {
        text.push_str(&format!("{f:<24} -> {t}\n"));
    }
    emit(out, &text)
}

fn weight(m: Muscle, v: &str) -> Result<f64> {
    let field = format!("--{}", m.key().replace('_', "-"));
    match v.trim().parse::<f64>() {
        Ok(x) if TIERS.contains(&x) => Ok(x),
        _ => Err(Error::input(
            field,
            format!("\"{v}\" is not a weight; use 1 (primary), 0.5 (secondary), 0.25 (minor) or 0"),
        )),
    }
}
