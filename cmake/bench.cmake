# appfinder-bench: the search bench (src/cli/cli_bench.cpp) as WebAssembly for Node (Emscripten only).
#   cmake --build --preset web --target appfinder-bench && node build/web/appfinder-bench.js [--apps N]
# A custom command rather than add_executable, for two reasons: the web preset's -Os would still reach em++
# next to a target's -O3 (emcc keeps the size level, which made search 5-10x slower than -O3), and the
# bench should not be part of every web build.
set(APPFINDER_BENCH_SOURCES
    src/cli/cli_bench.cpp src/core/model.cpp src/core/query_understanding.cpp src/core/route.cpp
    src/core/search_everything.cpp src/core/search_index.cpp src/core/synthetic_catalogue.cpp src/core/text_normalize.cpp)
set(APPFINDER_BENCH_HEADERS
    src/cli/commands.h src/core/model.h src/core/query_understanding.h src/core/route.h src/core/search_index.h
    src/core/search_everything.h src/core/synthetic_catalogue.h src/core/text_normalize.h)
list(TRANSFORM APPFINDER_BENCH_SOURCES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/)
list(TRANSFORM APPFINDER_BENCH_HEADERS PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/)
set(APPFINDER_BENCH_JS ${CMAKE_CURRENT_BINARY_DIR}/appfinder-bench.js)
# SINGLE_FILE: Emscripten 3.1.6 would fetch() a separate .wasm by path, which Node 18+ refuses.
add_custom_command(OUTPUT ${APPFINDER_BENCH_JS}
    COMMAND ${CMAKE_CXX_COMPILER} -std=c++17 -O3 -Wall -Wextra -Wpedantic -DAPPFINDER_BENCH_MAIN
            -I${CMAKE_CURRENT_SOURCE_DIR}/src ${APPFINDER_BENCH_SOURCES}
            -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1 -sSINGLE_FILE=1
            -o ${APPFINDER_BENCH_JS}
    DEPENDS ${APPFINDER_BENCH_SOURCES} ${APPFINDER_BENCH_HEADERS} ${CMAKE_CURRENT_LIST_FILE}
    COMMENT "Building the search bench for Node at -O3 (appfinder-bench.js)"
    VERBATIM)
add_custom_target(appfinder-bench DEPENDS ${APPFINDER_BENCH_JS})
