// money_table_test.cpp — tests for "Where the money went": trusts.json /money as the loader checks it
// (src/core/data_loader.cpp, ReadMoney) and the table's cells and links (src/core/money_table.cpp).
#include "core/data_loader.h"
#include "core/money_table.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

using json = nlohmann::json;

namespace {

const char* kSources = R"json({ "sources": [ { "id": "s", "publisher": "P", "title": "T", "url": "https://example.org/s", "date": "" } ] })json";

json Trust(const char* ods, const char* group)
{
    return { { "ods_code", ods }, { "official_name", ods }, { "name_as_announced", ods }, { "group", group }, { "main_town", "Town" }, { "region", "North" }, { "main_hospital", "" }, { "record_system", "" }, { "lat", 53.0 }, { "lon", -2.0 }, { "coordinates_approximate", true }, { "later", "" }, { "sources", { "s" } } };
}

// Two exemplars and three fast followers, one of them dropped; three rows (one with no list) and two totals.
json Trusts()
{
    json d = json::parse(R"json({ "groups": [
        { "id": "acute", "label": "Exemplars", "date": "2016-09-07", "tier": "exemplar", "up_to_gbp_m": 10, "shared": false, "matched": true },
        { "id": "ff", "label": "Fast followers", "date": "2017-09-12", "tier": "fast-follower", "up_to_gbp_m": 5, "shared": false, "matched": true } ],
      "money": {
        "rows": [
          { "id": "exemplars", "label": "Exemplars", "groups": ["acute"], "trusts": 2, "trusts_approximate": false, "up_to_gbp_m": 10,
            "shared": false, "matched": true, "count_note": "", "sources": ["s"] },
          { "id": "followers", "label": "Fast followers", "groups": ["ff"], "trusts": 4, "trusts_approximate": false, "up_to_gbp_m": 5,
            "shared": false, "matched": true, "count_note": "4 were named; we found sources for 3, and 1 was dropped.", "sources": ["s"] },
          { "id": "mh-followers", "label": "Mental health fast followers", "groups": [], "trusts": 7, "trusts_approximate": true,
            "up_to_gbp_m": 3, "shared": false, "matched": true, "count_note": "No source names them.", "sources": ["s"] } ],
        "totals": [
          { "id": "t40", "value": "£40m", "gbp_m": 40, "rows": ["exemplars", "followers"], "what": "Both.", "sources": ["s"] },
          { "id": "t95", "value": "£95m", "gbp_m": 95, "what": "No one says.", "sources": ["s"] } ] } })json");
    d["trusts"] = json::array({ Trust("AAA", "acute"), Trust("BBB", "acute"), Trust("CCC", "ff"), Trust("DDD", "ff"), Trust("EEE", "ff") });
    d["trusts"][0]["partners"] = { "CCC", "DDD" };
    d["trusts"][1]["partners"] = { "EEE" };
    d["trusts"][2]["partners"] = { "AAA" };
    d["trusts"][3]["partners"] = { "AAA" };
    d["trusts"][4]["partners"] = { "BBB" };
    d["trusts"][4]["named"] = "2017-09-12";
    d["trusts"][4]["dropped"] = "2018-01";
    return d;
}

core::LoadResult Load(const json& trusts) { return core::LoadDataset({ { "sources.json", kSources }, { "trusts.json", trusts.dump() } }); }

bool Names(const core::LoadResult& r, const std::string& start)
{
    return std::any_of(r.Problems.begin(), r.Problems.end(), [&](const core::Problem& p) { return p.File == "trusts.json" && (p.Pointer + ": " + p.Message).find(start) == 0; });
}

bool AnyTrustsProblem(const core::LoadResult& r)
{
    return std::any_of(r.Problems.begin(), r.Problems.end(), [](const core::Problem& p) { return p.File == "trusts.json"; });
}

} // namespace

