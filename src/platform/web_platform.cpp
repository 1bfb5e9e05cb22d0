// web_platform.cpp — WebGL2, input, the on-demand loop, history and links (layer: platform).
// Nothing is drawn while nothing changes: every event asks for a few frames through
// requestAnimationFrame, and the loop stops asking once ImGui has settled.
#include "platform/web_platform.h"

#include "platform/a11y_dom.h"
#include "platform/browser.h"
#include "ui/fonts.h"
#include "ui/theme.h"

#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_impl_opengl3.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cfloat>
#include <cmath>
#include <algorithm>
#include <cstring>

namespace platform {

namespace {

const char* const kCanvas = "#canvas";

WebPlatform g_platform;

ImGuiKey KeyFromDom(const char* key, const char* code)
{
    struct Named { const char* Name; ImGuiKey Key; };
    static const Named named[] = {
        { "Tab", ImGuiKey_Tab }, { "ArrowLeft", ImGuiKey_LeftArrow }, { "ArrowRight", ImGuiKey_RightArrow },
        { "ArrowUp", ImGuiKey_UpArrow }, { "ArrowDown", ImGuiKey_DownArrow }, { "PageUp", ImGuiKey_PageUp },
        { "PageDown", ImGuiKey_PageDown }, { "Home", ImGuiKey_Home }, { "End", ImGuiKey_End },
        { "Insert", ImGuiKey_Insert }, { "Delete", ImGuiKey_Delete }, { "Backspace", ImGuiKey_Backspace },
        { " ", ImGuiKey_Space }, { "Enter", ImGuiKey_Enter }, { "Escape", ImGuiKey_Escape },
        { "Control", ImGuiKey_LeftCtrl }, { "Shift", ImGuiKey_LeftShift }, { "Alt", ImGuiKey_LeftAlt },
        { "Meta", ImGuiKey_LeftSuper },
    };
    for (const Named& n : named)
        if (std::strcmp(key, n.Name) == 0) return n.Key;
    if (std::strcmp(code, "NumpadEnter") == 0) return ImGuiKey_KeypadEnter;
    if (key[0] && !key[1]) {
        char c = key[0];
        if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
        if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
        if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
    }
    return ImGuiKey_None;
}

// One Unicode character (not "Enter", "F5", ...): the key produces text.
bool IsTextKey(const char* key)
{
    size_t n = std::strlen(key);
    if (n == 0 || n > 4) return false;
    unsigned char c = static_cast<unsigned char>(key[0]);
    size_t expected = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    return expected == n && c >= 0x20;
}

void SetModifiers(ImGuiIO& io, bool ctrl, bool shift, bool alt, bool meta)
{
    io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
    io.AddKeyEvent(ImGuiMod_Shift, shift);
    io.AddKeyEvent(ImGuiMod_Alt, alt);
    io.AddKeyEvent(ImGuiMod_Super, meta);
}

EM_BOOL OnKey(int type, const EmscriptenKeyboardEvent* e, void*)
{
    // A focused element of the accessible layer (a link, the search box) takes its own keys.
    if (FocusInAccessibleLayer()) return EM_FALSE;
    ImGuiIO& io = ImGui::GetIO();
    bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    bool command = e->ctrlKey || e->metaKey;
    // Paste comes through the page's paste event, with the text; let the browser fire it.
    if (command && (e->key[0] == 'v' || e->key[0] == 'V') && !e->key[1]) return EM_FALSE;
    SetModifiers(io, e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
    ImGuiKey key = KeyFromDom(e->key, e->code);
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
    bool text = down && !command && IsTextKey(e->key);
    if (text) io.AddInputCharactersUTF8(e->key);
    g_platform.Wake();
    // Keep the browser's own shortcuts (reload, zoom, find, devtools) and function keys.
    if (std::strncmp(e->key, "F", 1) == 0 && e->key[1] >= '1' && e->key[1] <= '9') return EM_FALSE;
    if (command) {
        bool editing = io.WantTextInput && (key == ImGuiKey_A || key == ImGuiKey_C || key == ImGuiKey_X ||
                                            key == ImGuiKey_Z || key == ImGuiKey_Y);
        return editing ? EM_TRUE : EM_FALSE;
    }
    return (text && io.WantTextInput) || (key != ImGuiKey_None && io.WantCaptureKeyboard) ? EM_TRUE : EM_FALSE;
}

EM_BOOL OnMouse(int type, const EmscriptenMouseEvent* e, void*)
{
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    if (type == EMSCRIPTEN_EVENT_MOUSELEAVE) {
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    } else if (type != EMSCRIPTEN_EVENT_MOUSEUP) {   // mouseup listens on the window: other coordinates
        io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
    }
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
        int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
        if (button >= 0) io.AddMouseButtonEvent(button, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    }
    g_platform.Wake();
    return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_FALSE : EM_TRUE;  // mousedown keeps focus handling
}

EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void*)
{
    if (g_platform.Embedded) return EM_FALSE;     // the host page scrolls
    ImGuiIO& io = ImGui::GetIO();
    // DOM deltas are pixels (or lines, or pages); ImGui scrolls 5 lines of text per unit.
    double unit = e->deltaMode == DOM_DELTA_PIXEL ? 1.0 : e->deltaMode == DOM_DELTA_LINE ? 20.0 : 400.0;
    double step = 5.0 * ui::kBodySize;
    io.AddMousePosEvent(static_cast<float>(e->mouse.targetX), static_cast<float>(e->mouse.targetY));
    io.AddMouseWheelEvent(static_cast<float>(-e->deltaX * unit / step), static_cast<float>(-e->deltaY * unit / step));
    g_platform.Wake();
    return EM_TRUE;
}

EM_BOOL OnTouch(int type, const EmscriptenTouchEvent* e, void*)
{
    ImGuiIO& io = ImGui::GetIO();
    WebPlatform::TouchState& t = g_platform.Touch;
    const EmscriptenTouchPoint* point = nullptr;
    for (int i = 0; i < e->numTouches; ++i) {
        const EmscriptenTouchPoint& p = e->touches[i];
        if (!p.isChanged) continue;
        if (type == EMSCRIPTEN_EVENT_TOUCHSTART && !t.Active) { point = &p; break; }
        if (t.Active && p.identifier == t.Id) { point = &p; break; }
    }
    if (!point) return EM_TRUE;
    float x = static_cast<float>(point->targetX), y = static_cast<float>(point->targetY);
    double now = emscripten_get_now();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    switch (type) {
    case EMSCRIPTEN_EVENT_TOUCHSTART:
        t = WebPlatform::TouchState();
        t.Active = true;
        t.Id = point->identifier;
        t.StartX = t.LastX = x;
        t.StartY = t.LastY = y;
        t.LastTime = now;
        io.AddMousePosEvent(x, y);           // hover, without a press yet
        if (g_platform.Embedded) {            // the host page scrolls: let the browser have the touch
            g_platform.Wake();
            return EM_FALSE;
        }
        break;
    case EMSCRIPTEN_EVENT_TOUCHMOVE: {
        float dx = x - t.StartX, dy = y - t.StartY;
        if (!t.Dragging && dx * dx + dy * dy > 10.0f * 10.0f) t.Dragging = true;
        if (g_platform.Embedded) {             // the browser scrolls the host page
            t.LastX = x;
            t.LastY = y;
            return EM_FALSE;
        }
        if (t.Dragging) {
            float move = y - t.LastY;
            double dt = (now - t.LastTime) / 1000.0;
            if (dt > 0) t.VelocityY = 0.7f * t.VelocityY + 0.3f * static_cast<float>(move / dt);
            io.AddMouseWheelEvent(0.0f, move / (5.0f * ui::kBodySize));
        }
        t.LastX = x;
        t.LastY = y;
        t.LastTime = now;
        break;
    }
    case EMSCRIPTEN_EVENT_TOUCHEND:
    case EMSCRIPTEN_EVENT_TOUCHCANCEL:
        if (!t.Dragging && type == EMSCRIPTEN_EVENT_TOUCHEND) {
            // A tap: press and release where the finger went down, on consecutive frames.
            io.AddMousePosEvent(t.StartX, t.StartY);
            io.AddMouseButtonEvent(0, true);
            io.AddMouseButtonEvent(0, false);
            t.VelocityY = 0;
        }
        if (g_platform.ReducedMotion || now - t.LastTime > 100.0) t.VelocityY = 0;
        t.Active = false;
        break;
    }
    g_platform.Wake();
    return EM_TRUE;                           // no emulated mouse events, no page scroll
}

EM_BOOL OnFocus(int type, const EmscriptenFocusEvent*, void*)
{
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    g_platform.Wake();
    return EM_FALSE;
}

EM_BOOL OnUiResize(int, const EmscriptenUiEvent*, void*)
{
    g_platform.OnResize();
    return EM_FALSE;
}

EM_BOOL OnContextEvent(int type, const void*, void*)
{
    if (type == EMSCRIPTEN_EVENT_WEBGLCONTEXTLOST) g_platform.OnContextLost();
    else g_platform.OnContextRestored();
    return EM_TRUE;
}

EM_BOOL OnAnimationFrame(double time, void*)
{
    g_platform.DrawFrame(time);
    return EM_FALSE;                          // one frame at a time; DrawFrame asks again if needed
}

void OnHoverTimer(void*)
{
    g_platform.Wake(2);
}

const char* CssCursor(ImGuiMouseCursor c)
{
    switch (c) {
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    default: return "default";
    }
}

} // namespace

WebPlatform& Platform() { return g_platform; }

namespace {
std::vector<Step> g_steps;
size_t g_next_step = 0;

void RunNextStep(void*)
{
    if (g_next_step >= g_steps.size()) return;
    const Step& step = g_steps[g_next_step++];
    double start = emscripten_get_now();
    step.Run();
    MeasureSince(step.Name, start);
    if (g_next_step < g_steps.size()) emscripten_set_timeout(RunNextStep, 0.0, nullptr);
}
} // namespace

void RunInSteps(std::vector<Step> steps)
{
    g_steps = std::move(steps);
    g_next_step = 0;
    emscripten_set_timeout(RunNextStep, 0.0, nullptr);
}

bool WebPlatform::CreateContext()
{
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.antialias = EM_FALSE;
    attrs.premultipliedAlpha = EM_FALSE;
    attrs.preserveDrawingBuffer = EM_FALSE;
    Context = emscripten_webgl_create_context(kCanvas, &attrs);
    if (Context <= 0) return false;
    emscripten_webgl_make_context_current(Context);
    return true;
}

bool WebPlatform::Init(FrameFn frame, RouteFn on_route)
{
    Frame = std::move(frame);
    Route = std::move(on_route);
    SetFrameState(0, false);                  // start-up work remains until the first frame is shown
    ShowApp();                                // the canvas needs a size before the context
    if (!CreateContext()) {
        SetAppState("error", "This browser could not start WebGL 2, so the interactive version cannot run. "
                             "The text version below, with the pages it links to, has all the same information.");
        return false;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;                 // nothing stored in the browser
    io.LogFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;    // a blinking cursor would keep the loop drawing
    // Keyboard navigation is the accessible layer's: Tab moves through real DOM elements.
    io.BackendPlatformName = "appfinder_web";
    io.SetClipboardTextFn = [](void*, const char* text) { CopyToClipboard(text); };
    io.GetClipboardTextFn = [](void*) { return g_platform.PasteBuffer.c_str(); };
    ImGui_ImplOpenGL3_Init("#version 300 es");
    ui::ApplyTheme();
    ReducedMotion = PrefersReducedMotion();

    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, OnKey);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, OnKey);
    emscripten_set_mousedown_callback(kCanvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mousemove_callback(kCanvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mouseleave_callback(kCanvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_wheel_callback(kCanvas, nullptr, EM_TRUE, OnWheel);
    emscripten_set_touchstart_callback(kCanvas, nullptr, EM_TRUE, OnTouch);
    emscripten_set_touchmove_callback(kCanvas, nullptr, EM_TRUE, OnTouch);
    emscripten_set_touchend_callback(kCanvas, nullptr, EM_TRUE, OnTouch);
    emscripten_set_touchcancel_callback(kCanvas, nullptr, EM_TRUE, OnTouch);
    emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, OnFocus);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, OnFocus);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, OnUiResize);
    emscripten_set_webglcontextlost_callback(kCanvas, nullptr, EM_TRUE,
        reinterpret_cast<em_webgl_context_callback>(OnContextEvent));
    emscripten_set_webglcontextrestored_callback(kCanvas, nullptr, EM_TRUE,
        reinterpret_cast<em_webgl_context_callback>(OnContextEvent));
    InstallPageListeners();
    return true;
}

