#!/usr/bin/env bash
# The coach against the dashboard: `legday today --json` and `legday plan --json --days 28`
# against `legday week --json` on the 10-year database of the seeded generator (target: each
# within 2× of `week --json`). Wall time by hyperfine, and instruction counts by callgrind
# (exact and repeatable where wall time is noisy on a shared machine).
#
#   bash benches/coach.sh            # needs hyperfine and valgrind (apt-get install hyperfine valgrind)
#
# Results go to stdout and to target/floor/coach.md.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine valgrind; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y $tool"; exit 1; }
done
cargo build --release --quiet --bin legday --example gen
out=target/floor
mkdir -p "$out"
BIN=target/release/legday
DAY=2026-11-23
db="$out/10y.sqlite3"
[ -f "$db" ] || target/release/examples/gen --db "$db" --years 10
export LEGDAY_TODAY=$DAY
hyperfine -N --warmup 5 --min-runs 30 --export-markdown "$out/coach.md" \
    -n "legday week --json (10y)" "$BIN --db $db week --json --date $DAY" \
    -n "legday today --json (10y)" "$BIN --db $db today --json --date $DAY" \
    -n "legday plan --json --days 28 (10y)" "$BIN --db $db plan --json --days 28 --date $DAY"
for cmd in "week --json --date $DAY" "today --json --date $DAY" "plan --json --days 28 --date $DAY"; do
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" --db "$db" $cmd \
        2>"$out/coach.callgrind" >/dev/null
    echo "$cmd: $(grep -o 'refs: *[0-9,]*' "$out/coach.callgrind" | awk '{print $2}') instructions"
done
