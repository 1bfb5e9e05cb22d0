// colour_scheme.h — which palette the page asks for (layer: platform): light, dark under
// prefers-color-scheme: dark, or under forced-colors: active one built from the CSS system colours the
// page resolves (Canvas, CanvasText, LinkText, GrayText). Read again when either media query
// changes, so switching the mode redraws with the new palette, with no reload.
#pragma once

namespace platform {

void InstallColourScheme(void (*redraw)(void* user), void* user); // applies the palette now; on a change, applies it and calls redraw(user)

} // namespace platform
