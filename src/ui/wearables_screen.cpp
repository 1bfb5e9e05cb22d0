// wearables_screen.cpp — advice on wearables and health apps, searchable, and the checklist (layer: ui).
#include "ui/screens.h"

#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/host.h"
#include "ui/layout_metrics.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/widgets/snippet.h"

#include "imgui.h"

namespace ui {

namespace {

// A bulleted paragraph at the cursor, `width` wide.
void BulletParagraph(const std::string& text, float width)
{
    const float start = ImGui::GetCursorPosX();
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::BeginGroup();
    Paragraph(text, width - (ImGui::GetCursorPosX() - start)); // the words wrap inside `width`, bullet included
    ImGui::EndGroup();
}

// What to do at once, as NHS.UK shows urgent advice: a band in the urgent colour with the heading ("Call 999 if:"),
// then the signs, and the numbers to call as links a phone can call (tel:999, tel:111), in a box edged in the same
// colour. Its own colours in every palette (theme.h: Urgent, OnUrgent).
void UrgentBlock(const ScreenContext& ctx, const core::UrgentAdvice& u)
{
    const float pad = kCardPad, edge = Rem(0.25f);
    const float width = ContentWidth(), inner = width - 2 * pad;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2); // the words on top, the box drawn under them once their height is known
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(top.x + pad, top.y + pad));
    ImGui::PushStyleColor(ImGuiCol_Text, ToImColor(colour::OnUrgent));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    Heading(u.Heading, 2);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    const float band_bottom = ImGui::GetItemRectMax().y + pad;
    ImGui::SetCursorScreenPos(ImVec2(top.x + pad, band_bottom + pad));
    ImGui::BeginGroup();
    for (size_t i = 0; i < u.Signs.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        BulletParagraph(u.Signs[i], inner);
        ImGui::PopID();
    }
    if (!u.Note.empty()) BoldLine(u.Note, inner);
    ImGui::PushFont(Fonts().Bold);
    ExternalLink(ctx.AppHost, "Call 999", "tel:999", "Call 999, the emergency number");
    ImGui::PopFont();
    if (!u.NonUrgent.empty()) {
        Spacing(Rem(0.25f));
        Paragraph(u.NonUrgent, inner);
        ExternalLink(ctx.AppHost, "Call NHS 111", "tel:111", "Call NHS 111");
    }
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad;
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(top, ImVec2(top.x + width, bottom), ToImColor(colour::Card));
    dl->AddRect(ImVec2(top.x + edge / 2, top.y + edge / 2), ImVec2(top.x + width - edge / 2, bottom - edge / 2), ToImColor(colour::Urgent), 0.0f, 0, edge);
    dl->AddRectFilled(top, ImVec2(top.x + width, band_bottom), ToImColor(colour::Urgent));
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
    ImGui::Dummy(ImVec2(width, 0.0f)); // its sources are among the advice's own, listed at the end of the page
}

} // namespace

void WearablesScreen::Draw(const ScreenContext& ctx)
{
    Heading("Wearables and health apps", 1);
    Paragraph("Advice to read before you buy a fitness tracker or smartwatch, or start using a health app.");
    Spacing(Rem(0.25f));

    ctx.QueryBox("Search the advice");
    Spacing(Rem(0.25f));

    // The same engine as the Apps screen; only the advice is shown here.
    std::vector<const core::WearableTopic*> topics;
    std::vector<core::SearchSnippet> why; // by topic, when searching: the words each matched, and where
    if (ctx.Route.Query.empty()) {
        for (const core::WearableTopic& t : ctx.Data.Topics) topics.push_back(&t);
    } else {
        core::SearchQuery q;
        q.Text = ctx.Route.Query;
        q.FiltersFromText = false; // "free", "android" are words about the advice here, not app filters
        core::SearchResults res = ctx.Search.Search(q);
        for (const core::SearchHit& hit : res.Hits)
            if (hit.Kind == core::ResultKind::Wearable && hit.Index < ctx.Data.Topics.size()) {
                topics.push_back(&ctx.Data.Topics[hit.Index]);
                why.push_back(core::MakeSnippet(ctx.Data, hit, res.Query, ctx.Search));
            }
        std::string count = std::to_string(topics.size()) + (topics.size() == 1 ? " piece of advice" : " pieces of advice") +
                            " found for \u201c" + ctx.Route.Query + "\u201d";
        a11y::Announce(count);
        ImGui::PushFont(Fonts().Bold);
        Paragraph(count);
        ImGui::PopFont();
        if (topics.empty()) Paragraph("Try another word, such as \u201cbattery\u201d, \u201cprivacy\u201d or \u201caccuracy\u201d.");
    }

    // Each topic is an item of a list, whose description a screen reader reads after its title: why it was found
    // when searching ("Mentions battery in: title"), else its summary. The same kind of item either way, so the
    // accessible layer keeps one element per topic as the words come and go.
    for (size_t i = 0; i < topics.size(); ++i) {
        const core::WearableTopic* t = topics[i];
        ImGui::PushID(t->Id.c_str());
        ImGui::PushFont(Fonts().Bold);
        ctx.Link(t->Title, core::DetailRoute(core::Screen::WearableDetail, t->Id), true);
        ImGui::PopFont();
        if (i < why.size()) {
            SnippetLines(why[i]);
        } else {
            a11y::Describe(t->Summary);
            ImGui::PushFont(Fonts().Small); // drawn as MutedText is, without a node of its own: it is the description
            ImGui::PushStyleColor(ImGuiCol_Text, ToImColor(colour::TextMuted));
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(t->Summary.c_str());
            ImGui::PopTextWrapPos();
            ImGui::PopStyleColor();
            ImGui::PopFont();
        }
        Spacing(Rem(0.375f));
        ImGui::PopID();
    }

    if (!ctx.Data.Checklist.empty() && ctx.Route.Query.empty()) {
        Spacing(Rem(0.375f));
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
            Spacing(Rem(0.25f));
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
    Spacing(Rem(0.25f));
    Heading(t->Title, 1);
    if (!t->Urgent.Empty()) {
        ImGui::PushID("urgent");
        UrgentBlock(ctx, t->Urgent);
        ImGui::PopID();
        Spacing(Rem(0.5f));
    }
    Paragraph(t->Summary);
    Spacing(Rem(0.25f));
    for (size_t i = 0; i < t->Points.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        BulletParagraph(t->Points[i], ContentWidth());
        ImGui::PopID();
    }
    Spacing(Rem(0.375f));
    ctx.OpenSources(t->Sources);
}

} // namespace ui
