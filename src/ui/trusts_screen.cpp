// trusts_screen.cpp — the exemplar trusts and one trust's detail (layer: ui).
#include "ui/app.h"

#include "ui/fonts.h"
#include "ui/widgets.h"

#include "imgui.h"

namespace ui {

void DrawTrustsScreen(const ScreenContext& ctx)
{
    Heading("The exemplar trusts", 1);
    Paragraph("These NHS trusts were chosen as Global Digital Exemplars. Select a trust to read more about it.");
    for (const core::TrustGroup& g : ctx.Data.Groups) {
        Heading(g.Label, 2);
        for (const core::Trust& t : ctx.Data.Trusts) {
            if (t.Group != g.Id) continue;
            core::Route r;
                r.View = core::Screen::TrustDetail;
                r.Id = t.OdsCode;
                ctx.Link(t.OfficialName, r);
            MutedText(t.MainTown + " \u00b7 " + t.Region);
        }
        Spacing(8);
    }
}

void DrawTrustDetailScreen(const ScreenContext& ctx)
{
    const core::Trust* t = ctx.Data.FindTrust(ctx.Route.Id);
    if (!t) {
        Heading("Trust not found", 1);
        Paragraph("There is no exemplar trust with the code \u201c" + ctx.Route.Id + "\u201d.");
        core::Route back;
        back.View = core::Screen::Trusts;
        ctx.Link("See all exemplar trusts", back);
        return;
    }
    Heading(t->OfficialName, 1);
    const core::TrustGroup* g = ctx.Data.FindGroup(t->Group);
    if (g) Paragraph(g->Label);
    Spacing(6);
    ImGui::PushFont(Fonts.Bold); Paragraph("Name when announced"); ImGui::PopFont();
    Paragraph(NotKnown(t->NameAsAnnounced));
    ImGui::PushFont(Fonts.Bold); Paragraph("Organisation code (ODS)"); ImGui::PopFont();
    Paragraph(t->OdsCode);
    ImGui::PushFont(Fonts.Bold); Paragraph("Where"); ImGui::PopFont();
    Paragraph(t->MainTown + ", " + t->Region);
    ImGui::PushFont(Fonts.Bold); Paragraph("Main hospital"); ImGui::PopFont();
    Paragraph(NotKnown(t->MainHospital));
    ImGui::PushFont(Fonts.Bold); Paragraph("Electronic patient record at the time"); ImGui::PopFont();
    Paragraph(NotKnown(t->RecordSystem));
    if (!t->Later.empty()) {
        ImGui::PushFont(Fonts.Bold); Paragraph("What happened later"); ImGui::PopFont();
        Paragraph(t->Later);
    }
    Spacing(6);
    ctx.OpenSources(t->Sources);
}

} // namespace ui
