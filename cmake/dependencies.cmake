# nlohmann/json and doctest. Under Emscripten find_package cannot see /usr/include, so nlohmann is
# taken from a staged folder (build/deps/include, made by tools/bootstrap.sh) holding only its headers.
set(APPFINDER_DEPS_DIR ${CMAKE_CURRENT_SOURCE_DIR}/build/deps CACHE PATH "Fetched and staged dependencies")
if(NOT EXISTS ${APPFINDER_DEPS_DIR}/include/nlohmann/json.hpp)
    message(FATAL_ERROR "nlohmann/json not staged in ${APPFINDER_DEPS_DIR}/include: run tools/bootstrap.sh")
endif()
add_library(nlohmann_json_staged INTERFACE)
target_include_directories(nlohmann_json_staged SYSTEM INTERFACE ${APPFINDER_DEPS_DIR}/include)
target_compile_definitions(nlohmann_json_staged INTERFACE JSON_NOEXCEPTION=1)
