// trust_pairing_test.cpp — tests for the exemplar / fast-follower pairings (src/core/data_loader.cpp,
// CheckPairings) and "Was my trust part of it?" (src/core/trust_answer.cpp).
#include "core/data_loader.h"
#include "core/trust_answer.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

using json = nlohmann::json;

namespace {

const char* kSources = R"json({ "sources": [ { "id": "s", "publisher": "P", "title": "T", "url": "https://example.org/s", "date": "" } ] })json";

json Trust(const char* ods, const char* name, const char* group, const char* town, const char* region, double lat, double lon)
{
    return { { "ods_code", ods }, { "official_name", name }, { "name_as_announced", name }, { "group", group }, { "main_town", town }, { "region", region }, { "main_hospital", std::string(town) + " General Hospital" }, { "record_system", "" }, { "lat", lat }, { "lon", lon }, { "coordinates_approximate", true }, { "later", "" }, { "sources", { "s" } } };
}

// Two exemplars (one paired with two fast followers, one of them dropped), and their fast followers.
json Trusts()
{
    json d = json::parse(R"json({ "groups": [
        { "id": "acute", "label": "Exemplars", "date": "2016-09-07", "tier": "exemplar", "up_to_gbp_m": 10, "shared": false,
          "matched": true, "funding_sources": ["s"] },
        { "id": "ff", "label": "Fast followers", "date": "2017-09-12", "tier": "fast-follower", "up_to_gbp_m": 5, "shared": false,
          "matched": true, "funding_sources": ["s"] } ],
        "places": [ { "name": "Leeds", "region": "North of England", "lat": 53.8, "lon": -1.55 } ] })json");
    d["trusts"] = json::array();
    d["trusts"].push_back(Trust("RBL", "Wirral University Teaching Hospital NHS Foundation Trust", "acute", "Wirral", "North of England", 53.37, -3.10));
    d["trusts"].push_back(Trust("RBA", "Taunton and Somerset NHS Foundation Trust", "acute", "Taunton", "South of England", 51.01, -3.12));
    d["trusts"].push_back(Trust("RJR", "Countess of Chester Hospital NHS Foundation Trust", "ff", "Chester", "North of England", 53.21, -2.90));
    d["trusts"].push_back(Trust("RLQ", "Wye Valley NHS Trust", "ff", "Hereford", "Midlands and East of England", 52.06, -2.71));
    d["trusts"].push_back(Trust("RXL", "Blackpool Teaching Hospitals NHS Foundation Trust", "ff", "Blackpool", "North of England", 53.82, -3.01));
    d["trusts"][0]["partners"] = { "RJR" };
    d["trusts"][1]["partners"] = { "RLQ", "RXL" };
    d["trusts"][2]["partners"] = { "RBL" };
    d["trusts"][3]["partners"] = { "RBA" };
    d["trusts"][4]["partners"] = { "RBA" };
    for (int i = 2; i < 5; ++i) d["trusts"][i]["named"] = "2017-09-12";
    d["trusts"][4]["dropped"] = "2018-01";
    return d;
}

core::LoadResult Load(const json& trusts)
{
    return core::LoadDataset({ { "sources.json", kSources }, { "trusts.json", trusts.dump() } });
}

std::vector<std::string> TrustProblems(const core::LoadResult& r)
{
    std::vector<std::string> out;
    for (const core::Problem& p : r.Problems)
        if (p.File == "trusts.json") out.push_back(p.Pointer + ": " + p.Message);
    return out;
}

} // namespace

TEST_CASE("pairings written on both trusts load with their tiers, money and dates")
{
    const core::LoadResult r = Load(Trusts());
    CHECK(TrustProblems(r).empty());
    const core::Trust* rjr = r.Data.FindTrust("RJR");
    REQUIRE(rjr);
    CHECK(core::TierOf(r.Data, *rjr) == core::TrustTier::FastFollower);
    CHECK(rjr->Partners == std::vector<std::string>{ "RBL" });
    CHECK(rjr->Named == "2017-09-12");
    CHECK(r.Data.FindTrust("RXL")->Dropped == "2018-01");
    CHECK(r.Data.FindGroup("ff")->UpToGbpM == 5.0);
    CHECK(r.Data.Places.size() == 1);
}

TEST_CASE("a partner that is not a trust of the file is reported at its pointer and dropped; the trust stays")
{
    json d = Trusts();
    d["trusts"][2]["partners"] = { "RZZ" };
    const core::LoadResult r = Load(d);
    const auto problems = TrustProblems(r);
    CHECK(std::any_of(problems.begin(), problems.end(), [](const std::string& p) { return p.find("/trusts/2/partners/0: \"RZZ\" is not a trust") == 0; }));
    REQUIRE(r.Data.FindTrust("RJR"));
    CHECK(r.Data.FindTrust("RJR")->Partners.empty());
}

