// wrapped_link.cpp — a link to an outside page whose label wraps at the column's edge (layer: ui).
#include "ui/widgets.h"

#include "ui/a11y.h"
#include "ui/host.h"
#include "ui/layout_metrics.h"
#include "ui/theme.h"

#include "imgui.h"

#include <algorithm>
#include <cfloat>
#include <utility>
#include <vector>

namespace ui {

// A link to an outside page whose label wraps at the column edge, each line underlined, so a long
// title never runs out of the column. Opens in a new tab (Host::OpenExternal checks the scheme).
void WrappedExternalLink(Host& host, const std::string& label, const std::string& url)
{
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize(), scale = size / font->FontSize, width = ContentWidth();
    std::vector<std::pair<const char*, const char*>> lines;
    const char* s = label.c_str();
    const char* const end = s + label.size();
    float widest = 0.0f;
    while (s < end) {
        const char* e = font->CalcWordWrapPositionA(scale, s, end, width);
        if (e <= s) { // a single character wider than the column
            e = s + 1;
            while (e < end && (static_cast<unsigned char>(*e) & 0xC0) == 0x80) ++e;
        }
        lines.emplace_back(s, e);
        widest = std::max(widest, font->CalcTextSizeA(size, FLT_MAX, 0.0f, s, e).x);
        s = e;
        while (s < end && (*s == ' ' || *s == '\n')) ++s;
    }
    ImVec2 pos = ImGui::GetCursorScreenPos();
    // On a phone at least 44 x 44 CSS px, the size of a fingertip, with the text in the middle of its target.
    const float least = LeastTarget(kHairline);
    const float text_h = size * static_cast<float>(lines.size()) + kLinkSlack, target_h = std::max(text_h, least);
    bool clicked = ImGui::InvisibleButton(("##" + url).c_str(), ImVec2(std::max(widest, least), target_h));
    pos.y += (target_h - text_h) * 0.5f;
    a11y::AddLastItem(a11y::Role::Link, label, url);
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImU32 col = ToImColor(hovered ? colour::LinkHover : colour::Link);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (size_t i = 0; i < lines.size(); ++i) {
        float y = pos.y + size * static_cast<float>(i);
        float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, lines[i].first, lines[i].second).x;
        dl->AddText(font, size, ImVec2(pos.x, y), col, lines[i].first, lines[i].second);
        dl->AddLine(ImVec2(pos.x, y + size), ImVec2(pos.x + w, y + size), col, hovered ? kBorder : kHairline);
    }
    if (hovered && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s (opens in a new tab)", url.c_str());
    if (clicked) host.OpenExternal(url);
}

} // namespace ui
