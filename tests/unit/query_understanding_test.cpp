// query_understanding_test.cpp — queries typed the way people type them, against the bundled data (assets/):
// the filters read from the words, the filler dropped, and the result a person expects at the top.
// The first five rows are the table in issue 18; the rest are everyday phrasings. If the data changes on
// purpose, update the expectations here.
#include "core/data_loader.h"
#include "core/query_understanding.h"
#include "core/search_index.h"

#include "bundled_index.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using testdata::Data;
using testdata::Index;

core::SearchResults Run(const std::string& text)
{
    core::SearchQuery q;
    q.Text = text;
    return Index().Search(q);
}

struct Phrasing {
    const char* Typed;
    const char* Expected; // an id among the first Within results; "" to check only the filters
    std::size_t Within;
    const char* Platform; // the filters the words must give ("" for none)
    const char* Cost;
    const char* Badge;
};

const Phrasing kPhrasings[] = {
    // The table.
    { "diabetes android", "mydiabetes", 1, "android", "", "" },
    { "free mental health", "", 0, "", "free", "" },
    { "smartwatch heart alert reliable", "heart-alerts", 1, "", "", "" },
    { "afib", "heart-alerts", 1, "", "", "" },
    { "irregular heartbeat", "heart-alerts", 1, "", "", "" },
    // Facets typed into the query.
    { "apps for diabetes on my iphone", "mydiabetes", 1, "ios", "", "" },
    { "asthma app for android", "myasthma", 1, "android", "", "" },
    { "nhs approved apps", "mycopd", 1, "", "", "nhs-approved" },
    { "copd nhs approved", "mycopd", 1, "", "", "nhs-approved" },
    { "approved by the NHS", "mycopd", 1, "", "", "nhs-approved" },
    { "being tested in the nhs", "chill-panda", 2, "", "", "being-tested" },
    { "insomnia on the web", "sleepio", 2, "web", "", "" },
    { "web apps for depression", "be-mindful", 3, "web", "", "" },
    { "blood sugar iphone", "mydiabetes", 1, "ios", "", "" },
    { "breast cancer on android", "owise-breast-cancer", 2, "android", "", "" },
    { "free first aid", "first-aid-by-british-red-cross", 1, "", "free", "" },
    { "repeat prescription free", "echo-pharmacy", 1, "", "free", "" },
    { "free", "echo-pharmacy", 2, "", "free", "" },
    // Filler around the subject.
    { "help with anxiety", "stress-anxiety-companion", 1, "", "", "" },
    { "best apps for stress", "stress-anxiety-companion", 1, "", "", "" },
    { "reliable sleep app", "sleepio", 2, "", "", "" },
    { "self harm help", "calm-harm", 1, "", "", "" },
    { "is my fitness tracker accurate", "accuracy", 1, "", "", "" },
    { "who can see my data", "privacy", 1, "", "", "" },
    { "is it a medical device", "medical-device", 1, "", "", "" },
    // Lay words and abbreviations.
    { "cant sleep", "sleepio", 2, "", "", "" },
    { "can't sleep", "sleepstation", 2, "", "", "" },
    { "trouble sleeping", "sleepio", 2, "", "", "" },
    { "low mood", "my-possible-self-the-mental-health-app", 1, "", "", "" },
    { "feeling low", "my-possible-self-the-mental-health-app", 1, "", "", "" },
    { "sugar", "mydiabetes", 1, "", "", "" },
    { "COPD ", "mycopd", 1, "", "", "" },
    { "emphysema", "mycopd", 1, "", "", "" },
    { "chronic bronchitis", "mycopd", 1, "", "", "" },
    { "atrial fibrillation", "heart-alerts", 1, "", "", "" },
    { "AF ", "heart-alerts", 1, "", "", "" },
    { "arrhythmia", "heart-alerts", 1, "", "", "" },
    { "pregnant", "baby-buddy", 1, "", "", "" },
    { "baby movements", "kicks-count", 1, "", "", "" },
    { "kegel exercises", "squeezy", 1, "", "", "" },
    { "incontinence", "squeezy", 1, "", "", "" },
    { "diabetes in pregnancy", "gdm-health", 1, "", "", "" },
    { "chemist", "echo-pharmacy", 1, "", "", "" },
    { "side effects of medicines", "yellow-card", 1, "", "", "" },
    { "contact tracing", "nhs-covid-19", 1, "", "", "" },
    { "track and trace app", "nhs-covid-19", 1, "", "", "" },
    { "cancer tiredness", "untire-beating-cancer-fatigue", 1, "", "", "" },
    { "kids teeth", "brush-dj", 1, "", "", "" },
};

} // namespace

