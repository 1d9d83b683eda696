#!/usr/bin/env bash
# Builds everything and runs every test: the command README.md and .ci/run use.
# Benchmarks are left out to keep CI short; bench/run-all.sh builds and runs them.
# Usage: scripts/test.sh [extra cmake args]   (BUILD_DIR overrides the build folder, default build/)
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

build_dir=${BUILD_DIR:-build}
jobs=$(nproc)
# Optimised as shipped (-O2), without debug info: the Beast-heavy server and test files compile in about 60 % of
# the time (listener.cpp: 130 s of CPU with -g, 75 s without), which is most of a CI run on two cores. For a
# debugger, configure a build folder of your own with the default flags. Sanitizer runs keep -g (their reports
# name the lines).
flags="-O2 -DNDEBUG"
case "$*" in *SANITIZE*) flags="-O2 -g -DNDEBUG" ;; esac
# A unity build (16 sources per compiler run) parses the Beast, Qt and JSON headers and emits their templates once
# per batch instead of once per file: the server's handlers compile in a third of the time. The tests' own code is
# compiled with -O0 (the code under test keeps -O2): test files are JSON and assertions, a third quicker unoptimised.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$flags" \
      -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=16 -DMEDVANDRER_TEST_CODE_FLAGS=-O0 \
      -DMEDVANDRER_BUILD_CLIENT=ON -DMEDVANDRER_BUILD_SERVER=ON -DMEDVANDRER_BUILD_TESTS=ON \
      -DMEDVANDRER_BUILD_BENCH=OFF "$@"
cmake --build "$build_dir" -j "$jobs"

# Tests that show QML render offscreen; nothing here needs a display.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j "$jobs"
