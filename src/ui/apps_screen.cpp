// apps_screen.cpp — search the apps that were listed in the NHS Apps Library (layer: ui).
// The query and filters live in the URL (#/apps?q=asthma&category=respiratory), so a shared link shows
// the same results. Search runs only when the query changes, and only visible cards are drawn. One app's page
// is in app_detail_screen.cpp.
#include "ui/screens.h"

#include "core/query_understanding.h"
#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/host.h"
#include "ui/layout_metrics.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/widgets/snippet.h"

#include "core/site_map.h"
#include "imgui.h"

#include <algorithm>

namespace ui {

namespace {

// The line under an app's name, and the whole card's accessible name: drawn or not, they read the same.
std::string CardFacts(const core::Dataset& d, const core::App& app)
{
    std::string facts = core::CategoryList(d, app.Categories) + " \u00b7 " + core::PlatformList(app.Platforms);
    if (app.AppBadge != core::Badge::None) facts += std::string(" \u00b7 ") + core::BadgeLabel(app.AppBadge) + " (April 2017 label)";
    if (!app.Closed.empty()) facts += " \u00b7 Closed " + ReadableDate(app.Closed);
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

// What a screen reader hears after a card's name: why it matched, then its description.
std::string CardDescription(const core::App& app, const core::SearchSnippet& why)
{
    return why.Empty() ? app.Description : why.Description() + " " + app.Description;
}

bool SameQuery(const core::SearchQuery& a, const core::SearchQuery& b)
{
    return a.Text == b.Text && a.Category == b.Category && a.Platform == b.Platform && a.Cost == b.Cost && a.Badge == b.Badge;
}

// A filter chip: a toggle with its count.
bool Chip(const std::string& label, int count, bool selected, float& x, float left, float right)
{
    std::string name = label + ", " + std::to_string(count) + (count == 1 ? " app" : " apps");
    return Pill(label + " (" + std::to_string(count) + ")", label, a11y::Role::Checkbox, name, selected, count == 0, x, left, right);
}

// The facet a filter row sets, for removing the words that named another value of it; none for topics.
bool FacetOfField(std::string core::Route::*field, core::FacetKind& kind)
{
    if (field == &core::Route::Platform) kind = core::FacetKind::Platform;
    else if (field == &core::Route::Cost) kind = core::FacetKind::Cost;
    else if (field == &core::Route::Badge) kind = core::FacetKind::Badge;
    else return false;
    return true;
}

void FilterRow(const ScreenContext& ctx, const char* title, const std::vector<core::FacetCount>& facets,
               std::string core::Route::*field, const std::string& current)
{
    if (facets.empty() || ScopeFixes(ctx, field)) return;
    ImGui::PushFont(Fonts().Bold);
    Paragraph(title);
    ImGui::PopFont();
    float left = ImGui::GetCursorScreenPos().x;
    float right = left + ContentWidth();
    float x = left;
    ImGui::PushID(title);
    for (const core::FacetCount& f : facets) {
        bool selected = current == f.Key;
        if (f.Count == 0 && !selected) continue; // an option that gives nothing is left out
        if (Chip(f.Label, f.Count, selected, x, left, right)) {
            core::Route r = ctx.Route;
            core::FacetKind kind;
            if (FacetOfField(field, kind)) r.Query = core::RemoveFacetWords(r.Query, kind); // the chip now says it
            r.*field = selected ? "" : f.Key;
            ctx.Go(r, true);
        }
    }
    ImGui::NewLine();
    ImGui::PopID();
}

void DrawAppCard(const ScreenContext& ctx, const core::App& app, const core::SearchResults& results, const core::SearchSnippet& why,
                 float width, float height)
{
    ImGui::PushID(app.Id.c_str());
    ImVec2 a = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton("##card", ImVec2(width, height - kAppCardGap));
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImVec2 b = ImGui::GetItemRectMax();
    core::Route detail = core::DetailRoute(core::Screen::AppDetail, app.Id);
    std::string facts = CardFacts(ctx.Data, app);
    std::string name = app.Name + ". " + facts;
    pressed = a11y::AddLastItem(a11y::Role::ListItem, name, core::FormatRoute(detail)) || pressed;
    a11y::Describe(CardDescription(app, why));

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, ToImColor(colour::Card), kCardRounding);
    dl->AddRect(a, b, ToImColor(hovered ? colour::Brand : colour::Divider), kCardRounding, 0, hovered ? kBorderHovered : kBorder);
    float pad = kAppCardPadX, inner = width - 2 * pad;
    float y = a.y + kAppCardPadTop;
    ImGui::PushFont(Fonts().Bold);
    DrawHighlighted(dl, ImVec2(a.x + pad, y), app.Name, core::HighlightRanges(app.Name, results.Query, ctx.Search), colour::Link, inner);
    float name_w = std::min(ImGui::CalcTextSize(app.Name.c_str()).x, inner);
    dl->AddLine(ImVec2(a.x + pad, y + ImGui::GetFontSize() + Rem(0.0625f)), ImVec2(a.x + pad + name_w, y + ImGui::GetFontSize() + Rem(0.0625f)), ToImColor(colour::Link), kHairline);
    y += ImGui::GetFontSize() + kAppCardNameGap;
    ImGui::PopFont();
    ImGui::PushFont(Fonts().Small);
    DrawHighlighted(dl, ImVec2(a.x + pad, y), facts, core::HighlightRanges(facts, results.Query, ctx.Search), colour::TextMuted, inner);
    y += ImGui::GetFontSize() + kAppCardFactsGap;
    if (why.Empty() || why.Field == "name") {
        DrawHighlighted(dl, ImVec2(a.x + pad, y), app.Description, core::HighlightRanges(app.Description, results.Query, ctx.Search), colour::Text, inner);
    } else { // the words are not in the name: the line says where they are ("Mentions inhaler in: description: …")
        const std::string lead = why.Lead() + ": ";
        std::vector<std::pair<size_t, size_t>> ranges;
        for (const auto& r : why.Ranges) ranges.emplace_back(r.first + lead.size(), r.second + lead.size());
        DrawHighlighted(dl, ImVec2(a.x + pad, y), lead + why.Excerpt, ranges, colour::Text, inner);
    }
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + height));
    ImGui::PopID();
    if (pressed) ctx.Go(detail);
}

