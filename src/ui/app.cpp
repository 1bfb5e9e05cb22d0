// app.cpp — the reading column, notices and screen dispatch; the header is in app_header.cpp (layer: ui).
#include "ui/app.h"

#include <cctype>

#include "core/query_understanding.h"
#include "core/site_map.h"
#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/host.h"
#include "ui/layout_metrics.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

namespace ui {

void ScreenContext::Go(const core::Route& r, bool replace) const
{
    AppHost.Navigate(core::FormatRoute(r), replace);
}

bool ScreenContext::Link(const std::string& label, const core::Route& r, bool list_item) const
{
    std::string href = core::FormatRoute(r);
    if (!LinkText(label, href, "", list_item)) return false;
    AppHost.Navigate(href, false);
    return true;
}

void ScreenContext::QueryBox(const std::string& label) const
{
    std::string query = Route.Query;
    ImGui::PushFont(Fonts().Bold);
    Paragraph(label);
    ImGui::PopFont();
    if (SearchBox(label, query)) {
        core::Route r = Route;
        r.Query = query;
        if (r.View == core::Screen::Apps) core::SyncFiltersWithQuery(r, Route.Query); // "android" typed sets platform=
        Go(r, true);                                                                  // one history entry per search, not per keystroke
    }
}

void ScreenContext::NotFound(const std::string& heading, const std::string& text, const std::string& back_label,
                             core::Screen back) const
{
    Heading(heading, 1);
    if (!text.empty()) Paragraph(text);
    core::Route r;
    r.View = back;
    Link(back_label, r);
}

void ScreenContext::OpenSources(const std::vector<std::string>& source_ids) const
{
    // Several sources are one stop for the keyboard: "Sources (3)" shows them.
    std::string key;
    size_t known = 0;
    for (const std::string& id : source_ids) {
        key += id + " ";
        known += Data.FindSource(id) ? 1 : 0;
    }
    ImGui::PushID(key.c_str());
    ImGui::PushFont(Fonts().Small);
    bool open = known < 2 || Disclosure("Sources (" + std::to_string(known) + ")");
    ImGui::PopFont();
    ImGui::PopID();
    for (const std::string& id : source_ids) {
        const core::Source* s = open ? Data.FindSource(id) : nullptr;
        if (!s) continue;
        ImGui::PushID(id.c_str());
        ImGui::PushFont(Fonts().Small);
        ImGui::TextUnformatted("Source:");
        ImGui::SameLine();
        std::string label = s->Publisher + ": " + s->Title;
        const std::string full = "Source: " + label;
        // Long titles are shortened on one line; the full address is in the tooltip.
        float avail = ImGui::GetContentRegionAvail().x;
        while (label.size() > 8 && ImGui::CalcTextSize(label.c_str()).x > avail) {
            label.resize(label.size() - 4);
            while (!label.empty() && (static_cast<unsigned char>(label.back()) & 0xC0) == 0x80) label.pop_back();
            if (!label.empty()) label.pop_back();
            label += "…";
        }
        ExternalLink(AppHost, label, s->Url, full);
        ImGui::PopFont();
        ImGui::PopID();
    }
}

App::App(Host& host) : AppHost(host), Views(std::make_unique<Screens>()) {}
App::~App()
{
    if (a11y::GetCurrentContext() == &Accessible) a11y::SetCurrentContext(nullptr); // no widget records into a gone app
}

void App::SetData(core::Dataset data, std::vector<std::string> problems)
{
    Dataset = std::move(data);
    Index.Build(Dataset);
    ++DataGeneration;
    Views = std::make_unique<Screens>(); // filters and pages of the old data do not apply to the new
    Problems = std::move(problems);
    ShowProblems = false;
    SetEmbedQuery(EmbedQuery);
}

void App::SetEmbedQuery(const std::string& query)
{
    EmbedQuery = query;
    core::EmbedParse parsed = core::ParseEmbedOptions(query, Dataset);
    Embed = std::move(parsed.Options);
    EmbedNotices = std::move(parsed.Notices);
    if (Embed.IsCard()) AppHost.ShowTextVersion(core::TextPageFor(Route, Dataset, Embed)); // a card is a small page of its own
    SetRoute(Route);
}

std::string App::TitleFor(const core::Route& r) const
{
    std::string screen;
    switch (r.View) {
    case core::Screen::Programme:
        screen = r.Tab == "timeline" ? "Timeline \u2013 The programme" : r.Tab == "money" ? "Where the money went \u2013 The programme"
                                                                                          : "The programme";
        break;
    case core::Screen::Trusts: screen = r.Tab == "map" ? "Map of the exemplars and fast followers" : "Exemplars and fast followers"; break;
    case core::Screen::TrustDetail: {
        const core::Trust* t = Dataset.FindTrust(r.Id);
        screen = t ? t->OfficialName : "Trust not found";
        break;
    }
    case core::Screen::Apps:
        screen = r.Query.empty() ? "Apps" : r.Query + " apps";
        if (!screen.empty()) screen[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(screen[0])));
        break;
    case core::Screen::AppDetail: {
        const core::App* a = Dataset.FindApp(r.Id);
        screen = a ? a->Name : "App not found";
        break;
    }
    case core::Screen::Wearables: screen = "Wearables and health apps"; break;
    case core::Screen::WearableDetail: {
        const core::WearableTopic* t = Dataset.FindTopic(r.Id);
        screen = t ? t->Title : "Advice not found";
        break;
    }
    case core::Screen::Sources: screen = "Sources"; break;
    case core::Screen::Search: screen = r.Query.empty() ? "Search everything" : "Search: " + r.Query; break;
    case core::Screen::NotFound: screen = "Page not found"; break;
    }
    return screen + " \u2013 " + core::AppName;
}

