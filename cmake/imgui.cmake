# Dear ImGui 1.90.1, fetched from Debian's source package by tools/bootstrap.sh (never committed).
set(IMGUI_DIR ${APPFINDER_DEPS_DIR}/imgui)
if(NOT EXISTS ${IMGUI_DIR}/imgui.cpp)
    message(FATAL_ERROR "Dear ImGui not found in ${IMGUI_DIR}: run tools/bootstrap.sh")
endif()
add_library(imgui_core STATIC
    ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp
    ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui_core SYSTEM PUBLIC ${IMGUI_DIR})
# No demo window, no debug tools, no file I/O for settings, our own link opener.
target_compile_definitions(imgui_core PUBLIC
    IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS
    IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS IMGUI_DISABLE_OBSOLETE_FUNCTIONS
    IMGUI_DISABLE_OBSOLETE_KEYIO)
