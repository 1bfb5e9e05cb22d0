// trust_table.cpp — the trusts as a table on wide screens and as cards on narrow ones; each row or card is
// one link to the trust (layer: ui).
#include "ui/trust_views.h"

#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/map_view.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>
#include <cfloat>

namespace ui {

namespace {

// Columns by their place in the table, which is core::TrustSort's order.
constexpr int kName = static_cast<int>(core::TrustSort::Name), kTown = static_cast<int>(core::TrustSort::Town),
              kRegion = static_cast<int>(core::TrustSort::Region), kGroup = static_cast<int>(core::TrustSort::Group),
              kRecord = static_cast<int>(core::TrustSort::RecordSystem);
core::TrustSort Sort(int column) { return static_cast<core::TrustSort>(column); }

std::string CellText(const core::Dataset& d, const core::Trust& t, int column)
{
    switch (column) {
    case kTown: return t.MainTown;
    case kRegion: return t.Region;
    case kGroup: return core::GroupLabel(d, t.Group);
    case kRecord: return NotKnown(t.RecordSystem);
    default: return t.OfficialName;
    }
}

// What a screen reader hears for a row or card: the whole of it.
std::string RowName(const core::Dataset& d, const core::Trust& t)
{
    return t.OfficialName + ". " + t.MainTown + ", " + t.Region + ". " + core::GroupLabel(d, t.Group) +
           ". Record system: " + NotKnown(t.RecordSystem) + ".";
}

// A trust's row or card: one area at the cursor that is a single link to the trust's page, named for the
// accessible layer with the whole of it. Returns true when activated; `hovered` says whether to highlight.
bool TrustLink(const core::Dataset& d, const core::Trust& t, const char* id, ImVec2 size, bool& hovered)
{
    ImGui::PushID(t.OdsCode.c_str());
    bool clicked = ImGui::InvisibleButton(id, size);
    std::string href = core::FormatRoute(core::DetailRoute(core::Screen::TrustDetail, t.OdsCode));
    clicked = a11y::AddLastItem(a11y::Role::ListItem, RowName(d, t), href) || clicked;
    hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return clicked;
}

} // namespace

// Wide screens: a table drawn with the draw list (ImGui's table machinery would add about 10 KB of gzipped
// code for one fixed table). Each column heading sorts; each row is one link to the trust.
void DrawTrustTable(const ScreenContext& ctx, TrustsState& s, std::vector<const core::Trust*>& trusts)
{
    const float weights[core::TrustSortCount] = { 2.6f, 1.25f, 1.45f, 2.4f, 2.3f };
    const float width = ContentWidth(), pad_x = 8.0f, pad_y = 6.0f, font = kBodySize, marker_w = 20.0f;
    float col_x[core::TrustSortCount + 1] = { 0.0f };
    float total = 0.0f;
    for (float w : weights) total += w;
    for (int c = 0; c < core::TrustSortCount; ++c) col_x[c + 1] = col_x[c] + width * weights[c] / total;
    auto text_w = [&](int c) { return std::max(20.0f, col_x[c + 1] - col_x[c] - 2 * pad_x - (c == kGroup ? marker_w : 0.0f)); };
    const float arrow = font * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();

    // Header: each column heading is a button; the accessible layer says what it sorts and how.
    float header_h = 0.0f;
    for (int c = 0; c < core::TrustSortCount; ++c)
        header_h = std::max(header_h, Fonts.Bold->CalcTextSizeA(font, FLT_MAX, text_w(c) - arrow - 4.0f, ColumnName(Sort(c))).y);
    header_h += 2 * pad_y;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + header_h), ToImColor(colour::Shade));
    int activated = -1;
    for (int c = 0; c < core::TrustSortCount; ++c) {
        ImVec2 a(origin.x + col_x[c], origin.y);
        ImGui::SetCursorScreenPos(a);
        ImGui::PushID(c);
        bool pressed = ImGui::InvisibleButton("##sort", ImVec2(col_x[c + 1] - col_x[c], header_h));
        bool sorted = s.SortBy == Sort(c);
        std::string name = sorted ? "Sorted by " + SortDescription(Sort(c), s.SortDescending) : std::string("Sort by ") + ColumnName(Sort(c));
        // Toggle buttons in one toolbar: the pressed one is the column sorted by.
        if (a11y::AddLastItem(a11y::Role::Checkbox, name, "", 0, sorted) || pressed) activated = c;
        a11y::Describe("Sort the trusts");
        ImGui::PopID();
        bool hovered = ImGui::IsItemHovered();
        if (hovered) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            // A bar under the heading: the heading's text on Border would be too faint.
            dl->AddRectFilled(ImVec2(a.x, a.y + header_h - 3.0f), ImVec2(a.x + col_x[c + 1] - col_x[c], a.y + header_h), ToImColor(colour::Border));
        }
        ImVec2 text(a.x + pad_x, a.y + pad_y);
        ImVec2 size = Fonts.Bold->CalcTextSizeA(font, FLT_MAX, text_w(c) - arrow - 4.0f, ColumnName(Sort(c)));
        dl->AddText(Fonts.Bold, font, text, ToImColor(colour::Text), ColumnName(Sort(c)), nullptr, text_w(c) - arrow - 4.0f);
        if (sorted) {   // a small triangle after the heading: up for A to Z, down for Z to A
            float x = text.x + size.x + 4.0f, y = text.y + font * 0.5f, h = arrow * 0.5f;
            ImU32 col = ToImColor(colour::Text);
            if (s.SortDescending) dl->AddTriangleFilled(ImVec2(x, y - h * 0.6f), ImVec2(x + arrow, y - h * 0.6f), ImVec2(x + arrow * 0.5f, y + h * 0.6f), col);
            else dl->AddTriangleFilled(ImVec2(x, y + h * 0.6f), ImVec2(x + arrow * 0.5f, y - h * 0.6f), ImVec2(x + arrow, y + h * 0.6f), col);
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + header_h));
    if (activated >= 0) {
        s.SortDescending = s.SortBy == Sort(activated) ? !s.SortDescending : false;
        s.SortBy = Sort(activated);
    }
    core::SortTrusts(ctx.Data, s.SortBy, s.SortDescending, trusts);

    // Rows: one button across the whole row, as tall as its longest wrapped cell.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0.0f, 0.0f));
    int index = 0;
    for (const core::Trust* t : trusts) {
        std::string cells[core::TrustSortCount];
        float row_h = font;
        for (int c = 0; c < core::TrustSortCount; ++c) {
            cells[c] = CellText(ctx.Data, *t, c);
            ImFont* f = c == kName ? Fonts.Bold : Fonts.Body;
            row_h = std::max(row_h, f->CalcTextSizeA(font, FLT_MAX, text_w(c), cells[c].c_str()).y);
        }
        row_h += 2 * pad_y;
        ImVec2 a = ImGui::GetCursorScreenPos();
        bool hovered = false;
        bool clicked = TrustLink(ctx.Data, *t, "##row", ImVec2(width, row_h), hovered);
        ImVec2 b(a.x + width, a.y + row_h);
        dl->AddRectFilled(a, b, ToImColor(hovered ? colour::Shade : (index++ % 2 ? colour::Page : colour::Card)));
        dl->AddLine(ImVec2(a.x, b.y - 0.5f), ImVec2(b.x, b.y - 0.5f), ToImColor(colour::Divider));
        for (int c = 0; c < core::TrustSortCount; ++c) {
            ImVec2 p(a.x + col_x[c] + pad_x, a.y + pad_y);
            if (c == kGroup) {
                DrawMarker(dl, p.x + 6.0f, p.y + font * 0.6f, 6.0f, MarkerForGroup(ctx.Data, t->Group));
                p.x += marker_w;
            }
            uint32_t col = c == kName ? (hovered ? colour::LinkHover : colour::Link)
                       : (c == kRecord && t->RecordSystem.empty() ? colour::TextMuted : colour::Text);
            dl->AddText(c == kName ? Fonts.Bold : Fonts.Body, font, p, ToImColor(col), cells[c].c_str(), nullptr, text_w(c));
        }
        if (clicked) ctx.Go(core::DetailRoute(core::Screen::TrustDetail, t->OdsCode));
    }
    ImGui::PopStyleVar();
    ImGui::Dummy(ImVec2(width, 1.0f));
}

