// keys_test.cpp — the one table of keys and labels for platforms, costs and badges (src/core/model.cpp), and the one
// id rule: every key reads back as its value, each label is the one the screens and the text site show, and an
// unknown or differently written key is refused.
#include "core/model.h"
#include "core/route.h"
#include "core/search_index.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

TEST_SUITE("keys") {

TEST_CASE("every platform, cost and badge key reads back as the value it came from, and keys are unique")
{
    std::set<std::string> keys;
    for (core::Platform_ p : core::AllPlatforms) {
        core::Platform_ back = core::Platform_None;
        CHECK(core::PlatformFromKey(core::PlatformKey(p), back));
        CHECK(back == p);
        keys.insert(core::PlatformKey(p));
    }
    for (core::CostKind c : core::AllCosts) {
        core::CostKind back = c == core::CostKind::Free ? core::CostKind::Paid : core::CostKind::Free;
        CHECK(core::CostFromKey(core::CostKey(c), back));
        CHECK(back == c);
        keys.insert(core::CostKey(c));
    }
    for (core::Badge b : core::AllBadges) {
        core::Badge back = b == core::Badge::None ? core::Badge::BeingTested : core::Badge::None;
        CHECK(core::BadgeFromKey(core::BadgeKey(b), back));
        CHECK(back == b);
        keys.insert(core::BadgeKey(b));
    }
    CHECK(keys.size() == 9);
}

TEST_CASE("the keys and labels are the ones addresses, data files and people read")
{
    CHECK(std::string(core::PlatformKey(core::Platform_Ios)) == "ios");
    CHECK(std::string(core::PlatformName(core::Platform_Ios)) == "iOS");
    CHECK(std::string(core::PlatformKey(core::Platform_Web)) == "web");
    CHECK(std::string(core::PlatformName(core::Platform_None)).empty());
    CHECK(std::string(core::CostKey(core::CostKind::NotKnown)) == "not-known");
    CHECK(std::string(core::CostLabel(core::CostKind::NotKnown)) == "Not known"); // one label, in the filter and the builder
    CHECK(std::string(core::CostLabel(core::CostKind::Free)) == "Free");
    CHECK(std::string(core::BadgeKey(core::Badge::NhsApproved)) == "nhs-approved");
    CHECK(std::string(core::BadgeLabel(core::Badge::BeingTested)) == "Being tested in the NHS");
    CHECK(std::string(core::BadgeLabel(core::Badge::None)) == "Not known"); // no label recorded is not "no label"
}

TEST_CASE("an unknown key, or one written another way, is refused and leaves the value as it was")
{
    core::Platform_ p = core::Platform_Web;
    for (const char* key : { "", "iOS", "IOS", " ios", "iphone", "none" }) {
        CAPTURE(key);
        CHECK(!core::PlatformFromKey(key, p));
    }
    CHECK(p == core::Platform_Web);
    core::CostKind c = core::CostKind::Paid;
    for (const char* key : { "", "Free", "not known", "notknown", "unknown" }) CHECK(!core::CostFromKey(key, c));
    CHECK(c == core::CostKind::Paid);
    core::Badge b = core::Badge::NhsApproved;
    for (const char* key : { "", "NHS approved", "being_tested" }) CHECK(!core::BadgeFromKey(key, b));
    CHECK(b == core::Badge::NhsApproved);
}

TEST_CASE("an app's cost text gives its cost key, and a cost scope holds exactly the apps with that key")
{
    CHECK(core::AppCost("") == core::CostKind::NotKnown);
    CHECK(core::AppCost("Free") == core::CostKind::Free);
    CHECK(core::AppCost("Free, with in-app purchases") == core::CostKind::Free);
    CHECK(core::AppCost("\u00a33.99") == core::CostKind::Paid);
    CHECK(core::AppCost("Free trial, then \u00a35 a month") == core::CostKind::Paid);
    core::App app;
    app.Cost = "Free";
    core::EmbedOptions o;
    o.Scope = core::ScopeKind::Cost;
    for (core::CostKind c : core::AllCosts) {
        o.ScopeValue = core::CostKey(c);
        CHECK(core::AppInScope(o, app) == (c == core::CostKind::Free));
    }
}

TEST_CASE("the id rule allows ASCII letters, digits and hyphens, and nothing else")
{
    for (const char* id : { "a", "RAL", "my-copd", "R1H", "-", "a-b-c-0-9", "Z9" }) {
        CAPTURE(id);
        CHECK(core::IsIdText(id));
    }
    for (const char* id : { "", " ", "my copd", "my_copd", "a.b", "a/b", "caf\xc3\xa9", "a\n", "<x>", "a\"b", "%41" }) {
        CAPTURE(id);
        CHECK(!core::IsIdText(id));
    }
    CHECK(!core::IsIdText(std::string("a\0b", 3)));
    CHECK(core::IsIdCharacter('-'));
    CHECK(!core::IsIdCharacter('_'));
    CHECK(!core::IsIdCharacter(static_cast<char>(0xC3)));
}

} // TEST_SUITE
