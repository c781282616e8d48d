#!/usr/bin/env bash
# Puts the standalone sandbox (token-admin-sandbox) under load from wrk on 127.0.0.1:
# GET the list, GET one token, then a mix with DELETE, each for SECONDS with bounded
# connections. Fails when the sandbox dies, when any answer is not 2xx, when wrk sees a
# socket error, or when the sandbox's memory keeps growing under load.
#   tests/load/run.sh [SECONDS per phase, default 8] [PRESET (default dev) or SANDBOX-EXECUTABLE]
# Needs wrk and curl (scripts/setup-debian.sh installs them). ctest runs it as load_sandbox
# (label load), a few seconds per phase. With TOKENADMIN_FIGURES_DIR set, the figures also go
# to load.txt there.
set -euo pipefail

seconds=${1:-8}
build=${2:-dev}
connections=${LOAD_CONNECTIONS:-32}
threads=${LOAD_THREADS:-2}
# After a warm-up, RSS may still move a little (allocator arenas, Qt's caches); it must
# not grow with the number of requests served.
max_growth_kb=${LOAD_MAX_RSS_GROWTH_KB:-8192}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [[ "$build" == */* ]]; then
  sandbox=$build
else
  sandbox="$root/build/$build/app/token-admin-sandbox"
fi
[ -x "$sandbox" ] || { echo "load: $sandbox missing: build it first" >&2; exit 2; }
for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "load: $tool missing" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/tokenadmin-load.XXXXXX")
pid=""
sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "LOAD FAILED: $*" >&2; exit 1; }

export LOAD_TOKEN="load-test-$RANDOM$RANDOM"
INFLUX_MANAGEMENT_TOKEN="$LOAD_TOKEN" "$sandbox" --port 0 >"$work/info" 2>"$work/stderr" &
pid=$!
for _ in $(seq 100); do [ -s "$work/info" ] && break; sleep 0.1; done
[ -s "$work/info" ] || fail "the sandbox printed no connection line: $(cat "$work/stderr")"

read -r url account cluster < <(python3 -c '
import json, sys
info = json.loads(open(sys.argv[1]).readline())
print(info["url"], info["accountId"], info["clusterId"])' "$work/info")
case "$url" in http://127.0.0.1:*) ;; *) fail "the sandbox is not on 127.0.0.1: $url" ;; esac
origin=${url%%/api/v0}
export LOAD_BASE="/api/v0/accounts/$account/clusters/$cluster"

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0; }
alive() { kill -0 "$pid" 2>/dev/null || fail "the sandbox died: $(tail -n 20 "$work/stderr")"; }
get() { curl -sS --fail -H "Authorization: Bearer $LOAD_TOKEN" "$origin$LOAD_BASE$1"; }

get /tokens >"$work/list.json" || fail "GET list before the load"
export LOAD_IDS
LOAD_IDS=$(python3 -c '
import json, sys
print(",".join(token["id"] for token in json.load(open(sys.argv[1]))))' "$work/list.json")
[ -n "$LOAD_IDS" ] || fail "the sandbox has no tokens"
echo "load: sandbox $url, $(tr ',' '\n' <<<"$LOAD_IDS" | wc -l) tokens, $connections connections, $threads threads, ${seconds} s per phase"

# RSS every 0.2 s, for the peak.
( while kill -0 "$pid" 2>/dev/null; do rss_kb; sleep 0.2; done ) >"$work/rss" &
sampler=$!

phase() {
  local name=$1 mix=$2 duration=$3
  LOAD_MIX=$mix wrk --threads "$threads" --connections "$connections" --duration "${duration}s" \
    --timeout 5s --script "$here/management-api.lua" "$origin" >"$work/wrk-$name" 2>&1 \
    || fail "wrk ($name): $(cat "$work/wrk-$name")"
  alive
  local line
  line=$(grep '^LOAD requests=' "$work/wrk-$name") || fail "wrk ($name) printed no summary: $(cat "$work/wrk-$name")"
  echo "load: $name: ${line#LOAD } rss_kb=$(rss_kb)"
  grep '^LOAD status' "$work/wrk-$name" || true
  [[ "$line" =~ non2xx=0\  ]] || fail "$name: answers that are not 2xx"
  [[ "$line" =~ status_errors=0\  ]] || fail "$name: error answers (4xx or 5xx)"
  [[ "$line" =~ socket_errors=0\  ]] || fail "$name: socket errors (connect, read, write or timeout)"
  [[ "$line" =~ requests=([0-9]+) ]] && total=$((total + BASH_REMATCH[1]))
}

total=0
rss_start=$(rss_kb)
phase warm-up list 2
rss_warm=$(rss_kb)
phase list list "$seconds"
rss_list=$(rss_kb)
phase one one "$seconds"
rss_one=$(rss_kb)
phase mix mix "$seconds"
rss_end=$(rss_kb)
get /tokens >/dev/null || fail "GET list after the load"
alive
rss_peak=$(sort -n "$work/rss" | tail -n 1)

growth=$((rss_end - rss_warm))
summary="load: $total requests served in 3 phases of $seconds s (+2 s warm-up), none failed; RSS kB: start $rss_start, after warm-up $rss_warm, after list $rss_list, after one $rss_one, end $rss_end, peak $rss_peak; growth after warm-up ${growth} kB (limit $max_growth_kb)"
echo "$summary"
if [ -n "${TOKENADMIN_FIGURES_DIR:-}" ]; then
  mkdir -p "$TOKENADMIN_FIGURES_DIR"
  echo "$summary" >"$TOKENADMIN_FIGURES_DIR/load.txt"
fi
[ "$growth" -le "$max_growth_kb" ] || fail "RSS grew by $growth kB under load (limit $max_growth_kb kB)"
echo "load: passed"
