// sources_screen.cpp — every source the app cites, grouped by publisher (layer: ui).
#include "ui/app.h"

#include "core/text_normalize.h"
#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/host.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>
#include <functional>
#include <cfloat>
#include <map>

namespace ui {

// Defined in programme_screen.cpp.

namespace {

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
        if (e <= s) {                                       // a single character wider than the column
            e = s + 1;
            while (e < end && (static_cast<unsigned char>(*e) & 0xC0) == 0x80) ++e;
        }
        lines.emplace_back(s, e);
        widest = std::max(widest, font->CalcTextSizeA(size, FLT_MAX, 0.0f, s, e).x);
        s = e;
        while (s < end && (*s == ' ' || *s == '\n')) ++s;
    }
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool clicked = ImGui::InvisibleButton(("##" + url).c_str(), ImVec2(std::max(widest, 1.0f), size * static_cast<float>(lines.size()) + 4.0f));
    a11y::AddLastItem(a11y::Role::Link, label, url);
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImU32 col = ToImColor(hovered ? colour::LinkHover : colour::Link);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (size_t i = 0; i < lines.size(); ++i) {
        float y = pos.y + size * static_cast<float>(i);
        float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, lines[i].first, lines[i].second).x;
        dl->AddText(font, size, ImVec2(pos.x, y), col, lines[i].first, lines[i].second);
        dl->AddLine(ImVec2(pos.x, y + size), ImVec2(pos.x + w, y + size), col, hovered ? 2.0f : 1.0f);
    }
    if (hovered && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s (opens in a new tab)", url.c_str());
    if (clicked) host.OpenExternal(url);
}

} // namespace

void DrawSourcesScreen(const ScreenContext& ctx)
{
    // Publishers in alphabetical order whatever their case ("iMedicalApps" among the I's); within
    // one, sources by date, the undated last.
    std::map<std::string, std::vector<const core::Source*>> by_publisher;
    for (const core::Source& s : ctx.Data.Sources) by_publisher[core::NormalizeText(s.Publisher)].push_back(&s);
    for (auto& group : by_publisher)
        std::sort(group.second.begin(), group.second.end(), [](const core::Source* a, const core::Source* b) {
            if (a->Date.empty() != b->Date.empty()) return b->Date.empty();
            if (a->Date != b->Date) return a->Date < b->Date;
            return std::less<const core::Source*>()(a, b);   // ties in file order (one array), as a stable sort would
        });

    Heading("Sources", 1);
    Paragraph("Every fact in this app comes from one of these " + std::to_string(ctx.Data.Sources.size()) + " pages, by " +
              std::to_string(by_publisher.size()) + " publishers. Links open in a new tab.");
    Spacing(4);
    for (const auto& group : by_publisher) {
        Heading(group.second.front()->Publisher, 2);
        for (const core::Source* s : group.second) {
            ImGui::PushID(s->Id.c_str());
            WrappedExternalLink(ctx.AppHost, s->Title, s->Url);
            if (!s->Date.empty()) {
                ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 6.0f);     // the date belongs to the title above
                MutedText(ReadableDate(s->Date));
            }
            Spacing(2);
            ImGui::PopID();
        }
        Spacing(6);
    }
    Heading("Put this app on your page", 2);
    Paragraph("Web editors can show the app, the apps on one topic, or a single card on their own pages.");
    if (LinkText("Open the embed builder", "embed.html")) ctx.AppHost.ShowTextVersion("embed.html");   // a page of this site
}

} // namespace ui
