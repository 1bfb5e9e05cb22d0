// trusts_screen.cpp — the exemplar trusts as a sortable, filterable table (cards on narrow screens) or a
// map, and one trust's detail (layer: ui). "#/trusts", "#/trusts?view=map", "#/trusts/<ods-code>".
//
// Index
// - [SECTION] State: filters and sort order, kept while the app runs
// - [SECTION] Filters: search box and chips
// - [SECTION] Table (wide) and cards (narrow)
// - [SECTION] Map view and its key
// - [SECTION] The screens
#include "ui/app.h"

#include "core/text_normalize.h"
#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/map_view.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"
#include "imgui_internal.h"

#include <algorithm>
#include <functional>
#include <cfloat>
#include <cmath>
#include <cstdio>

namespace ui {

// Defined in programme_screen.cpp (shared by the screens of the programme, trusts and sources).

namespace {

constexpr float kNarrow = 600.0f;           // CSS px of the window: below it the table becomes cards

//-----------------------------------------------------------------------------
// [SECTION] State
//-----------------------------------------------------------------------------

enum Column_ { Column_Name, Column_Town, Column_Region, Column_Group, Column_Record, Column_COUNT };
const char* const kColumnNames[Column_COUNT] = { "Trust", "Town", "Region", "Group", "Record system" };

struct TrustsState {
    std::string Text;                       // the search box
    std::vector<std::string> Groups;        // chosen group ids; none chosen shows every group
    std::vector<std::string> Regions;
    int SortColumn = Column_Name;
    bool SortDescending = false;
};
TrustsState g_state;

bool Contains(const std::vector<std::string>& list, const std::string& s)
{
    return std::find(list.begin(), list.end(), s) != list.end();
}

void Toggle(std::vector<std::string>& list, const std::string& s)
{
    auto it = std::find(list.begin(), list.end(), s);
    if (it == list.end()) list.push_back(s);
    else list.erase(it);
}

std::vector<std::string> RegionsOf(const core::Dataset& d)
{
    std::vector<std::string> regions;
    for (const core::Trust& t : d.Trusts)
        if (!t.Region.empty() && !Contains(regions, t.Region)) regions.push_back(t.Region);
    return regions;
}

// The trusts the search box and the filters leave, in data order. The words go through the app's one search
// engine (names, towns, regions, hospitals, record systems, what happened later), with its misspellings,
// synonyms and prefix for the word being typed; "free" or "android" here are words, not app filters.
std::vector<const core::Trust*> Filtered(const core::Dataset& d, const core::SearchIndex& index)
{
    std::vector<char> found(d.Trusts.size(), 1);
    if (!core::NormalizeText(g_state.Text).empty()) {
        found.assign(d.Trusts.size(), 0);
        core::SearchQuery q;
        q.Text = g_state.Text;
        q.FiltersFromText = false;
        for (const core::SearchHit& hit : index.Search(q).Hits)
            if (hit.Kind == core::ResultKind::Trust && hit.Index < found.size()) found[hit.Index] = 1;
    }
    std::vector<const core::Trust*> out;
    for (std::size_t i = 0; i < d.Trusts.size(); ++i) {
        const core::Trust& t = d.Trusts[i];
        if (!found[i]) continue;
        if (!g_state.Groups.empty() && !Contains(g_state.Groups, t.Group)) continue;
        if (!g_state.Regions.empty() && !Contains(g_state.Regions, t.Region)) continue;
        out.push_back(&t);
    }
    return out;
}

int GroupIndex(const core::Dataset& d, const std::string& id)
{
    for (size_t i = 0; i < d.Groups.size(); ++i)
        if (d.Groups[i].Id == id) return static_cast<int>(i);
    return static_cast<int>(d.Groups.size());
}

std::string SortKey(const core::Trust& t, int column)
{
    switch (column) {
    case Column_Town: return core::NormalizeText(t.MainTown);
    case Column_Region: return core::NormalizeText(t.Region);
    case Column_Record: return t.RecordSystem.empty() ? "~" : core::NormalizeText(t.RecordSystem);   // not known last
    default: return core::NormalizeText(t.OfficialName);
    }
}

void SortTrusts(const core::Dataset& d, std::vector<const core::Trust*>& trusts)
{
    struct Keyed { int Rank; std::string Key, Name; const core::Trust* Trust; };
    std::vector<Keyed> keyed;
    for (const core::Trust* t : trusts) {
        bool by_group = g_state.SortColumn == Column_Group;
        keyed.push_back({ by_group ? GroupIndex(d, t->Group) : 0, by_group ? "" : SortKey(*t, g_state.SortColumn),
                          core::NormalizeText(t->OfficialName), t });
    }
    const bool descending = g_state.SortDescending;
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) {
        if (a.Rank != b.Rank) return descending ? a.Rank > b.Rank : a.Rank < b.Rank;
        if (a.Key != b.Key) return descending ? a.Key > b.Key : a.Key < b.Key;
        if (a.Name != b.Name) return a.Name < b.Name;   // ties: by name, A to Z
        return std::less<const core::Trust*>()(a.Trust, b.Trust);   // then in file order (one array)
    });
    for (size_t i = 0; i < keyed.size(); ++i) trusts[i] = keyed[i].Trust;
}

