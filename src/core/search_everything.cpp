// search_everything.cpp — the header's search over every kind, grouped (layer: core). See search_everything.h.
#include "core/search_everything.h"

namespace core {

namespace {

const char* const kHeadings[ResultKindCount] = { "Apps", "Advice", "Trusts", "Programme" };

// Adds the hits of one kind from `from` to its group, best first, at most per_group.
void Collect(const SearchResults& from, ResultKind kind, std::size_t per_group, ResultGroup& group)
{
    group.Count = from.KindCounts[static_cast<int>(kind)];
    group.Partial = from.Partial;
    for (const SearchHit& hit : from.Hits)
        if (hit.Kind == kind && group.Hits.size() < per_group) group.Hits.push_back(hit);
}

} // namespace

EverythingResults SearchEverything(const SearchIndex& index, const std::string& text, std::size_t per_group)
{
    EverythingResults out;
    for (int k = 0; k < ResultKindCount; ++k) {
        out.Groups[k].Kind = static_cast<ResultKind>(k);
        out.Groups[k].Heading = kHeadings[k];
    }
    out.Understood = UnderstandQuery(text);
    ResultGroup& apps = out.Groups[static_cast<int>(ResultKind::App)];
    apps.More.View = Screen::Apps;
    apps.More.Query = text;
    for (int k = 0; k < FacetKindCount; ++k)
        if (const char* key = out.Understood.Filters[k]) *FilterField(apps.More, static_cast<FacetKind>(k)) = key;
    out.Groups[static_cast<int>(ResultKind::Wearable)].More.View = Screen::Wearables;
    out.Groups[static_cast<int>(ResultKind::Trust)].More.View = Screen::Trusts;
    out.Groups[static_cast<int>(ResultKind::Programme)].More.View = Screen::Programme;

    // Nothing to search but filters ("free android"): the apps they name, and nothing of the other kinds.
    const bool words = !index.Prepare(out.Understood.SearchText).Terms.empty();
    if (!words && out.Understood.Filters[0] == nullptr && out.Understood.Filters[1] == nullptr &&
        out.Understood.Filters[2] == nullptr)
        return out;

    SearchQuery app_query;
    app_query.Text = text;
    Collect(index.Search(app_query), ResultKind::App, per_group, apps);
    out.Total = apps.Count;
    if (!words) return out;

    SearchQuery other_query;                    // the words only: filters and filler say nothing of a trust
    other_query.Text = out.Understood.SearchText;
    other_query.FiltersFromText = false;
    const SearchResults others = index.Search(other_query);
    out.Unmatched = others.Unmatched;
    for (ResultKind kind : { ResultKind::Wearable, ResultKind::Trust, ResultKind::Programme }) {
        ResultGroup& group = out.Groups[static_cast<int>(kind)];
        Collect(others, kind, kind == ResultKind::Wearable ? per_group : SIZE_MAX, group);
        out.Total += group.Count;
    }
    // The advice screen searches its box's words as words: give it only the words searched here.
    std::string searched = out.Understood.SearchText;
    while (!searched.empty() && searched.back() == ' ') searched.pop_back();
    out.Groups[static_cast<int>(ResultKind::Wearable)].More.Query = searched;
    return out;
}

Route HitRoute(const SearchHit& hit)
{
    const std::string id(hit.Id);
    switch (hit.Kind) {
    case ResultKind::App: return DetailRoute(Screen::AppDetail, id);
    case ResultKind::Wearable: return DetailRoute(Screen::WearableDetail, id);
    case ResultKind::Trust: return DetailRoute(Screen::TrustDetail, id);
    case ResultKind::Programme: break;
    }
    Route r;
    if (id.compare(0, 6, "event:") == 0) r.Tab = "timeline";
    return r;
}

std::vector<unsigned char> AppsInSearchScope(const SearchIndex& index, const std::string& words, std::size_t app_count)
{
    std::vector<unsigned char> allowed(app_count, 0);
    SearchQuery q;
    q.Text = words;
    for (const SearchHit& hit : index.Search(q).Hits)
        if (hit.Kind == ResultKind::App && hit.Index < app_count) allowed[hit.Index] = 1;
    return allowed;
}

} // namespace core
