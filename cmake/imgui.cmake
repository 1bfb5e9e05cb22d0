# Dear ImGui 1.90.1, fetched from Debian's source package by tools/bootstrap.sh (never committed).
set(IMGUI_DIR ${APPFINDER_DEPS_DIR}/imgui)
if(NOT EXISTS ${IMGUI_DIR}/imgui.cpp)
    message(FATAL_ERROR "Dear ImGui not found in ${IMGUI_DIR}: run tools/bootstrap.sh")
endif()
set(imgui_draw_source ${IMGUI_DIR}/imgui_draw.cpp)
if(EMSCRIPTEN)
    # The web app always adds its own fonts before the atlas is built, so ImGui's built-in ProggyClean
    # (11,980 bytes of base85, about 9.5 KB of the gzipped download) is never drawn; 1.90.1 has no switch
    # to leave it out. The web build compiles a copy of imgui_draw.cpp with that one string emptied.
    # ImFontAtlas::Build() would only reach it with no font added, which ui::LoadFonts() rules out.
    file(READ ${imgui_draw_source} draw_text)
    set(proggy_decl "static const char proggy_clean_ttf_compressed_data_base85[11980 + 1] =")
    string(FIND "${draw_text}" "${proggy_decl}" proggy_begin)
    if(proggy_begin EQUAL -1)
        message(FATAL_ERROR "cmake/imgui.cmake: ProggyClean's data not found in ${imgui_draw_source}")
    endif()
    string(SUBSTRING "${draw_text}" 0 ${proggy_begin} draw_head)
    string(SUBSTRING "${draw_text}" ${proggy_begin} -1 draw_tail)
    string(FIND "${draw_tail}" "\";\n" proggy_end)    # the literal's last line ends with ";
    math(EXPR proggy_end "${proggy_end} + 3")
    string(SUBSTRING "${draw_tail}" ${proggy_end} -1 draw_tail)
    set(draw_text_trimmed "${draw_head}static const char proggy_clean_ttf_compressed_data_base85[1] = \"\";\n${draw_tail}")
    set(imgui_draw_source ${CMAKE_CURRENT_BINARY_DIR}/imgui_draw_no_default_font.cpp)
    file(WRITE ${imgui_draw_source}.tmp "${draw_text_trimmed}")
    configure_file(${imgui_draw_source}.tmp ${imgui_draw_source} COPYONLY)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${IMGUI_DIR}/imgui_draw.cpp)
endif()
set(imgui_source ${IMGUI_DIR}/imgui.cpp)
if(EMSCRIPTEN)
    # The app sets io.IniFilename to null and never loads or saves settings, yet ImGui::Initialize() registers
    # the .ini handlers for windows and tables, which links their readers and writers (2 KB gzip; sscanf itself
    # stayed, for ImGui's OpenGL renderer, until cmake/web.cmake's copy of it). The web build compiles a copy of imgui.cpp without that registration; windows and
    # tables keep their settings in memory exactly as before, since only reading and writing .ini text uses them.
    file(READ ${imgui_source} imgui_text)
    set(handlers_begin "    // Add .ini handle for ImGuiWindow and ImGuiTable types\n")
    set(handlers_end "    TableSettingsAddSettingsHandler();\n")
    string(FIND "${imgui_text}" "${handlers_begin}" begin_at)
    string(FIND "${imgui_text}" "${handlers_end}" end_at)
    if(begin_at EQUAL -1 OR end_at EQUAL -1 OR end_at LESS begin_at)
        message(FATAL_ERROR "cmake/imgui.cmake: the .ini handlers' registration not found in ${imgui_source}")
    endif()
    string(LENGTH "${handlers_end}" end_len)
    math(EXPR tail_at "${end_at} + ${end_len}")
    string(SUBSTRING "${imgui_text}" 0 ${begin_at} imgui_head)
    string(SUBSTRING "${imgui_text}" ${tail_at} -1 imgui_tail)
    set(imgui_source ${CMAKE_CURRENT_BINARY_DIR}/imgui_no_ini_handlers.cpp)
    file(WRITE ${imgui_source}.tmp "${imgui_head}    // .ini handlers left out by cmake/imgui.cmake\n${imgui_tail}")
    configure_file(${imgui_source}.tmp ${imgui_source} COPYONLY)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${IMGUI_DIR}/imgui.cpp)
endif()
add_library(imgui_core STATIC
    ${imgui_source} ${imgui_draw_source}
    ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui_core SYSTEM PUBLIC ${IMGUI_DIR})
if(EMSCRIPTEN)
    # The bundled fonts are TrueType outlines (glyf), never CFF (cmake/fonts.cmake), yet stb_truetype reads both,
    # and its CFF reader and Type 2 charstring interpreter (about 5 KB of code) stay linked behind a run-time
    # test. The web build gives ImGui a copy of imstb_truetype.h in which a font is never CFF: a CFF-only font
    # would be refused as if it had no outlines, and every TrueType font is read exactly as before.
    set(stb_truetype ${IMGUI_DIR}/imstb_truetype.h)
    file(READ ${stb_truetype} stb_text)
    set(cff_lookup "cff = stbtt__find_table(data, fontstart, \"CFF \");")
    string(FIND "${stb_text}" "${cff_lookup}" cff_at)
    string(REGEX MATCHALL "info->cff\\.size" cff_tests "${stb_text}")
    list(LENGTH cff_tests cff_test_count)
    if(cff_at EQUAL -1 OR NOT cff_test_count EQUAL 4)
        message(FATAL_ERROR "cmake/imgui.cmake: stb_truetype's CFF support is not where expected in ${stb_truetype}")
    endif()
    string(REPLACE "${cff_lookup}" "cff = 0; /* glyf fonts only (cmake/imgui.cmake) */" stb_text "${stb_text}")
    string(REPLACE "info->cff.size" "0" stb_text "${stb_text}")
    set(stb_dir ${CMAKE_CURRENT_BINARY_DIR}/imgui_patched)
    file(WRITE ${stb_dir}/imstb_truetype_glyf_only.h.tmp "${stb_text}")
    configure_file(${stb_dir}/imstb_truetype_glyf_only.h.tmp ${stb_dir}/imstb_truetype_glyf_only.h COPYONLY)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${stb_truetype})
    target_include_directories(imgui_core PRIVATE ${stb_dir})
    target_compile_definitions(imgui_core PRIVATE IMGUI_STB_TRUETYPE_FILENAME="imstb_truetype_glyf_only.h")
endif()
# No demo window, no debug tools, no file I/O for settings, our own link opener.
target_compile_definitions(imgui_core PUBLIC
    IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS
    IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS IMGUI_DISABLE_OBSOLETE_FUNCTIONS
    IMGUI_DISABLE_OBSOLETE_KEYIO IMGUI_DISABLE_FILE_FUNCTIONS)