std::string SortDescription(int column, bool descending)
{
    std::string name = kColumnNames[column];
    if (column == Column_Group) return name + (descending ? ", latest first" : ", earliest first");
    return name + (descending ? ", Z to A" : ", A to Z");
}

//-----------------------------------------------------------------------------
// [SECTION] Filters
//-----------------------------------------------------------------------------

struct Chip {
    std::string Label;
    std::string AccessibleName;
    bool Selected = false;
    const GroupMarker* Marker = nullptr;
};

void DrawCheck(ImDrawList* dl, ImVec2 at, float size, ImU32 col)
{
    ImVec2 pts[3] = { ImVec2(at.x, at.y + size * 0.5f), ImVec2(at.x + size * 0.35f, at.y + size * 0.85f),
                      ImVec2(at.x + size, at.y + size * 0.1f) };
    dl->AddPolyline(pts, 3, col, ImDrawFlags_None, 2.5f);
}

// Toggle buttons that flow left to right and wrap; a label too long for the line wraps inside its chip.
// Returns the index of the chip pressed (or activated from the accessible layer), or -1.
int DrawChips(const char* id, const std::vector<Chip>& chips)
{
    ImGui::PushID(id);
    ImGui::PushFont(Fonts.Small);
    const float avail = ContentWidth(), font = ImGui::GetFontSize();
    const float pad_x = 14.0f, pad_y = 9.0f, icon = 22.0f, gap = 8.0f;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = start.x, y = start.y, line_h = 0.0f;
    int pressed_index = -1;
    for (size_t i = 0; i < chips.size(); ++i) {
        const Chip& c = chips[i];
        float icons = (c.Selected ? icon : 0.0f) + (c.Marker ? icon : 0.0f);
        float wrap = std::max(40.0f, avail - 2 * pad_x - icons);
        ImVec2 text = Fonts.Small->CalcTextSizeA(font, FLT_MAX, wrap, c.Label.c_str());
        ImVec2 size(std::ceil(text.x + 2 * pad_x + icons), std::max(40.0f, std::ceil(text.y + 2 * pad_y)));
        if (x > start.x && x + size.x > start.x + avail) {
            x = start.x;
            y += line_h + gap;
            line_h = 0.0f;
        }
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        ImGui::PushID(static_cast<int>(i));
        // A press shows at once, in this frame's drawing and accessible state alike.
        bool pressed = ImGui::InvisibleButton("chip", size);
        pressed = a11y::TakeActivation(ImGui::GetItemID()) || pressed;
        const bool selected = c.Selected != pressed;
        a11y::AddLastItem(a11y::Role::Checkbox, c.AccessibleName.empty() ? c.Label : c.AccessibleName, "", 0, selected);
        bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (pressed) pressed_index = static_cast<int>(i);

        ImVec2 a(x, y), b(x + size.x, y + size.y);
        float rounding = 6.0f;
        if (selected) {
            dl->AddRectFilled(a, b, ToImColor(hovered ? colour::BrandDark : colour::Brand), rounding);
        } else {
            dl->AddRectFilled(a, b, ToImColor(colour::Card), rounding);
            dl->AddRect(a, b, ToImColor(hovered ? colour::BrandDark : colour::Border), rounding, 0, hovered ? 3.0f : 2.0f);
        }
        ImU32 text_col = ToImColor(selected ? colour::OnBrand : colour::Text);
        float cx = x + pad_x;
        if (selected) {
            DrawCheck(dl, ImVec2(cx, y + size.y * 0.5f - 7.0f), 14.0f, text_col);
            cx += icon;
        }
        if (c.Marker) {
            DrawMarker(dl, cx + 7.0f, y + size.y * 0.5f, 6.0f, *c.Marker);
            cx += icon;
        }
        dl->AddText(Fonts.Small, font, ImVec2(cx, y + (size.y - text.y) * 0.5f), text_col, c.Label.c_str(), nullptr, wrap);
        x += size.x + gap;
        line_h = std::max(line_h, size.y);
    }
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(start.x, y + line_h));
    ImGui::Dummy(ImVec2(0.0f, 0.0f));
    ImGui::PopID();
    return pressed_index;
}

