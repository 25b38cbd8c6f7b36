//! Robustness through the real binary: writers killed mid-write and concurrent writers
//! (`crash_safety`), hostile and broken files and databases (`hostile`), the store under load
//! and faults (`store_faults`), and no SQL built by formatting strings (`security`).

mod architecture;
mod crash_safety;
mod hostile;
mod security;
mod store_faults;
