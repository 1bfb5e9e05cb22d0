// site_map.cpp — the map of the text site that the app and the CLI share (layer: core). See site_map.h.
// Every id goes through EntryAnchors and every file name through ScopePageName or CardPageName: the data is never
// trusted to be well formed.
#include "core/site_map.h"

#include "core/text_format.h"

#include <algorithm>
#include <iterator>
#include <set>

namespace core {

const WayIn WaysIn[3] = {
    { "Was my trust part of it?", Screen::Trusts, "trusts.html" },
    { "Find a health app", Screen::Apps, "apps.html" },
    { "Advice on wearables", Screen::Wearables, "wearables.html" },
};

const SitePageInfo SitePages[SitePage_COUNT] = {
    { "index.html", nullptr, Screen::Programme, "" },
    { "timeline.html", nullptr, Screen::Programme, "timeline" },
    { "money.html", nullptr, Screen::Programme, "money" },
    { "trusts.html", "trust-", Screen::Trusts, "" },
    { "apps.html", "app-", Screen::Apps, "" },
    { "wearables.html", "wearable-", Screen::Wearables, "" },
    { "sources.html", nullptr, Screen::Sources, "" },
};

namespace {

// Ids the shell itself uses around the content, and the Programme section's. A data id must never take one of them:
// boot.js finds these elements with getElementById, which returns the first match. FillShell checks the real shell as well.
// The ids shell.html uses (an app whose id is "status" would otherwise be anchored as "app-status").
const char* const kReservedIds[] = { "app-message", "app-status", "app-loading", "app-loading-text", "app-progress", "app-retry", "app-retry-box",
                                     "app-script", "static-content", "app-root", "canvas", "programme", "skip-link", "back-to-app", "back-to-app-link" };

// Search words that can name a file as they are, spaces becoming '-': [a-z0-9] words separated by single spaces.
bool PlainWords(const std::string& words)
{
    if (words.empty() || words.size() > 60 || words.front() == ' ' || words.back() == ' ') return false;
    for (size_t i = 0; i < words.size(); i++) {
        const char c = words[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == ' ' && words[i - 1] != ' '))) return false;
    }
    return true;
}

} // namespace

std::vector<std::string> EntryKeys(const Dataset& data, int page)
{
    std::vector<std::string> keys;
    if (page == SitePage_Trusts)
        for (const Trust& t : data.Trusts) keys.push_back(t.OdsCode);
    if (page == SitePage_Apps)
        for (const App& a : data.Apps) keys.push_back(a.Id);
    if (page == SitePage_Wearables)
        for (const WearableTopic& t : data.Topics) keys.push_back(t.Id);
    return keys;
}

std::vector<std::string> EntryAnchors(const Dataset& data, int page)
{
    std::vector<std::string> anchors;
    if (!SitePages[page].AnchorPrefix) return anchors;
    std::set<std::string> taken(std::begin(kReservedIds), std::end(kReservedIds));
    for (const std::string& key : EntryKeys(data, page)) {
        std::string base = SitePages[page].AnchorPrefix;
        for (char c : key) base += IsIdCharacter(c) ? c : '-';
        std::string id = base;
        for (int n = 2; !taken.insert(id).second; n++) id = base + "-" + std::to_string(n);
        anchors.push_back(id);
    }
    return anchors;
}

std::string ScopePageName(const EmbedOptions& o, const Dataset& data)
{
    if (o.Scope == ScopeKind::Search) { // only words the builder offers: a synonym group's first (SearchScopeWords)
        std::string name = o.ScopeValue;
        for (const std::vector<std::string>& group : data.SynonymGroups)
            if (!group.empty() && group[0] == name && PlainWords(name)) {
                std::replace(name.begin(), name.end(), ' ', '-');
                return "apps-search-" + name + ".html";
            }
        return "";
    }
    if (o.Scope == ScopeKind::None || !IsIdText(o.ScopeValue) || o.ScopeValue.size() > 60) return "";
    const char* kind = o.Scope == ScopeKind::Topic ? "topic" : o.Scope == ScopeKind::Platform ? "platform"
                                                                                              : "cost";
    return std::string("apps-") + kind + "-" + o.ScopeValue + ".html";
}

