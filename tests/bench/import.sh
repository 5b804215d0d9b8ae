#!/usr/bin/env bash
# Import benchmark: flowscope-cli import of a generated Athena CSV of
# contact_flow_events, side by side with sqlite3's .import of the same file
# into a table with the same primary key, in one run. Prints a Markdown table.
#
# Usage: tests/bench/import.sh BUILD_DIR [ROWS] [RUNS]
set -euo pipefail

build=$1
rows=${2:-1000000}
runs=${3:-3}
bin=$build/bin
work=$build/bench
mkdir -p "$work"

csv=$work/contact_flow_events-$rows.csv
if [ ! -s "$csv" ]; then
    echo "Generating $csv ..." >&2
    "$bin/flowscope-generate" --table contact_flow_events --rows "$rows" --output "$csv" >&2
fi
size_mb=$(( $(stat -L -c %s "$csv") / 1000000 ))
data_rows=$(( $(wc -l < "$csv") - 1 ))

# The same columns and key as the workspace table.
schema="CREATE TABLE contact_flow_events ("
for column in $(head -1 "$csv" | tr -d '"\r' | tr ',' ' '); do
    schema+="\"$column\" TEXT, "
done
schema+="PRIMARY KEY (event_id, instance_id));"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Runs a command under GNU time; prints "seconds peak_kb".
measure() {
    local log=$work/time.log
    /usr/bin/time -f '%e %M' -o "$log" "$@" > /dev/null 2>&1
    cat "$log"
}

sqlite_seconds=()
sqlite_kb=()
flowscope_seconds=()
flowscope_kb=()
for run in $(seq 1 "$runs"); do
    rm -f "$work/sqlite.db" "$work/sqlite.db-journal"
    sqlite3 "$work/sqlite.db" "$schema"
    read -r seconds kb < <(measure sqlite3 "$work/sqlite.db" ".import --csv --skip 1 $csv contact_flow_events")
    sqlite_seconds+=("$seconds"); sqlite_kb+=("$kb")

    rm -f "$work/bench.flowscope" "$work/bench.flowscope-wal" "$work/bench.flowscope-shm"
    read -r seconds kb < <(measure "$bin/flowscope-cli" import --workspace "$work/bench.flowscope" "$csv")
    flowscope_seconds+=("$seconds"); flowscope_kb+=("$kb")
    echo "run $run: sqlite3 ${sqlite_seconds[-1]} s, flowscope ${flowscope_seconds[-1]} s" >&2
done

stored=$(sqlite3 "$work/bench.flowscope" "SELECT COUNT(*) FROM contact_flow_events")
s_sec=$(printf '%s\n' "${sqlite_seconds[@]}" | median)
s_kb=$(printf '%s\n' "${sqlite_kb[@]}" | median)
f_sec=$(printf '%s\n' "${flowscope_seconds[@]}" | median)
f_kb=$(printf '%s\n' "${flowscope_kb[@]}" | median)

echo
echo "Import of $data_rows rows ($size_mb MB Athena CSV), median of $runs runs; flowscope stored $stored rows"
echo
echo "| tool | seconds | rows/s | peak memory (MB) |"
echo "|---|---|---|---|"
awk -v s="$s_sec" -v k="$s_kb" -v r="$data_rows" 'BEGIN { printf "| sqlite3 .import | %.1f | %.0f | %.0f |\n", s, r / s, k / 1024 }'
awk -v s="$f_sec" -v k="$f_kb" -v r="$data_rows" 'BEGIN { printf "| flowscope-cli import | %.1f | %.0f | %.0f |\n", s, r / s, k / 1024 }'
awk -v f="$f_sec" -v s="$s_sec" 'BEGIN { printf "\nflowscope time / sqlite3 time: %.2f\n", f / s }'