void BoldLine(const std::string& text, float width = 0.0f)
{
    ImGui::PushFont(Fonts.Bold);
    Paragraph(text, width);
    ImGui::PopFont();
}

// The search box, the group and region chips and the count. Returns true when a filter changed.
bool DrawFilters(const core::Dataset& d, size_t shown)
{
    bool changed = false;
    BoldLine("Search the trusts");
    changed |= SearchBox("Search the trusts by name, town, hospital or record system", g_state.Text);
    MutedText("For example a town, \u201cmental health\u201d or \u201cCerner\u201d.");
    Spacing(4);

    BoldLine("Group");
    std::vector<GroupMarker> markers;
    for (const core::TrustGroup& g : d.Groups) markers.push_back(MarkerForGroup(d, g.Id));
    std::vector<Chip> chips;
    for (size_t i = 0; i < d.Groups.size(); ++i) {
        const core::TrustGroup& g = d.Groups[i];
        long n = std::count_if(d.Trusts.begin(), d.Trusts.end(), [&](const core::Trust& t) { return t.Group == g.Id; });
        Chip c;
        c.Label = g.Label + " (" + std::to_string(n) + ")";
        c.AccessibleName = "Show " + g.Label + " (" + std::to_string(n) + " trusts)";
        c.Selected = Contains(g_state.Groups, g.Id);
        c.Marker = &markers[i];
        chips.push_back(c);
    }
    int hit = DrawChips("groups", chips);
    if (hit >= 0) {
        Toggle(g_state.Groups, d.Groups[static_cast<size_t>(hit)].Id);
        changed = true;
    }
    Spacing(4);

    BoldLine("Region");
    std::vector<std::string> regions = RegionsOf(d);
    chips.clear();
    for (const std::string& r : regions) {
        Chip c;
        c.Label = r;
        c.AccessibleName = "Show trusts in " + r;
        c.Selected = Contains(g_state.Regions, r);
        chips.push_back(c);
    }
    hit = DrawChips("regions", chips);
    if (hit >= 0) {
        Toggle(g_state.Regions, regions[static_cast<size_t>(hit)]);
        changed = true;
    }
    Spacing(8);

    bool any = !g_state.Text.empty() || !g_state.Groups.empty() || !g_state.Regions.empty();
    std::string count = shown == d.Trusts.size() ? "Showing all " + std::to_string(shown) + " trusts."
                                                  : "Showing " + std::to_string(shown) + " of " + std::to_string(d.Trusts.size()) + " trusts.";
    BoldLine(count);
    if (any) {
        const char* clear = "Clear the filters";
        if (ImGui::GetItemRectSize().x + 16.0f + ImGui::CalcTextSize(clear).x <= ContentWidth())
            ImGui::SameLine(0.0f, 16.0f);
        if (TextButton(clear)) {
            g_state.Text.clear();
            g_state.Groups.clear();
            g_state.Regions.clear();
            changed = true;
        }
    }
    Spacing(6);
    return changed;
}

// The filters, and the trusts they leave when they change (announced to screen readers).
void Filters(const ScreenContext& ctx, std::vector<const core::Trust*>& trusts)
{
    if (!DrawFilters(ctx.Data, trusts.size())) return;
    trusts = Filtered(ctx.Data, ctx.Search);
    a11y::Announce(std::to_string(trusts.size()) + (trusts.size() == 1 ? " trust shown" : " trusts shown"));
}

