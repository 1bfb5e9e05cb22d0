// search_screen.cpp — what the header's search box found everywhere, grouped by kind: "Apps (12)", "Advice (2)",
// "Trusts (1)", "Programme (1)", each with its best results and a link to its full list (layer: ui).
// The words live in the address (#/search?q=…); the searching is core::SearchEverything's.
#include "ui/screens.h"

#include "core/trust_answer.h"

#include "core/query_understanding.h"
#include "core/search_snippet.h"
#include "core/text_normalize.h"
#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/layout_metrics.h"
#include "ui/widgets.h"
#include "ui/widgets/snippet.h"

#include "imgui.h"

namespace ui {

namespace {

constexpr int kBestOfGroup = 5; // results shown in the Apps and Advice groups; the rest a link away

} // namespace

void SearchScreen::Draw(const ScreenContext& ctx)
{
    Heading("Search everything", 1);
    const std::string& text = ctx.Route.Query;
    if (!Valid || Text != text) { // a new object with each dataset: no stale results
        core::SearchEverything(ctx.Search, text, Results);
        Text = text;
        Valid = true;
    }
    const core::EverythingResults& r = Results;
    const int total = r.Total();
    // "free" neither drops nor claims the apps whose cost was never recorded: say how many match, and link to them.
    int cost_not_known = 0;
    for (const core::FacetCount& c : r.Apps.Costs)
        if (r.Apps.Applied.Cost == core::CostKey(core::CostKind::Free) && c.Key == core::CostKey(core::CostKind::NotKnown)) cost_not_known = c.Count;
    DrawTrustAnswer(ctx, text); // "Was my trust part of it?" answered before the results
    if (total == 0 && cost_not_known == 0) {
        if (core::AnswerTrustQuestion(ctx.Data, text).Any()) return;
        Paragraph(core::NormalizeText(text).empty()
                      ? "Type what you are looking for in the box above."
                      : "Nothing was found for \u201c" + text + "\u201d. Try fewer or other words.");
        return;
    }
    const std::string count = std::to_string(total) + (total == 1 ? " result" : " results") + " for \u201c" + text + "\u201d";
    a11y::Announce(count);
    ImGui::PushFont(Fonts().Bold);
    Paragraph(count);
    ImGui::PopFont();
    std::string filters; // what the words named: "android, free" (the Apps screen shows them as chips)
    for (const char* key : r.Apps.Understood.Filters)
        if (key) filters += std::string(filters.empty() ? "Apps only: " : ", ") + key;
    if (!filters.empty()) MutedText(filters);
    if (cost_not_known > 0) {
        core::Route unknown = core::FullList(r, core::ResultKind::App);
        core::RemoveFilter(unknown, core::FacetKind::Cost); // as the Apps screen's own note does
        unknown.Cost = core::CostKey(core::CostKind::NotKnown);
        ctx.Link(std::to_string(cost_not_known) + (cost_not_known == 1 ? " app matches but has" : " apps match but have") + " no cost recorded", unknown);
    }
    if (!r.Others.Unmatched.empty()) {
        std::string words = "Nothing matched:";
        for (const std::string& w : r.Others.Unmatched) words += " " + w;
        MutedText(words);
    }
    for (int k = 0; k < core::ResultKindCount; ++k) {
        const auto kind = static_cast<core::ResultKind>(k);
        const int n = r.Count(kind);
        if (n == 0) continue;
        Spacing(Rem(0.75f));
        ImGui::PushID(k);
        Heading(std::string(core::GroupHeading(kind)) + " (" + std::to_string(n) + ")", 2);
        int shown = 0;
        for (const core::SearchHit& h : r.Of(kind).Hits) {
            if (h.Kind != kind || (shown == kBestOfGroup && !core::ShowsAll(kind))) continue;
            ImGui::PushID(shown++);
            ctx.Link(std::string(h.Title), core::HitRoute(h), true); // each group a list under its heading
            SnippetLines(core::MakeSnippet(ctx.Data, h, r.Of(kind).Query, ctx.Search));
            ImGui::PopID();
        }
        // Apps: always, as the Apps screen adds filters and chips; Advice when there is more.
        if (kind == core::ResultKind::App || shown < n) {
            ImGui::PushFont(Fonts().Bold);
            ctx.Link("See all " + std::to_string(n) + (kind == core::ResultKind::Wearable ? " pieces of advice found" : n == 1 ? " app found"
                                                                                                                               : " apps found"),
                     core::FullList(r, kind));
            ImGui::PopFont();
        }
        ImGui::PopID();
    }
}

} // namespace ui
