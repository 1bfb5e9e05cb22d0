// static_html.h — the content as a small site of semantic HTML pages, for readers before and without the app
// (layer: core). `appfinder-cli html` writes them at build time: index.html is shell.html with the Programme filled
// in, and every other screen is a plain text page of its own, so with JavaScript off, or without WebGL, every fact,
// trust, app and piece of advice can be read and every link followed. Pure string work: no I/O.
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

extern const char* const StaticContentBegin; // "<!-- APPFINDER:STATIC-CONTENT -->"
extern const char* const StaticContentEnd;   // "<!-- /APPFINDER:STATIC-CONTENT -->"

struct StaticPage {
    std::string FileName; // "index.html", "trusts.html", ...
    std::string Html;     // the whole document
};

// Every page of the text site, index.html first: `shell` with its static-content block holding the Programme; then
// timeline.html, trusts.html, apps.html, wearables.html and sources.html, plain pages with no scripts that take the
// shell's stylesheet and icon links, one h1, and near the top a link to the same screen in the app. Every page has
// the same nav to all of them, its own marked aria-current="page". Every piece of text is escaped; only https:,
// http: and mailto: addresses become links out; entries carry ids "trust-<ODS>", "app-<id>" and "wearable-<id>",
// unique whatever the data. Returns no pages, with `error` set, when the shell is unusable (see FillShell) or
// has no <link rel="stylesheet"> in its <head>.
std::vector<StaticPage> RenderStaticSite(const Dataset& data, const std::string& shell, std::string& error);

// One text page of apps per topic, platform, cost and offered search ("apps-topic-<id>.html", "apps-platform-ios.html",
// "apps-cost-free.html", "apps-search-blood-sugar.html"): the text of an embedded frame scoped to it (see TextPageFor).
// Same form as the apps.html of RenderStaticSite, with only the apps in scope under an h1 from ScopeDescription; a
// search's apps are those the app's own engine finds for its words (core::AppsInSearchScope), as the frame shows.
std::vector<StaticPage> RenderScopePages(const Dataset& data, const std::string& shell);

// One small page per card (card=, see core::EmbedOptions): "card-trust-RAL.html", "card-app-<id>.html",
// "card-wearable-<id>.html", "card-figure-<id>.html": a heading, its facts, note and sources, and "See more" opening
// the app at that entry in a new tab. The shell's stylesheet and card.js, which only reports the height to a frame's
// parent: a card needs neither WebGL nor the app. Entries whose id is not plain [A-Za-z0-9-] get no card.
std::vector<StaticPage> RenderCardPages(const Dataset& data, const std::string& shell);

// Where the text site shows what `route` shows, relative to index.html: "apps.html#app-mycopd" for an app of `data`,
// "trusts.html", "timeline.html" for the Programme's timeline, "index.html" for the Programme and unknown screens.
std::string TextPageFor(const Route& route, const Dataset& data);
// The same, in a frame with embed options: a card's own page; on the Apps screens of a topic, platform or cost scope
// that scope's own page ("apps-topic-diabetes.html", written by RenderScopePages); a search scope that the builder
// offers (SearchScopeWords) its own page too; other search words, which only a hand-edited address can carry, apps.html.
std::string TextPageFor(const Route& route, const Dataset& data, const EmbedOptions& embed);
// The embed builder's choices (build/site/embed.html, filled by `appfinder-cli html --builder`): for each of topic,
// platform, cost, search, trust, app, wearable and figure a <template id="choices-KIND"> of <option value="id"
// data-text="the text page of that scope or card">label</option>. Searches: those of SearchScopeWords that find an app.
std::string EmbedChoices(const Dataset& data);
// The search scopes with a text page of their own: the first words of each synonym group (assets/synonyms.json),
// so a data editor offers a new search by adding a group; only plain words ([a-z0-9] and single spaces), which name
// the page as they are ("blood sugar": apps-search-blood-sugar.html).
std::vector<std::string> SearchScopeWords(const Dataset& data);
// What a scoped Apps screen shows, as its heading: "Apps for diabetes, from the NHS Apps Library as listed in November 2020".
std::string ScopeDescription(const EmbedOptions& o, const Dataset& data);

// `shell` with the text between the two markers replaced by `content` (the markers stay, so the result
// can be filled again). Returns "" with `error` set when a marker is missing, repeated or out of order.
std::string FillShell(const std::string& shell, const std::string& content, std::string& error);

std::string EscapeHtml(const std::string& text); // & < > " ' as entities; invalid UTF-8 and control characters made safe

} // namespace core
