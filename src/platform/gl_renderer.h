// gl_renderer.h — the renderer half of the backend: the WebGL2 context, the font texture and drawing
// ImGui's draw data (layer: platform). It knows GL, never events; imgui_impl_opengl3 does the drawing.
#pragma once

#include <cstdint>

namespace platform {

class GlRenderer {
public:
    bool CreateContext(const char* canvas);                        // WebGL2; false when the browser has none
    void Init();                                                   // after CreateContext: the backend and the canvas limits
    void Restore();                                                // after the context was lost and given back
    void CreateFontTexture();                                      // from ImGui's font atlas, once built
    void RebuildFontTexture();                                     // the atlas was rebuilt (another pixel ratio, new characters)
    void NewFrame();                                               // before ImGui::NewFrame()
    void Render(int width_px, int height_px, uint32_t background); // clears, then draws this frame's data
    int MaxCanvasSide() const { return MaxSide; }                  // WebGL's largest drawing buffer side here

private:
    int Context = 0;
    int MaxSide = 4096;
};

} // namespace platform
