//! PLACEHOLDER: replaced by the UI branch.
use crate::error::Result;
use crate::store::Store;
use chrono::NaiveDate;
pub fn run(store: Store, today: NaiveDate) -> Result<()> {
    let _ = (store, today);
    Err(crate::Error::Other(
        "the terminal UI is not built yet".into(),
    ))
}
pub fn run_demo(today: NaiveDate) -> Result<()> {
    let _ = today;
    Err(crate::Error::Other(
        "the terminal UI is not built yet".into(),
    ))
}
