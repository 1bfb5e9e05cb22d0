// table.cpp — the draw-list table of widgets/table.h (layer: ui).
#include "ui/widgets/table.h"

#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/layout_metrics.h"
#include "ui/map_view.h"
#include "ui/theme.h"

#include "imgui.h"

#include <algorithm>
#include <cfloat>

namespace ui {

Table::Table(std::vector<TableColumn> columns, float width) : Columns(std::move(columns)), ColumnX(Columns.size() + 1, 0.0f), Width(width)
{
    float total = 0.0f;
    for (const TableColumn& c : Columns) total += c.Weight;
    for (size_t c = 0; c < Columns.size(); ++c) ColumnX[c + 1] = ColumnX[c] + Width * Columns[c].Weight / total;
}

float Table::TextWidth(int c) const
{
    return std::max(kCellMinTextWidth, ColumnX[c + 1] - ColumnX[c] - 2 * kCellPadX - Columns[c].Lead);
}

// Where a heading wraps: sorting headings keep room for their triangle after the text.
float Table::HeadingWrap(int c, bool sorting) const
{
    return sorting ? TextWidth(c) - BodySize() * 0.5f - kSortArrowGap : TextWidth(c);
}

float Table::HeadingsHeight(bool sorting) const
{
    float h = 0.0f;
    for (int c = 0; c < static_cast<int>(Columns.size()); ++c)
        h = std::max(h, Fonts().Bold->CalcTextSizeA(BodySize(), FLT_MAX, HeadingWrap(c, sorting), Columns[c].Heading.c_str()).y);
    return h + 2 * kCellPadY;
}

// Moves the cursor past `height` of table drawn with the draw list, with no spacing after it.
void Table::Advance(float height) const
{
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0.0f, 0.0f));
    ImGui::Dummy(ImVec2(Width, height));
    ImGui::PopStyleVar();
}

int Table::DrawHeadings(int sorted, bool descending, const std::vector<std::string>& names, const std::string& description)
{
    const float font = BodySize(), arrow = font * 0.5f;
    const int count = static_cast<int>(Columns.size());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    auto heading_wrap = [&](int c) { return HeadingWrap(c, true); };
    const float header_h = HeadingsHeight(true);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(origin, ImVec2(origin.x + Width, origin.y + header_h), ToImColor(colour::Shade));
    int activated = -1;
    for (int c = 0; c < count; ++c) {
        ImVec2 a(origin.x + ColumnX[c], origin.y);
        ImGui::SetCursorScreenPos(a);
        ImGui::PushID(c);
        bool pressed = ImGui::InvisibleButton("##sort", ImVec2(ColumnX[c + 1] - ColumnX[c], header_h));
        if (a11y::AddLastItem(a11y::Role::Checkbox, names[c], "", 0, c == sorted) || pressed) activated = c;
        a11y::NameGroup(description);
        ImGui::PopID();
        if (ImGui::IsItemHovered()) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            // A bar under the heading: the heading's text on Border would be too faint.
            dl->AddRectFilled(ImVec2(a.x, a.y + header_h - kHeadingHoverBar), ImVec2(a.x + ColumnX[c + 1] - ColumnX[c], a.y + header_h), ToImColor(colour::Border));
        }
        const char* heading = Columns[c].Heading.c_str();
        ImVec2 text(a.x + kCellPadX, a.y + kCellPadY);
        ImVec2 size = Fonts().Bold->CalcTextSizeA(font, FLT_MAX, heading_wrap(c), heading);
        dl->AddText(Fonts().Bold, font, text, ToImColor(colour::Text), heading, nullptr, heading_wrap(c));
        if (c == sorted) { // a small triangle after the heading: up for ascending, down for descending
            float x = text.x + size.x + kSortArrowGap, y = text.y + font * 0.5f, h = arrow * 0.5f;
            ImU32 col = ToImColor(colour::Text);
            if (descending) dl->AddTriangleFilled(ImVec2(x, y - h * 0.6f), ImVec2(x + arrow, y - h * 0.6f), ImVec2(x + arrow * 0.5f, y + h * 0.6f), col);
            else dl->AddTriangleFilled(ImVec2(x, y + h * 0.6f), ImVec2(x + arrow * 0.5f, y - h * 0.6f), ImVec2(x + arrow, y + h * 0.6f), col);
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + header_h));
    return activated;
}

