// route.h — the app's state as it appears in the URL hash (layer: core).
// "#/apps?q=asthma&category=respiratory" <-> Route. Parsing never fails: anything unknown becomes
// Screen::NotFound, so a mistyped link shows a helpful page instead of a blank one.
#pragma once

#include <string>

namespace core {

enum class Screen { Programme, Trusts, TrustDetail, Apps, AppDetail, Wearables, WearableDetail, Sources, NotFound };

struct Route {
    Screen View = Screen::Programme;
    std::string Id;                         // ODS code, app id or topic id on detail screens
    std::string Query;                      // q=
    std::string Category;                   // category=
    std::string Platform;                   // platform=
    std::string Cost;                       // cost=
    std::string Badge;                      // badge=
    std::string Tab;                        // view= (for example "map" or "timeline")

    bool operator==(const Route& o) const;
    bool operator!=(const Route& o) const { return !(*this == o); }
};

Route DetailRoute(Screen detail, const std::string& id);  // e.g. (Screen::AppDetail, "mycopd")
Route ParseRoute(const std::string& hash);  // accepts "#/apps?q=x", "/apps?q=x" or ""
std::string FormatRoute(const Route& r);    // always starts with "#/"; empty parameters are left out
std::string PercentEncode(const std::string& s);
std::string PercentDecode(const std::string& s);   // '+' becomes a space; bad escapes are kept as typed
Screen ListScreenOf(Screen s);              // TrustDetail -> Trusts, AppDetail -> Apps, ...
const char* ScreenKey(Screen s);            // "programme", "trusts", ...

} // namespace core
