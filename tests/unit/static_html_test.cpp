// static_html_test.cpp — tests for src/core/static_html.cpp: the text site holds every trust, app and piece of
// advice, index.html only the Programme; each page has one h1 and the nav; every link inside the site lands on a
// page and an id that exist; data cannot inject markup or unsafe links. The shell edits are in static_shell_test.cpp,
// the site map's own rules in site_map_test.cpp.
#include "core/data_loader.h"
#include "core/route.h"
#include "core/static_html.h"

#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

const char* const kPageNames[] = { "index.html", "timeline.html", "money.html", "trusts.html", "apps.html", "wearables.html", "sources.html" };

const core::Dataset& Bundled()
{
    static const core::Dataset data = core::LoadDataset(core::BundledDataFiles()).Data;
    return data;
}

const std::string& RealShell()
{
    static const std::string shell = [] {
        std::ifstream in(std::string(APPFINDER_ASSETS_DIR) + "/../shell.html", std::ios::binary);
        REQUIRE(in);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }();
    return shell;
}

const core::ShellParts& RealShellParts()
{
    static const core::ShellParts parts = [] {
        core::ShellParts p;
        std::string error;
        REQUIRE(core::ReadShell(RealShell(), p, error));
        return p;
    }();
    return parts;
}

// File name -> the page's HTML, for `data` in the real shell.
std::map<std::string, std::string> Site(const core::Dataset& data)
{
    std::string error;
    const std::vector<core::StaticPage> pages = core::RenderStaticSite(data, RealShellParts(), error);
    REQUIRE(error.empty());
    std::map<std::string, std::string> site;
    for (const core::StaticPage& p : pages) site[p.FileName] = p.Html;
    return site;
}

const std::map<std::string, std::string>& BundledSite()
{
    static const std::map<std::string, std::string> site = Site(Bundled());
    return site;
}

// What the writer made: every text page whole, and index.html's static-content block.
std::string Generated(const std::map<std::string, std::string>& site)
{
    std::string all;
    for (const auto& page : site) {
        if (page.first != "index.html") {
            all += page.second;
            continue;
        }
        const size_t begin = page.second.find(core::StaticContentBegin), end = page.second.find(core::StaticContentEnd);
        REQUIRE(begin != std::string::npos);
        REQUIRE(end != std::string::npos);
        all += page.second.substr(begin, end - begin);
    }
    return all;
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
    core::TrustGroup g;
    g.Id = "acute-2016";
    g.Label = "Acute (2016)";
    g.Date = "2016-09-07";
    d.Groups.push_back(g);
    core::Trust t;
    t.OdsCode = "RLN";
    t.OfficialName = "City Hospitals Sunderland";
    t.Group = "acute-2016";
    t.Sources = { "src" };
    d.Trusts.push_back(t);
    core::App a;
    a.Id = "mycopd";
    a.Name = "myCOPD";
    a.Platforms = core::Platform_Ios;
    a.Url = "https://mymhealth.com/mycopd";
    a.Sources = { "src" };
    d.Apps.push_back(a);
    d.Topics.push_back({ "accuracy", "How accurate are steps?", "Roughly.", { "Check tests." }, { "src" }, {} }); // no urgent advice
    d.Checklist.push_back({ "Is it accurate?", "accuracy" });
    return d;
}

// The pages of SmallData in `shell`; none, with `error` set, when the shell cannot be read or filled.
std::vector<core::StaticPage> SiteIn(const std::string& shell, std::string& error)
{
    core::ShellParts parts;
    if (!core::ReadShell(shell, parts, error)) return {};
    return core::RenderStaticSite(SmallData(), parts, error);
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

size_t Count(const std::string& html, const std::string& text)
{
    size_t n = 0;
    for (size_t at = html.find(text); at != std::string::npos; at = html.find(text, at + 1)) n++;
    return n;
}

bool IsOutside(const std::string& href) { return href.rfind("https://", 0) == 0 || href.rfind("mailto:", 0) == 0 || href.rfind("http://", 0) == 0 || href.rfind("tel:", 0) == 0; } // tel: only 999 and 111 (urgent advice)

} // namespace

