# High warnings on our own code only; ImGui's sources are built without them.
function(appfinder_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
endfunction()
