// page_view.h — one way to scroll (layer: platform). The document is as tall as the content and the
// browser scrolls it; the canvas covers only the band of the page that is on screen. This is the page's
// side of that: where the visible band is (own scroll, the host's messages from embed.js, or
// IntersectionObserver sentinels in a frame without it), placing the canvas, the page's height, scroll
// restoration on Back, and the readiness attributes tests wait for.
#pragma once

namespace platform {

class WebPlatform; // scrolls and resizes call back into it (platform_on_view_change)

struct PageMeasure {
    float Width = 0;      // CSS px of the app's box (the canvas's width)
    float VisibleTop = 0; // the part of the page on screen, CSS px from the top of the content
    float VisibleBottom = 0;
    float ViewHeight = 0;    // the browser view's height (the host's, in a frame), for layout
    float PageHeight = 0;    // the app's box as laid out now
    float Left = 0, Top = 0; // the app's box in the viewport, for the mouse when the page scrolls under it
};

void InstallPageView(WebPlatform* self, bool embedded); // scroll, resize, host messages, sentinels
PageMeasure MeasurePage();
// Moves the canvas to [top, top + height) of the page, gives the page its content height (and tells the
// embedding page, when embedded), and applies a pending scroll restoration.
void PlaceCanvas(float top, float height, float content_height);
void ScrollAfterRoute(bool screen_changed);                          // back to where this history entry was, or the top
void EndScrollRestore();                                             // the loop stopped: scrolling is the visitor's again
void SetReadiness(int frames_shown, bool idle);                      // <html data-app-frames data-app-idle>
void SetFocusRect(bool focused, float x, float y, float w, float h); // <html data-app-focus-rect>: canvas CSS px

} // namespace platform
