// wearables_screen.cpp — advice on wearables and health apps, searchable, and the checklist (layer: ui).
#include "ui/screens.h"

#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/layout_metrics.h"
#include "ui/widgets.h"

#include "imgui.h"

namespace ui {

void WearablesScreen::Draw(const ScreenContext& ctx)
{
    Heading("Wearables and health apps", 1);
    Paragraph("Advice to read before you buy a fitness tracker or smartwatch, or start using a health app.");
    Spacing(4);

    ctx.QueryBox("Search the advice");
    Spacing(4);

    // The same engine as the Apps screen; only the advice is shown here.
    std::vector<const core::WearableTopic*> topics;
    if (ctx.Route.Query.empty()) {
        for (const core::WearableTopic& t : ctx.Data.Topics) topics.push_back(&t);
    } else {
        core::SearchQuery q;
        q.Text = ctx.Route.Query;
        q.FiltersFromText = false; // "free", "android" are words about the advice here, not app filters
        core::SearchResults res = ctx.Search.Search(q);
        for (const core::SearchHit& hit : res.Hits)
            if (hit.Kind == core::ResultKind::Wearable && hit.Index < ctx.Data.Topics.size()) topics.push_back(&ctx.Data.Topics[hit.Index]);
        std::string count = std::to_string(topics.size()) + (topics.size() == 1 ? " piece of advice" : " pieces of advice") +
                            " found for \u201c" + ctx.Route.Query + "\u201d";
        a11y::Announce(count);
        ImGui::PushFont(Fonts().Bold);
        Paragraph(count);
        ImGui::PopFont();
        if (topics.empty()) Paragraph("Try another word, such as \u201cbattery\u201d, \u201cprivacy\u201d or \u201caccuracy\u201d.");
    }

    for (const core::WearableTopic* t : topics) {
        ImGui::PushID(t->Id.c_str());
        ImGui::PushFont(Fonts().Bold);
        ctx.Link(t->Title, core::DetailRoute(core::Screen::WearableDetail, t->Id));
        ImGui::PopFont();
        MutedText(t->Summary);
        Spacing(6);
        ImGui::PopID();
    }

    if (!ctx.Data.Checklist.empty() && ctx.Route.Query.empty()) {
        Spacing(6);
        Heading("What to check before you buy", 2);
        for (size_t i = 0; i < ctx.Data.Checklist.size(); ++i) {
            const core::ChecklistItem& c = ctx.Data.Checklist[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TextUnformatted(std::to_string(i + 1).append(".").c_str());
            ImGui::SameLine(kListNumberWidth);
            ImGui::BeginGroup();
            Paragraph(c.Text);
            const core::WearableTopic* t = ctx.Data.FindTopic(c.Topic);
            if (t) {
                ImGui::PushFont(Fonts().Small);
                ctx.Link("Read: " + t->Title, core::DetailRoute(core::Screen::WearableDetail, t->Id));
                ImGui::PopFont();
            }
            ImGui::EndGroup();
            Spacing(4);
            ImGui::PopID();
        }
    }
}

void WearablesScreen::DrawDetail(const ScreenContext& ctx)
{
    const core::WearableTopic* t = ctx.Data.FindTopic(ctx.Route.Id);
    core::Route back;
    back.View = core::Screen::Wearables;
    if (!t) {
        ctx.NotFound("Advice not found", "There is no advice at this address.",
                     "See all advice", core::Screen::Wearables);
        return;
    }
    ctx.Link("Back to all advice on wearables", back);
    Spacing(4);
    Heading(t->Title, 1);
    Paragraph(t->Summary);
    Spacing(4);
    for (size_t i = 0; i < t->Points.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::BeginGroup();
        Paragraph(t->Points[i]);
        ImGui::EndGroup();
        ImGui::PopID();
    }
    Spacing(6);
    ctx.OpenSources(t->Sources);
}

} // namespace ui
