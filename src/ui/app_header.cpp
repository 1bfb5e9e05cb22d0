// app_header.cpp — the app's header: its name, the navigation tabs, the header's search box and the two small
// links at the top right (layer: ui). Split from app.cpp, which keeps the column and the screens' dispatch.
#include "ui/app.h"

#include "core/site_map.h"
#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/host.h"
#include "ui/layout_metrics.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>

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
    const bool show_nav = !Embed.HideNav && !Embed.Scoped(); // a scoped frame has nowhere else to go
    float bottom = 0.0f;
    // header=0: the host's page has its own title, so no app name and no links (the text version is at the page's
    // end); only the tabs, if shown, from the frame's left edge.
    if (HeaderHidden()) DrawActionsBelow = false;
    if (HeaderHidden() && !show_nav) return;

    // Measure the header first so its blue band can be drawn behind it.
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    if (HeaderHidden()) {
        bottom = DrawTabs(top.x + kFlushInset, top.x + width - kFlushInset, top.y + kHeaderBottom);
    } else if (narrow && show_nav && !Embedded) {
        bottom = DrawCompactHeader(top, width, pad);
    } else {
        bottom = DrawFullHeader(top, width, pad, narrow, show_nav);
    }
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(top, ImVec2(top.x + width, bottom), ToImColor(colour::Brand));
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
    ImGui::Dummy(ImVec2(0, 0));
}

// The app's name as a link home, drawn in white at `p`, wrapped at `wrap` (0: one line), its target at least
// `min_h` tall with the text centred in it.
void App::DrawHomeLink(ImVec2 p, float wrap, float min_h)
{
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 size = ImGui::CalcTextSize(core::AppName, nullptr, false, wrap > 0.0f ? wrap : -1.0f);
    float h = std::max(size.y, min_h);
    ImGui::SetCursorScreenPos(p);
    if (ImGui::InvisibleButton("##home", ImVec2(size.x, h))) AppHost.Navigate(core::FormatRoute(core::Route()), false);
    a11y::AddLastItem(a11y::Role::Link, core::AppName, "#/");
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const ImVec2 text(p.x, p.y + (h - size.y) * 0.5f);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), text, ToImColor(colour::OnBrand), core::AppName, nullptr, wrap);
    if (hovered && wrap <= 0.0f) dl->AddLine(ImVec2(text.x, text.y + size.y), ImVec2(text.x + size.x, text.y + size.y), ToImColor(colour::OnBrand), kBorder);
}

// Desktops and embeds: the name, the tabs (wrapping onto a second row when narrow), the search box on its own
// row and the two small links at the top right. Returns the header's bottom.
float App::DrawFullHeader(ImVec2 top, float width, float pad, bool narrow, bool show_nav)
{
    ImGui::PushFont(narrow || Embedded ? Fonts().Bold : Fonts().H2);
    DrawHomeLink(ImVec2(top.x + pad, top.y + kHeaderTitleTop), 0.0f, 0.0f);
    float title_w = ImGui::CalcTextSize(core::AppName).x;
    float y = ImGui::GetCursorScreenPos().y + kHeaderNavTop;
    ImGui::PopFont();
    float right = top.x + width - pad;
    float bottom = show_nav ? DrawTabs(top.x + pad, right, y) : y + kHeaderBottom;
    if (show_nav && !Embedded) bottom = DrawHeaderSearch(top.x + pad, right, bottom + kHeaderBottom, kHeaderBoxHeight) + kHeaderSearchBottom;
    DrawHeaderActions(top, width, pad, title_w);
    return bottom;
}

