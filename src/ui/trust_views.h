// trust_views.h — what the files of the trusts screen share: column names, the table and cards (layer: ui).
// The filter and the sort are core's (core/trust_list.h). Private to trusts_screen.cpp, trust_table.cpp and trust_detail_screen.cpp.
#pragma once

#include "ui/screens.h"

#include <string>
#include <vector>

namespace ui {

const char* ColumnName(core::TrustSort column);                       // "Trust", "Town", ...
std::string SortDescription(core::TrustSort column, bool descending); // "Town, A to Z"

void DrawTrustTable(const ScreenContext& ctx, TrustsState& s, std::vector<const core::Trust*>& trusts); // wide: sorts by its headings
void DrawTrustCards(const ScreenContext& ctx, TrustsState& s, std::vector<const core::Trust*>& trusts); // narrow: sort chips, then cards

} // namespace ui
