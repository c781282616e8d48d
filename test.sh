#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors, and runs every test headless: the
# unit, GUI, contract, fault-matrix and robustness suites and the sandbox under load (wrk).
# The sanitizer build and the fuzzing are CI's next step (scripts/ci-hardening.sh).
set -euo pipefail
cd "$(dirname "$0")"
start=$(date +%s)
PRESET=ci source scripts/setup-debian.sh
echo "Build finished in $(( $(date +%s) - start )) s"
export QT_QPA_PLATFORM=offscreen
rm -rf build/ci/figures
ctest --preset ci -j "$(nproc)"
echo "Build and tests finished in $(( $(date +%s) - start )) s"
# What the suites measured (ctest shows no output of a test that passed).
for file in build/ci/figures/*.txt; do
  if [ -f "$file" ]; then sed 's/^/  /' "$file"; fi
done
