#!/bin/sh
# Installs what the browser tests need where it is missing: Debian's Chromium and
# Japanese fonts (so screenshots show Japanese). Browsers are never downloaded by
# Playwright here; we drive /usr/bin/chromium.
set -eu
need=""
[ -x /usr/bin/chromium ] || need="$need chromium"
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need="$need fonts-noto-cjk"
[ -z "$need" ] && { echo "test deps: chromium and fonts-noto-cjk present"; exit 0; }
echo "test deps: installing$need"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "test deps: apt-get not found; install$need yourself (Chromium at /usr/bin/chromium)" >&2
  exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need >/dev/null