void DrawOtherHit(const ScreenContext& ctx, const core::SearchHit& hit, const core::PreparedQuery& query)
{
    core::Route r;
    std::string label(hit.Title);
    switch (hit.Kind) {
    case core::ResultKind::Wearable:
        r.View = core::Screen::WearableDetail;
        r.Id = std::string(hit.Id);
        break;
    case core::ResultKind::Trust:
        r.View = core::Screen::TrustDetail;
        r.Id = std::string(hit.Id);
        break;
    default:
        r.View = core::Screen::Programme;
        if (hit.Id.rfind("event:", 0) == 0) r.Tab = "timeline";
        break;
    }
    ImGui::PushID(static_cast<int>(hit.Index));
    ImGui::PushID(static_cast<int>(hit.Kind));
    ctx.Link(label, r, true);
    SnippetLines(core::MakeSnippet(ctx.Data, hit, query, ctx.Search));
    ImGui::PopID();
    ImGui::PopID();
}

// The platform, cost and label filters in force, each a chip with × that removes it and the words that named it,
// so a person sees how their words were read: "Android ×" for "diabetes android".
void UnderstoodFilters(const ScreenContext& ctx, const core::SearchResults& res)
{
    const std::pair<const std::string*, const std::vector<core::FacetCount>*> kinds[] = {
        { &res.Applied.Platform, &res.Platforms }, { &res.Applied.Cost, &res.Costs }, { &res.Applied.Badge, &res.Badges }
    };
    float left = ImGui::GetCursorScreenPos().x, right = left + ContentWidth(), x = left;
    bool any = false;
    ImGui::PushID("understood");
    for (int k = 0; k < core::FacetKindCount; ++k) {
        const std::string& value = *kinds[k].first;
        if (value.empty()) continue;
        std::string label = value;
        for (const core::FacetCount& f : *kinds[k].second)
            if (f.Key == value) label = f.Label;
        any = true;
        if (Pill(label + " \u00d7", label, a11y::Role::Button, "Remove the filter " + label, true, false, x, left, right)) {
            core::Route r = ctx.Route;
            core::RemoveFilter(r, static_cast<core::FacetKind>(k));
            ctx.Go(r, true);
        }
    }
    if (any) ImGui::NewLine();
    ImGui::PopID();
}

