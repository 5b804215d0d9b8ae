#!/usr/bin/env bash
# Flow analytics benchmark on a generated export of ROWS contact_flow_events.
# It times the flow map (edges and variants, then with the desktop page's
# Graphviz layout) and the reference metrics, in process (bench_flowpaths) and
# through flowscope-cli. Beside them, the sqlite3 CLI runs equivalent SQL on
# the same workspace file, with LAG and LEAD windows for the directly-follows
# graph. Prints a Markdown table of medians and the longest GUI-thread stall
# while the desktop flow map page opens the workspace and draws its map.
#
# Usage: tests/bench/flowpaths.sh BUILD_DIR [ROWS] [RUNS]
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
workspace=$work/flowpaths-$rows.flowscope
if [ ! -s "$workspace" ]; then
    echo "Importing into $workspace ..." >&2
    "$bin/flowscope-cli" import --workspace "$workspace" "$csv" > /dev/null
fi

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Runs a command RUNS times with its output discarded; prints the median wall
# seconds and the median CPU seconds (user + system), because on a shared
# machine the wall time depends on the other load.
time_median() {
    local walls=() cpus=() log=$work/time.log
    for _ in $(seq 1 "$runs"); do
        /usr/bin/time -f '%e %U %S' -o "$log" "$@" > /dev/null
        read -r wall user system < "$log"
        walls+=("$wall")
        cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')")
    done
    echo "$(printf '%s\n' "${walls[@]}" | median) ($(printf '%s\n' "${cpus[@]}" | median))"
}

# The step's activity as the flow map defines it: the module for module rows, else the flow.
activity="CASE WHEN resource_type = 'module' AND module_resource_id IS NOT NULL
          THEN module_resource_id ELSE flow_resource_id END"
order="ORDER BY start_timestamp, end_timestamp, event_id"

lag_sql="SELECT previous, activity, COUNT(*), COUNT(DISTINCT contact_id) FROM (
    SELECT contact_id, $activity AS activity,
           LAG($activity) OVER (PARTITION BY contact_id $order) AS previous
    FROM contact_flow_events) GROUP BY previous, activity;"

variants_sql="SELECT path, COUNT(*) FROM (
    SELECT contact_id, group_concat(activity, ' > ') AS path FROM (
        SELECT contact_id, $activity AS activity FROM contact_flow_events
        ORDER BY contact_id, start_timestamp, end_timestamp, event_id)
    GROUP BY contact_id) GROUP BY path ORDER BY 2 DESC;"

# The directly-follows graph as the flow map defines it, per (instance_id,
# contact_id), with start and end edges. LAG gives each step's predecessor,
# or start when there is none, and LEAD finds each contact's last step.
dfg_sql="WITH steps AS MATERIALIZED (
    SELECT instance_id, contact_id, $activity AS activity,
           LAG($activity) OVER w AS previous, LEAD(event_id) OVER w AS following
    FROM contact_flow_events
    WINDOW w AS (PARTITION BY instance_id, contact_id $order))
SELECT previous, activity, COUNT(*), COUNT(DISTINCT instance_id || ' ' || contact_id) FROM (
    SELECT instance_id, contact_id, COALESCE(previous, 'start') AS previous, activity FROM steps
    UNION ALL
    SELECT instance_id, contact_id, activity, 'end' FROM steps WHERE following IS NULL)
GROUP BY previous, activity;"

metrics_sql="SELECT instance_id, flow_resource_id, flow_type, COUNT(*) FROM contact_flow_events
    GROUP BY 1, 2, 3;
SELECT instance_id, flow_resource_id, flow_outcome, COUNT(*),
       COUNT(*) * 100.0 / SUM(COUNT(*)) OVER (PARTITION BY instance_id, flow_resource_id)
    FROM contact_flow_events WHERE end_timestamp IS NOT NULL GROUP BY 1, 2, 3;
SELECT instance_id, flow_resource_id, AVG(end_timestamp - start_timestamp) / 1000.0,
       MIN(end_timestamp - start_timestamp) / 1000.0, MAX(end_timestamp - start_timestamp) / 1000.0
    FROM contact_flow_events WHERE end_timestamp IS NOT NULL GROUP BY 1, 2;"

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Timing in process ..." >&2
declare -A inproc
while read -r name value; do inproc[$name]=$value; done < <(QT_QPA_PLATFORM=offscreen "$bin/bench_flowpaths" "$workspace" "$runs")

echo "Timing flowscope-cli and sqlite3 ..." >&2
cli_paths=$(time_median "$bin/flowscope-cli" paths --workspace "$workspace" --json --top 20)
cli_metrics=$(time_median "$bin/flowscope-cli" flow-metrics --workspace "$workspace" --json)
sql_lag=$(time_median sqlite3 -readonly "$workspace" "$lag_sql")
sql_dfg=$(time_median sqlite3 -readonly "$workspace" "$dfg_sql")
sql_variants=$(time_median sqlite3 -readonly "$workspace" "$variants_sql")
sql_metrics=$(time_median sqlite3 -readonly "$workspace" "$metrics_sql")

echo
echo "${inproc[events]} events, ${inproc[contacts]} contacts, ${inproc[nodes]} nodes, ${inproc[edges]} edges, ${inproc[variants]} variants."
echo "Median of $runs runs: wall seconds (CPU seconds, user + system). Load average before the run: $load."
echo
echo "| work | Flowscope models (in process) | flowscope-cli (whole process, JSON out) | sqlite3 CLI |"
echo "|---|---:|---:|---:|"
echo "| flow map: edges, nodes, durations and variants in one scan | ${inproc[flow_map]} | $cli_paths | - |"
echo "| flow map and its Graphviz layout with the default sliders (${inproc[layout_default_nodes]} nodes, ${inproc[layout_default_edges]} edges) | ${inproc[flow_map_with_layout]} | - | - |"
echo "| layout only, default sliders | ${inproc[layout_default]} | - | - |"
echo "| desktop flow map page, from opening the workspace until the map is drawn (${inproc[page_nodes]} nodes, ${inproc[page_edges]} edges), wall seconds only | ${inproc[page_drawn]} | - | - |"
echo "| layout only, every activity (edges capped) | ${inproc[layout_all]} | - | - |"
echo "| directly-follows pairs only (LAG window) | - | - | $sql_lag |"
echo "| directly-follows graph with start and end (LAG and LEAD windows) | - | - | $sql_dfg |"
echo "| variants only (group_concat per contact) | - | - | $sql_variants |"
echo "| reference flow metrics (three queries) | ${inproc[flow_metrics]} | $cli_metrics | $sql_metrics |"
echo "| outcomes per day | ${inproc[outcome_trend_day]} | - | - |"
echo "| flows started per flow and day | ${inproc[flow_daily_trends]} | - | - |"
echo
echo "Longest GUI-thread stall while the flow map page opened and drew the map (1 ms timer): median ${inproc[page_stall_median_ms]} ms, maximum ${inproc[page_stall_max_ms]} ms of $runs runs. Most GUI-thread CPU time one event took: ${inproc[page_event_cpu_max_ms]} ms."
