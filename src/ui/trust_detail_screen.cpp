// trust_detail_screen.cpp — one exemplar trust: its facts, a small map and its sources (layer: ui).
// "#/trusts/<ods-code>".
#include "ui/screens.h"

#include "ui/fonts.h"
#include "ui/layout_metrics.h"
#include "ui/map_view.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

namespace ui {

namespace {

std::string Coordinates(const core::Trust& t)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f\u00b0 %s, %.3f\u00b0 %s", std::fabs(t.Lat), t.Lat >= 0 ? "N" : "S",
                  std::fabs(t.Lon), t.Lon >= 0 ? "E" : "W");
    return std::string(buf) + (t.CoordinatesApproximate ? " (approximate: the main town, not the hospital)" : "");
}

// The facts of one trust as a summary list, `width` wide: label beside value when there is room, above it
// when not.
void DrawFacts(const ScreenContext& ctx, const core::Trust& t, float width)
{
    const core::TrustGroup* g = ctx.Data.FindGroup(t.Group);
    std::string group = g ? g->Label + (g->Date.empty() ? "" : "; announced " + ReadableDate(g->Date)) : NotKnown("");
    const std::pair<const char*, std::string> facts[] = {
        { "Official name", t.OfficialName },
        { "Name as announced", NotKnown(t.NameAsAnnounced) },
        { "Organisation code (ODS)", t.OdsCode },
        { "Main town", NotKnown(t.MainTown) },
        { "Region", NotKnown(t.Region) },
        { "Main hospital", NotKnown(t.MainHospital) },
        { "Record system at the time", NotKnown(t.RecordSystem) },
        { "Coordinates", Coordinates(t) },
        { "Group", group },
    };
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float gap = kFactGap, label_w = width * 0.36f - gap, value_w = width * 0.64f;
    const float line_gap = ImGui::GetStyle().ItemSpacing.y * 0.5f;
    auto rule = [&](float y) {
        float x = ImGui::GetCursorScreenPos().x;
        dl->AddLine(ImVec2(x, y), ImVec2(x + width, y), ToImColor(colour::Divider));
    };
    const bool beside = width >= kLabelBeside;
    if (beside) rule(ImGui::GetCursorScreenPos().y - line_gap);
    for (const auto& f : facts) {
        if (beside) {
            const float x = ImGui::GetCursorPosX();
            BoldLine(f.first, label_w);
            ImGui::SameLine(x + label_w + gap);
            Paragraph(f.second, value_w);
            rule(ImGui::GetCursorScreenPos().y - line_gap);
        } else {
            BoldLine(f.first, width);
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() - kPullUp);
            Paragraph(f.second, width);
            Spacing(4);
        }
    }
    ImGui::Dummy(ImVec2(width, 0.0f)); // the list takes its whole width, so what sits beside it does not overlap
}

} // namespace

void TrustsScreen::DrawDetail(const ScreenContext& ctx)
{
    const core::Trust* t = ctx.Data.FindTrust(ctx.Route.Id);
    core::Route back;
    back.View = core::Screen::Trusts;
    if (!t) {
        ctx.NotFound("Trust not found", "There is no exemplar trust at this address.",
                     "See all exemplar trusts", core::Screen::Trusts);
        return;
    }
    ctx.Link("All exemplar trusts", back);
    Spacing(4);
    Heading(t->OfficialName, 1);
    if (const core::TrustGroup* g = ctx.Data.FindGroup(t->Group)) {
        ImVec2 p = ImGui::GetCursorScreenPos();
        DrawMarker(ImGui::GetWindowDrawList(), p.x + kKeyMarkerCentre, p.y + ImGui::GetFontSize() * 0.6f, kKeyMarkerRadius, MarkerForGroup(ctx.Data, t->Group));
        ImGui::Indent(kMarkerIndent);
        Paragraph(g->Label);
        ImGui::Unindent(kMarkerIndent);
    }
    Spacing(8);

    const float width = ContentWidth();
    if (width >= kSideBySide) { // the facts, and the small map beside them
        const float map_w = kLocatorWidth, gap = kGap;
        ImGui::BeginGroup();
        DrawFacts(ctx, *t, width - map_w - gap);
        ImGui::EndGroup();
        ImGui::SameLine(0.0f, gap);
        ImGui::BeginGroup();
        DrawTrustLocator(ctx.Data, *t, map_w);
        ImGui::EndGroup();
    } else {
        DrawFacts(ctx, *t, width);
        DrawTrustLocator(ctx.Data, *t, std::min(width, kLocatorMaxWidth));
        Spacing(8);
    }

    Heading("What happened later", 2);
    Paragraph(NotKnown(t->Later));
    Spacing(8);
    Heading("Sources", 2);
    ctx.OpenSources(t->Sources);
}

} // namespace ui
