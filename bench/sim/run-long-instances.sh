#!/usr/bin/env bash
# The long sync simulation on three server instances sharing one PostgreSQL (issue #13): each device connection
# goes to a random instance; each of the 20 kill rounds SIGKILLs one instance and crashes PostgreSQL.
# Usage: bench/sim/run-long-instances.sh [BUILD_DIR]   (MEDVANDRER_SEED=N reproduces a run)
set -euo pipefail
export MEDVANDRER_SIM_ENGINE=postgresql
export MEDVANDRER_SIM_INSTANCES="${MEDVANDRER_SIM_INSTANCES:-3}"
exec "$(dirname "$0")/run-long.sh" "$@"
