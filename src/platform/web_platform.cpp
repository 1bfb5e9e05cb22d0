// web_platform.cpp — the on-demand loop, the canvas over the visible band, history and links
// (layer: platform). Nothing is drawn while nothing changes: every event asks for a few frames through
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
#include "imgui_internal.h" // ImGui::GetHoveredID: tooltips wait for their delay

#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>

namespace platform {

namespace {

const char* const kCanvas = "#canvas";
constexpr int kMaxCanvasPixels = 16777216; // iOS Safari refuses a larger canvas (4096 x 4096)
constexpr float kBandMargin = 200.0f;      // CSS px drawn above and below the visible band

EM_BOOL OnUiResize(int, const EmscriptenUiEvent*, void* self)
{
    static_cast<WebPlatform*>(self)->OnResize();
    return EM_FALSE;
}

EM_BOOL OnContextEvent(int type, const void*, void* self)
{
    WebPlatform& p = *static_cast<WebPlatform*>(self);
    if (type == EMSCRIPTEN_EVENT_WEBGLCONTEXTLOST) p.OnContextLost();
    else p.OnContextRestored();
    return EM_TRUE;
}

EM_BOOL OnAnimationFrame(double time, void* self)
{
    static_cast<WebPlatform*>(self)->DrawFrame(time);
    return EM_FALSE; // one frame at a time; DrawFrame asks again if needed
}

void HoverTimerFired(void* self)
{
    static_cast<WebPlatform*>(self)->OnHoverTimer();
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

void WakePlatform(void* self)
{
    static_cast<WebPlatform*>(self)->Wake();
}

} // namespace

bool WebPlatform::Init(const AppHooks& hooks)
{
    Hooks = &hooks;
    ShowApp(); // the canvas needs a size before the context
    if (!Renderer.CreateContext(kCanvas)) {
        SetAppState("error", "This browser could not start WebGL 2, so the interactive version cannot run. "
                             "The text version below, with the pages it links to, has all the same information.");
        SetReadiness(0, true);
        return false;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing stored in the browser
    io.LogFilename = nullptr;
    io.ConfigInputTextCursorBlink = false; // a blinking cursor would keep the loop drawing
    // Keyboard navigation is the accessible layer's: Tab moves through real DOM elements.
    io.BackendPlatformName = "appfinder_web";
    Renderer.Init();
    ui::ApplyTheme();
    InstallPageView(this, Hooks->Embedded);
    Input.Install(
        kCanvas, [](void* self) { static_cast<WebPlatform*>(self)->Wake(); }, this);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_TRUE, OnUiResize);
    emscripten_set_webglcontextlost_callback(kCanvas, this, EM_TRUE,
                                             reinterpret_cast<em_webgl_context_callback>(OnContextEvent));
    emscripten_set_webglcontextrestored_callback(kCanvas, this, EM_TRUE,
                                                 reinterpret_cast<em_webgl_context_callback>(OnContextEvent));
    InstallPageListeners(this);
    if (Hooks->Accessible) Layer.Connect(*Hooks->Accessible, WakePlatform, this);
    return true;
}

bool WebPlatform::BuildFonts()
{
    UpdateCanvasSize();
    if (!FontBuilder.Load(PixelRatio)) {
        SetAppState("error", "The interactive version could not load its fonts. The text version is below.");
        SetReadiness(0, true);
        return false;
    }
    FontRatio = PixelRatio;
    return true;
}

void WebPlatform::Start()
{
    Renderer.CreateFontTexture();
    Hooks->Route(Hooks->User, GetHash());
    if (Hooks->TakeScrollToTop) Hooks->TakeScrollToTop(Hooks->User); // the page starts at its top; nothing to restore
    // The start-up frames (the settling ones, which draw nothing, and the first one shown) run as tasks,
    // not animation frames: the browser runs no animation frames in a frame that is off screen, which
    // would then never be ready. After them, everything is drawn in animation frames, on demand.
    SettlingPending = true;
    FramesLeft = kSettlingFrames + 1;
    emscripten_set_timeout(OnSettlingTimer, 0.0, this);
}

void WebPlatform::OnSettlingTimer(void* self)
{
    WebPlatform& p = *static_cast<WebPlatform*>(self);
    p.DrawFrame(emscripten_get_now());
    if (!p.Ready && !p.ContextLost) {
        emscripten_set_timeout(OnSettlingTimer, 0.0, self);
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
        emscripten_request_animation_frame(OnAnimationFrame, this);
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
    if (idle == PublishedIdle && Shown == PublishedFrames) return;
    PublishedIdle = idle;
    PublishedFrames = Shown;
    SetReadiness(Shown, idle != 0);
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
    int max_rows = std::min(Renderer.MaxCanvasSide(), kMaxCanvasPixels / std::max(1, b.WidthPx));
    b.MaxHeight = std::floor(static_cast<float>(max_rows) / b.Ratio);
    b.PageHeight = std::max(1.0f, m.PageHeight);
    b.Top = std::min(std::max(m.VisibleTop, 0.0f), b.PageHeight);
    b.Bottom = std::min(std::max(m.VisibleBottom, 0.0f), b.PageHeight);
    if (b.Bottom - b.Top < 1.0f) { // nothing on screen: keep the canvas where it is, or at the top
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
    Input.FollowMouse(m.Left, m.Top + CanvasTopCss); // hover follows the content under a still mouse
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
        if (Input.MouseInside()) Wake(1); // hover follows the content under the mouse
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
    if (dt > 0.1f) dt = 0.1f; // after an idle gap, one ordinary step
    LastTime = time_ms;

    UpdateCanvasSize();
    if (FontRatio != PixelRatio) {
        FontBuilder.Load(PixelRatio);
        Renderer.RebuildFontTexture();
        FontRatio = PixelRatio;
    }

    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = dt;
    double work_start = emscripten_get_now();
    ImGuiID hovered_before = ImGui::GetHoveredID();
    Renderer.NewFrame();
    ImGui::NewFrame();
    Hooks->Frame(Hooks->User);
    ImGui::Render();
    // The first frames only let ImGui settle its layout (auto-sized children take a frame to measure):
    // nothing on screen changes, so they skip the accessible layer and the drawing, and the page lays
    // out and composites once, at the frame it shows.
    const bool settling = !Ready && Drawn < kSettlingFrames;
    double ui_done = emscripten_get_now();
    if (!settling) {
        Layer.Sync(RouteChanged, CanvasTopCss);
        RouteChanged = false;
        ui_done = emscripten_get_now();
        Renderer.Render(CanvasW, CanvasH, ui::colour::Page);
        ++Shown;
    }
    ++Drawn;
    UiMs = static_cast<float>(ui_done - work_start);
    RenderMs = static_cast<float>(emscripten_get_now() - ui_done);

    const char* cursor = CssCursor(ImGui::GetMouseCursor());
    if (LastCursor != cursor) {
        LastCursor = cursor;
        SetCursor(cursor);
    }
    // Tooltips appear after a delay: one timer per newly hovered item, never a spinning loop.
    ImGuiID hovered = ImGui::GetHoveredID();
    if (hovered != 0 && hovered != hovered_before) {
        HoverTimerPending = true;
        emscripten_set_timeout(HoverTimerFired, 700.0, this);
    }

    // The document takes the content's height (the embedding page hears of it too); a new height may
    // move the visible band, so draw again.
    float content = Hooks->ContentHeight ? Hooks->ContentHeight(Hooks->User) : 0.0f;
    PlaceCanvas(CanvasTopCss, CanvasCssH, content);
    if (content > 0.0f && std::fabs(content - PlacedContentHeight) >= 1.0f) {
        PlacedContentHeight = content;
        FramesLeft = std::max(FramesLeft, 2);
    }
    if (!settling) {
        float fx = 0, fy = 0, fw = 0, fh = 0;
        bool focused = Layer.FocusedNodeRect(fx, fy, fw, fh);
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

void WebPlatform::OnPaste(const char* text)
{
    Input.Paste(text);
}

void WebPlatform::OnContextLost()
{
    ContextLost = true;
}

void WebPlatform::OnContextRestored()
{
    ContextLost = false;
    Renderer.Restore();
    FontRatio = 0.0f; // rebuild the font texture on the next frame
    Wake();
}

} // namespace platform
