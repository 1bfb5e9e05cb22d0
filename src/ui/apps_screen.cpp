// apps_screen.cpp — search the apps that were listed in the NHS Apps Library, and one app's detail (layer: ui).
// The query and filters live in the URL (#/apps?q=asthma&category=respiratory), so a shared link shows
// the same results. Search runs only when the query changes, and only visible cards are drawn.
#include "ui/app.h"

#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/host.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>

namespace ui {

namespace {

constexpr size_t kPageSize = 100;           // results shown before "Show more results"

struct AppsScreenState {
    core::SearchQuery Query;
    core::SearchResults Results;
    bool Valid = false;
    unsigned Generation = 0;
    size_t Shown = kPageSize;
    bool MoreFilters = false;
};
AppsScreenState g_state;

// The line under an app's name, and the whole card's accessible name: drawn or not, they read the same.
std::string CardFacts(const core::Dataset& d, const core::App& app)
{
    std::string facts = core::CategoryList(d, app.Categories) + " \u00b7 " + core::PlatformList(app.Platforms);
    if (app.AppBadge != core::Badge::None) facts += std::string(" \u00b7 ") + core::BadgeLabel(app.AppBadge);
    return facts;
}

core::SearchQuery QueryOf(const core::Route& r)
{
    core::SearchQuery q;
    q.Text = r.Query;
    q.Category = r.Category;
    q.Platform = r.Platform;
    q.Cost = r.Cost;
    q.Badge = r.Badge;
    return q;
}

bool SameQuery(const core::SearchQuery& a, const core::SearchQuery& b)
{
    return a.Text == b.Text && a.Category == b.Category && a.Platform == b.Platform && a.Cost == b.Cost && a.Badge == b.Badge;
}

const core::SearchResults& ResultsFor(const ScreenContext& ctx)
{
    core::SearchQuery q = QueryOf(ctx.Route);
    if (!g_state.Valid || g_state.Generation != ctx.DataGeneration || !SameQuery(q, g_state.Query)) {
        ctx.Search.Search(q, g_state.Results);
        g_state.Query = q;
        g_state.Valid = true;
        g_state.Generation = ctx.DataGeneration;
        g_state.Shown = kPageSize;
    }
    return g_state.Results;
}

// One line of text with the matched words on a yellow background; cut with "…" to fit max_width.
void DrawHighlighted(ImDrawList* dl, ImVec2 pos, const std::string& text, const std::vector<std::pair<size_t, size_t>>& ranges,
                     uint32_t text_colour, float max_width)
{
    ImFont* font = ImGui::GetFont();
    float size = ImGui::GetFontSize();
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    float full = font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, end).x;
    const char* cut = end;
    bool ellipsis = false;
    if (full > max_width) {
        float ell = font->CalcTextSizeA(size, FLT_MAX, 0.0f, "\u2026").x;
        font->CalcTextSizeA(size, max_width - ell, 0.0f, begin, end, &cut);
        ellipsis = true;
    }
    for (const auto& r : ranges) {
        if (begin + r.first >= cut) break;
        const char* hb = begin + r.first;
        const char* he = std::min(begin + r.second, cut);
        float x0 = font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, hb).x;
        float x1 = x0 + font->CalcTextSizeA(size, FLT_MAX, 0.0f, hb, he).x;
        dl->AddRectFilled(ImVec2(pos.x + x0 - 1, pos.y), ImVec2(pos.x + x1 + 1, pos.y + size + 2), ToImColor(colour::Highlight), 2.0f);
    }
    dl->AddText(font, size, pos, ToImColor(text_colour), begin, cut);
    if (ellipsis) {
        float x = font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, cut).x;
        dl->AddText(font, size, ImVec2(pos.x + x, pos.y), ToImColor(text_colour), "\u2026");
    }
}

