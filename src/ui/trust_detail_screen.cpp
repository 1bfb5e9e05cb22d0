// trust_detail_screen.cpp — one trust: first its part in the programme and what that meant in money, its
// partners (an exemplar's fast followers, a fast follower's exemplar), what the money went to, then its
// facts, a small map and its sources (layer: ui). "#/trusts/<ods-code>". Also the "Was my trust part of it?"
// answer the trusts and search screens share.
#include "ui/screens.h"

#include "core/trust_answer.h"

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
        { "Group", group },
        { "Main town", NotKnown(t.MainTown) },
        { "Region", NotKnown(t.Region) },
        { "Main hospital", NotKnown(t.MainHospital) },
        { "Organisation code (ODS)", t.OdsCode },
        { "Coordinates", Coordinates(t) },
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
            Spacing(Rem(0.25f));
        }
    }
    ImGui::Dummy(ImVec2(width, 0.0f)); // the list takes its whole width, so what sits beside it does not overlap
}

// The trust's partners as links: an exemplar's fast followers, a fast follower's exemplar.
void DrawPartners(const ScreenContext& ctx, const core::Trust& t)
{
    const bool follower = core::TierOf(ctx.Data, t) == core::TrustTier::FastFollower;
    if (t.Partners.empty()) {
        if (follower) Paragraph("The sources found do not say which exemplar it was paired with.");
        return;
    }
    Heading(follower ? (t.Partners.size() > 1 ? "Its exemplars" : "Its exemplar") : (t.Partners.size() > 1 ? "Its fast followers" : "Its fast follower"), 2);
    for (const std::string& ods : t.Partners) {
        const core::Trust* p = ctx.Data.FindTrust(ods);
        if (!p) continue;
        const std::string dropped = !p->Dropped.empty() ? p->Dropped : t.Dropped;
        ctx.Link(p->OfficialName + ", " + p->MainTown + (dropped.empty() ? "" : " (pairing dropped by " + core::ReadableDate(dropped) + ")"),
                 core::DetailRoute(core::Screen::TrustDetail, p->OdsCode), true);
    }
    Spacing(Rem(0.5f));
}

// First the answer to "what did my trust get?": its part, what that meant in money, with the sources.
void DrawMoney(const ScreenContext& ctx, const core::Trust& t)
{
    Heading("Its part in the programme", 2);
    Paragraph(core::TrustSentence(ctx.Data, t));
    const core::TrustGroup* g = ctx.Data.FindGroup(t.Group);
    const std::string money = core::TrustMoney(ctx.Data, t);
    if (!money.empty() && g) {
        Paragraph("In money: " + money + (g && g->Matched ? ": the trust put in as much again from its own budget, in cash or in staff time." : "."));
        ctx.OpenSources(g->FundingSources);
    }
    Spacing(Rem(0.5f));
}

} // namespace

void DrawTrustAnswer(const ScreenContext& ctx, const std::string& words)
{
    const core::TrustAnswer a = core::AnswerTrustQuestion(ctx.Data, words);
    if (!a.Any()) return;
    BoldLine("Was my trust part of it?");
    const size_t most = 6;
    for (size_t i = 0; i < a.Trusts.size() && i < most; ++i) Paragraph(a.Sentences[i]); // the list below links to each
    if (!a.NotInProgramme.empty()) {
        Paragraph(a.NotInProgramme);
        for (size_t i = 0; i < a.SameRegion.size() && i < 8; ++i) {
            const core::Trust& t = *a.SameRegion[i];
            ctx.Link(t.OfficialName + ", " + t.MainTown + " (" + core::TierName(core::TierOf(ctx.Data, t)) + ")",
                     core::DetailRoute(core::Screen::TrustDetail, t.OdsCode), true);
        }
    }
    Spacing(Rem(0.5f));
}

void TrustsScreen::DrawDetail(const ScreenContext& ctx)
{
    const core::Trust* t = ctx.Data.FindTrust(ctx.Route.Id);
    core::Route back;
    back.View = core::Screen::Trusts;
    if (!t) {
        ctx.NotFound("Trust not found", "There is no trust of the programme at this address.",
                     "See all the trusts", core::Screen::Trusts);
        return;
    }
    ctx.Link("All the trusts", back);
    Spacing(Rem(0.25f));
    Heading(t->OfficialName, 1);
    if (const core::TrustGroup* g = ctx.Data.FindGroup(t->Group)) {
        ImVec2 p = ImGui::GetCursorScreenPos();
        DrawMarker(ImGui::GetWindowDrawList(), p.x + kKeyMarkerCentre, p.y + ImGui::GetFontSize() * 0.6f, kKeyMarkerRadius, MarkerForGroup(ctx.Data, t->Group));
        ImGui::Indent(kMarkerIndent);
        Paragraph(g->Label);
        ImGui::Unindent(kMarkerIndent);
    }
    Spacing(Rem(0.5f));
    DrawMoney(ctx, *t);
    DrawPartners(ctx, *t);
    Heading("Record system and what happened later", 2);
    Paragraph("Record system at the time: " + NotKnown(t->RecordSystem) + ".");
    Paragraph(t->Later.empty() ? "The sources found say nothing more about what it did with the money." : t->Later);
    Spacing(Rem(0.5f));

    Heading("About the trust", 2);
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
        Spacing(Rem(0.5f));
    }

    Heading("Sources", 2);
    ctx.OpenSources(t->Sources);
}

} // namespace ui
