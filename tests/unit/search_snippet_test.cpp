// search_snippet_test.cpp — why each result is there (src/core/search_snippet.cpp), against the bundled data:
// the snippet names the field the words are in and quotes them, for every kind of result.
#include "core/search_snippet.h"

#include "core/search_everything.h"

#include "bundled_index.h"

#include <doctest/doctest.h>

#include <string>

namespace {

using testdata::Data;
using testdata::Index;

// The snippet of the hit with this id in the header's search of everything.
core::SearchSnippet SnippetOf(const std::string& text, const std::string& id)
{
    core::EverythingResults r;
    core::SearchEverything(Index(), text, r);
    for (core::ResultKind kind : { core::ResultKind::App, core::ResultKind::Wearable, core::ResultKind::Trust, core::ResultKind::Programme })
        for (const core::SearchHit& h : r.Of(kind).Hits)
            if (h.Kind == kind && h.Id == id) return core::MakeSnippet(Data(), h, r.Of(kind).Query, Index());
    FAIL("no hit " << id << " for " << text);
    return {};
}

} // namespace

TEST_SUITE("search snippet") {
TEST_CASE("a trust found only through its later history says so, with the word as written")
{
    const core::SearchSnippet s = SnippetOf("blackpool", "RBA"); // Taunton and Somerset
    CHECK(s.Field == "what happened later");
    REQUIRE(s.Words.size() == 1);
    CHECK(s.Words[0] == "Blackpool");
    CHECK(s.Lead() == "Mentions Blackpool in: what happened later");
    CHECK(s.Excerpt.find("Blackpool Teaching Hospitals") != std::string::npos);
    REQUIRE(s.Ranges.size() == 1);
    CHECK(s.Excerpt.substr(s.Ranges[0].first, s.Ranges[0].second - s.Ranges[0].first) == "Blackpool");
}

TEST_CASE("a long field is cut around the words at word edges, marked with an ellipsis")
{
    const core::SearchSnippet s = SnippetOf("blackpool", "RBA");
    CHECK(s.Excerpt.size() <= 110 + 6); // the two ellipses are 3 bytes each
    CHECK(s.Excerpt.rfind("\u2026", 0) == 0);
    CHECK(s.Excerpt.find(" \u2026") == std::string::npos);
}

TEST_CASE("a programme section that names a trust in its text points at the text")
{
    core::EverythingResults r;
    core::SearchEverything(Index(), "Salford", r);
    int programme = 0;
    for (const core::SearchHit& h : r.Others.Hits) {
        const core::SearchSnippet s = core::MakeSnippet(Data(), h, r.Others.Query, Index());
        CAPTURE(h.Id);
        CHECK_FALSE(s.Empty());
        CHECK(s.Description().find("Salford") != std::string::npos);
        if (h.Kind == core::ResultKind::Programme) {
            ++programme;
            CHECK((s.Field == "text" || s.Field == "detail"));
        }
    }
    CHECK(programme >= 1);
}

TEST_CASE("the name wins when it holds the words, and a misspelling is quoted as the data spells it")
{
    const core::SearchSnippet s = SnippetOf("salfrod", "RM3");
    CHECK(s.Field == "official name");
    REQUIRE_FALSE(s.Words.empty());
    CHECK(s.Words[0] == "Salford");
}

TEST_CASE("the field holding more of the words wins over an earlier one holding fewer")
{
    const core::SearchSnippet s = SnippetOf("inhaler technique", "myasthma");
    CHECK(s.Field == "description");
    CHECK(s.Words.size() == 2);
    CHECK(s.Lead() == "Mentions inhaler and technique in: description");
}

TEST_CASE("no words, no snippet")
{
    core::SearchHit hit;
    hit.Kind = core::ResultKind::App;
    hit.Id = Data().Apps[0].Id;
    CHECK(core::MakeSnippet(Data(), hit, core::PreparedQuery{}, Index()).Empty());
}
}
