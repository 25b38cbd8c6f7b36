//! Issue 18: data is sacred under load and faults, through the real binary. Reads during a
//! write loop are never refused, a file completed by its write-ahead log is read, several
//! processes opening a previous-release file migrate it once, a failed import commit is never
//! claimed, a foreign `-wal` and files that are not databases are refused untouched, an export
//! killed mid-write leaves nothing, and every fault is said in clear words.

mod common;
mod concurrency;
mod files;
mod words;
