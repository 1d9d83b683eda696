#!/bin/sh
# Runs a test with a real keychain: gnome-keyring's Secret Service on a D-Bus session of its own, in a scratch
# home (so no real keyring is touched). The test is told to expect it (MEDVANDRER_EXPECT_KEYCHAIN).
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export MEDVANDRER_EXPECT_KEYCHAIN=1
exec dbus-run-session -- sh -c 'eval "$(printf medvandrer-test | gnome-keyring-daemon --unlock --components=secrets)"; export GNOME_KEYRING_CONTROL; exec "$@"' sh "$@"
