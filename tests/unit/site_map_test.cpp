// site_map_test.cpp — tests for src/core/site_map.cpp, the part of the text site the app links: which page and
// entry shows a route, in a frame too; entry ids that stay unique and plain whatever the data; the scopes' pages.
#include "core/data_loader.h"
#include "core/route.h"
#include "core/site_map.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

const core::Dataset& Bundled()
{
    static const core::Dataset data = core::LoadDataset(core::BundledDataFiles()).Data;
    return data;
}

} // namespace

TEST_SUITE("site_map") {

TEST_CASE("in a frame, the text-only version keeps the scope or card")
{
    const core::Dataset& d = Bundled();
    core::EmbedOptions topic = core::ParseEmbedOptions("scope=topic:diabetes", d).Options;
    REQUIRE(topic.Scoped());
    CHECK(core::TextPageFor(core::ParseRoute("#/apps?q=x"), d, topic) == "apps-topic-diabetes.html");
    for (const core::App& a : d.Apps)
        if (core::AppInScope(topic, a))
            CHECK(core::TextPageFor(core::DetailRoute(core::Screen::AppDetail, a.Id), d, topic) == "apps-topic-diabetes.html#app-" + a.Id);
    // A search the builder offers (the first words of a synonym group) has its own page; other words, which only
    // a hand-edited address carries, the whole list.
    core::EmbedOptions search = core::ParseEmbedOptions("scope=search:asthma", d).Options;
    CHECK(core::TextPageFor(core::ParseRoute("#/apps"), d, search) == "apps-search-asthma.html");
    search = core::ParseEmbedOptions("scope=search:blood%20sugar", d).Options;
    CHECK(core::TextPageFor(core::ParseRoute("#/apps"), d, search) == "apps-search-blood-sugar.html");
    search = core::ParseEmbedOptions("scope=search:asthma%20inhaler", d).Options;
    CHECK(core::TextPageFor(core::ParseRoute("#/apps"), d, search) == "apps.html");
    core::EmbedOptions card = core::ParseEmbedOptions("card=trust:" + d.Trusts.front().OdsCode, d).Options;
    CHECK(core::TextPageFor(core::ParseRoute("#/programme"), d, card) == "card-trust-" + d.Trusts.front().OdsCode + ".html");
    CHECK(core::TextPageFor(core::ParseRoute("#/trusts"), d, core::EmbedOptions()) == "trusts.html");
}

TEST_CASE("entry ids are the page's prefix and the key made plain, unique among themselves and the shell's own ids")
{
    core::Dataset d = Bundled();
    d.Apps.resize(3);
    d.Apps[0].Id = "status";  // "app-status" is the shell's
    d.Apps[1].Id = "my copd"; // a space is not plain
    d.Apps[2].Id = "my-copd"; // the same once made plain
    CHECK(core::EntryAnchors(d, core::SitePage_Apps) == std::vector<std::string>{ "app-status-2", "app-my-copd", "app-my-copd-2" });
    CHECK(core::EntryKeys(d, core::SitePage_Apps) == std::vector<std::string>{ "status", "my copd", "my-copd" });
    CHECK(core::EntryAnchors(d, core::SitePage_Sources).empty());
    CHECK(core::TextPageFor(core::DetailRoute(core::Screen::AppDetail, "my-copd"), d) == "apps.html#app-my-copd-2");
}

TEST_CASE("a scope or card names its page only with plain characters, and a search only when the builder offers it")
{
    const core::Dataset& d = Bundled();
    core::EmbedOptions o;
    o.Scope = core::ScopeKind::Platform;
    o.ScopeValue = "ios";
    CHECK(core::ScopePageName(o, d) == "apps-platform-ios.html");
    o.ScopeValue = "../ios";
    CHECK(core::ScopePageName(o, d).empty());
    o.Scope = core::ScopeKind::Search;
    o.ScopeValue = "blood sugar";
    CHECK(core::ScopePageName(o, d) == "apps-search-blood-sugar.html");
    o.ScopeValue = "asthma inhaler";
    CHECK(core::ScopePageName(o, d).empty());
    core::EmbedOptions card;
    card.Card = core::CardKind::Trust;
    card.CardId = "RAL";
    CHECK(core::CardPageName(card) == "card-trust-RAL.html");
    card.CardId = "R/L";
    CHECK(core::CardPageName(card).empty());
}

TEST_CASE("each way in opens a screen whose text page is the one it names")
{
    for (const core::WayIn& w : core::WaysIn) {
        core::Route r;
        r.View = w.View;
        CHECK(core::TextPageFor(r, Bundled()) == w.TextPage);
    }
}

} // TEST_SUITE
