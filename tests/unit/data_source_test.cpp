// data_source_test.cpp — the bundled data in steps and the ?data= policy (src/core/data_source.cpp).
#include "core/data_source.h"

#include "bundled_index.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

const core::DataFile* FileNamed(const std::vector<core::DataFile>& files, const std::string& name)
{
    for (const core::DataFile& f : files)
        if (f.Name == name) return &f;
    return nullptr;
}

// The bundled wearables.json with its first topic's title changed: a valid file that shows it was used.
core::DataFile RetitledWearables(const std::string& title)
{
    std::vector<core::DataFile> bundled = core::BundledDataFiles();
    const core::DataFile* w = FileNamed(bundled, "wearables.json");
    REQUIRE(w);
    const std::string old_title = testdata::Data().Topics.front().Title;
    std::string text = w->Text;
    const size_t at = text.find("\"" + old_title + "\"");
    REQUIRE(at != std::string::npos);
    text.replace(at + 1, old_title.size(), title);
    return { "wearables.json", text };
}

} // namespace

TEST_SUITE("data_source") {

TEST_CASE("the bundled files read one a step give what LoadDataset gives at once")
{
    core::StepwiseLoad load(core::BundledDataFiles());
    int steps = 0;
    while (!load.Done()) {
        load.LoadNext();
        ++steps;
    }
    CHECK(steps == static_cast<int>(core::DataFileNames().size()));
    CHECK(load.Files().size() == core::BundledDataFiles().size());
    core::LoadResult r = load.Take();
    CHECK(r.Problems.empty());
    CHECK(r.Data.Apps.size() == testdata::Data().Apps.size());
    CHECK(r.Data.Trusts.size() == testdata::Data().Trusts.size());
}

TEST_CASE("a valid own file replaces the bundled file of its name, and the rest stay")
{
    core::OwnData own = core::MergeOwnData(core::BundledDataFiles(), { RetitledWearables("Own title") }, {});
    REQUIRE(own.Accepted);
    CHECK(own.Data.Topics.front().Title == "Own title");
    CHECK(own.Data.Apps.size() == testdata::Data().Apps.size());
    REQUIRE(!own.Notices.empty());
    CHECK(own.Notices.front() == "Showing your own data (?data=).");
    const core::DataFile* w = FileNamed(own.Files, "wearables.json");
    REQUIRE(w);
    CHECK(w->Text.find("Own title") != std::string::npos);
}

TEST_CASE("a file that is not a data file is ignored, and the notice names it and the files there are")
{
    core::OwnData own = core::MergeOwnData(core::BundledDataFiles(), { { "extra.json", "{}" } }, {});
    CHECK(own.Accepted);
    REQUIRE(own.Notices.size() == 2);
    CHECK(own.Notices[1].find("extra.json is not one of the data files") != std::string::npos);
    for (const std::string& name : core::DataFileNames()) CHECK(own.Notices[1].find(name) != std::string::npos);
}

TEST_CASE("a file that could not be fetched keeps the bundled data and says which")
{
    core::OwnData own = core::MergeOwnData(core::BundledDataFiles(), { RetitledWearables("Own title") }, { "apps.json: not found" });
    CHECK_FALSE(own.Accepted);
    CHECK(own.Data.Topics.empty());
    REQUIRE(own.Notices.size() == 2);
    CHECK(own.Notices[0] == "Your data (?data=) has 1 problem, so the bundled data is shown instead.");
    CHECK(own.Notices[1] == "apps.json: not found");
}

TEST_CASE("bad data keeps the bundled data; its problems name file and field, at most a dozen then a count")
{
    core::OwnData one = core::MergeOwnData(core::BundledDataFiles(), { { "apps.json", "{\"apps\": 3}" } }, {});
    CHECK_FALSE(one.Accepted);
    REQUIRE(one.Notices.size() >= 2);
    CHECK(one.Notices[1].rfind("apps.json: ", 0) == 0);

    std::vector<std::string> errors;
    for (int i = 0; i < 20; ++i) errors.push_back("file" + std::to_string(i) + ".json: not found");
    core::OwnData many = core::MergeOwnData(core::BundledDataFiles(), {}, errors);
    CHECK_FALSE(many.Accepted);
    REQUIRE(many.Notices.size() == 1 + core::MaxOwnDataProblemsShown + 1);
    CHECK(many.Notices[0] == "Your data (?data=) has 20 problems, so the bundled data is shown instead.");
    CHECK(many.Notices.back() == "... and 8 more; appfinder-cli validate lists them all.");
}

}