//-----------------------------------------------------------------------------
// [SECTION] Table and cards
//-----------------------------------------------------------------------------

std::string CellText(const core::Dataset& d, const core::Trust& t, int column)
{
    switch (column) {
    case Column_Town: return t.MainTown;
    case Column_Region: return t.Region;
    case Column_Group: return core::GroupLabel(d, t.Group);
    case Column_Record: return NotKnown(t.RecordSystem);
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
    clicked = a11y::AddLastItem(a11y::Role::Link, RowName(d, t), href) || clicked;
    hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return clicked;
}

// Wide screens: a table drawn with the draw list (ImGui's table machinery would add about 10 KB of gzipped
// code for one fixed table). Each column heading sorts; each row is one link to the trust.
void DrawTable(const ScreenContext& ctx, std::vector<const core::Trust*>& trusts)
{
    const float weights[Column_COUNT] = { 2.6f, 1.25f, 1.45f, 2.4f, 2.3f };
    const float width = ContentWidth(), pad_x = 8.0f, pad_y = 6.0f, font = kBodySize, marker_w = 20.0f;
    float col_x[Column_COUNT + 1] = { 0.0f };
    float total = 0.0f;
    for (float w : weights) total += w;
    for (int c = 0; c < Column_COUNT; ++c) col_x[c + 1] = col_x[c] + width * weights[c] / total;
    auto text_w = [&](int c) { return std::max(20.0f, col_x[c + 1] - col_x[c] - 2 * pad_x - (c == Column_Group ? marker_w : 0.0f)); };
    const float arrow = font * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();

    // Header: each column heading is a button; the accessible layer says what it sorts and how.
    float header_h = 0.0f;
    for (int c = 0; c < Column_COUNT; ++c)
        header_h = std::max(header_h, Fonts.Bold->CalcTextSizeA(font, FLT_MAX, text_w(c) - arrow - 4.0f, kColumnNames[c]).y);
    header_h += 2 * pad_y;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + header_h), ToImColor(colour::Divider));
    int activated = -1;
    for (int c = 0; c < Column_COUNT; ++c) {
        ImVec2 a(origin.x + col_x[c], origin.y);
        ImGui::SetCursorScreenPos(a);
        ImGui::PushID(c);
        bool pressed = ImGui::InvisibleButton("##sort", ImVec2(col_x[c + 1] - col_x[c], header_h));
        bool sorted = g_state.SortColumn == c;
        std::string name = sorted ? "Sorted by " + SortDescription(c, g_state.SortDescending) : std::string("Sort by ") + kColumnNames[c];
        if (a11y::AddLastItem(a11y::Role::Button, name, "", 0, sorted) || pressed) activated = c;
        ImGui::PopID();
        bool hovered = ImGui::IsItemHovered();
        if (hovered) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            dl->AddRectFilled(a, ImVec2(a.x + col_x[c + 1] - col_x[c], a.y + header_h), ToImColor(colour::Border));
        }
        ImVec2 text(a.x + pad_x, a.y + pad_y);
        ImVec2 size = Fonts.Bold->CalcTextSizeA(font, FLT_MAX, text_w(c) - arrow - 4.0f, kColumnNames[c]);
        dl->AddText(Fonts.Bold, font, text, ToImColor(colour::Text), kColumnNames[c], nullptr, text_w(c) - arrow - 4.0f);
        if (sorted) {   // a small triangle after the heading: up for A to Z, down for Z to A
            float x = text.x + size.x + 4.0f, y = text.y + font * 0.5f, h = arrow * 0.5f;
            ImU32 col = ToImColor(colour::Text);
            if (g_state.SortDescending) dl->AddTriangleFilled(ImVec2(x, y - h * 0.6f), ImVec2(x + arrow, y - h * 0.6f), ImVec2(x + arrow * 0.5f, y + h * 0.6f), col);
            else dl->AddTriangleFilled(ImVec2(x, y + h * 0.6f), ImVec2(x + arrow * 0.5f, y - h * 0.6f), ImVec2(x + arrow, y + h * 0.6f), col);
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + header_h));
    if (activated >= 0) {
        g_state.SortDescending = g_state.SortColumn == activated ? !g_state.SortDescending : false;
        g_state.SortColumn = activated;
    }
    SortTrusts(ctx.Data, trusts);

    // Rows: one button across the whole row, as tall as its longest wrapped cell.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0.0f, 0.0f));
    int index = 0;
    for (const core::Trust* t : trusts) {
        std::string cells[Column_COUNT];
        float row_h = font;
        for (int c = 0; c < Column_COUNT; ++c) {
            cells[c] = CellText(ctx.Data, *t, c);
            ImFont* f = c == Column_Name ? Fonts.Bold : Fonts.Body;
            row_h = std::max(row_h, f->CalcTextSizeA(font, FLT_MAX, text_w(c), cells[c].c_str()).y);
        }
        row_h += 2 * pad_y;
        ImVec2 a = ImGui::GetCursorScreenPos();
        bool hovered = false;
        bool clicked = TrustLink(ctx.Data, *t, "##row", ImVec2(width, row_h), hovered);
        ImVec2 b(a.x + width, a.y + row_h);
        dl->AddRectFilled(a, b, ToImColor(hovered ? colour::Divider : (index++ % 2 ? colour::Page : colour::Card)));
        dl->AddLine(ImVec2(a.x, b.y - 0.5f), ImVec2(b.x, b.y - 0.5f), ToImColor(colour::Divider));
        for (int c = 0; c < Column_COUNT; ++c) {
            ImVec2 p(a.x + col_x[c] + pad_x, a.y + pad_y);
            if (c == Column_Group) {
                DrawMarker(dl, p.x + 6.0f, p.y + font * 0.6f, 6.0f, MarkerForGroup(ctx.Data, t->Group));
                p.x += marker_w;
            }
            uint32_t col = c == Column_Name ? (hovered ? colour::LinkHover : colour::Link)
                       : (c == Column_Record && t->RecordSystem.empty() ? colour::TextMuted : colour::Text);
            dl->AddText(c == Column_Name ? Fonts.Bold : Fonts.Body, font, p, ToImColor(col), cells[c].c_str(), nullptr, text_w(c));
        }
        if (clicked) ctx.Go(core::DetailRoute(core::Screen::TrustDetail, t->OdsCode));
    }
    ImGui::PopStyleVar();
    ImGui::Dummy(ImVec2(width, 1.0f));
}

