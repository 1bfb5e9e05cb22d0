// trust_list_test.cpp — the trusts screen's filter and sort (src/core/trust_list.cpp).
#include "core/trust_list.h"

#include "bundled_index.h"
#include "core/search_index.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

core::Trust MakeTrust(const char* ods, const char* name, const char* group, const char* town, const char* region, const char* record)
{
    core::Trust t;
    t.OdsCode = ods;
    t.OfficialName = name;
    t.Group = group;
    t.MainTown = town;
    t.Region = region;
    t.RecordSystem = record;
    return t;
}

// Four trusts in two groups, the later group first in the file, one record system not known.
core::Dataset Small()
{
    core::Dataset d;
    auto add_group = [&](const char* id, const char* label, const char* date) {
        core::TrustGroup group;
        group.Id = id;
        group.Label = label;
        group.Date = date;
        d.Groups.push_back(group);
    };
    add_group("early", "Early group", "2016-09");
    add_group("late", "Late group", "2017-07");
    d.Trusts.push_back(MakeTrust("AAA", "Zeta Hospitals", "late", "Leeds", "North", "Cerner"));
    d.Trusts.push_back(MakeTrust("BBB", "Alpha Care", "early", "York", "North", ""));
    d.Trusts.push_back(MakeTrust("CCC", "Beta Health", "early", "Bath", "South", "Epic"));
    d.Trusts.push_back(MakeTrust("DDD", "Alpha Care", "late", "Bath", "South", "Epic"));
    return d;
}

std::vector<std::string> Codes(const std::vector<const core::Trust*>& trusts)
{
    std::vector<std::string> out;
    for (const core::Trust* t : trusts) out.push_back(t->OdsCode);
    return out;
}

std::vector<const core::Trust*> All(const core::Dataset& d)
{
    std::vector<const core::Trust*> out;
    for (const core::Trust& t : d.Trusts) out.push_back(&t);
    return out;
}

} // namespace

TEST_SUITE("trust_list") {

TEST_CASE("no filter lists every trust in data order; groups and regions narrow it, together")
{
    const core::Dataset d = Small();
    core::SearchIndex index;
    index.Build(d);
    core::TrustFilter f;
    CHECK_FALSE(f.Any());
    CHECK(Codes(core::FilterTrusts(d, index, f)) == std::vector<std::string>{ "AAA", "BBB", "CCC", "DDD" });
    f.Groups = { "early" };
    CHECK(f.Any());
    CHECK(Codes(core::FilterTrusts(d, index, f)) == std::vector<std::string>{ "BBB", "CCC" });
    f.Regions = { "South" };
    CHECK(Codes(core::FilterTrusts(d, index, f)) == std::vector<std::string>{ "CCC" });
    f.Groups.clear();
    f.Regions = { "South", "North" };
    CHECK(Codes(core::FilterTrusts(d, index, f)).size() == 4);
    CHECK(core::TrustRegions(d) == std::vector<std::string>{ "North", "South" });
}

TEST_CASE("the search box's words go through the search engine: towns, record systems, a misspelling")
{
    const core::Dataset d = Small();
    core::SearchIndex index;
    index.Build(d);
    core::TrustFilter f;
    f.Text = "Bath";
    CHECK(Codes(core::FilterTrusts(d, index, f)) == std::vector<std::string>{ "CCC", "DDD" });
    f.Text = "cerner";
    CHECK(Codes(core::FilterTrusts(d, index, f)) == std::vector<std::string>{ "AAA" });
    f.Text = "Epci"; // a swap of two letters is one edit
    CHECK(Codes(core::FilterTrusts(d, index, f)) == std::vector<std::string>{ "CCC", "DDD" });
    f.Text = "   "; // no words: no text filter
    CHECK(core::FilterTrusts(d, index, f).size() == 4);
    f.Text = "free"; // a word here, never the apps' cost filter
    CHECK(core::FilterTrusts(d, index, f).empty());
}

TEST_CASE("on the bundled data, a record system finds the trusts that used it")
{
    const core::Dataset& d = testdata::Data();
    core::TrustFilter f;
    f.Text = "Cerner";
    const size_t expected = static_cast<size_t>(std::count_if(d.Trusts.begin(), d.Trusts.end(),
                                                              [](const core::Trust& t) { return t.RecordSystem.find("Cerner") != std::string::npos; }));
    REQUIRE(expected > 0);
    std::vector<const core::Trust*> found = core::FilterTrusts(d, testdata::Index(), f);
    CHECK(found.size() >= expected);
    for (const core::Trust& t : d.Trusts)
        if (t.RecordSystem.find("Cerner") != std::string::npos) CHECK(std::find(found.begin(), found.end(), &t) != found.end());
}

TEST_CASE("sorting: by a column either way, ties by name then file order, record systems not known last")
{
    const core::Dataset d = Small();
    std::vector<const core::Trust*> t = All(d);
    core::SortTrusts(d, core::TrustSort::Name, false, t);
    CHECK(Codes(t) == std::vector<std::string>{ "BBB", "DDD", "CCC", "AAA" }); // two "Alpha Care": file order
    core::SortTrusts(d, core::TrustSort::Name, true, t);
    CHECK(Codes(t) == std::vector<std::string>{ "AAA", "CCC", "BBB", "DDD" });
    core::SortTrusts(d, core::TrustSort::Town, false, t);
    CHECK(Codes(t) == std::vector<std::string>{ "DDD", "CCC", "AAA", "BBB" }); // Bath (Alpha, Beta), Leeds, York
    core::SortTrusts(d, core::TrustSort::Group, false, t);
    CHECK(Codes(t) == std::vector<std::string>{ "BBB", "CCC", "DDD", "AAA" }); // the data's group order, not the file's
    core::SortTrusts(d, core::TrustSort::Group, true, t);
    CHECK(Codes(t) == std::vector<std::string>{ "DDD", "AAA", "BBB", "CCC" }); // latest first; ties still A to Z
    core::SortTrusts(d, core::TrustSort::RecordSystem, false, t);
    CHECK(Codes(t) == std::vector<std::string>{ "AAA", "DDD", "CCC", "BBB" }); // Cerner, Epic (Alpha, Beta), not known
}

}
