#!/usr/bin/env bash
# Sets up a fresh Debian 12 / Ubuntu machine for Essaim and builds it, then
#   run   opens the application on the demo database (created on first run)
#   test  runs the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-run}"
case "$what" in run|test) ;; *) echo "usage: $0 run|test" >&2; exit 2 ;; esac

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6svg6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libsqlite3-dev libical-dev libuchardet-dev
    libsodium-dev
    postgresql libqt6sql6-psql libpq-dev libsecret-1-dev
    sqlite3 poppler-utils xvfb xauth fonts-dejavu-core faketime
    python3 python3-dateutil
    chromium
    clang libclang-rt-14-dev
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

launcher=()
# A compiler cache, when the machine has one, makes rebuilds of a fresh clone quick.
if command -v ccache >/dev/null 2>&1; then
    export CCACHE_BASEDIR="$PWD"
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}"
cmake --build build

if [ "$what" = test ]; then
    ctest --test-dir build --output-on-failure
else
    [ -f build/demo.essaim ] || build/app/essaim --db build/demo.essaim demo
    exec build/app/essaim --db build/demo.essaim
fi
