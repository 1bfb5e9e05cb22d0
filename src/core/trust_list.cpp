// trust_list.cpp — the trusts screen's filter and sort (layer: core). See trust_list.h.
#include "core/trust_list.h"

#include "core/search_index.h"
#include "core/stable_sort.h"
#include "core/text_normalize.h"

#include <algorithm>
#include <functional>

namespace core {

namespace {

bool Contains(const std::vector<std::string>& list, const std::string& s)
{
    return std::find(list.begin(), list.end(), s) != list.end();
}

int GroupIndex(const Dataset& d, const std::string& id)
{
    for (size_t i = 0; i < d.Groups.size(); ++i)
        if (d.Groups[i].Id == id) return static_cast<int>(i);
    return static_cast<int>(d.Groups.size());
}

std::string SortKey(const Trust& t, TrustSort by)
{
    switch (by) {
    case TrustSort::Town: return NormalizeText(t.MainTown);
    case TrustSort::Region: return NormalizeText(t.Region);
    case TrustSort::RecordSystem: return t.RecordSystem.empty() ? "~" : NormalizeText(t.RecordSystem); // not known last
    default: return NormalizeText(t.OfficialName);
    }
}

} // namespace

std::vector<const Trust*> FilterTrusts(const Dataset& d, const SearchIndex& index, const TrustFilter& filter)
{
    std::vector<char> found(d.Trusts.size(), 1);
    if (!NormalizeText(filter.Text).empty()) {
        found.assign(d.Trusts.size(), 0);
        SearchQuery q;
        q.Text = filter.Text;
        q.FiltersFromText = false;
        for (const SearchHit& hit : index.Search(q).Hits)
            if (hit.Kind == ResultKind::Trust && hit.Index < found.size()) found[hit.Index] = 1;
    }
    std::vector<const Trust*> out;
    for (std::size_t i = 0; i < d.Trusts.size(); ++i) {
        const Trust& t = d.Trusts[i];
        if (!found[i]) continue;
        if (!filter.Groups.empty() && !Contains(filter.Groups, t.Group)) continue;
        if (!filter.Regions.empty() && !Contains(filter.Regions, t.Region)) continue;
        if (filter.Tier == "exemplars" && TierOf(d, t) != TrustTier::Exemplar) continue;
        if (filter.Tier == "fast-followers" && TierOf(d, t) != TrustTier::FastFollower) continue;
        out.push_back(&t);
    }
    return out;
}

void SortTrusts(const Dataset& d, TrustSort by, bool descending, std::vector<const Trust*>& trusts)
{
    struct Keyed {
        int Rank;
        std::string Key, Name;
        const Trust* Item;
    };
    std::vector<Keyed> keyed;
    const bool by_group = by == TrustSort::Group;
    for (const Trust* t : trusts)
        keyed.push_back({ by_group ? GroupIndex(d, t->Group) : 0, by_group ? "" : SortKey(*t, by), NormalizeText(t->OfficialName), t });
    StableSort(keyed, [&](const Keyed& a, const Keyed& b) {
        if (a.Rank != b.Rank) return descending ? a.Rank > b.Rank : a.Rank < b.Rank;
        if (a.Key != b.Key) return descending ? a.Key > b.Key : a.Key < b.Key;
        if (a.Name != b.Name) return a.Name < b.Name;     // ties: by name, A to Z
        return std::less<const Trust*>()(a.Item, b.Item); // then in file order (one array)
    });
    for (size_t i = 0; i < keyed.size(); ++i) trusts[i] = keyed[i].Item;
}

std::vector<std::string> TrustRegions(const Dataset& d)
{
    std::vector<std::string> regions;
    for (const Trust& t : d.Trusts)
        if (!t.Region.empty() && !Contains(regions, t.Region)) regions.push_back(t.Region);
    return regions;
}

} // namespace core
