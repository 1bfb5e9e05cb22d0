// wearables_screen.cpp — advice on wearables and health apps, and the checklist (layer: ui).
#include "ui/app.h"

#include "ui/fonts.h"
#include "ui/widgets.h"

#include "imgui.h"

namespace ui {

void DrawWearablesScreen(const ScreenContext& ctx)
{
    Heading("Wearables and health apps", 1);
    Paragraph("Advice to read before you buy a fitness tracker or smartwatch, or start using a health app.");
    for (const core::WearableTopic& t : ctx.Data.Topics) {
        core::Route r;
            r.View = core::Screen::WearableDetail;
            r.Id = t.Id;
            ctx.Link(t.Title, r);
        MutedText(t.Summary);
        Spacing(4);
    }
    if (!ctx.Data.Checklist.empty()) {
        Heading("What to check before you buy", 2);
        for (const core::ChecklistItem& c : ctx.Data.Checklist) {
            ImGui::Bullet();
            ImGui::SameLine();
            Paragraph(c.Text);
        }
    }
}

void DrawWearableDetailScreen(const ScreenContext& ctx)
{
    const core::WearableTopic* t = ctx.Data.FindTopic(ctx.Route.Id);
    core::Route back;
    back.View = core::Screen::Wearables;
    if (!t) {
        Heading("Advice not found", 1);
        ctx.Link("See all advice", back);
        return;
    }
    Heading(t->Title, 1);
    Paragraph(t->Summary);
    for (const std::string& p : t->Points) {
        ImGui::Bullet();
        ImGui::SameLine();
        Paragraph(p);
    }
    Spacing(6);
    ctx.OpenSources(t->Sources);
    Spacing(6);
    ctx.Link("Back to all advice", back);
}

} // namespace ui
