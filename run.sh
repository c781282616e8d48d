#!/usr/bin/env bash
# Installs what is needed, builds, and opens Token Admin on its embedded sandbox.
set -euo pipefail
cd "$(dirname "$0")"
PRESET=dev source scripts/setup-debian.sh
exec build/dev/app/token-admin --sandbox "$@"