bool WebPlatform::BuildFonts()
{
    UpdateCanvasSize();
    if (!ui::LoadFonts(PixelRatio)) {
        SetAppState("error", "The interactive version could not load its fonts. The text version is below.");
        return false;
    }
    FontRatio = PixelRatio;
    return true;
}

void WebPlatform::Start()
{
    Started = true;
    ImGui_ImplOpenGL3_CreateFontsTexture();
    Route(GetHash());
    Wake();
}

void WebPlatform::Wake(int frames)
{
    if (frames > FramesLeft) FramesLeft = frames;
    if (!FramePending && !ContextLost && Started) {
        FramePending = true;
        SetFrameState(FramesShown, false);
        emscripten_request_animation_frame(OnAnimationFrame, nullptr);
    }
}

void WebPlatform::UpdateCanvasSize()
{
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
    float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (ratio <= 0.0f) ratio = 1.0f;
    int w = static_cast<int>(std::lround(css_w * ratio));
    int h = static_cast<int>(std::lround(css_h * ratio));
    if (w != CanvasW || h != CanvasH) {
        CanvasW = w;
        CanvasH = h;
        emscripten_set_canvas_element_size(kCanvas, w, h);
    }
    PixelRatio = ratio;
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
    io.DisplayFramebufferScale = ImVec2(ratio, ratio);
}

