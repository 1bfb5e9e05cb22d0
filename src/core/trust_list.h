// trust_list.h — which trusts the trusts screen lists, and in what order (layer: core). The words go through
// the app's one search engine (SearchIndex), with its misspellings and synonyms; groups and regions are
// chosen from the data.
#pragma once

#include "core/model.h"

#include <string>
#include <vector>

namespace core {

class SearchIndex;

struct TrustFilter {
    std::string Text;                 // the search box; "free" or "android" here are words, not app filters
    std::vector<std::string> Groups;  // chosen group ids; none chosen shows every group
    std::vector<std::string> Regions; // chosen regions; none chosen shows every region
    std::string Tier;                 // "exemplars", "fast-followers"; "" (or anything else) shows both
    bool Any() const { return !Text.empty() || !Groups.empty() || !Regions.empty() || !Tier.empty(); }
};

enum class TrustSort { Name,
                       Town,
                       Region,
                       Group,
                       RecordSystem };
constexpr int TrustSortCount = 5;

// The trusts the filter leaves, in data order.
std::vector<const Trust*> FilterTrusts(const Dataset& d, const SearchIndex& index, const TrustFilter& filter);
// By the column, A to Z (or the group's place in the data, earliest first), or the other way round; ties by
// official name A to Z, then in data order. A record system not known sorts last, A to Z.
void SortTrusts(const Dataset& d, TrustSort by, bool descending, std::vector<const Trust*>& trusts);
std::vector<std::string> TrustRegions(const Dataset& d); // each region once, in data order

} // namespace core
