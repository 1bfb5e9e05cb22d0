// embed_view.cpp — what an embedding page can ask for in the address (layer: ui): a single card (card=), and
// the rules that keep a scoped Apps screen (scope=) inside its scope, whatever is typed or followed.
// The options themselves are read and checked in core (core::ParseEmbedOptions).
#include "ui/app.h"

#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>

namespace ui {

namespace {

// The apps a search scope allows, by index in Dataset::Apps: what the scope's words alone find.
struct SearchScopeCache {
    unsigned Generation = ~0u;
    std::string Words;
    std::vector<bool> Allowed;
};
SearchScopeCache g_search_scope;

const std::vector<bool>& SearchScopeApps(const ScreenContext& ctx)
{
    const core::EmbedOptions& o = *ctx.Embed;
    if (g_search_scope.Generation != ctx.DataGeneration || g_search_scope.Words != o.ScopeValue) {
        g_search_scope.Generation = ctx.DataGeneration;
        g_search_scope.Words = o.ScopeValue;
        g_search_scope.Allowed.assign(ctx.Data.Apps.size(), false);
        core::SearchQuery q;
        q.Text = o.ScopeValue;
        for (const core::SearchHit& hit : ctx.Search.Search(q).Hits)
            if (hit.Kind == core::ResultKind::App && hit.Index < g_search_scope.Allowed.size()) g_search_scope.Allowed[hit.Index] = true;
    }
    return g_search_scope.Allowed;
}

bool Scoped(const ScreenContext& ctx) { return ctx.Embed && ctx.Embed->Scoped(); }

void Fact(const char* label, const std::string& value)
{
    if (value.empty()) return;
    ImGui::PushFont(Fonts.Bold);
    Paragraph(label);
    ImGui::PopFont();
    Paragraph(value);
}

void TrustCard(const ScreenContext& ctx, const core::Trust& t)
{
    Heading(t.OfficialName, 1);
    const core::TrustGroup* g = ctx.Data.FindGroup(t.Group);
    MutedText("Global Digital Exemplar" + (g ? ": " + g->Label : std::string()));
    Spacing(4);
    Fact("Where", t.MainTown + (t.Region.empty() || t.Region == t.MainTown ? "" : ", " + t.Region));
    Fact("Main hospital", t.MainHospital);
    Fact("Electronic record system", t.RecordSystem);
    Fact("What happened later", t.Later);
    ctx.OpenSources(t.Sources);
}

void AppCard(const ScreenContext& ctx, const core::App& a)
{
    Heading(a.Name, 1);
    std::string facts = core::CategoryList(ctx.Data, a.Categories) + " \u00b7 " + core::PlatformList(a.Platforms);
    if (a.AppBadge != core::Badge::None) facts += std::string(" \u00b7 ") + core::BadgeLabel(a.AppBadge);
    MutedText(facts);
    Spacing(4);
    Paragraph(a.Description);
    Fact("Developer", a.Developer);
    Fact("Cost", a.Cost);
    MutedText("Listed in the NHS Apps Library as of " + ReadableDate(a.Listed) + ". The library closed in 2021.");
    ctx.OpenSources(a.Sources);
}

void WearableCard(const ScreenContext& ctx, const core::WearableTopic& t)
{
    Heading(t.Title, 1);
    Paragraph(t.Summary);
    for (const std::string& p : t.Points) Paragraph("\u2022 " + p);
    ctx.OpenSources(t.Sources);
}

void FigureCard(const ScreenContext& ctx, const core::KeyFigure& f)
{
    Heading(f.Value, 1);
    Paragraph(f.Caption);
    if (!f.Caveat.empty()) Notice("Note: " + f.Caveat);
    MutedText("From the NHS Global Digital Exemplar programme.");
    ctx.OpenSources(f.Sources);
}

} // namespace

void DrawCard(const ScreenContext& ctx, const std::string& app_address)
{
    const core::EmbedOptions& o = *ctx.Embed;
    std::string subject;
    switch (o.Card) {
    case core::CardKind::Trust:
        if (const core::Trust* t = ctx.Data.FindTrust(o.CardId)) { TrustCard(ctx, *t); subject = t->OfficialName; }
        break;
    case core::CardKind::App:
        if (const core::App* a = ctx.Data.FindApp(o.CardId)) { AppCard(ctx, *a); subject = a->Name; }
        break;
    case core::CardKind::Wearable:
        if (const core::WearableTopic* t = ctx.Data.FindTopic(o.CardId)) { WearableCard(ctx, *t); subject = t->Title; }
        break;
    case core::CardKind::Figure:
        for (const core::KeyFigure& f : ctx.Data.Figures)
            if (f.Id == o.CardId) { FigureCard(ctx, f); subject = f.Value + " " + f.Caption; }
        break;
    default: break;
    }
    if (subject.empty()) return;               // replaced data no longer has it: core dropped the card with a notice
    Spacing(6);
    ExternalLink(ctx.AppHost, "See more in the Digital Exemplars & Apps Finder", app_address + core::CardRoute(o),
                 "See more about " + subject + " in the Digital Exemplars & Apps Finder (opens in a new tab)");
}

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
    const bool by_words = ctx.Embed->Scope == core::ScopeKind::Search;
    const std::vector<bool>* allowed = by_words ? &SearchScopeApps(ctx) : nullptr;
    auto outside = [&](const core::SearchHit& hit) {
        if (hit.Kind != core::ResultKind::App || hit.Index >= ctx.Data.Apps.size()) return true;
        if (allowed) return !(*allowed)[hit.Index];
        return !core::AppInScope(*ctx.Embed, ctx.Data.Apps[hit.Index]);
    };
    results.Hits.erase(std::remove_if(results.Hits.begin(), results.Hits.end(), outside), results.Hits.end());
    results.KindCounts.fill(0);
    results.KindCounts[static_cast<int>(core::ResultKind::App)] = static_cast<int>(results.Hits.size());
    results.TotalHits = results.Hits.size();
}

bool AppAllowed(const ScreenContext& ctx, const std::string& app_id)
{
    if (!Scoped(ctx)) return true;
    for (size_t i = 0; i < ctx.Data.Apps.size(); ++i) {
        if (ctx.Data.Apps[i].Id != app_id) continue;
        if (ctx.Embed->Scope == core::ScopeKind::Search) return SearchScopeApps(ctx)[i];
        return core::AppInScope(*ctx.Embed, ctx.Data.Apps[i]);
    }
    return false;
}

bool ScopeFixes(const ScreenContext& ctx, std::string core::Route::*field)
{
    if (!Scoped(ctx)) return false;
    switch (ctx.Embed->Scope) {
    case core::ScopeKind::Topic: return field == &core::Route::Category;
    case core::ScopeKind::Platform: return field == &core::Route::Platform;
    case core::ScopeKind::Cost: return field == &core::Route::Cost;
    default: return true;                    // a search scope: the chips' counts would include apps outside it
    }
}

} // namespace ui
