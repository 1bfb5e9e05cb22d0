// programme_screen.cpp — the explainer (what it was, the ways in, key figures, sections, the funding chart) and the
// timeline (layer: ui).
// "#/programme" shows the overview, "#/programme?view=timeline" the timeline, "#/programme?view=money" the one
// table of who could get what and which published total counts whom; every other mention of a total links there.
//
// Index
// - [SECTION] Key figures
// - [SECTION] Funding chart
// - [SECTION] Timeline
// - [SECTION] Where the money went
// - [SECTION] What it was, and the ways in
// - [SECTION] The screen
#include "ui/screens.h"

#include "core/money_table.h"
#include "core/site_map.h"
#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/layout_metrics.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/widgets/table.h"

#include "imgui.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>

namespace ui {

namespace {

const char* const kMoneyView = "money";

// After text that gives a published total: the way to the table that says what each total counts.
void MoneyLink(const ScreenContext& ctx, const std::string& text)
{
    if (!core::MentionsTotal(ctx.Data, text)) return;
    core::Route to = ctx.Route;
    to.Tab = kMoneyView;
    ctx.Link("Where the money went: every total in one table", to);
}

//-----------------------------------------------------------------------------
// [SECTION] Key figures
//-----------------------------------------------------------------------------

void DrawFigureCard(const ScreenContext& ctx, const core::KeyFigure& f, float width)
{
    ImGui::PushID(f.Id.c_str());
    // Measured and laid out even while scrolled out of view (AlwaysAutoResize), so the accessible layer gets
    // its items' true boxes there too; a card out of view would otherwise report the one before it.
    ImGui::BeginChild("##figure", ImVec2(width, 0),
                      ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysAutoResize | ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PushFont(Fonts().Figure);
    ImGui::PushStyleColor(ImGuiCol_Text, ToImColor(colour::Brand));
    Paragraph(f.Value);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    Paragraph(f.Caption);
    if (!f.Caveat.empty()) MutedText("Note: " + f.Caveat);
    ctx.OpenSources(f.Sources);
    MoneyLink(ctx, f.Value + " " + f.Caption + " " + f.Caveat);
    ImGui::EndChild();
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(a, b, ToImColor(colour::Divider), kCardRounding, 0, kBorder);
    ImGui::PopID();
}

void DrawKeyFigures(const ScreenContext& ctx)
{
    const std::vector<core::KeyFigure>& figures = ctx.Data.Figures;
    if (figures.empty()) return;
    Heading("Key figures", 2);
    float width = ContentWidth();
    size_t columns = width >= kThreeCards ? 3 : (width >= kLabelBeside ? 2 : 1);
    float gap = ImGui::GetStyle().ItemSpacing.x;
    float card_w = (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Rem(1.0f), Rem(0.875f)));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ToImColor(colour::Card));
    for (size_t i = 0; i < figures.size(); i += columns) {
        // Cards in one row share the row's top edge.
        float row_top = ImGui::GetCursorPosY(), row_bottom = row_top;
        for (size_t c = 0; c < columns && i + c < figures.size(); ++c) {
            ImGui::SetCursorPos(ImVec2(static_cast<float>(c) * (card_w + gap), row_top));
            DrawFigureCard(ctx, figures[i + c], card_w);
            row_bottom = std::max(row_bottom, ImGui::GetCursorPosY());
        }
        ImGui::SetCursorPos(ImVec2(0, row_bottom));
    }
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    Spacing(Rem(0.5f));
}

//-----------------------------------------------------------------------------
// [SECTION] Funding chart
//-----------------------------------------------------------------------------

// "about 20 × up to £5m = up to about £100m"
std::string TierSum(const core::FundingTier& t)
{
    std::string about = t.TrustsApproximate ? "about " : "";
    return about + std::to_string(t.Trusts) + " \u00d7 up to " + core::Money(t.MaxEachGbpM) + " = up to " + about +
           core::Money(t.Trusts * t.MaxEachGbpM);
}

// One bar a tier, one block a trust: a block's length is the most that trust could get from the centre,
// so "12 × up to £10m" and "about 20 × up to £5m" can be compared at a glance. Every bar is labelled in
// text; the bars are NHS blue on the pale page (well above 3:1).
void DrawFundingChart(const ScreenContext& ctx)
{
    const std::vector<core::FundingTier>& tiers = ctx.Data.FundingTiers;
    double largest = 0.0;
    for (const core::FundingTier& t : tiers) largest = std::max(largest, t.Trusts * t.MaxEachGbpM);
    if (tiers.empty() || largest <= 0.0) return;
    Heading("Where the money was meant to go", 2);
    Paragraph("Each bar is a group of trusts and each block one trust: its length is the most central money that "
              "trust could get. These are ceilings, not amounts paid, and trusts had to match the money.");
    Spacing(Rem(0.25f));

    const float width = ContentWidth();
    const bool beside = width >= kBarValueBeside; // value text beside the bar, or under it
    const float scale = static_cast<float>((beside ? width * 0.56f : width - kBarSlack) / largest);
    const float font = ImGui::GetFontSize();
    const float bar_h = kBarHeight, row_gap = kBarRowGap;
    struct Row {
        float LabelY, BarY, ValueY;
    };
    std::vector<Row> rows;
    float y = 0.0f;
    for (const core::FundingTier& t : tiers) {
        Row r;
        r.LabelY = y;
        y += Fonts().Bold->CalcTextSizeA(font, FLT_MAX, width, t.Label.c_str()).y + kBarLabelGap;
        r.BarY = y;
        y += bar_h;
        r.ValueY = y + kBarValueGap;
        if (!beside) y += kBarValueGap + Fonts().Body->CalcTextSizeA(font, FLT_MAX, width, TierSum(t).c_str()).y;
        y += row_gap;
        rows.push_back(r);
    }

    std::string description = "Bar chart of the most central money each group of trusts could get.";
    for (const core::FundingTier& t : tiers) description += " " + t.Label + ": " + TierSum(t) + ".";
    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, y - row_gap));
    a11y::AddLastItem(a11y::Role::Image, description);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 text = ToImColor(colour::Text), bar = ToImColor(colour::Brand);
    for (size_t i = 0; i < tiers.size(); ++i) {
        const core::FundingTier& t = tiers[i];
        const Row& r = rows[i];
        dl->AddText(Fonts().Bold, font, ImVec2(origin.x, origin.y + r.LabelY), text, t.Label.c_str(), nullptr, width);
        float block = static_cast<float>(t.MaxEachGbpM) * scale;
        float gap = block >= kBarBlockMin ? kBarBlockGap : kHairline;
        float top = origin.y + r.BarY;
        for (int k = 0; k < t.Trusts; ++k) {
            float x0 = origin.x + static_cast<float>(k) * block;
            dl->AddRectFilled(ImVec2(x0, top), ImVec2(x0 + std::max(block - gap, kHairline), top + bar_h), bar);
        }
        std::string sum = TierSum(t);
        if (beside) {
            float x = origin.x + static_cast<float>(t.Trusts) * block + kBarValueOffset;
            dl->AddText(Fonts().Body, font, ImVec2(x, top + (bar_h - font) * 0.5f - kBarTextNudge), text, sum.c_str());
        } else {
            dl->AddText(Fonts().Body, font, ImVec2(origin.x, origin.y + r.ValueY), text, sum.c_str(), nullptr, width);
        }
    }
    Spacing(Rem(0.625f));

    // What each bar leaves out, in full, with its sources.
    MoneyLink(ctx, description);
    for (size_t i = 0; i < tiers.size(); ++i) {
        const core::FundingTier& t = tiers[i];
        if (t.Caveat.empty() && t.Sources.empty()) continue;
        ImGui::PushID(t.Id.c_str());
        ImGui::PushFont(Fonts().Bold);
        Paragraph(t.Label);
        ImGui::PopFont();
        if (!t.Caveat.empty()) MutedText(t.Caveat);
        ctx.OpenSources(t.Sources);
        Spacing(Rem(0.5f));
        ImGui::PopID();
    }
    Spacing(Rem(0.5f));
}

