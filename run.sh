#!/usr/bin/env bash
# Installs what is needed, builds, and opens Token Admin on its embedded sandbox.
# An optimised build of the two programs only (the app preset): the first window comes
# quickly, and long lists are as fast as the README says. ./test.sh builds everything.
set -euo pipefail
cd "$(dirname "$0")"
PRESET=app source scripts/setup-debian.sh
exec build/app/app/token-admin --sandbox "$@"
