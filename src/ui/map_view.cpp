// map_view.cpp — the UK outline, the trusts' dots, and what hovering, tapping and clicking them do (layer: ui).
// The outline's shape, the projection and the spreading of dots are core's (core/map_geometry.h).
//
// Index
// - [SECTION] Land and the tooltip
// - [SECTION] Markers
// - [SECTION] The trusts map and the one-trust locator
#include "ui/map_view.h"

#include "core/map_geometry.h"

#include "core/stable_sort.h"

#include "ui/a11y.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/layout_metrics.h"
#include "ui/theme.h"

#include "imgui.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

namespace ui {

namespace {

using core::MapFrame;
using core::Outline;

ImVec2 Im(core::MapPoint p) { return ImVec2(p.x, p.y); }

//-----------------------------------------------------------------------------
// [SECTION] Land and the tooltip
//-----------------------------------------------------------------------------

void DrawLand(ImDrawList* dl, const Outline& o, const MapFrame& f)
{
    dl->AddRectFilled(Im(f.Min), ImVec2(f.Min.x + f.Size.x, f.Min.y + f.Size.y), ToImColor(colour::Card), kCardRounding);
    std::vector<ImVec2> screen(o.Points.size());
    for (size_t i = 0; i < o.Points.size(); ++i) screen[i] = Im(f.Project(o.Points[i]));
    dl->PushClipRect(Im(f.Min), ImVec2(f.Min.x + f.Size.x, f.Min.y + f.Size.y), true); // a map of part of the land

    // One mesh without anti-aliasing, so the triangles meet without seams; the coastline is stroked on top.
    const ImU32 land = ToImColor(colour::Land);
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    dl->PrimReserve(static_cast<int>(o.Triangles.size()), static_cast<int>(screen.size()));
    const unsigned int base = dl->_VtxCurrentIdx;
    for (const ImVec2& p : screen) dl->PrimWriteVtx(p, uv, land);
    for (int index : o.Triangles) dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + static_cast<unsigned int>(index)));

    const ImU32 coast = ToImColor(colour::Coast);
    for (size_t r = 0; r + 1 < o.RingStart.size(); ++r)
        dl->AddPolyline(&screen[static_cast<size_t>(o.RingStart[r])], o.RingStart[r + 1] - o.RingStart[r], coast,
                        ImDrawFlags_Closed, kHairline);
    dl->PopClipRect();
    dl->AddRect(Im(f.Min), ImVec2(f.Min.x + f.Size.x, f.Min.y + f.Size.y), ToImColor(colour::Divider), kCardRounding, 0, kHairline);
}

// The part of the land the trusts map shows: every trust of the data with a margin, England's trusts
// filling the map, the same however the list is filtered.
core::MapView TrustsView(const core::Dataset& data)
{
    std::vector<core::MapPoint> places;
    for (const core::Trust& t : data.Trusts) places.push_back(core::MapPoint(static_cast<float>(t.Lon), static_cast<float>(t.Lat)));
    return core::AroundPlaces(places, core::kPlacesMargin);
}