TEST_SUITE("static_html") {

TEST_CASE("the site is index.html and one text page for each other screen")
{
    std::string error;
    const std::vector<core::StaticPage> pages = core::RenderStaticSite(Bundled(), RealShellParts(), error);
    CHECK(error.empty());
    REQUIRE(pages.size() == std::size(kPageNames));
    for (size_t i = 0; i < pages.size(); i++) {
        CHECK(pages[i].FileName == kPageNames[i]);
        CHECK(pages[i].Html.rfind("<!doctype html>", 0) == 0);
    }
}

TEST_CASE("index.html holds the app and the Programme, and leaves every other screen to its page")
{
    const std::string& index = BundledSite().at("index.html");
    CHECK(Contains(index, "<canvas id=\"canvas\""));
    CHECK(Contains(index, "<section id=\"programme\">"));
    CHECK(Contains(index, "<p>This site explains")); // the first paint's largest text
    CHECK(Contains(index, "<p class=\"loading-note\">"));
    for (const core::ProgrammeSection& s : Bundled().Sections) CHECK(Contains(index, ">" + core::EscapeHtml(s.Heading) + "</h3>"));
    for (const core::Trust& t : Bundled().Trusts) CHECK(!Contains(index, "trust-" + t.OdsCode));
    for (const core::App& a : Bundled().Apps) CHECK(!Contains(index, ">" + core::EscapeHtml(a.Name) + "</h3>"));
    CHECK(!Contains(index, "<time ")); // the timeline's and the source list's dates
    CHECK(index.size() < 64 * 1024);
}

TEST_CASE("index.html's Programme starts as the app's does: what it was, then the three ways in, then the figures")
{
    const std::string& index = BundledSite().at("index.html");
    REQUIRE(!Bundled().Intro.Paragraphs.empty());
    const size_t intro = index.find("<p>" + core::EscapeHtml(Bundled().Intro.Paragraphs[0]) + "</p>");
    const size_t ways = index.find("<ul class=\"ways-in\"><li><a href=\"trusts.html\">Was my trust part of it?</a></li>"
                                   "<li><a href=\"apps.html\">Find a health app</a></li>"
                                   "<li><a href=\"wearables.html\">Advice on wearables</a></li></ul>");
    const size_t figures = index.find(">Key figures</h3>");
    CHECK(index.find("<section id=\"programme\">") < intro);
    CHECK(intro < ways);
    CHECK(ways < figures);
    CHECK(figures != std::string::npos);
}

TEST_CASE("every trust, app and wearable topic of the bundled data is on its page")
{
    const std::string& trusts = BundledSite().at("trusts.html");
    const std::string& apps = BundledSite().at("apps.html");
    const std::string& wearables = BundledSite().at("wearables.html");
    REQUIRE(!Bundled().Trusts.empty());
    REQUIRE(!Bundled().Apps.empty());
    REQUIRE(!Bundled().Topics.empty());
    for (const core::Trust& t : Bundled().Trusts) {
        CAPTURE(t.OdsCode);
        CHECK(Contains(trusts, " id=\"trust-" + t.OdsCode + "\">" + core::EscapeHtml(t.OfficialName) + "</h2>"));
        CHECK(Contains(trusts, "<a href=\"#trust-" + t.OdsCode + "\">"));
    }
    for (const core::App& a : Bundled().Apps) {
        CAPTURE(a.Id);
        CHECK(Contains(apps, " id=\"app-" + a.Id + "\">" + core::EscapeHtml(a.Name) + "</h2>"));
        if (a.Url.empty()) { // no address known: the app's own section says so rather than linking anywhere
            const std::size_t at = apps.find(" id=\"app-" + a.Id + "\">");
            REQUIRE(at != std::string::npos);
            CHECK(Contains(apps.substr(at, apps.find(" id=\"app-", at + 1) - at), "<p>Website: not known</p>"));
        } else
            CHECK(Contains(apps, "href=\"" + core::EscapeHtml(a.Url) + "\""));
    }
    for (const core::WearableTopic& t : Bundled().Topics) {
        CAPTURE(t.Id);
        CHECK(Contains(wearables, " id=\"wearable-" + t.Id + "\">" + core::EscapeHtml(t.Title) + "</h2>"));
    }
    for (const core::ChecklistItem& c : Bundled().Checklist)
        CHECK(Contains(wearables, core::EscapeHtml(c.Text)));
    for (const core::TimelineEvent& e : Bundled().Timeline)
        CHECK(Contains(BundledSite().at("timeline.html"), core::EscapeHtml(e.Title)));
    for (const core::Source& s : Bundled().Sources)
        CHECK(Contains(BundledSite().at("sources.html"), core::EscapeHtml(s.Title)));
}

TEST_CASE("every page has one h1, one main, a title and the same nav, which marks the page itself")
{
    for (const auto& [name, html] : BundledSite()) {
        CAPTURE(name);
        CHECK(Count(html, "<h1") == 1);
        CHECK(Count(html, "<main") == 1);
        CHECK(Count(html, "<header>") == 1);
        CHECK(Contains(html, "<html lang=\"en\""));
        CHECK(std::regex_search(html, std::regex("<title>[^<]+</title>")));
        CHECK(std::regex_search(html, std::regex("<meta name=\"description\" content=\"[^\"]{40,}\">")));
        const size_t nav = html.find("<nav aria-label=\"Sections\">");
        REQUIRE(nav != std::string::npos);
        const std::string links = html.substr(nav, html.find("</nav>", nav) - nav);
        CHECK(Hrefs(links) == std::vector<std::string>(std::begin(kPageNames), std::end(kPageNames)));
        CHECK(Count(links, "aria-current") == 1);
        CHECK(Contains(links, "<a href=\"" + name + "\" aria-current=\"page\">"));
    }
}

TEST_CASE("every text page shares the shell's stylesheet, has no scripts, and links to its screen in the app")
{
    const std::string stylesheet = "<link rel=\"stylesheet\" href=\"app.css\">";
    REQUIRE(Contains(RealShell(), stylesheet));
    for (const auto& [name, html] : BundledSite()) {
        if (name == "index.html") continue;
        CAPTURE(name);
        CHECK(Contains(html, stylesheet));
        CHECK(!Contains(html, "<script"));
        CHECK(!Contains(html, ".wasm"));
        const std::smatch found = [&] {
            std::smatch m;
            std::regex_search(html, m, std::regex("<a href=\"index\\.html(#/[^\"]*)\">Interactive version</a>"));
            return m;
        }();
        REQUIRE(!found.empty());
        CHECK(html.find(found[0].str()) < html.find("</h1>") + 200); // near the top
        CHECK(core::TextPageFor(core::ParseRoute(found[1].str()), Bundled()) == name);
    }
}

TEST_CASE("every link inside the site lands on a page, and on an id of that page")
{
    struct Counts {
        int SamePage = 0, OtherPage = 0, ToApp = 0;
    };
    auto check_links = [](const std::map<std::string, std::string>& site) {
        std::map<std::string, std::set<std::string>> ids;
        for (const auto& [name, html] : site) {
            const std::vector<std::string> v = Ids(html);
            ids[name] = std::set<std::string>(v.begin(), v.end());
        }
        Counts counts;
        for (const auto& [name, html] : site) {
            for (const std::string& href : Hrefs(html)) {
                if (IsOutside(href) || href == "favicon.svg" || href == "app.css" || href == "#") continue; // the shell's own
                CAPTURE(name);
                CAPTURE(href);
                const size_t hash = href.find('#');
                const std::string file = href.substr(0, hash), fragment = hash == std::string::npos ? "" : href.substr(hash + 1);
                const std::string target = file.empty() ? name : file;
                REQUIRE(site.count(target) == 1);
                if (fragment.rfind("/", 0) == 0) { // a route of the app in index.html
                    CHECK(target == "index.html");
                    CHECK(core::ParseRoute(fragment).View != core::Screen::NotFound);
                    counts.ToApp++;
                } else if (!fragment.empty()) {
                    CHECK(ids[target].count(fragment) == 1);
                }
                (target == name ? counts.SamePage : counts.OtherPage)++;
            }
        }
        return counts;
    };
    SUBCASE("bundled data")
    {
        const Counts counts = check_links(BundledSite());
        CHECK(counts.SamePage > static_cast<int>(Bundled().Trusts.size()));
        CHECK(counts.OtherPage >= core::SitePage_COUNT * (core::SitePage_COUNT - 1)); // each nav's links to the other pages
        CHECK(counts.ToApp == core::SitePage_COUNT - 1);                              // each text page's "Interactive version"
    }
    SUBCASE("repeated and hostile ids")
    {
        core::Dataset d = SmallData();
        d.Trusts.push_back(d.Trusts[0]);
        d.Topics.push_back(d.Topics[0]);
        d.Checklist.push_back({ "Again?", "accuracy" });
        d.Apps.push_back(d.Apps[0]);
        d.Apps.back().Id = "my copd\"><x";
        CHECK(check_links(Site(d)).SamePage >= 4);
    }
}

TEST_CASE("the app's \"Text-only version\" goes to the page and the entry it showed")
{
    const std::map<std::string, std::string>& site = BundledSite();
    auto lands = [&](const std::string& route) {
        CAPTURE(route);
        const std::string href = core::TextPageFor(core::ParseRoute(route), Bundled());
        const size_t hash = href.find('#');
        REQUIRE(site.count(href.substr(0, hash)) == 1);
        if (hash != std::string::npos) CHECK(Contains(site.at(href.substr(0, hash)), " id=\"" + href.substr(hash + 1) + "\""));
        return href;
    };
    CHECK(lands("#/programme") == "index.html");
    CHECK(lands("#/programme?view=timeline") == "timeline.html");
    CHECK(lands("#/programme?view=money") == "money.html");
    CHECK(lands("#/trusts?view=map") == "trusts.html");
    CHECK(lands("#/trusts/RRK") == "trusts.html#trust-RRK");
    CHECK(lands("#/apps?q=asthma&platform=ios") == "apps.html");
    CHECK(lands("#/apps/mycopd") == "apps.html#app-mycopd");
    CHECK(lands("#/wearables/accuracy") == "wearables.html#wearable-accuracy");
    CHECK(lands("#/sources") == "sources.html");
    CHECK(lands("#/nowhere") == "index.html");
    CHECK(lands("#/apps/no-such-app") == "apps.html");
    for (const core::Trust& t : Bundled().Trusts) lands("#/trusts/" + t.OdsCode);
    for (const core::App& a : Bundled().Apps) lands("#/apps/" + a.Id);
    for (const core::WearableTopic& t : Bundled().Topics) lands("#/wearables/" + t.Id);
}

TEST_CASE("text with markup or ampersands in the data is escaped")
{
    core::Dataset d = SmallData();
    d.Apps[0].Name = "<script>alert(1)</script>";
    d.Apps[0].Description = "Tom & Jerry's \"app\"";
    d.Trusts[0].OfficialName = "<img src=x onerror=alert(1)>";
    d.Sources[0].Title = "</a><b>";
    const std::string html = Generated(Site(d));
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
    const std::string html = Site(d).at("apps.html");
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
        const std::string html = Generated(Site(d));
        for (const std::string& href : Hrefs(html)) {
            CAPTURE(href);
            CHECK(href.find(':') == std::string::npos); // only the site's own pages are left
            CHECK(href.rfind("//", 0) != 0);
        }
        CHECK(!Contains(html, "<script"));
        CHECK(Contains(html, "Centres of excellence")); // the source's title is still there, as text
    }
}

