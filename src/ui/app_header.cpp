// app_header.cpp — the app's header: its name, the navigation tabs, the header's search box and the two small
// links at the top right (layer: ui). Split from app.cpp, which keeps the column and the screens' dispatch.
#include "ui/app.h"

#include "core/static_html.h"
#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/host.h"
#include "ui/layout_metrics.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

namespace ui {

namespace {

struct NavItem {
    core::Screen View;
    const char* Label;
};
const NavItem kNav[] = {
    { core::Screen::Programme, "Programme" },
    { core::Screen::Trusts, "Trusts" },
    { core::Screen::Apps, "Apps" },
    { core::Screen::Wearables, "Wearables" },
    { core::Screen::Sources, "Sources" },
};

} // namespace

void App::DrawHeader()
{
    ImGuiViewport* vp = ImGui::GetMainViewport();
    float width = vp->Size.x;
    bool narrow = width < kNarrow;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 top = ImGui::GetCursorScreenPos();
    float pad = narrow ? kHeaderPadNarrow : kHeaderPad;

    // Measure the header first so its blue band can be drawn behind it.
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(top.x + pad, top.y + kHeaderTitleTop));
    ImGui::PushFont(narrow || Embedded ? Fonts().Bold : Fonts().H2);
    {
        ImVec2 p = ImGui::GetCursorScreenPos();
        ImVec2 size = ImGui::CalcTextSize(kAppName);
        if (ImGui::InvisibleButton("##home", size)) AppHost.Navigate(core::FormatRoute(core::Route()), false);
        a11y::AddLastItem(a11y::Role::Link, kAppName, "#/");
        bool hovered = ImGui::IsItemHovered();
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        dl->AddText(p, ToImColor(colour::OnBrand), kAppName);
        if (hovered) dl->AddLine(ImVec2(p.x, p.y + size.y), ImVec2(p.x + size.x, p.y + size.y), ToImColor(colour::OnBrand), kBorder);
    }
    ImGui::PopFont();

    // Navigation: tabs that wrap onto a second row on narrow screens.
    ImGui::SetCursorScreenPos(ImVec2(top.x + pad, ImGui::GetCursorScreenPos().y + kHeaderNavTop));
    core::Screen current = core::ListScreenOf(Route.View);
    const bool show_nav = !Embed.HideNav && !Embed.Scoped(); // a scoped frame has nowhere else to go
    float x = top.x + pad;
    float right = top.x + width - pad;
    float row_y = ImGui::GetCursorScreenPos().y;
    float tab_h = kTabHeight;
    for (const NavItem& item : kNav) {
        if (!show_nav) break;
        ImVec2 text = ImGui::CalcTextSize(item.Label);
        float tab_w = text.x + 2 * kTabPadX;
        if (x + tab_w > right && x > top.x + pad) {
            x = top.x + pad;
            row_y += tab_h + kTabGap;
        }
        ImGui::SetCursorScreenPos(ImVec2(x, row_y));
        bool selected = item.View == current;
        ImGui::PushID(item.Label);
        bool pressed = ImGui::InvisibleButton("tab", ImVec2(tab_w, tab_h));
        core::Route target;
        target.View = item.View;
        a11y::AddLastItem(a11y::Role::Tab, item.Label, core::FormatRoute(target), 0, selected);
        bool hovered = ImGui::IsItemHovered();
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        if (selected) dl->AddRectFilled(a, b, ToImColor(colour::Page), kCardRounding, ImDrawFlags_RoundCornersTop);
        else if (hovered) dl->AddRectFilled(a, b, ToImColor(colour::BrandDark), kCardRounding, ImDrawFlags_RoundCornersTop);
        dl->AddText(ImVec2(a.x + kTabPadX, a.y + (tab_h - text.y) * 0.5f),
                    ToImColor(selected ? colour::Text : colour::OnBrand), item.Label);
        if (!selected && hovered) dl->AddLine(ImVec2(a.x + kTabPadX, b.y - kTabUnderlineRise), ImVec2(b.x - kTabPadX, b.y - kTabUnderlineRise), ToImColor(colour::OnBrand), kBorder);
        ImGui::PopID();
        if (pressed) AppHost.Navigate(core::FormatRoute(target), false);
        x += tab_w + kTabGap;
    }
    float bottom = show_nav ? row_y + tab_h : row_y + kHeaderBottom;
    if (show_nav && !Embedded) bottom = DrawHeaderSearch(top.x + pad, right, bottom + kHeaderBottom) + kHeaderSearchBottom;
    ImGui::PushFont(narrow || Embedded ? Fonts().Bold : Fonts().H2);
    float title_w = ImGui::CalcTextSize(kAppName).x;
    ImGui::PopFont();
    DrawHeaderActions(top, width, pad, title_w);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(top, ImVec2(top.x + width, bottom), ToImColor(colour::Brand));
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
    ImGui::Dummy(ImVec2(0, 0));
}

