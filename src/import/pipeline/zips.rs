//! Zip archives, their members read one at a time in memory, a nested zip read like its parent,
//! Strava's `activities.csv` read first wherever it sits.

use super::{Content, Importer, Leaf};
use crate::import::MAX_FILE_BYTES;
use crate::import::archive::{
    self, MAX_ARCHIVE_TOTAL, MAX_NESTED_ZIP_BYTES, MAX_ZIP_DEPTH, Member,
};
use crate::import::formats::{extension, is_readable_extension, unread_kind};
use crate::import::strava::file_key;
use std::io::{BufReader, Read, Seek};
use std::path::Path;

impl Importer<'_> {
    pub(super) fn zip(&mut self, l: Leaf, depth: usize) {
        if depth >= MAX_ZIP_DEPTH {
            let why = format!("refused: zips nested more than {MAX_ZIP_DEPTH} deep");
            return self.failed(l.path, None, why);
        }
        let opened = match l.content {
            Content::Disk(p) => match std::fs::File::open(&p) {
                Ok(f) => archive::open_zip(BufReader::new(f))
                    .map(|(z, m)| self.members(&l.path, z, m, depth)),
                Err(e) => Err(format!("cannot open: {}", e.kind())),
            },
            Content::Mem(b) => archive::open_zip(std::io::Cursor::new(b))
                .map(|(z, m)| self.members(&l.path, z, m, depth)),
        };
        if let Err(why) = opened {
            self.failed(l.path, None, why);
        }
    }

    fn members<R: Read + Seek>(
        &mut self,
        shown: &Path,
        mut z: zip::ZipArchive<R>,
        members: Vec<Member>,
        depth: usize,
    ) {
        let index = members
            .iter()
            .filter(|m| !m.is_dir && crate::import::formats::is_index_name(&file_key(&m.name)))
            .min_by_key(|m| m.name.matches('/').count())
            .map(|m| (m.index, shown.join(archive::printable_name(&m.name))));
        let mut scoped = None;
        if let Some((i, path)) = index {
            // streamed: an index may be larger than a file read whole (Apple's export.xml)
            match archive::open_member(&mut z, i) {
                Ok(member) => {
                    if self.open_strava(&path, member.take(self.budget)) {
                        scoped = Some((i, path));
                    }
                }
                Err(why) => self.failed(path, None, why),
            }
        }
        for m in members.iter().filter(|m| !m.is_dir) {
            if scoped.as_ref().is_some_and(|s| s.0 == m.index) {
                continue;
            }
            let name = archive::printable_name(&m.name);
            let path = shown.join(&name);
            let base = file_key(&name);
            let ext = extension(Path::new(&base));
            if !is_readable_extension(&ext) {
                self.sum.count_unread(unread_kind(&ext));
                continue;
            }
            if self.budget == 0 {
                let why = format!(
                    "refused: the archive decompresses to more than {} GiB in all (a possible zip bomb)",
                    MAX_ARCHIVE_TOTAL >> 30
                );
                self.failed(path, None, why);
                continue;
            }
            let cap = if ext == "zip" {
                MAX_NESTED_ZIP_BYTES
            } else {
                MAX_FILE_BYTES
            };
            let stamp = archive::member_stamp(&mut z, m.index)
                .map(|s| format!("zip|{}|{s}", path.display()));
            let mut leaf = Leaf {
                path,
                join: base.clone(),
                name: base,
                content: Content::Mem(Vec::new()),
                explicit: false,
                stamp,
            };
            if self.known_unread(&leaf) {
                continue;
            }
            match archive::read_member(&mut z, m.index, cap.min(self.budget)) {
                Err(why) => self.failed(leaf.path, None, why),
                Ok(bytes) => {
                    self.budget = self.budget.saturating_sub(bytes.len() as u64);
                    leaf.content = Content::Mem(bytes);
                    self.leaf(leaf, depth + 1);
                }
            }
        }
        if let Some((_, path)) = scoped {
            self.close_strava(path);
        }
    }
}
