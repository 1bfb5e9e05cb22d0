// search_snippet.h — why a search result is there: the words it matched and the field they are in (layer: core).
// "Mentions Blackpool in: what happened later", with a short excerpt of that field around the words, for the
// result lists of every screen, the accessible layer (the result's description) and `appfinder-cli search --json`.
// Works from the same PreparedQuery as the search, so a snippet names exactly what made the hit match.
#pragma once

#include "core/model.h"
#include "core/search_index.h"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace core {

struct SearchSnippet {
    std::string Field;                                       // "what happened later"; "" when no field holds a query word
    std::vector<std::string> Words;                          // the matched words as written in that field: "Blackpool"
    std::string Excerpt;                                     // the field around the words, cut at word edges with "…"
    std::vector<std::pair<std::size_t, std::size_t>> Ranges; // the matched words in Excerpt: [begin, end) bytes

    bool Empty() const { return Field.empty(); }
    std::string Lead() const;        // "Mentions Blackpool in: what happened later"
    std::string Description() const; // Lead() and the excerpt: "Mentions Blackpool in: what happened later. “…”"
};

// The field (of those the index searched for this kind) that holds the most query words; the first such field in
// the order a reader meets them on the result's page when several hold as many. `max_bytes` bounds the excerpt.
SearchSnippet MakeSnippet(const Dataset& data, const SearchHit& hit, const PreparedQuery& query, const SearchIndex& index,
                          std::size_t max_bytes = 110);

} // namespace core
