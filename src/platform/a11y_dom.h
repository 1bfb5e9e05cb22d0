// a11y_dom.h — mirrors ui::a11y's node list into the page's accessible layer (layer: platform).
// The page side is web/layer.js.
#pragma once

#include <functional>

namespace platform {

using RevealFn = std::function<void(float y, float height)>;   // scroll so this band of the canvas is visible

void ConnectAccessibleLayer(RevealFn reveal);
void SyncAccessibleLayer(bool route_changed);  // after each frame: sends what changed, nothing if nothing did
bool FocusInAccessibleLayer();                  // keys then belong to the focused element, not to ImGui

} // namespace platform
