#!/usr/bin/env bash
# Export benchmark: flowscope-cli export of filtered flow events to CSV, side
# by side in one run with the sqlite3 CLI writing the same rows in the same
# order with .mode csv. Then an XLSX export of a quarter and of all of those
# rows, to show whether memory stays flat. Prints Markdown tables.
#
# The workspace contains ROWS * 5 / 4 generated flow events over 10 days, and the
# filter keeps the first 8 days, so about ROWS rows are exported. Flowscope
# does more per row than sqlite3: timestamps become ISO 8601 text in the time
# zone, and cells that a spreadsheet would run as formulas are neutralised.
#
# Usage: tests/bench/export.sh BUILD_DIR [ROWS] [RUNS]
set -euo pipefail

build=$1
rows=${2:-1000000}
runs=${3:-3}
bin=$build/bin
work=$build/bench
mkdir -p "$work"

workspace=$work/export-$rows.flowscope
if [ ! -s "$workspace" ]; then
    csv=$work/export-$rows.csv.gz
    echo "Generating and importing $(( rows * 5 / 4 )) flow events ..." >&2
    "$bin/flowscope-generate" --table contact_flow_events --rows $(( rows * 5 / 4 )) \
        --first-day 2026-11-01 --days 10 --gzip --output "$csv" >&2
    "$bin/flowscope-cli" import --workspace "$workspace.partial" "$csv" >&2
    rm -f "$csv"
    mv "$workspace.partial" "$workspace"
fi

from=2026-11-01
to=2026-11-09
from_ms=$(( $(date -u -d "$from" +%s) * 1000 ))
to_ms=$(( $(date -u -d "$to" +%s) * 1000 ))
columns=$(sqlite3 "$workspace" "SELECT group_concat('\"' || name || '\"', ', ') FROM pragma_table_info('contact_flow_events')")
# The statement flowscope-cli runs for this filter: the same rows, columns and order.
query="SELECT $columns FROM contact_flow_events WHERE start_timestamp >= $from_ms AND start_timestamp < $to_ms ORDER BY start_timestamp, rowid"
matched=$(sqlite3 "$workspace" "SELECT COUNT(*) FROM contact_flow_events WHERE start_timestamp >= $from_ms AND start_timestamp < $to_ms")
stored=$(sqlite3 "$workspace" "SELECT COUNT(*) FROM contact_flow_events")

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Runs a command under GNU time with its output in a file; prints "seconds peak_kb".
measure() {
    local output=$1
    shift
    local log=$work/time.log
    /usr/bin/time -f '%e %M' -o "$log" "$@" > "$output" 2> /dev/null
    cat "$log"
}

sqlite_seconds=()
sqlite_kb=()
csv_seconds=()
csv_kb=()
for run in $(seq 1 "$runs"); do
    read -r seconds kb < <(measure "$work/sqlite-export.csv" sqlite3 -csv -header "$workspace" "$query")
    sqlite_seconds+=("$seconds"); sqlite_kb+=("$kb")

    rm -f "$work/flowscope-export.csv"
    read -r seconds kb < <(measure /dev/null "$bin/flowscope-cli" export --workspace "$workspace" \
        --view flow-events --from "$from" --to "$to" --format csv --output "$work/flowscope-export.csv")
    csv_seconds+=("$seconds"); csv_kb+=("$kb")
    echo "run $run: sqlite3 ${sqlite_seconds[-1]} s, flowscope csv ${csv_seconds[-1]} s" >&2
done

# Both files contain a header and one line per row. sqlite3 ends lines with LF
# and Flowscope with CRLF, and no generated value contains a line break.
sqlite_lines=$(wc -l < "$work/sqlite-export.csv")
csv_lines=$(wc -l < "$work/flowscope-export.csv")
if [ "$sqlite_lines" -ne "$csv_lines" ]; then
    echo "The exports differ: sqlite3 wrote $sqlite_lines lines, flowscope-cli $csv_lines." >&2
    exit 1
fi

# XLSX of a quarter of the rows (the first two days) and of all of them.
quarter_to=2026-11-03
xlsx_rows=()
xlsx_seconds=()
xlsx_kb=()
for window_to in "$quarter_to" "$to"; do
    window_to_ms=$(( $(date -u -d "$window_to" +%s) * 1000 ))
    xlsx_rows+=("$(sqlite3 "$workspace" "SELECT COUNT(*) FROM contact_flow_events WHERE start_timestamp >= $from_ms AND start_timestamp < $window_to_ms")")
    rm -f "$work/flowscope-export.xlsx"
    read -r seconds kb < <(measure /dev/null "$bin/flowscope-cli" export --workspace "$workspace" \
        --view flow-events --from "$from" --to "$window_to" --format xlsx \
        --output "$work/flowscope-export.xlsx")
    xlsx_seconds+=("$seconds"); xlsx_kb+=("$kb")
    echo "xlsx of ${xlsx_rows[-1]} rows: $seconds s, $(( kb / 1024 )) MB" >&2
done
xlsx_mb=$(( $(stat -c %s "$work/flowscope-export.xlsx") / 1000000 ))

s_sec=$(printf '%s\n' "${sqlite_seconds[@]}" | median)
s_kb=$(printf '%s\n' "${sqlite_kb[@]}" | median)
c_sec=$(printf '%s\n' "${csv_seconds[@]}" | median)
c_kb=$(printf '%s\n' "${csv_kb[@]}" | median)
csv_mb=$(( $(stat -c %s "$work/flowscope-export.csv") / 1000000 ))

echo
echo "Export of $matched of $stored flow events (start $from to $to, UTC), median of $runs runs"
echo
echo "| tool | seconds | rows/s | peak memory (MB) | file (MB) |"
echo "|---|---|---|---|---|"
awk -v s="$s_sec" -v k="$s_kb" -v r="$matched" -v f="$(( $(stat -c %s "$work/sqlite-export.csv") / 1000000 ))" \
    'BEGIN { printf "| sqlite3 -csv | %.1f | %.0f | %.0f | %d |\n", s, r / s, k / 1024, f }'
awk -v s="$c_sec" -v k="$c_kb" -v r="$matched" -v f="$csv_mb" \
    'BEGIN { printf "| flowscope-cli export --format csv | %.1f | %.0f | %.0f | %d |\n", s, r / s, k / 1024, f }'
awk -v f="$c_sec" -v s="$s_sec" 'BEGIN { printf "\nflowscope time / sqlite3 time: %.2f\n", f / s }'
echo
echo "| flowscope-cli export --format xlsx | rows | seconds | peak memory (MB) |"
echo "|---|---|---|---|"
awk -v r="${xlsx_rows[0]}" -v s="${xlsx_seconds[0]}" -v k="${xlsx_kb[0]}" \
    'BEGIN { printf "| first 2 days | %d | %.1f | %.0f |\n", r, s, k / 1024 }'
awk -v r="${xlsx_rows[1]}" -v s="${xlsx_seconds[1]}" -v k="${xlsx_kb[1]}" -v f="$xlsx_mb" \
    'BEGIN { printf "| all 8 days (%d MB file) | %d | %.1f | %.0f |\n", f, r, s, k / 1024 }'
