// route.cpp — URL hash <-> Route (layer: core). See route.h.
#include "core/route.h"

#include "core/model.h"
#include "core/search_index.h"

#include <cctype>
#include <vector>

namespace core {

namespace {

struct ScreenName { Screen List; Screen Detail; const char* Key; };
const ScreenName kScreens[] = {
    { Screen::Programme, Screen::Programme,      "programme" },
    { Screen::Trusts,    Screen::TrustDetail,    "trusts" },
    { Screen::Apps,      Screen::AppDetail,      "apps" },
    { Screen::Wearables, Screen::WearableDetail, "wearables" },
    { Screen::Sources,   Screen::Sources,        "sources" },
};

int HexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::vector<std::string> Split(const std::string& s, char sep)
{
    std::vector<std::string> parts;
    size_t start = 0;
    for (;;) {
        size_t end = s.find(sep, start);
        parts.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return parts;
}

} // namespace

bool Route::operator==(const Route& o) const
{
    return View == o.View && Id == o.Id && Query == o.Query && Category == o.Category &&
           Platform == o.Platform && Cost == o.Cost && Badge == o.Badge && Tab == o.Tab;
}

std::string PercentEncode(const std::string& s)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string PercentDecode(const std::string& s)
{
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') {
            out += ' ';
        } else if (s[i] == '%' && i + 2 < s.size() && HexValue(s[i + 1]) >= 0 && HexValue(s[i + 2]) >= 0) {
            out += static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

Route DetailRoute(Screen detail, const std::string& id)
{
    Route r;
    r.View = detail;
    r.Id = id;
    return r;
}

Route ParseRoute(const std::string& hash)
{
    std::string h = hash;
    if (!h.empty() && h[0] == '#') h.erase(0, 1);
    if (!h.empty() && h[0] == '/') h.erase(0, 1);
    std::string params;
    size_t q = h.find('?');
    if (q != std::string::npos) {
        params = h.substr(q + 1);
        h.erase(q);
    }
    while (!h.empty() && h.back() == '/') h.pop_back();

    Route r;
    if (h.empty()) return r;            // the start page
    std::vector<std::string> path = Split(h, '/');
    r.View = Screen::NotFound;
    for (const ScreenName& s : kScreens) {
        if (path[0] != s.Key) continue;
        if (path.size() == 1) r.View = s.List;
        else if (path.size() == 2 && s.Detail != s.List && !path[1].empty()) {
            r.View = s.Detail;
            r.Id = PercentDecode(path[1]);
        }
    }
    if (!params.empty()) {
        for (const std::string& pair : Split(params, '&')) {
            size_t eq = pair.find('=');
            std::string key = PercentDecode(pair.substr(0, eq));
            std::string value = eq == std::string::npos ? "" : PercentDecode(pair.substr(eq + 1));
            if (key == "q") r.Query = value;
            else if (key == "category") r.Category = value;
            else if (key == "platform") r.Platform = value;
            else if (key == "cost") r.Cost = value;
            else if (key == "badge") r.Badge = value;
            else if (key == "view") r.Tab = value;
        }
    }
    return r;
}

const char* ScreenKey(Screen s)
{
    for (const ScreenName& n : kScreens)
        if (n.List == s || n.Detail == s) return n.Key;
    return "not-found";
}

Screen ListScreenOf(Screen s)
{
    for (const ScreenName& n : kScreens)
        if (n.List == s || n.Detail == s) return n.List;
    return s;
}

std::string FormatRoute(const Route& r)
{
    if (r.View == Screen::NotFound) return "#/";
    std::string out = "#/";
    out += ScreenKey(r.View);
    if (ListScreenOf(r.View) != r.View) out += "/" + PercentEncode(r.Id);
    const std::pair<const char*, const std::string*> params[] = {
        { "q", &r.Query }, { "category", &r.Category }, { "platform", &r.Platform },
        { "cost", &r.Cost }, { "badge", &r.Badge }, { "view", &r.Tab },
    };
    char sep = '?';
    for (const auto& p : params) {
        if (p.second->empty()) continue;
        out += sep;
        out += p.first;
        out += '=';
        out += PercentEncode(*p.second);
        sep = '&';
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Embed options
//-----------------------------------------------------------------------------

namespace {

struct KindName { const char* Key; int Kind; };
const KindName kScopeKinds[] = { { "topic", static_cast<int>(ScopeKind::Topic) }, { "platform", static_cast<int>(ScopeKind::Platform) },
                                 { "cost", static_cast<int>(ScopeKind::Cost) }, { "search", static_cast<int>(ScopeKind::Search) } };
const KindName kCardKinds[] = { { "trust", static_cast<int>(CardKind::Trust) }, { "app", static_cast<int>(CardKind::App) },
                                { "wearable", static_cast<int>(CardKind::Wearable) }, { "figure", static_cast<int>(CardKind::Figure) } };

template <size_t N>
const char* KindKey(const KindName (&kinds)[N], int kind)
{
    for (const KindName& k : kinds)
        if (k.Kind == kind) return k.Key;
    return "";
}

// "kind:value" -> the kind's number (0 when unknown) and the value.
template <size_t N>
int SplitKind(const KindName (&kinds)[N], const std::string& raw, std::string& value)
{
    size_t colon = raw.find(':');
    std::string key = raw.substr(0, colon);
    value = colon == std::string::npos ? "" : raw.substr(colon + 1);
    for (const KindName& k : kinds)
        if (key == k.Key) return k.Kind;
    return 0;
}

bool Trimmed(std::string& s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    size_t start = 0;
    while (start < s.size() && std::isspace(static_cast<unsigned char>(s[start]))) ++start;
    s.erase(0, start);
    return !s.empty();
}

bool KnownScopeValue(ScopeKind kind, const std::string& value, const Dataset& data)
{
    switch (kind) {
    case ScopeKind::Topic: return data.FindCategory(value) != nullptr;
    case ScopeKind::Platform: return value == "ios" || value == "android" || value == "web";
    case ScopeKind::Cost: return value == "free" || value == "paid" || value == "not-known";
    case ScopeKind::Search: return value.size() <= 100;
    default: return false;
    }
}

bool KnownCard(CardKind kind, const std::string& id, const Dataset& data)
{
    switch (kind) {
    case CardKind::Trust: return data.FindTrust(id) != nullptr;
    case CardKind::App: return data.FindApp(id) != nullptr;
    case CardKind::Wearable: return data.FindTopic(id) != nullptr;
    case CardKind::Figure:
        for (const KeyFigure& f : data.Figures)
            if (f.Id == id) return true;
        return false;
    default: return false;
    }
}

} // namespace

EmbedParse ParseEmbedOptions(const std::string& query, const Dataset& data)
{
    EmbedParse out;
    std::string q = query;
    if (!q.empty() && q[0] == '?') q.erase(0, 1);
    std::string scope, card;
    bool has_scope = false, has_card = false;
    for (const std::string& pair : Split(q, '&')) {
        size_t eq = pair.find('=');
        std::string key = PercentDecode(pair.substr(0, eq));
        std::string value = eq == std::string::npos ? "" : PercentDecode(pair.substr(eq + 1));
        if (key == "scope") { scope = value; has_scope = true; }
        else if (key == "card") { card = value; has_card = true; }
        else if (key == "nav") {
            if (value == "0") out.Options.HideNav = true;
            else if (value != "1") out.Notices.push_back("Address: nav=" + value + " is not 0 or 1; the navigation is shown.");
        }
    }
    const std::string shown = "; the whole app is shown instead.";
    if (has_card) {
        std::string id;
        auto kind = static_cast<CardKind>(SplitKind(kCardKinds, card, id));
        if (kind == CardKind::None)
            out.Notices.push_back("Address: card=" + card + " is not one of trust:, app:, wearable: or figure: followed by an id" + shown);
        else if (!KnownCard(kind, id, data))
            out.Notices.push_back("Address: card=" + card + ": there is no " + KindKey(kCardKinds, static_cast<int>(kind)) +
                                  " with the id \u201c" + id + "\u201d in the data" + shown);
        else {
            out.Options.Card = kind;
            out.Options.CardId = id;
        }
    }
    if (has_scope) {
        std::string value;
        auto kind = static_cast<ScopeKind>(SplitKind(kScopeKinds, scope, value));
        bool words = kind != ScopeKind::Search || Trimmed(value);
        if (kind == ScopeKind::None)
            out.Notices.push_back("Address: scope=" + scope + " is not one of topic:, platform:, cost: or search: followed by a value" + shown);
        else if (!words || !KnownScopeValue(kind, value, data))
            out.Notices.push_back("Address: scope=" + scope + ": \u201c" + value + "\u201d is not a " +
                                  KindKey(kScopeKinds, static_cast<int>(kind)) + " the apps can be limited to" + shown);
        else if (!out.Options.IsCard()) {
            out.Options.Scope = kind;
            out.Options.ScopeValue = value;
        }
    }
    return out;
}

std::string FormatEmbedOptions(const EmbedOptions& o)
{
    std::string out;
    auto add = [&out](const char* key, const std::string& value) {
        out += (out.empty() ? "" : "&") + std::string(key) + "=" + PercentEncode(value);
    };
    if (o.IsCard()) add("card", std::string(KindKey(kCardKinds, static_cast<int>(o.Card))) + ":" + o.CardId);
    else if (o.Scoped()) add("scope", std::string(KindKey(kScopeKinds, static_cast<int>(o.Scope))) + ":" + o.ScopeValue);
    if (o.HideNav) add("nav", "0");
    return out;
}

bool AppInScope(const EmbedOptions& o, const App& app)
{
    switch (o.Scope) {
    case ScopeKind::Topic:
        for (const std::string& c : app.Categories)
            if (c == o.ScopeValue) return true;
        return false;
    case ScopeKind::Platform:
        for (Platform_ p : { Platform_Ios, Platform_Android, Platform_Web })
            if ((app.Platforms & p) && o.ScopeValue == PlatformKey(p)) return true;
        return false;
    case ScopeKind::Cost: return o.ScopeValue == CostKey(app.Cost);
    default: return true;
    }
}

std::string CardRoute(const EmbedOptions& o)
{
    switch (o.Card) {
    case CardKind::Trust: return FormatRoute(DetailRoute(Screen::TrustDetail, o.CardId));
    case CardKind::App: return FormatRoute(DetailRoute(Screen::AppDetail, o.CardId));
    case CardKind::Wearable: return FormatRoute(DetailRoute(Screen::WearableDetail, o.CardId));
    default: return FormatRoute(Route());
    }
}

} // namespace core
