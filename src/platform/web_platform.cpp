// web_platform.cpp — WebGL2, input, the on-demand loop, history and links (layer: platform).
// Nothing is drawn while nothing changes: every event asks for a few frames through
// requestAnimationFrame, and the loop stops asking once ImGui has settled.
// The browser scrolls the document; the canvas covers the band on screen (page_view.h) and each frame
// draws the page from that band's top.
#include "platform/web_platform.h"

#include "platform/a11y_dom.h"
#include "platform/browser.h"
#include "platform/page_view.h"
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
constexpr int kMaxCanvasPixels = 16777216;   // iOS Safari refuses a larger canvas (4096 x 4096)
constexpr float kBandMargin = 200.0f;        // CSS px drawn above and below the visible band

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
    // Only an ImGui text field takes keys from the browser; otherwise Space, Page Down, the arrows, Home
    // and End scroll the page (io.WantCaptureKeyboard is also true while the mouse holds the page itself).
    return io.WantTextInput && (text || key != ImGuiKey_None) ? EM_TRUE : EM_FALSE;
}

EM_BOOL OnMouse(int type, const EmscriptenMouseEvent* e, void*)
{
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    if (type == EMSCRIPTEN_EVENT_MOUSELEAVE) {
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        g_platform.MouseInside = false;
    } else if (type != EMSCRIPTEN_EVENT_MOUSEUP) {   // mouseup listens on the window: other coordinates
        io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
        g_platform.MouseInside = true;
        g_platform.MouseClientX = static_cast<float>(e->clientX);
        g_platform.MouseClientY = static_cast<float>(e->clientY);
    }
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
        int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
        if (button >= 0) io.AddMouseButtonEvent(button, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    }
    g_platform.Wake();
    return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_FALSE : EM_TRUE;  // mousedown keeps focus handling
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
    if (!point) return EM_FALSE;
    float x = static_cast<float>(point->targetX), y = static_cast<float>(point->targetY);
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    g_platform.MouseInside = false;
    switch (type) {
    case EMSCRIPTEN_EVENT_TOUCHSTART:
        t = WebPlatform::TouchState();
        t.Active = true;
        t.Id = point->identifier;
        t.StartX = x;
        t.StartY = y;
        io.AddMousePosEvent(x, y);            // hover, without a press yet
        g_platform.Wake();
        return EM_FALSE;                      // the browser may scroll the page with this touch
    case EMSCRIPTEN_EVENT_TOUCHMOVE: {
        float dx = x - t.StartX, dy = y - t.StartY;
        if (!t.Dragging && dx * dx + dy * dy > 10.0f * 10.0f) t.Dragging = true;
        return EM_FALSE;                      // the browser scrolls
    }
    case EMSCRIPTEN_EVENT_TOUCHEND:
    case EMSCRIPTEN_EVENT_TOUCHCANCEL: {
        bool tap = t.Active && !t.Dragging && type == EMSCRIPTEN_EVENT_TOUCHEND;
        t.Active = false;
        if (!tap) {
            g_platform.Wake();
            return EM_FALSE;
        }
        // A tap: press and release where the finger went down, on consecutive frames.
        io.AddMousePosEvent(t.StartX, t.StartY);
        io.AddMouseButtonEvent(0, true);
        io.AddMouseButtonEvent(0, false);
        g_platform.Wake();
        return EM_TRUE;                       // no emulated mouse events
    }
    default:
        return EM_FALSE;
    }
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

void HoverTimerFired(void*)
{
    g_platform.OnHoverTimer();
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
    ShowApp();                                // the canvas needs a size before the context
    if (!CreateContext()) {
        SetAppState("error", "This browser could not start WebGL 2, so the interactive version cannot run. "
                             "The text version below, with the pages it links to, has all the same information.");
        SetReadiness(0, true);
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
    GLint max_renderbuffer = 0, max_viewport[2] = { 0, 0 };
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_renderbuffer);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, max_viewport);
    if (max_renderbuffer > 0) MaxCanvasSide = std::min(max_renderbuffer, max_viewport[1] > 0 ? max_viewport[1] : max_renderbuffer);
    InstallPageView(Embedded);

    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, OnKey);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, OnKey);
    emscripten_set_mousedown_callback(kCanvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mousemove_callback(kCanvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mouseleave_callback(kCanvas, nullptr, EM_TRUE, OnMouse);
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
        SetReadiness(0, true);
        return false;
    }
    FontRatio = PixelRatio;
    return true;
}

void WebPlatform::Start()
{
    ImGui_ImplOpenGL3_CreateFontsTexture();
    Route(GetHash());
    if (TakeScrollToTop) TakeScrollToTop();   // the page starts at its top; nothing to restore
    // The start-up frames (the settling ones, which draw nothing, and the first one shown) run as tasks,
    // not animation frames: the browser runs no animation frames in a frame that is off screen, which
    // would then never be ready. After them, everything is drawn in animation frames, on demand.
    SettlingPending = true;
    FramesLeft = kSettlingFrames + 1;
    emscripten_set_timeout(OnSettlingTimer, 0.0, nullptr);
}

