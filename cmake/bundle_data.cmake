# Compiles every JSON file of a folder into a static library as byte arrays, listed by
# core::BundledFiles() (src/core/bundled_files.h). The app needs no fetch for its data, so it works
# in any iframe and under connect-src 'self'.
function(appfinder_bundle_data target dir)
    file(GLOB data_files CONFIGURE_DEPENDS ${dir}/*.json)
    find_package(Python3 REQUIRED COMPONENTS Interpreter)
    # The whitespace between JSON tokens is dropped first (a quarter of the bytes); nothing else changes.
    set(stripped_dir ${CMAKE_CURRENT_BINARY_DIR}/bundled_data)
    set(stripped "")
    foreach(f ${data_files})
        get_filename_component(name ${f} NAME)
        add_custom_command(OUTPUT ${stripped_dir}/${name}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${stripped_dir}
            COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/cmake/strip_json_space.py ${f} ${stripped_dir}/${name}
            DEPENDS ${f} ${PROJECT_SOURCE_DIR}/cmake/strip_json_space.py
            VERBATIM)
        list(APPEND stripped ${stripped_dir}/${name})
    endforeach()
    string(REPLACE ";" "|" stripped_list "${stripped}")
    set(out ${CMAKE_CURRENT_BINARY_DIR}/bundled_data.cpp)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DFILES=${stripped_list} -DHEADER=core/bundled_files.h
                -DFUNC=core::BundledFiles -P ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
        DEPENDS ${stripped} ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
        COMMENT "Bundling ${dir}" VERBATIM)
    add_library(${target} STATIC ${out} ${PROJECT_SOURCE_DIR}/src/core/bundled_files.cpp)
    target_link_libraries(${target} PUBLIC appfinder_core)
endfunction()
