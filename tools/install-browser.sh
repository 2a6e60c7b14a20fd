#!/usr/bin/env bash
# Installs the browser of the browser checks (e2e/, run by the tests in vn.gov.plans.browser):
# Debian's Chromium at /usr/bin/chromium. Run by the build before the tests. Idempotent: does
# nothing when it is there. Never downloads a browser build of its own (playwright-core only drives
# this Chromium). Without root and without Chromium it says what to install and, outside CI, lets
# the build go on (the browser checks are then skipped); in CI (CI set) it fails.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "Chromium is installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing Debian's chromium package ..."
  log=$(mktemp)
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "Installing chromium failed (apt-get output above)." >&2
    exit 1
  fi
  rm -f "$log"
  echo "Chromium is installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

cat >&2 <<'MSG'
Chromium is missing at /usr/bin/chromium and this script is not running as root.
Install Debian's package as root, then run the checks again:

  sudo apt-get update && sudo apt-get install -y chromium

(On another system, point CHROMIUM_PATH at an installed Chromium or Chrome.)
MSG
if [ -n "${CI:-}" ]; then
  exit 1
fi
echo "Not in CI: the browser checks will be skipped." >&2
exit 0
