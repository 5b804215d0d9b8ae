#!/usr/bin/env bash
# Scale benchmark: builds a workspace of ROWS generated flow events (default
# 20 million) from 1-million-row gzip parts, one import per part as an
# analyst adds exports, then times opening, summarising, filtering and
# sorting it with bench_scale. Prints Markdown tables with seconds and peak
# resident memory (GNU time). Needs about 0.7 GB of disk per million rows.
#
# A run that stopped can be resumed with the same arguments. When the
# workspace exists, the parts it already contains are counted from its rows
# and only the missing ones are imported. Part N is always generated with
# --seed N, so with the same flowscope-generate a resumed run ends with the
# same rows as an uninterrupted one.
#
# Usage: tests/bench/scale.sh BUILD_DIR [ROWS] [WORK_DIR]
set -euo pipefail

build=$1
rows=${2:-20000000}
work=${3:-$build/bench/scale}
bin=$build/bin
part_rows=1000000
parts=$(( (rows + part_rows - 1) / part_rows ))
mkdir -p "$work/parts"
workspace=$work/scale-$rows.flowscope

# Runs a command under GNU time; prints "seconds peak_mb".
measure() {
    local log=$work/time.log
    /usr/bin/time -f '%e %M' -o "$log" "$@" > /dev/null
    awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$log"
}

# Counts the rows of the workspace. The first read-write open also rolls
# back what a killed import left in the write-ahead log.
count_rows() {
    sqlite3 "$workspace" "SELECT COUNT(*) FROM contact_flow_events"
}

# Every part adds at least part_rows rows, because the generator finishes the
# contact it is writing and the seeds give distinct keys. The 20 parts of a
# 20-million-row run add 44 rows more in all, so whole millions are whole parts.
done_parts=0
if [ -s "$workspace" ]; then
    stored=$(count_rows)
    done_parts=$(( stored / part_rows ))
    imports=$(sqlite3 "$workspace" "SELECT COUNT(*) FROM import_log")
    if [ "$imports" -ne "$done_parts" ]; then
        echo "Cannot resume $workspace: it contains $stored rows, which is $done_parts parts of" \
            "$part_rows rows, but its import log lists $imports imports. Move it away or pass" \
            "another WORK_DIR to start a new run." >&2
        exit 1
    fi
    echo "Resuming: $workspace already contains $stored rows from $done_parts parts."
    echo
fi

echo "| part | rows in workspace after | import seconds | import peak memory (MB) | workspace size (MB) |"
echo "|---|---|---|---|---|"
for part in $(seq $(( done_parts + 1 )) "$parts"); do
    file=$work/parts/part-$part.csv.gz
    # A part left by a stopped run is used only if its gzip stream is whole.
    if [ -s "$file" ] && ! gzip -t "$file" 2> /dev/null; then
        rm -f "$file"
    fi
    if [ ! -s "$file" ]; then
        # Each seed gives other ids, so the parts hold distinct keys.
        "$bin/flowscope-generate" --table contact_flow_events --rows "$part_rows" \
            --seed "$part" --gzip --output "$file.partial" >&2
        mv "$file.partial" "$file"
    fi
    read -r seconds mb < <(measure "$bin/flowscope-cli" import --workspace "$workspace" "$file")
    stored=$(count_rows)
    size=$(( $(stat -c %s "$workspace") / 1000000 ))
    echo "| $part | $stored | $seconds | $mb | $size |"
    rm -f "$file"
done

echo
read -r seconds mb < <(measure "$bin/flowscope-cli" summary --workspace "$workspace")
echo "flowscope-cli summary: $seconds s, peak memory $mb MB"
echo
QT_QPA_PLATFORM=offscreen /usr/bin/time -f 'bench_scale: %e s in all, peak memory %M kB' \
    "$bin/bench_scale" "$workspace"
