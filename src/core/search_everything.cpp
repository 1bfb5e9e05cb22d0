// search_everything.cpp — the header's search over every kind, grouped (layer: core). See search_everything.h.
#include "core/search_everything.h"

namespace core {

const char* GroupHeading(ResultKind kind)
{
    static const char* const kHeadings[ResultKindCount] = { "Apps", "Advice", "Trusts", "Programme" };
    return kHeadings[static_cast<int>(kind)];
}

bool ShowsAll(ResultKind kind)
{
    return kind == ResultKind::Trust || kind == ResultKind::Programme;
}

int EverythingResults::Total() const
{
    return Count(ResultKind::App) + Count(ResultKind::Wearable) + Count(ResultKind::Trust) + Count(ResultKind::Programme);
}

void SearchEverything(const SearchIndex& index, const std::string& text, EverythingResults& out)
{
    out.Text = text;
    SearchQuery query;
    query.Text = text;
    index.Search(query, out.Apps);
    query.Text = out.Apps.Understood.SearchText; // the words only: filters and filler say nothing of a trust
    query.FiltersFromText = false;
    index.Search(query, out.Others);
    // With no words left ("free android"), Others lists every app and nothing else: its apps are never used.
    const SearchQuery& applied = out.Apps.Applied;
    if (out.Apps.Query.Terms.empty() && applied.Platform.empty() && applied.Cost.empty() && applied.Badge.empty()) {
        out.Apps.Hits.clear(); // nothing to search: nothing found
        out.Apps.KindCounts.fill(0);
    }
}

Route FullList(const EverythingResults& r, ResultKind kind)
{
    Route to;
    to.View = kind == ResultKind::App ? Screen::Apps : kind == ResultKind::Wearable ? Screen::Wearables
                                                   : kind == ResultKind::Trust      ? Screen::Trusts
                                                                                    : Screen::Programme;
    if (kind == ResultKind::App) {
        to.Query = r.Text;
        to.Platform = r.Apps.Applied.Platform;
        to.Cost = r.Apps.Applied.Cost;
        to.Badge = r.Apps.Applied.Badge;
    } else if (kind == ResultKind::Wearable) {
        to.Query = r.Others.Applied.Text; // the advice screen searches its words as words
        while (!to.Query.empty() && to.Query.back() == ' ') to.Query.pop_back();
    }
    return to;
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
