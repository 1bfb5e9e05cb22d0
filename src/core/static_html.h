// static_html.h — the content as a small site of semantic HTML pages, for readers before and without the app
// (layer: core; only `appfinder-cli html` links it). index.html is shell.html with the Programme filled in, and every
// other screen is a plain text page of its own, so with JavaScript off, or without WebGL, every fact, trust, app and
// piece of advice can be read and every link followed. Which page shows what is site_map.h, which the app shares; the
// shell edits and the pages' skeleton are static_shell.h; the embed builder's lists embed_choices.h. Pure string
// work: no I/O.
#pragma once

#include "core/model.h"
#include "core/route.h"
#include "core/site_map.h"
#include "core/static_shell.h"

#include <string>
#include <vector>

namespace core {

class SearchIndex;

struct StaticPage {
    std::string FileName; // "index.html", "trusts.html", ...
    std::string Html;     // the whole document
};

// Every page of the text site, index.html first: `shell` with its static-content block holding the Programme; then
// timeline.html, trusts.html, apps.html, wearables.html and sources.html, plain pages with no scripts that take the
// shell's stylesheet and icon links, one h1, and near the top a link to the same screen in the app. Every page has
// the same nav to all of them, its own marked aria-current="page". Every piece of text is escaped; only https:,
// http: and mailto: addresses become links out; entries carry ids "trust-<ODS>", "app-<id>" and "wearable-<id>",
// unique whatever the data. The text pages put their content in the element that holds index.html's. Returns no
// pages, with `error` set, when the content would repeat an id of the shell (see FillShell).
std::vector<StaticPage> RenderStaticSite(const Dataset& data, const ShellParts& shell, std::string& error);

// One text page of apps per topic, platform, cost and offered search ("apps-topic-<id>.html", "apps-platform-ios.html",
// "apps-cost-free.html", "apps-search-blood-sugar.html"): the text of an embedded frame scoped to it (see TextPageFor).
// Same form as the apps.html of RenderStaticSite, with only the apps in scope under an h1 from ScopeDescription; a
// search's apps are those the app's own engine, `index` built from `data`, finds for its words
// (core::AppsInSearchScope), as the frame shows.
std::vector<StaticPage> RenderScopePages(const Dataset& data, const ShellParts& shell, const SearchIndex& index);

// One small page per card (card=, see core::EmbedOptions): "card-trust-RAL.html", "card-app-<id>.html",
// "card-wearable-<id>.html", "card-figure-<id>.html": a heading, its facts, note and sources, and "See more" opening
// the app at that entry in a new tab. The shell's stylesheet and card.js, which only reports the height to a frame's
// parent: a card needs neither WebGL nor the app. Entries whose id breaks the id rule (core::IsIdText) get no card.
std::vector<StaticPage> RenderCardPages(const Dataset& data, const ShellParts& shell);

} // namespace core
