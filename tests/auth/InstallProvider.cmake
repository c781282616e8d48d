# Installs the OpenID provider (npm oidc-provider) from package-lock.json into node_modules (npm ci), unless this lock file
# was installed there already. Run by ctest as the set-up of the sign-in tests:
#   cmake -DAUTH_DIR=<tests/auth> -P InstallProvider.cmake
# A missing node or npm fails the set-up, so the sign-in tests can never be skipped quietly.
cmake_minimum_required(VERSION 3.25)

if(NOT AUTH_DIR)
  message(FATAL_ERROR "InstallProvider.cmake: pass -DAUTH_DIR=<tests/auth>")
endif()

file(READ "${AUTH_DIR}/package.json" package_json)
string(JSON wanted GET "${package_json}" devDependencies "oidc-provider")

# node_modules is current when it was installed by this script from this very lock file.
file(SHA256 "${AUTH_DIR}/package-lock.json" lock_hash)
set(stamp "${AUTH_DIR}/node_modules/.token-admin-lock.sha256")
set(installed "${AUTH_DIR}/node_modules/oidc-provider/package.json")
if(EXISTS "${installed}" AND EXISTS "${stamp}")
  file(READ "${stamp}" installed_hash)
  if(installed_hash STREQUAL lock_hash)
    message(STATUS "oidc-provider ${wanted} is installed in ${AUTH_DIR}/node_modules")
    return()
  endif()
endif()

find_program(NODE_EXECUTABLE NAMES node nodejs)
find_program(NPM_EXECUTABLE NAMES npm)
if(NOT NODE_EXECUTABLE OR NOT NPM_EXECUTABLE)
  message(FATAL_ERROR
    "The sign-in tests need Node.js and npm on PATH to install oidc-provider ${wanted} "
    "(found node: ${NODE_EXECUTABLE}, npm: ${NPM_EXECUTABLE}). "
    "On Debian: sudo apt-get install nodejs npm")
endif()

message(STATUS "Installing oidc-provider ${wanted} with ${NPM_EXECUTABLE} ci in ${AUTH_DIR}")
execute_process(
  COMMAND "${NPM_EXECUTABLE}" ci --no-audit --no-fund
  WORKING_DIRECTORY "${AUTH_DIR}"
  RESULT_VARIABLE npm_result)
if(NOT npm_result EQUAL 0)
  message(FATAL_ERROR "npm ci failed (${npm_result}) in ${AUTH_DIR}: see its output above")
endif()
if(NOT EXISTS "${installed}")
  message(FATAL_ERROR "npm ci succeeded but ${installed} is missing")
endif()
file(WRITE "${stamp}" "${lock_hash}")
