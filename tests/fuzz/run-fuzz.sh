#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a short while on its seed corpus.
# Usage: tests/fuzz/run-fuzz.sh BUILD_DIR [SECONDS_PER_TARGET]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?build dir}
seconds=${2:-20}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)"
for target in fuzz_protocol fuzz_merge; do
  corpus="$build/corpus-$target"
  mkdir -p "$corpus"
  name=${target#fuzz_}
  echo "== $target for ${seconds}s"
  "$build/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 "$corpus" "$here/corpus/$name" 2>&1 | tail -n 12
done
