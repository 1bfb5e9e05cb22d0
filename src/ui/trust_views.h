// trust_views.h — what the files of the trusts screen share: the filter, the sort, the table and cards
// (layer: ui). Private to trusts_screen.cpp, trust_table.cpp and trust_detail_screen.cpp.
#pragma once

#include "ui/screens.h"

#include <string>
#include <vector>

namespace ui {

constexpr float kNarrow = 600.0f;           // CSS px of the window: below it the table becomes cards

extern const char* const kTrustColumnNames[TrustColumn_COUNT];   // "Trust", "Town", ...

void SortTrusts(const core::Dataset& d, const TrustsState& s, std::vector<const core::Trust*>& trusts);
std::string SortDescription(int column, bool descending);        // "Town, A to Z"

void DrawTrustTable(const ScreenContext& ctx, TrustsState& s, std::vector<const core::Trust*>& trusts);  // wide: sorts by its headings
void DrawTrustCards(const ScreenContext& ctx, TrustsState& s, std::vector<const core::Trust*>& trusts);  // narrow: sort chips, then cards

} // namespace ui
