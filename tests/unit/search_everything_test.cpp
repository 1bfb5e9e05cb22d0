// search_everything_test.cpp — the header's one box for everything (src/core/search_everything.cpp), against the
// bundled data: groups by kind, each with its full list's address; the Apps group agrees with the Apps screen's
// search; topic words stay words; the search scope of an embed; and the #/search route.
#include "core/search_everything.h"

#include "bundled_index.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using core::ResultKind;
using testdata::Data;
using testdata::Index;

core::EverythingResults Everything(const std::string& text)
{
    core::EverythingResults r;
    core::SearchEverything(Index(), text, r);
    return r;
}

// A group's hits, best first, as the screen lists them (all of them; the screen shows the first five of Apps and Advice).
std::vector<core::SearchHit> Hits(const core::EverythingResults& r, ResultKind kind)
{
    std::vector<core::SearchHit> hits;
    for (const core::SearchHit& h : r.Of(kind).Hits)
        if (h.Kind == kind) hits.push_back(h);
    return hits;
}

bool HasHit(const core::EverythingResults& r, ResultKind kind, const std::string& id)
{
    const std::vector<core::SearchHit> hits = Hits(r, kind);
    return std::any_of(hits.begin(), hits.end(), [&](const core::SearchHit& h) { return h.Id == id; });
}

int CountKind(const core::SearchResults& r, ResultKind kind)
{
    return r.KindCounts[static_cast<int>(kind)];
}

} // namespace

