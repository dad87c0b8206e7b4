#!/usr/bin/env bash
# Browser tests drive Debian's chromium; never a browser downloaded by Playwright.
set -eu
if command -v chromium >/dev/null 2>&1; then exit 0; fi
echo "Cài Debian chromium cho kiểm thử trình duyệt..."
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
command -v chromium >/dev/null