void WebPlatform::OnResize()
{
    Wake();
}

void WebPlatform::StepTouchMomentum(float dt)
{
    if (Touch.Active || Touch.VelocityY == 0.0f) return;
    ImGui::GetIO().AddMouseWheelEvent(0.0f, Touch.VelocityY * dt / (5.0f * ui::kBodySize));
    Touch.VelocityY *= std::pow(0.05f, dt);   // loses 95% of its speed each second
    if (std::fabs(Touch.VelocityY) < 20.0f) Touch.VelocityY = 0.0f;
}

void WebPlatform::DrawFrame(double time_ms)
{
    FramePending = false;
    if (ContextLost) return;
    float dt = LastTime > 0.0 ? static_cast<float>((time_ms - LastTime) / 1000.0) : 1.0f / 60.0f;
    if (dt <= 0.0f) dt = 1.0f / 1000.0f;
    if (dt > 0.1f) dt = 0.1f;                 // after an idle gap, one ordinary step
    LastTime = time_ms;

    UpdateCanvasSize();
    if (FontRatio != PixelRatio) {
        ui::LoadFonts(PixelRatio);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        FontRatio = PixelRatio;
    }
    StepTouchMomentum(dt);

    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = dt;
    double work_start = emscripten_get_now();
    ImGuiID hovered_before = ImGui::GetHoveredID();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    Frame();
    ImGui::Render();
    // The first frames only let ImGui settle its layout (auto-sized children take a frame to measure):
    // nothing on screen changes, so they skip the accessible layer and the drawing, and the page lays
    // out and composites once, at the frame it shows.
    const bool settling = !Ready && FramesDrawn < kSettlingFrames;
    double ui_done = emscripten_get_now();
    if (!settling) {
        SyncAccessibleLayer(RouteChanged);
        RouteChanged = false;
        glViewport(0, 0, CanvasW, CanvasH);
        uint32_t bg = ui::colour::Page;
        glClearColor(((bg >> 16) & 255) / 255.0f, ((bg >> 8) & 255) / 255.0f, (bg & 255) / 255.0f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ui_done = emscripten_get_now();
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    }
    ++FramesDrawn;
    if (!settling) ++FramesShown;
    LastUiMs = static_cast<float>(ui_done - work_start);
    LastRenderMs = static_cast<float>(emscripten_get_now() - ui_done);

    const char* cursor = CssCursor(ImGui::GetMouseCursor());
    if (LastCursor != cursor) {
        LastCursor = cursor;
        SetCursor(cursor);
    }
    // Tooltips appear after a delay: one timer per newly hovered item, never a spinning loop.
    ImGuiID hovered = ImGui::GetHoveredID();
    if (hovered != 0 && hovered != hovered_before) emscripten_set_timeout(OnHoverTimer, 700.0, nullptr);

    if (Embedded && EmbeddedHeight) {
        float h = EmbeddedHeight();
        if (h > 0.0f && std::fabs(h - SentHeight) >= 1.0f) {
            SentHeight = h;
            SetEmbeddedHeight(h);
            FramesLeft = std::max(FramesLeft, 2);   // draw again at the new size
        }
    }
    if (!Ready) MeasureSince(settling ? "settling frame" : "first frame shown", work_start);
    if (!Ready && !settling) {
        Ready = true;
        RevealApp();
        SetAppState("ready", "");
    }
    if (FramesLeft > 0) --FramesLeft;
    bool animating = Touch.VelocityY != 0.0f || io.MouseDown[0];
    if (FramesLeft > 0 || animating) Wake(0);
    SetFrameState(FramesShown, !FramePending);
}

void WebPlatform::Navigate(const std::string& hash, bool replace)
{
    if (replace) {
        ReplaceHash(hash);
        Route(hash);           // the same screen with new parameters: focus stays where it is
    } else if (hash != GetHash()) {
        PushHash(hash);                       // hashchange brings it back through OnHashChange
    }
    Wake();
}

void WebPlatform::OpenExternal(const std::string& url)
{
    // Only web and mail links from the data; anything else (javascript:, data:, file:) is refused.
    if (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0 || url.rfind("mailto:", 0) == 0) OpenUrl(url);
}

void WebPlatform::SetDocumentTitle(const std::string& title) { SetTitle(title); }
void WebPlatform::CopyLink() { CopyPageLink(); }
void WebPlatform::ShowTextVersion(const std::string& page) { platform::ShowTextVersion(page); }

void WebPlatform::OnCopied(bool ok)
{
    if (Status) Status(ok ? "Link copied" : "The link could not be copied: select the address bar and copy it from there");
    Wake();
}

void WebPlatform::LoadData(const std::string& url, const std::vector<std::string>& names)
{
    std::string joined;
    for (const std::string& n : names) joined += (joined.empty() ? "" : ",") + n;
    PendingFiles.clear();
    PendingErrors.clear();
    FetchData(url, joined);
}

void WebPlatform::OnDataFile(const char* name, bool ok, const char* text)
{
    if (ok) PendingFiles.emplace_back(name, text);
    else PendingErrors.push_back(std::string(*name ? name : "?data=") + ": " + text);
}

void WebPlatform::OnDataDone()
{
    if (DataArrived) DataArrived(PendingFiles, PendingErrors);
    PendingFiles.clear();
    PendingErrors.clear();
    Wake();
}
void WebPlatform::CopyText(const std::string& text) { CopyToClipboard(text); }

void WebPlatform::OnHashChange()
{
    Route(GetHash());
    RouteChanged = true;
    Wake();
}

void WebPlatform::OnPaste(const char* text)
{
    PasteBuffer = text;
    ImGuiIO& io = ImGui::GetIO();
    // ImGui pastes on Ctrl+V by asking for the clipboard, which now holds the pasted text.
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    Wake();
}

void WebPlatform::OnContextLost()
{
    ContextLost = true;
}

void WebPlatform::OnContextRestored()
{
    ContextLost = false;
    emscripten_webgl_make_context_current(Context);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init("#version 300 es");
    FontRatio = 0.0f;                         // rebuild the font texture on the next frame
    Wake();
}

} // namespace platform

