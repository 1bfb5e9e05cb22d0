// screens.h — one object per screen, each with its own state and a Draw() (layer: ui). App owns them
// and makes them afresh when the data changes, so no filter or page count outlives the data it was for.
#pragma once

#include "core/search_everything.h"
#include "core/trust_list.h"
#include "ui/app.h"
#include "ui/map_view.h"

#include <string>
#include <vector>

namespace ui {

class ProgrammeScreen {
public:
    void Draw(const ScreenContext& ctx); // "#/programme", "#/programme?view=timeline"
};

// The trusts list's filters and sort order (core::FilterTrusts, core::SortTrusts): kept while the app runs on the same data.
struct TrustsState {
    core::TrustFilter Filter;
    core::TrustSort SortBy = core::TrustSort::Name;
    bool SortDescending = false;
    bool FiltersOpen = false; // on a phone: the filter and sort chips shown, not folded under "Filter"
};

// "Was my trust part of it?": the plain answer for the words typed (core::AnswerTrustQuestion), with links to
// the trusts it names; nothing when the words name no trust and no place. Shared by the trusts and search screens.
void DrawTrustAnswer(const ScreenContext& ctx, const std::string& words);

class TrustsScreen {
public:
    void Draw(const ScreenContext& ctx);       // "#/trusts", "#/trusts?view=map"
    void DrawDetail(const ScreenContext& ctx); // "#/trusts/<ods-code>"

private:
    TrustsState State;
    core::Route Seen;    // the address as last seen: State is read again when it changes
    core::Route Written; // the address State last asked for
    TrustMap Map;
};

// The apps search's own state; the query and filters themselves live in the URL.
struct AppsState {
    static constexpr size_t kPageSize = 100; // results shown before "Show more results"
    core::SearchQuery Query;                 // the query the results are for
    core::SearchResults Results;
    bool Valid = false;
    size_t Shown = kPageSize;
    bool MoreFilters = false;
};

class AppsScreen {
public:
    void Draw(const ScreenContext& ctx);       // "#/apps?q=…&category=…"
    void DrawDetail(const ScreenContext& ctx); // "#/apps/<id>"

private:
    const core::SearchResults& ResultsFor(const ScreenContext& ctx);
    AppsState State;
};

class WearablesScreen {
public:
    void Draw(const ScreenContext& ctx);       // "#/wearables"
    void DrawDetail(const ScreenContext& ctx); // "#/wearables/<topic>"
};

class SourcesScreen {
public:
    void Draw(const ScreenContext& ctx); // "#/sources"
};

// The header box's results (search_screen.cpp): everything the words find, grouped by kind.
class SearchScreen {
public:
    void Draw(const ScreenContext& ctx); // "#/search?q=…"

private:
    bool Valid = false;
    std::string Text; // the words the results are for
    core::EverythingResults Results;
};

// Every screen, made together.
struct Screens {
    ProgrammeScreen Programme;
    TrustsScreen Trusts;
    AppsScreen Apps;
    WearablesScreen Wearables;
    SourcesScreen Sources;
    SearchScreen Search;
    SearchScope Scope; // what a search scope (scope=search:…) lets through
};

} // namespace ui
