//! Big digits for the rest timer: five rows, three columns a glyph (`1:30` is 15 columns).

/// Rows of a glyph.
pub const HEIGHT: u16 = 5;

fn glyph(c: char) -> [&'static str; 5] {
    match c {
        '0' => ["███", "█ █", "█ █", "█ █", "███"],
        '1' => ["  █", "  █", "  █", "  █", "  █"],
        '2' => ["███", "  █", "███", "█  ", "███"],
        '3' => ["███", "  █", "███", "  █", "███"],
        '4' => ["█ █", "█ █", "███", "  █", "  █"],
        '5' => ["███", "█  ", "███", "  █", "███"],
        '6' => ["███", "█  ", "███", "█ █", "███"],
        '7' => ["███", "  █", "  █", "  █", "  █"],
        '8' => ["███", "█ █", "███", "█ █", "███"],
        '9' => ["███", "█ █", "███", "  █", "███"],
        ':' => [" ", "█", " ", "█", " "],
        '-' => ["   ", "   ", "███", "   ", "   "],
        _ => ["   ", "   ", "   ", "   ", "   "],
    }
}

/// The five rows of `text` in big digits, glyphs one column apart.
pub fn big(text: &str) -> [String; 5] {
    let mut rows: [String; 5] = Default::default();
    for (i, c) in text.chars().enumerate() {
        for (r, row) in rows.iter_mut().enumerate() {
            if i > 0 {
                row.push(' ');
            }
            row.push_str(glyph(c)[r]);
        }
    }
    rows
}

/// `m:ss` of whole seconds (0 and below: `0:00`).
pub fn clock(seconds: i64) -> String {
    let s = seconds.max(0);
    format!("{}:{:02}", s / 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_countdown_in_big_digits() {
        assert_eq!(clock(90), "1:30");
        assert_eq!(clock(-3), "0:00");
        let rows = big("1:30");
        assert_eq!(rows[0], "  █   ███ ███");
        assert_eq!(rows[1], "  █ █   █ █ █");
        assert!(rows.iter().all(|r| r.chars().count() == 13));
    }
}
