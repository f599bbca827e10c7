# Strict warnings for Hearth's own code only (third-party headers come in as SYSTEM).
function(hearth_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror -Wshadow
                         -Wnon-virtual-dtor -Wno-missing-field-initializers)
endfunction()
