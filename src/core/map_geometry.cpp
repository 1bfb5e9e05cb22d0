// map_geometry.cpp — the UK outline from uk_outline.inc, triangulated once for the land fill; the map's
// frame; dots pushed apart (layer: core; no drawing here).
#include "core/map_geometry.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {

#include "core/uk_outline.inc"

constexpr float kPi = 3.14159265f;

float Cross(const MapPoint& o, const MapPoint& a, const MapPoint& b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// Ear clipping: ImGui 1.90 fills only convex polygons, and the coast is anything but.
void Triangulate(const std::vector<MapPoint>& pts, int first, int count, std::vector<int>& out)
{
    std::vector<int> ring(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) ring[static_cast<size_t>(i)] = first + i;
    double area = 0.0;
    for (size_t i = 0; i < ring.size(); ++i) {
        const MapPoint& a = pts[static_cast<size_t>(ring[i])];
        const MapPoint& b = pts[static_cast<size_t>(ring[(i + 1) % ring.size()])];
        area += static_cast<double>(a.x) * b.y - static_cast<double>(b.x) * a.y;
    }
    if (area < 0.0) std::reverse(ring.begin(), ring.end()); // counter-clockwise from here on
    auto at = [&](size_t k) -> const MapPoint& { return pts[static_cast<size_t>(ring[k])]; };
    while (ring.size() > 3) {
        const size_t n = ring.size();
        size_t ear = n;
        for (size_t i = 0; i < n && ear == n; ++i) {
            size_t prev = (i + n - 1) % n, next = (i + 1) % n;
            const MapPoint &a = at(prev), &b = at(i), &c = at(next);
            if (Cross(a, b, c) <= 0.0f) continue; // a reflex or flat corner is no ear
            bool empty = true;
            for (size_t k = 0; k < n && empty; ++k) {
                if (k == prev || k == i || k == next) continue;
                const MapPoint& p = at(k);
                if (Cross(a, b, p) >= 0.0f && Cross(b, c, p) >= 0.0f && Cross(c, a, p) >= 0.0f) empty = false;
            }
            if (empty) ear = i;
        }
        if (ear == n) ear = 0; // a ring that touches itself: clip anyway rather than loop forever
        out.push_back(ring[(ear + n - 1) % n]);
        out.push_back(ring[ear]);
        out.push_back(ring[(ear + 1) % n]);
        ring.erase(ring.begin() + static_cast<long>(ear));
    }
    out.insert(out.end(), ring.begin(), ring.end());
}

Outline BuildOutline()
{
    Outline o;
    o.MinX = o.MinY = 1e9f;
    o.MaxX = o.MaxY = -1e9f;
    for (const UkOutlineRing& r : kUkOutline) {
        o.RingStart.push_back(static_cast<int>(o.Points.size()));
        int lon = 0, lat = 0; // thousandths of a degree, from the ring's steps
        for (int i = 0; i < r.Points; ++i) {
            lon += r.Steps[2 * i];
            lat += r.Steps[2 * i + 1];
            MapPoint p(static_cast<float>(lon / 1000.0 * kCosLat), static_cast<float>(kUkLatOrigin + lat / 1000.0));
            o.Points.push_back(p);
            o.MinX = std::min(o.MinX, p.x);
            o.MaxX = std::max(o.MaxX, p.x);
            o.MinY = std::min(o.MinY, p.y);
            o.MaxY = std::max(o.MaxY, p.y);
        }
    }
    o.RingStart.push_back(static_cast<int>(o.Points.size()));
    for (size_t r = 0; r + 1 < o.RingStart.size(); ++r)
        Triangulate(o.Points, o.RingStart[r], o.RingStart[r + 1] - o.RingStart[r], o.Triangles);
    return o;
}

} // namespace

const Outline& TheOutline()
{
    static const Outline outline = BuildOutline(); // a constant, computed once: not state
    return outline;
}

MapView WholeOutline(const Outline& o)
{
    MapView v;
    v.MinX = o.MinX;
    v.MaxX = o.MaxX;
    v.MinY = o.MinY;
    v.MaxY = o.MaxY;
    return v;
}

