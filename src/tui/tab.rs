//! Which tabs there are and in what order: `Tab::ALL` gives the tab bar's order and each tab's
//! digit and F-key (its place in the list). What a tab shows and which keys it binds is its
//! `Spec` (`tabs.rs`); its state and drawing are in its own file under `tabs/`.

/// The tabs, in the order of the tab bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Dashboard,
    Run,
    Strength,
    History,
    Progress,
}

impl Tab {
    /// Every tab, in the order of the tab bar (`1`/`F1` is the first).
    pub const ALL: [Tab; 5] = [
        Tab::Dashboard,
        Tab::Run,
        Tab::Strength,
        Tab::History,
        Tab::Progress,
    ];

    /// The tab at place `i` (0-based) of the tab bar.
    pub fn nth(i: usize) -> Option<Tab> {
        Tab::ALL.get(i).copied()
    }

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|&t| t == self).unwrap_or(0)
    }

    pub fn next(self) -> Tab {
        Tab::ALL[(self.index() + 1) % Tab::ALL.len()]
    }

    pub fn prev(self) -> Tab {
        Tab::ALL[(self.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_and_prev_walk_every_tab_and_wrap() {
        let mut t = Tab::ALL[0];
        for i in 1..=Tab::ALL.len() {
            t = t.next();
            assert_eq!(t, Tab::ALL[i % Tab::ALL.len()]);
            assert_eq!(t.prev(), Tab::ALL[i - 1]);
        }
        assert_eq!(Tab::nth(Tab::ALL.len()), None);
        for (i, t) in Tab::ALL.iter().enumerate() {
            assert_eq!(t.index(), i);
            assert_eq!(Tab::nth(i), Some(*t));
        }
    }
}
