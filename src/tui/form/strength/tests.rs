//! The strength form's unit tests.

use super::*;

#[test]
fn picker_filters_as_you_type_and_walks_matches() {
    let c = Catalog::builtin();
    let mut f = StrengthForm::default();
    for ch in "calf".chars() {
        f.edit(Key::Char(ch));
    }
    let m = f.matches(&c);
    assert!(m.iter().all(|n| n.contains("calf")), "{m:?}");
    assert!(m.len() >= 2);
    f.move_pick(true, &c);
    assert_eq!(f.pick, 1);
    f.choose(&c, &[]);
    assert_eq!(f.value(StrengthField::Exercise), m[1]);
    assert_eq!(f.focused(), StrengthField::Sets);
}

#[test]
fn rows_group_identical_sets_and_remove_as_one() {
    let mut f = StrengthForm {
        sets: vec![SetEntry::new("back squat", 5, Some(80.0)); 3],
        ..StrengthForm::default()
    };
    f.sets.push(SetEntry::new("tibialis raise", 20, None));
    let g = f.groups();
    assert_eq!(g.len(), 2);
    assert_eq!(g[0].count, 3);
    f.focus = StrengthField::Rows;
    f.remove_row();
    assert_eq!(f.sets.len(), 1);
    assert_eq!(f.sets[0].exercise, "tibialis raise");
}

#[test]
fn names_resolve_as_on_the_command_line() {
    let c = Catalog::builtin();
    let mut f = StrengthForm::default();
    for ch in "curl".chars() {
        f.edit(Key::Char(ch));
    }
    // `curl` is an alias of biceps curl: first in the picker, as `legday lift "curl 3x8"`.
    let cli = parse::set_spec("curl 3x8", &c, crate::domain::Units::Metric).unwrap();
    f.choose(&c, &[]);
    assert_eq!(f.value(StrengthField::Exercise), cli[0].exercise);
    assert_eq!(cli[0].exercise, "biceps curl");

    // a name nothing matches: `add «sqaut»` first, then the command line's "did you mean" names
    let mut f = StrengthForm::default();
    for ch in "sqaut".chars() {
        f.edit(Key::Char(ch));
    }
    let cli = parse::set_spec("sqaut 3x8", &c, crate::domain::Units::Metric)
        .unwrap_err()
        .to_string();
    let rows = f.pick_rows(&c);
    assert_eq!(rows[0], PickRow::Add("sqaut".into()));
    assert!(rows.len() > 1, "{rows:?}");
    for r in &rows[1..] {
        let PickRow::Close(name) = r else {
            panic!("{r:?}")
        };
        assert!(cli.contains(name), "{name} not in {cli}");
    }
    // Enter on `add` asks for the mapping form; on a close name, takes it
    assert!(f.choose(&c, &[]));
    assert_eq!(f.focused(), StrengthField::Exercise);
    f.move_pick(true, &c);
    let PickRow::Close(first) = rows[1].clone() else {
        unreachable!()
    };
    assert!(!f.choose(&c, &[]));
    assert_eq!(f.value(StrengthField::Exercise), first);
    assert_eq!(f.focused(), StrengthField::Sets);
}

#[test]
fn a_known_name_or_alias_offers_no_add_row() {
    let c = Catalog::builtin();
    for typed in ["back squat", "curl", "squat"] {
        let mut f = StrengthForm::default();
        typed.chars().for_each(|ch| f.edit(Key::Char(ch)));
        let rows = f.pick_rows(&c);
        let adds = rows.iter().filter(|r| matches!(r, PickRow::Add(_))).count();
        // `squat` matches several names but is none of them: add comes last
        let expect = usize::from(c.resolve(typed).is_none());
        assert_eq!(adds, expect, "{typed}: {rows:?}");
        if expect == 1 {
            assert!(matches!(rows.last(), Some(PickRow::Add(_))), "{rows:?}");
        }
    }
}

#[test]
fn the_picker_query_and_the_sets_edit_at_the_cursor() {
    let c = Catalog::builtin();
    let st = Settings::default();
    let mut f = StrengthForm::default();
    let act = |f: &mut StrengthForm, a: Action| f.update(&a, &c, &st, &[]);
    for ch in "calf".chars() {
        act(&mut f, Action::Input(ch));
    }
    act(&mut f, Action::Down);
    assert_eq!(f.pick, 1);
    // moving the cursor touches neither the query nor the highlighted match
    act(&mut f, Action::Home);
    act(&mut f, Action::End);
    act(&mut f, Action::Left);
    assert_eq!(f.pick, 1);
    act(&mut f, Action::Backspace);
    assert_eq!(f.value(StrengthField::Exercise), "caf");
    assert_eq!(f.pick, 0, "a changed query starts at its best match");
    act(&mut f, Action::Input('l'));
    assert_eq!(f.value(StrengthField::Exercise), "calf");
    assert_eq!(f.cursor(StrengthField::Exercise), 3);
    act(&mut f, Action::Submit);
    assert_eq!(f.focused(), StrengthField::Sets);
    for ch in "3x8@60".chars() {
        act(&mut f, Action::Input(ch));
    }
    // Ctrl-A, Delete, 4: three sets become four
    act(&mut f, Action::Home);
    act(&mut f, Action::DeleteNext);
    act(&mut f, Action::Input('4'));
    assert_eq!(f.value(StrengthField::Sets), "4x8@60");
    act(&mut f, Action::Submit);
    assert_eq!(f.sets.len(), 4);
    assert_eq!(f.cursor(StrengthField::Exercise), 0, "emptied for the next");
}

#[test]
fn delete_on_the_rows_still_removes_one() {
    let c = Catalog::builtin();
    let st = Settings::default();
    let mut f = StrengthForm {
        sets: vec![SetEntry::new("back squat", 5, Some(80.0)); 3],
        focus: StrengthField::Rows,
        ..StrengthForm::default()
    };
    f.update(&Action::DeleteNext, &c, &st, &[]);
    assert!(f.sets.is_empty());
}
