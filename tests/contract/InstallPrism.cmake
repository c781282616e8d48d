# Installs Prism from package-lock.json into node_modules (npm ci), unless this lock file
# was installed there already. Run by ctest as the set-up of the contract test:
#   cmake -DCONTRACT_DIR=<tests/contract> -P InstallPrism.cmake
# A missing node or npm fails the set-up, so the contract test can never be skipped quietly.
cmake_minimum_required(VERSION 3.25)

if(NOT CONTRACT_DIR)
  message(FATAL_ERROR "InstallPrism.cmake: pass -DCONTRACT_DIR=<tests/contract>")
endif()

file(READ "${CONTRACT_DIR}/package.json" package_json)
string(JSON wanted GET "${package_json}" devDependencies "@stoplight/prism-cli")

# node_modules is current when it was installed by this script from this very lock file.
file(SHA256 "${CONTRACT_DIR}/package-lock.json" lock_hash)
set(stamp "${CONTRACT_DIR}/node_modules/.token-admin-lock.sha256")
set(prism "${CONTRACT_DIR}/node_modules/.bin/prism")
if(EXISTS "${prism}" AND EXISTS "${stamp}")
  file(READ "${stamp}" installed_hash)
  if(installed_hash STREQUAL lock_hash)
    message(STATUS "Prism ${wanted} is installed in ${CONTRACT_DIR}/node_modules")
    return()
  endif()
endif()

find_program(NODE_EXECUTABLE NAMES node nodejs)
find_program(NPM_EXECUTABLE NAMES npm)
if(NOT NODE_EXECUTABLE OR NOT NPM_EXECUTABLE)
  message(FATAL_ERROR
    "The contract test needs Node.js and npm on PATH to install Prism ${wanted} "
    "(found node: ${NODE_EXECUTABLE}, npm: ${NPM_EXECUTABLE}). "
    "On Debian: sudo apt-get install nodejs npm")
endif()

message(STATUS "Installing Prism ${wanted} with ${NPM_EXECUTABLE} ci in ${CONTRACT_DIR}")
execute_process(
  COMMAND "${NPM_EXECUTABLE}" ci --no-audit --no-fund
  WORKING_DIRECTORY "${CONTRACT_DIR}"
  RESULT_VARIABLE npm_result)
if(NOT npm_result EQUAL 0)
  message(FATAL_ERROR "npm ci failed (${npm_result}) in ${CONTRACT_DIR}: see its output above")
endif()
if(NOT EXISTS "${prism}")
  message(FATAL_ERROR "npm ci succeeded but ${prism} is missing")
endif()
file(WRITE "${stamp}" "${lock_hash}")