TEST_CASE("https, http and mailto addresses become links that open in a new tab without an opener")
{
    core::Dataset d = SmallData();
    d.Sources.push_back({ "mail", "NHS", "Write to us", "mailto:england.contactus@nhs.net", "" });
    d.Sources.push_back({ "plain", "NHS", "Old page", "HTTP://example.org/old", "" });
    d.Apps[0].Sources = { "mail", "plain" };
    const std::string html = Generated(Site(d));
    for (const std::string url : { "https://www.england.nhs.uk/gde", "mailto:england.contactus@nhs.net", "HTTP://example.org/old" }) {
        CAPTURE(url);
        CHECK(Contains(html, "<a href=\"" + url + "\" rel=\"noopener noreferrer\" target=\"_blank\""));
    }
}

TEST_CASE("empty unknown fields read \"not known\"")
{
    const std::map<std::string, std::string> site = Site(SmallData());
    CHECK(Contains(site.at("trusts.html"), "<dt>Main hospital</dt><dd>not known</dd>"));
    CHECK(Contains(site.at("apps.html"), "<dt>Developer</dt><dd>not known</dd>"));
    CHECK(Contains(site.at("apps.html"), "<dt>Cost</dt><dd>not known</dd>"));
    CHECK(Contains(site.at("trusts.html"), "<td>not known</td>")); // record system in the trusts table
}

