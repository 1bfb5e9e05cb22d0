// link_policy_test.cpp — core's link policy (core/text_format.h: IsLinkableUrl) against the shared list of tricky
// addresses in tests/data/link_policy.json, which tests/e2e/link-policy.test.mjs runs through web/layer.js's copy.
#include "core/text_format.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

TEST_SUITE("text_format") {

TEST_CASE("core links exactly the addresses of the shared list that the browser's layer links")
{
    std::ifstream in(APPFINDER_TEST_DATA_DIR "/link_policy.json", std::ios::binary);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const nlohmann::json list = nlohmann::json::parse(text.str(), nullptr, false);
    REQUIRE(list.is_object());
    const nlohmann::json& cases = list["cases"];
    REQUIRE(cases.is_array());
    REQUIRE_FALSE(cases.empty());
    for (const nlohmann::json& c : cases) {
        const std::string url = c.at(0).get<std::string>();
        INFO("address: " << nlohmann::json(url).dump());
        CHECK(core::IsLinkableUrl(url) == c.at(1).get<bool>());
    }
}

}
