// sources_screen.cpp — every source the app cites, grouped by publisher (layer: ui).
#include "ui/app.h"

#include "ui/fonts.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <map>

namespace ui {

void DrawSourcesScreen(const ScreenContext& ctx)
{
    Heading("Sources", 1);
    Paragraph("Every fact in this app comes from one of these pages. Links open in a new tab.");
    std::map<std::string, std::vector<const core::Source*>> by_publisher;
    for (const core::Source& s : ctx.Data.Sources) by_publisher[s.Publisher].push_back(&s);
    for (const auto& group : by_publisher) {
        Heading(group.first, 2);
        for (const core::Source* s : group.second) {
            ImGui::PushID(s->Id.c_str());
            ExternalLink(ctx.AppHost, s->Title, s->Url);
            if (!s->Date.empty()) MutedText(s->Date);
            ImGui::PopID();
        }
        Spacing(8);
    }
}

} // namespace ui
