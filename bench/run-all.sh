#!/usr/bin/env bash
# Builds and runs every benchmark; prints each one's result lines and a PASS/MISS summary.
# Usage: bench/run-all.sh [build-dir]   (default: build-server; configured with -DMEDVANDRER_BUILD_BENCH=ON)
set -u
cd "$(dirname "$0")/.."
BUILD="${1:-build-server}"
BENCHES=(bench_offline_roundtrip bench_initial_sync bench_fanout bench_idle_connections bench_booking_race)
# The app cold start needs a build with the client (MEDVANDRER_BUILD_CLIENT=ON); skipped when it is not there.
if grep -q "MEDVANDRER_BUILD_CLIENT:BOOL=ON" "$BUILD/CMakeCache.txt" 2>/dev/null; then
  BENCHES+=(bench_app_cold_start)
fi

if ! grep -q "MEDVANDRER_BUILD_BENCH:BOOL=ON" "$BUILD/CMakeCache.txt" 2>/dev/null; then
  cmake -S . -B "$BUILD" -DMEDVANDRER_BUILD_BENCH=ON >/dev/null || exit 2
fi
ninja -C "$BUILD" -j2 bench_device_store "${BENCHES[@]}" || exit 2

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), kernel $(uname -r)"
echo "== load before: $(uptime)"
# The bench raises its soft open-files limit itself; the hard limit must allow ~10,100 per process.
ulimit -n "$(ulimit -Hn)" 2>/dev/null

declare -A verdicts
for b in "${BENCHES[@]}"; do
  echo
  echo "== $b"
  out=$("$BUILD/bench/$b" 2>&1 | tee /dev/stderr)
  verdicts[$b]=$(printf '%s\n' "$out" | grep -E '^(PASS|MISS|ERROR)' | tail -1)
done

echo
echo "== bench_device_store (device SQLite, google-benchmark)"
"$BUILD/bench/bench_device_store" --benchmark_min_time=0.5 2>&1

echo
echo "== load after: $(uptime)"
echo "== summary"
for b in "${BENCHES[@]}"; do
  printf '%-26s %s\n' "$b" "${verdicts[$b]:-ERROR no verdict}"
done