// Names the trusts under the pointer, beside the nearest dot and within the map's width (the page's
// search box is a real element above the canvas, so a tooltip must not reach it), above the dot where
// there is room: a finger on a touch screen hides what is below it.
void DrawTooltip(const core::Dataset& data, const std::vector<const core::Trust*>& trusts,
                 const std::vector<size_t>& under, ImVec2 dot, const MapFrame& frame, bool touch)
{
    const ImVec2 view = ImGui::GetMainViewport()->Size;
    const ImVec2 padding(kTipPadX, kTipPadY);
    const float indent = kTipIndent;
    const float wrap = std::max(kTipMinWrap, std::min(kTipMaxWrap, frame.Size.x - 2 * padding.x - indent - kTipSlack));
    const char* what = under.size() > 1 ? "the first" : "its page";
    char hint[64];
    std::snprintf(hint, sizeof hint, touch ? "Tap again to open %s." : "Click to open %s.", what);
    float inner = Fonts().Small->CalcTextSizeA(SmallSize(), FLT_MAX, wrap + indent, hint).x;
    for (size_t i : under) {
        const core::Trust& t = *trusts[i];
        inner = std::max(inner, indent + Fonts().Bold->CalcTextSizeA(BodySize(), FLT_MAX, wrap, t.OfficialName.c_str()).x);
        std::string line = t.MainTown + " \u00b7 " + core::GroupLabel(data, t.Group);
        inner = std::max(inner, indent + Fonts().Small->CalcTextSizeA(SmallSize(), FLT_MAX, wrap, line.c_str()).x);
    }
    const float tip_w = inner + 2 * padding.x + 2 * kHairline;
    const float x = std::max(frame.Min.x, std::min(dot.x - kTipOffsetX, frame.Min.x + frame.Size.x - tip_w));
    const bool above = dot.y > view.y * 0.4f;
    ImGui::SetNextWindowPos(ImVec2(x, above ? dot.y - kTipOffsetY : dot.y + kTipOffsetY), ImGuiCond_Always, ImVec2(0.0f, above ? 1.0f : 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, padding);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, kHairline);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, kCardRounding);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(kTipSpacingX, kTipSpacingY));
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(padding.x + indent + wrap);
    if (under.size() > 1) {
        ImGui::PushStyleColor(ImGuiCol_Text, ToImColor(colour::TextMuted));
        ImGui::PushFont(Fonts().Small);
        ImGui::Text("%d trusts here:", static_cast<int>(under.size()));
        ImGui::PopFont();
        ImGui::PopStyleColor();
    }
    for (size_t i : under) {
        const core::Trust& t = *trusts[i];
        ImVec2 p = ImGui::GetCursorScreenPos();
        DrawMarker(ImGui::GetWindowDrawList(), p.x + kTipMarkerCentre, p.y + BodySize() * 0.6f, kTipMarkerRadius, MarkerForGroup(data, t.Group));
        ImGui::Indent(indent);
        ImGui::PushFont(Fonts().Bold);
        ImGui::TextUnformatted(t.OfficialName.c_str());
        ImGui::PopFont();
        ImGui::PushFont(Fonts().Small);
        ImGui::TextUnformatted((t.MainTown + " \u00b7 " + core::GroupLabel(data, t.Group)).c_str());
        ImGui::PopFont();
        ImGui::Unindent(indent);
        ImGui::Dummy(ImVec2(0.0f, kTipEntryGap));
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ToImColor(colour::TextMuted));
    ImGui::PushFont(Fonts().Small);
    ImGui::TextUnformatted(hint);
    ImGui::PopFont();
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    ImGui::PopStyleVar(4);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Markers
//-----------------------------------------------------------------------------

GroupMarker MarkerForGroup(const core::Dataset& data, const std::string& group_id)
{
    // By the group's place in the data, not its id: renaming a group or adding one needs no code. The
    // theme's four group colours go with four shapes, so colour is never the only cue. The table points at
    // the palette in use, which can change while the app runs (dark mode, forced colours).
    static const struct {
        const uint32_t* Colour;
        MarkerShape_ Shape;
    } kMarkers[] = {
        { &colour::GroupAcute2016, MarkerShape_Circle },
        { &colour::GroupAcute2017, MarkerShape_Square },
        { &colour::GroupMental, MarkerShape_Diamond },
        { &colour::GroupAmbulance, MarkerShape_Triangle },
    };
    constexpr size_t count = sizeof kMarkers / sizeof kMarkers[0];
    size_t index = 0, exemplars = 0;
    for (size_t i = 0; i < data.Groups.size(); ++i) {
        const bool follower = data.Groups[i].Tier == core::TrustTier::FastFollower;
        if (data.Groups[i].Id == group_id) {
            if (follower) return GroupMarker{ colour::Text, MarkerShape_Ring }; // the fast followers' own mark
            index = exemplars;
        }
        if (!follower) ++exemplars;
    }
    return GroupMarker{ *kMarkers[index % count].Colour, kMarkers[index % count].Shape };
}

void DrawMarker(ImDrawList* dl, float x, float y, float radius, const GroupMarker& marker)
{
    auto shape = [&](float r, ImU32 col) {
        switch (marker.Shape) {
        case MarkerShape_Circle: dl->AddCircleFilled(ImVec2(x, y), r, col, 0); break;
        case MarkerShape_Square: dl->AddRectFilled(ImVec2(x - r * 0.88f, y - r * 0.88f), ImVec2(x + r * 0.88f, y + r * 0.88f), col); break;
        case MarkerShape_Diamond:
            dl->AddQuadFilled(ImVec2(x, y - r * 1.25f), ImVec2(x + r * 1.25f, y), ImVec2(x, y + r * 1.25f), ImVec2(x - r * 1.25f, y), col);
            break;
        case MarkerShape_Triangle:
            dl->AddTriangleFilled(ImVec2(x, y - r * 1.3f), ImVec2(x + r * 1.2f, y + r * 0.85f), ImVec2(x - r * 1.2f, y + r * 0.85f), col);
            break;
        case MarkerShape_Ring: dl->AddCircleFilled(ImVec2(x, y), r, col, 0); break;
        }
    };
    if (marker.Shape == MarkerShape_Ring) { // a card-coloured middle shows it is a ring, not a dot
        shape(radius + kMarkerEdge, ToImColor(colour::Card));
        shape(radius, ToImColor(marker.Colour));
        dl->AddCircleFilled(ImVec2(x, y), radius * 0.45f, ToImColor(colour::Card), 0);
        return;
    }
    shape(radius + (marker.Shape == MarkerShape_Triangle ? kMarkerEdgeTriangle : kMarkerEdge), ToImColor(colour::Card));
    shape(radius, ToImColor(marker.Colour));
}

