// route.cpp — URL hash <-> Route (layer: core). See route.h.
#include "core/route.h"

#include "core/model.h"
#include "core/search_index.h"

#include <cctype>
#include <vector>

namespace core {

namespace {

struct ScreenName {
    Screen List;
    Screen Detail;
    const char* Key;
};
const ScreenName kScreens[] = {
    { Screen::Programme, Screen::Programme, "programme" },
    { Screen::Trusts, Screen::TrustDetail, "trusts" },
    { Screen::Apps, Screen::AppDetail, "apps" },
    { Screen::Wearables, Screen::WearableDetail, "wearables" },
    { Screen::Sources, Screen::Sources, "sources" },
    { Screen::Search, Screen::Search, "search" },
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
           Platform == o.Platform && Cost == o.Cost && Badge == o.Badge && Tab == o.Tab && Groups == o.Groups &&
           Regions == o.Regions && Tier == o.Tier && Sort == o.Sort;
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

std::vector<std::string> SplitList(const std::string& list)
{
    std::vector<std::string> out;
    for (std::string& part : Split(list, ','))
        if (!part.empty()) out.push_back(std::move(part));
    return out;
}

std::string JoinList(const std::vector<std::string>& values)
{
    std::string out;
    for (const std::string& v : values) out += (out.empty() ? "" : ",") + v;
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
    if (h.empty()) return r; // the start page
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
            if (key == "group") r.Groups = JoinList(SplitList(value));
            else if (key == "region") r.Regions = JoinList(SplitList(value));
            if (key == "q") r.Query = value;
            else if (key == "category") r.Category = value;
            else if (key == "platform") r.Platform = value;
            else if (key == "cost") r.Cost = value;
            else if (key == "badge") r.Badge = value;
            else if (key == "view") r.Tab = value;
            else if (key == "tier") r.Tier = value;
            else if (key == "sort") r.Sort = value;
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
        { "q", &r.Query },
        { "category", &r.Category },
        { "platform", &r.Platform },
        { "cost", &r.Cost },
        { "badge", &r.Badge },
        { "view", &r.Tab },
        { "group", &r.Groups },
        { "region", &r.Regions },
        { "tier", &r.Tier },
        { "sort", &r.Sort },
    };
    char sep = '?';
    for (const auto& p : params) {
        if (p.second->empty()) continue;
        out += sep;
        out += p.first;
        out += '=';
        // A list's commas stay commas: "region=London,North%20West" reads as two values.
        bool list = p.second == &r.Groups || p.second == &r.Regions;
        std::string value;
        for (const std::string& part : list ? Split(*p.second, ',') : std::vector<std::string>{ *p.second })
            value += (value.empty() ? "" : ",") + PercentEncode(part);
        out += value;
        sep = '&';
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Embed options
//-----------------------------------------------------------------------------

namespace {

// The kinds' keys in enum order, after None: "topic" is ScopeKind::Topic.
const char* const kScopeKeys[] = { "topic", "platform", "cost", "search" };
const char* const kCardKeys[] = { "trust", "app", "wearable", "figure" };

// "kind:value" -> the kind's index + 1 in `keys` (0 when unknown) and the value.
int SplitKind(const char* const (&keys)[4], const std::string& raw, std::string& value)
{
    size_t colon = raw.find(':');
    value = colon == std::string::npos ? "" : raw.substr(colon + 1);
    for (int i = 0; i < 4; ++i)
        if (raw.compare(0, colon, keys[i]) == 0) return i + 1;
    return 0;
}

bool KnownScope(ScopeKind kind, std::string& value, const Dataset& data)
{
    switch (kind) {
    case ScopeKind::Topic: return data.FindCategory(value) != nullptr;
    case ScopeKind::Platform: {
        Platform_ p = Platform_None;
        return PlatformFromKey(value, p);
    }
    case ScopeKind::Cost: {
        CostKind c = CostKind::NotKnown;
        return CostFromKey(value, c);
    }
    case ScopeKind::Search: {
        size_t a = value.find_first_not_of(' '), b = value.find_last_not_of(' ');
        value = a == std::string::npos ? "" : value.substr(a, b - a + 1);
        return !value.empty() && value.size() <= 100;
    }
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
    EmbedOptions& o = out.Options;
    std::string q = query;
    if (!q.empty() && q[0] == '?') q.erase(0, 1);
    auto refuse = [&out](const std::string& what, const char* expected) {
        out.Notices.push_back("Address: " + what + " is not known here (expected " + expected + "); the whole app is shown instead.");
    };
    for (const std::string& pair : Split(q, '&')) {
        size_t eq = pair.find('=');
        std::string key = PercentDecode(pair.substr(0, eq));
        std::string raw = eq == std::string::npos ? "" : PercentDecode(pair.substr(eq + 1));
        std::string value;
        if (key == "nav" || key == "header") {
            if (raw == "0") (key == "nav" ? o.HideNav : o.HideHeader) = true;
            else if (raw != "1") out.Notices.push_back("Address: " + key + "=" + raw + " is not known here (expected 0 or 1); it is left out.");
        } else if (key == "size") {
            o.TextSize = EmbedTextSize("size=" + raw);
            if (o.TextSize == 0) out.Notices.push_back("Address: size=" + raw + " is not known here (expected 16 or 19); the app's own text size is used.");
        } else if (key == "card") {
            auto kind = static_cast<CardKind>(SplitKind(kCardKeys, raw, value));
            if (KnownCard(kind, value, data)) {
                o.Card = kind;
                o.CardId = value;
            } else refuse("card=" + raw, "trust:, app:, wearable: or figure: and an id from the data");
        } else if (key == "scope") {
            auto kind = static_cast<ScopeKind>(SplitKind(kScopeKeys, raw, value));
            if (KnownScope(kind, value, data)) {
                o.Scope = kind;
                o.ScopeValue = value;
            } else refuse("scope=" + raw, "topic:, platform:, cost: or search: and a value from the data");
        }
    }
    if (o.IsCard()) o.Scope = ScopeKind::None; // a card wins over a scope
    return out;
}

std::string FormatEmbedOptions(const EmbedOptions& o)
{
    std::string out;
    auto add = [&out](const char* key, const std::string& value) {
        out += (out.empty() ? "" : "&") + std::string(key) + "=" + PercentEncode(value);
    };
    if (o.IsCard()) add("card", std::string(kCardKeys[static_cast<int>(o.Card) - 1]) + ":" + o.CardId);
    else if (o.Scoped()) add("scope", std::string(kScopeKeys[static_cast<int>(o.Scope) - 1]) + ":" + o.ScopeValue);
    if (o.HideNav) add("nav", "0");
    if (o.HideHeader) add("header", "0");
    if (o.TextSize) add("size", std::to_string(o.TextSize));
    return out;
}

int EmbedTextSize(const std::string& query)
{
    int size = 0;
    for (const std::string& pair : Split(query[0] == '?' ? query.substr(1) : query, '&')) {
        const std::string value = PercentDecode(pair.substr(pair.find('=') + 1));
        if (pair.compare(0, 5, "size=") != 0) continue;
        if (value == "16") size = 16;
        else if (value == "19") size = 19;
        else size = 0;
    }
    return size;
}

bool AppInScope(const EmbedOptions& o, const App& app)
{
    switch (o.Scope) {
    case ScopeKind::Topic:
        for (const std::string& c : app.Categories)
            if (c == o.ScopeValue) return true;
        return false;
    case ScopeKind::Platform:
        for (Platform_ p : AllPlatforms)
            if ((app.Platforms & p) && o.ScopeValue == PlatformKey(p)) return true;
        return false;
    case ScopeKind::Cost: return o.ScopeValue == CostKey(AppCost(app.Cost));
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
