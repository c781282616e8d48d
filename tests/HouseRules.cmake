# Checks rules of docs/ARCHITECTURE.md ("Rules that protect users") that a compiler cannot:
# run as `cmake -DSOURCE_DIR=… -P`.
# - Every source file in app/ and ui/ is built: named in a CMakeLists.txt of its folder or
#   one above it (an orphan file rots unseen).
# - Program code opens no nested event loop: no QEventLoop, no exec() on a dialog, no
#   QMessageBox static function (each runs one); only main()'s app.exec() is allowed, and a
#   QSqlQuery named `query` running its SQL.
# - The map keeps up: every folder of app/ and tests/ is named in docs/ARCHITECTURE.md.
# - No hard-coded colours: they come from the palette, through ui/Look.cpp's tones (the one
#   place that names a light and a dark choice), never "#rrggbb" or QColor(r, g, b) elsewhere.
cmake_minimum_required(VERSION 3.25)

set(problems "")
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
  "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
  "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.ui")

foreach(source IN LISTS sources)
  # Listed if a CMakeLists.txt in the file's folder or above names its path from there.
  set(listed FALSE)
  get_filename_component(folder "${source}" DIRECTORY)
  set(relative "${source}")
  while(TRUE)
    if(folder STREQUAL "")
      set(lists "${SOURCE_DIR}/CMakeLists.txt")
      set(name "${source}")
    else()
      set(lists "${SOURCE_DIR}/${folder}/CMakeLists.txt")
      file(RELATIVE_PATH name "${SOURCE_DIR}/${folder}" "${SOURCE_DIR}/${source}")
    endif()
    if(EXISTS "${lists}")
      file(READ "${lists}" text)
      string(REPLACE "." "\\." pattern "${name}")
      if(text MATCHES "(^|[ \t\r\n(/])${pattern}([ \t\r\n)]|$)")
        set(listed TRUE)
        break()
      endif()
    endif()
    if(folder STREQUAL "")
      break()
    endif()
    get_filename_component(folder "${folder}" DIRECTORY)
  endwhile()
  if(NOT listed)
    string(APPEND problems "  ${source}: in no CMakeLists.txt, so never built\n")
  endif()

  set(hex "[0-9a-fA-F]")
  if(NOT source STREQUAL "ui/Look.cpp")
    file(STRINGS "${SOURCE_DIR}/${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
      math(EXPR number "${number} + 1")
      if(line MATCHES "#${hex}${hex}${hex}${hex}${hex}${hex}"
         OR line MATCHES "QColor(::fromRgb[A-Za-z]*)?[ \t]*\\([ \t]*(0x|[0-9\"])")
        string(STRIP "${line}" line)
        string(APPEND problems "  ${source}:${number}: hard-coded colour: ${line}\n")
      endif()
    endforeach()
  endif()

  if(source MATCHES "\\.(cpp|h)$")
    file(STRINGS "${SOURCE_DIR}/${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
      math(EXPR number "${number} + 1")
      if(line MATCHES "QMessageBox::(critical|warning|information|question|about)[ \t]*\\("
         OR line MATCHES "QEventLoop"
         OR (line MATCHES "(\\.|->)exec[ \t]*\\(" AND NOT line MATCHES "return app\\.exec\\(\\);"
             AND NOT line MATCHES "[ (!]query\\.exec\\("))
        string(STRIP "${line}" line)
        string(APPEND problems "  ${source}:${number}: nested event loop: ${line}\n")
      endif()
    endforeach()
  endif()
endforeach()

file(READ "${SOURCE_DIR}/docs/ARCHITECTURE.md" map)
file(GLOB folders LIST_DIRECTORIES true RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/app/*" "${SOURCE_DIR}/tests/*")
foreach(folder IN LISTS folders)
  if(IS_DIRECTORY "${SOURCE_DIR}/${folder}")
    get_filename_component(name "${folder}" NAME)
    string(FIND "${map}" "${name}" found)
    if(found EQUAL -1)
      string(APPEND problems "  ${folder}/: not named in docs/ARCHITECTURE.md (the project's map)\n")
    endif()
  endif()
endforeach()

if(problems)
  message(FATAL_ERROR "House rules broken (see docs/ARCHITECTURE.md):\n${problems}")
endif()
list(LENGTH sources count)
message(STATUS "House rules hold in ${count} files")