// Narrow screens: a sort control, then one card a trust, each card one link.
void DrawCards(const ScreenContext& ctx, std::vector<const core::Trust*>& trusts)
{
    BoldLine("Sort by");
    std::vector<Chip> chips;
    for (int c = 0; c < Column_COUNT; ++c) {
        Chip chip;
        bool sorted = g_state.SortColumn == c;
        chip.Label = sorted ? SortDescription(c, g_state.SortDescending) : kColumnNames[c];
        chip.AccessibleName = "Sort by " + SortDescription(c, sorted && g_state.SortDescending);
        chip.Selected = sorted;
        chips.push_back(chip);
    }
    int hit = DrawChips("sort", chips);
    if (hit >= 0) {
        g_state.SortDescending = g_state.SortColumn == hit ? !g_state.SortDescending : false;
        g_state.SortColumn = hit;
    }
    Spacing(8);
    SortTrusts(ctx.Data, trusts);

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

//-----------------------------------------------------------------------------
// [SECTION] Map view
//-----------------------------------------------------------------------------

void DrawMapKey(const core::Dataset& d, const std::vector<const core::Trust*>& trusts)
{
    Heading("Key", 2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const core::TrustGroup& g : d.Groups) {
        long n = std::count_if(trusts.begin(), trusts.end(), [&](const core::Trust* t) { return t->Group == g.Id; });
        ImVec2 p = ImGui::GetCursorScreenPos();
        DrawMarker(dl, p.x + 8.0f, p.y + ImGui::GetFontSize() * 0.6f, 7.0f, MarkerForGroup(d, g.Id));
        ImGui::Indent(28.0f);
        Paragraph(g.Label + " (" + std::to_string(n) + ")");
        ImGui::Unindent(28.0f);
    }
    Spacing(6);
    MutedText("Trusts in the same town are drawn side by side, joined to the town by a thin line. "
              "Some positions are approximate: the trust\u2019s main town rather than its hospital.");
    MutedText("Point at a dot, or tap it, to see the trust\u2019s name; click it, or tap it again, to open its page.");
}

// Wide: the map on the left, its key and the filters beside it, so the map is in view at once.
// Narrow: the filters above (drawn by the caller), then the map, then its key.
void DrawMapView(const ScreenContext& ctx, std::vector<const core::Trust*>& trusts, bool filters_beside)
{
    const float width = ContentWidth();
    const float view_h = ViewHeight();
    if (!filters_beside) {
        DrawTrustMap(ctx, trusts, width, std::max(400.0f, view_h - 80.0f));
        Spacing(8);
        DrawMapKey(ctx.Data, trusts);
        return;
    }
    const float map_h = std::max(460.0f, std::min(680.0f, view_h - 180.0f));
    const float map_w = TrustMapWidth(std::min(width * 0.5f, 420.0f), map_h);
    ImGui::BeginGroup();
    DrawTrustMap(ctx, trusts, map_w, map_h);
    ImGui::EndGroup();
    ImGui::SameLine(0.0f, 24.0f);
    ImGui::BeginGroup();
    DrawMapKey(ctx.Data, trusts);
    Spacing(12);
    Filters(ctx, trusts);
    ImGui::EndGroup();
}

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
    const float gap = 12.0f, label_w = width * 0.36f - gap, value_w = width * 0.64f;
    const float line_gap = ImGui::GetStyle().ItemSpacing.y * 0.5f;
    auto rule = [&](float y) {
        float x = ImGui::GetCursorScreenPos().x;
        dl->AddLine(ImVec2(x, y), ImVec2(x + width, y), ToImColor(colour::Divider));
    };
    const bool beside = width >= 480.0f;
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
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 6.0f);
            Paragraph(f.second, width);
            Spacing(4);
        }
    }
    ImGui::Dummy(ImVec2(width, 0.0f));      // the list takes its whole width, so what sits beside it does not overlap
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The screens
//-----------------------------------------------------------------------------

