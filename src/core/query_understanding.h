// query_understanding.h — reads what a person typed the way they meant it (layer: core).
// "free diabetes apps for android" -> search "diabetes", with the filters cost=free and platform=android;
// "apps", "for", "reliable", "my" and other filler are dropped. Used by SearchIndex::Search (so the app and
// `appfinder-cli search` agree) and by the apps screen, which keeps the address and its chips in step.
//
// Topic words ("diabetes", "mental health") stay search words on purpose, also in the header's search of everything:
// as words they already find every app of the topic first, some apps filed under another topic, AND the advice,
// trusts and programme text about them, which a topic filter would hide (measured: search_everything.h).
#pragma once

#include "core/route.h"

#include <string>
#include <string_view>
#include <vector>

namespace core {

enum class FacetKind { Platform,
                       Cost,
                       Badge };
constexpr int FacetKindCount = 3;

const char* FacetKindKey(FacetKind kind); // "platform", "cost", "badge": the address parameter and the CLI's key

struct UnderstoodQuery {
    std::string SearchText;                   // the words left to search, joined by spaces; ends in a space when
                                              // the text did (so the last word is not searched as a prefix)
    const char* Filters[FacetKindCount] = {}; // by FacetKind, the filter the words named ("android"), or nullptr;
                                              // the last named wins ("iPhone or Android" gives android)
    std::vector<std::string> Dropped;         // filler words left out: "apps", "reliable"
    const char* Find(FacetKind kind) const { return Filters[static_cast<int>(kind)]; }
};

// Splits text into filters, filler and words to search. A filter is named as soon as its word is complete
// ("android"). The word still being typed (the last, when the text does not end in a space or punctuation) is
// dropped as filler unless it is short and alone, when it may be the start of a name ("my" of "myCOPD").
UnderstoodQuery UnderstandQuery(std::string_view text);

// The text without the words that named a filter of this kind (and the "on", "for" before them): what the search
// box keeps when that filter's chip is removed. Other words keep their spelling.
std::string RemoveFacetWords(std::string_view text, FacetKind kind);

// The apps screen's address and chips in step with its query: every filter the query names is set; a filter that
// the previous query named and this one no longer does is cleared (the person deleted or changed the word).
// A filter chosen by hand, which no word named, is left alone.
void SyncFiltersWithQuery(Route& route, const std::string& previous_query);

// A chip's ×: clears the filter and removes the words that named it from the query.
void RemoveFilter(Route& route, FacetKind kind);

std::string* FilterField(Route& route, FacetKind kind); // &route.Platform, &route.Cost or &route.Badge

} // namespace core
