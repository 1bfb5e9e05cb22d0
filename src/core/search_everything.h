// search_everything.h — one search box for everything: apps, wearable advice, trusts and the programme, grouped
// by kind, each group with the address of its full list (layer: core). The header's box and `#/search?q=…` use it,
// and `appfinder-cli search --all`. The engine is SearchIndex's, read through query understanding:
//  - Apps: the text as typed, so "free", "on Android" filter the apps as on the Apps screen; the group's full
//    list is `#/apps?q=<text>&platform=…`, which shows the same apps in the same order.
//  - Advice, Trusts, Programme: only the words left once filters and filler are gone ("diabetes android" searches
//    "diabetes"), as words: a platform or cost says nothing about a trust or a piece of advice.
// Topic words ("diabetes", "low mood") are searched as words in every group, never turned into a topic filter or
// chip, here or on the Apps screen. Measured on the bundled data (search_everything_test.cpp), a topic's name as
// words finds every app of that topic, so a filter would add nothing; for some topics it also finds apps filed under
// another ("lungs and breathing": 6 apps, the topic holds 4), and advice, trusts and programme text ("mental
// health": 17 results besides the apps). A topic filter would hide those, and a chip would offer to remove a
// filter that narrows nothing. The Topic list on the Apps screen remains the way to ask for exactly one topic.
#pragma once

#include "core/route.h"
#include "core/search_index.h"

#include <array>
#include <string>
#include <vector>

namespace core {

struct ResultGroup {
    ResultKind Kind = ResultKind::App;
    const char* Heading = "";               // "Apps", "Advice", "Trusts", "Programme"
    int Count = 0;                          // every hit of this kind (the full list's length)
    std::vector<SearchHit> Hits;            // the best first: Apps and Advice at most the limit given; Trusts and
                                            // Programme all (their screens take no words from the address)
    Route More;                             // the full list: "#/apps?q=…", "#/wearables?q=…", "#/trusts", "#/programme"
    bool Partial = false;                   // no result of this group's search matched every word
};

struct EverythingResults {
    UnderstoodQuery Understood;             // the filters and filler read from the text; the words searched
    std::array<ResultGroup, ResultKindCount> Groups;   // by ResultKind; a group with Count 0 is not shown
    int Total = 0;                          // hits of every kind
    std::vector<std::string> Unmatched;     // words that no document of any kind matches
};

// An empty text (or one of only filler) gives no hits at all: listing every app is the Apps screen's job.
// per_group limits the Hits of Apps and Advice, whose full lists are a link away; Count is always the full number.
EverythingResults SearchEverything(const SearchIndex& index, const std::string& text, std::size_t per_group = 5);

// Where a hit opens in the app: an app, advice or trust's own screen; the Programme (its Timeline for an event).
Route HitRoute(const SearchHit& hit);

// The apps a `scope=search:<words>` embed allows, by index in Dataset::Apps (1: in scope): what the words alone
// find, read as the Apps screen reads them. The app's scoped frame and its text page (apps-search-*.html) both
// use this, so the two show the same apps.
std::vector<unsigned char> AppsInSearchScope(const SearchIndex& index, const std::string& words, std::size_t app_count);

} // namespace core