// When no result matched every word, the words that matched nothing.
void PartialNote(const core::SearchResults& res)
{
    if (!res.Partial) return;
    std::string none;
    for (const std::string& w : res.Unmatched) none += (none.empty() ? "\u201c" : ", \u201c") + w + "\u201d";
    Notice(none.empty() ? "No result matched every word: those matching the most come first."
                        : "Nothing matched " + none + ", so these are the results for the other words.");
}

// "Free" neither drops nor claims the apps whose cost was never recorded: say how many there are and offer them.
void CostNote(const ScreenContext& ctx, const core::SearchResults& res)
{
    if (res.Applied.Cost != core::CostKey(core::CostKind::Free)) return;
    for (const core::FacetCount& c : res.Costs) {
        if (c.Key != core::CostKey(core::CostKind::NotKnown) || c.Count == 0) continue;
        core::Route r = ctx.Route;
        core::RemoveFilter(r, core::FacetKind::Cost);
        r.Cost = c.Key;
        const std::string n = std::to_string(c.Count);
        Paragraph("The library did not record the cost of " + n + " more that match: they may be free.");
        ctx.Link("Show the " + n + " with no cost recorded", r);
    }
}

} // namespace

const core::SearchResults& AppsScreen::ResultsFor(const ScreenContext& ctx)
{
    core::SearchQuery q = QueryOf(ctx.Route);
    if (!State.Valid || !SameQuery(q, State.Query)) {
        ctx.Search.Search(q, State.Results);
        LimitToScope(ctx, State.Results);
        State.Query = q;
        State.Valid = true;
        State.Shown = AppsState::kPageSize;
    }
    return State.Results;
}

