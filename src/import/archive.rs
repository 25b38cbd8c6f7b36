//! `.zip` and `.gz` read in memory, never extracted to disk, with caps on what is decompressed:
//! each file at most [`MAX_FILE_BYTES`](super::MAX_FILE_BYTES), a zip inside a zip at most
//! [`MAX_NESTED_ZIP_BYTES`] and [`MAX_ZIP_DEPTH`] deep, and an archive at most
//! [`MAX_ARCHIVE_TOTAL`] in all: a zip bomb is refused with a reason, not unpacked.

use super::formats::extension;
use super::{FileResult, MAX_FILE_BYTES, Zone, read_file_in};
use crate::domain::{Catalog, Settings};
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};

/// A zip inside a zip is read into memory up to this size.
pub const MAX_NESTED_ZIP_BYTES: u64 = 1024 * 1024 * 1024;
/// Zips inside zips inside zips... at most this deep.
pub const MAX_ZIP_DEPTH: usize = 3;
/// Everything decompressed from one archive given on the command line, at most.
pub const MAX_ARCHIVE_TOTAL: u64 = 8 * 1024 * 1024 * 1024;

fn mib(n: u64) -> u64 {
    n / (1024 * 1024)
}

/// Reads at most `cap` bytes; more is refused as a possible bomb.
pub fn read_capped(mut r: impl Read, cap: u64, hint: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(hint.min(cap) as usize);
    (&mut r)
        .take(cap + 1)
        .read_to_end(&mut out)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::UnexpectedEof => "truncated: the compressed data ends early".into(),
            std::io::ErrorKind::InvalidInput | std::io::ErrorKind::InvalidData => {
                "corrupt compressed data".to_string()
            }
            k => format!("cannot read: {k}"),
        })?;
    if out.len() as u64 > cap {
        return Err(format!(
            "refused: decompresses to more than {} MiB (a possible zip bomb)",
            mib(cap)
        ));
    }
    Ok(out)
}

/// The content of a `.gz` file (several gzip members are read one after another).
pub fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Err("not gzip data (no gzip header)".into());
    }
    let dec = flate2::read::MultiGzDecoder::new(bytes);
    read_capped(dec, MAX_FILE_BYTES, bytes.len() as u64 * 4).map_err(|e| format!("gzip: {e}"))
}

/// One member of a zip, as its index and name.
pub struct Member {
    pub index: usize,
    pub name: String,
    pub is_dir: bool,
}

/// Opens a zip and lists its members in archive order.
pub fn open_zip<R: Read + Seek>(reader: R) -> Result<(zip::ZipArchive<R>, Vec<Member>), String> {
    let z = zip::ZipArchive::new(reader).map_err(|e| match e {
        zip::result::ZipError::InvalidArchive(_) | zip::result::ZipError::Io(_) => {
            "not a readable ZIP archive (truncated or corrupt)".to_string()
        }
        zip::result::ZipError::UnsupportedArchive(_) => {
            "a ZIP archive this reader does not support (encrypted or multi-part?)".into()
        }
        _ => "not a readable ZIP archive".into(),
    })?;
    let members = (0..z.len())
        .filter_map(|i| {
            let name = z.name_for_index(i)?.to_string();
            Some(Member {
                index: i,
                is_dir: name.ends_with('/'),
                name,
            })
        })
        .collect();
    Ok((z, members))
}

/// A member to read from, decompressing as it is read.
pub fn open_member<R: Read + Seek>(
    z: &mut zip::ZipArchive<R>,
    index: usize,
) -> Result<zip::read::ZipFile<'_, R>, String> {
    z.by_index(index).map_err(|e| match e {
        zip::result::ZipError::UnsupportedArchive(_) => {
            "compressed with a method this reader does not support (or encrypted)".to_string()
        }
        _ => "a corrupt entry in the ZIP archive".into(),
    })
}

/// A member's content, at most `cap` bytes decompressed.
pub fn read_member<R: Read + Seek>(
    z: &mut zip::ZipArchive<R>,
    index: usize,
    cap: u64,
) -> Result<Vec<u8>, String> {
    let f = open_member(z, index)?;
    let hint = f.size();
    read_capped(f, cap, hint).map_err(|e| {
        if e.starts_with("cannot read") || e.starts_with("corrupt") || e.starts_with("truncated") {
            format!("{e} (a corrupt entry in the ZIP archive)")
        } else {
            e
        }
    })
}

