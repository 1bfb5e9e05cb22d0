// link_lint_test.cpp — tests for src/core/link_lint.cpp: each kind of weak link is warned about, at the
// file and pointer of the field; good links and honest "" are not; the bundled data has no warnings.
#include "core/link_lint.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using core::LinkWarning_;
using core::LintUrl;

namespace {

bool Warns(const std::string& url, LinkWarning_ kind, bool app_link = false)
{
    const std::vector<LinkWarning_> kinds = LintUrl(url, app_link);
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

std::vector<core::DataFile> FilesWith(const std::string& sources_json, const std::string& apps_json)
{
    return { { "sources.json", sources_json }, { "apps.json", apps_json } };
}

} // namespace

TEST_SUITE("link_lint") {

TEST_CASE("a good https link, and an unknown address left empty, give no warning")
{
    CHECK(LintUrl("https://www.digitalhealth.net/2018/01/ambulance-trust-gde-nhs-england", false).empty());
    CHECK(LintUrl("https://yellowcard.mhra.gov.uk/", true).empty());
    CHECK(LintUrl("https://apps.apple.com/gb/app/nhs-app/id1388411277", false).empty());
    CHECK(LintUrl("", true).empty());
}

TEST_CASE("an http: link is a warning, whatever the case of the scheme")
{
    CHECK(Warns("http://www.owise.uk/", core::LinkWarning_Http));
    CHECK(Warns("HTTP://www.owise.uk/", core::LinkWarning_Http));
    CHECK_FALSE(Warns("https://www.owise.uk/", core::LinkWarning_Http));
}

TEST_CASE("a link shortener is a warning, and a host that only ends in the same letters is not")
{
    CHECK(Warns("http://bit.ly/2Dhhq5c", core::LinkWarning_Shortener));
    CHECK(Warns("https://tinyurl.com/abc", core::LinkWarning_Shortener));
    CHECK(Warns("https://user@bit.ly:443/x", core::LinkWarning_Shortener));
    CHECK_FALSE(Warns("https://orbit.ly/x", core::LinkWarning_Shortener));
    CHECK_FALSE(Warns("https://example.org/bit.ly", core::LinkWarning_Shortener));
}

TEST_CASE("staging servers, hosting mirrors, document dumps and gateways are warnings, with what they are")
{
    CHECK(Warns("https://dhi-publishing-3.onyx-sites.io/2017/11/x/", core::LinkWarning_StagingOrMirror));
    CHECK(Warns("https://www-ukauthority-com.azurewebsites.net/articles/x", core::LinkWarning_StagingOrMirror));
    CHECK(Warns("https://fdocuments.in/document/x.html", core::LinkWarning_StagingOrMirror));
    CHECK(Warns("http://bafy.ipfs.cf-ipfs.com/wiki/x.html", core::LinkWarning_StagingOrMirror));
    CHECK(Warns("https://review.clateway.com/wiki/view_html.php?q=x", core::LinkWarning_StagingOrMirror));
    CHECK_FALSE(Warns("https://www.digitalhealth.net/2017/11/x/", core::LinkWarning_StagingOrMirror));
    CHECK_FALSE(Warns("https://notonyx-sites.io/x", core::LinkWarning_StagingOrMirror));

    const auto w = core::LintLinks(FilesWith(
        R"({"sources":[{"id":"a","url":"https://dhi-publishing-3.onyx-sites.io/x","title":"T"}]})", "{}"));
    REQUIRE(w.size() == 1);
    CHECK(core::FormatWarning(w[0]) ==
          "sources.json: /sources/0/url: warning: dhi-publishing-3.onyx-sites.io is a publisher's staging server; cite the publisher's own address");
}

TEST_CASE("the closed library's front page is a warning as an app's own link, but a source may cite it")
{
    for (const char* url : { "https://www.nhs.uk/apps-library/", "https://www.nhs.uk/apps-library", "https://nhs.uk/apps-library/#top" }) {
        CAPTURE(url);
        CHECK(Warns(url, core::LinkWarning_ClosedFrontPage, true));
        CHECK_FALSE(Warns(url, core::LinkWarning_ClosedFrontPage, false));
    }
    CHECK_FALSE(Warns("https://www.nhs.uk/apps-library/how-we-assess-apps/", core::LinkWarning_ClosedFrontPage, true));
}

TEST_CASE("a link that ends in a stray '#' is a warning")
{
    CHECK(Warns("https://www.redcross.org.uk/first-aid/first-aid-apps##", core::LinkWarning_StrayHash));
    CHECK(Warns("https://www.redcross.org.uk/first-aid/first-aid-apps#", core::LinkWarning_StrayHash));
    CHECK_FALSE(Warns("https://www.redcross.org.uk/first-aid/first-aid-apps#apps", core::LinkWarning_StrayHash));
}

TEST_CASE("a source title that stands in for the real one is a warning")
{
    for (const char* title : { "Fast followers and four more acute exemplars (article p=55674)", "Untitled", "TODO",
                               "Title here", "https://www.digitalhealth.net/?p=55674", "Placeholder: EPR targets" }) {
        CAPTURE(title);
        CHECK(core::LooksLikePlaceholderTitle(title));
    }
    for (const char* title : { "Mental health global digital exemplars revealed", "Mastodon and the NHS", "Step-by-step guides",
                               "Evidence standards framework for digital health technologies", "Get p=ready" }) {
        CAPTURE(title);
        CHECK_FALSE(core::LooksLikePlaceholderTitle(title));
    }
}

TEST_CASE("every warning names the file and the pointer of its field")
{
    const auto w = core::LintLinks(FilesWith(
        R"({"sources":[{"id":"a","url":"https://example.org/","title":"Good"},
                       {"id":"b","url":"http://example.org/","title":"Untitled"}]})",
        R"({"apps":[{"id":"x","url":"https://example.org/app"},{"id":"y","url":"https://www.nhs.uk/apps-library/"}]})"));
    std::vector<std::string> lines;
    for (const core::LinkWarning& x : w)
        lines.push_back(core::FormatWarning(x));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].rfind("sources.json: /sources/1/url: warning: the link uses http:", 0) == 0);
    CHECK(lines[1].rfind("sources.json: /sources/1/title: warning: the title looks like a placeholder", 0) == 0);
    CHECK(lines[2].rfind("apps.json: /apps/1/url: warning: this is the front page of the NHS Apps Library", 0) == 0);
}

TEST_CASE("a file that is not JSON, too deep or of the wrong shape gives no warnings and no crash")
{
    CHECK(core::LintLinks(FilesWith("not json", "{\"apps\": [")).empty());
    CHECK(core::LintLinks(FilesWith(std::string(100000, '[') + std::string(100000, ']'), "[]")).empty());
    CHECK(core::LintLinks(FilesWith(R"({"sources":{"url":"http://x"}})", R"({"apps":[1,"http://x",{"url":5}]})")).empty());
}

TEST_CASE("the bundled data has no weak links")
{
    for (const core::LinkWarning& w : core::LintLinks(core::BundledDataFiles()))
        FAIL_CHECK(core::FormatWarning(w));
}

TEST_CASE("a store page of another country than the UK is a warning at its pointer; the UK store's is not")
{
    CHECK(core::StoreCountry("https://apps.apple.com/us/app/id1520427663") == "us");
    CHECK(core::StoreCountry("https://itunes.apple.com/gb/app/nhs-app/id1388411277?mt=8") == "gb");
    CHECK(core::StoreCountry("https://play.google.com/store/apps/details?id=a.b&gl=US") == "us");
    CHECK(core::StoreCountry("https://play.google.com/store/apps/details?id=a.b&hl=en_US") == ""); // a language, not a country
    CHECK(core::StoreCountry("https://apps.apple.com/app/id1") == "");
    const std::string apps = R"({"apps": [{"id": "a", "url": "", "stores": {"app_store": "https://apps.apple.com/gb/app/id1",
        "google_play": "https://play.google.com/store/apps/details?id=a"}},
        {"id": "b", "url": "", "stores": {"app_store": "https://apps.apple.com/us/app/id2", "google_play": "https://play.google.com/store/apps/details?id=b&gl=US"}}]})";
    const std::vector<core::LinkWarning> warnings = core::LintLinks(FilesWith(R"({"sources": []})", apps));
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].Kind == core::LinkWarning_StoreCountry);
    CHECK(warnings[0].Where.Pointer == "/apps/1/stores/app_store");
    CHECK(core::FormatWarning(warnings[0]).find("another country (us)") != std::string::npos);
    CHECK(warnings[1].Where.Pointer == "/apps/1/stores/google_play");
}

TEST_CASE("an app's website that is a store page is a warning: it belongs under stores")
{
    CHECK(Warns("https://itunes.apple.com/gb/app/nhs-app/id1388411277?mt=8", core::LinkWarning_StoreAsWebsite, true));
    CHECK(Warns("https://play.google.com/store/apps/details?id=a", core::LinkWarning_StoreAsWebsite, true));
    CHECK_FALSE(Warns("https://www.stem4.org.uk/calmharm/", core::LinkWarning_StoreAsWebsite, true));
}

} // TEST_SUITE
