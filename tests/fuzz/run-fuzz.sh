#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a while on its seed corpus (and what earlier runs in the
# same build folder found). A crash or a broken property fails the script; the input lands in BUILD_DIR/crash-*.
# Usage: tests/fuzz/run-fuzz.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]   (default: 20 s, every target)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?build dir}
seconds=${2:-20}
shift $(( $# >= 2 ? 2 : $# ))
if [ $# -gt 0 ]; then
  targets=("$@")
else
  read -r -a targets <<<"$(sed -n '/^set(MEDVANDRER_FUZZ_TARGETS/,/)/p' "$here/targets.cmake" |
                          tr -d '()' | sed 's/set//; s/MEDVANDRER_FUZZ_TARGETS//' | tr '\n' ' ')"
fi
# Unity build: the libraries under test compile in one run per 16 files (quicker, as in scripts/test.sh).
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_UNITY_BUILD=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"
for target in "${targets[@]}"; do
  corpus="$build/corpus-$target"
  mkdir -p "$corpus"
  name=${target#fuzz_}
  echo "== $target for ${seconds}s"
  "$build/$target" -max_total_time="$seconds" -max_len=65536 -timeout=25 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/crash-$target-" "$corpus" "$here/corpus/$name" 2>&1 | tail -n 14
done
