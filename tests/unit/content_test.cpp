// content_test.cpp — what the Programme, Trusts and Sources screens show is right: the exemplars sit
// in the groups and months they were named in, every trust lies on the map's outline of the UK, and
// the Sources screen lists only what something cites. What the loader itself guarantees (fields, unique
// ids and ODS codes, known sources, the latitude/longitude box) is not tested again here: the bundled data
// loading with no problems (bundled_data_test.cpp) and the bad-data cases cover it.
#include "core/data_loader.h"
#include "core/map_geometry.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace {

const core::Dataset& Data()
{
    static const core::LoadResult result = core::LoadDataset(core::BundledDataFiles());
    return result.Data;
}

long TrustsIn(const std::string& group)
{
    const std::vector<core::Trust>& trusts = Data().Trusts;
    return std::count_if(trusts.begin(), trusts.end(), [&](const core::Trust& t) { return t.Group == group; });
}

// Every list of source ids the app shows, with where it is shown, for the messages.
std::vector<std::pair<std::string, std::vector<std::string>>> CitedLists()
{
    const core::Dataset& d = Data();
    std::vector<std::pair<std::string, std::vector<std::string>>> lists;
    for (const core::ProgrammeSection& s : d.Sections) lists.emplace_back("section " + s.Id, s.Sources);
    for (const core::KeyFigure& f : d.Figures) lists.emplace_back("figure " + f.Id, f.Sources);
    for (const core::FundingTier& t : d.FundingTiers) lists.emplace_back("funding tier " + t.Id, t.Sources);
    for (const core::TimelineEvent& e : d.Timeline) lists.emplace_back("event " + e.Date + " " + e.Title, e.Sources);
    for (const core::Trust& t : d.Trusts) lists.emplace_back("trust " + t.OdsCode, t.Sources);
    for (const core::App& a : d.Apps) lists.emplace_back("app " + a.Id, a.Sources);
    for (const core::WearableTopic& w : d.Topics) lists.emplace_back("topic " + w.Id, w.Sources);
    lists.emplace_back("apps listing", d.Listing.Sources);
    for (const core::MoneyRow& r : d.MoneyRows) lists.emplace_back("money row " + r.Id, r.Sources);
    for (const core::PublishedTotal& t : d.Totals) lists.emplace_back("published total " + t.Id, t.Sources);
    return lists;
}

} // namespace

TEST_SUITE("content") {

TEST_CASE("the first 12 exemplars were named in September 2016 and 4 more in March 2017")
{
    const core::TrustGroup* first = Data().FindGroup("acute-2016");
    const core::TrustGroup* second = Data().FindGroup("acute-2017");
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    CHECK(first->Date.rfind("2016-09", 0) == 0);
    CHECK(second->Date.rfind("2017-03", 0) == 0);
    CHECK(TrustsIn("acute-2016") == 12);
    CHECK(TrustsIn("acute-2017") == 4);
}

TEST_CASE("every trust belongs to a group, and every group has trusts")
{
    for (const core::Trust& t : Data().Trusts) {
        CAPTURE(t.OdsCode);
        CHECK(Data().FindGroup(t.Group) != nullptr);
    }
    for (const core::TrustGroup& g : Data().Groups) {
        CAPTURE(g.Id);
        CHECK(TrustsIn(g.Id) > 0);
    }
}

TEST_CASE("every trust lies on land inside the map's outline of the UK")
{
    REQUIRE(!Data().Trusts.empty());
    for (const core::Trust& t : Data().Trusts) {
        CAPTURE(t.OdsCode);
        CAPTURE(t.MainTown);
        CHECK(core::InsideUkOutline(t.Lon, t.Lat));
    }
}

TEST_CASE("the outline of the UK leaves out the sea and the Republic of Ireland")
{
    CHECK(core::InsideUkOutline(-0.128, 51.507));       // London
    CHECK(core::InsideUkOutline(-7.300, 54.600));       // Omagh, Northern Ireland
    CHECK(core::InsideUkOutline(-4.251, 55.864));       // Glasgow
    CHECK_FALSE(core::InsideUkOutline(-6.260, 53.350)); // Dublin
    CHECK_FALSE(core::InsideUkOutline(-4.000, 53.800)); // the Irish Sea
    CHECK_FALSE(core::InsideUkOutline(2.350, 48.857));  // Paris
}

TEST_CASE("the Sources screen lists only sources that something cites")
{
    std::set<std::string> cited;
    for (const auto& list : CitedLists()) cited.insert(list.second.begin(), list.second.end());
    REQUIRE(!Data().Sources.empty());
    for (const core::Source& s : Data().Sources) {
        CAPTURE(s.Id);
        CHECK(cited.count(s.Id) == 1);
    }
}

TEST_CASE("the funding tiers compare 12 exemplars at up to 10 million with about 20 fast followers at up to 5 million")
{
    const std::vector<core::FundingTier>& tiers = Data().FundingTiers;
    const auto acute = std::find_if(tiers.begin(), tiers.end(), [](const core::FundingTier& t) { return t.Trusts == 12; });
    const auto followers = std::find_if(tiers.begin(), tiers.end(), [](const core::FundingTier& t) { return t.TrustsApproximate && t.Trusts == 20; });
    REQUIRE(acute != tiers.end());
    REQUIRE(followers != tiers.end());
    CHECK(acute->MaxEachGbpM == doctest::Approx(10.0));
    CHECK_FALSE(acute->TrustsApproximate);
    CHECK(followers->MaxEachGbpM == doctest::Approx(5.0));
}

TEST_CASE("the timeline is in date order")
{
    const std::vector<core::TimelineEvent>& events = Data().Timeline;
    REQUIRE(events.size() > 1);
    for (size_t i = 1; i < events.size(); ++i) {
        CAPTURE(events[i].Title);
        CHECK(events[i - 1].Date.substr(0, 4) <= events[i].Date.substr(0, 4));
    }
}

} // TEST_SUITE
