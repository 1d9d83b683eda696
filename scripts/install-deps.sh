#!/usr/bin/env bash
# Installs exactly the Debian 12 packages Medvandrer needs; quick when all are present.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ pkg-config git
  # shared core and server
  libsqlite3-dev nlohmann-json3-dev libboost-dev libboost-system-dev libsodium-dev
  libspdlog-dev libfmt-dev libcli11-dev libssl-dev openssl
  # the PostgreSQL engine (libpq) and the real PostgreSQL 15 the tests start in temporary folders
  libpq-dev postgresql-15 postgresql-client-15
  # the load balancer in front of several server instances (scripts/haproxy, server.pg.LoadBalancerTest)
  haproxy
  # test and benchmark frameworks for the Qt-free parts
  libgtest-dev libbenchmark-dev
  # Qt client and its QML runtime modules
  qt6-base-dev qt6-declarative-dev qt6-websockets-dev qt6-l10n-tools qt6-tools-dev-tools
  libqt6sql6-sqlite libqt6svg6 libqrencode-dev
  # the platform keychain for the app lock's device secret
  qtkeychain-qt6-dev
  # a real keychain for the tests (Secret Service on a private D-Bus session; QtKeychain reaches it via libsecret)
  gnome-keyring libsecret-1-0 dbus
  qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-window qml6-module-qtquick-layouts qml6-module-qtqml-workerscript
  qml6-module-qttest qml6-module-qtquick-shapes qml6-module-qt-labs-settings
  qml6-module-qtqml-models qml6-module-qtquick-dialogs qml6-module-qt-labs-platform
  # Qt's own strings (dialog buttons) in the app's language
  qt6-translations-l10n
  # Qt Quick's own file dialog (the .ics save dialog where the platform has none) needs it
  qml6-module-qt-labs-folderlistmodel
  # headless rendering for tests and the demo
  xvfb xauth fonts-dejavu-core libgl1-mesa-dri
  # fuzzing and sanitizers (clang's libFuzzer runtime)
  clang libclang-rt-14-dev
  # test tools: a real calendar parser, websocket-free helpers
  python3 python3-icalendar
  # the independent protocol client (tests/server/walk_client.py)
  python3-websocket
  # the accessibility audit (tests/a11y/audit.py): its own D-Bus session, the AT-SPI bus and its Python client
  dbus dbus-x11 at-spi2-core python3-pyatspi gir1.2-atspi-2.0 qt6-qpa-plugins
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
