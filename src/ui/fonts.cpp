// fonts.cpp — builds the font atlas from the bundled Noto Sans (layer: ui).
#include "ui/fonts.h"

#include "imgui.h"

#include <cstring>

namespace ui {

FontSet Fonts;

namespace {

const core::BundledFile* FindFont(const char* name)
{
    for (const core::BundledFile* f = FontFiles(); f->Name; ++f)
        if (std::strcmp(f->Name, name) == 0) return f;
    return nullptr;
}

// Latin-1 plus the typographic punctuation kept by the subset (see cmake/fonts.cmake).
const ImWchar kTextRanges[] = { 0x0020, 0x00FF, 0x0152, 0x0153, 0x2010, 0x2014, 0x2018, 0x201E,
                                0x2022, 0x2022, 0x2026, 0x2026, 0x2032, 0x2033, 0x20AC, 0x20AC,
                                0x2122, 0x2122, 0x2212, 0x2212, 0 };

ImFont* AddFont(const core::BundledFile* file, float size, float pixel_ratio, bool ascii_only = false,
                bool merge = false)
{
    // The key figures' large font needs only ASCII, £, ×, € and dashes: fewer big glyphs to rasterise.
    static const ImWchar figure_ranges[] = { 0x0020, 0x007E, 0x00A3, 0x00A3, 0x00D7, 0x00D7, 0x2013, 0x2014, 0x20AC, 0x20AC, 0 };
    ImFontConfig config;
    config.MergeMode = merge;                // adds only the glyphs the font before it lacks
    config.FontDataOwnedByAtlas = false;     // the bytes are static
    config.OversampleH = 1;                  // drawn 1:1 to device pixels, so no oversampling needed
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(file->Data), static_cast<int>(file->Size),
                                                     size * pixel_ratio, &config, ascii_only ? figure_ranges : kTextRanges);
}

} // namespace

bool LoadFonts(float pixel_ratio)
{
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const core::BundledFile* regular = FindFont("NotoSans-Regular.ttf");
    const core::BundledFile* bold = FindFont("NotoSans-Bold.ttf");
    if (!regular || !bold) {
        // Cannot happen with the build's embedded fonts. The web build has no ProggyClean to fall back on
        // (cmake/imgui.cmake), so say so plainly rather than draw nothing.
        Fonts = FontSet();
        return false;
    }
    // Bold is subset to ASCII and the content's symbols; Regular fills in any other letter.
    auto add_bold = [&](float size) {
        ImFont* font = AddFont(bold, size, pixel_ratio);
        AddFont(regular, size, pixel_ratio, false, true);
        return font;
    };
    Fonts.Body = AddFont(regular, kBodySize, pixel_ratio);
    Fonts.Bold = add_bold(kBodySize);
    Fonts.Small = AddFont(regular, kSmallSize, pixel_ratio);
    Fonts.H1 = add_bold(kH1Size);
    Fonts.H2 = add_bold(kH2Size);
    Fonts.Figure = AddFont(bold, kFigureSize, pixel_ratio, true);
    io.FontDefault = Fonts.Body;
    io.FontGlobalScale = 1.0f / pixel_ratio;
    return io.Fonts->Build();
}

} // namespace ui
