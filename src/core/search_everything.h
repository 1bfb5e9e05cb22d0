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

#include <string>
#include <vector>

namespace core {

// Two searches of the same index, kept whole (no copies: the screen searches on every keystroke).
struct EverythingResults {
    SearchResults Apps;   // the text as typed: apps, with the filters its words name
    SearchResults Others; // the words left, as words: advice, trusts and programme (its apps unused)
    std::string Text;     // as typed

    const SearchResults& Of(ResultKind kind) const { return kind == ResultKind::App ? Apps : Others; }
    int Count(ResultKind kind) const { return Of(kind).KindCounts[static_cast<int>(kind)]; } // the full list's length
    int Total() const;                                                                       // every kind
};

const char* GroupHeading(ResultKind kind); // "Apps", "Advice", "Trusts", "Programme"
bool ShowsAll(ResultKind kind);            // Trusts and Programme: every hit is listed (their screens take no words
                                           // from the address); Apps and Advice: the best few and a link to the rest

// An empty text (or one of only filler) gives no hits at all: listing every app is the Apps screen's job.
// `out` keeps its storage between keystrokes.
void SearchEverything(const SearchIndex& index, const std::string& text, EverythingResults& out);

// A group's full list: "#/apps?q=<text>&platform=…" (the same apps, in the same order), "#/wearables?q=<words
// searched>", "#/trusts", "#/programme".
Route FullList(const EverythingResults& r, ResultKind kind);

// Where a hit opens in the app: an app, advice or trust's own screen; the Programme (its Timeline for an event).
Route HitRoute(const SearchHit& hit);

// The apps a `scope=search:<words>` embed allows, by index in Dataset::Apps (1: in scope): what the words alone
// find, read as the Apps screen reads them. The app's scoped frame and its text page (apps-search-*.html) both
// use this, so the two show the same apps.
std::vector<unsigned char> AppsInSearchScope(const SearchIndex& index, const std::string& words, std::size_t app_count);

} // namespace core
