// apps_screen.cpp — the apps that were listed in the NHS Apps Library, and one app's detail (layer: ui).
#include "ui/app.h"

#include "ui/fonts.h"
#include "ui/widgets.h"

#include "imgui.h"

namespace ui {

namespace {

std::string PlatformList(core::PlatformFlags flags)
{
    std::string out;
    for (core::Platform_ p : { core::Platform_Ios, core::Platform_Android, core::Platform_Web }) {
        if (!(flags & p)) continue;
        if (!out.empty()) out += ", ";
        out += core::PlatformName(p);
    }
    return out;
}

std::string CategoryList(const core::Dataset& d, const std::vector<std::string>& ids)
{
    std::string out;
    for (const std::string& id : ids) {
        const core::Category* c = d.FindCategory(id);
        if (!out.empty()) out += ", ";
        out += c ? c->Label : id;
    }
    return out;
}

} // namespace

void DrawAppsScreen(const ScreenContext& ctx)
{
    Heading("Health apps", 1);
    if (!ctx.Data.Listing.Note.empty()) Notice(ctx.Data.Listing.Note);
    Spacing(6);
    for (const core::App& a : ctx.Data.Apps) {
        core::Route r;
            r.View = core::Screen::AppDetail;
            r.Id = a.Id;
            ctx.Link(a.Name, r);
        MutedText(CategoryList(ctx.Data, a.Categories) + " \u00b7 " + PlatformList(a.Platforms));
    }
}

void DrawAppDetailScreen(const ScreenContext& ctx)
{
    const core::App* a = ctx.Data.FindApp(ctx.Route.Id);
    core::Route back;
    back.View = core::Screen::Apps;
    if (!a) {
        Heading("App not found", 1);
        Paragraph("There is no app with the id \u201c" + ctx.Route.Id + "\u201d in this list.");
        ctx.Link("See all apps", back);
        return;
    }
    Heading(a->Name, 1);
    Paragraph(a->Description);
    Spacing(6);
    ImGui::PushFont(Fonts.Bold); Paragraph("Developer"); ImGui::PopFont();
    Paragraph(NotKnown(a->Developer));
    ImGui::PushFont(Fonts.Bold); Paragraph("Topics"); ImGui::PopFont();
    Paragraph(CategoryList(ctx.Data, a->Categories));
    ImGui::PushFont(Fonts.Bold); Paragraph("Works on"); ImGui::PopFont();
    Paragraph(PlatformList(a->Platforms));
    ImGui::PushFont(Fonts.Bold); Paragraph("Cost"); ImGui::PopFont();
    Paragraph(NotKnown(a->Cost));
    if (a->AppBadge != core::Badge::None) {
        ImGui::PushFont(Fonts.Bold); Paragraph("NHS label (April 2017)"); ImGui::PopFont();
        Paragraph(core::BadgeLabel(a->AppBadge));
    }
    Spacing(6);
    ExternalLink(ctx.AppHost, "Open website", a->Url);
    Spacing(6);
    MutedText("Listed in the NHS Apps Library as of " + a->Listed + ". The library has since closed.");
    ctx.OpenSources(a->Sources);
}

} // namespace ui
