//! Clear words: disk full, locked, damaged, and `legday check`.
