// bundled_data_test.cpp — every data file compiled in from assets/ is there and loads with no problems.
// Loading with no problems is the proof of everything the loader enforces (types, unique ids and ODS codes,
// known sources, coordinates in the UK; each has a bad-data case); what it cannot know is in content_test.cpp.
#include "core/data_loader.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

namespace {

const core::LoadResult& Bundled()
{
    static const core::LoadResult result = core::LoadDataset(core::BundledDataFiles());
    return result;
}

} // namespace

TEST_SUITE("bundled_data") {

TEST_CASE("every bundled data file is there and loads with no problems")
{
    const std::vector<core::DataFile> files = core::BundledDataFiles();
    for (const std::string& name : core::DataFileNames()) {
        CAPTURE(name);
        CHECK(std::any_of(files.begin(), files.end(), [&](const core::DataFile& f) { return f.Name == name; }));
    }
    for (const core::Problem& p : Bundled().Problems)
        FAIL_CHECK(core::FormatProblem(p));
    CHECK(Bundled().Problems.empty());
}

TEST_CASE("the apps list has at least 40 apps")
{
    CHECK(Bundled().Data.Apps.size() >= 40);
}

} // TEST_SUITE