// A filter chip: a rounded toggle with its count. Chips with no results are shown but dimmed.
bool Chip(const std::string& label, int count, bool selected, float& x, float left, float right)
{
    std::string text = label + " (" + std::to_string(count) + ")";
    ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    float w = ts.x + 28.0f, h = 40.0f;
    if (x + w > right && x > left) {
        x = left;
        ImGui::NewLine();
    }
    ImGui::SetCursorPosX(x - ImGui::GetWindowPos().x + ImGui::GetScrollX());
    ImGui::PushID(label.c_str());
    bool pressed = ImGui::InvisibleButton("##chip", ImVec2(w, h));
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    uint32_t bg = selected ? colour::Brand : colour::Card;
    uint32_t fg = selected ? colour::OnBrand : (count == 0 ? colour::TextMuted : colour::Text);
    dl->AddRectFilled(a, b, ToImColor(bg), h * 0.5f);
    dl->AddRect(a, b, ToImColor(selected ? colour::BrandDark : colour::Border), h * 0.5f, 0, hovered ? 3.0f : 2.0f);
    dl->AddText(ImVec2(a.x + 14.0f, a.y + (h - ts.y) * 0.5f), ToImColor(fg), text.c_str());
    std::string name = label + ", " + std::to_string(count) + (count == 1 ? " app" : " apps");
    pressed = a11y::AddLastItem(a11y::Role::Checkbox, name, "", 0, selected) || pressed;
    ImGui::PopID();
    ImGui::SameLine(0.0f, 8.0f);
    x += w + 8.0f;
    return pressed;
}

void FilterRow(const ScreenContext& ctx, const char* title, const std::vector<core::FacetCount>& facets,
               std::string core::Route::*field)
{
    if (facets.empty()) return;
    ImGui::PushFont(Fonts.Bold);
    Paragraph(title);
    ImGui::PopFont();
    float left = ImGui::GetCursorScreenPos().x;
    float right = left + ContentWidth();
    float x = left;
    ImGui::PushID(title);
    const std::string& current = ctx.Route.*field;
    for (const core::FacetCount& f : facets) {
        bool selected = current == f.Key;
        if (f.Count == 0 && !selected) continue;           // an option that gives nothing is left out
        if (Chip(f.Label, f.Count, selected, x, left, right)) {
            core::Route r = ctx.Route;
            r.*field = selected ? "" : f.Key;
            ctx.Go(r, true);
        }
    }
    ImGui::NewLine();
    ImGui::PopID();
}

void DrawAppCard(const ScreenContext& ctx, const core::App& app, const core::SearchResults& results, float width, float height)
{
    ImGui::PushID(app.Id.c_str());
    ImVec2 a = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton("##card", ImVec2(width, height - 8.0f));
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImVec2 b = ImGui::GetItemRectMax();
    core::Route detail = core::DetailRoute(core::Screen::AppDetail, app.Id);
    std::string facts = CardFacts(ctx.Data, app);
    std::string name = app.Name + ". " + facts;
    pressed = a11y::AddLastItem(a11y::Role::Link, name, core::FormatRoute(detail)) || pressed;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, ToImColor(colour::Card), 4.0f);
    dl->AddRect(a, b, ToImColor(hovered ? colour::Brand : colour::Divider), 4.0f, 0, hovered ? 3.0f : 2.0f);
    float pad = 16.0f, inner = width - 2 * pad;
    float y = a.y + 12.0f;
    ImGui::PushFont(Fonts.Bold);
    DrawHighlighted(dl, ImVec2(a.x + pad, y), app.Name, core::HighlightRanges(app.Name, results.Query, ctx.Search), colour::Link, inner);
    float name_w = std::min(ImGui::CalcTextSize(app.Name.c_str()).x, inner);
    dl->AddLine(ImVec2(a.x + pad, y + ImGui::GetFontSize() + 1), ImVec2(a.x + pad + name_w, y + ImGui::GetFontSize() + 1), ToImColor(colour::Link), 1.0f);
    y += ImGui::GetFontSize() + 8.0f;
    ImGui::PopFont();
    ImGui::PushFont(Fonts.Small);
    DrawHighlighted(dl, ImVec2(a.x + pad, y), facts, core::HighlightRanges(facts, results.Query, ctx.Search), colour::TextMuted, inner);
    y += ImGui::GetFontSize() + 6.0f;
    DrawHighlighted(dl, ImVec2(a.x + pad, y), app.Description, core::HighlightRanges(app.Description, results.Query, ctx.Search), colour::Text, inner);
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + height));
    ImGui::PopID();
    if (pressed) ctx.Go(detail);
}