// A phone: one row, the app's name and a "Menu" button (60 CSS px, 7% of a 844 px phone, 9% of a 640 px one);
// the tabs, the search box and the two links open under it. It opens with the search's results, where its box is
// the one being typed into, and closes when a tab or a link takes the reader to another screen.
float App::DrawCompactHeader(ImVec2 top, float width, float pad)
{
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float left = top.x + pad, right = top.x + width - pad;
    const float row_y = top.y + kHeaderRowPad;
    const bool open = MenuOpen;
    const char* menu = "Menu";
    ImGui::PushFont(Fonts().Bold);
    const float menu_w = ImGui::CalcTextSize(menu).x + 2 * kTabPadX + kMenuArrow + kMenuArrowGap;
    DrawHomeLink(ImVec2(left, row_y), right - menu_w - kInlineGap - left, kTabHeight);

    ImGui::SetCursorScreenPos(ImVec2(right - menu_w, row_y));
    bool pressed = ImGui::InvisibleButton("##menu", ImVec2(menu_w, kTabHeight));
    pressed = a11y::AddDisclosure(menu, open) || pressed;
    if (pressed) MenuOpen = !open;
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const ImU32 white = ToImColor(colour::OnBrand);
    if (open || hovered) dl->AddRectFilled(a, b, ToImColor(colour::BrandDark), kCardRounding);
    dl->AddRect(a, b, white, kCardRounding, 0, kBorder);
    float text_y = a.y + (kTabHeight - ImGui::GetFontSize()) * 0.5f;
    dl->AddText(ImVec2(a.x + kTabPadX, text_y), white, menu);
    // A small triangle after the word: down when closed, up when open.
    const float ax = b.x - kTabPadX - kMenuArrow, ay = a.y + kTabHeight * 0.5f, half = kMenuArrow * 0.5f;
    if (open) dl->AddTriangleFilled(ImVec2(ax, ay + half * 0.5f), ImVec2(ax + kMenuArrow, ay + half * 0.5f), ImVec2(ax + half, ay - half * 0.5f), white);
    else dl->AddTriangleFilled(ImVec2(ax, ay - half * 0.5f), ImVec2(ax + kMenuArrow, ay - half * 0.5f), ImVec2(ax + half, ay + half * 0.5f), white);
    ImGui::PopFont();

    DrawActionsBelow = false; // the two links are in the menu
    float bottom = row_y + kTabHeight + kHeaderRowPad;
    if (!open) return bottom;
    bottom = DrawTabs(left, right, bottom);
    bottom = DrawHeaderSearch(left, right, bottom + kHeaderBottom, kTabHeight);
    ImGui::PushFont(Fonts().Small);
    const char* copy = LinkCopied ? "Link copied" : "Copy link";
    const char* text = "Text-only version";
    const float y = bottom + kHeaderBottom;
    const float w_copy = ImGui::CalcTextSize(copy).x;
    if (HeaderAction(copy, ImVec2(left, y), w_copy, kTabHeight)) AppHost.CopyLink();
    if (HeaderAction(text, ImVec2(left + w_copy + kHeaderActionsGap, y), ImGui::CalcTextSize(text).x, kTabHeight))
        AppHost.ShowTextVersion(core::TextPageFor(Route, Dataset, Embed));
    ImGui::PopFont();
    return y + kTabHeight + kHeaderRowPad;
}

// The navigation tabs from (left, y), wrapping onto more rows when they do not fit. Returns their bottom.
float App::DrawTabs(float left, float right, float y)
{
    ImDrawList* dl = ImGui::GetWindowDrawList();
    core::Screen current = core::ListScreenOf(Route.View);
    float x = left;
    float row_y = y;
    float tab_h = kTabHeight;
    for (const NavItem& item : kNav) {
        ImVec2 text = ImGui::CalcTextSize(item.Label);
        float tab_w = text.x + 2 * kTabPadX;
        if (x + tab_w > right && x > left) {
            x = left;
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
    return row_y + tab_h;
}

// The header's one box for everything, on its own row: typing opens #/search?q=… (one history entry, then the
// words change in place). Screens with a search box of their own (Apps, Trusts, Wearables) do not show it, so a
// page never has two boxes that search different things. Returns the row's bottom.
float App::DrawHeaderSearch(float x, float right, float y, float box_h)
{
    const core::Screen list = core::ListScreenOf(Route.View);
    if (list == core::Screen::Apps || list == core::Screen::Trusts || list == core::Screen::Wearables) return y - kHeaderBottom;
    const char* label = "Search everything"; // the visible label; the box's accessible name starts with it
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
    const float y = top.y + kHeaderActionsTop, h = ImGui::GetFontSize() + Rem(0.25f);
    if (HeaderAction(copy, ImVec2(x, y), w_copy, h)) AppHost.CopyLink();
    if (HeaderAction(text, ImVec2(x + w_copy + gap, y), w_text, h)) AppHost.ShowTextVersion(core::TextPageFor(Route, Dataset, Embed));
    ImGui::PopFont();
}

// One of the header's two links ("Copy link", "Text-only version"): white underlined text in a target `h` tall.
bool App::HeaderAction(const char* label, ImVec2 at, float w, float h)
{
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::SetCursorScreenPos(at);
    ImGui::PushID(label);
    bool pressed = ImGui::InvisibleButton("##action", ImVec2(w, h));
    pressed = a11y::AddLastItem(a11y::Role::Button, label) || pressed;
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImVec2 p = ImGui::GetItemRectMin();
    p.y += (h - ImGui::GetFontSize() - Rem(0.25f)) * 0.5f;
    dl->AddText(p, ToImColor(colour::OnBrand), label);
    float y = p.y + ImGui::GetFontSize() + Rem(0.0625f);
    dl->AddLine(ImVec2(p.x, y), ImVec2(p.x + w, y), ToImColor(colour::OnBrand), hovered ? kBorder : kHairline);
    ImGui::PopID();
    return pressed;
}

} // namespace ui
