//! The registry's lists as `&'static str`, built at compile time: help text, the UI's fixed
//! texts (`const` items) and messages all read them, so none is typed by hand.

use super::{FORMATS, FormatInfo};

/// Which name of each format a list shows.
#[derive(Clone, Copy)]
pub enum Field {
    Name,
    Short,
    /// Each distinct extension once, in capitals (`GPX, TCX, FIT, CSV, JSON`).
    Extension,
}

/// The names `field` lists, in registry order (empty slots at the end when extensions repeat).
pub const fn names<const K: usize>(field: Field) -> [&'static str; K] {
    let mut out = [""; K];
    let (mut i, mut n) = (0, 0);
    while i < FORMATS.len() {
        let f: &FormatInfo = &FORMATS[i];
        match field {
            Field::Name => {
                out[n] = f.name;
                n += 1;
            }
            Field::Short => {
                if !contains(&out, n, f.short) {
                    out[n] = f.short;
                    n += 1;
                }
            }
            Field::Extension => {
                let mut e = 0;
                while e < f.extensions.len() {
                    if !contains(&out, n, f.extensions[e]) {
                        out[n] = f.extensions[e];
                        n += 1;
                    }
                    e += 1;
                }
            }
        }
        i += 1;
    }
    out
}

/// Room for every name: the formats' extensions counted with repeats.
pub const fn slots() -> usize {
    let (mut i, mut n) = (0, 0);
    while i < FORMATS.len() {
        n += if FORMATS[i].extensions.len() > 1 {
            FORMATS[i].extensions.len()
        } else {
            1
        };
        i += 1;
    }
    n
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn contains(list: &[&str], n: usize, x: &str) -> bool {
    let mut i = 0;
    while i < n {
        if same(list[i], x) {
            return true;
        }
        i += 1;
    }
    false
}

/// How `items` are written out: between each two `sep`, before the last `last` (`", "` and
/// `" or "`), the whole between `before` and `after`, capitals when `upper`.
#[derive(Clone, Copy)]
pub struct Join<'a> {
    pub items: &'a [&'a str],
    pub sep: &'a str,
    pub last: &'a str,
    pub before: &'a str,
    pub after: &'a str,
    pub upper: bool,
}

impl Join<'_> {
    const fn count(&self) -> usize {
        let mut n = 0;
        while n < self.items.len() && !self.items[n].is_empty() {
            n += 1;
        }
        n
    }

    /// The length of the text in bytes.
    pub const fn byte_len(&self) -> usize {
        let n = self.count();
        let mut total = self.before.len() + self.after.len();
        let mut i = 0;
        while i < n {
            total += self.items[i].len();
            if i + 2 < n {
                total += self.sep.len();
            } else if i + 2 == n {
                total += self.last.len();
            }
            i += 1;
        }
        total
    }

    /// The text's bytes (`N` is [`Join::len`]).
    pub const fn bytes<const N: usize>(&self) -> [u8; N] {
        let mut out = [0u8; N];
        let mut at = put(&mut out, 0, self.before, false);
        let n = self.count();
        let mut i = 0;
        while i < n {
            at = put(&mut out, at, self.items[i], self.upper);
            if i + 2 < n {
                at = put(&mut out, at, self.sep, false);
            } else if i + 2 == n {
                at = put(&mut out, at, self.last, false);
            }
            i += 1;
        }
        put(&mut out, at, self.after, false);
        out
    }
}

const fn put(out: &mut [u8], at: usize, s: &str, upper: bool) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        out[at + i] = if upper {
            b[i].to_ascii_uppercase()
        } else {
            b[i]
        };
        i += 1;
    }
    at + b.len()
}

/// A [`Join`] as a `&'static str` constant.
#[macro_export]
macro_rules! const_join {
    ($join:expr) => {{
        const J: $crate::import::formats::lists::Join<'static> = $join;
        const BYTES: [u8; J.byte_len()] = J.bytes::<{ J.byte_len() }>();
        match ::std::str::from_utf8(&BYTES) {
            Ok(s) => s,
            Err(_) => panic!("a list of formats is not UTF-8"),
        }
    }};
}

/// `before` + `s` + `after` as a `&'static str` constant.
#[macro_export]
macro_rules! const_concat {
    ($before:expr, $s:expr, $after:expr) => {
        $crate::const_join!($crate::import::formats::lists::Join {
            items: &[$s],
            sep: "",
            last: "",
            before: $before,
            after: $after,
            upper: false,
        })
    };
}