TEST_SUITE("money table") {
TEST_CASE("the rows and totals load, and each row's cells say how many, how much and which totals count it")
{
    const core::LoadResult r = Load(Trusts());
    CHECK_FALSE(AnyTrustsProblem(r));
    REQUIRE(r.Data.MoneyRows.size() == 3);
    REQUIRE(r.Data.Totals.size() == 2);
    const core::Dataset& d = r.Data;
    CHECK(core::RowTrusts(d, d.MoneyRows[0]) == "2");
    CHECK(core::RowTrusts(d, d.MoneyRows[1]) == "4 (2 listed here)"); // the dropped pairing is not counted
    CHECK(core::RowTrusts(d, d.MoneyRows[2]) == "up to 7 (none listed here)");
    CHECK(core::RowFunding(d.MoneyRows[0]) == "Up to \u00a310m each, \u00a320m in all");
    CHECK(core::RowFunding(d.MoneyRows[2]) == "Up to \u00a33m each, up to \u00a321m in all");
    CHECK(core::RowCountedIn(d, d.MoneyRows[1]) == "\u00a340m");
    CHECK(core::RowCountedIn(d, d.MoneyRows[2]).empty());
    CHECK(core::RowAccessibleName(d, d.MoneyRows[0]) == "Exemplars: 2 trusts; Up to \u00a310m each, \u00a320m in all; matched locally; counted in \u00a340m.");
}

TEST_CASE("a text that gives a published total is found, and a longer sum that only contains its digits is not")
{
    const core::LoadResult r = Load(Trusts());
    CHECK(core::MentionsTotal(r.Data, "The report gave \u00a395m in all."));
    CHECK(core::MentionsTotal(r.Data, "\u00a340m"));
    CHECK_FALSE(core::MentionsTotal(r.Data, "It was \u00a3400m."));
    CHECK_FALSE(core::MentionsTotal(r.Data, "Each could get up to \u00a310m."));
}

TEST_CASE("a row that counts more trusts than the list holds, and says nothing of why, is named at its count_note")
{
    json d = Trusts();
    d["money"]["rows"][1]["count_note"] = "";
    const core::LoadResult r = Load(d);
    CHECK(Names(r, "/money/rows/1/count_note: the row counts 4 trusts but /trusts lists 2"));
    CHECK(r.Data.MoneyRows.size() == 3); // the table still shows it
}

TEST_CASE("a row whose money differs from its group's is named at the field")
{
    json d = Trusts();
    d["money"]["rows"][0]["up_to_gbp_m"] = 9;
    CHECK(Names(Load(d), "/money/rows/0/up_to_gbp_m: does not agree with the group \"acute\""));
    d = Trusts();
    d["money"]["rows"][0]["shared"] = true;
    CHECK(Names(Load(d), "/money/rows/0/shared: does not agree"));
}

TEST_CASE("every group is in exactly one row")
{
    json d = Trusts();
    d["money"]["rows"][1]["groups"] = json::array();
    CHECK(Names(Load(d), "/money/rows: no row counts the group \"ff\""));
    d = Trusts();
    d["money"]["rows"][1]["groups"] = { "ff", "acute" };
    CHECK(Names(Load(d), "/money/rows/1/groups/1: \"acute\" is counted by /money/rows/0 already"));
}

TEST_CASE("a total naming a row that is not in the table is skipped, named at the row's pointer")
{
    json d = Trusts();
    d["money"]["totals"][0]["rows"] = { "exemplars", "nobody" };
    const core::LoadResult r = Load(d);
    CHECK(Names(r, "/money/totals/0/rows/1: unknown row \"nobody\""));
    CHECK(r.Data.Totals.size() == 1);
}

TEST_CASE("an unknown group in a row, and a missing list of rows, are named; the trusts still load")
{
    json d = Trusts();
    d["money"]["rows"][0]["groups"] = { "acute-2099" };
    const core::LoadResult r = Load(d);
    CHECK(Names(r, "/money/rows/0/groups/0: unknown group \"acute-2099\""));
    CHECK(r.Data.Trusts.size() == 5);
    d = Trusts();
    d["money"].erase("rows");
    const core::LoadResult none = Load(d);
    CHECK(Names(none, "/money/rows: required field is missing"));
    CHECK(none.Data.Trusts.size() == 5);
    CHECK(none.Data.MoneyRows.empty());
    d = Trusts();
    d["money"]["rows"] = json::array();
    CHECK(Names(Load(d), "/money/rows: must not be empty")); // as every list of the data files says it
}

TEST_CASE("the bundled table agrees with the bundled trusts: 16 hospital, 7 mental health and 3 ambulance exemplars")
{
    // The counts the Programme shows, checked against the list by the loader (no problems) and here by value.
    const core::LoadResult r = core::LoadDataset(core::BundledDataFiles());
    CHECK(r.Problems.empty());
    auto row = [&](const char* id) { return std::find_if(r.Data.MoneyRows.begin(), r.Data.MoneyRows.end(), [&](const core::MoneyRow& m) { return m.Id == id; }); };
    REQUIRE(row("acute-exemplars") != r.Data.MoneyRows.end());
    CHECK(core::RowTrusts(r.Data, *row("acute-exemplars")) == "16");
    CHECK(core::RowTrusts(r.Data, *row("mental-health-exemplars")) == "7");
    CHECK(core::RowTrusts(r.Data, *row("ambulance-exemplars")) == "3");
    CHECK(core::RowTrusts(r.Data, *row("mental-health-fast-followers")) == "up to 7 (none listed here)");
    CHECK(core::RowCountedIn(r.Data, *row("ambulance-exemplars")) == "\u00a3280m, \u00a3302m");
}
}
