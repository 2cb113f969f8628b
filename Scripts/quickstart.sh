#!/usr/bin/env bash
# Sets a fresh Debian machine up and runs vanthu's main job: installs the system packages, builds,
# ingests the sample scans of Corpus/ into Indexes/archive.sqlite and runs a sample search.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/install-system-packages.sh
swift build -c release
VANTHU=.build/release/vanthu
$VANTHU ingest Corpus/scans --index Indexes/archive.sqlite
echo
echo '$ vanthu search "nghi dinh 59"'
$VANTHU search "nghi dinh 59" --index Indexes/archive.sqlite
