// a11y_dom.h — mirrors ui::a11y's node list into the page's accessible layer (layer: platform).
// The page side is web/layer.js.
#pragma once

namespace platform {

// The layer's elements sit in the document where their widgets are in the page, so the browser's own
// scrolling (focus, find-in-page) brings the right part of the page on screen.
void ConnectAccessibleLayer();
// After each frame: sends what changed, nothing if nothing did. canvas_top: where the canvas (ImGui's
// origin) is in the page, CSS px.
void SyncAccessibleLayer(bool route_changed, float canvas_top);
bool FocusedNodeRect(float& x, float& y, float& w, float& h); // the focused element's widget, canvas CSS px as drawn
bool FocusInAccessibleLayer();                                // keys then belong to the focused element, not to ImGui

} // namespace platform
