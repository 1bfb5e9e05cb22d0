// search_relevance_test.cpp — everyday queries against the bundled data (assets/) give sensible top results.
// These name real apps, trusts and topics; if the data changes on purpose, update the expectations here.
#include "core/data_loader.h"
#include "core/search_index.h"

#include "bundled_index.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using testdata::Data;
using testdata::Index;

std::vector<std::string> Top(const std::string& text, std::size_t n)
{
    core::SearchQuery q;
    q.Text = text;
    std::vector<std::string> ids;
    for (const core::SearchHit& h : Index().Search(q, n).Hits) ids.emplace_back(h.Id);
    return ids;
}

bool InTop(const std::string& text, std::size_t n, const std::string& id)
{
    const std::vector<std::string> ids = Top(text, n);
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Fails with a clear message when the data no longer has the app a check relies on.
void RequireApps(std::initializer_list<const char*> ids)
{
    for (const char* id : ids) {
        INFO("app id: ", id);
        REQUIRE(Data().FindApp(id) != nullptr);
    }
}

} // namespace

TEST_SUITE("search_relevance") {

TEST_CASE("searching a condition by name puts its apps first")
{
    RequireApps({ "myasthma", "mycopd", "sleepio", "sleepstation", "stress-anxiety-companion", "nhs-covid-19",
                  "becca-breast-cancer-support-app", "owise-breast-cancer", "untire-beating-cancer-fatigue" });
    CHECK(Top("asthma", 1) == std::vector<std::string>{ "myasthma" });
    CHECK(Top("copd", 1) == std::vector<std::string>{ "mycopd" });
    CHECK(InTop("sleep", 2, "sleepio"));
    CHECK(InTop("sleep", 2, "sleepstation"));
    CHECK(Top("anxiety", 1) == std::vector<std::string>{ "stress-anxiety-companion" });
    CHECK(Top("covid", 1) == std::vector<std::string>{ "nhs-covid-19" });
    for (const char* id : { "becca-breast-cancer-support-app", "owise-breast-cancer", "untire-beating-cancer-fatigue" })
        CHECK(InTop("cancer", 3, id));
}

TEST_CASE("misspelt everyday queries still find the right apps")
{
    RequireApps({ "mydiabetes", "myasthma", "sleepio" });
    CHECK(Top("diabetis", 1) == std::vector<std::string>{ "mydiabetes" });
    CHECK(Top("astma", 1) == std::vector<std::string>{ "myasthma" });
    CHECK(InTop("sleap ", 3, "sleepio"));
    SUBCASE("and every top result for diabetis is a diabetes app")
    {
        for (const std::string& id : Top("diabetis", 3)) {
            const core::App* app = Data().FindApp(id);
            REQUIRE(app != nullptr);
            CHECK(std::find(app->Categories.begin(), app->Categories.end(), "diabetes") != app->Categories.end());
        }
    }
}

TEST_CASE("plain-language words reach the apps through the synonyms")
{
    RequireApps({ "mydiabetes", "sleepio", "sleepstation", "baby-buddy", "kicks-count", "mycopd", "calm-harm", "brush-dj" });
    CHECK(Top("blood sugar", 1) == std::vector<std::string>{ "mydiabetes" });
    CHECK(InTop("insomnia", 2, "sleepio"));
    CHECK(InTop("insomnia", 2, "sleepstation"));
    CHECK(InTop("pregnant", 3, "baby-buddy"));
    CHECK(InTop("pregnant", 4, "kicks-count"));
    CHECK(InTop("lungs", 3, "mycopd"));
    CHECK(Top("self harm", 1) == std::vector<std::string>{ "calm-harm" });
    CHECK(Top("self-harm", 1) == std::vector<std::string>{ "calm-harm" });
    CHECK(Top("dentist", 1) == std::vector<std::string>{ "brush-dj" });
}

TEST_CASE("several words narrow to the app meant")
{
    RequireApps({ "baby-and-child-first-aid", "first-aid-by-british-red-cross" });
    CHECK(Top("first aid baby", 1) == std::vector<std::string>{ "baby-and-child-first-aid" });
    CHECK(Top("first aid red cross", 1) == std::vector<std::string>{ "first-aid-by-british-red-cross" });
}

TEST_CASE("every app is found by its own name")
{
    for (const core::App& app : Data().Apps) {
        INFO("app: ", app.Name);
        CHECK(InTop(app.Name, 3, app.Id));
    }
}

TEST_CASE("every trust is found by its main town")
{
    for (const core::Trust& t : Data().Trusts) {
        if (t.MainTown.empty()) continue;
        INFO("trust: ", t.OfficialName, " in ", t.MainTown);
        const std::vector<std::string> ids = Top(t.MainTown, 100);
        CHECK(std::find(ids.begin(), ids.end(), t.OdsCode) != ids.end());
    }
}

TEST_CASE("trusts, wearable advice and the programme answer their own questions")
{
    REQUIRE(Data().FindTrust("RLN") != nullptr);
    REQUIRE(Data().FindTopic("accuracy") != nullptr);
    CHECK(Top("sunderland", 1) == std::vector<std::string>{ "RLN" });
    CHECK(Top("heart rate", 1) == std::vector<std::string>{ "accuracy" });
    bool found_section = false;
    for (const std::string& id : Top("global digital exemplar", 3)) found_section = found_section || id.rfind("section:", 0) == 0;
    CHECK(found_section);
}

} // TEST_SUITE
