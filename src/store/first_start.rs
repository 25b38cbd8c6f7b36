//! What the UI's first start reads and writes: whether the database is new, and several
//! settings saved as one.

use super::Store;
use crate::domain::Settings;
use crate::error::Result;

impl Store {
    /// A database nothing was done with yet, on which the UI asks the first-start questions:
    /// no session, no workout draft, and every setting at its default (`first_start` included,
    /// which the form sets to `done` when it is answered or skipped).
    pub fn is_first_start(&self) -> Result<bool> {
        Ok(self.count()? == 0
            && self.load_draft()?.is_none()
            && self.changed_setting_pairs()?.is_empty())
    }

    /// Sets several settings (each as [`Store::set_setting`]) in one transaction: all of them,
    /// or none when one is refused. Returns the new settings.
    pub fn set_settings(&mut self, pairs: &[(String, String)]) -> Result<Settings> {
        self.all_or_nothing(|s| {
            for (k, v) in pairs {
                s.set_setting(k, v)?;
            }
            s.settings()
        })
    }
}
