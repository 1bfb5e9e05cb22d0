// data_address_test.cpp — the ?data= check: only plain paths inside the app's folder pass.
#include "core/data_address.h"

#include <doctest/doctest.h>

#include <string>

TEST_SUITE("data_address") {

TEST_CASE("a folder or a .json file inside the app's folder is accepted")
{
    for (const char* value : { "mine/", "mine/apps.json", "data/2026-11/", "a_b/c-d/trusts.json", "apps.json" }) {
        CAPTURE(value);
        CHECK(core::DataAddressProblem(value) == "");
    }
}

TEST_CASE("another site, in any spelling, is refused as not on this site")
{
    for (const char* value : { "https://evil.example/apps.json", "//evil.example/apps.json", "http:evil.example/x/", "\\\\evil.example/x/",
                               "/\\evil.example/x/", "\\/evil.example/x/", "javascript:alert(1)", "data:application/json,{}" }) {
        CAPTURE(value);
        CHECK(core::DataAddressProblem(value).rfind("the address is not on this site", 0) == 0);
    }
}

TEST_CASE("a way out of the app's folder is refused: /, .., encoded dots and slashes, backslashes")
{
    for (const char* value : { "/uploads/", "/go/apps.json", "../../uploads/", "mine/../../x/", "./mine/", "mine//apps.json",
                               "%2e%2e/%2e%2e/uploads/", "..%2f..%2fuploads/", "mine%2F..%2F..%2Fx.json", "..\\..\\uploads\\",
                               "mine/apps.json?x=1", "mine/apps.json#x", "mine/ apps.json", "mine/\xE2\x80\xAEnosj.json", "..", "." }) {
        CAPTURE(value);
        CHECK(core::DataAddressProblem(value) != "");
    }
}

TEST_CASE("only folders and .json files, of at most 200 characters")
{
    CHECK(core::DataAddressProblem("mine/apps.js").find("neither a folder") != std::string::npos);
    CHECK(core::DataAddressProblem("mine").find("neither a folder") != std::string::npos);
    CHECK(core::DataAddressProblem("") != "");
    CHECK(core::DataAddressProblem(std::string(195, 'a') + "/") == "");
    CHECK(core::DataAddressProblem(std::string(200, 'a') + "/").find("over 200 characters") != std::string::npos);
}

TEST_CASE("a refusal never repeats the address, so it cannot put words in the page's mouth")
{
    const std::string value = "Warning:_this_app_has_been_withdrawn._Call_0800_000_000";
    const std::string problem = core::DataAddressProblem(value);
    CHECK(problem != "");
    CHECK(problem.find("withdrawn") == std::string::npos);
    CHECK(core::DataAddressProblem("/Call-0800-000-000/").find("0800") == std::string::npos);
}

} // TEST_SUITE
