// programme_screen.cpp — the explainer: sections, key figures and the funding chart (layer: ui).
#include "ui/app.h"

#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>
#include <cstdio>

namespace ui {

namespace {

std::string Money(double millions)
{
    char buf[32];
    if (millions == static_cast<int>(millions)) std::snprintf(buf, sizeof buf, "\u00a3%dm", static_cast<int>(millions));
    else std::snprintf(buf, sizeof buf, "\u00a3%.1fm", millions);
    return buf;
}

void DrawFigureCard(const ScreenContext& ctx, const core::KeyFigure& f, float width)
{
    ImGui::PushID(f.Id.c_str());
    ImGui::BeginChild("##figure", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PushFont(Fonts.Figure);
    ImGui::PushStyleColor(ImGuiCol_Text, ToImColor(colour::Brand));
    Paragraph(f.Value);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    Paragraph(f.Caption);
    if (!f.Caveat.empty()) MutedText("Note: " + f.Caveat);
    ctx.OpenSources(f.Sources);
    ImGui::EndChild();
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(a, b, ToImColor(colour::Divider), 4.0f, 0, 2.0f);
    ImGui::PopID();
}

// Horizontal bars: the most central money each tier could have had (trusts × the most each).
void DrawFundingChart(const ScreenContext& ctx)
{
    const std::vector<core::FundingTier>& tiers = ctx.Data.FundingTiers;
    if (tiers.empty()) return;
    Heading("Where the money was meant to go", 2);
    Paragraph("Each bar shows the most central money a group of trusts could receive: the number of trusts "
              "times the most each could get. These are ceilings, not what was paid.");
    double largest = 0.0;
    for (const core::FundingTier& t : tiers) largest = std::max(largest, t.Trusts * t.MaxEachGbpM);
    if (largest <= 0.0) return;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    float width = ContentWidth();
    for (size_t i = 0; i < tiers.size(); ++i) {
        const core::FundingTier& t = tiers[i];
        ImGui::PushID(static_cast<int>(i));
        double total = t.Trusts * t.MaxEachGbpM;
        std::string count = (t.TrustsApproximate ? "about " : "") + std::to_string(t.Trusts);
        ImGui::PushFont(Fonts.Bold);
        Paragraph(t.Label);
        ImGui::PopFont();
        ImVec2 p = ImGui::GetCursorScreenPos();
        float bar_w = static_cast<float>(width * 0.75 * total / largest);
        float bar_h = 28.0f;
        uint32_t fill = i == 0 ? colour::Brand : (i == 1 ? colour::GroupAcute2017 : colour::GroupMental);
        dl->AddRectFilled(p, ImVec2(p.x + std::max(bar_w, 4.0f), p.y + bar_h), ToImColor(fill), 3.0f);
        std::string label = count + " \u00d7 up to " + Money(t.MaxEachGbpM) + " = up to " +
                            (t.TrustsApproximate ? "about " : "") + Money(total);
        ImVec2 text = ImGui::CalcTextSize(label.c_str());
        float text_x = p.x + bar_w + 10.0f;
        if (text_x + text.x > p.x + width) {   // no room beside the bar: write it below
            ImGui::Dummy(ImVec2(width, bar_h));
            Paragraph(label);
        } else {
            dl->AddText(ImVec2(text_x, p.y + (bar_h - text.y) * 0.5f), ToImColor(colour::Text), label.c_str());
            ImGui::Dummy(ImVec2(width, bar_h));
        }
        if (!t.Caveat.empty()) MutedText("Note: " + t.Caveat);
        ctx.OpenSources(t.Sources);
        Spacing(10);
        ImGui::PopID();
    }
}

} // namespace

void DrawProgrammeScreen(const ScreenContext& ctx)
{
    Heading("The Global Digital Exemplar programme", 1);
    Spacing(4);
    const core::Dataset& d = ctx.Data;

    if (!d.Figures.empty()) {
        Heading("Key figures", 2);
        float width = ContentWidth();
        int columns = width >= 760.0f ? 3 : (width >= 480.0f ? 2 : 1);
        float gap = ImGui::GetStyle().ItemSpacing.x;
        float card_w = (width - gap * (columns - 1)) / columns;
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 14));
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ToImColor(colour::Card));
        for (size_t i = 0; i < d.Figures.size(); i += columns) {
            // Cards in one row share the row's top edge.
            float row_top = ImGui::GetCursorPosY(), row_bottom = row_top;
            for (int c = 0; c < columns && i + c < d.Figures.size(); ++c) {
                ImGui::SetCursorPos(ImVec2(c * (card_w + gap), row_top));
                DrawFigureCard(ctx, d.Figures[i + c], card_w);
                row_bottom = std::max(row_bottom, ImGui::GetCursorPosY());
            }
            ImGui::SetCursorPos(ImVec2(0, row_bottom));
        }
        ImGui::PopStyleColor();
        ImGui::PopStyleVar();
        Spacing(8);
    }

    for (const core::ProgrammeSection& s : d.Sections) {
        ImGui::PushID(s.Id.c_str());
        Heading(s.Heading, 2);
        for (const std::string& p : s.Paragraphs) Paragraph(p);
        ctx.OpenSources(s.Sources);
        Spacing(12);
        ImGui::PopID();
        if (&s == &d.Sections.front()) DrawFundingChart(ctx);
    }
    if (d.Sections.empty()) DrawFundingChart(ctx);
}

} // namespace ui