TEST_CASE("a fast follower paired with a fast follower is refused: a partner must be an exemplar")
{
    json d = Trusts();
    d["trusts"][2]["partners"] = { "RLQ" };
    const auto problems = TrustProblems(Load(d));
    CHECK(std::any_of(problems.begin(), problems.end(), [](const std::string& p) { return p.find("/trusts/2/partners/0") == 0 && p.find("a fast follower too") != std::string::npos; }));
}

TEST_CASE("a pairing written on one trust only is reported on that trust, naming where the other should list it")
{
    json d = Trusts();
    d["trusts"][0].erase("partners"); // Wirral no longer lists Countess of Chester
    const core::LoadResult r = Load(d);
    const auto problems = TrustProblems(r);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("/trusts/2/partners/0: \"RBL\" does not list \"RJR\"") == 0);
    CHECK(r.Data.FindTrust("RJR")->Partners.empty());
}

TEST_CASE("an unknown tier is refused with the words allowed, and the group is skipped")
{
    json d = Trusts();
    d["groups"][1]["tier"] = "slow-follower";
    const auto problems = TrustProblems(Load(d));
    REQUIRE(!problems.empty());
    CHECK(problems[0].find("/groups/1/tier: expected one of \"exemplar\", \"fast-follower\"") == 0);
}

TEST_CASE("a fast follower named before its group was announced, or dropped before it was named, loses that date")
{
    json d = Trusts();
    d["trusts"][2]["named"] = "2015-01";
    d["trusts"][4]["dropped"] = "2017-01";
    const core::LoadResult r = Load(d);
    const auto problems = TrustProblems(r);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].find("/trusts/2/named") == 0);
    CHECK(problems[1].find("/trusts/4/dropped") == 0);
    CHECK(r.Data.FindTrust("RJR")->Named.empty());
    CHECK(r.Data.FindTrust("RXL")->Dropped.empty());
}

TEST_CASE("an exemplar cannot have a dropped date: only a fast follower's pairing is dropped")
{
    json d = Trusts();
    d["trusts"][0]["dropped"] = "2018-01";
    const auto problems = TrustProblems(Load(d));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("/trusts/0/dropped: only a fast follower") == 0);
}

TEST_CASE("a fast follower's name, town or hospital answers in one sentence with its exemplar, month and money")
{
    const core::LoadResult r = Load(Trusts());
    const char* expected = "Countess of Chester Hospital NHS Foundation Trust was a fast follower, paired with the exemplar "
                           "Wirral University Teaching Hospital NHS Foundation Trust in September 2017 (up to \u00a35m from the centre, matched locally).";
    for (const char* words : { "Countess of Chester", "chester", "Chester General Hospital" }) {
        CAPTURE(words);
        const core::TrustAnswer a = core::AnswerTrustQuestion(r.Data, words);
        REQUIRE(a.Sentences.size() == 1);
        CHECK(a.Sentences[0] == expected);
    }
}

TEST_CASE("the dropped pairing is said to be dropped, and the exemplar names its fast follower and the dropped one")
{
    const core::LoadResult r = Load(Trusts());
    CHECK(core::TrustSentence(r.Data, *r.Data.FindTrust("RXL")).find("but the pairing had been dropped by January 2018") != std::string::npos);
    const std::string taunton = core::TrustSentence(r.Data, *r.Data.FindTrust("RBA"));
    CHECK(taunton.find("its fast follower was Wye Valley NHS Trust; a pairing with Blackpool Teaching Hospitals NHS Foundation Trust was dropped") != std::string::npos);
}

TEST_CASE("a town with no trust in the programme says so plainly and lists its region's trusts, nearest first")
{
    const core::LoadResult r = Load(Trusts());
    const core::TrustAnswer a = core::AnswerTrustQuestion(r.Data, "Leeds");
    CHECK(a.Trusts.empty());
    CHECK(a.NotInProgramme.find("No trust in Leeds was an exemplar or a fast follower") == 0);
    REQUIRE(a.SameRegion.size() == 3);
    CHECK(a.SameRegion[0]->OdsCode == "RXL"); // Blackpool is nearer Leeds than Chester or Wirral
    CHECK(a.SameRegion[2]->OdsCode == "RBL");
}

TEST_CASE("words that are no name or place give no answer")
{
    const core::LoadResult r = Load(Trusts());
    CHECK_FALSE(core::AnswerTrustQuestion(r.Data, "asthma").Any());
    CHECK_FALSE(core::AnswerTrustQuestion(r.Data, "nhs trust").Any());
    CHECK_FALSE(core::AnswerTrustQuestion(r.Data, "ch").Any());
    CHECK(core::AnswerTrustQuestion(r.Data, "St Elsewhere Hospital").NotInProgramme.find("No trust or hospital called") == 0);
}