void App::SetRoute(const core::Route& asked)
{
    const core::Route route = ScopedRoute(Embed, Dataset, asked);
    if (route.View != Route.View || route.Id != Route.Id) ScrollToTop = true;
    if (route.View != Route.View) MenuOpen = route.View == core::Screen::Search; // closed on a new screen; open on the results, whose box it holds
    Route = route;
    if (Route.View == core::Screen::Apps) LastAppsRoute = Route;
    HeaderQuery = Route.View == core::Screen::Search ? Route.Query : std::string();
    AppHost.SetDocumentTitle(TitleFor(Route));
}

void App::SetPageView(float canvas_top, float view_height)
{
    CanvasTop = canvas_top;
    ViewHeight = view_height;
}

bool App::TakeScrollToTop()
{
    bool top = ScrollToTop;
    ScrollToTop = false;
    return top;
}

void App::DrawProblems()
{
    if (DrawActionsBelow) {
        ImGui::PushFont(Fonts().Small);
        if (TextButton(LinkCopied ? "Link copied" : "Copy link")) AppHost.CopyLink();
        ImGui::SameLine(0.0f, kActionsBelowGap);
        if (TextButton("Text-only version")) AppHost.ShowTextVersion(core::TextPageFor(Route, Dataset, Embed));
        ImGui::PopFont();
        Spacing(Rem(0.25f));
    }
    if (!Notices.empty() || !EmbedNotices.empty()) {
        for (const std::string& n : EmbedNotices) Notice(n);
        for (const std::string& n : Notices) Notice(n);
        Spacing(Rem(0.25f));
    }
    if (Problems.empty()) return;
    Notice("Some of the data could not be read (" + std::to_string(Problems.size()) +
           (Problems.size() == 1 ? " problem" : " problems") + "). Everything else is shown.");
    if (TextButton(ShowProblems ? "Hide the details" : "Show the details")) ShowProblems = !ShowProblems;
    if (ShowProblems)
        for (const std::string& p : Problems) MutedText(p);
    Spacing(Rem(0.5f));
}