void WebPlatform::OnSettlingTimer(void*)
{
    WebPlatform& p = g_platform;
    p.DrawFrame(emscripten_get_now());
    if (!p.Ready && !p.ContextLost) {
        emscripten_set_timeout(OnSettlingTimer, 0.0, nullptr);
        return;
    }
    p.SettlingPending = false;
    p.Started = true;
    if (p.FramesLeft > 0) p.Wake(0);
    p.PublishReadiness();
}

void WebPlatform::Wake(int frames)
{
    if (frames > FramesLeft) FramesLeft = frames;
    if (!FramePending && !ContextLost && Started) {
        FramePending = true;
        emscripten_request_animation_frame(OnAnimationFrame, nullptr);
        PublishReadiness();
    }
}

void WebPlatform::OnHoverTimer()
{
    HoverTimerPending = false;
    Wake(2);
}

// <html data-app-idle> is "true" once the first frame is shown and nothing more is asked for.
void WebPlatform::PublishReadiness()
{
    int idle = Ready && !FramePending && !SettlingPending && !HoverTimerPending ? 1 : 0;
    if (idle == PublishedIdle && FramesShown == PublishedFrames) return;
    PublishedIdle = idle;
    PublishedFrames = FramesShown;
    SetReadiness(FramesShown, idle != 0);
}

// The canvas is never taller than the visible band plus a margin above and below, never over
// kMaxCanvasPixels, and never over WebGL's largest drawing buffer (a larger one would be clamped and
// stretched: blurry). It moves only when the visible band comes near one of its edges.
WebPlatform::Band WebPlatform::BandFor(const PageMeasure& m) const
{
    Band b;
    b.Ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (b.Ratio <= 0.0f) b.Ratio = 1.0f;
    b.Width = std::max(1.0f, m.Width);
    b.WidthPx = static_cast<int>(std::lround(b.Width * b.Ratio));
    int max_rows = std::min(MaxCanvasSide, kMaxCanvasPixels / std::max(1, b.WidthPx));
    b.MaxHeight = std::floor(static_cast<float>(max_rows) / b.Ratio);
    b.PageHeight = std::max(1.0f, m.PageHeight);
    b.Top = std::min(std::max(m.VisibleTop, 0.0f), b.PageHeight);
    b.Bottom = std::min(std::max(m.VisibleBottom, 0.0f), b.PageHeight);
    if (b.Bottom - b.Top < 1.0f) {            // nothing on screen: keep the canvas where it is, or at the top
        if (CanvasCssH > 0.0f) {
            b.Top = CanvasTopCss;
            b.Bottom = CanvasTopCss + CanvasCssH;
        } else {
            b.Top = 0.0f;
            b.Bottom = std::min(b.PageHeight, std::max(1.0f, m.ViewHeight));
        }
    }
    if (b.Bottom - b.Top > b.MaxHeight) b.Bottom = b.Top + b.MaxHeight;
    b.Margin = std::min(kBandMargin, std::max(0.0f, (b.MaxHeight - (b.Bottom - b.Top)) * 0.5f));
    return b;
}

// True when the canvas already covers the band with half a margin to spare, and is no larger than the
// band with its margins (it shrinks when less is on screen) nor the limits.
bool WebPlatform::CanvasCovers(const Band& b) const
{
    if (CanvasCssH <= 0.0f || CanvasCssH > b.MaxHeight || b.WidthPx != CanvasW || b.Ratio != PixelRatio) return false;
    if (CanvasCssH > b.Bottom - b.Top + 2.0f * b.Margin + 2.0f) return false;
    float need_top = std::max(0.0f, b.Top - b.Margin * 0.5f);
    float need_bottom = std::min(b.PageHeight, b.Bottom + b.Margin * 0.5f);
    float bottom = CanvasTopCss + CanvasCssH;
    return CanvasTopCss <= need_top && bottom >= need_bottom && bottom <= b.PageHeight + 1.0f;
}

void WebPlatform::UpdateCanvasSize()
{
    PageMeasure m = MeasurePage();
    Band b = BandFor(m);
    if (!CanvasCovers(b)) {
        float canvas_top = std::floor(std::max(0.0f, b.Top - b.Margin));
        float canvas_bottom = std::ceil(std::min(b.PageHeight, b.Bottom + b.Margin));
        CanvasTopCss = canvas_top;
        CanvasCssH = std::max(1.0f, std::min(canvas_bottom - canvas_top, b.MaxHeight));
    }
    int h = static_cast<int>(std::lround(CanvasCssH * b.Ratio));
    if (b.WidthPx != CanvasW || h != CanvasH) {
        CanvasW = b.WidthPx;
        CanvasH = h;
        emscripten_set_canvas_element_size(kCanvas, CanvasW, CanvasH);
    }
    PixelRatio = b.Ratio;
    ViewHeightCss = m.ViewHeight;
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(b.Width, CanvasCssH);
    io.DisplayFramebufferScale = ImVec2(b.Ratio, b.Ratio);
    FollowMouse(m.Left, m.Top);
}

