// static_html_test.cpp — tests for src/core/static_html.cpp: the page without the app holds every trust,
// app and piece of advice; data cannot inject markup or unsafe links; the shell is filled exactly; ids are unique.
#include "core/data_loader.h"
#include "core/static_html.h"

#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

const core::Dataset& Bundled()
{
    static const core::Dataset data = core::LoadDataset(core::BundledDataFiles()).Data;
    return data;
}

const std::string& BundledHtml()
{
    static const std::string html = core::RenderStaticContent(Bundled());
    return html;
}

// A small Dataset made by hand, with one of each kind of entry.
core::Dataset SmallData()
{
    core::Dataset d;
    d.Sources.push_back({ "src", "NHS England", "Centres of excellence", "https://www.england.nhs.uk/gde", "2016-08-19" });
    d.Sections.push_back({ "what", "What is a GDE?", { "One." }, { "src" } });
    d.Figures.push_back({ "money", "Up to \u00a310m", "each", "", { "src" } });
    d.FundingTiers.push_back({ "acute", "Acute exemplars", 12, 10.0, false, "", { "src" } });
    d.Timeline.push_back({ "2016-09-07", "First wave", "", { "src" } });
    d.Groups.push_back({ "acute-2016", "Acute (2016)", "2016-09-07" });
    core::Trust t;
    t.OdsCode = "RLN"; t.OfficialName = "City Hospitals Sunderland"; t.Group = "acute-2016"; t.Sources = { "src" };
    d.Trusts.push_back(t);
    core::App a;
    a.Id = "mycopd"; a.Name = "myCOPD"; a.Platforms = core::Platform_Ios; a.Url = "https://mymhealth.com/mycopd"; a.Sources = { "src" };
    d.Apps.push_back(a);
    d.Topics.push_back({ "accuracy", "How accurate are steps?", "Roughly.", { "Check tests." }, { "src" } });
    d.Checklist.push_back({ "Is it accurate?", "accuracy" });
    return d;
}

// The values of every attribute `name` in `html`, in order (a plain scan: the writer only uses double quotes,
// and quotes in text are escaped, so ` id="` can only start an attribute).
std::vector<std::string> Attributes(const std::string& html, const std::string& name)
{
    const std::string start = " " + name + "=\"";
    std::vector<std::string> values;
    for (size_t at = html.find(start); at != std::string::npos; at = html.find(start, at + 1)) {
        const size_t end = html.find('"', at + start.size());
        REQUIRE(end != std::string::npos);
        values.push_back(html.substr(at + start.size(), end - at - start.size()));
    }
    return values;
}

std::vector<std::string> Ids(const std::string& html) { return Attributes(html, "id"); }
std::vector<std::string> Hrefs(const std::string& html) { return Attributes(html, "href"); }

bool Contains(const std::string& html, const std::string& text) { return html.find(text) != std::string::npos; }

} // namespace

