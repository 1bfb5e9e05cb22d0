// web_platform.h — the browser side of the app: the on-demand loop, the canvas over the visible band,
// history, links and the clipboard (layer: platform). Our own, on emscripten/html5.h; no GLFW. Input is
// in web_input.h, GL in gl_renderer.h, start-up tasks in steps.h.
#pragma once

#include "core/data_loader.h"
#include "platform/a11y_dom.h"
#include "platform/gl_renderer.h"
#include "platform/page_view.h"
#include "platform/steps.h"
#include "platform/web_input.h"
#include "ui/fonts.h"
#include "ui/host.h"

#include <string>
#include <utility>
#include <vector>

namespace platform {

class WebPlatform : public ui::Host {
public:
    using DataFiles = std::vector<core::DataFile>;
    // What the platform tells the app, and asks of it; given once, to Init(), and kept alive by the caller.
    // Each function is called with User: the caller's state travels with its callbacks.
    struct AppHooks {
        void* User = nullptr;
        ui::a11y::Context* Accessible = nullptr; // the app's accessible nodes, mirrored into the page
        void (*Frame)(void* user) = nullptr;     // draws one ImGui frame (between NewFrame and Render)
        void (*Route)(void* user, const std::string& hash) = nullptr;
        float (*ContentHeight)(void* user) = nullptr;      // CSS px the whole page needs (the document's height)
        bool (*TakeScrollToTop)(void* user) = nullptr;     // after a route: true when the screen changed
        void (*LinkCopied)(void* user, bool ok) = nullptr; // the page's address was copied, or could not be
        void (*DataArrived)(void* user, const DataFiles& files, const std::vector<std::string>& errors) = nullptr;
        bool Embedded = false; // ?embed=1
    };

    bool Init(const AppHooks& hooks);         // false when WebGL2 is missing (the page says why)
    void Wake(int frames = 3);                // draw now, and a few frames after to let ImGui settle
    static constexpr int kSettlingFrames = 2; // frames laid out but not shown before the first shown one
    bool BuildFonts();                        // the font atlas, in a task of its own; false: error shown
    void Start();                             // font texture, settling frames (tasks), first frame; then event-driven
    void RebuildFonts()
    {
        FontRatio = 0.0f;
        Wake();
    }                                                // before the next frame (new data, new characters)
    ui::FontLibrary& Fonts() { return FontBuilder; } // tell it the data's characters before (re)building

    // ui::Host
    void Navigate(const std::string& hash, bool replace) override;
    void OpenExternal(const std::string& url) override;
    void SetDocumentTitle(const std::string& title) override;
    void CopyLink() override;
    void ShowTextVersion(const std::string& page) override;
    void LoadData(const std::string& url, const std::vector<std::string>& names); // ?data=; answers through DataArrived

    // Called from the page's listeners (see browser.cpp) and html5.h callbacks.
    void OnHashChange();
    void OnPaste(const char* text);
    void OnResize();
    void OnViewChange(); // scrolled, or the host says another band is on screen
    void OnContextLost();
    void OnContextRestored();
    void OnCopied(bool ok);
    void OnDataFile(const char* name, bool ok, const char* text);
    void OnDataDone();
    void OnHoverTimer();
    void DrawFrame(double time_ms);

    int FramesDrawn() const { return Drawn; }          // platform_frames_drawn(Module.platform), for benches
    float CanvasTop() const { return CanvasTopCss; }   // CSS px from the top of the page to the canvas's top
    float ViewHeight() const { return ViewHeightCss; } // the browser view's height, for layout
    float LastUiMs() const { return UiMs; }            // CPU time of the last frame: ImGui + accessible layer,
    float LastRenderMs() const { return RenderMs; }    // then GL calls

private:
    void UpdateCanvasSize();
    struct Band {                              // the visible band, and what the canvas may be
        float Top = 0, Bottom = 0, Margin = 0; // CSS px from the top of the page
        float PageHeight = 0, MaxHeight = 0, Width = 0, Ratio = 1;
        int WidthPx = 0;
    };
    Band BandFor(const PageMeasure& m) const;
    bool CanvasCovers(const Band& band) const;
    void PublishReadiness();
    static void OnSettlingTimer(void* self);

    const AppHooks* Hooks = nullptr; // the caller's, from Init() on
    WebInput Input;
    AccessibleLayer Layer;
    GlRenderer Renderer;
    bool ContextLost = false;
    bool FramePending = false;
    int FramesLeft = 0;
    double LastTime = 0.0;
    float PixelRatio = 0.0f;
    ui::FontLibrary FontBuilder; // owns the characters the atlas is built for
    float FontRatio = 0.0f;
    int CanvasW = 0, CanvasH = 0;                 // device px
    float CanvasTopCss = 0.0f, CanvasCssH = 0.0f; // where the canvas sits in the page, CSS px
    float ViewHeightCss = 0.0f;
    bool SettlingPending = false;
    bool HoverTimerPending = false;
    int Drawn = 0; // frames drawn, settling ones included
    int Shown = 0; // frames presented: <html data-app-frames>
    float UiMs = 0.0f, RenderMs = 0.0f;
    int PublishedFrames = -1;
    int PublishedIdle = -1;
    bool Ready = false;
    bool Started = false; // no frame before Start(): the fonts are not built yet
    bool RouteChanged = false;
    std::string LastCursor;
    float PlacedContentHeight = 0.0f;
    DataFiles PendingFiles;
    std::vector<std::string> PendingErrors;
};

} // namespace platform