void AppsScreen::Draw(const ScreenContext& ctx)
{
    const bool scoped = ctx.Embed && ctx.Embed->Scoped();
    Heading(scoped ? core::ScopeDescription(*ctx.Embed, ctx.Data) : std::string("Find a health app"), 1);
    if (!ctx.Data.Listing.Note.empty()) Notice(ctx.Data.Listing.Note);
    Spacing(Rem(0.375f));

    ctx.QueryBox(scoped ? "Search within these apps" : "Search apps and advice by condition, topic or name");
    Spacing(Rem(0.25f));

    const core::SearchResults& res = ResultsFor(ctx);
    const core::SearchQuery& applied = res.Applied; // the filters chosen and those the words named
    int apps_found = res.KindCounts[static_cast<int>(core::ResultKind::App)];
    // A filter counts as chosen when the user (or the words typed) set it, not when the embed's scope fixes it.
    auto chosen = [&ctx](const std::string& value, std::string core::Route::*field) { return !value.empty() && !ScopeFixes(ctx, field); };
    bool filtered = chosen(applied.Category, &core::Route::Category) || chosen(applied.Platform, &core::Route::Platform) ||
                    chosen(applied.Cost, &core::Route::Cost) || chosen(applied.Badge, &core::Route::Badge);
    UnderstoodFilters(ctx, res);
    std::string count = std::to_string(apps_found) + (apps_found == 1 ? " app found" : " apps found");
    if (!ctx.Route.Query.empty()) count += " for \u201c" + ctx.Route.Query + "\u201d";
    if (filtered) count += " with the filters chosen";
    a11y::Announce(count);
    ImGui::PushFont(Fonts().H2);
    Paragraph(count);
    ImGui::PopFont();

    PartialNote(res);
    CostNote(ctx, res);

    FilterRow(ctx, "Topic", res.Categories, &core::Route::Category, applied.Category);
    bool more_active = chosen(applied.Platform, &core::Route::Platform) || chosen(applied.Cost, &core::Route::Cost) ||
                       chosen(applied.Badge, &core::Route::Badge);
    if (a11y::Escaped()) State.MoreFilters = false; // focus goes back to "More filters" (web/layer.js)
    if (ScopeFixes(ctx, &core::Route::Badge)) {
        // a search scope: no chips (see ScopeFixes)
    } else if (more_active || State.MoreFilters) {
        FilterRow(ctx, "Works on", res.Platforms, &core::Route::Platform, applied.Platform);
        FilterRow(ctx, "Cost", res.Costs, &core::Route::Cost, applied.Cost);
        FilterRow(ctx, "NHS label (April 2017)", res.Badges, &core::Route::Badge, applied.Badge);
        if (!more_active && TextButton("Fewer filters")) State.MoreFilters = false;
    } else if (TextButton("More filters: platform, cost, NHS label")) {
        State.MoreFilters = true;
    }
    if (filtered) {
        core::Route r = ctx.Route;
        r.Category.clear();
        for (int k = 0; k < core::FacetKindCount; ++k) core::RemoveFilter(r, static_cast<core::FacetKind>(k));
        if (TextButton("Clear all filters")) ctx.Go(r, true);
    }
    Spacing(Rem(0.5f));

    if (apps_found == 0 && scoped) {
        Paragraph("Try fewer words, or clear the search to see every app here.");
    } else if (apps_found == 0) {
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
    std::vector<const core::SearchHit*> app_hits;
    for (const core::SearchHit& hit : res.Hits)
        if (hit.Kind == core::ResultKind::App && hit.Index < ctx.Data.Apps.size()) {
            apps.push_back(&ctx.Data.Apps[hit.Index]);
            app_hits.push_back(&hit);
        }
    size_t shown = std::min(apps.size(), State.Shown);
    const float card_h = kAppCardHeight;
    float width = ContentWidth();
    float top = ImGui::GetCursorScreenPos().y;
    ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin();
    ImVec2 clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
    for (size_t i = 0; i < shown; ++i) {
        const core::SearchSnippet why = core::MakeSnippet(ctx.Data, *app_hits[i], res.Query, ctx.Search);
        float y = top + static_cast<float>(i) * card_h;
        ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, y));
        if (y + card_h < clip_min.y || y > clip_max.y) {
            // Off screen: not drawn, but still in the accessible layer so Tab and screen readers reach it,
            // with the drawn card's id, so its element (and keyboard focus) survives scrolling into view.
            const core::App& app = *apps[i];
            a11y::Node n;
            n.NodeRole = a11y::Role::ListItem;
            n.Name = app.Name + ". " + CardFacts(ctx.Data, app);
            n.Description = CardDescription(app, why);
            n.Href = core::FormatRoute(core::DetailRoute(core::Screen::AppDetail, app.Id));
            ImGui::PushID(app.Id.c_str());
            n.Id = ImGui::GetID("##card");
            ImGui::PopID();
            n.X = ImGui::GetCursorScreenPos().x;
            n.Y = y;
            n.W = width;
            n.H = card_h - kAppCardGap;
            a11y::Add(std::move(n));
            ImGui::Dummy(ImVec2(width, card_h));
            continue;
        }
        DrawAppCard(ctx, *apps[i], res, why, width, card_h);
    }
    if (shown < apps.size()) {
        Spacing(Rem(0.25f));
        if (PrimaryButton("Show more results (" + std::to_string(apps.size() - shown) + " more)")) State.Shown += AppsState::kPageSize;
    }

    // Other kinds of result: advice, trusts, the programme.
    if (!ctx.Route.Query.empty() && !filtered) {
        struct Group {
            core::ResultKind Kind;
            const char* Title;
        };
        const Group groups[] = { { core::ResultKind::Wearable, "Advice on wearables and health apps" },
                                 { core::ResultKind::Trust, "Exemplar trusts" },
                                 { core::ResultKind::Programme, "About the programme" } };
        for (const Group& g : groups) {
            if (res.KindCounts[static_cast<int>(g.Kind)] == 0) continue;
            Spacing(Rem(0.625f));
            Heading(g.Title, 2);
            for (const core::SearchHit& hit : res.Hits)
                if (hit.Kind == g.Kind) DrawOtherHit(ctx, hit, res.Query);
        }
    }
}

} // namespace ui