void DrawOtherHit(const ScreenContext& ctx, const core::SearchHit& hit)
{
    core::Route r;
    std::string label(hit.Title);
    switch (hit.Kind) {
    case core::ResultKind::Wearable: r.View = core::Screen::WearableDetail; r.Id = std::string(hit.Id); break;
    case core::ResultKind::Trust: r.View = core::Screen::TrustDetail; r.Id = std::string(hit.Id); break;
    default:
        r.View = core::Screen::Programme;
        if (hit.Id.rfind("event:", 0) == 0) r.Tab = "timeline";
        break;
    }
    ImGui::PushID(static_cast<int>(hit.Index));
    ImGui::PushID(static_cast<int>(hit.Kind));
    ctx.Link(label, r);
    ImGui::PopID();
    ImGui::PopID();
}

} // namespace

void DrawAppsScreen(const ScreenContext& ctx)
{
    Heading("Find a health app", 1);
    if (!ctx.Data.Listing.Note.empty()) Notice(ctx.Data.Listing.Note);
    Spacing(6);

    ctx.QueryBox("Search apps and advice by condition, topic or name");
    Spacing(4);

    const core::SearchResults& res = ResultsFor(ctx);
    int apps_found = res.KindCounts[static_cast<int>(core::ResultKind::App)];
    bool filtered = !ctx.Route.Category.empty() || !ctx.Route.Platform.empty() || !ctx.Route.Cost.empty() || !ctx.Route.Badge.empty();
    std::string count = std::to_string(apps_found) + (apps_found == 1 ? " app found" : " apps found");
    if (!ctx.Route.Query.empty()) count += " for \u201c" + ctx.Route.Query + "\u201d";
    if (filtered) count += " with the filters chosen";
    a11y::Announce(count);
    ImGui::PushFont(Fonts.H2);
    Paragraph(count);
    ImGui::PopFont();

    FilterRow(ctx, "Topic", res.Categories, &core::Route::Category);
    bool more_active = !ctx.Route.Platform.empty() || !ctx.Route.Cost.empty() || !ctx.Route.Badge.empty();
    if (more_active || g_state.MoreFilters) {
        FilterRow(ctx, "Works on", res.Platforms, &core::Route::Platform);
        FilterRow(ctx, "Cost", res.Costs, &core::Route::Cost);
        FilterRow(ctx, "NHS label (2017)", res.Badges, &core::Route::Badge);
        if (!more_active && TextButton("Fewer filters")) g_state.MoreFilters = false;
    } else if (TextButton("More filters: platform, cost, NHS label")) {
        g_state.MoreFilters = true;
    }
    if (filtered) {
        core::Route r = ctx.Route;
        r.Category.clear();
        r.Platform.clear();
        r.Cost.clear();
        r.Badge.clear();
        if (TextButton("Clear all filters")) ctx.Go(r, true);
    }
    Spacing(8);

    if (apps_found == 0) {
        Paragraph("Try fewer words, check the spelling, or use a more general word such as \u201cmental health\u201d, "
                  "\u201cdiabetes\u201d or \u201csleep\u201d. You can also browse by topic:");
        for (const core::Category& c : ctx.Data.Categories) {
            core::Route r;
            r.View = core::Screen::Apps;
            r.Category = c.Id;
            ctx.Link(c.Label, r);
        }
    }

    // The app cards: a fixed height each, so only the visible ones need drawing.
    std::vector<const core::App*> apps;
    for (const core::SearchHit& hit : res.Hits)
        if (hit.Kind == core::ResultKind::App && hit.Index < ctx.Data.Apps.size()) apps.push_back(&ctx.Data.Apps[hit.Index]);
    size_t shown = std::min(apps.size(), g_state.Shown);
    const float card_h = 112.0f;
    float width = ContentWidth();
    float top = ImGui::GetCursorScreenPos().y;
    ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin();
    ImVec2 clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
    for (size_t i = 0; i < shown; ++i) {
        float y = top + static_cast<float>(i) * card_h;
        ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, y));
        if (y + card_h < clip_min.y || y > clip_max.y) {
            // Off screen: not drawn, but still in the accessible layer so Tab and screen readers reach it,
            // with the drawn card's id, so its element (and keyboard focus) survives scrolling into view.
            const core::App& app = *apps[i];
            a11y::Node n;
            n.NodeRole = a11y::Role::Link;
            n.Name = app.Name + ". " + CardFacts(ctx.Data, app);
            n.Href = core::FormatRoute(core::DetailRoute(core::Screen::AppDetail, app.Id));
            ImGui::PushID(app.Id.c_str());
            n.Id = ImGui::GetID("##card");
            ImGui::PopID();
            n.X = ImGui::GetCursorScreenPos().x;
            n.Y = y;
            n.W = width;
            n.H = card_h - 8.0f;
            a11y::Add(std::move(n));
            ImGui::Dummy(ImVec2(width, card_h));
            continue;
        }
        DrawAppCard(ctx, *apps[i], res, width, card_h);
    }
    if (shown < apps.size()) {
        Spacing(4);
        if (PrimaryButton("Show more results (" + std::to_string(apps.size() - shown) + " more)")) g_state.Shown += kPageSize;
    }

    // Other kinds of result: advice, trusts, the programme.
    if (!ctx.Route.Query.empty() && !filtered) {
        struct Group { core::ResultKind Kind; const char* Title; };
        const Group groups[] = { { core::ResultKind::Wearable, "Advice on wearables and health apps" },
                                 { core::ResultKind::Trust, "Exemplar trusts" },
                                 { core::ResultKind::Programme, "About the programme" } };
        for (const Group& g : groups) {
            if (res.KindCounts[static_cast<int>(g.Kind)] == 0) continue;
            Spacing(10);
            Heading(g.Title, 2);
            for (const core::SearchHit& hit : res.Hits)
                if (hit.Kind == g.Kind) DrawOtherHit(ctx, hit);
        }
    }
}

