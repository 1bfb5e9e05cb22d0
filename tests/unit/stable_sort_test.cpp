// stable_sort_test.cpp — the app's one sort (src/core/stable_sort.cpp): ordered, and equal items keep their order.
#include "core/stable_sort.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

TEST_SUITE("stable_sort") {

TEST_CASE("items come out in order, equal ones in the order they came in")
{
    for (std::size_t n = 0; n <= 70; ++n) {
        CAPTURE(n);
        std::vector<std::pair<int, std::size_t>> items; // (key, position it came in)
        for (std::size_t i = 0; i < n; ++i) items.push_back({ static_cast<int>((i * 7919) % 5), i });
        core::StableSort(items, [](const auto& a, const auto& b) { return a.first < b.first; });
        REQUIRE(items.size() == n);
        for (std::size_t i = 1; i < n; ++i) {
            CHECK(items[i - 1].first <= items[i].first);
            if (items[i - 1].first == items[i].first) CHECK(items[i - 1].second < items[i].second);
        }
    }
}

TEST_CASE("strings sort as std::string compares them, and nothing is lost")
{
    std::vector<std::string> words = { "2016-09", "2016", "2017-03-31", "2016-09-07", "2015", "2016" };
    core::StableSort(words, [](const std::string& a, const std::string& b) { return a < b; });
    CHECK(words == std::vector<std::string>{ "2015", "2016", "2016", "2016-09", "2016-09-07", "2017-03-31" });
}

}
