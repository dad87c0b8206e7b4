#!/usr/bin/env bash
# Browser tests drive Debian's chromium (never a browser downloaded by Playwright); PDF tests need a
# font with Vietnamese glyphs (DejaVu). Both come from Debian's packages.
set -eu
if command -v chromium >/dev/null 2>&1 && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then exit 0; fi
echo "Cài Debian chromium và phông DejaVu cho kiểm thử..."
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
command -v chromium >/dev/null