TEST_SUITE("query_understanding") {

TEST_CASE("everyday phrasings give the filters and the top result a person expects")
{
    CHECK(sizeof(kPhrasings) / sizeof(kPhrasings[0]) >= 35);
    for (const Phrasing& p : kPhrasings) {
        INFO("typed: \"", std::string(p.Typed), "\"");
        const core::SearchResults r = Run(p.Typed);
        CHECK(r.Applied.Platform == p.Platform);
        CHECK(r.Applied.Cost == p.Cost);
        CHECK(r.Applied.Badge == p.Badge);
        if (*p.Expected == '\0') continue;
        REQUIRE_MESSAGE(!r.Hits.empty(), "no results");
        std::vector<std::string> top;
        for (std::size_t i = 0; i < std::min(p.Within, r.Hits.size()); ++i) top.emplace_back(r.Hits[i].Id);
        INFO("first results: ", [&] { std::string s; for (const auto& id : top) s += id + " "; return s; }());
        CHECK(std::find(top.begin(), top.end(), p.Expected) != top.end());
    }
}

TEST_CASE("a facet typed into the query only keeps apps that have it")
{
    const core::SearchResults r = Run("diabetes android");
    REQUIRE(!r.Hits.empty());
    for (const core::SearchHit& h : r.Hits) {
        INFO("hit: ", h.Id);
        REQUIRE(h.Kind == core::ResultKind::App);
        CHECK((Data().Apps[h.Index].Platforms & core::Platform_Android) != 0);
    }
    // Without the platform word, the same diabetes apps and more (web ones, advice) come back.
    CHECK(Run("diabetes").TotalHits >= r.TotalHits);
    CHECK(r.Understood.SearchText == "diabetes ");
}

TEST_CASE("free does not hide the apps whose cost was never recorded: the counts say how many there are")
{
    const core::SearchResults r = Run("free mental health");
    CHECK(r.Applied.Cost == "free");
    int not_known = -1;
    for (const core::FacetCount& c : r.Costs)
        if (c.Key == "not-known") not_known = c.Count;
    int mental_health_apps_without_cost = 0;
    for (const core::App& a : Data().Apps)
        if (a.Cost.empty() && std::find(a.Categories.begin(), a.Categories.end(), "mental-health") != a.Categories.end())
            ++mental_health_apps_without_cost;
    REQUIRE(mental_health_apps_without_cost > 0);
    CHECK(not_known >= mental_health_apps_without_cost);
}

TEST_CASE("a word nothing matches is named, and the others still give results")
{
    const core::SearchResults r = Run("diabetes zxqv ");
    CHECK(r.Partial);
    CHECK(r.Unmatched == std::vector<std::string>{ "zxqv" });
    REQUIRE(!r.Hits.empty());
    CHECK(r.Hits.front().Id == "mydiabetes");
    SUBCASE("results matching more words come before those matching fewer")
    {
        const core::SearchResults two = Run("asthma children zxqv ");
        REQUIRE(two.Hits.size() >= 2);
        CHECK(two.Hits.front().Score > two.Hits.back().Score);
        CHECK((two.Hits.front().Id == "digital-health-passport" || two.Hits.front().Id == "rafi-tone"));
    }
}

TEST_CASE("a filter chosen by hand wins over one named in the words")
{
    core::SearchQuery q;
    q.Text = "asthma android";
    q.Platform = "ios";
    CHECK(Index().Search(q).Applied.Platform == "ios");
}

TEST_CASE("the trust search still answers record systems, regions and services")
{
    for (const char* typed : { "cerner", "north", "ambulance" }) {
        INFO("typed: ", std::string(typed));
        const core::SearchResults r = Run(typed);
        REQUIRE(!r.Hits.empty());
        CHECK(r.Hits.front().Kind == core::ResultKind::Trust);
    }
}

TEST_CASE("the words of the query are read apart from the search")
{
    SUBCASE("filler goes, the subject stays")
    {
        const core::UnderstoodQuery u = core::UnderstandQuery("reliable apps for diabetes ");
        CHECK(u.SearchText == "diabetes ");
        CHECK(u.Dropped == std::vector<std::string>{ "reliable", "apps", "for" });
        for (const char* f : u.Filters) CHECK(f == nullptr);
    }
    SUBCASE("connectors go with their filter, and the last one named of a kind wins")
    {
        const core::UnderstoodQuery u = core::UnderstandQuery("asthma that works on iPhone or android");
        REQUIRE(u.Find(core::FacetKind::Platform) != nullptr);
        CHECK(std::string(u.Find(core::FacetKind::Platform)) == "android");
        CHECK(u.Find(core::FacetKind::Cost) == nullptr);
        CHECK(u.SearchText.rfind("asthma", 0) == 0);
    }
    SUBCASE("a short word typed alone may be the start of a name, so it stays")
    {
        CHECK(core::UnderstandQuery("my").SearchText == "my");
        CHECK(core::UnderstandQuery("sleep app").SearchText == "sleep ");
    }
    SUBCASE("a word still being typed keeps its prefix; a finished one does not")
    {
        CHECK(core::UnderstandQuery("diab").SearchText == "diab");
        CHECK(core::UnderstandQuery("diab android").SearchText == "diab ");
    }
}

TEST_CASE("the address and the chips stay in step with the words")
{
    core::Route r;
    r.View = core::Screen::Apps;
    r.Query = "diabetes android";
    core::SyncFiltersWithQuery(r, "");
    CHECK(r.Platform == "android");
    CHECK(core::FormatRoute(r) == "#/apps?q=diabetes%20android&platform=android");

    SUBCASE("removing the chip removes the filter and its words")
    {
        core::RemoveFilter(r, core::FacetKind::Platform);
        CHECK(r.Platform.empty());
        CHECK(r.Query == "diabetes");
    }
    SUBCASE("deleting the word clears the filter it set")
    {
        const std::string before = r.Query;
        r.Query = "diabetes";
        core::SyncFiltersWithQuery(r, before);
        CHECK(r.Platform.empty());
    }
    SUBCASE("a filter chosen by hand stays while the words change")
    {
        core::Route hand;
        hand.View = core::Screen::Apps;
        hand.Query = "sleep";
        hand.Cost = "free";
        core::SyncFiltersWithQuery(hand, "slee");
        CHECK(hand.Cost == "free");
    }
    SUBCASE("other words keep their spelling when a filter's words go")
    {
        CHECK(core::RemoveFacetWords("Diabetes apps on my iPhone, free", core::FacetKind::Platform) == "Diabetes apps, free");
    }
}

} // TEST_SUITE