float Table::RowHeight(const TableRow& row) const
{
    const float font = BodySize();
    float row_h = font;
    for (int c = 0; c < static_cast<int>(Columns.size()); ++c) {
        ImFont* f = row.Cells[c].Bold ? Fonts().Bold : Fonts().Body;
        row_h = std::max(row_h, f->CalcTextSizeA(font, FLT_MAX, TextWidth(c), row.Cells[c].Text.c_str()).y);
    }
    return row_h + 2 * kCellPadY;
}

void Table::DrawCellTexts(const TableRow& row, float x, float y, float row_h, bool hovered)
{
    const float font = BodySize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 b(x + Width, y + row_h);
    dl->AddRectFilled(ImVec2(x, y), b, ToImColor(hovered ? colour::Shade : (RowCount++ % 2 ? colour::Page : colour::Card)));
    dl->AddLine(ImVec2(x, b.y - Rem(0.03125f)), ImVec2(b.x, b.y - Rem(0.03125f)), ToImColor(colour::Divider));
    for (int c = 0; c < static_cast<int>(Columns.size()); ++c) {
        const TableCell& cell = row.Cells[c];
        ImVec2 p(x + ColumnX[c] + kCellPadX, y + kCellPadY);
        if (cell.Marker) DrawMarker(dl, p.x + kCellMarkerRadius, p.y + font * 0.6f, kCellMarkerRadius, *cell.Marker);
        p.x += Columns[c].Lead;
        dl->AddText(cell.Bold ? Fonts().Bold : Fonts().Body, font, p, ToImColor(hovered ? cell.HoveredColour : cell.Colour), cell.Text.c_str(), nullptr, TextWidth(c));
    }
}

bool Table::DrawRow(const TableRow& row)
{
    const float row_h = RowHeight(row);
    // One button across the whole row, named with the whole of it: a list item that links.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0.0f, 0.0f));
    ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::PushID(row.Id.c_str());
    bool clicked = ImGui::InvisibleButton("##row", ImVec2(Width, row_h));
    clicked = a11y::AddLastItem(a11y::Role::ListItem, row.AccessibleName, row.Href) || clicked;
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    ImGui::PopStyleVar();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    DrawCellTexts(row, a.x, a.y, row_h, hovered);
    return clicked;
}

// Each cell a node of its own, placed over the column it fills; Level is the column, so 1 starts a row.
static void AddCellNode(a11y::Role role, const std::string& text, int column, ImVec2 a, ImVec2 b)
{
    a11y::Node n;
    n.NodeRole = role;
    n.Level = column + 1;
    n.Name = text;
    n.X = a.x;
    n.Y = a.y;
    n.W = b.x - a.x;
    n.H = b.y - a.y;
    a11y::Add(std::move(n));
}

void Table::DrawPlainHeadings(const std::string& name)
{
    const float font = BodySize();
    const int count = static_cast<int>(Columns.size());
    const float header_h = HeadingsHeight(false);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(origin, ImVec2(origin.x + Width, origin.y + header_h), ToImColor(colour::Shade));
    for (int c = 0; c < count; ++c) {
        const ImVec2 a(origin.x + ColumnX[c], origin.y), b(origin.x + ColumnX[c + 1], origin.y + header_h);
        AddCellNode(a11y::Role::ColumnHeader, Columns[c].Heading, c, a, b);
        if (c == 0) a11y::NameGroup(name);
        dl->AddText(Fonts().Bold, font, ImVec2(a.x + kCellPadX, a.y + kCellPadY), ToImColor(colour::Text), Columns[c].Heading.c_str(), nullptr, HeadingWrap(c, false));
    }
    Advance(header_h);
}

void Table::DrawCells(const TableRow& row)
{
    const float row_h = RowHeight(row);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    for (int c = 0; c < static_cast<int>(Columns.size()); ++c)
        AddCellNode(a11y::Role::Cell, row.Cells[c].Text, c, ImVec2(a.x + ColumnX[c], a.y), ImVec2(a.x + ColumnX[c + 1], a.y + row_h));
    DrawCellTexts(row, a.x, a.y, row_h, false);
    Advance(row_h);
}

void Table::End() { ImGui::Dummy(ImVec2(Width, kHairline)); }

} // namespace ui
