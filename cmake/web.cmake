# The WebAssembly app and the static site in build/site/ (Emscripten only).
# ImGui's OpenGL 3 renderer, in a copy made for WebGL 2. The stock file learns the GL and GLSL versions with
# sscanf, which links all of sscanf (about 2 KB gzip) for two numbers that are fixed here: WebGL 2 always
# answers GL_MAJOR_VERSION (so the GL_VERSION string is never parsed) and compiles only GLSL ES 3.00
# ("#version 300 es"), so the copy takes 300 as the GLSL version and the other shaders, which WebGL 2 would
# refuse, are left out. A fatal error if either line is not found.
set(opengl3_source ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
file(READ ${opengl3_source} opengl3_text)
set(gl_version_scan "sscanf(gl_version, \"%d.%d\", &major, &minor);")
set(glsl_version_scan "sscanf(bd->GlslVersionString, \"#version %d\", &glsl_version);")
foreach(line gl_version_scan glsl_version_scan)
    string(FIND "${opengl3_text}" "${${line}}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "cmake/web.cmake: '${${line}}' not found in ${opengl3_source}")
    endif()
endforeach()
string(REPLACE "${gl_version_scan}" "(void)gl_version; /* WebGL 2 answers GL_MAJOR_VERSION (cmake/web.cmake) */"
       opengl3_text "${opengl3_text}")
string(REPLACE "${glsl_version_scan}" "glsl_version = 300; /* WebGL 2: GLSL ES 3.00 only (cmake/web.cmake) */"
       opengl3_text "${opengl3_text}")
set(opengl3_copy ${CMAKE_CURRENT_BINARY_DIR}/imgui_impl_opengl3_webgl2.cpp)
file(WRITE ${opengl3_copy}.tmp "${opengl3_text}")
configure_file(${opengl3_copy}.tmp ${opengl3_copy} COPYONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${opengl3_source})
add_library(imgui_opengl3 STATIC ${opengl3_copy})
target_include_directories(imgui_opengl3 SYSTEM PUBLIC ${IMGUI_DIR}/backends)
target_compile_definitions(imgui_opengl3 PRIVATE IMGUI_IMPL_OPENGL_ES3)
target_link_libraries(imgui_opengl3 PUBLIC imgui_core)

file(GLOB PLATFORM_SOURCES CONFIGURE_DEPENDS src/platform/*.cpp)
add_executable(appfinder src/main.cpp ${PLATFORM_SOURCES})
target_link_libraries(appfinder PRIVATE appfinder_ui appfinder_bundled imgui_opengl3)
appfinder_warnings(appfinder)
set_target_properties(appfinder PROPERTIES SUFFIX ".js")

# WebAssembly features that every WebGL 2 browser has (Chrome 75, Firefox 79, Safari 15): float-to-int
# conversions that saturate instead of guarding each cast with range checks, memcpy and memset as single
# instructions, and sign extension. Code is smaller; every in-range value converts as before.
set(APPFINDER_WASM_FEATURES -mnontrapping-fptoint -mbulk-memory -msign-ext)
set(APPFINDER_WEB_FLAGS -Oz -flto -fno-exceptions -fno-rtti -fno-threadsafe-statics ${APPFINDER_WASM_FEATURES})
target_compile_options(appfinder_core PRIVATE ${APPFINDER_WEB_FLAGS})
target_compile_options(appfinder_ui PRIVATE ${APPFINDER_WEB_FLAGS})
target_compile_options(appfinder PRIVATE ${APPFINDER_WEB_FLAGS})
target_compile_options(imgui_core PRIVATE ${APPFINDER_WEB_FLAGS})
target_compile_options(imgui_opengl3 PRIVATE ${APPFINDER_WEB_FLAGS})
target_link_options(appfinder PRIVATE
    -Oz -flto -fno-exceptions -fno-rtti ${APPFINDER_WASM_FEATURES}
    -sMALLOC=emmalloc
    -sENVIRONMENT=web
    -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
    -sALLOW_MEMORY_GROWTH=1
    -sDYNAMIC_EXECUTION=0
    -sFILESYSTEM=0
    -sEXPORTED_FUNCTIONS=_main,_malloc,_free
    -sINCOMING_MODULE_JS_API=canvas,print,printErr,onAbort,locateFile,instantiateWasm
    -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
    # Less JavaScript glue: WebGL 2 only, no extension auto-enabling or GL error tracking (ImGui's renderer
    # needs neither), no errno or longjmp support, and TextDecoder always there (every WebGL 2 browser has it).
    -sGL_EXTENSIONS_IN_PREFIXED_FORMAT=0
    -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
    -sGL_SUPPORT_SIMPLE_ENABLE_EXTENSIONS=0
    -sGL_TRACK_ERRORS=0
    -sSUPPORT_ERRNO=0
    -sSUPPORT_LONGJMP=0
    -sTEXTDECODER=2
    -sGL_EMULATE_GLES_VERSION_STRING_FORMAT=0   # no code reads GL_VERSION's text (WebGL 2 answers GL_MAJOR_VERSION)
    -sBINARYEN_EXTRA_PASSES=--converge)   # wasm-opt until nothing shrinks: about 1.2 KB less gzip

# One more wasm-opt -Oz over the finished module. emcc's last step rewrites the module (it shortens the
# import and export names) after its own -Oz, and optimising once more after that saves another 650 B gzip.
# Before it, --flatten --rereloop rebuild each function's control flow from scratch, which -Oz then folds
# tighter: 700 B more. A last -Oz run until nothing shrinks tidies what the rebuilt control flow left: 485 B
# more. All are binaryen's own semantics-preserving passes. Imports and exports keep their
# names, so the JavaScript glue is unchanged.
find_program(WASM_OPT wasm-opt REQUIRED)
set(APPFINDER_WASM_OPT_FEATURES --enable-nontrapping-float-to-int --enable-bulk-memory --enable-sign-ext
                                --enable-mutable-globals)
add_custom_command(TARGET appfinder POST_BUILD
    COMMAND ${WASM_OPT} ${APPFINDER_WASM_OPT_FEATURES} --flatten --rereloop -Oz $<TARGET_FILE_DIR:appfinder>/appfinder.wasm
            -o $<TARGET_FILE_DIR:appfinder>/appfinder.wasm
    COMMAND ${WASM_OPT} ${APPFINDER_WASM_OPT_FEATURES} -Oz --converge $<TARGET_FILE_DIR:appfinder>/appfinder.wasm
            -o $<TARGET_FILE_DIR:appfinder>/appfinder.wasm
    COMMENT "wasm-opt --flatten --rereloop -Oz, then -Oz --converge, over appfinder.wasm" VERBATIM)

# tools/build.sh assembles build/site/ from the page (shell.html, web/) and the compiled app.

# emcc's JS optimizer needs Debian's acorn. Without NODE_PATH it leaves the JS unminified while the
# wasm's imports are minified, and the page fails with a LinkError; so the link always sets it.
set_property(TARGET appfinder PROPERTY RULE_LAUNCH_LINK "${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs")
