#!/usr/bin/env bash
# Scale benchmark: builds a workspace of ROWS generated flow events (default
# 20 million) from 1-million-row gzip parts, one import per part as an
# analyst adds exports, then times opening, summarising, filtering and
# sorting it with bench_scale. Prints Markdown tables with seconds and peak
# resident memory (GNU time). Needs about 0.7 GB of disk per million rows.
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

echo "| part | rows in workspace after | import seconds | import peak memory (MB) | workspace size (MB) |"
echo "|---|---|---|---|---|"
if [ ! -s "$workspace" ]; then
    for part in $(seq 1 "$parts"); do
        file=$work/parts/part-$part.csv.gz
        if [ ! -s "$file" ]; then
            # Each seed gives other ids, so the parts hold distinct keys.
            "$bin/flowscope-generate" --table contact_flow_events --rows "$part_rows" \
                --seed "$part" --gzip --output "$file" >&2
        fi
        read -r seconds mb < <(measure "$bin/flowscope-cli" import --workspace "$workspace" "$file")
        stored=$(sqlite3 "$workspace" "SELECT COUNT(*) FROM contact_flow_events")
        size=$(( $(stat -c %s "$workspace") / 1000000 ))
        echo "| $part | $stored | $seconds | $mb | $size |"
        rm -f "$file"
    done
fi

echo
read -r seconds mb < <(measure "$bin/flowscope-cli" summary --workspace "$workspace")
echo "flowscope-cli summary: $seconds s, peak memory $mb MB"
echo
QT_QPA_PLATFORM=offscreen /usr/bin/time -f 'bench_scale: %e s in all, peak memory %M kB' \
    "$bin/bench_scale" "$workspace"
