#!/usr/bin/env bash
# The main job: builds the server and the app, starts the server on loopback with demo data,
# and opens the app logged in as the demo person "kari". Ctrl+C (or closing the app) stops both.
# Environment: MEDVANDRER_DEMO_DIR (default ~/.local/share/medvandrer-demo), MEDVANDRER_DEMO_USER (default kari).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMEDVANDRER_BUILD_CLIENT=ON -DMEDVANDRER_BUILD_SERVER=ON >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target medvandrer-server medvandrer

server_bin="$build_dir/sync-server/medvandrer-server"
app_bin="$build_dir/client/medvandrer"
demo_dir=${MEDVANDRER_DEMO_DIR:-$HOME/.local/share/medvandrer-demo}
user=${MEDVANDRER_DEMO_USER:-kari}
mkdir -p "$demo_dir/server"

# Seeding is idempotent: a second run keeps what the demo people wrote last time.
"$server_bin" demo --data-dir "$demo_dir/server" --json >"$demo_dir/demo-accounts.json"
echo "Demo accounts (password demo-passord): lise (koordinator), jonas (erfaringskonsulent), kari, per, sara and mona (bruker)."

"$server_bin" serve --data-dir "$demo_dir/server" --listen 127.0.0.1 --port 0 \
    >"$demo_dir/server.out" 2>"$demo_dir/server.log" &
server_pid=$!
trap 'kill -TERM $server_pid 2>/dev/null; wait $server_pid 2>/dev/null || true' EXIT

port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's/^port=\([0-9]*\)$/\1/p' "$demo_dir/server.out" | head -n 1)
  [ -n "$port" ] && break
  kill -0 $server_pid 2>/dev/null || { cat "$demo_dir/server.log"; echo "server failed to start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "server did not report its port" >&2; exit 1; }
echo "Server listening on ws://127.0.0.1:$port/sync (log: $demo_dir/server.log)"
# What the demo people did: shared goals, check-ins, a full group with a wait-list, suggestions (idempotent).
/usr/bin/python3 scripts/demo_people.py "ws://127.0.0.1:$port/sync"

app_args=(--data-dir "$demo_dir/app-$user" --server "ws://127.0.0.1:$port/sync" --username "$user" --password-stdin)
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  # Headless machine: pictures of the pages first, then the real app, logged in and syncing, in a virtual display.
  QT_QPA_PLATFORM=offscreen "$app_bin" --screenshots "$demo_dir/screenshots" --data-dir "$demo_dir/screenshot-data" \
      >/dev/null 2>&1 || true
  echo "No display found: page screenshots are in $demo_dir/screenshots;"
  echo "the app now runs under xvfb-run, logged in as $user and syncing with the server (Ctrl+C stops both)."
  echo demo-passord | xvfb-run -a "$app_bin" "${app_args[@]}"
else
  echo demo-passord | "$app_bin" "${app_args[@]}"
fi
