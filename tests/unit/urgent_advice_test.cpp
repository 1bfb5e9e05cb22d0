// urgent_advice_test.cpp — urgent advice (WearableTopic::Urgent) from the data to the search: the loader reads it
// and names a mistake in it; a search naming an alert or a symptom puts it first and leaves out unrelated advice
// (src/core/search_index.cpp: PutUrgentFirst); its numbers are the only tel: links the link rule allows.
#include "core/data_loader.h"
#include "core/search_everything.h"
#include "core/text_format.h"

#include "bundled_index.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using testdata::Data;
using testdata::Index;

std::vector<std::string> AdviceFor(const std::string& text)
{
    core::EverythingResults r;
    core::SearchEverything(Index(), text, r);
    std::vector<std::string> ids;
    for (const core::SearchHit& h : r.Others.Hits)
        if (h.Kind == core::ResultKind::Wearable) ids.emplace_back(h.Id);
    return ids;
}

} // namespace

TEST_SUITE("urgent advice") {
TEST_CASE("the bundled heart advice has urgent steps: 999 for chest pain, fainting and breathlessness, 111 otherwise")
{
    const core::WearableTopic* t = Data().FindTopic("heart-alerts");
    REQUIRE(t);
    CHECK(t->Urgent.Heading == "Call 999 if:");
    CHECK(t->Urgent.Signs.size() == 3);
    CHECK(t->Urgent.NonUrgent.find("NHS 111") != std::string::npos);
    CHECK_FALSE(t->Urgent.Sources.empty());
}

TEST_CASE("a search about an alert puts the urgent advice first and drops advice that only shares a word")
{
    const std::vector<std::string> ids = AdviceFor("my watch said irregular heart rhythm");
    REQUIRE_FALSE(ids.empty());
    CHECK(ids[0] == "heart-alerts");
    for (const std::string& id : ids) CHECK(id != "phone-compatibility");
}

TEST_CASE("a symptom, misspelt or still being typed, finds the urgent advice first too")
{
    for (const char* text : { "palpitations", "chest pain", "atrial fibrilation", "afib alert on my watch", "irregular heart rhy" }) {
        CAPTURE(text);
        const std::vector<std::string> ids = AdviceFor(text);
        REQUIRE_FALSE(ids.empty());
        CHECK(ids[0] == "heart-alerts");
    }
}

TEST_CASE("a search about something else keeps its own order")
{
    const std::vector<std::string> ids = AdviceFor("battery");
    REQUIRE_FALSE(ids.empty());
    CHECK(ids[0] == "battery-and-comfort");
}

TEST_CASE("urgent advice without a heading is a mistake named by file and pointer; the topic is skipped, the rest loads")
{
    std::vector<core::DataFile> files = core::BundledDataFiles();
    for (core::DataFile& f : files)
        if (f.Name == "wearables.json")
            f.Text = R"({"topics": [{"id": "a", "title": "A", "summary": "S", "points": ["P"], "sources": ["bhf-trackers-copy"],
                    "urgent": {"signs": ["you have chest pain"], "alert_words": ["chest pain"], "sources": ["bhf-trackers-copy"]}},
                    {"id": "b", "title": "B", "summary": "S", "points": ["P"], "sources": ["bhf-trackers-copy"]}], "checklist": []})";
    const core::LoadResult r = core::LoadDataset(files);
    bool named = false;
    for (const core::Problem& p : r.Problems) named |= p.File == "wearables.json" && p.Pointer == "/topics/0/urgent/heading";
    CHECK(named);
    REQUIRE(r.Data.Topics.size() == 1);
    CHECK(r.Data.Topics[0].Id == "b");
}

TEST_CASE("999 and 111 are the only numbers the link rule lets a page call")
{
    CHECK(core::IsLinkableUrl("tel:999"));
    CHECK(core::IsLinkableUrl("tel:111"));
    CHECK_FALSE(core::IsLinkableUrl("tel:01234567890"));
    CHECK_FALSE(core::IsLinkableUrl("tel:999;ext=1"));
}
}
