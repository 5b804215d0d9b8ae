# Shared steps of scripts/run, scripts/test and scripts/bench: install the
# Debian packages the build and the tests need, then configure and build.
# Sourced, not run.

FLOWSCOPE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FLOWSCOPE_BUILD=${FLOWSCOPE_BUILD:-$FLOWSCOPE_ROOT/build}

# Every package the build, the app, the tests and the benchmarks use.
FLOWSCOPE_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev libqt6svg6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev sqlite3 zlib1g-dev libgraphviz-dev libxlsxwriter-dev
    poppler-utils xvfb xauth imagemagick fonts-dejavu-core
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