// The places' extent and the margin round it; with no place, the whole outline.
MapView AroundPlaces(const std::vector<MapPoint>& lon_lat, float margin)
{
    if (lon_lat.empty()) return WholeOutline(TheOutline());
    MapView v;
    v.MinX = v.MinY = 1e9f;
    v.MaxX = v.MaxY = -1e9f;
    for (const MapPoint& p : lon_lat) {
        const float x = static_cast<float>(p.x * kCosLat);
        v.MinX = std::min(v.MinX, x - margin);
        v.MaxX = std::max(v.MaxX, x + margin);
        v.MinY = std::min(v.MinY, p.y - margin);
        v.MaxY = std::max(v.MaxY, p.y + margin);
    }
    return v;
}

MapFrame FrameAt(const MapView& view, MapPoint min, float width, float max_height)
{
    MapFrame f;
    f.Min = min;
    f.View = view;
    float span_x = view.MaxX - view.MinX, span_y = view.MaxY - view.MinY;
    f.Scale = std::max(1.0f, std::min((width - 2 * kMapPad) / span_x, (max_height - 2 * kMapPad) / span_y));
    f.Size = MapPoint(std::floor(span_x * f.Scale + 2 * kMapPad), std::floor(span_y * f.Scale + 2 * kMapPad));
    return f;
}

// Dots closer than min_gap are pushed apart until none overlap, so several trusts in one town stay
// distinguishable; those at exactly the same spot start on a small ring around it.
std::vector<MapPoint> SpreadDots(const std::vector<MapPoint>& at, float min_gap)
{
    std::vector<MapPoint> pos = at;
    std::vector<bool> placed(at.size(), false);
    for (size_t i = 0; i < at.size(); ++i) {
        if (placed[i]) continue;
        std::vector<size_t> same;
        for (size_t j = i; j < at.size(); ++j)
            if (!placed[j] && std::fabs(at[j].x - at[i].x) < 0.5f && std::fabs(at[j].y - at[i].y) < 0.5f) same.push_back(j);
        if (same.size() < 2) continue;
        float radius = 0.5f * min_gap / std::sin(kPi / static_cast<float>(same.size()));
        for (size_t k = 0; k < same.size(); ++k) {
            float angle = -0.5f * kPi + 2.0f * kPi * static_cast<float>(k) / static_cast<float>(same.size());
            pos[same[k]] = MapPoint(at[i].x + radius * std::cos(angle), at[i].y + radius * std::sin(angle));
            placed[same[k]] = true;
        }
    }
    // Apart means apart along x or y (Chebyshev distance), so the square targets of the dots never overlap;
    // each pair is pushed along the axis where it is already further apart, which moves it least.
    for (int pass = 0; pass < 200; ++pass) {
        bool moved = false;
        for (size_t i = 0; i < pos.size(); ++i)
            for (size_t j = i + 1; j < pos.size(); ++j) {
                float dx = pos[j].x - pos[i].x, dy = pos[j].y - pos[i].y;
                float ax = std::fabs(dx), ay = std::fabs(dy);
                if (std::max(ax, ay) >= min_gap - 0.01f) continue;
                if (ax >= ay) {
                    float push = 0.5f * (min_gap - ax) * (dx < 0.0f ? -1.0f : 1.0f);
                    pos[i].x -= push;
                    pos[j].x += push;
                } else {
                    float push = 0.5f * (min_gap - ay) * (dy < 0.0f ? -1.0f : 1.0f);
                    pos[i].y -= push;
                    pos[j].y += push;
                }
                moved = true;
            }
        if (!moved) break;
    }
    return pos;
}

bool InsideUkOutline(double lon, double lat)
{
    const Outline& o = TheOutline();
    const float x = static_cast<float>(lon * kCosLat), y = static_cast<float>(lat);
    bool inside = false;
    for (size_t r = 0; r + 1 < o.RingStart.size(); ++r) {
        const int first = o.RingStart[r], end = o.RingStart[r + 1];
        for (int i = first, j = end - 1; i < end; j = i++) {
            const MapPoint &a = o.Points[static_cast<size_t>(i)], &b = o.Points[static_cast<size_t>(j)];
            if ((a.y > y) != (b.y > y) && x < (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x) inside = !inside;
        }
    }
    return inside;
}

} // namespace core
