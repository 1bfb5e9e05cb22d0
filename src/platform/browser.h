// browser.h — the few calls into the page's JavaScript that html5.h does not offer (layer: platform).
// Implemented with EM_JS, so they work with -sDYNAMIC_EXECUTION=0 and under a strict CSP.
#pragma once

#include <string>

namespace platform {

class WebPlatform; // the listeners and the answers below call back into it (web_host.cpp)

void SetAppState(const char* state, const char* message); // <html data-app-state>, and a readable note
void ShowApp();                                           // gives the canvas its size, still invisible
void RevealApp();                                         // after the first frame: the canvas replaces the text version
std::string GetHash();                                    // location.hash
void PushHash(const std::string& hash);                   // a new history entry; hashchange follows
void ReplaceHash(const std::string& hash);                // no new entry, no event
void SetTitle(const std::string& title);
void SetCursor(const char* css_cursor);
void OpenUrl(const std::string& url); // new tab, noopener,noreferrer; caller checks the scheme
void CopyToClipboard(const std::string& text);
void InstallPageListeners(WebPlatform* self);                                        // hashchange, paste, visibility, pixel-ratio changes
std::string GetQueryParam(const char* name);                                         // from location.search; "" when absent
std::string GetLocation();                                                           // location.search: "?embed=1&scope=topic%3Adiabetes"
void CopyPageLink(WebPlatform* self);                                                // location.href to the clipboard; reports back through platform_on_copied
void ShowTextVersion(const std::string& page);                                       // goes to that text page; for index.html, shows this page's own text
void MeasureSince(const char* name, double start_ms);                                // a user timing "appfinder: <name>" from start_ms to now
void FetchData(WebPlatform* self, const std::string& url, const std::string& names); // inside this page's folder only, no redirects; reports through platform_on_data_*

} // namespace platform