TEST_CASE("the funding table gives each tier's trusts and ceilings, and never prints a nonsense sum")
{
    core::Dataset d = SmallData();
    d.FundingTiers.push_back({ "ff", "Fast followers", 20, 5.0, true, "Announced as about 20.", { "src" } });
    d.FundingTiers.push_back({ "odd", "Broken tier", 3, std::nan(""), false, "", {} });
    const std::string html = Site(d).at("index.html");
    CHECK(Contains(html, "<th scope=\"row\">Acute exemplars</th><td>12</td><td>up to \u00a310m</td><td>up to \u00a3120m</td>"));
    CHECK(Contains(html, "<th scope=\"row\">Fast followers</th><td>about 20</td><td>up to \u00a35m</td><td>up to about \u00a3100m</td>"));
    CHECK(Contains(html, "<p class=\"note\">Note: Announced as about 20.</p>"));
    CHECK(Contains(html, "<th scope=\"row\">Broken tier</th><td>3</td><td>not known</td><td>not known</td>"));
}

TEST_CASE("timeline events are grouped by year with machine-readable dates")
{
    core::Dataset d = SmallData();
    d.Timeline = { { "2017-03", "Second wave", "", {} }, { "2016-09-07", "First wave", "", {} }, { "2016", "The year", "", {} } };
    const std::string html = Site(d).at("timeline.html");
    CHECK(Contains(html, "<h2>2016</h2>"));
    CHECK(Contains(html, "<h2>2017</h2>"));
    CHECK(html.find("<h2>2016</h2>") < html.find("<h2>2017</h2>"));
    CHECK(Contains(html, "<time datetime=\"2016-09-07\">7 September 2016</time>"));
    CHECK(Contains(html, "<time datetime=\"2017-03\">March 2017</time>"));
}