TEST_SUITE("static_html") {

TEST_CASE("every trust, app and wearable topic of the bundled data appears on the page")
{
    const std::string& html = BundledHtml();
    REQUIRE(!Bundled().Trusts.empty());
    REQUIRE(!Bundled().Apps.empty());
    REQUIRE(!Bundled().Topics.empty());
    for (const core::Trust& t : Bundled().Trusts) {
        CAPTURE(t.OdsCode);
        CHECK(Contains(html, core::EscapeHtml(t.OfficialName)));
        CHECK(Contains(html, "id=\"trust-" + t.OdsCode + "\""));
    }
    for (const core::App& a : Bundled().Apps) {
        CAPTURE(a.Id);
        CHECK(Contains(html, ">" + core::EscapeHtml(a.Name) + "</h3>"));
        CHECK(Contains(html, "href=\"" + core::EscapeHtml(a.Url) + "\""));
    }
    for (const core::WearableTopic& t : Bundled().Topics) {
        CAPTURE(t.Id);
        CHECK(Contains(html, ">" + core::EscapeHtml(t.Title) + "</h3>"));
    }
    for (const core::ChecklistItem& c : Bundled().Checklist)
        CHECK(Contains(html, core::EscapeHtml(c.Text)));
}

TEST_CASE("the page has one section per screen, in order, each linked from the nav")
{
    const std::string& html = BundledHtml();
    size_t last = 0;
    for (const char* id : { "programme", "timeline", "trusts", "apps", "wearables", "sources" }) {
        CAPTURE(id);
        const size_t at = html.find(std::string("<section id=\"") + id + "\">");
        REQUIRE(at != std::string::npos);
        CHECK(at > last);
        last = at;
        CHECK(Contains(html, std::string("<a href=\"#") + id + "\">"));
    }
    CHECK(Contains(html, "<nav aria-label=\"Sections\">"));
    CHECK(Contains(html, "<p class=\"loading-note\">"));
}

TEST_CASE("text with markup or ampersands in the data is escaped")
{
    core::Dataset d = SmallData();
    d.Apps[0].Name = "<script>alert(1)</script>";
    d.Apps[0].Description = "Tom & Jerry's \"app\"";
    d.Trusts[0].OfficialName = "<img src=x onerror=alert(1)>";
    d.Sources[0].Title = "</a><b>";
    const std::string html = core::RenderStaticContent(d);
    CHECK(!Contains(html, "<script"));
    CHECK(!Contains(html, "<img"));
    CHECK(!Contains(html, "<b>"));
    CHECK(Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(Contains(html, "Tom &amp; Jerry&#39;s &quot;app&quot;"));
    CHECK(Contains(html, "&lt;img src=x onerror=alert(1)&gt;"));
}

TEST_CASE("an address with quotes cannot leave its attribute")
{
    core::Dataset d = SmallData();
    d.Apps[0].Url = "https://example.org/\"onmouseover=\"alert(1)";
    const std::string html = core::RenderStaticContent(d);
    CHECK(!Contains(html, "\"onmouseover"));
    CHECK(Contains(html, "href=\"https://example.org/&quot;onmouseover=&quot;alert(1)\""));
}

TEST_CASE("a javascript: address in the data is not rendered as a link")
{
    for (const char* bad : { "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
                             "data:text/html,<script>alert(1)</script>", "vbscript:x", "//example.org", "" }) {
        CAPTURE(bad);
        core::Dataset d = SmallData();
        d.Apps[0].Url = bad;
        d.Sources[0].Url = bad;
        const std::string html = core::RenderStaticContent(d);
        for (const std::string& href : Hrefs(html))
            CHECK(href[0] == '#');              // only the in-page links are left
        CHECK(!Contains(html, "<script"));
        CHECK(Contains(html, "Centres of excellence"));  // the source's title is still there, as text
    }
}

TEST_CASE("https, http and mailto addresses become links that open in a new tab without an opener")
{
    core::Dataset d = SmallData();
    d.Sources.push_back({ "mail", "NHS", "Write to us", "mailto:england.contactus@nhs.net", "" });
    d.Sources.push_back({ "plain", "NHS", "Old page", "HTTP://example.org/old", "" });
    d.Apps[0].Sources = { "mail", "plain" };
    const std::string html = core::RenderStaticContent(d);
    for (const char* url : { "https://www.england.nhs.uk/gde", "mailto:england.contactus@nhs.net", "HTTP://example.org/old" }) {
        CAPTURE(url);
        CHECK(Contains(html, std::string("<a href=\"") + url + "\" rel=\"noopener noreferrer\" target=\"_blank\""));
    }
}

TEST_CASE("empty unknown fields read \"not known\"")
{
    core::Dataset d = SmallData();
    const std::string html = core::RenderStaticContent(d);
    CHECK(Contains(html, "<dt>Main hospital</dt><dd>not known</dd>"));
    CHECK(Contains(html, "<dt>Developer</dt><dd>not known</dd>"));
    CHECK(Contains(html, "<dt>Cost</dt><dd>not known</dd>"));
    CHECK(Contains(html, "<td>not known</td>"));        // record system in the trusts table
}

TEST_CASE("the funding table gives each tier's trusts and ceilings, and never prints a nonsense sum")
{
    core::Dataset d = SmallData();
    d.FundingTiers.push_back({ "ff", "Fast followers", 20, 5.0, true, "Announced as about 20.", { "src" } });
    d.FundingTiers.push_back({ "odd", "Broken tier", 3, std::nan(""), false, "", {} });
    const std::string html = core::RenderStaticContent(d);
    CHECK(Contains(html, "<th scope=\"row\">Acute exemplars</th><td>12</td><td>up to \u00a310m</td><td>up to \u00a3120m</td>"));
    CHECK(Contains(html, "<th scope=\"row\">Fast followers</th><td>about 20</td><td>up to \u00a35m</td><td>up to about \u00a3100m</td>"));
    CHECK(Contains(html, "<p class=\"note\">Note: Announced as about 20.</p>"));
    CHECK(Contains(html, "<th scope=\"row\">Broken tier</th><td>3</td><td>not known</td><td>not known</td>"));
}

TEST_CASE("timeline events are grouped by year with machine-readable dates")
{
    core::Dataset d = SmallData();
    d.Timeline = { { "2017-03", "Second wave", "", {} }, { "2016-09-07", "First wave", "", {} }, { "2016", "The year", "", {} } };
    const std::string html = core::RenderStaticContent(d);
    CHECK(Contains(html, "<h3>2016</h3>"));
    CHECK(Contains(html, "<h3>2017</h3>"));
    CHECK(html.find("<h3>2016</h3>") < html.find("<h3>2017</h3>"));
    CHECK(Contains(html, "<time datetime=\"2016-09-07\">7 September 2016</time>"));
    CHECK(Contains(html, "<time datetime=\"2017-03\">March 2017</time>"));
}

TEST_CASE("the output has no style attributes and no scripts")
{
    const std::string& html = BundledHtml();
    CHECK(!Contains(html, "style="));
    CHECK(!Contains(html, "<script"));
    CHECK(!std::regex_search(html, std::regex("<[^>]*\\son[a-z]+=")));   // no event-handler attributes
}

TEST_CASE("ids are unique even when the data repeats or collides with them")
{
    SUBCASE("bundled data") {
        std::set<std::string> seen;
        for (const std::string& id : Ids(BundledHtml())) {
            CAPTURE(id);
            CHECK(seen.insert(id).second);
        }
        CHECK(seen.size() > 10);
    }
    SUBCASE("repeated and hostile ids") {
        core::Dataset d = SmallData();
        d.Trusts.push_back(d.Trusts[0]);                // the same ODS code twice
        d.Apps.push_back(d.Apps[0]);
        d.Apps.back().Id = "root";                      // would be "app-root", the shell's canvas holder
        d.Apps.push_back(d.Apps[0]);
        d.Apps.back().Id = "my copd\"><x";              // spaces and quotes are not allowed in an id
        d.Topics.push_back(d.Topics[0]);
        const std::string html = core::RenderStaticContent(d);
        std::set<std::string> seen;
        for (const std::string& id : Ids(html)) {
            CAPTURE(id);
            CHECK(seen.insert(id).second);
            CHECK(id.find_first_of(" \"<>") == std::string::npos);
            CHECK(id != "app-root");
        }
        CHECK(seen.count("trust-RLN") == 1);
        CHECK(seen.count("trust-RLN-2") == 1);
    }
}

TEST_CASE("in-page links point at ids that exist")
{
    const std::string& html = BundledHtml();
    const std::vector<std::string> ids = Ids(html);
    const std::set<std::string> id_set(ids.begin(), ids.end());
    int in_page = 0;
    for (const std::string& href : Hrefs(html))
        if (!href.empty() && href[0] == '#') {
            CAPTURE(href);
            CHECK(id_set.count(href.substr(1)) == 1);
            in_page++;
        }
    CHECK(in_page > static_cast<int>(Bundled().Trusts.size()));
}

TEST_CASE("FillShell replaces exactly the marked block")
{
    const std::string before = "<!doctype html><main id=\"static-content\">\n<!-- APPFINDER:STATIC-CONTENT -->";
    const std::string after = "<!-- /APPFINDER:STATIC-CONTENT -->\n</main><p>after</p>\n";
    const std::string shell = before + "\n<p>old placeholder</p>\n" + after;
    std::string error;
    const std::string page = core::FillShell(shell, "<p>new</p>\n", error);
    CHECK(error.empty());
    CHECK(page == before + "\n<p>new</p>\n" + after);

    SUBCASE("and can fill its own output again") {
        const std::string again = core::FillShell(page, "<p>newer</p>", error);
        CHECK(error.empty());
        CHECK(again == before + "\n<p>newer</p>\n" + after);
    }
}

TEST_CASE("FillShell reports a missing, repeated or misplaced marker and returns nothing")
{
    const std::string open = "<!-- APPFINDER:STATIC-CONTENT -->", close = "<!-- /APPFINDER:STATIC-CONTENT -->";
    for (const std::string& shell : { std::string("<main></main>"), "<main>" + open + "</main>", "<main>" + close + "</main>",
                                      close + open, open + open + close, open + close + close }) {
        CAPTURE(shell);
        std::string error;
        CHECK(core::FillShell(shell, "<p>x</p>", error).empty());
        CHECK(!error.empty());
    }
}

TEST_CASE("FillShell refuses content whose ids the shell already uses")
{
    const std::string shell = "<div id=\"apps\"></div><!-- APPFINDER:STATIC-CONTENT --><!-- /APPFINDER:STATIC-CONTENT -->";
    std::string error;
    CHECK(core::FillShell(shell, core::RenderStaticContent(SmallData()), error).empty());
    CHECK(Contains(error, "apps"));
}

TEST_CASE("the real shell.html is filled with the bundled content and has one h1")
{
    std::ifstream in(std::string(APPFINDER_ASSETS_DIR) + "/../shell.html", std::ios::binary);
    REQUIRE(in);
    const std::string shell((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string error;
    const std::string page = core::FillShell(shell, BundledHtml(), error);
    CHECK(error.empty());
    CHECK(Contains(page, "<section id=\"trusts\">"));
    size_t h1 = 0;
    for (size_t at = page.find("<h1"); at != std::string::npos; at = page.find("<h1", at + 1)) h1++;
    CHECK(h1 == 1);
    std::set<std::string> seen;
    for (const std::string& id : Ids(page)) {
        CAPTURE(id);
        CHECK(seen.insert(id).second);
    }
}

TEST_CASE("invalid UTF-8 and control characters do not reach the page")
{
    const std::string escaped = core::EscapeHtml("a\x01" "b\xff" "c\xc3\xa9" "d\xed\xa0\x80" "e\n");
    CHECK(escaped == "ab\xEF\xBF\xBD" "c\xc3\xa9" "d\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "e\n");
}

} // TEST_SUITE
