#!/usr/bin/env bash
# Pictures of every role's pages with realistic data: a fresh server with the demo data and what the demo
# people did (scripts/demo_people.py), then the real app signed in as each role, rendering its pages offscreen.
# Usage: scripts/screenshots.sh [OUT_DIR]   (default: screenshots/; BUILD_DIR overrides the build folder;
#        SCREENSHOT_ARGS adds app options, e.g. "--text-scale 2 --window-size 360x740" for large text on a phone)
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${BUILD_DIR:-build}
out=${1:-screenshots}
server_bin="$build_dir/sync-server/medvandrer-server"
app_bin="$build_dir/client/medvandrer"
[ -x "$server_bin" ] && [ -x "$app_bin" ] || { echo "build first: cmake --build $build_dir" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill -TERM ${server_pid:-0} 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
"$server_bin" demo --data-dir "$work/server" --json >/dev/null
"$server_bin" serve --data-dir "$work/server" --listen 127.0.0.1 --port 0 >"$work/server.out" 2>"$work/server.log" &
server_pid=$!
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's/^port=\([0-9]*\)$/\1/p' "$work/server.out" | head -n 1)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/server.log"; echo "server did not start" >&2; exit 1; }
url="ws://127.0.0.1:$port/sync"
/usr/bin/python3 scripts/demo_people.py "$url"

for pair in bruker:kari erfaringskonsulent:jonas koordinator:lise; do
  role=${pair%%:*} user=${pair##*:}
  TZ=${TZ:-Europe/Oslo} QT_QPA_PLATFORM=offscreen "$app_bin" --screenshots "$out/$role" --role "$role" --server "$url" \
      --demo-login "$user" --data-dir "$work/app-$user" --lang "${MEDVANDRER_LANG:-nb}" ${SCREENSHOT_ARGS:-}
done
echo "screenshots in $out/{bruker,erfaringskonsulent,koordinator}"
