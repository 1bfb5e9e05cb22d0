// app_stores_test.cpp — an app's store links (App::AppStore, App::GooglePlay) from apps.json's "stores": read by
// the loader, refused on a host that is not the store's (named by file and pointer), and in the bundled data the
// UK App Store's, with no store page standing in for a website.
#include "core/data_loader.h"
#include "core/link_lint.h"

#include "bundled_index.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

core::LoadResult LoadApps(const std::string& stores)
{
    std::vector<core::DataFile> files = core::BundledDataFiles();
    for (core::DataFile& f : files)
        if (f.Name == "apps.json")
            f.Text = R"({"listing": {"as_of": "2020-11", "closed": "2021", "note": "N", "sources": ["github-nhs-apps-library-scrape"]},
                "categories": [{"id": "covid", "label": "COVID-19"}],
                "apps": [{"id": "a", "name": "A", "developer": "", "categories": ["covid"], "platforms": ["ios"], "cost": "",
                          "badge": "", "description": "D", "url": "", "listed": "2020-11", "sources": ["github-nhs-apps-library-scrape"],
                          "stores": )" +
                     stores + "}]}";
    return core::LoadDataset(files);
}

} // namespace

TEST_SUITE("app stores") {
TEST_CASE("an app's App Store and Google Play links are read from its stores")
{
    const core::LoadResult r = LoadApps(R"({"app_store": "https://apps.apple.com/gb/app/id1", "google_play": "https://play.google.com/store/apps/details?id=a"})");
    REQUIRE(r.Data.Apps.size() == 1);
    CHECK(r.Data.Apps[0].AppStore == "https://apps.apple.com/gb/app/id1");
    CHECK(r.Data.Apps[0].GooglePlay == "https://play.google.com/store/apps/details?id=a");
}

TEST_CASE("a store link on another host is named by file and pointer, and the app is skipped")
{
    const core::LoadResult r = LoadApps(R"({"google_play": "https://example.org/a"})");
    CHECK(r.Data.Apps.empty());
    bool named = false;
    for (const core::Problem& p : r.Problems) named |= p.File == "apps.json" && p.Pointer == "/apps/0/stores/google_play";
    CHECK(named);
}

TEST_CASE("the bundled apps link to the UK App Store, and a store page is never their website")
{
    int with_store = 0;
    for (const core::App& a : testdata::Data().Apps) {
        CAPTURE(a.Id);
        if (!a.AppStore.empty()) {
            ++with_store;
            CHECK(core::StoreCountry(a.AppStore) == "gb");
        }
        CHECK(a.Url.find("apple.com") == std::string::npos);
        CHECK(a.Url.find("play.google.com") == std::string::npos);
    }
    CHECK(with_store >= 30);
    const core::App* nhs_app = testdata::Data().FindApp("nhs-app");
    REQUIRE(nhs_app);
    CHECK(nhs_app->Url.empty());
    CHECK(nhs_app->GooglePlay == "https://play.google.com/store/apps/details?id=com.nhs.online.nhsonline");
}
}
