// web_platform.h — the browser side of the app: WebGL2 canvas, input, the on-demand loop, history,
// links and the clipboard (layer: platform). Our own, on emscripten/html5.h; no GLFW.
#pragma once

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
    std::function<float()> EmbeddedHeight;              // CSS px the content needs, when embedded
    std::function<void(const std::string&)> Status;     // "Link copied"
    using DataFiles = std::vector<std::pair<std::string, std::string>>;  // (file name, text)
    std::function<void(const DataFiles& files, const std::vector<std::string>& errors)> DataArrived;
    void Wake(int frames = 3);                          // draw now, and a few frames after to let ImGui settle
    static constexpr int kSettlingFrames = 2;          // frames laid out but not shown before the first shown one
    bool BuildFonts();                                  // the font atlas, in a task of its own; false: error shown
    void Start();                                       // font texture, first frame; then everything is event-driven
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
    void OnContextLost();
    void OnContextRestored();
    void OnCopied(bool ok);
    void OnDataFile(const char* name, bool ok, const char* text);
    void OnDataDone();
    void DrawFrame(double time_ms);

    int FramesDrawn = 0;                                // for tools/bench.sh
    int FramesShown = 0;                                // frames that reached the screen (not the settling ones)
    float LastUiMs = 0.0f, LastRenderMs = 0.0f;         // CPU time of the last frame: ImGui + accessible layer, then GL calls
    std::string PasteBuffer;

private:
    bool CreateContext();
    void UpdateCanvasSize();
    void StepTouchMomentum(float dt);

    FrameFn Frame;
    RouteFn Route;
    int Context = 0;
    bool ContextLost = false;
    bool FramePending = false;
    int FramesLeft = 0;
    double LastTime = 0.0;
    float PixelRatio = 0.0f;
    float FontRatio = 0.0f;
    int CanvasW = 0, CanvasH = 0;
    bool Ready = false;
    bool Started = false;                              // no frame before Start(): the fonts are not built yet
    bool RouteChanged = false;
    std::string LastCursor;
    float SentHeight = 0.0f;
    DataFiles PendingFiles;
    std::vector<std::string> PendingErrors;

public:
    // Touch: a tap clicks, a drag scrolls with momentum, and a drag never clicks.
    struct TouchState {
        bool Active = false;
        bool Dragging = false;
        long Id = -1;
        float StartX = 0, StartY = 0, LastX = 0, LastY = 0;
        double LastTime = 0;
        float VelocityY = 0;                            // CSS px per second
    } Touch;
    bool ReducedMotion = false;
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
