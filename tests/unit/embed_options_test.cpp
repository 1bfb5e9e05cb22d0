// embed_options_test.cpp — the embed options in the page's query string (src/core/route.cpp, [SECTION] Embed
// options): scopes and cards are checked against the data, and anything unknown gives a notice and the whole app.
// Also their text pages: the scoped apps pages (src/core/static_html.cpp), the builder's choices (embed_choices.cpp).
// TextPageFor in a frame is in site_map_test.cpp.
#include "core/data_loader.h"
#include "core/embed_choices.h"
#include "core/route.h"
#include "core/search_everything.h"
#include "core/static_html.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

namespace {

const core::Dataset& Bundled()
{
    static const core::Dataset data = core::LoadDataset(core::BundledDataFiles()).Data;
    return data;
}

// The least shell the text pages can take their parts from: a stylesheet, and an element around the marked block.
core::ShellParts SmallShell()
{
    core::ShellParts parts;
    std::string error;
    REQUIRE(core::ReadShell(std::string("<head><link rel=\"stylesheet\" href=\"app.css\"></head><body><div id=\"static-content\">") +
                                core::StaticContentBegin + core::StaticContentEnd + "</div></body>",
                            parts, error));
    return parts;
}

} // namespace

TEST_SUITE("embed options") {

TEST_CASE("a page with no embed options is the whole app, with no notice")
{
    const core::EmbedParse p = core::ParseEmbedOptions("?embed=1", Bundled());
    CHECK_FALSE(p.Options.Scoped());
    CHECK_FALSE(p.Options.IsCard());
    CHECK_FALSE(p.Options.HideNav);
    CHECK(p.Notices.empty());
    CHECK(core::ParseEmbedOptions("", Bundled()).Notices.empty());
}

TEST_CASE("each kind of scope is read when its value is in the data")
{
    const core::Dataset& d = Bundled();
    REQUIRE_FALSE(d.Categories.empty());
    const std::string topic = d.Categories.front().Id;
    core::EmbedParse p = core::ParseEmbedOptions("?embed=1&scope=topic:" + topic, d);
    CHECK(p.Notices.empty());
    CHECK(p.Options.Scope == core::ScopeKind::Topic);
    CHECK(p.Options.ScopeValue == topic);

    p = core::ParseEmbedOptions("scope=platform%3Aios", d);
    CHECK(p.Options.Scope == core::ScopeKind::Platform);
    CHECK(p.Options.ScopeValue == "ios");
    CHECK(core::ParseEmbedOptions("scope=cost:free", d).Options.Scope == core::ScopeKind::Cost);

    p = core::ParseEmbedOptions("scope=search:+blood%20sugar+", d);
    CHECK(p.Options.Scope == core::ScopeKind::Search);
    CHECK(p.Options.ScopeValue == "blood sugar");
}

TEST_CASE("an unknown or bad scope gives a notice naming the parameter, and no scope")
{
    const char* bad[] = { "scope=topic:no-such-topic", "scope=colour:blue", "scope=platform:windows", "scope=cost:cheap",
                          "scope=search:%20%20", "scope=", "scope=topic" };
    for (const char* q : bad) {
        CAPTURE(q);
        const core::EmbedParse p = core::ParseEmbedOptions(q, Bundled());
        CHECK_FALSE(p.Options.Scoped());
        REQUIRE(p.Notices.size() == 1);
        CHECK(p.Notices[0].find("scope=") != std::string::npos);
        CHECK(p.Notices[0].find("whole app") != std::string::npos);
    }
}

TEST_CASE("each kind of card is read when its entry is in the data")
{
    const core::Dataset& d = Bundled();
    REQUIRE_FALSE(d.Trusts.empty());
    REQUIRE_FALSE(d.Apps.empty());
    REQUIRE_FALSE(d.Topics.empty());
    REQUIRE_FALSE(d.Figures.empty());
    struct Case {
        std::string Query;
        core::CardKind Kind;
        std::string Id;
    };
    const Case cases[] = {
        { "card=trust:" + d.Trusts.back().OdsCode, core::CardKind::Trust, d.Trusts.back().OdsCode },
        { "card=app:" + d.Apps.front().Id, core::CardKind::App, d.Apps.front().Id },
        { "card=wearable:" + d.Topics.front().Id, core::CardKind::Wearable, d.Topics.front().Id },
        { "card=figure:" + d.Figures.front().Id, core::CardKind::Figure, d.Figures.front().Id },
    };
    for (const Case& c : cases) {
        CAPTURE(c.Query);
        const core::EmbedParse p = core::ParseEmbedOptions(c.Query, d);
        CHECK(p.Notices.empty());
        CHECK(p.Options.Card == c.Kind);
        CHECK(p.Options.CardId == c.Id);
    }
}

TEST_CASE("a card that is not in the data gives a notice and the whole app")
{
    for (const char* q : { "card=trust:XXX", "card=app:", "card=figure:nothing", "card=person:1", "card=" }) {
        CAPTURE(q);
        const core::EmbedParse p = core::ParseEmbedOptions(q, Bundled());
        CHECK_FALSE(p.Options.IsCard());
        REQUIRE(p.Notices.size() == 1);
        CHECK(p.Notices[0].find("card=") != std::string::npos);
    }
}

TEST_CASE("nav=0 hides the navigation; any other value but 1 is a notice")
{
    CHECK(core::ParseEmbedOptions("nav=0", Bundled()).Options.HideNav);
    CHECK(core::ParseEmbedOptions("nav=1", Bundled()).Notices.empty());
    const core::EmbedParse p = core::ParseEmbedOptions("nav=no", Bundled());
    CHECK_FALSE(p.Options.HideNav);
    CHECK(p.Notices.size() == 1);
}

TEST_CASE("header=0 leaves out the title bar; size= takes 16 or 19 and nothing else")
{
    const core::Dataset& d = Bundled();
    core::EmbedParse p = core::ParseEmbedOptions("?embed=1&scope=topic:diabetes&header=0&size=19", d);
    CHECK(p.Notices.empty());
    CHECK(p.Options.HideHeader);
    CHECK(p.Options.TextSize == 19);
    CHECK(p.Options.Scoped()); // the other options still apply
    CHECK(core::ParseEmbedOptions("size=16", d).Options.TextSize == 16);
    CHECK_FALSE(core::ParseEmbedOptions("header=1", d).Options.HideHeader);
    CHECK(core::ParseEmbedOptions("header=1", d).Notices.empty());
    for (const char* q : { "size=18", "size=", "size=19px", "header=no" }) {
        CAPTURE(q);
        p = core::ParseEmbedOptions(q, d);
        CHECK(p.Options.TextSize == 0);
        CHECK_FALSE(p.Options.HideHeader);
        REQUIRE(p.Notices.size() == 1);
        CHECK(p.Notices[0].find(std::string(q).substr(0, std::string(q).find('=') + 1)) != std::string::npos);
    }
    CHECK(core::EmbedTextSize("?embed=1&size=19") == 19);
    CHECK(core::EmbedTextSize("?size=16&nav=0") == 16);
    CHECK(core::EmbedTextSize("?size=17") == 0);
    CHECK(core::EmbedTextSize("") == 0);
}

TEST_CASE("options written out read back the same")
{
    const core::Dataset& d = Bundled();
    core::EmbedOptions o;
    o.Scope = core::ScopeKind::Search;
    o.ScopeValue = "heart & lungs";
    o.HideNav = true;
    o.HideHeader = true;
    o.TextSize = 16;
    const core::EmbedParse p = core::ParseEmbedOptions(core::FormatEmbedOptions(o), d);
    CHECK(p.Notices.empty());
    CHECK(p.Options.Scope == o.Scope);
    CHECK(p.Options.ScopeValue == o.ScopeValue);
    CHECK(p.Options.HideNav);
    CHECK(p.Options.HideHeader);
    CHECK(p.Options.TextSize == 16);
    CHECK(core::FormatEmbedOptions(core::EmbedOptions()).empty());
}

TEST_CASE("an app is in a topic, platform or cost scope only when it has that topic, platform or cost")
{
    const core::Dataset& d = Bundled();
    for (const core::Category& c : d.Categories) {
        core::EmbedOptions o;
        o.Scope = core::ScopeKind::Topic;
        o.ScopeValue = c.Id;
        int in = 0;
        for (const core::App& a : d.Apps) {
            bool has = false;
            for (const std::string& id : a.Categories) has = has || id == c.Id;
            CHECK(core::AppInScope(o, a) == has);
            in += has ? 1 : 0;
        }
        CHECK(in < static_cast<int>(d.Apps.size()));
    }
    core::EmbedOptions ios;
    ios.Scope = core::ScopeKind::Platform;
    ios.ScopeValue = "ios";
    for (const core::App& a : d.Apps) CHECK(core::AppInScope(ios, a) == ((a.Platforms & core::Platform_Ios) != 0));
}

TEST_CASE("a card's full screen in the app is its detail route")
{
    core::EmbedOptions o;
    o.Card = core::CardKind::Trust;
    o.CardId = "RAL";
    CHECK(core::CardRoute(o) == "#/trusts/RAL");
    o.Card = core::CardKind::Figure;
    CHECK(core::CardRoute(o) == "#/programme");
}

TEST_CASE("each topic, platform, cost and offered search has a text page with exactly the apps in scope")
{
    const core::Dataset& d = Bundled();
    core::SearchIndex index;
    index.Build(d);
    const std::vector<core::StaticPage> pages = core::RenderScopePages(d, SmallShell(), index);
    const std::vector<std::string> searches = core::SearchScopeWords(d);
    CHECK(searches.size() >= 10);
    CHECK(pages.size() == d.Categories.size() + 3 + 3 + searches.size());
    for (const core::StaticPage& page : pages) {
        CAPTURE(page.FileName);
        std::string name = page.FileName.substr(5, page.FileName.size() - 10); // "topic-diabetes", "search-blood-sugar"
        if (name.rfind("search-", 0) == 0)                                     // the file name has no spaces: find its words
            for (const std::string& words : searches)
                if (core::TextPageFor(core::ParseRoute("#/apps"), d, core::ParseEmbedOptions("scope=search:" + core::PercentEncode(words), d).Options) == page.FileName)
                    name = "search-" + core::PercentEncode(words);
        const core::EmbedParse p = core::ParseEmbedOptions("scope=" + name.substr(0, name.find('-')) + ":" + name.substr(name.find('-') + 1), d);
        REQUIRE(p.Notices.empty());
        // A search scope's apps are what the app's engine finds for its words, as the scoped frame shows them.
        const std::vector<unsigned char> found = core::AppsInSearchScope(index, p.Options.ScopeValue, d.Apps.size());
        for (std::size_t i = 0; i < d.Apps.size(); ++i) {
            const core::App& a = d.Apps[i];
            const bool listed = page.Html.find("id=\"app-" + a.Id + "\"") != std::string::npos;
            CHECK(listed == (p.Options.Scope == core::ScopeKind::Search ? found[i] == 1 : core::AppInScope(p.Options, a)));
        }
        CHECK(page.Html.find("<h1>" + core::EscapeHtml(core::ScopeDescription(p.Options, d)) + "</h1>") != std::string::npos);
        CHECK(page.Html.find("<script") == std::string::npos);
        CHECK(core::TextPageFor(core::ParseRoute("#/apps"), d, p.Options) == page.FileName);
    }
}

TEST_CASE("the builder's choices list every topic, trust, app, wearable topic and key figure, escaped")
{
    core::Dataset d = Bundled();
    d.Trusts.front().OfficialName = "<b>A & B</b>";
    core::SearchIndex index;
    index.Build(d);
    const std::string html = core::EmbedChoices(d, index);
    auto count = [&html](const std::string& what) {
        size_t n = 0;
        for (size_t at = html.find(what); at != std::string::npos; at = html.find(what, at + 1)) ++n;
        return n;
    };
    // Searches: only those that find an app, each with its own text page.
    std::size_t searches = 0;
    for (const std::string& words : core::SearchScopeWords(d)) {
        const std::vector<unsigned char> found = core::AppsInSearchScope(index, words, d.Apps.size());
        if (std::count(found.begin(), found.end(), 1) == 0) continue;
        ++searches;
        CHECK(html.find("<option value=\"" + core::EscapeHtml(words) + "\" data-text=\"apps-search-") != std::string::npos);
    }
    CHECK(searches >= 10);
    CHECK(count("<option ") == d.Categories.size() + 3 + 3 + searches + d.Trusts.size() + d.Apps.size() + d.Topics.size() + d.Figures.size());
    for (const char* kind : { "topic", "platform", "cost", "search", "trust", "app", "wearable", "figure" })
        CHECK(count(std::string("<template id=\"choices-") + kind + "\">") == 1);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("&lt;b&gt;A &amp; B&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("data-text=\"apps-topic-diabetes.html\"") != std::string::npos);
}