TEST_SUITE("search everything") {

TEST_CASE("one query finds apps, advice, trusts and the programme, each in its own group")
{
    // "heart": heart apps, the heart-rhythm advice and a trust; grouped in kind order.
    const core::EverythingResults r = Everything("heart");
    CHECK(r.Count(ResultKind::App) > 0);
    CHECK(r.Count(ResultKind::Wearable) > 0);
    CHECK(std::string(core::GroupHeading(ResultKind::App)) == "Apps");
    CHECK(std::string(core::GroupHeading(ResultKind::Wearable)) == "Advice");
    CHECK(std::string(core::GroupHeading(ResultKind::Trust)) == "Trusts");
    CHECK(std::string(core::GroupHeading(ResultKind::Programme)) == "Programme");
    int total = 0;
    for (ResultKind kind : { ResultKind::App, ResultKind::Wearable, ResultKind::Trust, ResultKind::Programme }) {
        CHECK(Hits(r, kind).size() == static_cast<std::size_t>(r.Count(kind))); // every hit is there to show
        total += r.Count(kind);
    }
    CHECK(r.Total() == total);
    CHECK(core::ShowsAll(ResultKind::Trust));
    CHECK(core::ShowsAll(ResultKind::Programme));
    CHECK(!core::ShowsAll(ResultKind::App));
    CHECK(!core::ShowsAll(ResultKind::Wearable));
}

TEST_CASE("a trust is found by its record system, advice by an abbreviation, a programme section by its words")
{
    const core::EverythingResults cerner = Everything("cerner");
    CHECK(cerner.Count(ResultKind::Trust) > 2);
    CHECK(HasHit(Everything("afib"), ResultKind::Wearable, "heart-alerts"));
    CHECK(HasHit(Everything("global digital exemplar"), ResultKind::Programme, "section:what-is-a-gde"));
}

TEST_CASE("the Apps group shows what its full list shows: the Apps screen's search of the same address")
{
    for (const char* typed : { "diabetes android", "free mental health", "sleep", "nhs approved asthma on iphone", "free android" }) {
        CAPTURE(typed);
        const core::EverythingResults r = Everything(typed);
        const core::Route more = core::FullList(r, ResultKind::App);
        CHECK(more.View == core::Screen::Apps);
        CHECK(more.Query == typed);
        // What the Apps screen searches for that address (its query and filters).
        core::SearchQuery q;
        q.Text = more.Query;
        q.Platform = more.Platform;
        q.Cost = more.Cost;
        q.Badge = more.Badge;
        const core::SearchResults screen = Index().Search(q);
        CHECK(r.Count(ResultKind::App) == CountKind(screen, ResultKind::App));
        const std::vector<core::SearchHit> hits = Hits(r, ResultKind::App);
        REQUIRE(hits.size() <= screen.Hits.size());
        for (std::size_t i = 0; i < hits.size(); ++i) CHECK(hits[i].Id == screen.Hits[i].Id);
    }
    CHECK(core::FormatRoute(core::FullList(Everything("diabetes android"), ResultKind::App)) == "#/apps?q=diabetes%20android&platform=android");
}

TEST_CASE("filters and filler do not hide the advice: only the words left are searched outside the apps")
{
    // "android" filters the apps; the advice is still found by "heart alert".
    const core::EverythingResults r = Everything("smartwatch heart alert reliable on android");
    CHECK(r.Count(ResultKind::Wearable) > 0);
    CHECK(core::FullList(r, ResultKind::App).Platform == "android");
    // The advice group's full list is the advice screen's search of the words searched here.
    const core::Route advice = core::FullList(r, ResultKind::Wearable);
    CHECK(advice.View == core::Screen::Wearables);
    CHECK(advice.Query == "smartwatch heart alert");
    core::SearchQuery q;
    q.Text = advice.Query;
    q.FiltersFromText = false;
    CHECK(CountKind(Index().Search(q), ResultKind::Wearable) == r.Count(ResultKind::Wearable));
    CHECK(core::FormatRoute(core::FullList(r, ResultKind::Trust)) == "#/trusts");
    CHECK(core::FormatRoute(core::FullList(r, ResultKind::Programme)) == "#/programme");
}

TEST_CASE("only filters give the apps they name and nothing else; nothing to search gives nothing")
{
    const core::EverythingResults only_filters = Everything("free android apps");
    CHECK(only_filters.Count(ResultKind::App) > 0);
    CHECK(only_filters.Count(ResultKind::Wearable) == 0);
    CHECK(only_filters.Count(ResultKind::Trust) == 0);
    CHECK(only_filters.Total() == only_filters.Count(ResultKind::App));
    for (const char* nothing : { "", "   ", "apps", "the ", "for my " }) { // "the" being typed is a prefix: "therapy"
        CAPTURE(nothing);
        CHECK(Everything(nothing).Total() == 0);
    }
}

TEST_CASE("a word nothing matches is named, and the others still find results")
{
    const core::EverythingResults r = Everything("asthma zzqqxx");
    CHECK(r.Total() > 0);
    REQUIRE(r.Others.Unmatched.size() == 1);
    CHECK(r.Others.Unmatched[0] == "zzqqxx");
}

TEST_CASE("topic words stay words: they find every app of the topic, some filed elsewhere, and advice and trusts")
{
    // Decision (search_everything.h, query_understanding.h): no topic filter or chip from the words. For every topic
    // of the data, its name as words finds all its apps (a filter would add nothing), the topic's apps rank first,
    // and no topic filter is read from the text.
    int extra_apps = 0, other_kinds = 0;
    for (const core::Category& c : Data().Categories) {
        std::string words;
        for (char ch : c.Label) words += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
        CAPTURE(words);
        const core::EverythingResults r = Everything(words + " ");
        CHECK(core::FullList(r, ResultKind::App).Category.empty());
        int in_topic = 0, found_in_topic = 0;
        for (const core::App& a : Data().Apps)
            in_topic += std::count(a.Categories.begin(), a.Categories.end(), c.Id) > 0;
        const std::vector<core::SearchHit> hits = Hits(r, ResultKind::App);
        for (std::size_t i = 0; i < hits.size(); ++i) {
            const core::App* a = Data().FindApp(std::string(hits[i].Id));
            REQUIRE(a != nullptr);
            const bool in = std::count(a->Categories.begin(), a->Categories.end(), c.Id) > 0;
            found_in_topic += in;
            if (in) CHECK(i < static_cast<std::size_t>(in_topic)); // the topic's own apps come first
        }
        CHECK(found_in_topic == in_topic);
        extra_apps += r.Count(ResultKind::App) - in_topic;
        other_kinds += r.Total() - r.Count(ResultKind::App);
    }
    // Which a topic filter would have hidden.
    CHECK(extra_apps > 0);
    CHECK(other_kinds > 0);
    const core::EverythingResults mental = Everything("mental health");
    CHECK(mental.Total() > mental.Count(ResultKind::App));
}

TEST_CASE("each hit opens its own screen")
{
    const core::EverythingResults r = Everything("heart");
    for (ResultKind kind : { ResultKind::App, ResultKind::Wearable, ResultKind::Trust, ResultKind::Programme })
        for (const core::SearchHit& h : Hits(r, kind)) {
            const core::Route to = core::HitRoute(h);
            CAPTURE(std::string(h.Id));
            switch (h.Kind) {
            case ResultKind::App:
                CHECK(to.View == core::Screen::AppDetail);
                CHECK(to.Id == h.Id);
                break;
            case ResultKind::Wearable:
                CHECK(to.View == core::Screen::WearableDetail);
                CHECK(to.Id == h.Id);
                break;
            case ResultKind::Trust:
                CHECK(to.View == core::Screen::TrustDetail);
                CHECK(to.Id == h.Id);
                break;
            case ResultKind::Programme:
                CHECK(to.View == core::Screen::Programme);
                CHECK(to.Tab == (h.Id.substr(0, 6) == "event:" ? "timeline" : ""));
                break;
            }
        }
    core::SearchHit event;
    event.Kind = ResultKind::Programme;
    event.Id = "event:2017-01-01-1";
    CHECK(core::FormatRoute(core::HitRoute(event)) == "#/programme?view=timeline");
}

TEST_CASE("a search scope allows exactly the apps its words find")
{
    const std::vector<unsigned char> allowed = core::AppsInSearchScope(Index(), "asthma", Data().Apps.size());
    REQUIRE(allowed.size() == Data().Apps.size());
    core::SearchQuery q;
    q.Text = "asthma";
    const core::SearchResults r = Index().Search(q);
    CHECK(std::count(allowed.begin(), allowed.end(), 1) == CountKind(r, ResultKind::App));
    CHECK(CountKind(r, ResultKind::App) > 0);
    for (const core::SearchHit& h : r.Hits)
        if (h.Kind == ResultKind::App) CHECK(allowed[h.Index] == 1);
}

} // TEST_SUITE

TEST_SUITE("route") {

TEST_CASE("the search-everything screen has its own address, with the words")
{
    const core::Route r = core::ParseRoute("#/search?q=heart%20alert");
    CHECK(r.View == core::Screen::Search);
    CHECK(r.Query == "heart alert");
    CHECK(core::FormatRoute(r) == "#/search?q=heart%20alert");
    CHECK(core::ParseRoute("#/search").View == core::Screen::Search);
    CHECK(core::ParseRoute("#/search/x").View == core::Screen::NotFound);
    CHECK(std::string(core::ScreenKey(core::Screen::Search)) == "search");
    CHECK(core::ListScreenOf(core::Screen::Search) == core::Screen::Search);
}

} // TEST_SUITE
