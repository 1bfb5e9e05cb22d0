// route.h — the app's state as it appears in the URL hash (layer: core).
// "#/apps?q=asthma&category=respiratory" <-> Route. Parsing never fails: anything unknown becomes
// Screen::NotFound, so a mistyped link shows a helpful page instead of a blank one.
#pragma once

#include <string>
#include <vector>

namespace core {

struct Dataset;

enum class Screen { Programme,
                    Trusts,
                    TrustDetail,
                    Apps,
                    AppDetail,
                    Wearables,
                    WearableDetail,
                    Sources,
                    Search,
                    NotFound }; // Search: #/search?q=, everything

struct Route {
    Screen View = Screen::Programme;
    std::string Id;       // ODS code, app id or topic id on detail screens
    std::string Query;    // q=
    std::string Category; // category=
    std::string Platform; // platform=
    std::string Cost;     // cost=
    std::string Badge;    // badge=
    std::string Tab;      // view= (for example "map" or "timeline")
    // The trusts' filters and sort: "#/trusts?q=royal&group=gde&region=London,North%20West&sort=-town".
    // A list is its values joined by commas (SplitList, JoinList): a value cannot hold a comma.
    std::string Groups;  // group=
    std::string Regions; // region=
    std::string Tier;    // tier= "exemplars" or "fast-followers"; "" shows both
    std::string Sort;    // sort= a column key, "-" in front for descending

    bool operator==(const Route& o) const;
    bool operator!=(const Route& o) const { return !(*this == o); }
};

std::vector<std::string> SplitList(const std::string& list);  // "a,,b" -> {"a", "b"}
std::string JoinList(const std::vector<std::string>& values); // {"a", "b"} -> "a,b"
Route DetailRoute(Screen detail, const std::string& id);      // e.g. (Screen::AppDetail, "mycopd")
Route ParseRoute(const std::string& hash);                    // accepts "#/apps?q=x", "/apps?q=x" or ""
std::string FormatRoute(const Route& r);                      // always starts with "#/"; empty parameters are left out
std::string PercentEncode(const std::string& s);
std::string PercentDecode(const std::string& s); // '+' becomes a space; bad escapes are kept as typed
Screen ListScreenOf(Screen s);                   // TrustDetail -> Trusts, AppDetail -> Apps, ...
const char* ScreenKey(Screen s);                 // "programme", "trusts", ...

// [SECTION] Embed options: the page's own query string ("?embed=1&scope=topic:diabetes&nav=0"), fixed for the
// life of the frame, so hash navigation inside the frame keeps them.
//   scope=topic:<category id> | platform:<ios|android|web> | cost:<free|paid|not-known> | search:<words>
//   card=trust:<ODS code> | app:<app id> | wearable:<topic id> | figure:<key figure id>
//   nav=0   hides the navigation tabs
//   header=0 leaves out the app's own title bar (its text version link moves to the end of the page)
//   size=16 | 19   the host's body text size in CSS px (NHS.UK: 16 on phones, 19 on desktops)
enum class ScopeKind { None,
                       Topic,
                       Platform,
                       Cost,
                       Search };
enum class CardKind { None,
                      Trust,
                      App,
                      Wearable,
                      Figure };

struct EmbedOptions {
    ScopeKind Scope = ScopeKind::None;
    std::string ScopeValue; // category id, platform key, cost key or the search words
    CardKind Card = CardKind::None;
    std::string CardId;
    bool HideNav = false;
    bool HideHeader = false;
    int TextSize = 0; // CSS px of body text the host asked for (16 or 19); 0: the app's own

    bool Scoped() const { return Scope != ScopeKind::None; }
    bool IsCard() const { return Card != CardKind::None; }
};

struct EmbedParse {
    EmbedOptions Options;             // only what is valid for the data; anything else left out
    std::vector<std::string> Notices; // one per refused parameter: which one, why, and what is shown instead
};

// Never fails: an unknown or bad value becomes a notice and the unscoped app. A card wins over a scope.
EmbedParse ParseEmbedOptions(const std::string& query, const Dataset& data);
std::string FormatEmbedOptions(const EmbedOptions& o); // "scope=topic%3Adiabetes&nav=0"; "" for none
int EmbedTextSize(const std::string& query);           // size= alone (no data needed): 16, 19 or 0
struct App;
bool AppInScope(const EmbedOptions& o, const App& app); // topic, platform and cost scopes; a search scope needs the index (true here)
std::string CardRoute(const EmbedOptions& o);           // the full app's screen for the card: "#/trusts/RAL"

} // namespace core