extern "C" {
EMSCRIPTEN_KEEPALIVE void platform_on_hash_change() { platform::Platform().OnHashChange(); }
EMSCRIPTEN_KEEPALIVE void platform_on_paste(const char* text) { platform::Platform().OnPaste(text); }
EMSCRIPTEN_KEEPALIVE void platform_on_resize() { platform::Platform().OnResize(); }
EMSCRIPTEN_KEEPALIVE void platform_on_wake() { platform::Platform().Wake(); }
EMSCRIPTEN_KEEPALIVE int platform_frames_drawn() { return platform::Platform().FramesDrawn; }
EMSCRIPTEN_KEEPALIVE float platform_last_ui_ms() { return platform::Platform().LastUiMs; }
EMSCRIPTEN_KEEPALIVE float platform_last_render_ms() { return platform::Platform().LastRenderMs; }
EMSCRIPTEN_KEEPALIVE int platform_memory_pages() { return static_cast<int>(__builtin_wasm_memory_size(0)); }  // 64 KiB each
EMSCRIPTEN_KEEPALIVE void platform_on_copied(int ok) { platform::Platform().OnCopied(ok != 0); }
EMSCRIPTEN_KEEPALIVE void platform_on_data_file(const char* name, int ok, const char* text) { platform::Platform().OnDataFile(name, ok != 0, text); }
EMSCRIPTEN_KEEPALIVE void platform_on_data_done() { platform::Platform().OnDataDone(); }
}
