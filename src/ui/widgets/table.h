// table.h — a table drawn with the draw list: weighted columns, headings that sort, and rows that are each one
// link (layer: ui). ImGui's own table machinery would add about 10 KB of gzipped code for the one table we have.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

struct ImDrawList;
struct ImFont;

namespace ui {

struct GroupMarker;

struct TableColumn {
    std::string Heading;
    float Weight = 1.0f; // the column's share of the table's width
    float Lead = 0.0f;   // room before the text, for a cell's marker
};

struct TableCell {
    std::string Text;
    bool Bold = false;
    uint32_t Colour = 0;                 // RGB, as in theme.h
    uint32_t HoveredColour = 0;          // while the pointer is over the row
    const GroupMarker* Marker = nullptr; // drawn in the column's Lead
};

struct TableRow {
    std::string Id;               // unique among the rows; keeps the row's element across frames
    std::string AccessibleName;   // what a screen reader hears for the row: the whole of it
    std::string Href;             // where the row's link goes
    std::vector<TableCell> Cells; // one per column
};

class Table {
public:
    Table(std::vector<TableColumn> columns, float width);

    // The headings at the cursor: toggle buttons in one toolbar, named for the accessible layer by `names` and
    // described by `description`; the pressed one is the column sorted by (or -1), which shows a small
    // triangle: up for ascending, down for descending. Returns the column whose heading was pressed, or -1.
    int DrawHeadings(int sorted, bool descending, const std::vector<std::string>& names, const std::string& description);
    bool DrawRow(const TableRow& row); // one row under the last, an item of a list that links; true when activated
    // A table to read, not to pick from: headings that do not sort, and rows whose cells the accessible layer
    // reads as a table's cells (a screen reader's table commands work). `name` names the table.
    void DrawPlainHeadings(const std::string& name);
    void DrawCells(const TableRow& row); // row.Href and row.AccessibleName are not used
    void End();                          // ends the table under its last row

private:
    float TextWidth(int column) const;
    float HeadingWrap(int column, bool sorting) const;
    float HeadingsHeight(bool sorting) const;
    float RowHeight(const TableRow& row) const;
    void Advance(float height) const;
    void DrawCellTexts(const TableRow& row, float x, float y, float row_h, bool hovered); // at the row's top left

    std::vector<TableColumn> Columns;
    std::vector<float> ColumnX; // each column's left edge from the table's, and the right edge last
    float Width;
    int RowCount = 0;
};

} // namespace ui
