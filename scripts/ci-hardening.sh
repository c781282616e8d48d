#!/usr/bin/env bash
# CI's hardening step, run by .ci/run after ./test.sh (which built the ci preset and ran the
# whole suite, the load test included):
#   1. builds the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer) and runs the
#      whole test suite under it (the load test aside: ./test.sh ran it on the shipped build);
#   2. builds the tsan preset (ThreadSanitizer) for the suites whose work crosses threads only,
#      and runs them;
#   3. fuzzes every libFuzzer target in tests/fuzz for FUZZ_SECONDS (default 60) each;
#   4. builds the release .deb, installs, checks and removes it (scripts/ci-package.sh).
# Every step has a time limit: a step that hangs is stopped and named, instead of eating
# CI's budget. Any failure stops it with a non-zero exit and says which step failed. At the
# end it prints each step's time and the figures: fault-matrix cells, fuzz executions,
# requests served under load.
set -euo pipefail
cd "$(dirname "$0")/.."

export FUZZ_SECONDS=${FUZZ_SECONDS:-60}
jobs=$(nproc)
# Every tests/fuzz/fuzz_NAME.cpp; a new target (say config_toml) is picked up by itself.
fuzz_targets=$(cd tests/fuzz && ls fuzz_*.cpp | sed 's/^fuzz_//; s/\.cpp$//')
fuzz_count=$(wc -w <<<"$fuzz_targets")

# Limits in seconds, two to four times what each step takes on CI's two cores from a cold
# start (asan build about 5 minutes, its suite about 4 with the sign-in suites' real polling,
# tsan 3, fuzzing 5). With .ci/run's limit on ./test.sh (1200 s) they end any hang within 80
# minutes, grace included, under CI's 90.
asan_build_limit=${ASAN_BUILD_LIMIT:-900}
# Above each suite's own ctest TIMEOUT (600 s at most), so ctest names a suite that hangs.
asan_tests_limit=${ASAN_TESTS_LIMIT:-900}
# ThreadSanitizer: only the core, the sandbox and the window's library, for the four suites
# named in CMakePresets.json's tsan presets (the token list decoded off the window's thread,
# the search index folded in the background, the sandbox on its own thread), then those
# suites. Cold: 307 s of CPU time (270 building, 35 the suites), about 3 minutes on two cores.
tsan_limit=${TSAN_LIMIT:-600}
# Building the core with clang once (3 minutes on two cores, cold), then per target: building
# it, FUZZ_SECONDS of fuzzing and the final merge.
fuzz_limit=$((360 + fuzz_count * (FUZZ_SECONDS + 90)))
# The release build of the two programs (its own folder, cold: 2 minutes of CPU time), the
# .deb, apt-get and lintian: 3 to 4 minutes; ci-package.sh limits each of its own steps too.
package_limit=${PACKAGE_LIMIT:-600}

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
# step NAME LIMIT FUNCTION: runs the function in its own process group under `timeout`, which
# stops the whole group (builds, ctest, the fuzzer) when the limit passes.
step() {
  current=$1
  local limit=$2 function=$3 begin status=0
  echo
  echo "=== hardening: $current (limit $limit s)"
  begin=$(date +%s)
  timeout --kill-after=30 "$limit" bash -c "set -euo pipefail; $function" || status=$?
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "*** TIMED OUT: hardening step '$current' did not finish within $limit s ***" >&2
    exit 124
  fi
  [ "$status" -eq 0 ] || exit "$status"
  timings+=("$(printf '%-34s %5d s  (limit %d s)' "$current" $(($(date +%s) - begin)) "$limit")")
}

asan_build() { (PRESET=asan TOKENADMIN_HARDENING=1 source scripts/setup-debian.sh); }
asan_tests() {
  rm -rf build/asan/figures
  ctest --preset asan -j "$jobs" --label-exclude load
}
tsan() {
  cmake --preset tsan >/dev/null
  cmake --build --preset tsan -j "$jobs"
  ctest --preset tsan -j "$jobs"
}
fuzz() {
  local name
  for name in $fuzz_targets; do
    tests/fuzz/run.sh "$FUZZ_SECONDS" "$name" | tee "build/fuzz-$name.log"
  done
}
package() { scripts/ci-package.sh; }
export -f asan_build asan_tests tsan fuzz package
export fuzz_targets jobs

begin=$(date +%s)
step "asan build (+ packages)" "$asan_build_limit" asan_build
step "asan: whole test suite" "$asan_tests_limit" asan_tests
step "tsan: suites that cross threads" "$tsan_limit" tsan
step "fuzz ($FUZZ_SECONDS s per target)" "$fuzz_limit" fuzz
step "package: .deb built, installed, checked, removed" "$package_limit" package
current=""

echo
echo "=== hardening passed in $(($(date +%s) - begin)) s"
printf '  %s\n' "${timings[@]}"
echo
echo "=== figures"
for file in build/asan/figures/*.txt; do
  if [ -f "$file" ]; then sed 's/^/  asan: /' "$file"; fi
done
for name in $fuzz_targets; do
  grep -h "^fuzz_$name:" "build/fuzz-$name.log" | sed 's/^/  /' || true
done
# The load test ran in ./test.sh, on the ci build.
for file in build/ci/figures/*.txt; do
  if [ -f "$file" ]; then sed 's/^/  ci: /' "$file"; fi
done
exit 0
