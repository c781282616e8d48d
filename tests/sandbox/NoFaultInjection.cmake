# token-admin carries no fault injection: its symbols are in token-admin-sandbox (so the
# check can see them) and not in token-admin.
foreach(program IN ITEMS "${PROGRAM}" "${SANDBOX}")
  execute_process(COMMAND nm -C "${program}" OUTPUT_VARIABLE symbols RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "nm could not read ${program}")
  endif()
  string(REGEX MATCH "SandboxFaultInjector::[a-zA-Z]+" found "${symbols}")
  if(program STREQUAL "${PROGRAM}" AND found)
    message(FATAL_ERROR "${program} links the fault injection: ${found}")
  elseif(program STREQUAL "${SANDBOX}" AND NOT found)
    message(FATAL_ERROR "${program} shows no fault injection symbol: the check sees nothing")
  endif()
endforeach()
