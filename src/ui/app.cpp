// app.cpp — header, navigation, the reading column and screen dispatch (layer: ui).
#include "ui/app.h"

#include <cctype>

#include "core/query_understanding.h"
#include "core/static_html.h"
#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/host.h"
#include "ui/layout_metrics.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

namespace ui {

const char* const kAppName = "Digital Exemplars & Apps Finder";

namespace {

struct NavItem {
    core::Screen View;
    const char* Label;
};
const NavItem kNav[] = {
    { core::Screen::Programme, "Programme" },
    { core::Screen::Trusts, "Trusts" },
    { core::Screen::Apps, "Apps" },
    { core::Screen::Wearables, "Wearables" },
    { core::Screen::Sources, "Sources" },
};

} // namespace

void ScreenContext::Go(const core::Route& r, bool replace) const
{
    AppHost.Navigate(core::FormatRoute(r), replace);
}

bool ScreenContext::Link(const std::string& label, const core::Route& r) const
{
    std::string href = core::FormatRoute(r);
    if (!LinkText(label, href)) return false;
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
App::~App() = default;

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
    case core::Screen::Programme: screen = r.Tab == "timeline" ? "Timeline \u2013 The programme" : "The programme"; break;
    case core::Screen::Trusts: screen = r.Tab == "map" ? "Map of the exemplar trusts" : "Exemplar trusts"; break;
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
    return screen + " \u2013 " + kAppName;
}

void App::SetRoute(const core::Route& asked)
{
    const core::Route route = ScopedRoute(Embed, Dataset, asked);
    if (route.View != Route.View || route.Id != Route.Id) ScrollToTop = true;
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

void App::DrawHeader()
{
    ImGuiViewport* vp = ImGui::GetMainViewport();
    float width = vp->Size.x;
    bool narrow = width < kNarrow;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 top = ImGui::GetCursorScreenPos();
    float pad = narrow ? kHeaderPadNarrow : kHeaderPad;

    // Measure the header first so its blue band can be drawn behind it.
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(top.x + pad, top.y + kHeaderTitleTop));
    ImGui::PushFont(narrow || Embedded ? Fonts().Bold : Fonts().H2);
    {
        ImVec2 p = ImGui::GetCursorScreenPos();
        ImVec2 size = ImGui::CalcTextSize(kAppName);
        if (ImGui::InvisibleButton("##home", size)) AppHost.Navigate(core::FormatRoute(core::Route()), false);
        a11y::AddLastItem(a11y::Role::Link, kAppName, "#/");
        bool hovered = ImGui::IsItemHovered();
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        dl->AddText(p, ToImColor(colour::OnBrand), kAppName);
        if (hovered) dl->AddLine(ImVec2(p.x, p.y + size.y), ImVec2(p.x + size.x, p.y + size.y), ToImColor(colour::OnBrand), kBorder);
    }
    ImGui::PopFont();

    // Navigation: tabs that wrap onto a second row on narrow screens.
    ImGui::SetCursorScreenPos(ImVec2(top.x + pad, ImGui::GetCursorScreenPos().y + kHeaderNavTop));
    core::Screen current = core::ListScreenOf(Route.View);
    const bool show_nav = !Embed.HideNav && !Embed.Scoped(); // a scoped frame has nowhere else to go
    float x = top.x + pad;
    float right = top.x + width - pad;
    float row_y = ImGui::GetCursorScreenPos().y;
    float tab_h = kTabHeight;
    for (const NavItem& item : kNav) {
        if (!show_nav) break;
        ImVec2 text = ImGui::CalcTextSize(item.Label);
        float tab_w = text.x + 2 * kTabPadX;
        if (x + tab_w > right && x > top.x + pad) {
            x = top.x + pad;
            row_y += tab_h + kTabGap;
        }
        ImGui::SetCursorScreenPos(ImVec2(x, row_y));
        bool selected = item.View == current;
        ImGui::PushID(item.Label);
        bool pressed = ImGui::InvisibleButton("tab", ImVec2(tab_w, tab_h));
        core::Route target;
        target.View = item.View;
        a11y::AddLastItem(a11y::Role::Tab, item.Label, core::FormatRoute(target), 0, selected);
        bool hovered = ImGui::IsItemHovered();
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        if (selected) dl->AddRectFilled(a, b, ToImColor(colour::Page), kCardRounding, ImDrawFlags_RoundCornersTop);
        else if (hovered) dl->AddRectFilled(a, b, ToImColor(colour::BrandDark), kCardRounding, ImDrawFlags_RoundCornersTop);
        dl->AddText(ImVec2(a.x + kTabPadX, a.y + (tab_h - text.y) * 0.5f),
                    ToImColor(selected ? colour::Text : colour::OnBrand), item.Label);
        if (!selected && hovered) dl->AddLine(ImVec2(a.x + kTabPadX, b.y - kTabUnderlineRise), ImVec2(b.x - kTabPadX, b.y - kTabUnderlineRise), ToImColor(colour::OnBrand), kBorder);
        ImGui::PopID();
        if (pressed) AppHost.Navigate(core::FormatRoute(target), false);
        x += tab_w + kTabGap;
    }
    float bottom = show_nav ? row_y + tab_h : row_y + kHeaderBottom;
    if (show_nav && !Embedded) bottom = DrawHeaderSearch(top.x + pad, right, bottom + kHeaderBottom) + kHeaderSearchBottom;
    ImGui::PushFont(narrow || Embedded ? Fonts().Bold : Fonts().H2);
    float title_w = ImGui::CalcTextSize(kAppName).x;
    ImGui::PopFont();
    DrawHeaderActions(top, width, pad, title_w);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(top, ImVec2(top.x + width, bottom), ToImColor(colour::Brand));
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
    ImGui::Dummy(ImVec2(0, 0));
}

// The header's one box for everything, on its own row: typing opens #/search?q=… (one history entry, then the
// words change in place). Screens with a search box of their own (Apps, Trusts, Wearables) do not show it, so a
// page never has two boxes that search different things. Returns the row's bottom.
float App::DrawHeaderSearch(float x, float right, float y)
{
    const core::Screen list = core::ListScreenOf(Route.View);
    if (list == core::Screen::Apps || list == core::Screen::Trusts || list == core::Screen::Wearables) return y - kHeaderBottom;
    const char* label = "Search everything"; // the visible label; the box's accessible name starts with it
    const float box_h = kHeaderBoxHeight;
    ImGui::GetWindowDrawList()->AddText(ImVec2(x, y + (box_h - ImGui::GetFontSize()) * 0.5f), ToImColor(colour::OnBrand), label);
    const float box_x = x + ImGui::CalcTextSize(label).x + kHeaderBoxLabelGap;
    ImGui::SetCursorScreenPos(ImVec2(box_x, y));
    if (SearchBox("Search everything: apps, advice, trusts and the programme", HeaderQuery, box_h, right - box_x)) {
        core::Route to;
        to.View = core::Screen::Search;
        to.Query = HeaderQuery;
        AppHost.Navigate(core::FormatRoute(to), Route.View == core::Screen::Search);
    }
    return y + box_h;
}

// Small white links at the top right: copy this screen's link, and the text-only version.
void App::DrawHeaderActions(ImVec2 top, float width, float pad, float title_width)
{
    ImGui::PushFont(Fonts().Small);
    const char* copy = LinkCopied ? "Link copied" : "Copy link";
    const char* text = "Text-only version";
    float gap = kHeaderActionsGap;
    float w_copy = ImGui::CalcTextSize(copy).x, w_text = ImGui::CalcTextSize(text).x;
    float x = top.x + width - pad - w_copy - gap - w_text;
    float title_right = top.x + pad + title_width;
    if (x < title_right + kHeaderActionsRoom) { // no room beside the title: leave them out of the header band
        ImGui::PopFont();
        DrawActionsBelow = true;
        return;
    }
    DrawActionsBelow = false;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    auto action = [&](const char* label, float at, float w) {
        ImGui::SetCursorScreenPos(ImVec2(at, top.y + kHeaderActionsTop));
        ImGui::PushID(label);
        bool pressed = ImGui::InvisibleButton("##action", ImVec2(w, ImGui::GetFontSize() + 4));
        pressed = a11y::AddLastItem(a11y::Role::Button, label) || pressed;
        bool hovered = ImGui::IsItemHovered();
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImVec2 p = ImGui::GetItemRectMin();
        dl->AddText(p, ToImColor(colour::OnBrand), label);
        float y = p.y + ImGui::GetFontSize() + 1;
        dl->AddLine(ImVec2(p.x, y), ImVec2(p.x + w, y), ToImColor(colour::OnBrand), hovered ? kBorder : kHairline);
        ImGui::PopID();
        return pressed;
    };
    if (action(copy, x, w_copy)) AppHost.CopyLink();
    if (action(text, x + w_copy + gap, w_text)) AppHost.ShowTextVersion(core::TextPageFor(Route, Dataset, Embed));
    ImGui::PopFont();
}

void App::DrawProblems()
{
    if (DrawActionsBelow) {
        ImGui::PushFont(Fonts().Small);
        if (TextButton(LinkCopied ? "Link copied" : "Copy link")) AppHost.CopyLink();
        ImGui::SameLine(0.0f, kActionsBelowGap);
        if (TextButton("Text-only version")) AppHost.ShowTextVersion(core::TextPageFor(Route, Dataset, Embed));
        ImGui::PopFont();
        Spacing(4);
    }
    if (!Notices.empty() || !EmbedNotices.empty()) {
        for (const std::string& n : EmbedNotices) Notice(n);
        for (const std::string& n : Notices) Notice(n);
        Spacing(4);
    }
    if (Problems.empty()) return;
    Notice("Some of the data could not be read (" + std::to_string(Problems.size()) +
           (Problems.size() == 1 ? " problem" : " problems") + "). Everything else is shown.");
    if (TextButton(ShowProblems ? "Hide the details" : "Show the details")) ShowProblems = !ShowProblems;
    if (ShowProblems)
        for (const std::string& p : Problems) MutedText(p);
    Spacing(8);
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
    a11y::Say(ok ? "Link copied" : "The link could not be copied: select the address bar and copy it from there");
}

void App::Frame()
{
    a11y::BeginFrame();
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
    float margin = narrow ? kPageMarginNarrow : kPageMargin;
    float column = avail - 2 * margin;
    if (column > kColumnMaxWidth) column = kColumnMaxWidth;
    if (column < kColumnMinWidth) column = kColumnMinWidth;
    ImGui::SetCursorPos(ImVec2((avail - column) * 0.5f, ImGui::GetCursorPosY() + (narrow || Embedded ? kColumnTopNarrow : kColumnTop)));
    ImGui::BeginChild("##column", ImVec2(column, 0), ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    DrawProblems();
    if (LastAppsRoute.View != core::Screen::Apps) LastAppsRoute.View = core::Screen::Apps;
    const float view_height = ViewHeight > 0.0f ? ViewHeight : vp->Size.y;
    ScreenContext ctx{ Dataset, Route, AppHost, Index, LastAppsRoute, DataGeneration, &Embed, view_height, &Views->Scope };
    DrawScreen(ctx);
    Spacing(Embedded ? 16 : 48);
    ImGui::EndChild();
    PageHeight = ImGui::GetCursorPosY();
    ImGui::End();
}

} // namespace ui