TEST_CASE("the output has no style attributes and no scripts")
{
    const std::string html = Generated(BundledSite());
    CHECK(!Contains(html, "style="));
    CHECK(!Contains(html, "<script"));
    CHECK(!std::regex_search(html, std::regex("<[^>]*\\son[a-z]+="))); // no event-handler attributes
}

TEST_CASE("ids are unique on each page even when the data repeats or collides with them")
{
    SUBCASE("bundled data")
    {
        size_t total = 0;
        for (const auto& [name, html] : BundledSite()) {
            CAPTURE(name);
            std::set<std::string> seen;
            for (const std::string& id : Ids(html)) {
                CAPTURE(id);
                CHECK(seen.insert(id).second);
            }
            total += seen.size();
        }
        CHECK(total > 10);
    }
    SUBCASE("repeated and hostile ids")
    {
        core::Dataset d = SmallData();
        d.Trusts.push_back(d.Trusts[0]); // the same ODS code twice
        d.Apps.push_back(d.Apps[0]);
        d.Apps.back().Id = "root"; // would be "app-root", the shell's canvas holder
        d.Apps.push_back(d.Apps[0]);
        d.Apps.back().Id = "status"; // would be "app-status", the shell's start-up status
        d.Apps.push_back(d.Apps[0]);
        d.Apps.back().Id = "my copd\"><x"; // spaces and quotes are not allowed in an id
        d.Topics.push_back(d.Topics[0]);
        std::set<std::string> all;
        for (const auto& [name, html] : Site(d)) {
            std::set<std::string> seen;
            for (const std::string& id : Ids(html)) {
                CAPTURE(id);
                CHECK(seen.insert(id).second);
                CHECK(id.find_first_of(" \"<>") == std::string::npos);
                CHECK((name == "index.html" || (id != "app-root" && id != "app-status")));
            }
            all.insert(seen.begin(), seen.end());
        }
        CHECK(all.count("trust-RLN") == 1);
        CHECK(all.count("trust-RLN-2") == 1);
        CHECK(all.count("app-root-2") == 1);
        CHECK(all.count("app-status-2") == 1);
        // The app's links land where the writer put each entry.
        CHECK(core::TextPageFor(core::ParseRoute("#/apps/root"), d) == "apps.html#app-root-2");
        CHECK(core::TextPageFor(core::ParseRoute("#/trusts/RLN"), d) == "trusts.html#trust-RLN");
    }
}

