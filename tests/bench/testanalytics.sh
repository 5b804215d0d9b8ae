#!/usr/bin/env bash
# Test analytics benchmark: generates EXECUTIONS test executions (default
# 200,000) of 500 test cases as a JSON-array CSV, imports them into a fresh
# workspace and times the trend, KPI, history grid, failure reason, ranking
# and segment list queries with bench_testanalytics. Prints a Markdown table.
#
# Usage: tests/bench/testanalytics.sh BUILD_DIR [EXECUTIONS] [RUNS] [WORK_DIR]
set -euo pipefail

build=$1
executions=${2:-200000}
runs=${3:-5}
work=${4:-$build/bench/testanalytics}
bin=$build/bin
test_cases=500
per_day=10
days=$(( (executions + test_cases * per_day - 1) / (test_cases * per_day) ))
mkdir -p "$work"
csv=$work/executions-$executions.csv
workspace=$work/testanalytics-$executions.flowscope

if [ ! -s "$workspace" ]; then
    "$bin/flowscope-generate" --table connect_test_case_execution_results \
        --test-cases "$test_cases" --executions-per-day "$per_day" --days "$days" \
        --array-style json --output "$csv" >&2
    "$bin/flowscope-cli" import --workspace "$workspace" "$csv" > /dev/null
    rm -f "$csv"
fi

"$bin/bench_testanalytics" "$workspace" "$runs"
