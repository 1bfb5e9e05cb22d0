// static_html.h — the whole content as semantic HTML, for the page before and without the app (layer: core).
// `appfinder-cli html` puts it into shell.html at build time, so with JavaScript off, or without WebGL, every
// fact, trust, app and piece of advice can be read and every link followed. Pure string work: no I/O.
#pragma once

#include "core/model.h"

#include <string>

namespace core {

extern const char* const StaticContentBegin;    // "<!-- APPFINDER:STATIC-CONTENT -->"
extern const char* const StaticContentEnd;      // "<!-- /APPFINDER:STATIC-CONTENT -->"

// The HTML fragment: an h1 and loading note, a nav, then one <section> per screen with the ids of the
// app's routes ("programme", "timeline", "trusts", "apps", "wearables", "sources"). Every piece of text
// is escaped; only https:, http: and mailto: addresses become links; no style attributes, no scripts;
// ids are unique whatever the data ("trust-<ODS>", "app-<id>", "wearable-<id>").
std::string RenderStaticContent(const Dataset& data);

// `shell` with the text between the two markers replaced by `content` (the markers stay, so the result
// can be filled again). Returns "" with `error` set when a marker is missing, repeated or out of order.
std::string FillShell(const std::string& shell, const std::string& content, std::string& error);

std::string EscapeHtml(const std::string& text);            // & < > " ' as entities; invalid UTF-8 and control characters made safe
bool IsLinkableUrl(const std::string& url);                 // starts with https://, http:// or mailto: and has no spaces or control characters

} // namespace core
