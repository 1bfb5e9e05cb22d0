// bench/bare/main.cpp — the baseline for tools/bench.sh: a bare Dear ImGui web app, built with the same ImGui
// and Emscripten as ours. One window with one line of text and one text box, drawn every animation frame as
// ImGui's own web examples do (emscripten_set_main_loop with fps 0), ImGui's OpenGL3 backend on WebGL2, the
// default font, and a minimal html5.h platform: mouse, wheel, keys, text. It marks the page
// data-app-state="ready" after its second frame, as our app does, so tools/bench.mjs times both alike.
#include "imgui.h"
#include "imgui_impl_opengl3.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cfloat>
#include <cstring>

namespace {

const char* const kCanvas = "#canvas";
char g_text[256] = "";
int g_frames = 0;

EM_JS(void, js_set_ready, (), { document.documentElement.setAttribute('data-app-state', 'ready'); });

ImGuiKey KeyFromDom(const char* key)
{
    struct Named { const char* Name; ImGuiKey Key; };
    static const Named named[] = {
        { "Tab", ImGuiKey_Tab }, { "ArrowLeft", ImGuiKey_LeftArrow }, { "ArrowRight", ImGuiKey_RightArrow },
        { "ArrowUp", ImGuiKey_UpArrow }, { "ArrowDown", ImGuiKey_DownArrow }, { "Home", ImGuiKey_Home },
        { "End", ImGuiKey_End }, { "Delete", ImGuiKey_Delete }, { "Backspace", ImGuiKey_Backspace },
        { "Enter", ImGuiKey_Enter }, { "Escape", ImGuiKey_Escape }, { " ", ImGuiKey_Space },
    };
    for (const Named& n : named)
        if (std::strcmp(key, n.Name) == 0) return n.Key;
    if (key[0] >= 'a' && key[0] <= 'z' && !key[1]) return static_cast<ImGuiKey>(ImGuiKey_A + (key[0] - 'a'));
    return ImGuiKey_None;
}

EM_BOOL OnKey(int type, const EmscriptenKeyboardEvent* e, void*)
{
    ImGuiIO& io = ImGui::GetIO();
    bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    io.AddKeyEvent(ImGuiMod_Ctrl, e->ctrlKey);
    io.AddKeyEvent(ImGuiMod_Shift, e->shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, e->altKey);
    io.AddKeyEvent(ImGuiMod_Super, e->metaKey);
    ImGuiKey key = KeyFromDom(e->key);
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
    unsigned char c = static_cast<unsigned char>(e->key[0]);
    bool text = down && !e->ctrlKey && !e->metaKey && c >= 0x20 && std::strlen(e->key) <= 4 &&
                (c < 0x80 ? e->key[1] == 0 : true);
    if (text) io.AddInputCharactersUTF8(e->key);
    return io.WantCaptureKeyboard ? EM_TRUE : EM_FALSE;
}

EM_BOOL OnMouse(int type, const EmscriptenMouseEvent* e, void*)
{
    ImGuiIO& io = ImGui::GetIO();
    if (type == EMSCRIPTEN_EVENT_MOUSELEAVE) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    else if (type != EMSCRIPTEN_EVENT_MOUSEUP)
        io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
    if ((type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) && e->button <= 2)
        io.AddMouseButtonEvent(e->button == 0 ? 0 : e->button == 2 ? 1 : 2, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    return EM_TRUE;
}

EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void*)
{
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-e->deltaX / 100.0), static_cast<float>(-e->deltaY / 100.0));
    return EM_TRUE;
}

void Frame()
{
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
    double ratio = emscripten_get_device_pixel_ratio();
    int fb_w = static_cast<int>(css_w * ratio), fb_h = static_cast<int>(css_h * ratio);
    emscripten_set_canvas_element_size(kCanvas, fb_w, fb_h);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
    io.DisplayFramebufferScale = ImVec2(static_cast<float>(ratio), static_cast<float>(ratio));

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(20, 20), ImGuiCond_FirstUseEver);
    ImGui::Begin("Bare Dear ImGui");
    ImGui::TextUnformatted("A bare Dear ImGui app: one line of text and one text box.");
    ImGui::InputText("Search", g_text, sizeof(g_text));
    ImGui::End();
    ImGui::Render();

    glViewport(0, 0, fb_w, fb_h);
    glClearColor(0.45f, 0.55f, 0.60f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (++g_frames == 2) js_set_ready();
}

} // namespace

int main()
{
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.alpha = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.antialias = EM_FALSE;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(kCanvas, &attrs);
    if (context <= 0) return 1;
    emscripten_webgl_make_context_current(context);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::StyleColorsDark();
    ImGui_ImplOpenGL3_Init("#version 300 es");

    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, OnKey);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, OnKey);
    emscripten_set_mousedown_callback(kCanvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mouseup_callback(kCanvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mousemove_callback(kCanvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mouseleave_callback(kCanvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_wheel_callback(kCanvas, nullptr, EM_TRUE, OnWheel);
    emscripten_set_main_loop(Frame, 0, 1);   // every animation frame, forever
    return 0;
}