std::string CardPageName(const EmbedOptions& o)
{
    if (!o.IsCard() || !IsIdText(o.CardId) || o.CardId.size() > 60) return "";
    const char* const kinds[] = { "", "trust", "app", "wearable", "figure" };
    return std::string("card-") + kinds[static_cast<int>(o.Card)] + "-" + o.CardId + ".html";
}

std::vector<std::string> SearchScopeWords(const Dataset& data)
{
    std::vector<std::string> words;
    for (const std::vector<std::string>& group : data.SynonymGroups)
        if (!group.empty() && PlainWords(group[0]) && std::find(words.begin(), words.end(), group[0]) == words.end())
            words.push_back(group[0]);
    return words;
}

std::string ScopeDescription(const EmbedOptions& o, const Dataset& data)
{
    std::string what = o.ScopeValue;
    if (o.Scope == ScopeKind::Topic) {
        if (const Category* c = data.FindCategory(what)) what = c->Label;
        // "Diabetes" -> "diabetes", but "COPD" stays as it is.
        if (what.size() > 1 && what[0] >= 'A' && what[0] <= 'Z' && !(what[1] >= 'A' && what[1] <= 'Z')) what[0] = static_cast<char>(what[0] + 32);
        what = "Apps for " + what;
    } else if (Platform_ p = Platform_None; o.Scope == ScopeKind::Platform && PlatformFromKey(what, p)) {
        what = std::string("Apps for ") + (p == Platform_Web ? "the web" : PlatformName(p));
    } else if (CostKind c = CostKind::NotKnown; o.Scope == ScopeKind::Cost && CostFromKey(what, c)) {
        const char* const phrases[] = { "Free apps", "Paid apps", "Apps whose cost is not known" }; // by CostKind
        what = phrases[static_cast<int>(c)];
    } else {
        what = "Apps found for \u201c" + what + "\u201d";
    }
    what += ", from the NHS Apps Library";
    const std::string& as_of = data.Listing.AsOf; // "2020-11"
    const int month = as_of.size() == 7 ? (as_of[5] - '0') * 10 + (as_of[6] - '0') : 0;
    if (month >= 1 && month <= 12) what += std::string(" as listed in ") + MonthName(month) + " " + as_of.substr(0, 4);
    return what;
}

std::string TextPageFor(const Route& route, const Dataset& data, const EmbedOptions& embed)
{
    if (embed.IsCard()) {
        const std::string card = CardPageName(embed);
        return card.empty() ? "index.html" : card;
    }
    std::string href = TextPageFor(route, data);
    const std::string scoped = ScopePageName(embed, data); // a scope is only ever one the data has (ParseEmbedOptions)
    if (scoped.empty() || ListScreenOf(route.View) != Screen::Apps) return href;
    const size_t hash = href.find('#');
    return scoped + (hash == std::string::npos ? std::string() : href.substr(hash));
}

std::string TextPageFor(const Route& route, const Dataset& data)
{
    // The last page that shows the route's screen in any view or in exactly its view: timeline.html comes after
    // index.html. Screens without a page of their own (NotFound) get index.html.
    const Screen screen = ListScreenOf(route.View);
    int page = SitePage_Programme;
    for (int p = 0; p < SitePage_COUNT; p++)
        if (SitePages[p].View == screen && (SitePages[p].Tab[0] == '\0' || route.Tab == SitePages[p].Tab)) page = p;
    std::string href = SitePages[page].FileName;
    if (route.View != screen) { // a detail: its entry's anchor, when the data has that entry
        const std::vector<std::string> keys = EntryKeys(data, page);
        const auto at = std::find(keys.begin(), keys.end(), route.Id);
        if (at != keys.end()) href += "#" + EntryAnchors(data, page)[static_cast<size_t>(at - keys.begin())];
    }
    return href;
}

} // namespace core
