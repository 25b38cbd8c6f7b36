//! A CSV file read as a table with named columns (header names matched case-insensitively).

use super::error::ReadError;
use std::collections::HashMap;

pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<csv::StringRecord>,
    index: HashMap<String, usize>,
}

/// The delimiter of the header line: Strong's older exports use `;`, everything else `,`.
fn delimiter(text: &str) -> u8 {
    let line = text.lines().next().unwrap_or("");
    if line.matches(';').count() > line.matches(',').count() {
        b';'
    } else {
        b','
    }
}

impl Table {
    pub fn parse(text: &str) -> Result<Table, ReadError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut r = csv::ReaderBuilder::new()
            .delimiter(delimiter(text))
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = r
            .headers()
            .map_err(|_| ReadError::from("unreadable CSV header line"))?
            .iter()
            .map(|h| h.trim().to_lowercase().replace('\u{2019}', "'"))
            .collect();
        let mut rows = Vec::new();
        for (n, rec) in r.records().enumerate() {
            rows.push(rec.map_err(|_| format!("malformed CSV at data row {}", n + 1))?);
        }
        let index = headers
            .iter()
            .enumerate()
            .map(|(i, h)| (h.clone(), i))
            .collect();
        Ok(Table {
            headers,
            rows,
            index,
        })
    }

    /// The index of the first of `names` present.
    pub fn col(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|n| self.index.get(*n).copied())
    }

    /// Like [`Table::col`] for columns the format requires; the error names them.
    pub fn require(&self, columns: &[(&str, &[&str])]) -> Result<Vec<usize>, ReadError> {
        let mut out = Vec::new();
        let mut missing = Vec::new();
        for (label, names) in columns {
            match self.col(names) {
                Some(i) => out.push(i),
                None => missing.push(label.to_string()),
            }
        }
        if missing.is_empty() {
            Ok(out)
        } else {
            Err(ReadError::MissingColumns(missing))
        }
    }
}

/// A cell, empty when the row is short.
pub fn cell(row: &csv::StringRecord, i: Option<usize>) -> &str {
    i.and_then(|i| row.get(i)).unwrap_or("")
}
