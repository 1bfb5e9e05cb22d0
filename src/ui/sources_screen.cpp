// sources_screen.cpp — every source the app cites, grouped by publisher (layer: ui).
#include "ui/screens.h"

#include "core/stable_sort.h"
#include "core/text_normalize.h"
#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/host.h"
#include "ui/layout_metrics.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>
#include <cfloat>
#include <functional>
#include <map>

namespace ui {

void SourcesScreen::Draw(const ScreenContext& ctx)
{
    // Publishers in alphabetical order whatever their case ("iMedicalApps" among the I's); within
    // one, sources by date, the undated last.
    std::map<std::string, std::vector<const core::Source*>> by_publisher;
    for (const core::Source& s : ctx.Data.Sources) by_publisher[core::NormalizeText(s.Publisher)].push_back(&s);
    for (auto& group : by_publisher)
        core::StableSort(group.second, [](const core::Source* a, const core::Source* b) {
            if (a->Date.empty() != b->Date.empty()) return b->Date.empty();
            if (a->Date != b->Date) return a->Date < b->Date;
            return std::less<const core::Source*>()(a, b); // ties in file order (one array), as a stable sort would
        });

    Heading("Sources", 1);
    Paragraph("Every fact in this app comes from one of these " + std::to_string(ctx.Data.Sources.size()) + " pages, by " +
              std::to_string(by_publisher.size()) + " publishers. Links open in a new tab.");
    Spacing(Rem(0.25f));
    for (const auto& group : by_publisher) {
        Heading(group.second.front()->Publisher, 2);
        for (const core::Source* s : group.second) {
            ImGui::PushID(s->Id.c_str());
            WrappedExternalLink(ctx.AppHost, s->Title, s->Url);
            if (!s->Date.empty()) {
                ImGui::SetCursorPosY(ImGui::GetCursorPosY() - kPullUp); // the date belongs to the title above
                MutedText(ReadableDate(s->Date));
            }
            Spacing(Rem(0.125f));
            ImGui::PopID();
        }
        Spacing(Rem(0.375f));
    }
    Heading("Put this app on your page", 2);
    Paragraph("Web editors can show the app, the apps on one topic, or a single card on their own pages.");
    if (LinkText("Open the embed builder", "embed.html")) ctx.AppHost.ShowTextVersion("embed.html"); // a page of this site
}

} // namespace ui
