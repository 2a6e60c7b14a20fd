#!/usr/bin/env bash
# Installs the browser of the opt-in browser checks (e2e/): Debian's Chromium at /usr/bin/chromium.
# Idempotent: does nothing when it is there. Never downloads a browser build of its own
# (playwright-core only drives this Chromium).
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "Chromium is installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing Debian's chromium package ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  echo "Chromium is installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

cat >&2 <<'MSG'
Chromium is missing at /usr/bin/chromium and this script is not running as root.
Install Debian's package as root, then run the checks again:

  sudo apt-get update && sudo apt-get install -y chromium

(On another system, point CHROMIUM_PATH at an installed Chromium or Chrome.)
MSG
exit 1
