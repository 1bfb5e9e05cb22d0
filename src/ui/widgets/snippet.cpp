// snippet.cpp — a search result's reason: lead line and highlighted excerpt (layer: ui). See snippet.h.
#include "ui/widgets/snippet.h"

#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/layout_metrics.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>
#include <cfloat>

namespace ui {

void DrawHighlighted(ImDrawList* dl, ImVec2 pos, const std::string& text, const std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                     std::uint32_t text_colour, float max_width)
{
    ImFont* font = ImGui::GetFont();
    float size = ImGui::GetFontSize();
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    float full = font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, end).x;
    const char* cut = end;
    bool ellipsis = false;
    if (full > max_width) {
        float ell = font->CalcTextSizeA(size, FLT_MAX, 0.0f, "\u2026").x;
        font->CalcTextSizeA(size, max_width - ell, 0.0f, begin, end, &cut);
        ellipsis = true;
    }
    for (const auto& r : ranges) {
        if (begin + r.first >= cut) break;
        const char* hb = begin + r.first;
        const char* he = std::min(begin + r.second, cut);
        float x0 = font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, hb).x;
        float x1 = x0 + font->CalcTextSizeA(size, FLT_MAX, 0.0f, hb, he).x;
        dl->AddRectFilled(ImVec2(pos.x + x0 - Rem(0.0625f), pos.y), ImVec2(pos.x + x1 + Rem(0.0625f), pos.y + size + Rem(0.125f)), ToImColor(colour::Highlight), kHighlightRounding);
    }
    dl->AddText(font, size, pos, ToImColor(text_colour), begin, cut);
    if (ellipsis) {
        float x = font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, cut).x;
        dl->AddText(font, size, ImVec2(pos.x + x, pos.y), ToImColor(text_colour), "\u2026");
    }
}

void SnippetLines(const core::SearchSnippet& snippet)
{
    if (snippet.Empty()) return;
    a11y::Describe(snippet.Description());
    ImGui::PushFont(Fonts().Small);
    const float line = ImGui::GetFontSize() + Rem(0.125f);
    const float width = ContentWidth();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    DrawHighlighted(dl, pos, snippet.Lead(), {}, colour::TextMuted, width);
    DrawHighlighted(dl, ImVec2(pos.x, pos.y + line), snippet.Excerpt, snippet.Ranges, colour::Text, width);
    ImGui::Dummy(ImVec2(width, 2 * line));
    ImGui::PopFont();
}

} // namespace ui
