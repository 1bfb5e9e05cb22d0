// map_view.h — the exemplar trusts as dots on an outline of the UK (layer: ui).
// The outline is Natural Earth's, simplified (uk_outline.inc); lon/lat are projected equirectangularly,
// longitude scaled by cos 54.5°, and drawn in CSS px so the platform renders it sharp at any pixel ratio.
#pragma once

#include "core/model.h"

#include <cstdint>
#include <string>
#include <vector>

struct ImDrawList;

namespace ui {

struct ScreenContext;

enum MarkerShape_ { MarkerShape_Circle,
                    MarkerShape_Square,
                    MarkerShape_Diamond,
                    MarkerShape_Triangle,
                    MarkerShape_Ring }; // a fast follower: a thick ring

// How a group's trusts are marked: a colour from theme.h and a shape, so colour is never the only cue.
struct GroupMarker {
    uint32_t Colour = 0;
    MarkerShape_ Shape = MarkerShape_Circle;
};

GroupMarker MarkerForGroup(const core::Dataset& data, const std::string& group_id);
void DrawMarker(ImDrawList* dl, float x, float y, float radius, const GroupMarker& marker); // with a white edge

// The trusts on the part of the UK round them (England), at the cursor: `width` CSS px wide at most and `max_height` tall at most.
// Hovering or tapping a dot names its trust (and any trust under the pointer with it); clicking a dot,
// or tapping it a second time, opens the trust. Records the map as an image with a text alternative
// and each dot as a link.
class TrustMap {
public:
    void Draw(const ScreenContext& ctx, const std::vector<const core::Trust*>& trusts, float width, float max_height);

private:
    std::string Tapped;         // on a touch screen: the trust a first tap named; a second tap opens it
    unsigned int TipClosed = 0; // the focused dot whose tooltip Escape closed
};
float TrustMapWidth(const core::Dataset& data, float width, float max_height); // how wide DrawTrustMap draws within these limits

// A small map marking one trust, for its detail page. Not interactive; recorded as an image.
void DrawTrustLocator(const core::Dataset& data, const core::Trust& trust, float width);

// The map's text alternative: how many trusts, in which groups and regions.
std::string DescribeTrustMap(const core::Dataset& data, const std::vector<const core::Trust*>& trusts);

} // namespace ui
