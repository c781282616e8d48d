#!/usr/bin/env bash
# CI's package step, run by scripts/ci-hardening.sh (or alone, as root or with sudo):
#   1. builds the release .deb with CPack in its own build folder (build/package: Release, the
#      two programs only);
#   2. installs it with apt-get, so its dependencies resolve as a user's would;
#   3. runs /usr/bin/token-admin --version (no display needed) and starts
#      /usr/bin/token-admin-sandbox, which must print its JSON line;
#   4. validates the installed .desktop and AppStream files, and runs lintian on the .deb:
#      no error (E:) may be reported;
#   5. removes the package (also when a step failed).
# Every step has a time limit and says which one failed.
set -euo pipefail
cd "$(dirname "$0")/.."

# Limits in seconds, about three times what each step needs on CI's two cores from a cold start
# (the Release build of the two programs takes 2 minutes of CPU time; apt-get and lintian
# well under a minute each).
build_limit=${PACKAGE_BUILD_LIMIT:-420}
short_limit=${PACKAGE_STEP_LIMIT:-120}
lintian_limit=${PACKAGE_LINTIAN_LIMIT:-180}

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive

current=""
installed=0
on_exit() {
  local status=$?
  if [ "$installed" = 1 ]; then
    "${as_root[@]}" apt-get remove -y -qq token-admin >/dev/null 2>&1 || true
  fi
  if [ "$status" -ne 0 ]; then
    echo "*** PACKAGE CHECK FAILED in step: ${current:-set-up} (exit $status) ***" >&2
  fi
}
trap on_exit EXIT

# step NAME LIMIT COMMAND...: runs the command under `timeout`, naming the step if it fails.
step() {
  current=$1
  local limit=$2 begin status=0
  shift 2
  echo
  echo "=== package: $current (limit $limit s)"
  begin=$(date +%s)
  timeout --kill-after=30 "$limit" "$@" || status=$?
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "*** TIMED OUT: package step '$current' did not finish within $limit s ***" >&2
    exit 124
  fi
  [ "$status" -eq 0 ] || exit "$status"
  echo "--- $current: $(($(date +%s) - begin)) s"
}

# What building, checking and installing a .deb needs besides the build's own packages:
# dpkg-shlibdeps (dpkg-dev) for the dependencies, and the three validators.
install_tools() {
  local missing=() package
  for package in dpkg-dev desktop-file-utils appstream lintian; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

build_deb() {
  (PRESET=package source scripts/setup-debian.sh)
  rm -f build/package/token-admin_*.deb
  (cd build/package && cpack -G DEB)
}

install_deb() {
  # An earlier run's package, or a user's, is replaced by this build's.
  "${as_root[@]}" apt-get remove -y -qq token-admin >/dev/null 2>&1 || true
  "${as_root[@]}" apt-get install -y -qq "$deb"
}

check_version() {
  local version
  version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/token-admin --version)
  echo "$version"
  [ "$version" = "token-admin $expected_version" ]
}

# Starts the installed sandbox, reads its first line (JSON with the URL and the management
# token, which is not printed here), then stops it.
check_sandbox() {
  local fifo line pid
  fifo=$(mktemp -u)
  mkfifo "$fifo"
  /usr/bin/token-admin-sandbox --port 0 >"$fifo" &
  pid=$!
  exec 3<"$fifo"
  rm -f "$fifo"
  IFS= read -r -t 30 line <&3 || true
  kill "$pid"
  wait "$pid" || true
  exec 3<&-
  python3 -c 'import json, sys
line = json.loads(sys.argv[1])
assert line["url"].startswith("http://127.0.0.1:"), line["url"]
assert line["managementToken"]
print("token-admin-sandbox printed its JSON line; url", line["url"])' "$line"
}

check_files() {
  desktop-file-validate /usr/share/applications/io.github.tokenadmin.TokenAdmin.desktop
  appstreamcli validate --no-net /usr/share/metainfo/io.github.tokenadmin.TokenAdmin.metainfo.xml
  test -s /usr/share/doc/token-admin/copyright
  grep -q '^License: Apache-2.0$' /usr/share/doc/token-admin/copyright
}

run_lintian() {
  local report
  report=$(lintian --tag-display-limit 0 "$deb" 2>&1) || true
  [ -z "$report" ] || echo "$report"
  if grep -q '^E: ' <<<"$report"; then
    echo "lintian reported errors (E:)" >&2
    return 1
  fi
  echo "lintian: no error"
}

remove_deb() {
  "${as_root[@]}" apt-get remove -y -qq token-admin
  installed=0
  ! test -e /usr/bin/token-admin
}

export -f build_deb install_deb check_version check_sandbox check_files run_lintian remove_deb

begin=$(date +%s)
step "tools (dpkg-dev, desktop-file-utils, appstream, lintian)" "$short_limit" \
  bash -c "$(declare -p as_root); $(declare -f install_tools); install_tools"
step "release build and .deb (CPack)" "$build_limit" bash -c build_deb
deb=$(ls "$PWD"/build/package/token-admin_*.deb)
expected_version=$(sed -n 's/^project(TokenAdmin VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
export deb expected_version
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"
installed=1
step "apt-get install ./$(basename "$deb")" "$short_limit" \
  bash -c "$(declare -p as_root); install_deb"
step "token-admin --version" 30 bash -c check_version
step "token-admin-sandbox starts" 60 bash -c check_sandbox
step "desktop-file-validate, appstreamcli validate" "$short_limit" bash -c check_files
step "lintian" "$lintian_limit" bash -c run_lintian
step "remove the package" "$short_limit" bash -c "$(declare -p as_root); remove_deb"
installed=0
current=""
echo
echo "=== package checks passed in $(($(date +%s) - begin)) s"
