// trusts_screen.cpp — the exemplars and fast followers as a sortable, filterable table (cards on narrow screens) or a
// map (layer: ui). "#/trusts", "#/trusts?view=map". The table and cards are in trust_table.cpp, one trust's
// page in trust_detail_screen.cpp.
//
// Index
// - [SECTION] Filters: search box and chips
// - [SECTION] Map view and its key
// - [SECTION] The screen
#include "ui/trust_views.h"

#include "core/money_table.h"

#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/layout_metrics.h"
#include "ui/map_view.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>

namespace ui {

const char* ColumnName(core::TrustSort column)
{
    static const char* const names[core::TrustSortCount] = { "Trust", "Town", "Region", "Group", "Record system" };
    return names[static_cast<int>(column)];
}

std::string SortDescription(core::TrustSort column, bool descending)
{
    std::string name = ColumnName(column);
    if (column == core::TrustSort::Group) return name + (descending ? ", latest first" : ", earliest first");
    return name + (descending ? ", Z to A" : ", A to Z");
}

namespace {

constexpr float kPhoneTarget = Rem(2.75f); // 44: the "Filter" button's height on a phone, a finger's target

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

//-----------------------------------------------------------------------------
// [SECTION] Filters
//-----------------------------------------------------------------------------

bool FilterChipsShown(TrustsState& s);
bool DrawCount(const core::Dataset& d, TrustsState& s, size_t shown);

// The search box, the group and region chips and the count. Returns true when a filter changed.
bool DrawFilters(const core::Dataset& d, TrustsState& s, size_t shown)
{
    bool changed = false;
    BoldLine("Search the trusts");
    changed |= SearchBox("Search the trusts by name, town, hospital or record system", s.Filter.Text);
    MutedText("For example a town, \u201cmental health\u201d or \u201cCerner\u201d.");
    Spacing(Rem(0.25f));
    if (!FilterChipsShown(s)) return changed | DrawCount(d, s, shown);

    BoldLine("Part in the programme");
    {
        static const char* const keys[] = { "", "exemplars", "fast-followers" };
        static const char* const labels[] = { "Exemplars and fast followers", "Exemplars", "Fast followers" };
        std::vector<Chip> tiers;
        for (int i = 0; i < 3; ++i) {
            Chip c;
            c.Label = labels[i];
            c.AccessibleName = std::string("Show ") + labels[i];
            c.Selected = s.Filter.Tier == keys[i];
            tiers.push_back(c);
        }
        const int hit = DrawChips("tiers", tiers);
        if (hit >= 0 && s.Filter.Tier != keys[hit]) {
            s.Filter.Tier = keys[hit];
            changed = true;
        }
    }
    Spacing(Rem(0.25f));

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
        c.Selected = Contains(s.Filter.Groups, g.Id);
        c.Marker = &markers[i];
        chips.push_back(c);
    }
    int hit = DrawChips("groups", chips);
    if (hit >= 0) {
        Toggle(s.Filter.Groups, d.Groups[static_cast<size_t>(hit)].Id);
        changed = true;
    }
    Spacing(Rem(0.25f));

    BoldLine("Region");
    std::vector<std::string> regions = core::TrustRegions(d);
    chips.clear();
    for (const std::string& r : regions) {
        Chip c;
        c.Label = r;
        c.AccessibleName = "Show trusts in " + r;
        c.Selected = Contains(s.Filter.Regions, r);
        chips.push_back(c);
    }
    hit = DrawChips("regions", chips);
    if (hit >= 0) {
        Toggle(s.Filter.Regions, regions[static_cast<size_t>(hit)]);
        changed = true;
    }
    Spacing(Rem(0.5f));
    return changed | DrawCount(d, s, shown);
}

// On a phone the part, group, region and sort chips (18 of them) would push the list a screen down: they fold
// behind one "Filter" button that says how many filters are on, so the trusts start on the first screen, even on
// a 360 x 640 phone (the sort chips are drawn by DrawTrustCards). Wider screens show them.
bool FilterChipsShown(TrustsState& s)
{
    if (ImGui::GetMainViewport()->Size.x >= kNarrow) return true;
    const size_t on = s.Filter.Groups.size() + s.Filter.Regions.size() + (s.Filter.Tier.empty() ? 0 : 1);
    const std::string label = on == 0 ? std::string("Filter") : "Filter (" + std::to_string(on) + " on)";
    bool& open = s.FiltersOpen;
    // A light button with a link-coloured label (the theme's buttons are Brand, on which Link would not show).
    ImGui::PushStyleColor(ImGuiCol_Text, ToImColor(colour::Link));
    ImGui::PushStyleColor(ImGuiCol_Button, ToImColor(colour::Card));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ToImColor(colour::Shade));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ToImColor(colour::Shade));
    const ImVec2 size(ImGui::CalcTextSize(label.c_str()).x + 2 * kCardPad, kPhoneTarget);
    bool pressed = ImGui::Button((label + "###filters").c_str(), ImVec2(size.x + ImGui::GetFontSize(), size.y));
    ImGui::PopStyleColor(4);
    pressed = a11y::AddLastItem(a11y::Role::Button, label, "", 1, open) || pressed; // level 1: it opens what follows
    if (pressed) open = !open;
    Spacing(Rem(0.25f));
    return open;
}

