#!/usr/bin/env bash
# The long sync simulation: 50 devices, 20 server SIGKILLs, minutes of random edits and network faults.
# Usage: bench/sim/run-long.sh [BUILD_DIR]   (MEDVANDRER_SEED=N reproduces a run; other MEDVANDRER_SIM_* override)
set -euo pipefail
build="${1:-build}"
bin="$build/tests/sim/tst_sim"
[[ -x "$bin" ]] || { echo "build tst_sim first: cmake --build $build --target tst_sim" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen
export MEDVANDRER_SIM_BRUKERE="${MEDVANDRER_SIM_BRUKERE:-36}"
export MEDVANDRER_SIM_HELPERS="${MEDVANDRER_SIM_HELPERS:-3}"
export MEDVANDRER_SIM_SECOND_DEVICES="${MEDVANDRER_SIM_SECOND_DEVICES:-10}"
export MEDVANDRER_SIM_ROUNDS="${MEDVANDRER_SIM_ROUNDS:-400}"
export MEDVANDRER_SIM_EDITS="${MEDVANDRER_SIM_EDITS:-12}"
export MEDVANDRER_SIM_KILLS="${MEDVANDRER_SIM_KILLS:-20}"
start=$(date +%s)
"$bin" -maxwarnings 0
echo "sim.long: $(( $(date +%s) - start )) s"
