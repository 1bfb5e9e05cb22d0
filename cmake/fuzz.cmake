# libFuzzer targets (the `fuzz` preset, clang only): one executable per tests/fuzz/fuzz_*.cpp, linking
# core and the bundled data. The whole build carries ASan + UBSan and libFuzzer's coverage hooks (set by
# the preset), so a bug found in core is reported where it happens. tools/fuzz.sh runs them.
file(GLOB FUZZ_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/fuzz/fuzz_*.cpp)
add_custom_target(fuzz_targets)
foreach(src ${FUZZ_SOURCES})
    get_filename_component(name ${src} NAME_WE)
    add_executable(${name} ${src})
    target_link_libraries(${name} PRIVATE appfinder_core appfinder_bundled)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    appfinder_warnings(${name})
    add_dependencies(fuzz_targets ${name})
endforeach()
