// model_test.cpp — what the screens and the text pages read from the data rather than from ids and
// dates written in code (src/core/model.cpp).
#include "core/model.h"

#include "bundled_index.h"

#include <doctest/doctest.h>

#include <string>

TEST_SUITE("model") {

TEST_CASE("the funding chart goes with the section that cites most of the funding tiers' sources")
{
    const core::Dataset& d = testdata::Data();
    const core::ProgrammeSection* s = core::FundingSection(d);
    REQUIRE(s);
    CHECK(s->Id == "the-money"); // the bundled programme's section about the money

    core::Dataset small;
    CHECK(core::FundingSection(small) == nullptr);
    small.Sections.push_back({ "first", "First", {}, { "a" } });
    small.Sections.push_back({ "second", "Second", {}, { "b", "c" } });
    small.Sections.push_back({ "third", "Third", {}, { "c", "b" } });
    CHECK(core::FundingSection(small)->Id == "first"); // no tiers: the first section
    core::FundingTier tier;
    tier.Sources = { "b", "c" };
    small.FundingTiers.push_back(tier);
    CHECK(core::FundingSection(small)->Id == "second"); // most cited; the first of equals
}

TEST_CASE("an app's listing note takes the library's closing year from the data")
{
    core::Dataset d;
    core::App a;
    a.Listed = "2020-11";
    d.Listing.Closed = "2021";
    CHECK(core::ListedNote(d, a) == "Listed in the NHS Apps Library as of November 2020. The library closed in 2021; "
                                    "the app may have changed since.");
    d.Listing.Closed = "2022-03";
    CHECK(core::ListedNote(d, a).find("closed in March 2022;") != std::string::npos);
    d.Listing.Closed.clear();
    CHECK(core::ListedNote(d, a).find("The library closed; ") != std::string::npos);
}

}