// "Showing 4 of 26 trusts." and, with a filter on, "Clear the filters". Returns true when they were cleared.
bool DrawCount(const core::Dataset& d, TrustsState& s, size_t shown)
{
    bool changed = false;
    bool any = s.Filter.Any();
    std::string count = shown == d.Trusts.size() ? "Showing all " + std::to_string(shown) + " trusts."
                                                 : "Showing " + std::to_string(shown) + " of " + std::to_string(d.Trusts.size()) + " trusts.";
    BoldLine(count);
    a11y::Announce(count); // the live region stands in for this line (see web/layer.js)
    if (any) {
        const char* clear = "Clear the filters";
        if (ImGui::GetItemRectSize().x + kInlineGap + ImGui::CalcTextSize(clear).x <= ContentWidth())
            ImGui::SameLine(0.0f, kInlineGap);
        if (TextButton(clear)) {
            s.Filter = core::TrustFilter();
            changed = true;
        }
    }
    Spacing(Rem(0.375f));
    return changed;
}

// The filters, and the trusts they leave when they change (announced to screen readers).
void TrustFilters(const ScreenContext& ctx, TrustsState& s, std::vector<const core::Trust*>& trusts)
{
    if (!DrawFilters(ctx.Data, s, trusts.size())) return;
    trusts = core::FilterTrusts(ctx.Data, ctx.Search, s.Filter);
}

// The filters and the sort live in the address ("#/trusts?region=London&sort=-town"), as the apps' do, so a
// reload, Back or a copied link keeps them. Sort keys, in core::TrustSort order.
const char* const kSortKeys[core::TrustSortCount] = { "name", "town", "region", "group", "record" };

void ReadRoute(const core::Route& r, TrustsState& s)
{
    s.Filter.Text = r.Query;
    s.Filter.Groups = core::SplitList(r.Groups);
    s.Filter.Regions = core::SplitList(r.Regions);
    s.Filter.Tier = r.Tier == "exemplars" || r.Tier == "fast-followers" ? r.Tier : "";
    s.SortDescending = !r.Sort.empty() && r.Sort[0] == '-';
    std::string key = r.Sort.substr(s.SortDescending ? 1 : 0);
    s.SortBy = core::TrustSort::Name;
    for (int c = 0; c < core::TrustSortCount; ++c)
        if (key == kSortKeys[c]) s.SortBy = static_cast<core::TrustSort>(c);
}

core::Route WithState(core::Route r, const TrustsState& s)
{
    r.Query = s.Filter.Text;
    r.Groups = core::JoinList(s.Filter.Groups);
    r.Regions = core::JoinList(s.Filter.Regions);
    r.Tier = s.Filter.Tier;
    r.Sort.clear();
    if (s.SortBy != core::TrustSort::Name || s.SortDescending)
        r.Sort = std::string(s.SortDescending ? "-" : "") + kSortKeys[static_cast<int>(s.SortBy)];
    return r;
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
        DrawMarker(dl, p.x + kKeyMarkerCentre, p.y + ImGui::GetFontSize() * 0.6f, kKeyMarkerRadius, MarkerForGroup(d, g.Id));
        ImGui::Indent(kMarkerIndent);
        Paragraph(g.Label + " (" + std::to_string(n) + ")");
        ImGui::Unindent(kMarkerIndent);
    }
    Spacing(Rem(0.375f));
    MutedText("A line joins each fast follower (a ring) to its exemplar; pointing at or focusing a trust darkens its pairings.");
    MutedText("Trusts in the same town are drawn side by side, joined to the town by a thin line. "
              "Some positions are approximate: the trust\u2019s main town rather than its hospital.");
    MutedText("Point at a dot, or tap it, to see the trust\u2019s name; click it, or tap it again, to open its page.");
}

