#!/usr/bin/env bash
# What the tests drive besides Python, all from Debian's packages: chromium for the browser tests (never a
# browser downloaded by Playwright); LibreOffice (soffice) to render each issued .docx to PDF and to read old
# .doc plans; poppler's pdftoppm, with which ../shared/tools/render_docx.sh draws the pages; fonts with Vietnamese glyphs: DejaVu, and Liberation 2, whose
# Serif stands in for Times New Roman (Liberation 1.x lacks letters such as "Ỉ", so LibreOffice would mix fonts).
set -eu
need=()
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
[ ${#need[@]} -eq 0 ] && command -v chromium >/dev/null 2>&1 && exit 0
echo "Cài gói Debian cho kiểm thử: chromium ${need[*]} ..."
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# LibreOffice without its recommends (Java, the desktop); chromium as before, with them.
[ ${#need[@]} -eq 0 ] || $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
command -v chromium >/dev/null || $SUDO apt-get install -y -qq chromium >/dev/null
command -v chromium >/dev/null && command -v soffice >/dev/null && command -v pdftoppm >/dev/null
