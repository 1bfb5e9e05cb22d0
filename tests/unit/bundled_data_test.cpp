// bundled_data_test.cpp — the data compiled in from assets/ loads with no problems and says what the
// programme was: 12 + 4 acute exemplars, sourced facts, trusts on the map of the UK, a real app list.
// Invariants the loader already enforces are checked on the raw JSON, so these tests can fail on their own.
#include "core/data_loader.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

using json = nlohmann::json;

namespace {

const core::LoadResult& Bundled()
{
    static const core::LoadResult result = core::LoadDataset(core::BundledDataFiles());
    return result;
}

// One bundled file as JSON without the loader's checks; an empty object when absent or unparsable.
json Raw(const std::string& name)
{
    for (const core::DataFile& f : core::BundledDataFiles())
        if (f.Name == name)
        {
            json value = json::parse(f.Text, nullptr, false);
            return value.is_object() ? value : json::object();
        }
    return json::object();
}

// The array at root[key], or an empty array.
json List(const json& root, const char* key)
{
    const auto it = root.find(key);
    return it != root.end() && it->is_array() ? *it : json::array();
}

// root[key] when it is a string, else "". (json::value() would abort on a wrong type: exceptions are off.)
std::string Text(const json& root, const char* key)
{
    const auto it = root.find(key);
    return it != root.end() && it->is_string() ? it->get<std::string>() : "";
}

// root[key] when it is a number, else NaN, which fails every comparison.
double Number(const json& root, const char* key)
{
    const auto it = root.find(key);
    return it != root.end() && it->is_number() ? it->get<double>() : std::nan("");
}

} // namespace

TEST_SUITE("bundled_data") {

TEST_CASE("every bundled data file is there and loads with no problems")
{
    const std::vector<core::DataFile> files = core::BundledDataFiles();
    for (const std::string& name : core::DataFileNames())
    {
        CAPTURE(name);
        CHECK(std::any_of(files.begin(), files.end(), [&](const core::DataFile& f) { return f.Name == name; }));
    }
    for (const core::Problem& p : Bundled().Problems)
        FAIL_CHECK(core::FormatProblem(p));
    CHECK(Bundled().Problems.empty());
}

TEST_CASE("there are exactly 12 acute exemplars of 2016 and 4 of 2017")
{
    const std::vector<core::Trust>& trusts = Bundled().Data.Trusts;
    const auto in_group = [&](const char* group) {
        return std::count_if(trusts.begin(), trusts.end(), [&](const core::Trust& t) { return t.Group == group; });
    };
    CHECK(in_group("acute-2016") == 12);
    CHECK(in_group("acute-2017") == 4);
}

TEST_CASE("no two trusts share an ODS code")
{
    const json trusts = List(Raw("trusts.json"), "trusts");
    REQUIRE(!trusts.empty());
    std::set<std::string> codes;
    for (const json& t : trusts)
    {
        const std::string code = Text(t, "ods_code");
        CAPTURE(code);
        CHECK(codes.insert(code).second);
    }
}

TEST_CASE("every trust, key figure and app cites at least one source, and each cited source exists")
{
    std::set<std::string> source_ids;
    for (const json& s : List(Raw("sources.json"), "sources"))
        source_ids.insert(Text(s, "id"));
    REQUIRE(!source_ids.empty());

    const std::pair<const char*, const char*> lists[] = { { "trusts.json", "trusts" }, { "programme.json", "figures" }, { "apps.json", "apps" } };
    for (const auto& [file, key] : lists)
    {
        const json entries = List(Raw(file), key);
        CHECK(!entries.empty());
        for (std::size_t i = 0; i < entries.size(); i++)
        {
            const json cited = List(entries[i], "sources");
            CAPTURE(std::string(file) + ": /" + key + "/" + std::to_string(i));
            CHECK(!cited.empty());
            for (const json& id : cited)
                CHECK(source_ids.count(id.is_string() ? id.get<std::string>() : "") == 1);
        }
    }
}

TEST_CASE("every trust lies within the UK")
{
    const json trusts = List(Raw("trusts.json"), "trusts");
    REQUIRE(!trusts.empty());
    for (const json& t : trusts)
    {
        CAPTURE(Text(t, "ods_code"));
        const double lat = Number(t, "lat"), lon = Number(t, "lon");
        CHECK(lat >= 49.8);
        CHECK(lat <= 60.9);
        CHECK(lon >= -8.7);
        CHECK(lon <= 1.8);
    }
}

TEST_CASE("the apps list has at least 40 apps")
{
    CHECK(Bundled().Data.Apps.size() >= 40);
}

} // TEST_SUITE