/// What identifies a member without decompressing it: its CRC-32 and sizes.
pub fn member_stamp<R: Read + Seek>(z: &mut zip::ZipArchive<R>, index: usize) -> Option<String> {
    let f = z.by_index_raw(index).ok()?;
    Some(format!(
        "{:08x}|{}|{}",
        f.crc32(),
        f.size(),
        f.compressed_size()
    ))
}

/// A name from inside an archive made safe to print and to join to the archive's path: no
/// control characters, no leading `/` (which would replace the archive's path when joined).
pub fn printable_name(name: &str) -> String {
    name.trim_start_matches(['/', '\\'])
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

/// Every file in `bytes` read without a database: a `.gz` or `.zip` (nested too) is opened in
/// memory under the same caps as an import, anything else read as one file. Each result names
/// its path (inside the archive too); an error's text starts with that path. For tests and
/// fuzzing: [`crate::import::import_paths`] is the import itself.
pub fn read_any(
    path: &Path,
    bytes: &[u8],
    catalog: &Catalog,
    settings: &Settings,
    zone: Zone,
) -> Vec<(PathBuf, Result<FileResult, String>)> {
    let mut out = Vec::new();
    read_into(path, bytes, 0, &mut (catalog, settings, zone, &mut out));
    out
}

type Sink<'a, 'b> = (
    &'a Catalog,
    &'a Settings,
    Zone,
    &'b mut Vec<(PathBuf, Result<FileResult, String>)>,
);

fn read_into(path: &Path, bytes: &[u8], depth: usize, sink: &mut Sink<'_, '_>) {
    let fail = |why: String| Err(format!("{}: {why}", path.display()));
    match extension(path).as_str() {
        "gz" => match gunzip(bytes) {
            Ok(inner) => read_into(&path.with_extension(""), &inner, depth, sink),
            Err(why) => sink.3.push((path.to_path_buf(), fail(why))),
        },
        "zip" if depth >= MAX_ZIP_DEPTH => {
            let why = format!("refused: zips nested more than {MAX_ZIP_DEPTH} deep");
            sink.3.push((path.to_path_buf(), fail(why)));
        }
        "zip" => match open_zip(std::io::Cursor::new(bytes)) {
            Err(why) => sink.3.push((path.to_path_buf(), fail(why))),
            Ok((mut z, members)) => {
                for m in members.iter().filter(|m| !m.is_dir) {
                    let inner = path.join(printable_name(&m.name));
                    let cap = if extension(&inner) == "zip" {
                        MAX_NESTED_ZIP_BYTES
                    } else {
                        MAX_FILE_BYTES
                    };
                    match read_member(&mut z, m.index, cap) {
                        Ok(b) => read_into(&inner, &b, depth + 1, sink),
                        Err(why) => {
                            let e = Err(format!("{}: {why}", inner.display()));
                            sink.3.push((inner, e));
                        }
                    }
                }
            }
        },
        _ => {
            let r = read_file_in(path, bytes, sink.0, sink.1, sink.2).map_err(|e| e.to_string());
            sink.3.push((path.to_path_buf(), r));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_gzip_bomb_is_refused_with_a_reason() {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let zeros = vec![0u8; 1024 * 1024];
        for _ in 0..=mib(MAX_FILE_BYTES) {
            enc.write_all(&zeros).unwrap();
        }
        let bomb = enc.finish().unwrap();
        assert!(bomb.len() < 200 * 1024, "{}", bomb.len());
        let err = gunzip(&bomb).unwrap_err();
        assert!(err.contains("refused") && err.contains("zip bomb"), "{err}");
    }

    #[test]
    fn member_names_stay_inside_the_archive_path() {
        let shown = std::path::Path::new("a.zip").join(printable_name("/etc/x\u{1b}[2J.gpx"));
        assert_eq!(shown, std::path::Path::new("a.zip/etc/x?[2J.gpx"));
    }

    #[test]
    fn truncated_gzip_fails_with_a_reason() {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(&[7u8; 10_000]).unwrap();
        let gz = enc.finish().unwrap();
        let err = gunzip(&gz[..gz.len() / 2]).unwrap_err();
        assert!(err.starts_with("gzip: "), "{err}");
        assert_eq!(
            gunzip(b"plain").unwrap_err(),
            "not gzip data (no gzip header)"
        );
    }
}
