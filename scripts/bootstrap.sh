#!/usr/bin/env bash
# Installs what a machine with only Node.js and npm lacks: pnpm, the workspace's packages, Chromium (Debian's
# package; browser tests never download a browser of their own) and the DejaVu fonts the screenshots are drawn with.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 STORYBOOK_DISABLE_TELEMETRY=1

if [ "$(pnpm --version 2>/dev/null || true)" != "12.4.2" ]; then
  echo "bootstrap: installing pnpm 12.4.2 globally with npm."
  npm i -g pnpm@12.4.2
fi

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: the browser tests need Chromium; installing Debian's 'chromium' package with apt-get (about 30 s)."
    echo "bootstrap: to use a Chromium of your own instead, set CHROMIUM_PATH and run this again."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: install Debian's 'chromium' package or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

# The screenshot baselines (apps/storybook/screenshots) are drawn with DejaVu: Debian's Chromium renders system-ui as
# DejaVu Sans, and the theming example uses DejaVu Serif and Sans Mono. Without these fonts every screenshot differs.
if command -v dpkg >/dev/null 2>&1 && ! dpkg -s fonts-dejavu-core fonts-dejavu-extra >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: the screenshot tests need the DejaVu fonts; installing Debian's 'fonts-dejavu-core' and 'fonts-dejavu-extra' with apt-get."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core fonts-dejavu-extra >/dev/null
  else
    echo "The screenshot tests need the DejaVu fonts: install Debian's 'fonts-dejavu-core' and 'fonts-dejavu-extra'." >&2
    exit 1
  fi
fi

if [ -n "${CI:-}" ]; then
  pnpm install --frozen-lockfile
else
  pnpm install
fi