//-----------------------------------------------------------------------------
// [SECTION] The trusts map and the one-trust locator
//-----------------------------------------------------------------------------

std::string DescribeTrustMap(const core::Dataset& data, const std::vector<const core::Trust*>& trusts)
{
    if (trusts.empty()) return "Map of the UK: no trusts match the filters.";
    std::string text = "Map of the UK showing " + std::to_string(trusts.size()) +
                       (trusts.size() == 1 ? " trust of the programme." : " trusts of the programme.");
    std::string groups;
    for (const core::TrustGroup& g : data.Groups) {
        long n = std::count_if(trusts.begin(), trusts.end(), [&](const core::Trust* t) { return t->Group == g.Id; });
        if (n == 0) continue;
        groups += (groups.empty() ? " " : "; ") + g.Label + ": " + std::to_string(n);
    }
    std::vector<std::string> regions;
    for (const core::Trust* t : trusts)
        if (std::find(regions.begin(), regions.end(), t->Region) == regions.end()) regions.push_back(t->Region);
    std::string where;
    for (const std::string& r : regions) {
        long n = std::count_if(trusts.begin(), trusts.end(), [&](const core::Trust* t) { return t->Region == r; });
        where += (where.empty() ? " By region: " : "; ") + r + " " + std::to_string(n);
    }
    return text + groups + "." + where + ". Trusts in the same town are drawn side by side. A line joins each fast follower to its exemplar.";
}