// Narrow screens: a sort control, then one card a trust, each card one link.
void DrawTrustCards(const ScreenContext& ctx, TrustsState& s, std::vector<const core::Trust*>& trusts)
{
    BoldLine("Sort by");
    std::vector<Chip> chips;
    for (int c = 0; c < core::TrustSortCount; ++c) {
        Chip chip;
        bool sorted = s.SortBy == Sort(c);
        chip.Label = sorted ? SortDescription(Sort(c), s.SortDescending) : ColumnName(Sort(c));
        chip.AccessibleName = "Sort by " + SortDescription(Sort(c), sorted && s.SortDescending);
        chip.Selected = sorted;
        chips.push_back(chip);
    }
    int hit = DrawChips("sort", chips);
    if (hit >= 0) {
        s.SortDescending = s.SortBy == Sort(hit) ? !s.SortDescending : false;
        s.SortBy = Sort(hit);
    }
    Spacing(8);
    core::SortTrusts(ctx.Data, s.SortBy, s.SortDescending, trusts);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ContentWidth(), pad = 14.0f, inner = width - 2 * pad;
    const float body = kBodySize, small = kSmallSize;
    for (const core::Trust* t : trusts) {
        std::string place = t->MainTown + " \u00b7 " + t->Region;
        std::string group = core::GroupLabel(ctx.Data, t->Group);
        std::string record = "Record system: " + NotKnown(t->RecordSystem);
        float name_h = Fonts.Bold->CalcTextSizeA(body, FLT_MAX, inner, t->OfficialName.c_str()).y;
        float place_h = Fonts.Body->CalcTextSizeA(body, FLT_MAX, inner, place.c_str()).y;
        float group_h = Fonts.Small->CalcTextSizeA(small, FLT_MAX, inner - 20.0f, group.c_str()).y;
        float record_h = Fonts.Small->CalcTextSizeA(small, FLT_MAX, inner, record.c_str()).y;
        float height = pad + name_h + 4 + place_h + 6 + group_h + 4 + record_h + pad;

        ImVec2 a = ImGui::GetCursorScreenPos();
        bool hovered = false;
        bool clicked = TrustLink(ctx.Data, *t, "##card", ImVec2(width, height), hovered);
        ImVec2 b(a.x + width, a.y + height);
        dl->AddRectFilled(a, b, ToImColor(colour::Card), 4.0f);
        dl->AddRect(a, b, ToImColor(hovered ? colour::BrandDark : colour::Divider), 4.0f, 0, hovered ? 2.0f : 1.0f);
        dl->AddRectFilled(a, ImVec2(a.x + 5.0f, b.y), ToImColor(MarkerForGroup(ctx.Data, t->Group).Colour), 4.0f, ImDrawFlags_RoundCornersLeft);
        float x = a.x + pad, y = a.y + pad;
        ImU32 link = ToImColor(hovered ? colour::LinkHover : colour::Link);
        dl->AddText(Fonts.Bold, body, ImVec2(x, y), link, t->OfficialName.c_str(), nullptr, inner);
        y += name_h + 4;
        dl->AddText(Fonts.Body, body, ImVec2(x, y), ToImColor(colour::Text), place.c_str(), nullptr, inner);
        y += place_h + 6;
        DrawMarker(dl, x + 6.0f, y + small * 0.6f, 5.5f, MarkerForGroup(ctx.Data, t->Group));
        dl->AddText(Fonts.Small, small, ImVec2(x + 20.0f, y), ToImColor(colour::TextMuted), group.c_str(), nullptr, inner - 20.0f);
        y += group_h + 4;
        dl->AddText(Fonts.Small, small, ImVec2(x, y), ToImColor(colour::TextMuted), record.c_str(), nullptr, inner);
        Spacing(2);
        if (clicked) ctx.Go(core::DetailRoute(core::Screen::TrustDetail, t->OdsCode));
    }
}

} // namespace ui
