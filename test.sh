#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors, and runs every test headless.
set -euo pipefail
cd "$(dirname "$0")"
start=$(date +%s)
PRESET=ci source scripts/setup-debian.sh
echo "Build finished in $(( $(date +%s) - start )) s"
export QT_QPA_PLATFORM=offscreen
ctest --preset ci -j "$(nproc)"
echo "Build and tests finished in $(( $(date +%s) - start )) s"