void TrustMap::Draw(const ScreenContext& ctx, const std::vector<const core::Trust*>& trusts, float width, float max_height)
{
    const Outline& o = core::TheOutline();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    MapFrame f = core::FrameAt(TrustsView(ctx.Data), core::MapPoint(origin.x, origin.y), width, max_height);
    bool pressed = ImGui::InvisibleButton("##trust-map", Im(f.Size));
    bool hovered = ImGui::IsItemHovered();
    a11y::AddLastItem(a11y::Role::Image, DescribeTrustMap(ctx.Data, trusts));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    DrawLand(dl, o, f);

    const float radius = f.Scale >= Rem(2.8125f) ? kDotRadiusLarge : kDotRadius;
    std::vector<core::MapPoint> spots;
    for (const core::Trust* t : trusts) spots.push_back(f.Project(t->Lon, t->Lat));
    // 24 CSS px apart at least: each dot's link is a 24 × 24 target that no other dot covers (WCAG 2.5.8).
    const std::vector<core::MapPoint> spread = core::SpreadDots(spots, kDotTarget + Rem(0.03125f));
    std::vector<ImVec2> at, pos;
    for (size_t i = 0; i < spots.size(); ++i) {
        at.push_back(Im(spots[i]));
        pos.push_back(Im(spread[i]));
    }

    // The dots under the pointer, nearest first; the nearest is the one a click opens.
    std::vector<size_t> under;
    if (hovered) {
        ImVec2 m = ImGui::GetIO().MousePos;
        for (size_t i = 0; i < pos.size(); ++i) {
            float dx = pos[i].x - m.x, dy = pos[i].y - m.y;
            if (dx * dx + dy * dy <= 0.25f * kDotTarget * kDotTarget * 1.3f) under.push_back(i);
        }
        core::StableSort(under, [&](size_t a, size_t b) {
            auto d = [&](size_t i) { return (pos[i].x - m.x) * (pos[i].x - m.x) + (pos[i].y - m.y) * (pos[i].y - m.y); };
            return d(a) < d(b);
        });
    }

    // A dot moved off its town is joined to it by a thin line from a small mark on the true spot.
    const ImU32 leader = ToImColor(colour::TextMuted);
    for (size_t i = 0; i < pos.size(); ++i) {
        float dx = pos[i].x - at[i].x, dy = pos[i].y - at[i].y;
        if (dx * dx + dy * dy < Rem(0.125f) * Rem(0.125f)) continue;
        dl->AddLine(at[i], pos[i], leader, kHairline);
        dl->AddCircleFilled(at[i], kLeaderMark, leader);
    }
    // A pairing (exemplar and fast follower, both shown, not dropped) as a line between their dots.
    std::vector<std::pair<size_t, size_t>> pairs;
    for (size_t i = 0; i < trusts.size(); ++i) {
        if (core::TierOf(ctx.Data, *trusts[i]) != core::TrustTier::FastFollower || !trusts[i]->Dropped.empty()) continue;
        for (const std::string& ods : trusts[i]->Partners)
            for (size_t j = 0; j < trusts.size(); ++j)
                if (trusts[j]->OdsCode == ods) pairs.emplace_back(i, j);
    }
    for (const auto& p : pairs) dl->AddLine(pos[p.first], pos[p.second], ToImColor(colour::TextMuted), kBorder);
    for (size_t i = 0; i < pos.size(); ++i) DrawMarker(dl, pos[i].x, pos[i].y, radius, MarkerForGroup(ctx.Data, trusts[i]->Group));
    // The dots' links in reading order, north to south (west to east on one line); a focused dot shows
    // its tooltip as a hovered one does, until Escape.
    std::vector<size_t> order(pos.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    core::StableSortIndices(
        order, [](const void* c, size_t a, size_t b) {
            const std::vector<ImVec2>& p = *static_cast<const std::vector<ImVec2>*>(c);
            return p[a].y != p[b].y ? p[a].y < p[b].y : p[a].x < p[b].x;
        },
        &at);
    if (a11y::Escaped()) TipClosed = a11y::Focused();
    const bool pointed = !under.empty();
    for (size_t i : order) {
        const core::Trust& t = *trusts[i];
        a11y::Node n;
        n.NodeRole = a11y::Role::Link;
        n.Name = t.OfficialName + ", " + t.MainTown + " (" + core::GroupLabel(ctx.Data, t.Group) + ")";
        std::string partners;
        for (const auto& p : pairs)
            if (p.first == i || p.second == i) partners += (partners.empty() ? "" : " and ") + trusts[p.first == i ? p.second : p.first]->OfficialName;
        if (!partners.empty()) n.Name += ", paired with " + partners;
        n.Href = core::FormatRoute(core::DetailRoute(core::Screen::TrustDetail, t.OdsCode));
        n.Id = ImGui::GetID(t.OdsCode.c_str());
        const float half = 0.5f * kDotTarget;
        n.X = pos[i].x - half;
        n.Y = pos[i].y - half;
        n.W = n.H = 2.0f * half;
        if (!pointed && n.Id == a11y::Focused() && n.Id != TipClosed) under.push_back(i);
        a11y::Add(std::move(n));
    }
    if (!under.empty()) {
        const ImVec2& p = pos[under.front()];
        // The pointed or focused trust's pairings stand out, with a ring on each partner too.
        for (const auto& pair : pairs) {
            if (pair.first != under.front() && pair.second != under.front()) continue;
            dl->AddLine(pos[pair.first], pos[pair.second], ToImColor(colour::Text), kDotRingStroke);
            const size_t other = pair.first == under.front() ? pair.second : pair.first;
            for (size_t k : { pair.first, pair.second })
                DrawMarker(dl, pos[k].x, pos[k].y, radius, MarkerForGroup(ctx.Data, trusts[k]->Group));
            dl->AddCircle(pos[other], radius + kDotRingGap, ToImColor(colour::Text), 0, kHairline * 2.0f);
        }
        dl->AddCircle(p, radius + kDotRingGap, ToImColor(colour::Text), 0, kDotRingStroke);
        if (pointed) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }

    bool touch = ImGui::GetIO().MouseSource == ImGuiMouseSource_TouchScreen;
    if (pressed) {
        if (!pointed) {
            Tapped.clear();
        } else {
            const core::Trust& t = *trusts[under.front()];
            if (touch && Tapped != t.OdsCode) {
                Tapped = t.OdsCode;
            } else {
                Tapped.clear();
                ctx.Go(core::DetailRoute(core::Screen::TrustDetail, t.OdsCode));
            }
        }
    }
    if (!under.empty()) DrawTooltip(ctx.Data, trusts, under, pos[under.front()], f, touch);
}

float TrustMapWidth(const core::Dataset& data, float width, float max_height)
{
    return core::FrameAt(TrustsView(data), core::MapPoint(), width, max_height).Size.x;
}

void DrawTrustLocator(const core::Dataset& data, const core::Trust& trust, float width)
{
    const Outline& o = core::TheOutline();
    float aspect = (o.MaxY - o.MinY) / (o.MaxX - o.MinX);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    MapFrame f = core::FrameAt(core::WholeOutline(o), core::MapPoint(origin.x, origin.y), width, width * aspect + 2 * core::kMapPad);
    ImGui::Dummy(Im(f.Size));
    std::string name = "Map of the UK marking " + trust.OfficialName + " in " + trust.MainTown + ", " + trust.Region;
    a11y::AddLastItem(a11y::Role::Image, name + (trust.CoordinatesApproximate ? " (approximate position)." : "."));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    DrawLand(dl, o, f);
    ImVec2 p = Im(f.Project(trust.Lon, trust.Lat));
    dl->AddCircle(p, kLocatorRing, ToImColor(colour::Text), 0, kBorder);
    DrawMarker(dl, p.x, p.y, kLocatorDot, MarkerForGroup(data, trust.Group));
}

} // namespace ui