TEST_CASE("a shell that would repeat the content's ids, has no stylesheet to share or no element for the text makes no pages")
{
    const std::string head = "<html><head><link rel=\"stylesheet\" href=\"app.css\"></head><body>";
    const std::string markers = "<!-- APPFINDER:STATIC-CONTENT --><!-- /APPFINDER:STATIC-CONTENT -->";
    const std::string block = "<div id=\"static-content\">" + markers + "</div></body></html>";
    std::string error;
    CHECK(SiteIn(head + block, error).size() == core::SitePage_COUNT);
    CHECK(error.empty());
    CHECK(SiteIn(head + "<div id=\"programme\"></div>" + block, error).empty());
    CHECK(Contains(error, "programme"));
    CHECK(SiteIn("<html><head><link rel=\"icon\" href=\"i.svg\"></head><body>" + block, error).empty());
    CHECK(Contains(error, "stylesheet"));
    CHECK(SiteIn(head + "</body>", error).empty());
    CHECK(Contains(error, "marker"));
    CHECK(SiteIn(head + markers + "</body></html>", error).empty()); // the text pages would have no element to put it in
    CHECK(Contains(error, "static-content"));
}

TEST_CASE("every text page carries the shell's security policy before anything it loads")
{
    const std::string policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; form-action 'none'\">";
    const std::string shell = "<html><head><meta charset=\"utf-8\">" + policy + "<link rel=\"stylesheet\" href=\"app.css\"></head><body>"
                                                                                "<main id=\"static-content\"><!-- APPFINDER:STATIC-CONTENT --><!-- /APPFINDER:STATIC-CONTENT --></main></body></html>";
    std::string error;
    const auto pages = SiteIn(shell, error);
    REQUIRE(pages.size() == core::SitePage_COUNT);
    for (const auto& page : pages) {
        CAPTURE(page.FileName);
        CHECK(Count(page.Html, policy) == 1);
        CHECK(page.Html.find(policy) < page.Html.find("<link rel=\"stylesheet\""));
    }
}

} // TEST_SUITE
