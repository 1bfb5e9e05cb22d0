// fuzz_search.cpp — libFuzzer target for the search path (tests; built by tools/fuzz.sh). The index of
// the bundled data is built once; each input is one query: byte 0 picks the category filter, 1 the
// platform, 2 the cost, 3 the badge (each may also be a key no data has), 4 the result limit, and the
// rest is the text as typed, any bytes. Beyond "no crash", it checks what the screens rely on: at most
// `limit` hits, counts that add up, highlight ranges inside the text and in order, and the same answer
// from a SearchResults reused between keystrokes as from a fresh one.
#include "core/data_loader.h"
#include "core/search_index.h"

#include "fuzz_common.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

namespace {

using fuzz::Require;
const core::Dataset& Data() { return fuzz::BundledData(); }

const core::SearchIndex& Index()
{
    static const core::SearchIndex index = [] {
        core::SearchIndex built;
        built.Build(Data());
        return built;
    }();
    return index;
}

const std::string& Pick(const std::vector<std::string>& options, std::uint8_t byte) { return options[byte % options.size()]; }

void CheckRanges(const std::string& text, const core::PreparedQuery& query)
{
    std::size_t last_end = 0;
    for (const auto& [begin, end] : core::HighlightRanges(text, query, Index())) {
        Require(begin < end && end <= text.size() && begin >= last_end);
        last_end = end;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size)
{
    static const std::vector<std::string> categories = [] {
        std::vector<std::string> keys = { "", "no-such-category" };
        for (const core::Category& c : Data().Categories)
            keys.push_back(c.Id);
        return keys;
    }();
    static const std::vector<std::string> platforms = { "", "ios", "android", "web", "windows" };
    static const std::vector<std::string> costs = { "", "free", "paid", "not-known", "Free" };
    static const std::vector<std::string> badges = { "", "nhs-approved", "being-tested", "none", "approved" };
    static const std::size_t limits[] = { SIZE_MAX, 0, 1, 3, 10, 50 };

    std::uint8_t head[5] = {};
    const std::size_t head_size = std::min<std::size_t>(size, sizeof(head));
    std::copy(bytes, bytes + head_size, head);
    core::SearchQuery query;
    query.Text.assign(reinterpret_cast<const char*>(bytes) + head_size, size - head_size);
    query.Category = Pick(categories, head[0]);
    query.Platform = Pick(platforms, head[1]);
    query.Cost = Pick(costs, head[2]);
    query.Badge = Pick(badges, head[3]);
    const std::size_t limit = limits[head[4] % (sizeof(limits) / sizeof(limits[0]))];

    const core::SearchIndex& index = Index();
    const core::SearchResults fresh = index.Search(query, limit);
    static core::SearchResults reused; // as the apps screen keeps it between keystrokes
    index.Search(query, reused, limit);

    Require(fresh.Hits.size() <= limit && fresh.Hits.size() <= fresh.TotalHits);
    Require(std::accumulate(fresh.KindCounts.begin(), fresh.KindCounts.end(), std::size_t{ 0 }) == fresh.TotalHits);
    Require(reused.Hits.size() == fresh.Hits.size() && reused.TotalHits == fresh.TotalHits);
    const bool app_filter = !query.Category.empty() || !query.Platform.empty() || !query.Cost.empty() || !query.Badge.empty();
    for (std::size_t i = 0; i < fresh.Hits.size(); i++) {
        const core::SearchHit& hit = fresh.Hits[i];
        Require(reused.Hits[i].Id == hit.Id && reused.Hits[i].Kind == hit.Kind);
        Require(!app_filter || hit.Kind == core::ResultKind::App);
        if (hit.Kind == core::ResultKind::App) {
            Require(hit.Index < Data().Apps.size());
            CheckRanges(Data().Apps[hit.Index].Description, fresh.Query);
        }
        CheckRanges(std::string(hit.Title), fresh.Query);
    }
    CheckRanges(query.Text, fresh.Query);
    return 0;
}
