// embed_view.cpp — the rules that keep a scoped Apps screen (scope= in the page's address) inside its scope,
// whatever is typed or followed (layer: ui). The options are read and checked in core (core::ParseEmbedOptions);
// a card (card=) is a small page of its own (core::RenderCardPages), not drawn by the app.
#include "ui/app.h"

#include "core/search_everything.h"

#include <algorithm>

namespace ui {

namespace {

// The apps a search scope allows: worked out once per dataset and scope, kept in App's screens.
const std::vector<unsigned char>& SearchScopeApps(const ScreenContext& ctx)
{
    const core::EmbedOptions& o = *ctx.Embed;
    SearchScope& scope = *ctx.Scope;
    if (!scope.Valid || scope.Words != o.ScopeValue) {
        scope.Valid = true;
        scope.Words = o.ScopeValue;
        scope.Allowed = core::AppsInSearchScope(ctx.Search, o.ScopeValue, ctx.Data.Apps.size()); // as its text page
    }
    return scope.Allowed;
}

bool Scoped(const ScreenContext& ctx) { return ctx.Embed && ctx.Embed->Scoped(); }

} // namespace

core::Route ScopedRoute(const core::EmbedOptions& o, const core::Dataset& data, core::Route r)
{
    if (!o.Scoped()) return r;
    if (core::ListScreenOf(r.View) != core::Screen::Apps) {
        core::Route apps;
        apps.View = core::Screen::Apps;
        r = apps;
    }
    if (r.View == core::Screen::AppDetail) {
        const core::App* a = data.FindApp(r.Id);
        if (!a || !core::AppInScope(o, *a)) r.View = core::Screen::Apps;
    }
    if (o.Scope == core::ScopeKind::Topic) r.Category = o.ScopeValue;
    if (o.Scope == core::ScopeKind::Platform) r.Platform = o.ScopeValue;
    if (o.Scope == core::ScopeKind::Cost) r.Cost = o.ScopeValue;
    if (r.View != core::Screen::AppDetail) r.Id.clear();
    return r;
}

void LimitToScope(const ScreenContext& ctx, core::SearchResults& results)
{
    if (!Scoped(ctx)) return;
    size_t kept = 0;
    for (const core::SearchHit& hit : results.Hits)
        if (hit.Kind == core::ResultKind::App && AppAllowed(ctx, hit.Index)) results.Hits[kept++] = hit;
    results.Hits.resize(kept);
    results.KindCounts.fill(0);
    results.KindCounts[static_cast<int>(core::ResultKind::App)] = static_cast<int>(kept);
    results.TotalHits = kept;
}

bool AppAllowed(const ScreenContext& ctx, size_t app_index)
{
    if (!Scoped(ctx)) return true;
    if (app_index >= ctx.Data.Apps.size()) return false;
    if (ctx.Embed->Scope == core::ScopeKind::Search) return SearchScopeApps(ctx)[app_index] != 0;
    return core::AppInScope(*ctx.Embed, ctx.Data.Apps[app_index]);
}

bool ScopeFixes(const ScreenContext& ctx, std::string core::Route::*field)
{
    if (!Scoped(ctx)) return false;
    switch (ctx.Embed->Scope) {
    case core::ScopeKind::Topic: return field == &core::Route::Category;
    case core::ScopeKind::Platform: return field == &core::Route::Platform;
    case core::ScopeKind::Cost: return field == &core::Route::Cost;
    default: return true; // a search scope: the chips' counts would include apps outside it
    }
}

} // namespace ui
