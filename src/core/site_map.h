// site_map.h — the map of the text site, which the running app and `appfinder-cli html` share (layer: core): which
// page and which entry of it shows what a route shows, the pages' file names and entry ids, a scope's heading and
// page, the three ways in. The writer of the pages themselves is static_html.h, which only the CLI links.
#pragma once

#include "core/model.h"
#include "core/route.h"

#include <string>
#include <vector>

namespace core {

// The three things people come for, offered right after the Programme's plain explanation, in the app and in
// index.html: the words, the screen they open and that screen's text page.
struct WayIn {
    const char* Label;
    Screen View;
    const char* TextPage;
};
extern const WayIn WaysIn[3];

// The pages of the text site, in the nav's order. The Programme lives in index.html, the app's own page.
enum SitePage_ { SitePage_Programme,
                 SitePage_Timeline,
                 SitePage_Money,
                 SitePage_Trusts,
                 SitePage_Apps,
                 SitePage_Wearables,
                 SitePage_Sources,
                 SitePage_COUNT };

struct SitePageInfo {
    const char* FileName;     // "index.html", "trusts.html", ...
    const char* AnchorPrefix; // "trust-" for the entries' ids, or nullptr when the page has none
    Screen View;              // the same content in the app: screen and view=
    const char* Tab;
};
extern const SitePageInfo SitePages[SitePage_COUNT];

// The keys of a page's entries, in data order: ODS codes on the trusts page, app ids, wearable topic ids.
std::vector<std::string> EntryKeys(const Dataset& data, int page);
// The ids of a page's entries, in data order (one per EntryKeys): the page's prefix + key with any character the id
// rule (IsIdCharacter) does not allow made '-', then "-2", "-3"... until no other element has it, nor one of the shell's own ids. The
// writer and TextPageFor both take them from here, so the app's "Text-only version" lands on the entry it showed.
std::vector<std::string> EntryAnchors(const Dataset& data, int page);

// Where the text site shows what `route` shows, relative to index.html: "apps.html#app-mycopd" for an app of `data`,
// "trusts.html", "timeline.html" for the Programme's timeline, "index.html" for the Programme and unknown screens.
std::string TextPageFor(const Route& route, const Dataset& data);
// The same, in a frame with embed options: a card's own page; on the Apps screens of a topic, platform or cost scope
// that scope's own page ("apps-topic-diabetes.html", written by RenderScopePages); a search scope that the builder
// offers (SearchScopeWords) its own page too; other search words, which only a hand-edited address can carry, apps.html.
std::string TextPageFor(const Route& route, const Dataset& data, const EmbedOptions& embed);

// A scope's own text page ("apps-topic-diabetes.html", "apps-search-asthma.html"), or "" when it has none: a value
// that breaks the id rule (IsIdText; so a file name is always safe), or search words the builder does not offer.
std::string ScopePageName(const EmbedOptions& o, const Dataset& data);
// A card's own page ("card-trust-RAL.html"), or "" when the id breaks the id rule (IsIdText).
std::string CardPageName(const EmbedOptions& o);

// The search scopes with a text page of their own: the first words of each synonym group (assets/synonyms.json),
// so a data editor offers a new search by adding a group; only plain words ([a-z0-9] and single spaces), which name
// the page as they are ("blood sugar": apps-search-blood-sugar.html).
std::vector<std::string> SearchScopeWords(const Dataset& data);
// What a scoped Apps screen shows, as its heading: "Apps for diabetes, from the NHS Apps Library as listed in November 2020".
std::string ScopeDescription(const EmbedOptions& o, const Dataset& data);

} // namespace core
