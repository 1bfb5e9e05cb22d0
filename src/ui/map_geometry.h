// map_geometry.h — the UK outline as the map draws it, the projection onto the screen and the spreading of
// dots that would overlap (layer: ui; no drawing here). Private to map_view.cpp.
#pragma once

#include "imgui.h"

#include <vector>

namespace ui {

constexpr float kMapPad = 10.0f;                    // CSS px between the frame and the land
constexpr double kCosLat = 0.58070295571093977;     // cos 54.5°: keeps Great Britain's shape at its middle

// Rings in a plane where x = lon × cos 54.5° and y = lat (degrees), so distances are even in x and y.
struct Outline {
    std::vector<ImVec2> Points;
    std::vector<int> RingStart;         // first point of each ring; the last entry is Points.size()
    std::vector<int> Triangles;         // indices into Points, three a triangle
    float MinX = 0, MaxX = 0, MinY = 0, MaxY = 0;
};

const Outline& TheOutline();            // built from uk_outline.inc on first use, then never changed

// Where the map sits on screen, and its scale.
struct MapFrame {
    ImVec2 Min, Size;
    float Scale = 1.0f;                 // CSS px per degree of latitude

    ImVec2 Project(const Outline& o, const ImVec2& plane) const
    {
        return ImVec2(Min.x + kMapPad + (plane.x - o.MinX) * Scale, Min.y + kMapPad + (o.MaxY - plane.y) * Scale);
    }
    ImVec2 Project(const Outline& o, double lon, double lat) const
    {
        return Project(o, ImVec2(static_cast<float>(lon * kCosLat), static_cast<float>(lat)));
    }
};

MapFrame FrameAt(const Outline& o, ImVec2 min, float width, float max_height);   // the largest map within the limits
std::vector<ImVec2> SpreadDots(const std::vector<ImVec2>& at, float min_gap);   // no two closer than min_gap in x or y

} // namespace ui
