#!/usr/bin/env bash
# Builds token-admin-bench in Release and runs it: one table on stdout, the same as JSON
# (bench-results.json, or --json FILE). Extra arguments go to the benchmark, e.g.
# ./bench.sh --sizes 1000,10000 --reps 3
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
# ccache, when there is one, makes the Release build after a change a matter of seconds.
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake --preset release "${launcher[@]}" >/dev/null
cmake --build --preset release --target token-admin-bench token-admin
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
exec build/release/tests/bench/token-admin-bench "$@"
