#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a browser a test tool downloads).
# Installs it when it is missing and this machine can (root, apt reachable); otherwise
# says why, and the browser tests skip themselves with the same message.
set -u
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing and this user cannot install it (needs root and apt-get): the browser tests will be skipped." >&2
  echo "ensure-chromium: install it with: sudo apt-get install -y chromium" >&2
  exit 0
fi
echo "ensure-chromium: installing Debian's chromium (apt-get install -y chromium)…"
export DEBIAN_FRONTEND=noninteractive
if ! timeout 300 apt-get install -y --no-install-recommends chromium >/tmp/ensure-chromium.log 2>&1; then
  timeout 300 apt-get update >>/tmp/ensure-chromium.log 2>&1 || true
  timeout 300 apt-get install -y --no-install-recommends chromium >>/tmp/ensure-chromium.log 2>&1 || true
fi
if [ -x "$CHROMIUM" ]; then
  echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium) installed."
else
  echo "ensure-chromium: could not install chromium (see /tmp/ensure-chromium.log): the browser tests will be skipped." >&2
  tail -5 /tmp/ensure-chromium.log >&2 || true
fi
exit 0
