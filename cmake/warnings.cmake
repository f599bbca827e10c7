# Strict warnings for Hearth's own code only (third-party headers come in as SYSTEM).
function(hearth_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror -Wshadow
                         -Wnon-virtual-dtor -Wno-missing-field-initializers)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports std::variant storage of nested action variants as "maybe uninitialized"
    # at -O2 (GCC bugs 80635 and 105562): a false positive. clang (the wasm build) keeps its own
    # uninitialised-use checks.
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
  endif()
endfunction()
