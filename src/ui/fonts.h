// fonts.h — the app's typefaces (layer: ui). Noto Sans Regular and Bold, subset at build time
// (cmake/fonts.cmake) and compiled in; rasterised at size × pixel ratio so glyphs stay sharp.
#pragma once

#include "core/bundled_files.h"
#include "ui/layout_metrics.h"

#include <set>
#include <string>
#include <vector>

struct ImFont;

namespace ui {

const core::BundledFile* FontFiles(); // generated: NotoSans-Bold.ttf, NotoSans-Regular.ttf

constexpr float kBodySize = Rem(1.125f);  // 18 CSS px; body text
constexpr float kSmallSize = Rem(1.0f);   // 16: captions and notes, never smaller
constexpr float kH1Size = Rem(1.875f);    // 30
constexpr float kH2Size = Rem(1.4375f);   // 23
constexpr float kFigureSize = Rem(2.25f); // 36: key figures on the Programme screen

// The sizes the atlas was built at, in CSS px: kBodySize and kSmallSize unless the host chose a text size
// (size=16 or 19, FontLibrary::SetBodySize). Screens that measure text with a size of their own use these.
float BodySize();
float SmallSize();

struct FontSet {
    ImFont* Body = nullptr;
    ImFont* Bold = nullptr;
    ImFont* Small = nullptr;
    ImFont* H1 = nullptr;
    ImFont* H2 = nullptr;
    ImFont* Figure = nullptr;
};

// The fonts of the current ImGui context's atlas, which FontLibrary::Load() fills in FontSet's order; all null
// before it has, or when it failed. ImGui owns the fonts, so the app keeps no pointers of its own to them.
FontSet Fonts();

// The fonts' builder, owned by whoever owns the ImGui context (the platform; a test).
class FontLibrary {
public:
    // Rebuilds the atlas for this device pixel ratio. The renderer must re-upload its texture after.
    // Body text has all of Latin-1 (people type into it); captions and the bold fonts have ASCII, the
    // content's symbols and whatever else NoteCharacters() has seen, so start-up rasterises fewer glyphs.
    bool Load(float pixel_ratio);

    // The host's body text size in CSS px (an embed's size=16 or 19; 0: kBodySize). Every text size scales with
    // it, captions never below kSmallSize; the glyphs are still rasterised at their drawn size, so they stay sharp.
    void SetBodySize(float css_px) { Scale = css_px > 0.0f ? css_px / kBodySize : 1.0f; }

    // Collects the characters beyond ASCII in a data file's text (UTF-8 and JSON \u escapes), for Load().
    // ForgetCharacters() starts the collection again (new data replaces the old).
    void NoteCharacters(const std::string& text);
    void ForgetCharacters() { Seen.clear(); }

private:
    void Note(unsigned int c);

    float Scale = 1.0f;                        // SetBodySize()
    std::set<unsigned short> Seen;             // characters beyond ASCII found in the data (ImWchar: 16 bits)
    std::vector<unsigned short> ContentRanges; // the content's ranges plus Seen; alive as long as the atlas uses them
};

} // namespace ui
