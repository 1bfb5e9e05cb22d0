// gl_renderer.cpp — the WebGL2 context, the font texture and drawing ImGui's draw data (layer: platform).
#include "platform/gl_renderer.h"

#include "imgui.h"
#include "imgui_impl_opengl3.h"

#include <GLES3/gl3.h>
#include <emscripten/html5.h>

#include <algorithm>

namespace platform {

bool GlRenderer::CreateContext(const char* canvas)
{
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.antialias = EM_FALSE;
    attrs.premultipliedAlpha = EM_FALSE;
    attrs.preserveDrawingBuffer = EM_FALSE;
    Context = emscripten_webgl_create_context(canvas, &attrs);
    if (Context <= 0) return false;
    emscripten_webgl_make_context_current(Context);
    return true;
}

void GlRenderer::Init()
{
    ImGui_ImplOpenGL3_Init("#version 300 es");
    GLint max_renderbuffer = 0, max_viewport[2] = { 0, 0 };
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_renderbuffer);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, max_viewport);
    if (max_renderbuffer > 0) MaxSide = std::min(max_renderbuffer, max_viewport[1] > 0 ? max_viewport[1] : max_renderbuffer);
}

void GlRenderer::Restore()
{
    emscripten_webgl_make_context_current(Context);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init("#version 300 es");
}

void GlRenderer::CreateFontTexture()
{
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void GlRenderer::RebuildFontTexture()
{
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void GlRenderer::NewFrame()
{
    ImGui_ImplOpenGL3_NewFrame();
}

void GlRenderer::Render(int width_px, int height_px, uint32_t bg)
{
    glViewport(0, 0, width_px, height_px);
    glClearColor(((bg >> 16) & 255) / 255.0f, ((bg >> 8) & 255) / 255.0f, (bg & 255) / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

} // namespace platform