// The page moved under a mouse that did not: tell ImGui where it points now (hover follows the content).
void WebPlatform::FollowMouse(float root_left, float root_top)
{
    if (!MouseInside) return;
    ImGuiIO& io = ImGui::GetIO();
    ImVec2 pos(MouseClientX - root_left, MouseClientY - root_top - CanvasTopCss);
    if (pos.x != io.MousePos.x || pos.y != io.MousePos.y) io.AddMousePosEvent(pos.x, pos.y);
}

void WebPlatform::OnResize()
{
    Wake();
}

void WebPlatform::OnViewChange()
{
    if (!Started || FramePending) return;
    PageMeasure m = MeasurePage();
    bool layout_changed = std::fabs(m.ViewHeight - ViewHeightCss) >= 1.0f;
    if (!layout_changed && CanvasCovers(BandFor(m))) {
        if (MouseInside) Wake(1);             // hover follows the content under the mouse
        return;
    }
    Wake(1);
}

void WebPlatform::DrawFrame(double time_ms)
{
    FramePending = false;
    if (ContextLost) {
        PublishReadiness();
        return;
    }
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
        SyncAccessibleLayer(RouteChanged, CanvasTopCss);
        RouteChanged = false;
        glViewport(0, 0, CanvasW, CanvasH);
        uint32_t bg = ui::colour::Page;
        glClearColor(((bg >> 16) & 255) / 255.0f, ((bg >> 8) & 255) / 255.0f, (bg & 255) / 255.0f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ui_done = emscripten_get_now();
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        ++FramesShown;
    }
    ++FramesDrawn;
    LastUiMs = static_cast<float>(ui_done - work_start);
    LastRenderMs = static_cast<float>(emscripten_get_now() - ui_done);

    const char* cursor = CssCursor(ImGui::GetMouseCursor());
    if (LastCursor != cursor) {
        LastCursor = cursor;
        SetCursor(cursor);
    }
    // Tooltips appear after a delay: one timer per newly hovered item, never a spinning loop.
    ImGuiID hovered = ImGui::GetHoveredID();
    if (hovered != 0 && hovered != hovered_before) {
        HoverTimerPending = true;
        emscripten_set_timeout(HoverTimerFired, 700.0, nullptr);
    }

    // The document takes the content's height (the embedding page hears of it too); a new height may
    // move the visible band, so draw again.
    float content = ContentHeight ? ContentHeight() : 0.0f;
    PlaceCanvas(CanvasTopCss, CanvasCssH, content);
    if (content > 0.0f && std::fabs(content - PlacedContentHeight) >= 1.0f) {
        PlacedContentHeight = content;
        FramesLeft = std::max(FramesLeft, 2);
    }
    if (!settling) {
        float fx = 0, fy = 0, fw = 0, fh = 0;
        bool focused = FocusedNodeRect(fx, fy, fw, fh);
        SetFocusRect(focused, fx, fy, fw, fh);
    }
    if (!Ready) MeasureSince(settling ? "settling frame" : "first frame shown", work_start);
    if (!Ready && !settling) {
        Ready = true;
        RevealApp();
        SetAppState("ready", "");
    }
    if (FramesLeft > 0) --FramesLeft;
    if (FramesLeft > 0 || io.MouseDown[0]) Wake(0);
    else EndScrollRestore();
    PublishReadiness();
}

void WebPlatform::Navigate(const std::string& hash, bool replace)
{
    if (replace) {
        ReplaceHash(hash);
        Route(hash);           // the same screen with new parameters: focus stays where it is
        ScrollAfterRoute(TakeScrollToTop && TakeScrollToTop());
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
    ScrollAfterRoute(TakeScrollToTop && TakeScrollToTop());
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
EMSCRIPTEN_KEEPALIVE void platform_on_view_change() { platform::Platform().OnViewChange(); }
EMSCRIPTEN_KEEPALIVE void platform_on_wake() { platform::Platform().Wake(); }
EMSCRIPTEN_KEEPALIVE int platform_frames_drawn() { return platform::Platform().FramesDrawn; }
EMSCRIPTEN_KEEPALIVE float platform_last_ui_ms() { return platform::Platform().LastUiMs; }
EMSCRIPTEN_KEEPALIVE float platform_last_render_ms() { return platform::Platform().LastRenderMs; }
EMSCRIPTEN_KEEPALIVE int platform_memory_pages() { return static_cast<int>(__builtin_wasm_memory_size(0)); }  // 64 KiB each
EMSCRIPTEN_KEEPALIVE void platform_on_copied(int ok) { platform::Platform().OnCopied(ok != 0); }
EMSCRIPTEN_KEEPALIVE void platform_on_data_file(const char* name, int ok, const char* text) { platform::Platform().OnDataFile(name, ok != 0, text); }
EMSCRIPTEN_KEEPALIVE void platform_on_data_done() { platform::Platform().OnDataDone(); }
}
