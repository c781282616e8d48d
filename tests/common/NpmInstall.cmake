# Installs a test tool from npm: the package-lock.json in DIR into DIR/node_modules (npm ci),
# unless this very lock file was installed there already. Run by ctest as a set-up test:
#   cmake -DDIR=<folder> -DPACKAGE=<npm name> -DINSTALLED=<file under DIR that proves it>
#         -DNEEDED_BY=<what needs it> -P NpmInstall.cmake
# A missing node or npm fails the set-up, so the tests that need the tool can never be skipped
# quietly. Used for Prism (tests/contract) and the OpenID provider (tests/auth).
cmake_minimum_required(VERSION 3.25)

foreach(argument DIR PACKAGE INSTALLED NEEDED_BY)
  if(NOT ${argument})
    message(FATAL_ERROR "NpmInstall.cmake: pass -D${argument}=…")
  endif()
endforeach()

file(READ "${DIR}/package.json" package_json)
string(JSON wanted GET "${package_json}" devDependencies "${PACKAGE}")

# node_modules is current when it was installed by this script from this very lock file.
file(SHA256 "${DIR}/package-lock.json" lock_hash)
set(stamp "${DIR}/node_modules/.token-admin-lock.sha256")
set(installed "${DIR}/${INSTALLED}")
if(EXISTS "${installed}" AND EXISTS "${stamp}")
  file(READ "${stamp}" installed_hash)
  if(installed_hash STREQUAL lock_hash)
    message(STATUS "${PACKAGE} ${wanted} is installed in ${DIR}/node_modules")
    return()
  endif()
endif()

find_program(NODE_EXECUTABLE NAMES node nodejs)
find_program(NPM_EXECUTABLE NAMES npm)
if(NOT NODE_EXECUTABLE OR NOT NPM_EXECUTABLE)
  message(FATAL_ERROR
    "${NEEDED_BY} needs Node.js and npm on PATH to install ${PACKAGE} ${wanted} "
    "(found node: ${NODE_EXECUTABLE}, npm: ${NPM_EXECUTABLE}). "
    "On Debian: sudo apt-get install nodejs npm")
endif()

message(STATUS "Installing ${PACKAGE} ${wanted} with ${NPM_EXECUTABLE} ci in ${DIR}")
execute_process(
  COMMAND "${NPM_EXECUTABLE}" ci --no-audit --no-fund
  WORKING_DIRECTORY "${DIR}"
  RESULT_VARIABLE npm_result)
if(NOT npm_result EQUAL 0)
  message(FATAL_ERROR "npm ci failed (${npm_result}) in ${DIR}: see its output above")
endif()
if(NOT EXISTS "${installed}")
  message(FATAL_ERROR "npm ci succeeded but ${installed} is missing")
endif()
file(WRITE "${stamp}" "${lock_hash}")
