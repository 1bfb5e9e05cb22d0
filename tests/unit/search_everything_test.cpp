// search_everything_test.cpp — the header's one box for everything (src/core/search_everything.cpp), against the
// bundled data: groups by kind, each with its full list's address; the Apps group agrees with the Apps screen's
// search; topic words stay words; the search scope of an embed; and the #/search route.
#include "core/search_everything.h"

#include "bundled_index.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

namespace {

using testdata::Data;
using testdata::Index;

const core::ResultGroup& Group(const core::EverythingResults& r, core::ResultKind kind)
{
    return r.Groups[static_cast<int>(kind)];
}

bool HasHit(const core::ResultGroup& g, const std::string& id)
{
    return std::any_of(g.Hits.begin(), g.Hits.end(), [&](const core::SearchHit& h) { return h.Id == id; });
}

int CountKind(const core::SearchResults& r, core::ResultKind kind)
{
    return r.KindCounts[static_cast<int>(kind)];
}

} // namespace

TEST_SUITE("search everything") {

TEST_CASE("one query finds apps, advice, trusts and the programme, each in its own group") {
    // "heart": heart apps, the heart-rhythm advice, and the programme text; grouped in kind order.
    const core::EverythingResults r = core::SearchEverything(Index(), "heart");
    CHECK(Group(r, core::ResultKind::App).Count > 0);
    CHECK(Group(r, core::ResultKind::Wearable).Count > 0);
    CHECK(std::string(Group(r, core::ResultKind::App).Heading) == "Apps");
    CHECK(std::string(Group(r, core::ResultKind::Wearable).Heading) == "Advice");
    CHECK(std::string(Group(r, core::ResultKind::Trust).Heading) == "Trusts");
    CHECK(std::string(Group(r, core::ResultKind::Programme).Heading) == "Programme");
    int total = 0;
    for (const core::ResultGroup& g : r.Groups) {
        total += g.Count;
        const bool limited = g.Kind == core::ResultKind::App || g.Kind == core::ResultKind::Wearable;
        CHECK(g.Hits.size() == (limited ? std::min<std::size_t>(5, static_cast<std::size_t>(g.Count)) : static_cast<std::size_t>(g.Count)));
        for (const core::SearchHit& h : g.Hits) CHECK(h.Kind == g.Kind);
    }
    CHECK(r.Total == total);
}

TEST_CASE("a trust is found by its record system and a programme section by its words") {
    // Every trust found is listed, as the Trusts screen takes no words from the address.
    const core::EverythingResults cerner = core::SearchEverything(Index(), "cerner", 2);
    CHECK(Group(cerner, core::ResultKind::Trust).Count > 2);
    CHECK(Group(cerner, core::ResultKind::Trust).Hits.size() == static_cast<std::size_t>(Group(cerner, core::ResultKind::Trust).Count));
    const core::EverythingResults afib = core::SearchEverything(Index(), "afib");
    CHECK(HasHit(Group(afib, core::ResultKind::Wearable), "heart-alerts"));
    const core::EverythingResults exemplar = core::SearchEverything(Index(), "global digital exemplar");
    CHECK(HasHit(Group(exemplar, core::ResultKind::Programme), "section:what-is-a-gde"));
}

TEST_CASE("the Apps group shows what its full list shows: the Apps screen's search of the same address") {
    for (const char* typed : { "diabetes android", "free mental health", "sleep", "nhs approved asthma on iphone", "free android" }) {
        CAPTURE(typed);
        const core::EverythingResults r = core::SearchEverything(Index(), typed);
        const core::ResultGroup& apps = Group(r, core::ResultKind::App);
        CHECK(apps.More.View == core::Screen::Apps);
        CHECK(apps.More.Query == typed);
        // What the Apps screen searches for that address (its query and filters).
        core::SearchQuery q;
        q.Text = apps.More.Query;
        q.Platform = apps.More.Platform;
        q.Cost = apps.More.Cost;
        q.Badge = apps.More.Badge;
        const core::SearchResults screen = Index().Search(q);
        CHECK(apps.Count == CountKind(screen, core::ResultKind::App));
        REQUIRE(apps.Hits.size() <= screen.Hits.size());
        for (std::size_t i = 0; i < apps.Hits.size(); ++i) CHECK(apps.Hits[i].Id == screen.Hits[i].Id);
    }
    const core::EverythingResults r = core::SearchEverything(Index(), "diabetes android");
    CHECK(Group(r, core::ResultKind::App).More.Platform == "android");
    CHECK(core::FormatRoute(Group(r, core::ResultKind::App).More) == "#/apps?q=diabetes%20android&platform=android");
}

TEST_CASE("filters and filler do not hide the advice: only the words left are searched outside the apps") {
    // "android" filters the apps; the advice is still found by "heart alert".
    const core::EverythingResults r = core::SearchEverything(Index(), "smartwatch heart alert reliable on android");
    CHECK(Group(r, core::ResultKind::Wearable).Count > 0);
    CHECK(std::string(Group(r, core::ResultKind::App).More.Platform) == "android");
    // The advice group's full list is the advice screen's search of the words searched here.
    const core::ResultGroup& advice = Group(r, core::ResultKind::Wearable);
    CHECK(advice.More.View == core::Screen::Wearables);
    CHECK(advice.More.Query == "smartwatch heart alert");
    core::SearchQuery q;
    q.Text = advice.More.Query;
    q.FiltersFromText = false;
    CHECK(CountKind(Index().Search(q), core::ResultKind::Wearable) == advice.Count);
}

TEST_CASE("only filters give the apps they name and nothing else; nothing to search gives nothing") {
    const core::EverythingResults only_filters = core::SearchEverything(Index(), "free android apps");
    CHECK(Group(only_filters, core::ResultKind::App).Count > 0);
    CHECK(Group(only_filters, core::ResultKind::Wearable).Count == 0);
    CHECK(Group(only_filters, core::ResultKind::Trust).Count == 0);
    CHECK(only_filters.Total == Group(only_filters, core::ResultKind::App).Count);
    for (const char* nothing : { "", "   ", "apps", "the ", "for my " }) {   // "the" being typed is a prefix: "therapy"
        CAPTURE(nothing);
        CHECK(core::SearchEverything(Index(), nothing).Total == 0);
    }
}

TEST_CASE("a word nothing matches is named, and the others still find results") {
    const core::EverythingResults r = core::SearchEverything(Index(), "asthma zzqqxx");
    CHECK(r.Total > 0);
    REQUIRE(r.Unmatched.size() == 1);
    CHECK(r.Unmatched[0] == "zzqqxx");
}

TEST_CASE("topic words stay words: they find every app of the topic, some filed elsewhere, and advice and trusts") {
    // Decision (search_everything.h, query_understanding.h): no topic filter or chip from the words. For every topic
    // of the data, its name as words finds all its apps (a filter would add nothing), the topic's apps rank first,
    // and no topic filter is read from the text.
    int extra_apps = 0, other_kinds = 0;
    for (const core::Category& c : Data().Categories) {
        std::string words;
        for (char ch : c.Label) words += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
        CAPTURE(words);
        const core::EverythingResults r = core::SearchEverything(Index(), words + " ", SIZE_MAX);
        const core::ResultGroup& apps = Group(r, core::ResultKind::App);
        CHECK(apps.More.Category.empty());
        int in_topic = 0, found_in_topic = 0;
        for (const core::App& a : Data().Apps)
            in_topic += std::count(a.Categories.begin(), a.Categories.end(), c.Id) > 0;
        for (std::size_t i = 0; i < apps.Hits.size(); ++i) {
            const core::App* a = Data().FindApp(std::string(apps.Hits[i].Id));
            REQUIRE(a != nullptr);
            const bool in = std::count(a->Categories.begin(), a->Categories.end(), c.Id) > 0;
            found_in_topic += in;
            if (in) CHECK(i < static_cast<std::size_t>(in_topic));     // the topic's own apps come first
        }
        CHECK(found_in_topic == in_topic);
        extra_apps += apps.Count - in_topic;
        other_kinds += r.Total - apps.Count;
    }
    // Which a topic filter would have hidden.
    CHECK(extra_apps > 0);
    CHECK(other_kinds > 0);
    const core::EverythingResults mental = core::SearchEverything(Index(), "mental health");
    CHECK(mental.Total > Group(mental, core::ResultKind::App).Count);
}

TEST_CASE("each hit opens its own screen") {
    const core::EverythingResults r = core::SearchEverything(Index(), "heart");
    for (const core::ResultGroup& g : r.Groups)
        for (const core::SearchHit& h : g.Hits) {
            const core::Route to = core::HitRoute(h);
            CAPTURE(std::string(h.Id));
            switch (h.Kind) {
            case core::ResultKind::App: CHECK(to.View == core::Screen::AppDetail); CHECK(to.Id == h.Id); break;
            case core::ResultKind::Wearable: CHECK(to.View == core::Screen::WearableDetail); CHECK(to.Id == h.Id); break;
            case core::ResultKind::Trust: CHECK(to.View == core::Screen::TrustDetail); CHECK(to.Id == h.Id); break;
            case core::ResultKind::Programme:
                CHECK(to.View == core::Screen::Programme);
                CHECK(to.Tab == (h.Id.substr(0, 6) == "event:" ? "timeline" : ""));
                break;
            }
        }
}

TEST_CASE("a search scope allows exactly the apps its words find") {
    const std::vector<unsigned char> allowed = core::AppsInSearchScope(Index(), "asthma", Data().Apps.size());
    REQUIRE(allowed.size() == Data().Apps.size());
    core::SearchQuery q;
    q.Text = "asthma";
    const core::SearchResults r = Index().Search(q);
    CHECK(std::count(allowed.begin(), allowed.end(), 1) == CountKind(r, core::ResultKind::App));
    CHECK(CountKind(r, core::ResultKind::App) > 0);
    for (const core::SearchHit& h : r.Hits)
        if (h.Kind == core::ResultKind::App) CHECK(allowed[h.Index] == 1);
}

} // TEST_SUITE

TEST_SUITE("route") {

TEST_CASE("the search-everything screen has its own address, with the words") {
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
