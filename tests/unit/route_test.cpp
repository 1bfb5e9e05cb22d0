// route_test.cpp — the URL hash <-> Route round trip (src/core/route.cpp).
#include "core/route.h"

#include <doctest/doctest.h>

using core::FormatRoute;
using core::ParseRoute;
using core::Route;
using core::Screen;

TEST_SUITE("route") {

TEST_CASE("an empty hash opens the programme screen")
{
    CHECK(ParseRoute("").View == Screen::Programme);
    CHECK(ParseRoute("#").View == Screen::Programme);
    CHECK(ParseRoute("#/").View == Screen::Programme);
}

TEST_CASE("each list screen has its own route")
{
    CHECK(ParseRoute("#/programme").View == Screen::Programme);
    CHECK(ParseRoute("#/trusts").View == Screen::Trusts);
    CHECK(ParseRoute("#/apps").View == Screen::Apps);
    CHECK(ParseRoute("#/wearables").View == Screen::Wearables);
    CHECK(ParseRoute("#/sources").View == Screen::Sources);
    CHECK(ParseRoute("#/apps/").View == Screen::Apps);
}

TEST_CASE("detail routes carry the id")
{
    Route r = ParseRoute("#/trusts/RRK");
    CHECK(r.View == Screen::TrustDetail);
    CHECK(r.Id == "RRK");
    CHECK(ParseRoute("#/apps/mycopd").View == Screen::AppDetail);
    CHECK(ParseRoute("#/wearables/accuracy").Id == "accuracy");
}

TEST_CASE("a shared search link keeps its query and filters")
{
    Route r = ParseRoute("#/apps?q=blood%20sugar&category=diabetes&platform=ios");
    CHECK(r.View == Screen::Apps);
    CHECK(r.Query == "blood sugar");
    CHECK(r.Category == "diabetes");
    CHECK(r.Platform == "ios");
    CHECK(ParseRoute("#/apps?q=sleep+diary").Query == "sleep diary");
}

TEST_CASE("formatting then parsing gives the same route")
{
    Route r;
    r.View = Screen::Apps;
    r.Query = "self-harm & anxiety £5 café?=/#";
    r.Category = "mental-health";
    r.Badge = "nhs-approved";
    std::string hash = FormatRoute(r);
    CHECK(hash.find(' ') == std::string::npos);
    CHECK(hash.find('#', 1) == std::string::npos);
    CHECK(ParseRoute(hash) == r);

    Route d;
    d.View = Screen::TrustDetail;
    d.Id = "RRK";
    CHECK(FormatRoute(d) == "#/trusts/RRK");
    CHECK(ParseRoute(FormatRoute(d)) == d);
}

TEST_CASE("the trusts' filters and sort are in the link, so a reload or a copied link keeps London")
{
    Route r = ParseRoute("#/trusts?q=royal+free&group=gde&region=London,North%20East%20and%20Yorkshire&sort=-town");
    CHECK(r.View == Screen::Trusts);
    CHECK(r.Query == "royal free");
    CHECK(r.Groups == "gde");
    CHECK(core::SplitList(r.Regions) == std::vector<std::string>{ "London", "North East and Yorkshire" });
    CHECK(r.Sort == "-town");
    CHECK(ParseRoute(FormatRoute(r)) == r);
    CHECK(FormatRoute(r) == "#/trusts?q=royal%20free&group=gde&region=London,North%20East%20and%20Yorkshire&sort=-town");

    SUBCASE("empty values are left out")
    {
        CHECK(ParseRoute("#/trusts?region=,London,,").Regions == "London");
        CHECK(ParseRoute("#/trusts?region=%2C").Regions.empty());
        CHECK(core::JoinList({ "a", "b" }) == "a,b");
        CHECK(core::SplitList("a,,b,") == std::vector<std::string>{ "a", "b" });
    }
    SUBCASE("a filter changes the route")
    {
        Route london = ParseRoute("#/trusts?region=London");
        CHECK(london != ParseRoute("#/trusts"));
        CHECK(london != ParseRoute("#/trusts?region=London&sort=name"));
    }
}

TEST_CASE("empty parameters are left out of the link")
{
    Route r;
    r.View = Screen::Apps;
    CHECK(FormatRoute(r) == "#/apps");
    r.Query = "asthma";
    CHECK(FormatRoute(r) == "#/apps?q=asthma");
}

TEST_CASE("an unknown or malformed route shows the not-found screen")
{
    CHECK(ParseRoute("#/nowhere").View == Screen::NotFound);
    CHECK(ParseRoute("#/apps/x/y").View == Screen::NotFound);
    CHECK(ParseRoute("#/programme/extra").View == Screen::NotFound);
    CHECK(ParseRoute("#/apps?q=%zz%4").Query == "%zz%4");
}

}
