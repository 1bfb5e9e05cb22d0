// map_geometry.h — the UK outline as the trusts map draws it, the projection onto the screen and the
// spreading of dots that would overlap (layer: core: geometry only, no drawing; ui/map_view draws it).
#pragma once

#include <vector>

namespace core {

// A point in CSS px on screen, or in the outline's plane.
struct MapPoint {
    float x = 0.0f, y = 0.0f;
    MapPoint() = default;
    MapPoint(float x_, float y_) : x(x_), y(y_) {}
};

constexpr float kMapPad = 10.0f;                // CSS px between the frame and the land
constexpr double kCosLat = 0.58070295571093977; // cos 54.5°: keeps Great Britain's shape at its middle

// Rings in a plane where x = lon × cos 54.5° and y = lat (degrees), so distances are even in x and y.
struct Outline {
    std::vector<MapPoint> Points;
    std::vector<int> RingStart; // first point of each ring; the last entry is Points.size()
    std::vector<int> Triangles; // indices into Points, three a triangle
    float MinX = 0, MaxX = 0, MinY = 0, MaxY = 0;
};

const Outline& TheOutline(); // built from uk_outline.inc on first use, then never changed

// Where the map sits on screen, and its scale.
struct MapFrame {
    MapPoint Min, Size;
    float Scale = 1.0f; // CSS px per degree of latitude

    MapPoint Project(const Outline& o, const MapPoint& plane) const
    {
        return MapPoint(Min.x + kMapPad + (plane.x - o.MinX) * Scale, Min.y + kMapPad + (o.MaxY - plane.y) * Scale);
    }
    MapPoint Project(const Outline& o, double lon, double lat) const
    {
        return Project(o, MapPoint(static_cast<float>(lon * kCosLat), static_cast<float>(lat)));
    }
};

MapFrame FrameAt(const Outline& o, MapPoint min, float width, float max_height);  // the largest map within the limits
bool InsideUkOutline(double lon, double lat);                                     // on land, as the bundled outline draws it
std::vector<MapPoint> SpreadDots(const std::vector<MapPoint>& at, float min_gap); // no two closer than min_gap in x or y

} // namespace core