// Wide: the map on the left, its key and the filters beside it, so the map is in view at once.
// Narrow: the filters above (drawn by the caller), then the map, then its key.
void DrawMapView(const ScreenContext& ctx, TrustsState& s, TrustMap& map, std::vector<const core::Trust*>& trusts, bool filters_beside)
{
    const float width = ContentWidth();
    const float view_h = ctx.ViewHeight;
    if (!filters_beside) {
        map.Draw(ctx, trusts, width, std::max(kMapMinHeight, view_h - kMapRoomAbove));
        Spacing(Rem(0.5f));
        DrawMapKey(ctx.Data, trusts);
        return;
    }
    const float map_h = std::max(kMapBesideMinHeight, std::min(kMapBesideMaxHeight, view_h - kMapBesideRoomAbove));
    const float map_w = TrustMapWidth(ctx.Data, std::min(width * 0.5f, kMapBesideMaxWidth), map_h);
    ImGui::BeginGroup();
    map.Draw(ctx, trusts, map_w, map_h);
    ImGui::EndGroup();
    ImGui::SameLine(0.0f, kGap);
    ImGui::BeginGroup();
    DrawMapKey(ctx.Data, trusts);
    Spacing(Rem(0.75f));
    TrustFilters(ctx, s, trusts);
    ImGui::EndGroup();
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The screen
//-----------------------------------------------------------------------------

// Who the list leaves out, from "Where the money went": a kind of trust with fewer listed than sources count;
// one with none listed says why, with its sources; then the way to the whole table.
static void DrawNotListed(const ScreenContext& ctx)
{
    const core::Dataset& d = ctx.Data;
    bool any = false;
    for (const core::MoneyRow& r : d.MoneyRows) {
        const int listed = core::ListedTrusts(d, r);
        if (listed >= r.Trusts && !r.TrustsApproximate) continue;
        any = true;
        ImGui::PushID(r.Id.c_str());
        if (listed > 0) {
            MutedText(r.Label + ": " + std::to_string(r.Trusts) + " in all, " + std::to_string(listed) + " listed here.");
        } else {
            MutedText(r.Label + " are not listed here. " + r.CountNote);
            ctx.OpenSources(r.Sources);
        }
        ImGui::PopID();
    }
    if (!any) return;
    core::Route money;
    money.Tab = "money";
    ctx.Link("Why some trusts are not listed", money);
    Spacing(Rem(0.375f));
}

void TrustsScreen::Draw(const ScreenContext& ctx)
{
    const core::Dataset& d = ctx.Data;
    if (ctx.Route != Seen) { // a link, a reload, Back: the address says what to show
        Seen = ctx.Route;
        if (ctx.Route != Written) ReadRoute(ctx.Route, State);
    }
    Heading("Exemplars and fast followers", 1);
    const long followers = std::count_if(d.Trusts.begin(), d.Trusts.end(), [&](const core::Trust& t) { return core::TierOf(d, t) == core::TrustTier::FastFollower; });
    Paragraph("These " + std::to_string(d.Trusts.size() - static_cast<size_t>(followers)) + " NHS trusts were chosen as Global Digital Exemplars, and " +
              std::to_string(followers) + " more as fast followers, each paired with an exemplar to learn from it. Select a trust to read more about it.");
    const bool map = ctx.Route.Tab == "map";
    SubNavigation(ctx, { { "Table", "" }, { "Map", "map" } });

    std::vector<const core::Trust*> trusts = core::FilterTrusts(d, ctx.Search, State.Filter);
    const bool beside = map && ContentWidth() >= kSideBySide;
    if (!beside) TrustFilters(ctx, State, trusts);
    DrawTrustAnswer(ctx, State.Filter.Text);
    if (map) DrawMapView(ctx, State, Map, trusts, beside);
    else if (trusts.empty()) Paragraph("No trust matches these filters.");
    else if (ImGui::GetMainViewport()->Size.x < kNarrow) DrawTrustCards(ctx, State, trusts);
    else DrawTrustTable(ctx, State, trusts);
    Spacing(Rem(0.5f));
    DrawNotListed(ctx); // after the list, so the list and the map stay where they were
    core::Route now = WithState(ctx.Route, State);
    if (now != ctx.Route && now != Written) { // replacing the entry: one per screen, not one per filter
        Written = now;
        ctx.Go(now, true);
    }
}

} // namespace ui
