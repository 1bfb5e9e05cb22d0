// link_lint.cpp — warnings about weak links in the data files (layer: core). See link_lint.h.
// The host lists below are the one place to add a shortener, a staging or mirror host, or a closed
// service whose front page must not stand in for an app's own address.
#include "core/link_lint.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstddef>

namespace core {

namespace {

using json = nlohmann::json;

// Services that only redirect: the reader cannot see where the link goes.
const char* const ShortenerHosts[] = {
    "bit.ly",
    "tinyurl.com",
    "goo.gl",
    "t.co",
    "ow.ly",
    "buff.ly",
    "is.gd",
    "tiny.cc",
    "rebrand.ly",
    "cutt.ly",
    "shorturl.at",
    "lnkd.in",
};

// Hosts that serve someone else's pages: cite the publisher's own address instead.
struct HostNote {
    const char* Host;
    const char* What;
};
const HostNote StagingOrMirrorHosts[] = {
    { "onyx-sites.io", "a publisher's staging server" },
    { "azurewebsites.net", "a hosting mirror" },
    { "fdocuments.in", "a document-dump site" },
    { "ipfs.io", "an IPFS gateway" },
    { "cf-ipfs.com", "an IPFS gateway (shut down)" },
    { "dweb.link", "an IPFS gateway" },
    { "clateway.com", "a Wikipedia mirror" },
    { "campusafrica.gos.orange.com", "a Wikipedia mirror" },
};

// Front pages of closed services (host and path, no scheme, no "www.", no trailing '/').
struct ClosedService {
    const char* Page;
    const char* What;
};
const ClosedService ClosedFrontPages[] = {
    { "nhs.uk/apps-library", "the NHS Apps Library, which closed in 2021" },
};

std::string Lower(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool StartsWith(const std::string& s, const char* prefix)
{
    return s.compare(0, std::char_traits<char>::length(prefix), prefix) == 0;
}

// The host of an absolute URL, lower case, without user info or port; "" when there is none.
std::string HostOf(const std::string& url)
{
    const std::size_t scheme_end = url.find("://");
    if (scheme_end == std::string::npos)
        return "";
    const std::size_t start = scheme_end + 3;
    std::string authority = url.substr(start, url.find_first_of("/?#", start) - start);
    const std::size_t at = authority.rfind('@');
    if (at != std::string::npos)
        authority.erase(0, at + 1);
    const std::size_t colon = authority.find(':');
    if (colon != std::string::npos)
        authority.erase(colon);
    return Lower(authority);
}

// True when `host` is `domain` or one of its subdomains.
bool HostIs(const std::string& host, const std::string& domain)
{
    return host == domain || (host.size() > domain.size() &&
                              host.compare(host.size() - domain.size(), domain.size(), domain) == 0 &&
                              host[host.size() - domain.size() - 1] == '.');
}

// "nhs.uk/apps-library" for "https://www.nhs.uk/apps-library/"; query and fragment dropped.
std::string PageOf(const std::string& url)
{
    std::string page = Lower(url);
    const std::size_t scheme_end = page.find("://");
    if (scheme_end != std::string::npos)
        page.erase(0, scheme_end + 3);
    page.erase(std::min(page.size(), page.find_first_of("?#")));
    if (StartsWith(page, "www."))
        page.erase(0, 4);
    while (!page.empty() && page.back() == '/')
        page.pop_back();
    return page;
}

const HostNote* StagingOrMirror(const std::string& host)
{
    for (const HostNote& h : StagingOrMirrorHosts)
        if (HostIs(host, h.Host))
            return &h;
    return nullptr;
}

const ClosedService* ClosedFrontPage(const std::string& url)
{
    const std::string page = PageOf(url);
    for (const ClosedService& c : ClosedFrontPages)
        if (page == c.Page)
            return &c;
    return nullptr;
}

std::string Message(LinkWarning_ kind, const std::string& url)
{
    switch (kind) {
    case LinkWarning_Http:
        return "warning: the link uses http:, not https:; give the https: address the publisher serves";
    case LinkWarning_Shortener:
        return "warning: " + HostOf(url) + " is a link shortener, which hides where the link goes; give the publisher's own address";
    case LinkWarning_StagingOrMirror: {
        const HostNote* h = StagingOrMirror(HostOf(url));
        return "warning: " + HostOf(url) + " is " + (h ? h->What : "not the publisher") + "; cite the publisher's own address";
    }
    case LinkWarning_ClosedFrontPage: {
        const ClosedService* c = ClosedFrontPage(url);
        return std::string("warning: this is the front page of ") + (c ? c->What : "a closed service") +
               ", not the app; give the app's own address (a store or publisher page), or \"\" when none is known";
    }
    case LinkWarning_StrayHash:
        return "warning: the link ends in '#'; remove the stray '#'";
    case LinkWarning_PlaceholderTitle:
        return "warning: the title looks like a placeholder; give the page's own title";
    case LinkWarning_StoreCountry:
        return "warning: this store page is for another country (" + StoreCountry(url) +
               "), not the UK; give the UK store's address (apps.apple.com/gb/..., or no gl= on Google Play)";
    case LinkWarning_StoreAsWebsite:
        return "warning: this is a store page, not the app's website; give it under \"stores\" and the website here, or \"\" when none is known";
    }
    return "warning";
}

// Adds the warnings for field `key` of every entry of the list `list` in `doc` (a text field).
template <typename CheckFn>
void LintList(const DataFile& file, const json& doc, const char* list, const char* key, CheckFn check,
              std::vector<LinkWarning>& out)
{
    if (!doc.is_object() || !doc.contains(list) || !doc[list].is_array())
        return;
    const json& entries = doc[list];
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const json& entry = entries[i];
        if (!entry.is_object() || !entry.contains(key) || !entry[key].is_string())
            continue;
        const std::string value = entry[key].get<std::string>();
        const std::string pointer = "/" + std::string(list) + "/" + std::to_string(i) + "/" + key;
        for (LinkWarning_ kind : check(value))
            out.push_back({ kind, { file.Name, pointer, Message(kind, value) } });
    }
}

bool IsStorePage(const std::string& url)
{
    const std::string host = HostOf(url);
    return host == "apps.apple.com" || host == "itunes.apple.com" || host == "play.google.com";
}

// An app's `stores` object: each link checked as any link is, and for its country.
void LintStores(const DataFile& file, const json& doc, std::vector<LinkWarning>& out)
{
    if (!doc.is_object() || !doc.contains("apps") || !doc["apps"].is_array())
        return;
    const json& apps = doc["apps"];
    for (std::size_t i = 0; i < apps.size(); ++i) {
        if (!apps[i].is_object() || !apps[i].contains("stores") || !apps[i]["stores"].is_object())
            continue;
        for (const char* key : { "app_store", "google_play" }) {
            const json& stores = apps[i]["stores"];
            if (!stores.contains(key) || !stores[key].is_string())
                continue;
            const std::string url = stores[key].get<std::string>();
            const std::string pointer = "/apps/" + std::to_string(i) + "/stores/" + key;
            std::vector<LinkWarning_> kinds = LintUrl(url, false);
            const std::string country = StoreCountry(url);
            if (!country.empty() && country != "gb")
                kinds.push_back(LinkWarning_StoreCountry);
            for (LinkWarning_ kind : kinds)
                out.push_back({ kind, { file.Name, pointer, Message(kind, url) } });
        }
    }
}

} // namespace

// Deepest nesting of arrays and objects in `text`, stopping once it passes `limit`; strings skipped.
int NestingDepth(const std::string& text, int limit)
{
    int depth = 0, deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size() && deepest <= limit; ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') in_string = true;
        else if (c == '[' || c == '{') deepest = std::max(deepest, ++depth);
        else if (c == ']' || c == '}') --depth;
    }
    return deepest;
}

