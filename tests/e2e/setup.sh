#!/usr/bin/env bash
# Installs what the browser tests need: Debian's Chromium and playwright-core from npm (no browser
# download: Playwright drives /usr/bin/chromium). Idempotent.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v chromium >/dev/null; then
  echo "tests/e2e: installing Debian's chromium" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >&2
fi
if [ ! -d node_modules/playwright-core ]; then
  echo "tests/e2e: installing playwright-core from npm" >&2
  npm install --silent --no-audit --no-fund >&2
fi