void App::DrawScreen(const ScreenContext& ctx)
{
    core::Screen view = Route.View;
    if (view == core::Screen::AppDetail && Embed.Scoped()) { // only an app inside the scope has a page here
        const core::App* a = Dataset.FindApp(Route.Id);
        if (!a || !AppAllowed(ctx, static_cast<size_t>(a - Dataset.Apps.data()))) view = core::Screen::Apps;
    }
    switch (view) {
    case core::Screen::Programme: Views->Programme.Draw(ctx); break;
    case core::Screen::Trusts: Views->Trusts.Draw(ctx); break;
    case core::Screen::TrustDetail: Views->Trusts.DrawDetail(ctx); break;
    case core::Screen::Apps: Views->Apps.Draw(ctx); break;
    case core::Screen::AppDetail: Views->Apps.DrawDetail(ctx); break;
    case core::Screen::Wearables: Views->Wearables.Draw(ctx); break;
    case core::Screen::WearableDetail: Views->Wearables.DrawDetail(ctx); break;
    case core::Screen::Sources: Views->Sources.Draw(ctx); break;
    case core::Screen::Search: Views->Search.Draw(ctx); break;
    case core::Screen::NotFound:
        Heading("Page not found", 1);
        Paragraph("There is no page at this address. It may have been mistyped, or the link may be out of date.");
        ctx.Link("Go to the programme overview", core::Route());
        break;
    }
}

void App::SetEmbedded(bool embedded)
{
    Embedded = embedded;
}

void App::OnLinkCopied(bool ok)
{
    LinkCopied = ok;
    Accessible.Say(ok ? "Link copied" : "The link could not be copied: select the address bar and copy it from there");
}

void App::Frame()
{
    a11y::SetCurrentContext(&Accessible);
    Accessible.BeginFrame();
    // One page as tall as its content, drawn from CanvasTop down: the window starts above the canvas by
    // that much. It never scrolls itself; the browser scrolls the document and moves the canvas.
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y - CanvasTop));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x, CanvasTop + vp->Size.y));
    ImGui::SetNextWindowScroll(ImVec2(0.0f, 0.0f));
    const ImGuiWindowFlags page_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar |
                                        ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("##page", nullptr, page_flags);
    DrawHeader();

    bool narrow = vp->Size.x < kNarrow;
    float avail = ImGui::GetContentRegionAvail().x;
    const bool flush = HeaderHidden(); // the column starts at the frame's left edge, as the host's own text does
    float margin = narrow ? kPageMarginNarrow : kPageMargin;
    if (flush) margin = kFlushInset;
    float column = avail - 2 * margin;
    if (column > kColumnMaxWidth) column = kColumnMaxWidth;
    if (column < kColumnMinWidth) column = kColumnMinWidth;
    float column_top = narrow || Embedded ? kColumnTopNarrow : kColumnTop;
    if (flush && (Embed.HideNav || Embed.Scoped())) column_top = kFlushInset; // nothing above the text but the frame's edge
    ImGui::SetCursorPos(ImVec2(flush ? margin : (avail - column) * 0.5f, ImGui::GetCursorPosY() + column_top));
    ImGui::BeginChild("##column", ImVec2(column, 0), ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    DrawProblems();
    if (LastAppsRoute.View != core::Screen::Apps) LastAppsRoute.View = core::Screen::Apps;
    const float view_height = ViewHeight > 0.0f ? ViewHeight : vp->Size.y;
    ScreenContext ctx{ Dataset, Route, AppHost, Index, LastAppsRoute, DataGeneration, &Embed, view_height, &Views->Scope };
    DrawScreen(ctx);
    if (flush) { // the header's text version link, last in the frame and in the reading order
        Spacing(Rem(1.0f));
        ImGui::PushFont(Fonts().Small);
        if (TextButton("Text-only version")) AppHost.ShowTextVersion(core::TextPageFor(Route, Dataset, Embed));
        ImGui::PopFont();
    }
    Spacing(Embedded ? Rem(1.0f) : Rem(3.0f));
    ImGui::EndChild();
    PageHeight = ImGui::GetCursorPosY();
    ImGui::End();
}

} // namespace ui
