#!/usr/bin/env bash
# Builds and runs every benchmark; prints each one's result lines and a PASS/MISS summary.
# Usage: bench/run-all.sh [build-dir]   (default: build-server; configured with -DMEDVANDRER_BUILD_BENCH=ON)
# Each server benchmark runs on SQLite, then on PostgreSQL (a cluster of its own, MEDVANDRER_TEST_ENGINE=postgresql);
# bench_pull_scope runs both engines itself (MEDVANDRER_BENCH_PEOPLE / _PER_PERSON make it smaller).
set -u
cd "$(dirname "$0")/.."
BUILD="${1:-build-server}"
BENCHES=(bench_fanout bench_idle_connections bench_booking_race)
# The sync benches time the app's own SyncClient, and the cold start the app: they need a build with the client
# (MEDVANDRER_BUILD_CLIENT=ON); skipped when it is not there.
if grep -q "MEDVANDRER_BUILD_CLIENT:BOOL=ON" "$BUILD/CMakeCache.txt" 2>/dev/null; then
  BENCHES=(bench_offline_roundtrip bench_initial_sync "${BENCHES[@]}" bench_app_cold_start bench_app_first_sync)
fi

if ! grep -q "MEDVANDRER_BUILD_BENCH:BOOL=ON" "$BUILD/CMakeCache.txt" 2>/dev/null; then
  cmake -S . -B "$BUILD" -DMEDVANDRER_BUILD_BENCH=ON >/dev/null || exit 2
fi
ninja -C "$BUILD" -j2 bench_device_store bench_pull_scope "${BENCHES[@]}" || exit 2

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), kernel $(uname -r)"
echo "== load before: $(uptime)"
# The bench raises its soft open-files limit itself; the hard limit must allow ~10,100 per process.
ulimit -n "$(ulimit -Hn)" 2>/dev/null

declare -A verdicts
RUNS=()
for b in "${BENCHES[@]}"; do
  for engine in sqlite postgresql; do
    { [ "$b" = bench_app_cold_start ] || [ "$b" = bench_app_first_sync ]; } && [ "$engine" = postgresql ] && continue
    echo
    echo "== $b ($engine)"
    out=$(MEDVANDRER_TEST_ENGINE=$engine "$BUILD/bench/$b" 2>&1 | tee /dev/stderr)
    verdicts["$b $engine"]=$(printf '%s\n' "$out" | grep -E '^(PASS|MISS|ERROR)' | tail -1)
    RUNS+=("$b $engine")
  done
done
echo
echo "== bench_pull_scope (sqlite and postgresql)"
out=$("$BUILD/bench/bench_pull_scope" 2>&1 | tee /dev/stderr)
verdicts["bench_pull_scope both"]=$(printf '%s\n' "$out" | grep -E '^(PASS|MISS|ERROR)' | tail -1)
RUNS+=("bench_pull_scope both")

echo
echo "== bench_device_store (device SQLite, google-benchmark)"
"$BUILD/bench/bench_device_store" --benchmark_min_time=0.5 2>&1

echo
echo "== load after: $(uptime)"
echo "== summary"
for r in "${RUNS[@]}"; do
  printf '%-38s %s\n' "$r" "${verdicts[$r]:-ERROR no verdict}"
done
