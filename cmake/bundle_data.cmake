# Compiles every JSON file of a folder into a static library as byte arrays, listed by
# core::BundledFiles() (src/core/bundled_files.h). The app needs no fetch for its data, so it works
# in any iframe and under connect-src 'self'.
function(appfinder_bundle_data target dir)
    file(GLOB data_files CONFIGURE_DEPENDS ${dir}/*.json)
    set(out ${CMAKE_CURRENT_BINARY_DIR}/bundled_data.cpp)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DDIR=${dir} -DHEADER=core/bundled_files.h
                -DFUNC=core::BundledFiles -P ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
        DEPENDS ${data_files} ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
        COMMENT "Bundling ${dir}")
    add_library(${target} STATIC ${out} ${PROJECT_SOURCE_DIR}/src/core/bundled_files.cpp)
    target_link_libraries(${target} PUBLIC appfinder_core)
endfunction()
