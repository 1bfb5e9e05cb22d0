// fuzz_static_html.cpp — libFuzzer target for the text-page writer, core::RenderStaticSite (tests; built by
// tools/fuzz.sh). The input is a data folder as for fuzz_data_loader: parts split at each NUL byte are the
// files in DataFileNames() order; files with no part come from the bundled data, so most inputs change one
// file and the rest still loads. What loads is written as the six pages. Beyond "no crash", it checks what
// makes the pages safe whatever the data: no script but the shell's own, every href a page of the site, an
// anchor, or an https:, http: or mailto: address, each id once per page, no raw control byte, and the
// shell's security policy first in every page's head.
#include "core/data_loader.h"
#include "core/site_map.h"
#include "core/static_html.h"
#include "core/text_format.h"

#include "fuzz_common.h"

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace {

using fuzz::Require;

const char* const kPolicy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; form-action 'none'\">";

std::string Shell()
{
    return std::string("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n") + kPolicy +
           "\n<title>t</title>\n<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"app.css\">\n"
           "</head>\n<body>\n<div id=\"static-content\" class=\"static-content\">\n" +
           core::StaticContentBegin + "\n<p>x</p>\n" +
           core::StaticContentEnd + "\n</div>\n<div id=\"app-root\" hidden></div>\n<script src=\"boot.js\" defer></script>\n</body>\n</html>\n";
}

std::size_t Count(const std::string& text, const std::string& what)
{
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
        n++;
    return n;
}

// The value of every `name="..."` attribute in `html`.
std::vector<std::string> Attributes(const std::string& html, const std::string& name)
{
    std::vector<std::string> values;
    const std::string open = " " + name + "=\"";
    for (std::size_t at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
        const std::size_t start = at + open.size(), end = html.find('"', start);
        Require(end != std::string::npos);
        values.push_back(html.substr(start, end - start));
    }
    return values;
}

bool StartsWith(const std::string& s, const char* prefix) { return s.compare(0, std::char_traits<char>::length(prefix), prefix) == 0; }

bool AllowedHref(const std::string& href)
{
    if (StartsWith(href, "https://") || StartsWith(href, "http://") || StartsWith(href, "mailto:") || StartsWith(href, "tel:"))
        return core::IsLinkableUrl(href);
    if (StartsWith(href, "#") || href == "app.css" || href == "favicon.svg") // the shell's own links
        return true;
    // A page of the site ("apps.html#app-x", "index.html#/apps"), or the app's own route.
    const std::size_t page_end = href.find('#');
    const std::string page = href.substr(0, page_end);
    if (page.size() < 6 || page.compare(page.size() - 5, 5, ".html") != 0)
        return false;
    for (char c : page)
        if (!((c >= 'a' && c <= 'z') || c == '-' || c == '.'))
            return false;
    return true;
}

void CheckPage(const core::StaticPage& page, bool is_index)
{
    const std::string& html = page.Html;
    Require(Count(html, "<script") == (is_index ? 1u : 0u));
    Require(Count(html, kPolicy) == 1 && html.find(kPolicy) < html.find("<link "));
    for (const std::string& href : Attributes(html, "href"))
        Require(AllowedHref(href));
    std::set<std::string> ids;
    for (const std::string& id : Attributes(html, "id"))
        Require(ids.insert(id).second);
    for (unsigned char c : html)
        Require(c >= 0x20 || c == '\n' || c == '\t' || c == '\r');
    Require(Count(html, "<body>") == 1 && Count(html, "</html>") == 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size)
{
    static const std::vector<core::DataFile> bundled = core::BundledDataFiles();
    std::vector<core::DataFile> files = fuzz::FolderFromBytes(bytes, size);
    for (const core::DataFile& f : bundled) {
        bool given = false;
        for (const core::DataFile& g : files)
            given = given || g.Name == f.Name;
        if (!given)
            files.push_back(f);
    }

    const core::LoadResult r = core::LoadDataset(files);
    std::string error;
    core::ShellParts shell;
    Require(core::ReadShell(Shell(), shell, error));
    const std::vector<core::StaticPage> pages = core::RenderStaticSite(r.Data, shell, error);
    Require(error.empty() && pages.size() == static_cast<std::size_t>(core::SitePage_COUNT));
    for (std::size_t i = 0; i < pages.size(); i++)
        CheckPage(pages[i], i == 0);

    // The escaper alone, on the raw bytes: nothing that could open a tag or end an attribute survives.
    const std::string escaped = core::EscapeHtml(std::string(reinterpret_cast<const char*>(bytes), size));
    for (char c : escaped)
        Require(c != '<' && c != '>' && c != '"' && c != '\'');
    return 0;
}