TEST_CASE("every trust, app, wearable topic and key figure has a card page with its heading, sources and See more")
{
    core::Dataset d = Bundled();
    d.Trusts.front().OfficialName = "<script>A & B</script>";
    const std::vector<core::StaticPage> pages = core::RenderCardPages(d, SmallShell());
    CHECK(pages.size() == d.Trusts.size() + d.Apps.size() + d.Topics.size() + d.Figures.size());
    for (const core::StaticPage& page : pages) {
        CAPTURE(page.FileName);
        CHECK(page.FileName.rfind("card-", 0) == 0);
        CHECK(page.Html.find("<h1>") != std::string::npos);
        CHECK(page.Html.find("class=\"see-more\"><a href=\"index.html#/") != std::string::npos);
        CHECK(page.Html.find("target=\"_blank\" rel=\"noopener\"") != std::string::npos);
        CHECK(page.Html.find("<link rel=\"stylesheet\" href=\"app.css\">") != std::string::npos);
        CHECK(page.Html.find("<script src=\"card.js\" defer></script>") != std::string::npos);
        CHECK(page.Html.find("<script>") == std::string::npos);
    }
    const std::string trust = pages.front().Html;
    CHECK(trust.find("<h1>&lt;script&gt;A &amp; B&lt;/script&gt;</h1>") != std::string::npos);
    CHECK(trust.find("index.html#/trusts/" + d.Trusts.front().OdsCode) != std::string::npos);
    for (const core::KeyFigure& f : d.Figures) {
        const auto it = std::find_if(pages.begin(), pages.end(), [&f](const core::StaticPage& p) { return p.FileName == "card-figure-" + f.Id + ".html"; });
        REQUIRE(it != pages.end());
        if (!f.Caveat.empty()) CHECK(it->Html.find(core::EscapeHtml(f.Caveat)) != std::string::npos);
    }
}

}
