#!/usr/bin/env bash
# Builds a libFuzzer target with the fuzz preset (clang, ASan + UBSan) and runs it.
#   tests/fuzz/run.sh SECONDS [NAME]      NAME defaults to token_json (fuzz_token_json.cpp)
# Starts from a copy of corpus/NAME (the repository's corpus stays as it is) and replays
# regressions/NAME. Prints the number of executions. Exits non-zero on a finding, with the
# input kept under build/fuzz/findings/NAME/: reproduce it with the fuzzer binary and the
# file, then keep it in regressions/NAME/ (the ctest suite replays that folder).
set -euo pipefail

seconds=${1:?usage: tests/fuzz/run.sh SECONDS [NAME]}
name=${2:-token_json}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "run.sh: SECONDS must be a whole number" >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

[ -f "$here/fuzz_$name.cpp" ] || { echo "run.sh: no fuzz target $here/fuzz_$name.cpp" >&2; exit 2; }
command -v clang++ >/dev/null || { echo "run.sh: clang++ missing (scripts/setup-debian.sh installs it)" >&2; exit 2; }

echo "== Building fuzz_$name (preset fuzz)"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "fuzz_$name"
binary="$root/build/fuzz/tests/fuzz/fuzz_$name"

work=$(mktemp -d "${TMPDIR:-/tmp}/tokenadmin-fuzz-$name.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$root/build/fuzz/findings/$name"
cp -R "$here/corpus/$name/." "$work/corpus/"
inputs=("$work/corpus")
[ -d "$here/regressions/$name" ] && inputs+=("$here/regressions/$name")
options=(
  -max_total_time="$seconds"
  -rss_limit_mb=2048   # a parse that needs more than 2 GB is a finding
  -timeout=10          # so is one input that takes more than 10 s
  -print_final_stats=1
  -max_len=4096        # longer bodies reach no new code, and cost ~4x the time per run
  -artifact_prefix="$root/build/fuzz/findings/$name/"
)
[ -f "$here/$name.dict" ] && options+=(-dict="$here/$name.dict")

echo "== Fuzzing fuzz_$name for $seconds s ($(ls "$work/corpus" | wc -l) seed inputs)"
status=0
# malloc_context_size=0: no stack is kept for each allocation, which took a tenth of the time
# (7,900 → 8,900 executions/s on a grown token-list corpus). A finding's report then lacks the
# allocation's stack; running the binary on the kept input with ASAN_OPTIONS unset gives it.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:malloc_context_size=0} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
  timeout --kill-after=30 $((seconds + 300)) "$binary" "${options[@]}" "${inputs[@]}" \
  >"$work/log" 2>&1 || status=$?

executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -n 1)
speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -n 1)
coverage=$(grep -o 'cov: [0-9]*' "$work/log" | tail -n 1 || true)
echo "fuzz_$name: ${executions:-?} executions in $seconds s (${speed:-?}/s), ${coverage:-cov: ?}, corpus grew to $(ls "$work/corpus" | wc -l) inputs"
if [ "$status" -ne 0 ]; then
  grep -v '^"' "$work/log" | tail -n 60 >&2
  echo "FAILED: fuzz_$name found a problem (exit $status); input(s) in build/fuzz/findings/$name/:" >&2
  ls -1 "$root/build/fuzz/findings/$name/" >&2 || true
  exit 1
fi
