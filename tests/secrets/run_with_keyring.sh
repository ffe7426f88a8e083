#!/usr/bin/env bash
# run_with_keyring.sh <command> [args...]
# Runs the command in a private D-Bus session with its own gnome-keyring whose "login" collection is
# the default and unlocked, so a Secret Service client neither prompts nor touches the user's keyring.
# HOME and XDG_* point into a temporary directory that is removed afterwards. Fails (never skips)
# when dbus-run-session or gnome-keyring-daemon is missing or the keyring does not come up unlocked.
set -euo pipefail

if (($# == 0)); then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null; then
    echo "run_with_keyring: $tool not found (scripts/bootstrap installs dbus and gnome-keyring)" >&2
    exit 1
  fi
done

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/corpcare-keyring.XXXXXX")
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/home" "$sandbox/run" "$sandbox/config" "$sandbox/data" "$sandbox/cache"
chmod 700 "$sandbox/run"

# No display: if anything still wanted to prompt, it fails instead of waiting for a click.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
export HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/run" XDG_CONFIG_HOME="$sandbox/config" \
  XDG_DATA_HOME="$sandbox/data" XDG_CACHE_HOME="$sandbox/cache"
export CORPCARE_PRIVATE_KEYRING=1 # tst_keychain refuses to run against any other keyring

set +e
dbus-run-session -- bash -c '
  set -eu
  # --unlock creates the "login" keyring with this password (it is a throwaway) and unlocks it.
  echo -n "corpcare-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  # The daemon claims org.freedesktop.secrets a moment later. Wait for it: a client call before that
  # would D-Bus-activate a second, locked daemon.
  for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
         org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
      break
    fi
    sleep 0.1
  done
  alias_path=$(dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.Secret.Service.ReadAlias string:default | sed -n "s/.*object path \"\(.*\)\"/\1/p")
  if [ -z "$alias_path" ] || [ "$alias_path" = "/" ]; then
    echo "run_with_keyring: the keyring has no default collection" >&2
    exit 1
  fi
  if ! dbus-send --session --print-reply --dest=org.freedesktop.secrets "$alias_path" \
       org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked |
       grep -q "boolean false"; then
    echo "run_with_keyring: the default collection $alias_path is locked" >&2
    exit 1
  fi
  exec "$@"
' run_with_keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
rc=$?
set -e
exit "$rc"
