// sub_navigation.cpp — links between the views of one screen, "Overview | Timeline", "Table | Map" (layer: ui).
#include "ui/app.h"

#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/layout_metrics.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>

namespace ui {

// Links between the views of the current screen ("Overview", "Timeline"): label and view= value pairs,
// "" for the default view. The current view is bold, underlined with a thick bar, recorded as selected.
void SubNavigation(const ScreenContext& ctx, const std::vector<std::pair<std::string, std::string>>& views)
{
    size_t current = 0;
    for (size_t i = 0; i < views.size(); ++i)
        if (views[i].second == ctx.Route.Tab) current = i;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 start = ImGui::GetCursorScreenPos();
    float width = ContentWidth();
    float bottom = start.y;
    for (size_t i = 0; i < views.size(); ++i) {
        if (i > 0) ImGui::SameLine(0.0f, kSubNavGap);
        const std::string& label = views[i].first;
        core::Route target;
        target.View = ctx.Route.View;
        target.Tab = views[i].second;
        if (i != current) {
            ctx.Link(label, target);
        } else {
            ImGui::PushFont(Fonts().Bold);
            ImVec2 p = ImGui::GetCursorScreenPos();
            ImVec2 size = ImGui::CalcTextSize(label.c_str());
            // As tall as the other links (a fingertip's 44 CSS px on a phone), its text in the middle as theirs is.
            const float least = LeastTarget(0.0f);
            const float h = std::max(size.y + kLinkSlack, least);
            ImGui::InvisibleButton((label + "##current").c_str(), ImVec2(std::max(size.x, least), h));
            a11y::AddLastItem(a11y::Role::Link, label, core::FormatRoute(target), 0, true);
            dl->AddText(ImVec2(p.x, p.y + (h - size.y - kLinkSlack) * 0.5f), ToImColor(colour::Text), label.c_str());
            ImGui::PopFont();
        }
        bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    }
    float line_y = bottom + kSubNavRuleGap;
    dl->AddLine(ImVec2(start.x, line_y), ImVec2(start.x + width, line_y), ToImColor(colour::Divider), kBorder);
    // The bar under the current view, drawn after the line so it sits on top of it.
    float x = start.x;
    for (size_t i = 0; i < views.size(); ++i) {
        ImGui::PushFont(i == current ? Fonts().Bold : Fonts().Body);
        float w = ImGui::CalcTextSize(views[i].first.c_str()).x;
        ImGui::PopFont();
        if (i == current) dl->AddRectFilled(ImVec2(x, line_y - kSubNavMarkAbove), ImVec2(x + w, line_y + kSubNavMarkBelow), ToImColor(colour::Brand));
        x += w + kSubNavGap;
    }
    ImGui::SetCursorScreenPos(ImVec2(start.x, line_y + kSubNavMarkBelow));
    Spacing(Rem(0.875f));
}

} // namespace ui
