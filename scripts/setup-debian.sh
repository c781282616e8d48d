#!/usr/bin/env bash
# Installs what Token Admin needs to build, run and test on Debian 12, then configures
# and builds it. Sourced by run.sh and test.sh; PRESET picks the CMake preset.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev
  qt6-l10n-tools qtkeychain-qt6-dev libtomlplusplus-dev libxkbcommon-dev libgl-dev
  xvfb xauth libsimdjson-dev
  # The change history's SQLite driver for Qt SQL (QSQLITE).
  libqt6sql6-sqlite
  # The keychain tests run gnome-keyring inside dbus-run-session (dbus-daemon); the TLS tests
  # make their certificates with openssl; tst_sandboxexecutable runs the docs' curl revoke
  # command; the load test (a ctest) drives the sandbox with wrk.
  gnome-keyring dbus dbus-daemon openssl curl wrk python3
  # The accessibility audit runs on Xvfb's X server (Qt's xcb plugin) with the AT-SPI bus.
  at-spi2-core qt6-qpa-plugins
  # Qt's own strings (OK, Cancel, …) in German and French: qtbase_de.qm, qtbase_fr.qm.
  qt6-translations-l10n
)
# scripts/ci-hardening.sh: clang's libFuzzer for tests/fuzz.
if [ "${TOKENADMIN_HARDENING:-0}" = 1 ]; then
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
# Node.js and npm run the contract test's spec proxy (Prism) and the sign-in tests' OpenID
# provider (oidc-provider); each suite's set-up test installs its npm packages from its lock
# file. Some machines carry Node.js from another
# source that bundles npm and conflicts with Debian's npm package: ask only when absent.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
fi

cd "$(dirname "${BASH_SOURCE[0]}")/.."
cmake --preset "${PRESET:-dev}" >/dev/null
cmake --build --preset "${PRESET:-dev}"