// The header's one box for everything, on its own row: typing opens #/search?q=… (one history entry, then the
// words change in place). Screens with a search box of their own (Apps, Trusts, Wearables) do not show it, so a
// page never has two boxes that search different things. Returns the row's bottom.
float App::DrawHeaderSearch(float x, float right, float y)
{
    const core::Screen list = core::ListScreenOf(Route.View);
    if (list == core::Screen::Apps || list == core::Screen::Trusts || list == core::Screen::Wearables) return y - kHeaderBottom;
    const char* label = "Search everything"; // the visible label; the box's accessible name starts with it
    const float box_h = kHeaderBoxHeight;
    ImGui::GetWindowDrawList()->AddText(ImVec2(x, y + (box_h - ImGui::GetFontSize()) * 0.5f), ToImColor(colour::OnBrand), label);
    const float box_x = x + ImGui::CalcTextSize(label).x + kHeaderBoxLabelGap;
    ImGui::SetCursorScreenPos(ImVec2(box_x, y));
    if (SearchBox("Search everything: apps, advice, trusts and the programme", HeaderQuery, box_h, right - box_x)) {
        core::Route to;
        to.View = core::Screen::Search;
        to.Query = HeaderQuery;
        AppHost.Navigate(core::FormatRoute(to), Route.View == core::Screen::Search);
    }
    return y + box_h;
}

// Small white links at the top right: copy this screen's link, and the text-only version.
void App::DrawHeaderActions(ImVec2 top, float width, float pad, float title_width)
{
    ImGui::PushFont(Fonts().Small);
    const char* copy = LinkCopied ? "Link copied" : "Copy link";
    const char* text = "Text-only version";
    float gap = kHeaderActionsGap;
    float w_copy = ImGui::CalcTextSize(copy).x, w_text = ImGui::CalcTextSize(text).x;
    float x = top.x + width - pad - w_copy - gap - w_text;
    float title_right = top.x + pad + title_width;
    if (x < title_right + kHeaderActionsRoom) { // no room beside the title: leave them out of the header band
        ImGui::PopFont();
        DrawActionsBelow = true;
        return;
    }
    DrawActionsBelow = false;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    auto action = [&](const char* label, float at, float w) {
        ImGui::SetCursorScreenPos(ImVec2(at, top.y + kHeaderActionsTop));
        ImGui::PushID(label);
        bool pressed = ImGui::InvisibleButton("##action", ImVec2(w, ImGui::GetFontSize() + 4));
        pressed = a11y::AddLastItem(a11y::Role::Button, label) || pressed;
        bool hovered = ImGui::IsItemHovered();
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImVec2 p = ImGui::GetItemRectMin();
        dl->AddText(p, ToImColor(colour::OnBrand), label);
        float y = p.y + ImGui::GetFontSize() + 1;
        dl->AddLine(ImVec2(p.x, y), ImVec2(p.x + w, y), ToImColor(colour::OnBrand), hovered ? kBorder : kHairline);
        ImGui::PopID();
        return pressed;
    };
    if (action(copy, x, w_copy)) AppHost.CopyLink();
    if (action(text, x + w_copy + gap, w_text)) AppHost.ShowTextVersion(core::TextPageFor(Route, Dataset, Embed));
    ImGui::PopFont();
}

} // namespace ui
