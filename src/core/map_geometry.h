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
constexpr float kPlacesMargin = 0.5f;           // degrees of latitude (about 55 km) round the trusts on their map
constexpr double kCosLat = 0.58070295571093977; // cos 54.5°: keeps Great Britain's shape at its middle

// Rings in a plane where x = lon × cos 54.5° and y = lat (degrees), so distances are even in x and y.
struct Outline {
    std::vector<MapPoint> Points;
    std::vector<int> RingStart; // first point of each ring; the last entry is Points.size()
    std::vector<int> Triangles; // indices into Points, three a triangle
    float MinX = 0, MaxX = 0, MinY = 0, MaxY = 0;
};

const Outline& TheOutline(); // built from uk_outline.inc on first use, then never changed

// A rectangle of the outline's plane: the part of the land a map shows.
struct MapView {
    float MinX = 0, MaxX = 0, MinY = 0, MaxY = 0;
};

// The whole outline, or the places given (longitude, latitude) with `margin` degrees of latitude round them.
MapView WholeOutline(const Outline& o);
MapView AroundPlaces(const std::vector<MapPoint>& lon_lat, float margin);

// Where the map sits on screen, and its scale.
struct MapFrame {
    MapPoint Min, Size;
    float Scale = 1.0f; // CSS px per degree of latitude
    MapView View;       // the part of the plane shown; the land outside it is clipped

    MapPoint Project(const MapPoint& plane) const
    {
        return MapPoint(Min.x + kMapPad + (plane.x - View.MinX) * Scale, Min.y + kMapPad + (View.MaxY - plane.y) * Scale);
    }
    MapPoint Project(double lon, double lat) const
    {
        return Project(MapPoint(static_cast<float>(lon * kCosLat), static_cast<float>(lat)));
    }
};

MapFrame FrameAt(const MapView& view, MapPoint min, float width, float max_height); // the largest map within the limits
bool InsideUkOutline(double lon, double lat);                                       // on land, as the bundled outline draws it
std::vector<MapPoint> SpreadDots(const std::vector<MapPoint>& at, float min_gap);   // no two closer than min_gap in x or y

} // namespace core