void DrawTrustsScreen(const ScreenContext& ctx)
{
    const core::Dataset& d = ctx.Data;
    Heading("The exemplar trusts", 1);
    Paragraph("These " + std::to_string(d.Trusts.size()) + " NHS trusts were chosen as Global Digital Exemplars, in " +
              std::to_string(d.Groups.size()) + " groups. Select a trust to read more about it.");
    const bool map = ctx.Route.Tab == "map";
    SubNavigation(ctx, { { "Table", "" }, { "Map", "map" } });

    std::vector<const core::Trust*> trusts = Filtered(d, ctx.Search);
    const bool beside = map && ContentWidth() >= 640.0f;
    if (!beside) Filters(ctx, trusts);
    if (map) DrawMapView(ctx, trusts, beside);
    else if (trusts.empty()) Paragraph("No trust matches these filters.");
    else if (ImGui::GetMainViewport()->Size.x < kNarrow) DrawCards(ctx, trusts);
    else DrawTable(ctx, trusts);
}

void DrawTrustDetailScreen(const ScreenContext& ctx)
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
        DrawMarker(ImGui::GetWindowDrawList(), p.x + 8.0f, p.y + ImGui::GetFontSize() * 0.6f, 7.0f, MarkerForGroup(ctx.Data, t->Group));
        ImGui::Indent(28.0f);
        Paragraph(g->Label);
        ImGui::Unindent(28.0f);
    }
    Spacing(8);

    const float width = ContentWidth();
    if (width >= 640.0f) {   // the facts, and the small map beside them
        const float map_w = 220.0f, gap = 24.0f;
        ImGui::BeginGroup();
        DrawFacts(ctx, *t, width - map_w - gap);
        ImGui::EndGroup();
        ImGui::SameLine(0.0f, gap);
        ImGui::BeginGroup();
        DrawTrustLocator(ctx.Data, *t, map_w);
        ImGui::EndGroup();
    } else {
        DrawFacts(ctx, *t, width);
        DrawTrustLocator(ctx.Data, *t, std::min(width, 260.0f));
        Spacing(8);
    }

    Heading("What happened later", 2);
    Paragraph(NotKnown(t->Later));
    Spacing(8);
    Heading("Sources", 2);
    ctx.OpenSources(t->Sources);
}

} // namespace ui