//-----------------------------------------------------------------------------
// [SECTION] Timeline
//-----------------------------------------------------------------------------

// Events by year, oldest first, on a rail with a dot for each event.
void DrawTimeline(const ScreenContext& ctx)
{
    const std::vector<core::TimelineEvent>& events = ctx.Data.Timeline;
    if (events.empty()) {
        Paragraph("There are no events to show.");
        return;
    }
    Paragraph("What happened, oldest first, from " + events.front().Date.substr(0, 4) + " to " +
              events.back().Date.substr(0, 4) + ". Each event names its sources.");
    Spacing(Rem(0.25f));
    const float rail = kTimelineRail;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (size_t i = 0; i < events.size();) {
        const std::string year = events[i].Date.substr(0, 4);
        Heading(year, 2);
        Spacing(Rem(0.125f));
        std::vector<float> dots;
        for (; i < events.size() && events[i].Date.compare(0, 4, year) == 0; ++i) {
            const core::TimelineEvent& e = events[i];
            ImGui::PushID(static_cast<int>(i));
            dots.push_back(ImGui::GetCursorScreenPos().y + kTimelineDotY);
            ImGui::Indent(rail);
            MutedText(ReadableDate(e.Date));
            ImGui::PushFont(Fonts().Bold);
            Paragraph(e.Title);
            ImGui::PopFont();
            if (!e.Detail.empty()) Paragraph(e.Detail);
            ctx.OpenSources(e.Sources);
            MoneyLink(ctx, e.Title + " " + e.Detail);
            ImGui::Unindent(rail);
            Spacing(Rem(0.625f));
            ImGui::PopID();
        }
        float x = ImGui::GetCursorScreenPos().x + kTimelineRailX;
        if (dots.size() > 1) dl->AddLine(ImVec2(x, dots.front()), ImVec2(x, dots.back()), ToImColor(colour::TextMuted), kBorder);
        for (float dot_y : dots) {
            dl->AddCircleFilled(ImVec2(x, dot_y), kTimelineDotOuter, ToImColor(colour::Page));
            dl->AddCircleFilled(ImVec2(x, dot_y), kTimelineDot, ToImColor(colour::Brand));
        }
        Spacing(Rem(0.375f));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Where the money went
//-----------------------------------------------------------------------------

// The kinds of trust as one table, then why a count differs from the list, then each published total and what
// it counts, each with its sources.
void DrawMoney(const ScreenContext& ctx)
{
    const core::Dataset& d = ctx.Data;
    Heading("Where the money went", 2);
    if (d.MoneyRows.empty()) {
        Paragraph("There is no table of the money to show.");
        return;
    }
    Paragraph("Reports give different totals for the programme. This table shows each kind of trust that took part, "
              "how many there were, and the most each could get from NHS England. The last column shows which "
              "published totals count that kind of trust.");
    Spacing(Rem(0.25f));
    Table table({ { "Kind of trust", 1.3f }, { "Trusts", 0.9f }, { "Most from the centre", 1.3f }, { "Matched locally", 0.8f }, { "Counted in", 1.0f } },
                ContentWidth());
    table.DrawPlainHeadings("Where the money went");
    const uint32_t text = colour::Text;
    for (const core::MoneyRow& r : d.MoneyRows) {
        TableRow row;
        row.Id = r.Id;
        row.Cells = { { r.Label, true, text, text }, { core::RowTrusts(d, r), false, text, text }, { core::RowFunding(r), false, text, text }, { r.Matched ? "Yes" : "No", false, text, text }, { core::RowCountedIn(d, r), false, text, text } };
        if (row.Cells[4].Text.empty()) row.Cells[4].Text = "No total we found";
        table.DrawCells(row);
    }
    table.End();
    Spacing(Rem(0.625f));

    Heading("Each kind of trust", 2);
    for (const core::MoneyRow& r : d.MoneyRows) {
        ImGui::PushID(r.Id.c_str());
        BoldLine(r.Label);
        if (!r.CountNote.empty()) Paragraph(r.CountNote);
        ctx.OpenSources(r.Sources);
        Spacing(Rem(0.5f));
        ImGui::PopID();
    }
    Heading("The totals you may see", 2);
    for (const core::PublishedTotal& t : d.Totals) {
        ImGui::PushID(t.Id.c_str());
        BoldLine(t.Value);
        Paragraph(t.What);
        ctx.OpenSources(t.Sources);
        Spacing(Rem(0.5f));
        ImGui::PopID();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] What it was, and the ways in
//-----------------------------------------------------------------------------

// The three things people come for, each a large link under the plain explanation: a box as wide as the
// column with the words and an arrow, at least 44 CSS px tall so a thumb finds it.
void DrawWaysIn(const ScreenContext& ctx)
{
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ContentWidth();
    ImGui::PushFont(Fonts().Bold);
    for (const core::WayIn& w : core::WaysIn) {
        core::Route to;
        to.View = w.View;
        const std::string href = core::FormatRoute(to);
        ImGui::PushID(w.Label);
        bool pressed = ImGui::InvisibleButton("##way", ImVec2(width, kStartLinkHeight));
        pressed = a11y::AddLastItem(a11y::Role::Link, w.Label, href) || pressed;
        bool hovered = ImGui::IsItemHovered();
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        dl->AddRectFilled(a, b, ToImColor(colour::Card), kCardRounding);
        dl->AddRect(a, b, ToImColor(hovered ? colour::LinkHover : colour::Divider), kCardRounding, 0, hovered ? kBorderHovered : kBorder);
        const ImU32 link = ToImColor(hovered ? colour::LinkHover : colour::Link);
        const float font = ImGui::GetFontSize(), mid = a.y + kStartLinkHeight * 0.5f;
        dl->AddText(ImVec2(a.x + kCardPad, mid - font * 0.5f), link, w.Label);
        // An arrow at the right edge: a chevron of two strokes.
        const float cx = b.x - kCardPad - kMenuArrow * 0.5f, half = kMenuArrow * 0.5f;
        dl->AddLine(ImVec2(cx - half * 0.5f, mid - half), ImVec2(cx + half * 0.5f, mid), link, kBorderHovered);
        dl->AddLine(ImVec2(cx + half * 0.5f, mid), ImVec2(cx - half * 0.5f, mid + half), link, kBorderHovered);
        ImGui::PopID();
        if (pressed) ctx.Go(to);
        Spacing(Rem(0.125f));
    }
    ImGui::PopFont();
    Spacing(Rem(0.5f));
}

// The Programme's first words: what it was, in two plain sentences, then the ways in.
void DrawIntro(const ScreenContext& ctx)
{
    const core::ProgrammeSection& intro = ctx.Data.Intro;
    for (const std::string& p : intro.Paragraphs) Paragraph(p);
    ctx.OpenSources(intro.Sources);
    Spacing(Rem(0.375f));
    DrawWaysIn(ctx);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The screen
//-----------------------------------------------------------------------------

void ProgrammeScreen::Draw(const ScreenContext& ctx)
{
    Heading("The Global Digital Exemplar programme", 1);
    SubNavigation(ctx, { { "Overview", "" }, { "Timeline", "timeline" }, { "The money", kMoneyView } });
    if (ctx.Route.Tab == "timeline") {
        DrawTimeline(ctx);
        return;
    }
    if (ctx.Route.Tab == kMoneyView) {
        DrawMoney(ctx);
        return;
    }

    const core::Dataset& d = ctx.Data;
    DrawIntro(ctx);
    DrawKeyFigures(ctx);
    const core::ProgrammeSection* chart_after = core::FundingSection(d); // the section about the money
    if (!chart_after) DrawFundingChart(ctx);
    for (const core::ProgrammeSection& s : d.Sections) {
        ImGui::PushID(s.Id.c_str());
        Heading(s.Heading, 2);
        std::string all;
        for (const std::string& p : s.Paragraphs) {
            Paragraph(p);
            all += p + " ";
        }
        ctx.OpenSources(s.Sources);
        MoneyLink(ctx, all);
        Spacing(Rem(0.75f));
        ImGui::PopID();
        if (&s == chart_after) DrawFundingChart(ctx);
    }
    core::Route timeline_route = ctx.Route;
    timeline_route.Tab = "timeline";
    ctx.Link("See the timeline of events", timeline_route);
}

} // namespace ui
