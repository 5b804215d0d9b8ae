# Shared steps of scripts/run, scripts/test and scripts/bench: install the
# Debian packages the build and the tests need, then configure and build.
# Sourced, not run.

FLOWSCOPE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FLOWSCOPE_BUILD=${FLOWSCOPE_BUILD:-$FLOWSCOPE_ROOT/build}

# Every package the build, the app, the tests and the benchmarks use.
FLOWSCOPE_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev sqlite3 zlib1g-dev libgraphviz-dev libxlsxwriter-dev
    poppler-utils unzip xvfb xauth imagemagick fonts-dejavu-core
    clang libclang-rt-14-dev gzip time
)

flowscope_install_packages() {
    local missing=()
    local package
    for package in "${FLOWSCOPE_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures (once) and builds into $FLOWSCOPE_BUILD. Extra arguments go to cmake.
flowscope_build() {
    if [ ! -f "$FLOWSCOPE_BUILD/CMakeCache.txt" ]; then
        cmake -S "$FLOWSCOPE_ROOT" -B "$FLOWSCOPE_BUILD" -G Ninja "$@"
    elif [ $# -gt 0 ]; then
        cmake "$FLOWSCOPE_BUILD" "$@"
    fi
    cmake --build "$FLOWSCOPE_BUILD" --parallel "$(nproc)"
}

# The fuzz and sanitizer builds live beside the main one.
FLOWSCOPE_FUZZ_BUILD=${FLOWSCOPE_FUZZ_BUILD:-$FLOWSCOPE_ROOT/build-fuzz}
FLOWSCOPE_ASAN_BUILD=${FLOWSCOPE_ASAN_BUILD:-$FLOWSCOPE_ROOT/build-asan}
FLOWSCOPE_TSAN_BUILD=${FLOWSCOPE_TSAN_BUILD:-$FLOWSCOPE_ROOT/build-tsan}
FLOWSCOPE_FUZZ_TARGETS=(fuzz_csvreader fuzz_jsonreader fuzz_textfilereader fuzz_timestamp fuzz_array fuzz_gzip)

# Configures (once) and builds the libFuzzer targets with clang.
flowscope_build_fuzz() {
    if [ ! -f "$FLOWSCOPE_FUZZ_BUILD/CMakeCache.txt" ]; then
        CXX=clang++ cmake -S "$FLOWSCOPE_ROOT" -B "$FLOWSCOPE_FUZZ_BUILD" -G Ninja -DFLOWSCOPE_FUZZ=ON
    fi
    cmake --build "$FLOWSCOPE_FUZZ_BUILD" --parallel "$(nproc)" --target flowscope_fuzz
}

# Runs each fuzz target (all of them when none is named) for SECONDS, seeded
# from tests/fuzz/corpus/<target>. New inputs go to build-fuzz/corpus, crashes
# to build-fuzz/artifacts. Prints one line per target; returns 1 on a crash.
# Usage: flowscope_run_fuzz SECONDS [TARGET...]
flowscope_run_fuzz() {
    local seconds=$1
    shift
    local targets=("$@")
    [ ${#targets[@]} -eq 0 ] && targets=("${FLOWSCOPE_FUZZ_TARGETS[@]}")

    local failed=0
    local target
    for target in "${targets[@]}"; do
        local corpus=$FLOWSCOPE_FUZZ_BUILD/corpus/$target
        local artifacts=$FLOWSCOPE_FUZZ_BUILD/artifacts
        local log=$FLOWSCOPE_FUZZ_BUILD/logs/$target.log
        mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"

        local status=0
        ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
            "$FLOWSCOPE_FUZZ_BUILD/bin/$target" -max_total_time="$seconds" \
            -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
            -artifact_prefix="$artifacts/$target-" \
            "$corpus" "$FLOWSCOPE_ROOT/tests/fuzz/corpus/$target" > "$log" 2>&1 || status=$?

        local runs
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        if [ "$status" -ne 0 ]; then
            failed=1
            echo "$target: FAILED after ${runs:-?} executions (exit $status); see $log"
            grep -m1 -E 'ERROR: (AddressSanitizer|libFuzzer|UndefinedBehaviorSanitizer)|runtime error' "$log" || true
            grep -m1 'Test unit written to' "$log" || true
        else
            echo "$target: ${runs:-?} executions in ${seconds} s, no crash"
        fi
    done
    return $failed
}
