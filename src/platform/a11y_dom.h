// a11y_dom.h — mirrors an a11y::Context's nodes into the page's accessible layer, and feeds back what the
// page did with them (layer: platform). The page side is web/layer.js; the message is declared in
// a11y_dom.cpp (APPFINDER_LAYER_FIELDS) and ui/a11y.h (APPFINDER_A11Y_ROLES).
#pragma once

#include "ui/a11y.h"

#include <string>
#include <vector>

namespace platform {

class AccessibleLayer {
public:
    // The layer's elements sit in the document where their widgets are in the page, so the browser's own
    // scrolling (focus, find-in-page) brings the right part of the page on screen. wake(user) asks for a frame
    // after the page did something.
    void Connect(ui::a11y::Context& context, void (*wake)(void* user), void* user);
    // After each frame: sends what changed, nothing if nothing did. canvas_top: where the canvas (ImGui's
    // origin) is in the page, CSS px.
    void Sync(bool route_changed, float canvas_top);
    bool FocusedNodeRect(float& x, float& y, float& w, float& h) const; // the focused element's widget, canvas CSS px as drawn

    // From the page (web/layer.js, through the functions a11y_dom.cpp exports).
    void OnActivate(unsigned int id);
    void OnEscape();
    void OnFocus(unsigned int id); // 0: focus left the layer
    void OnInput(unsigned int id, const char* text);

private:
    ui::a11y::Context* Context = nullptr;
    void (*Wake)(void* user) = nullptr;
    void* WakeUser = nullptr;
    std::vector<ui::a11y::Node> Sent; // in page coordinates
    std::string SentLive;
};

bool FocusInAccessibleLayer(); // keys then belong to the focused element, not to ImGui

} // namespace platform
