//! Files that appear whole or not at all: written into an unnamed file in the target's folder
//! (`O_TMPFILE`), synced, then given their name. A process killed while writing leaves nothing
//! behind; where the file system has no unnamed files, a named temporary file is used instead.

use crate::error::{Error, Result};
use std::fs::File;
use std::io::{Seek, Write};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};

/// The folder a file is in (`.` for a bare name).
pub(crate) fn folder(path: &Path) -> PathBuf {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// Writes `dest` with what `fill` writes. `replace`: an existing `dest` is replaced; otherwise
/// an existing `dest` is an `AlreadyExists` I/O error and is left alone. Errors name `dest`.
pub(crate) fn write_file(
    dest: &Path,
    replace: bool,
    fill: impl FnOnce(&mut File) -> Result<()>,
) -> Result<()> {
    let dir = folder(dest);
    let io = |e: std::io::Error| Error::io(format!("writing {}", dest.display()), e);
    let mut f = tempfile::tempfile_in(&dir).map_err(io)?;
    // Readable by its owner only, as every file legday writes.
    f.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))
        .map_err(io)?;
    fill(&mut f)?;
    f.sync_all().map_err(io)?;
    let proc = PathBuf::from(format!("/proc/self/fd/{}", f.as_raw_fd()));
    let link = |to: &Path| {
        rustix::fs::linkat(
            rustix::fs::CWD,
            &proc,
            rustix::fs::CWD,
            to,
            rustix::fs::AtFlags::SYMLINK_FOLLOW,
        )
        .map_err(std::io::Error::from)
    };
    let named = if replace {
        let tmp = dir.join(format!(
            ".{}.{}.tmp",
            dest.file_name().unwrap_or_default().to_string_lossy(),
            uuid::Uuid::new_v4().simple()
        ));
        link(&tmp).and_then(|()| {
            std::fs::rename(&tmp, dest).inspect_err(|_| {
                let _ = std::fs::remove_file(&tmp);
            })
        })
    } else {
        link(dest)
    };
    match named {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && !replace => {
            return Err(io(e));
        }
        // No unnamed files here (the fallback of `tempfile_in` unlinked a named one) or no
        // /proc: copy into a named temporary file and rename that.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound || e.raw_os_error() == Some(18) => {
            let mut named = tempfile::NamedTempFile::new_in(&dir).map_err(io)?;
            f.rewind().map_err(io)?;
            std::io::copy(&mut f, named.as_file_mut()).map_err(io)?;
            named.as_file_mut().flush().map_err(io)?;
            named.as_file().sync_all().map_err(io)?;
            if replace {
                named.persist(dest).map_err(|e| io(e.error))?;
            } else {
                named.persist_noclobber(dest).map_err(|e| io(e.error))?;
            }
        }
        Err(e) => return Err(io(e)),
    }
    // The new name itself is durable once the folder is synced.
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}
