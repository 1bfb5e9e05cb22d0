// route.cpp — URL hash <-> Route (layer: core). See route.h.
#include "core/route.h"

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

} // namespace core
