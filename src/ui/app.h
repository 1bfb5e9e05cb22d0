// app.h — the whole app as ImGui draws it: header, navigation and the current screen (layer: ui).
// The platform owns the loop and calls Frame() between ImGui::NewFrame() and ImGui::Render().
#pragma once

#include "core/model.h"
#include "core/route.h"
#include "core/search_index.h"
#include "core/text_format.h"
#include "ui/a11y.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

struct ImVec2;

namespace ui {

class Host;
struct Screens;

// The apps a search scope allows, by index in Dataset::Apps: what the scope's words alone find (embed_view.cpp).
struct SearchScope {
    bool Valid = false;
    std::string Words;
    std::vector<unsigned char> Allowed; // 1: in scope
};

// What every screen reads while it draws.
struct ScreenContext {
    const core::Dataset& Data;
    const core::Route& Route;
    Host& AppHost;
    const core::SearchIndex& Search;
    const core::Route& LastAppsRoute;                                                        // the search the visitor came from, for "Back to results"
    unsigned DataGeneration = 0;                                                             // changes whenever the data (and so the index) is replaced
    const core::EmbedOptions* Embed = nullptr;                                               // a scope or card from the page's address; never null while drawing
    float ViewHeight = 0.0f;                                                                 // CSS px of the browser's view (not the canvas): for a map that fits the screen
    SearchScope* Scope = nullptr;                                                            // the apps a search scope allows, worked out once; never null while drawing
    void Go(const core::Route& r, bool replace = false) const;                               // navigate inside the app
    bool Link(const std::string& label, const core::Route& r, bool list_item = false) const; // a link to r; follows it when activated
    void QueryBox(const std::string& label) const;                                           // a labelled search box bound to the route's q=
    void NotFound(const std::string& heading, const std::string& text, const std::string& back_label, core::Screen back) const;
    void OpenSources(const std::vector<std::string>& source_ids) const; // "Source: …" links
};

class App {
public:
    explicit App(Host& host);
    ~App();
    void SetData(core::Dataset data, std::vector<std::string> problems); // problems: formatted lines
    void SetRoute(const core::Route& route);                             // from the URL; also sets the document title
    void Frame();
    // The document scrolls, not ImGui: the canvas shows the band of the page from `canvas_top` (CSS px from
    // the top of the content), and `view_height` is the browser view's height, for sizes that follow the screen.
    void SetPageView(float canvas_top, float view_height);
    void SetEmbedQuery(const std::string& query);                                       // location.search: scope=, nav= (core::ParseEmbedOptions); card= goes to the card's page
    bool TakeScrollToTop();                                                             // true once after the screen changed (not its parameters)
    void SetEmbedded(bool embedded);                                                    // ?embed=1: compact header
    float ContentHeight() const { return PageHeight; }                                  // CSS px the whole page needs, as of the last frame
    void OnLinkCopied(bool ok);                                                         // the page copied this screen's address, or could not: shown and announced
    void SetNotices(std::vector<std::string> notices) { Notices = std::move(notices); } // e.g. why ?data= was refused
    std::string TitleFor(const core::Route& route) const;                               // "Programme – Digital Exemplars & Apps Finder"
    a11y::Context& AccessibleLayer() { return Accessible; }                             // this app's accessible nodes, and what the page did with them

private:
    void DrawHeader();
    bool HeaderHidden() const { return Embedded && Embed.HideHeader; } // header=0 in a frame
    void DrawScreen(const ScreenContext& ctx);
    void DrawProblems();
    void DrawHeaderActions(ImVec2 top, float width, float pad, float title_width);
    float DrawHeaderSearch(float x, float right, float y, float box_h);
    float DrawFullHeader(ImVec2 top, float width, float pad, bool narrow, bool show_nav);
    float DrawCompactHeader(ImVec2 top, float width, float pad);
    float DrawTabs(float left, float right, float y);
    void DrawHomeLink(ImVec2 p, float wrap, float min_h);
    bool HeaderAction(const char* label, ImVec2 at, float w, float h);

    Host& AppHost;
    a11y::Context Accessible;       // made current for each frame
    std::unique_ptr<Screens> Views; // one object per screen, made afresh with each dataset
    core::Dataset Dataset;
    core::SearchIndex Index;
    core::Route LastAppsRoute;
    unsigned DataGeneration = 0;
    std::vector<std::string> Problems;
    bool ShowProblems = false;
    core::Route Route;
    bool ScrollToTop = true;
    bool Embedded = false;
    bool DrawActionsBelow = false;
    bool MenuOpen = false; // a phone's header: the tabs, the search box and the two links shown under its one row
    float PageHeight = 0.0f;
    float CanvasTop = 0.0f;
    float ViewHeight = 0.0f;
    bool LinkCopied = false; // "Copy link" reads "Link copied"
    std::vector<std::string> Notices;
    std::string EmbedQuery;
    core::EmbedOptions Embed;
    std::vector<std::string> EmbedNotices;
    std::string HeaderQuery; // the header's search box: the words of #/search?q=, or what is being typed
};

// Shared by the screens.
inline std::string ReadableDate(const std::string& date) { return core::ReadableDate(date, "\u00a0"); }      // core's rule; no break after the day
void SubNavigation(const ScreenContext& ctx, const std::vector<std::pair<std::string, std::string>>& views); // (label, view=) pairs (widgets/sub_navigation.cpp)

// Scopes (embed_view.cpp): what a scoped Apps screen may show.
core::Route ScopedRoute(const core::EmbedOptions& o, const core::Dataset& data, core::Route r); // r kept inside the scope
void LimitToScope(const ScreenContext& ctx, core::SearchResults& results);                      // only apps, and only those in scope
bool AppAllowed(const ScreenContext& ctx, size_t app_index);                                    // index in Dataset::Apps
bool ScopeFixes(const ScreenContext& ctx, std::string core::Route::*field);                     // the scope decides this filter: no chips for it

} // namespace ui
