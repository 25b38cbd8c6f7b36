#!/usr/bin/env bash
# Import speed against a floor, and peak memory (README, "Import speed"):
#   1. 200 copies of the Garmin GPX fixture (start times shifted a day apart) imported into an
#      empty database, against Python's xml.etree.iterparse merely reading the same files;
#   2. the same folder imported again (every file unchanged: recognised by its content hash);
#   3. peak memory importing one ~54 MB GPX.
#
#   bash benches/import.sh      # needs hyperfine, python3 and GNU time (apt-get install hyperfine time)
#
# Results go to stdout and to target/import-bench/*.md (hyperfine's markdown tables).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y hyperfine python3 time"; exit 1; }
done
cargo build --release --quiet --bin legday
BIN=$PWD/target/release/legday
out=target/import-bench
mkdir -p "$out"
runs=$out/runs
[ -d "$runs" ] || python3 benches/import_data.py copies "$runs" 200
big=$out/big.gpx
[ -f "$big" ] || python3 benches/import_data.py big "$big" 54
db=$out/bench.sqlite3

echo "== first import of 200 GPX files ($(du -sh "$runs" | cut -f1)) vs the Python floor"
hyperfine -N --warmup 1 --min-runs 5 --export-markdown "$out/first.md" \
    --prepare "rm -f $db $db-wal $db-shm" \
    -n "legday import (empty database)" "$BIN --db $db import $runs" \
    -n "python3 xml.etree.iterparse (read only)" "python3 benches/import_data.py floor $runs"

echo "== re-import of the unchanged folder"
rm -f "$db" "$db-wal" "$db-shm"
"$BIN" --db "$db" import "$runs" >/dev/null
hyperfine -N --warmup 1 --min-runs 10 --export-markdown "$out/again.md" \
    -n "legday import (unchanged, again)" "$BIN --db $db import $runs"

echo "== re-import after touching every file (same content, new modification time: hashed, not parsed)"
hyperfine -N --min-runs 5 --export-markdown "$out/touched.md" \
    --prepare "find $runs -name *.gpx -exec touch {} +" \
    -n "legday import (touched, again)" "$BIN --db $db import $runs"

echo "== peak memory for one $(du -h "$big" | cut -f1) GPX"
rm -f "$db" "$db-wal" "$db-shm"
/usr/bin/time -v "$BIN" --db "$db" import "$big" 2>"$out/big.time" >/dev/null || true
echo "peak RSS: $(grep 'Maximum resident' "$out/big.time" | awk '{print $NF}') KiB"
grep 'Elapsed (wall' "$out/big.time"
