// map_geometry_test.cpp — the trusts map's outline, frame and dot spreading (src/core/map_geometry.cpp).
#include "core/map_geometry.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

double RingArea(const core::Outline& o, int first, int end)
{
    double area = 0.0;
    for (int i = first, j = end - 1; i < end; j = i++)
        area += static_cast<double>(o.Points[j].x) * o.Points[i].y - static_cast<double>(o.Points[i].x) * o.Points[j].y;
    return std::fabs(area) * 0.5;
}

double TriangleArea(const core::MapPoint& a, const core::MapPoint& b, const core::MapPoint& c)
{
    return std::fabs((b.x - a.x) * static_cast<double>(c.y - a.y) - (c.x - a.x) * static_cast<double>(b.y - a.y)) * 0.5;
}

} // namespace

TEST_SUITE("map_geometry") {

TEST_CASE("the land fill's triangles cover each ring of the outline exactly once")
{
    const core::Outline& o = core::TheOutline();
    REQUIRE(o.RingStart.size() >= 2);
    REQUIRE(o.Triangles.size() % 3 == 0);
    double rings = 0.0, triangles = 0.0;
    for (size_t r = 0; r + 1 < o.RingStart.size(); ++r) rings += RingArea(o, o.RingStart[r], o.RingStart[r + 1]);
    for (size_t t = 0; t < o.Triangles.size(); t += 3)
        triangles += TriangleArea(o.Points[static_cast<size_t>(o.Triangles[t])], o.Points[static_cast<size_t>(o.Triangles[t + 1])],
                                  o.Points[static_cast<size_t>(o.Triangles[t + 2])]);
    CHECK(triangles == doctest::Approx(rings).epsilon(0.001));
}

TEST_CASE("the map's frame fits the limits it is given and keeps the outline's shape")
{
    const core::Outline& o = core::TheOutline();
    for (float width : { 200.0f, 420.0f, 860.0f }) {
        for (float height : { 300.0f, 680.0f }) {
            CAPTURE(width);
            CAPTURE(height);
            core::MapFrame f = core::FrameAt(core::WholeOutline(o), core::MapPoint(5.0f, 7.0f), width, height);
            CHECK(f.Size.x <= width + 0.5f);
            CHECK(f.Size.y <= height + 0.5f);
            CHECK((f.Size.x == doctest::Approx(width).epsilon(0.01) || f.Size.y == doctest::Approx(height).epsilon(0.01)));
            const core::MapPoint london = f.Project(-0.128, 51.507); // inside the frame, right of and below Glasgow
            const core::MapPoint glasgow = f.Project(-4.251, 55.864);
            CHECK(london.x > f.Min.x);
            CHECK(london.x < f.Min.x + f.Size.x);
            CHECK(london.x > glasgow.x);
            CHECK(london.y > glasgow.y);
        }
    }
}

TEST_CASE("a map round England's trusts fills its frame with them, a margin all round, and leaves Scotland out")
{
    // Longitude, latitude: Newcastle, Southampton, Norwich, Taunton and Salford, the corners of the trusts' spread.
    const std::vector<core::MapPoint> places = { { -1.614f, 54.978f }, { -1.404f, 50.909f }, { 1.297f, 52.628f }, { -3.103f, 51.015f }, { -2.291f, 53.488f } };
    const core::MapView view = core::AroundPlaces(places, core::kPlacesMargin);
    const core::Outline& o = core::TheOutline();
    for (float width : { 328.0f, 358.0f, 420.0f }) {
        for (float height : { 400.0f, 764.0f }) {
            CAPTURE(width);
            CAPTURE(height);
            const core::MapFrame f = core::FrameAt(view, core::MapPoint(16.0f, 300.0f), width, height);
            const core::MapFrame whole = core::FrameAt(core::WholeOutline(o), core::MapPoint(16.0f, 300.0f), width, height);
            CHECK(f.Size.x <= width + 0.5f);
            CHECK(f.Size.y <= height + 0.5f);
            CHECK(f.Scale > 1.5f * whole.Scale); // England drawn half as large again as on the whole UK, at least
            const float edge = core::kMapPad + 0.9f * core::kPlacesMargin * f.Scale;
            float west = 1e9f, east = -1e9f;
            for (const core::MapPoint& p : places) {
                const core::MapPoint s = f.Project(p.x, p.y);
                CHECK(s.x >= f.Min.x + edge);
                CHECK(s.x <= f.Min.x + f.Size.x - edge);
                CHECK(s.y >= f.Min.y + edge);
                CHECK(s.y <= f.Min.y + f.Size.y - edge);
                west = std::min(west, s.x);
                east = std::max(east, s.x);
            }
            // The trusts spread across the map: between the westmost and the eastmost lies most of its width,
            // or the map is as tall as it may be.
            CHECK((east - west > 0.6f * f.Size.x || f.Size.y == doctest::Approx(height).epsilon(0.01)));
            CHECK(f.Project(-4.251, 55.864).y < f.Min.y); // Glasgow is above the top edge, off the map
        }
    }
    const core::MapView none = core::AroundPlaces({}, core::kPlacesMargin); // no trusts: the whole outline
    CHECK(none.MinX == o.MinX);
    CHECK(none.MaxY == o.MaxY);
}

TEST_CASE("dots closer than the gap are pushed apart, and dots on one spot share a ring around it")
{
    std::vector<core::MapPoint> at = { { 100, 100 }, { 100, 100 }, { 100, 100 }, { 110, 102 }, { 300, 300 } };
    const float gap = 24.5f;
    std::vector<core::MapPoint> pos = core::SpreadDots(at, gap);
    REQUIRE(pos.size() == at.size());
    for (size_t i = 0; i < pos.size(); ++i)
        for (size_t j = i + 1; j < pos.size(); ++j) {
            CAPTURE(i);
            CAPTURE(j);
            CHECK(std::max(std::fabs(pos[i].x - pos[j].x), std::fabs(pos[i].y - pos[j].y)) >= gap - 0.02f);
        }
    CHECK(pos[4].x == 300.0f); // a dot with room stays on its spot
    CHECK(pos[4].y == 300.0f);
}

TEST_CASE("on land or not, as the outline draws it")
{
    CHECK(core::InsideUkOutline(-1.548, 53.801));       // Leeds
    CHECK_FALSE(core::InsideUkOutline(-3.000, 50.000)); // the Channel
}

}
