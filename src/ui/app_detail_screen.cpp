// app_detail_screen.cpp — one app from the NHS Apps Library: what it does, where it works, what it cost
// (layer: ui). "#/apps/<id>".
#include "ui/screens.h"

#include "ui/fonts.h"
#include "ui/host.h"
#include "ui/layout_metrics.h"
#include "ui/widgets.h"

#include "imgui.h"

namespace ui {

void AppsScreen::DrawDetail(const ScreenContext& ctx)
{
    const core::App* a = ctx.Data.FindApp(ctx.Route.Id);
    if (!a) {
        ctx.NotFound("App not found", "There is no app at this address.",
                     "See all apps", core::Screen::Apps);
        return;
    }
    ctx.Link(ctx.LastAppsRoute.Query.empty() ? "Back to all apps" : "Back to the results", ctx.LastAppsRoute);
    Spacing(Rem(0.25f));
    Heading(a->Name, 1);
    if (!a->Closed.empty()) Notice("This app closed on " + ReadableDate(a->Closed) + ".");
    Paragraph(a->Description);
    Spacing(Rem(0.375f));
    auto fact = [](const char* label, const std::string& value) {
        ImGui::PushFont(Fonts().Bold);
        Paragraph(label);
        ImGui::PopFont();
        Paragraph(value);
    };
    fact("Developer", NotKnown(a->Developer));
    fact("Topics", core::CategoryList(ctx.Data, a->Categories));
    fact("Works on", core::PlatformList(a->Platforms));
    fact("Cost", NotKnown(a->Cost));
    fact("NHS label (April 2017)", a->AppBadge == core::Badge::None ? NotKnown("") : core::BadgeLabel(a->AppBadge));
    Spacing(Rem(0.5f));
    // Where to get it, by store, as the library listed it; the website only when there is one of its own.
    if (!a->AppStore.empty() || !a->GooglePlay.empty()) {
        ImGui::PushFont(Fonts().Bold);
        Paragraph("Get the app");
        ImGui::PopFont();
        if (!a->AppStore.empty()) ExternalLink(ctx.AppHost, "App Store (UK), for iPhone and iPad", a->AppStore, "App Store (UK): " + a->Name + " for iPhone and iPad");
        if (!a->GooglePlay.empty()) ExternalLink(ctx.AppHost, "Google Play, for Android", a->GooglePlay, "Google Play: " + a->Name + " for Android");
        Spacing(Rem(0.375f));
    }
    if (a->Url.empty()) {
        fact("Website", NotKnown(""));
    } else {
        if (PrimaryButton("Open website")) ctx.AppHost.OpenExternal(a->Url);
        MutedText("Opens " + a->Url + " in a new tab.");
    }
    Spacing(Rem(0.375f));
    MutedText(core::ListedNote(ctx.Data, *a, "\u00a0"));
    ctx.OpenSources(a->Sources);
}

} // namespace ui
