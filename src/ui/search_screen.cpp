// search_screen.cpp — what the header's search box found everywhere, grouped by kind: "Apps (12)", "Advice (2)",
// "Trusts (1)", "Programme (1)", each with its best results and a link to its full list (layer: ui).
// The words live in the address (#/search?q=…); the searching is core::SearchEverything's.
#include "ui/app.h"

#include "core/search_everything.h"
#include "core/text_normalize.h"
#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/widgets.h"

#include "imgui.h"

namespace ui {

namespace {

struct SearchScreenState {
    std::string Text;
    unsigned Generation = ~0u;
    core::EverythingResults Results;
};
SearchScreenState g_search;

} // namespace

void DrawSearchScreen(const ScreenContext& ctx)
{
    Heading("Search everything", 1);
    const std::string& text = ctx.Route.Query;
    if (g_search.Generation != ctx.DataGeneration || g_search.Text != text) {
        g_search.Results = core::SearchEverything(ctx.Search, text);
        g_search.Text = text;
        g_search.Generation = ctx.DataGeneration;
    }
    const core::EverythingResults& r = g_search.Results;
    if (r.Total == 0) {
        Paragraph(core::NormalizeText(text).empty()
                      ? "Type a condition, a trust, a town or a record system in the box above."
                      : "Nothing was found for \u201c" + text + "\u201d. Try fewer or other words.");
        return;
    }
    const std::string count = std::to_string(r.Total) + (r.Total == 1 ? " result" : " results") + " for \u201c" + text + "\u201d";
    a11y::Announce(count);
    ImGui::PushFont(Fonts.Bold);
    Paragraph(count);
    ImGui::PopFont();
    std::string filters;                        // what the words named: "android, free" (the Apps screen shows them as chips)
    for (const char* key : r.Understood.Filters)
        if (key) filters += std::string(filters.empty() ? "Apps only: " : ", ") + key;
    if (!filters.empty()) MutedText(filters);
    if (!r.Unmatched.empty()) {
        std::string words;
        for (const std::string& w : r.Unmatched) words += (words.empty() ? "\u2018" : ", \u2018") + w + "\u2019";
        MutedText("Nothing matched " + words + ".");
    }
    for (const core::ResultGroup& g : r.Groups) {
        if (g.Count == 0) continue;
        Spacing(12);
        ImGui::PushID(g.Heading);
        Heading(std::string(g.Heading) + " (" + std::to_string(g.Count) + ")", 2);
        for (const core::SearchHit& h : g.Hits) {
            ImGui::PushID(static_cast<int>(h.Index));
            ctx.Link(std::string(h.Title), core::HitRoute(h));
            ImGui::PopID();
        }
        // Apps: always, as the Apps screen adds filters and chips; Advice when there is more; Trusts and Programme
        // list every hit here (their screens take no words from the address).
        if (g.Kind == core::ResultKind::App || g.Count > static_cast<int>(g.Hits.size())) {
            const std::string n = std::to_string(g.Count);
            const std::string all = g.Kind == core::ResultKind::App ? "See all " + n + (g.Count == 1 ? " app found" : " apps found")
                                                                    : "See all " + n + " pieces of advice found";
            ImGui::PushFont(Fonts.Bold);
            ctx.Link(all, g.More);
            ImGui::PopFont();
        }
        ImGui::PopID();
    }
}

} // namespace ui
