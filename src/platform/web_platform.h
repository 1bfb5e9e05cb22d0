// web_platform.h — the browser side of the app: WebGL2 canvas, input, the on-demand loop, history,
// links and the clipboard (layer: platform). Our own, on emscripten/html5.h; no GLFW.
#pragma once

#include "platform/page_view.h"
#include "ui/host.h"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace platform {

class WebPlatform : public ui::Host {
public:
    using FrameFn = std::function<void()>;              // draws one ImGui frame (between NewFrame and Render)
    using RouteFn = std::function<void(const std::string& hash)>;

    bool Init(FrameFn frame, RouteFn on_route);         // false when WebGL2 is missing (the page says why)

    // Set before Start(): what the platform tells the app, and asks of it.
    bool Embedded = false;                              // ?embed=1
    std::function<float()> ContentHeight;               // CSS px the whole page needs (the document's height)
    std::function<bool()> TakeScrollToTop;              // after a route: true when the screen changed
    std::function<void(const std::string&)> Status;     // "Link copied"
    using DataFiles = std::vector<std::pair<std::string, std::string>>;  // (file name, text)
    std::function<void(const DataFiles& files, const std::vector<std::string>& errors)> DataArrived;
    void Wake(int frames = 3);                          // draw now, and a few frames after to let ImGui settle
    static constexpr int kSettlingFrames = 2;          // frames laid out but not shown before the first shown one
    bool BuildFonts();                                  // the font atlas, in a task of its own; false: error shown
    void Start();                                       // font texture, settling frames (tasks), first frame; then event-driven
    void RebuildFonts() { FontRatio = 0.0f; Wake(); }   // before the next frame (new data, new characters)

    // ui::Host
    void Navigate(const std::string& hash, bool replace) override;
    void OpenExternal(const std::string& url) override;
    void SetDocumentTitle(const std::string& title) override;
    void CopyText(const std::string& text) override;
    void CopyLink() override;
    void ShowTextVersion(const std::string& page) override;
    void LoadData(const std::string& url, const std::vector<std::string>& names);  // ?data=; answers through DataArrived

    // Called from the page's listeners (see browser.cpp) and html5.h callbacks.
    void OnHashChange();
    void OnPaste(const char* text);
    void OnResize();
    void OnViewChange();                                // scrolled, or the host says another band is on screen
    void OnContextLost();
    void OnContextRestored();
    void OnCopied(bool ok);
    void OnDataFile(const char* name, bool ok, const char* text);
    void OnDataDone();
    void DrawFrame(double time_ms);

    int FramesDrawn = 0;                                // for tools/bench.sh
    int FramesShown = 0;                                // frames presented (not the settling ones): <html data-app-frames>
    float CanvasTop() const { return CanvasTopCss; }    // CSS px from the top of the page to the canvas's top
    float ViewHeight() const { return ViewHeightCss; }  // the browser view's height, for layout
    float LastUiMs = 0.0f, LastRenderMs = 0.0f;         // CPU time of the last frame: ImGui + accessible layer, then GL calls
    std::string PasteBuffer;

private:
    bool CreateContext();
    void UpdateCanvasSize();
    struct Band {                                      // the visible band, and what the canvas may be
        float Top = 0, Bottom = 0, Margin = 0;          // CSS px from the top of the page
        float PageHeight = 0, MaxHeight = 0, Width = 0, Ratio = 1;
        int WidthPx = 0;
    };
    Band BandFor(const PageMeasure& m) const;
    bool CanvasCovers(const Band& band) const;
    void FollowMouse(float root_left, float root_top);
    void PublishReadiness();
    static void OnSettlingTimer(void*);

    FrameFn Frame;
    RouteFn Route;
    int Context = 0;
    bool ContextLost = false;
    bool FramePending = false;
    int FramesLeft = 0;
    double LastTime = 0.0;
    float PixelRatio = 0.0f;
    float FontRatio = 0.0f;
    int CanvasW = 0, CanvasH = 0;                       // device px
    float CanvasTopCss = 0.0f, CanvasCssH = 0.0f;       // where the canvas sits in the page, CSS px
    float ViewHeightCss = 0.0f;
    int MaxCanvasSide = 4096;                           // WebGL's largest drawing buffer side here
    bool SettlingPending = false;
    bool HoverTimerPending = false;
    int PublishedFrames = -1;
    int PublishedIdle = -1;
    bool Ready = false;
    bool Started = false;                              // no frame before Start(): the fonts are not built yet
    bool RouteChanged = false;
    std::string LastCursor;
    float PlacedContentHeight = 0.0f;
    DataFiles PendingFiles;
    std::vector<std::string> PendingErrors;

public:
    // Touch: a tap clicks; a drag is the browser's (it scrolls the page) and never clicks.
    struct TouchState {
        bool Active = false;
        bool Dragging = false;
        long Id = -1;
        float StartX = 0, StartY = 0;
    } Touch;
    // The mouse over the canvas, in the viewport: when the page scrolls under a still mouse, ImGui hears
    // where it now points.
    bool MouseInside = false;
    float MouseClientX = 0, MouseClientY = 0;
    void OnHoverTimer();
};

WebPlatform& Platform();

// Runs each step in its own task (a zero-delay timer), so no single task blocks the page for long. Each
// step shows in the browser's performance tools as a user timing "appfinder: <name>".
struct Step {
    const char* Name;
    std::function<void()> Run;
};
void RunInSteps(std::vector<Step> steps);

} // namespace platform
