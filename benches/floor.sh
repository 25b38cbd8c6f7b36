#!/usr/bin/env bash
# Speed near the floor: `legday week --json` against the sqlite3 command-line tool running the
# same window queries on the same file, plus peak memory, on a 10-year (~3,000 sessions) and a
# 100,000-session database built by the seeded generator. Then `legday today --json` (on a day
# the 10-year history gets a strength suggestion, so the last-set queries run) and
# `legday records --json` against the sqlite3 floor of the records' two whole-history queries.
#
#   bash benches/floor.sh            # needs hyperfine and sqlite3 (apt-get install hyperfine sqlite3)
#
# Results go to stdout and to target/floor/*.md (hyperfine's markdown tables).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine sqlite3; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y $tool"; exit 1; }
done
cargo build --release --quiet --bin legday --example gen
out=target/floor
mkdir -p "$out"
BIN=target/release/legday
DAY=2026-11-23
FROM=2026-11-10   # the fortnight [D-13, D]
STRENGTH_DAY=2026-11-18   # the 10-year history's suggestion that day is a strength session

for spec in "10y:--years 10" "100k:--sessions 100000"; do
    name=${spec%%:*}
    args=${spec#*:}
    db="$out/$name.sqlite3"
    [ -f "$db" ] || target/release/examples/gen --db "$db" $args
    n=$(sqlite3 "$db" "SELECT count(*) FROM sessions")
    # The floor: the same three statements the store runs for a report (the fortnight's
    # sessions, their sets, the per-day series), each result fully read and printed.
    # (Before schema v3 the per-day series was a GROUP BY over every session: see README.)
    floor="SELECT id, uuid, date, time, type, rpe, minutes, note, source, source_key, kind, distance_m, duration_s, elevation_m, vest_kg, avg_hr, max_hr, shoes, gap_s_per_km FROM sessions WHERE date BETWEEN '$FROM' AND '$DAY' ORDER BY date, time, id;
SELECT session_id, exercise, reps, weight_kg, rir, warmup FROM sets WHERE session_id IN (SELECT id FROM sessions WHERE date BETWEEN '$FROM' AND '$DAY' AND type = 'strength') ORDER BY session_id, idx;
SELECT date, load, sessions, runs, hard, longest_run_m FROM daily WHERE date <= '$DAY' ORDER BY date;"
    echo "== $name: $n sessions"
    hyperfine -N --warmup 5 --min-runs 30 --export-markdown "$out/$name.md" \
        -n "legday week --json ($name)" "$BIN --db $db week --json --date $DAY" \
        -n "sqlite3 floor ($name)" "sqlite3 $db \"$floor\""
    /usr/bin/time -v "$BIN" --db "$db" week --json --date "$DAY" 2>"$out/$name.time" >/dev/null
    echo "peak RSS ($name): $(grep 'Maximum resident' "$out/$name.time" | awk '{print $NF}') KiB"
    # Records read every working set and every run: the floor is those two statements.
    records_floor="SELECT t.session_id, s.date, s.time, t.idx, t.exercise, t.reps, t.weight_kg, t.rir FROM sets t JOIN sessions s ON s.id = t.session_id WHERE t.warmup = 0 AND s.date <= '$DAY';
SELECT id, date, time, kind, distance_m, duration_s, shoes FROM sessions WHERE type = 'run' AND date <= '$DAY';"
    LEGDAY_TODAY=$DAY hyperfine -N --warmup 3 --min-runs 20 --export-markdown "$out/$name-engine.md" \
        -n "legday today --json ($name)" "$BIN --db $db today --json --date $STRENGTH_DAY" \
        -n "legday records --json ($name)" "$BIN --db $db records --json" \
        -n "sqlite3 records floor ($name)" "sqlite3 $db \"$records_floor\""
    for cmd in "today --json --date $STRENGTH_DAY" "records --json"; do
        LEGDAY_TODAY=$DAY /usr/bin/time -v "$BIN" --db "$db" $cmd 2>"$out/$name.time" >/dev/null
        echo "peak RSS ($name, $cmd): $(grep 'Maximum resident' "$out/$name.time" | awk '{print $NF}') KiB"
    done
done
