// fonts.cpp — builds the font atlas from the bundled Noto Sans (layer: ui).
#include "ui/fonts.h"
#include "ui/glyph_ranges.h"

#include "imgui.h"
#include "imgui_internal.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

static_assert(sizeof(ImWchar) == sizeof(unsigned short), "fonts.h keeps characters as ImWchar, 16 bits");

namespace ui {

namespace {

const core::BundledFile* FindFont(const char* name)
{
    for (const core::BundledFile* f = FontFiles(); f->Name; ++f)
        if (std::strcmp(f->Name, name) == 0) return f;
    return nullptr;
}

// The glyph sets come from cmake/glyph_ranges.txt, the same list the font subsets are made from.
const ImWchar* const kTextRanges = glyphs::kRegular;    // all the Regular subset holds: people type into it
const ImWchar* const kContentRanges = glyphs::kContent; // ASCII and the content's symbols

ImFont* AddFont(const core::BundledFile* file, float size, float pixel_ratio, const ImWchar* ranges, bool merge = false)
{
    ImFontConfig config;
    config.MergeMode = merge;            // adds only the glyphs the font before it lacks
    config.FontDataOwnedByAtlas = false; // the bytes are static
    config.OversampleH = 1;              // drawn 1:1 to device pixels, so no oversampling needed
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(file->Data), static_cast<int>(file->Size),
                                                      size * pixel_ratio, &config, ranges);
}

bool InContentRanges(unsigned int c)
{
    for (const ImWchar* r = kContentRanges; r[0]; r += 2)
        if (c >= r[0] && c <= r[1]) return true;
    return false;
}

} // namespace

FontSet Fonts()
{
    const ImVector<ImFont*>& f = ImGui::GetIO().Fonts->Fonts;
    FontSet set;
    if (f.Size < 6) return set;
    set.Body = f[0]; // in the order Load() adds them
    set.Bold = f[1];
    set.Small = f[2];
    set.H1 = f[3];
    set.H2 = f[4];
    set.Figure = f[5];
    return set;
}

float BodySize()
{
    const FontSet f = Fonts();
    return f.Body ? f.Body->FontSize * ImGui::GetIO().FontGlobalScale : kBodySize;
}

float SmallSize()
{
    const FontSet f = Fonts();
    return f.Small ? f.Small->FontSize * ImGui::GetIO().FontGlobalScale : kSmallSize;
}

bool FontLibrary::Load(float pixel_ratio)
{
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const core::BundledFile* regular = FindFont("NotoSans-Regular.ttf");
    const core::BundledFile* bold = FindFont("NotoSans-Bold.ttf");
    if (!regular || !bold) {
        // Cannot happen with the build's embedded fonts. The web build has no ProggyClean to fall back on
        // (cmake/imgui.cmake), so say so plainly rather than draw nothing.
        return false;
    }
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(kContentRanges);
    for (ImWchar c : Seen) builder.AddChar(c);
    ImVector<ImWchar> ranges;
    builder.BuildRanges(&ranges);
    ContentRanges.assign(ranges.begin(), ranges.end());
    const ImWchar* content = ContentRanges.data();
    // Bold is subset to ASCII and the content's symbols; Regular fills in any other letter the data uses.
    const bool fill_in = !Seen.empty();
    auto add_bold = [&](float size) {
        ImFont* font = AddFont(bold, size * Scale, pixel_ratio, content);
        if (fill_in) AddFont(regular, size * Scale, pixel_ratio, content, true);
        return font;
    };
    // Added in FontSet's order, which Fonts() reads back; a merged font adds no entry of its own.
    ImFont* body = AddFont(regular, kBodySize * Scale, pixel_ratio, kTextRanges);
    add_bold(kBodySize);
    AddFont(regular, std::max(kSmallSize, kSmallSize * Scale), pixel_ratio, content);
    add_bold(kH1Size);
    add_bold(kH2Size);
    AddFont(bold, kFigureSize * Scale, pixel_ratio, glyphs::kFigure); // fewer big glyphs to rasterise
    io.FontDefault = body;
    io.FontGlobalScale = 1.0f / pixel_ratio;
    return io.Fonts->Build();
}

void FontLibrary::Note(unsigned int c)
{
    if (c > 0x7E && c < 0xFFFF && !InContentRanges(c)) Seen.insert(static_cast<ImWchar>(c));
}

void FontLibrary::NoteCharacters(const std::string& text)
{
    const char* p = text.c_str();
    const char* end = p + text.size();
    while (p < end) {
        unsigned int c = static_cast<unsigned char>(*p);
        if (c == '\\' && p + 5 < end && p[1] == 'u') { // a JSON escape: \uXXXX
            char hex[5] = { p[2], p[3], p[4], p[5], 0 };
            char* stop = nullptr;
            unsigned long v = std::strtoul(hex, &stop, 16);
            if (stop == hex + 4) Note(static_cast<unsigned int>(v));
            p += 6;
            continue;
        }
        if (c == '\\' && p + 1 < end) { // any other escape: skip the escaped character
            p += 2;
            continue;
        }
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n = ImTextCharFromUtf8(&c, p, end);
        if (n <= 0) break;
        Note(c);
        p += n;
    }
}

} // namespace ui
