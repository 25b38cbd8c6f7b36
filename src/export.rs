//! PLACEHOLDER: replaced by the import branch.
use crate::error::Result;
use crate::store::Store;
use std::io::Write;
pub fn export_json(store: &Store, w: &mut dyn Write) -> Result<()> {
    let _ = (store, w);
    Err(crate::Error::Other("export is not built yet".into()))
}
pub fn export_csv(store: &Store, w: &mut dyn Write) -> Result<()> {
    let _ = (store, w);
    Err(crate::Error::Other("export is not built yet".into()))
}
