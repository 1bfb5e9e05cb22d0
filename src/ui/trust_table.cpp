// trust_table.cpp — the trusts as a table on wide screens and as cards on narrow ones; each row or card is
// one link to the trust (layer: ui).
#include "ui/trust_views.h"

#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/layout_metrics.h"
#include "ui/map_view.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/widgets/table.h"

#include "imgui.h"

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

// A trust's card: one area at the cursor that is a single link to the trust's page, named for the
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

// Wide screens: a table whose column headings sort; each row is one link to the trust.
void DrawTrustTable(const ScreenContext& ctx, TrustsState& s, std::vector<const core::Trust*>& trusts)
{
    const float weights[core::TrustSortCount] = { 2.6f, 1.25f, 1.45f, 2.4f, 2.3f };
    std::vector<TableColumn> columns(core::TrustSortCount);
    std::vector<std::string> names;
    for (int c = 0; c < core::TrustSortCount; ++c) {
        columns[c].Heading = ColumnName(Sort(c));
        columns[c].Weight = weights[c];
        const bool sorted = s.SortBy == Sort(c);
        names.push_back(sorted ? "Sorted by " + SortDescription(Sort(c), s.SortDescending) : std::string("Sort by ") + ColumnName(Sort(c)));
    }
    columns[kGroup].Lead = kCellMarkerWidth;
    Table table(std::move(columns), ContentWidth());
    const int activated = table.DrawHeadings(static_cast<int>(s.SortBy), s.SortDescending, names, "Sort the trusts");
    if (activated >= 0) {
        s.SortDescending = s.SortBy == Sort(activated) ? !s.SortDescending : false;
        s.SortBy = Sort(activated);
    }
    core::SortTrusts(ctx.Data, s.SortBy, s.SortDescending, trusts);

    for (const core::Trust* t : trusts) {
        const GroupMarker marker = MarkerForGroup(ctx.Data, t->Group);
        TableRow row;
        row.Id = t->OdsCode;
        row.AccessibleName = RowName(ctx.Data, *t);
        row.Href = core::FormatRoute(core::DetailRoute(core::Screen::TrustDetail, t->OdsCode));
        for (int c = 0; c < core::TrustSortCount; ++c) {
            TableCell cell;
            cell.Text = CellText(ctx.Data, *t, c);
            cell.Bold = c == kName;
            cell.Colour = c == kName ? colour::Link : (c == kRecord && t->RecordSystem.empty() ? colour::TextMuted : colour::Text);
            cell.HoveredColour = c == kName ? colour::LinkHover : cell.Colour;
            if (c == kGroup) cell.Marker = &marker;
            row.Cells.push_back(std::move(cell));
        }
        if (table.DrawRow(row)) ctx.Go(core::DetailRoute(core::Screen::TrustDetail, t->OdsCode));
    }
    table.End();
}

namespace {

// The sort as chips, for the cards: the table sorts by its headings.
void DrawSortChips(TrustsState& s)
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
    Spacing(kSortChipsGap);
}

} // namespace

// Narrow screens: a sort control (on a phone, with the filters under "Filter"), then one card a trust, each card
// one link.
void DrawTrustCards(const ScreenContext& ctx, TrustsState& s, std::vector<const core::Trust*>& trusts)
{
    if (s.FiltersOpen || ImGui::GetMainViewport()->Size.x >= kNarrow) DrawSortChips(s);
    core::SortTrusts(ctx.Data, s.SortBy, s.SortDescending, trusts);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ContentWidth(), pad = kCardPad, inner = width - 2 * pad;
    const float body = BodySize(), small = SmallSize();
    for (const core::Trust* t : trusts) {
        std::string place = t->MainTown + " \u00b7 " + t->Region;
        std::string group = core::GroupLabel(ctx.Data, t->Group);
        std::string record = "Record system: " + NotKnown(t->RecordSystem);
        float name_h = Fonts().Bold->CalcTextSizeA(body, FLT_MAX, inner, t->OfficialName.c_str()).y;
        float place_h = Fonts().Body->CalcTextSizeA(body, FLT_MAX, inner, place.c_str()).y;
        float group_h = Fonts().Small->CalcTextSizeA(small, FLT_MAX, inner - kCardMarkerIndent, group.c_str()).y;
        float record_h = Fonts().Small->CalcTextSizeA(small, FLT_MAX, inner, record.c_str()).y;
        float height = pad + name_h + kCardLineGap + place_h + kCardGroupGap + group_h + kCardLineGap + record_h + pad;

        ImVec2 a = ImGui::GetCursorScreenPos();
        bool hovered = false;
        bool clicked = TrustLink(ctx.Data, *t, "##card", ImVec2(width, height), hovered);
        ImVec2 b(a.x + width, a.y + height);
        dl->AddRectFilled(a, b, ToImColor(colour::Card), kCardRounding);
        dl->AddRect(a, b, ToImColor(hovered ? colour::BrandDark : colour::Divider), kCardRounding, 0, hovered ? kBorder : kHairline);
        dl->AddRectFilled(a, ImVec2(a.x + kCardStripe, b.y), ToImColor(MarkerForGroup(ctx.Data, t->Group).Colour), kCardRounding, ImDrawFlags_RoundCornersLeft);
        float x = a.x + pad, y = a.y + pad;
        ImU32 link = ToImColor(hovered ? colour::LinkHover : colour::Link);
        dl->AddText(Fonts().Bold, body, ImVec2(x, y), link, t->OfficialName.c_str(), nullptr, inner);
        y += name_h + kCardLineGap;
        dl->AddText(Fonts().Body, body, ImVec2(x, y), ToImColor(colour::Text), place.c_str(), nullptr, inner);
        y += place_h + kCardGroupGap;
        DrawMarker(dl, x + kCardMarkerCentre, y + small * 0.6f, kCardMarkerRadius, MarkerForGroup(ctx.Data, t->Group));
        dl->AddText(Fonts().Small, small, ImVec2(x + kCardMarkerIndent, y), ToImColor(colour::TextMuted), group.c_str(), nullptr, inner - kCardMarkerIndent);
        y += group_h + kCardLineGap;
        dl->AddText(Fonts().Small, small, ImVec2(x, y), ToImColor(colour::TextMuted), record.c_str(), nullptr, inner);
        Spacing(kCardGap);
        if (clicked) ctx.Go(core::DetailRoute(core::Screen::TrustDetail, t->OdsCode));
    }
}

} // namespace ui