std::string StoreCountry(const std::string& url)
{
    const std::string host = HostOf(url);
    const std::string lower = Lower(url);
    if (host == "apps.apple.com" || host == "itunes.apple.com") {
        // https://apps.apple.com/<country>/app/...: two letters before /app/
        const std::size_t path = lower.find(host) + host.size();
        if (lower.size() > path + 4 && lower[path] == '/' && lower[path + 3] == '/' && std::isalpha(static_cast<unsigned char>(lower[path + 1])) &&
            std::isalpha(static_cast<unsigned char>(lower[path + 2])))
            return lower.substr(path + 1, 2);
        return "";
    }
    if (host == "play.google.com") {
        for (const char* key : { "?gl=", "&gl=" }) {
            const std::size_t at = lower.find(key);
            if (at != std::string::npos) return lower.substr(at + 4, lower.find_first_of("&#", at + 4) - (at + 4));
        }
    }
    return "";
}

std::vector<LinkWarning_> LintUrl(const std::string& url, bool app_link)
{
    std::vector<LinkWarning_> kinds;
    if (url.empty())
        return kinds; // "" is "not known", which is honest
    const std::string lower = Lower(url);
    const std::string host = HostOf(url);
    if (StartsWith(lower, "http:"))
        kinds.push_back(LinkWarning_Http);
    for (const char* s : ShortenerHosts)
        if (HostIs(host, s)) {
            kinds.push_back(LinkWarning_Shortener);
            break;
        }
    if (StagingOrMirror(host))
        kinds.push_back(LinkWarning_StagingOrMirror);
    if (app_link && ClosedFrontPage(url))
        kinds.push_back(LinkWarning_ClosedFrontPage);
    if (url.back() == '#')
        kinds.push_back(LinkWarning_StrayHash);
    if (app_link && IsStorePage(url))
        kinds.push_back(LinkWarning_StoreAsWebsite);
    return kinds;
}

