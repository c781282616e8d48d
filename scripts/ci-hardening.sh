#!/usr/bin/env bash
# CI's hardening step, run by .ci/run after ./test.sh (which built the ci preset):
#   1. builds the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer) and runs the
#      whole test suite under it;
#   2. fuzzes every libFuzzer target in tests/fuzz for FUZZ_SECONDS (default 60) each;
#   3. puts the standalone sandbox under load (tests/load, LOAD_SECONDS per phase).
# Any failure stops it with a non-zero exit and says which step failed.
set -euo pipefail
cd "$(dirname "$0")/.."

fuzz_seconds=${FUZZ_SECONDS:-60}
load_seconds=${LOAD_SECONDS:-8}
# Every tests/fuzz/fuzz_NAME.cpp; a new target (say config_toml) is picked up by itself.
fuzz_targets=$(cd tests/fuzz && ls fuzz_*.cpp | sed 's/^fuzz_//; s/\.cpp$//')

current=""
timings=()
on_exit() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    echo >&2
    echo "*** HARDENING FAILED in step: ${current:-set-up} (exit $status) ***" >&2
  fi
}
trap on_exit EXIT
step() {
  current=$1
  shift
  echo
  echo "=== hardening: $current"
  local begin
  begin=$(date +%s)
  "$@"
  timings+=("$(printf '%-34s %5d s' "$current" $(($(date +%s) - begin)))")
}

asan_build() { (PRESET=asan TOKENADMIN_HARDENING=1 source scripts/setup-debian.sh); }
asan_tests() { ctest --preset asan -j "$(nproc)"; }
fuzz() {
  local name
  for name in $fuzz_targets; do tests/fuzz/run.sh "$fuzz_seconds" "$name"; done
}
load() {
  # The ci build (optimized, as shipped) is the one whose memory is measured.
  cmake --preset ci >/dev/null
  cmake --build --preset ci --target token-admin-sandbox
  tests/load/run.sh "$load_seconds" ci
}

begin=$(date +%s)
step "asan build (+ packages)" asan_build
step "asan: whole test suite" asan_tests
step "fuzz ($fuzz_seconds s per target)" fuzz
step "load (sandbox under wrk)" load
current=""

echo
echo "=== hardening passed in $(($(date +%s) - begin)) s"
printf '  %s\n' "${timings[@]}"