void DrawAppDetailScreen(const ScreenContext& ctx)
{
    const core::App* a = ctx.Data.FindApp(ctx.Route.Id);
    if (!a) {
        ctx.NotFound("App not found", "There is no app at this address.",
                     "See all apps", core::Screen::Apps);
        return;
    }
    ctx.Link(ctx.LastAppsRoute.Query.empty() ? "Back to all apps" : "Back to the results", ctx.LastAppsRoute);
    Spacing(4);
    Heading(a->Name, 1);
    Paragraph(a->Description);
    Spacing(6);
    auto fact = [](const char* label, const std::string& value) {
        ImGui::PushFont(Fonts.Bold);
        Paragraph(label);
        ImGui::PopFont();
        Paragraph(value);
    };
    fact("Developer", NotKnown(a->Developer));
    fact("Topics", core::CategoryList(ctx.Data, a->Categories));
    fact("Works on", core::PlatformList(a->Platforms));
    fact("Cost", NotKnown(a->Cost));
    fact("NHS label (April 2017)", a->AppBadge == core::Badge::None ? std::string("none recorded") : core::BadgeLabel(a->AppBadge));
    Spacing(8);
    if (PrimaryButton("Open website")) ctx.AppHost.OpenExternal(a->Url);
    MutedText("Opens " + a->Url + " in a new tab.");
    Spacing(6);
    MutedText("Listed in the NHS Apps Library as of " + ReadableDate(a->Listed) + ". The library closed in 2021; the app may have changed since.");
    ctx.OpenSources(a->Sources);
}

} // namespace ui