bool LooksLikePlaceholderTitle(const std::string& title)
{
    const std::string t = Lower(title);
    if (StartsWith(t, "http://") || StartsWith(t, "https://") || StartsWith(t, "www."))
        return true; // an address, not a title
    for (std::size_t at = t.find("p="); at != std::string::npos; at = t.find("p=", at + 1))
        if (at + 2 < t.size() && std::isdigit(static_cast<unsigned char>(t[at + 2])))
            return true; // "article p=55674": a post number standing in for the title
    for (const char* phrase : { "untitled", "placeholder", "no title", "title here", "lorem ipsum", "todo", "tbc", "tbd", "fixme" }) {
        const std::size_t len = std::char_traits<char>::length(phrase);
        for (std::size_t at = t.find(phrase); at != std::string::npos; at = t.find(phrase, at + 1)) {
            const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(t[at - 1]));
            const bool ends = at + len == t.size() || !std::isalnum(static_cast<unsigned char>(t[at + len]));
            if (starts && ends)
                return true;
        }
    }
    return false;
}

std::vector<LinkWarning> LintLinks(const std::vector<DataFile>& files)
{
    std::vector<LinkWarning> out;
    for (const DataFile& file : files) {
        const bool sources = file.Name == "sources.json", apps = file.Name == "apps.json";
        if ((!sources && !apps) || file.Text.size() > MaxDataFileBytes || NestingDepth(file.Text, MaxNestingDepth) > MaxNestingDepth)
            continue;
        const json doc = json::parse(file.Text, nullptr, false);
        if (doc.is_discarded())
            continue;
        if (sources) {
            LintList(
                file, doc, "sources", "url", [](const std::string& v) { return LintUrl(v, false); }, out);
            LintList(
                file, doc, "sources", "title", [](const std::string& v) {
                    return LooksLikePlaceholderTitle(v) ? std::vector<LinkWarning_>{ LinkWarning_PlaceholderTitle }
                                                        : std::vector<LinkWarning_>{};
                },
                out);
        } else {
            LintList(
                file, doc, "apps", "url", [](const std::string& v) { return LintUrl(v, true); }, out);
            LintStores(file, doc, out);
        }
    }
    return out;
}

std::string FormatWarning(const LinkWarning& w)
{
    return FormatProblem(w.Where);
}

} // namespace core
