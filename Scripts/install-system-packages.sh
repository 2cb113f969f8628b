#!/usr/bin/env bash
# Installs the Debian packages vanthu builds and runs with. Idempotent; needs root (or sudo).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  pkg-config \
  libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd tesseract-ocr-eng \
  libpoppler-glib-dev libcairo2-dev poppler-utils \
  libsqlite3-dev sqlite3 \
  postgresql postgresql-contrib \
  graphviz \
  python3 \
  time \
  > /tmp/vanthu-apt.log 2>&1 || { tail -40 /tmp/vanthu-apt.log; exit 1; }
echo "system packages installed"
