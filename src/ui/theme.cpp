// theme.cpp — ImGui style from the NHS colours, and WCAG contrast arithmetic (layer: ui).
#include "ui/theme.h"

#include "imgui.h"

#include <algorithm>
#include <cmath>

namespace ui {

namespace {

ImVec4 V4(uint32_t rgb, float alpha = 1.0f)
{
    return ImVec4(((rgb >> 16) & 255) / 255.0f, ((rgb >> 8) & 255) / 255.0f, (rgb & 255) / 255.0f, alpha);
}

double Channel(uint32_t v)
{
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

unsigned int ToImColor(uint32_t rgb, float alpha)
{
    return ImGui::ColorConvertFloat4ToU32(V4(rgb, alpha));
}

double RelativeLuminance(uint32_t rgb)
{
    return 0.2126 * Channel((rgb >> 16) & 255) + 0.7152 * Channel((rgb >> 8) & 255) + 0.0722 * Channel(rgb & 255);
}

double ContrastRatio(uint32_t a, uint32_t b)
{
    double la = RelativeLuminance(a), lb = RelativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void ApplyTheme()
{
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    s.WindowPadding = ImVec2(0, 0);
    s.WindowBorderSize = 0.0f;
    s.WindowRounding = 0.0f;
    s.ChildRounding = 4.0f;
    s.ChildBorderSize = 0.0f;
    s.FramePadding = ImVec2(12, 10);
    s.FrameRounding = 4.0f;
    s.FrameBorderSize = 2.0f;
    s.ItemSpacing = ImVec2(12, 10);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.CellPadding = ImVec2(10, 8);
    s.ScrollbarSize = 16.0f;
    s.ScrollbarRounding = 8.0f;
    s.GrabMinSize = 24.0f;
    s.TouchExtraPadding = ImVec2(0, 0);
    s.SelectableTextAlign = ImVec2(0.0f, 0.5f);

    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = V4(colour::Text);
    c[ImGuiCol_TextDisabled] = V4(colour::TextMuted);
    c[ImGuiCol_WindowBg] = V4(colour::Page);
    c[ImGuiCol_ChildBg] = V4(colour::Page, 0.0f);
    c[ImGuiCol_PopupBg] = V4(colour::Card);
    c[ImGuiCol_Border] = V4(colour::Border);
    c[ImGuiCol_FrameBg] = V4(colour::Card);
    c[ImGuiCol_FrameBgHovered] = V4(colour::Card);
    c[ImGuiCol_FrameBgActive] = V4(colour::Card);
    c[ImGuiCol_ScrollbarBg] = V4(colour::Page);
    c[ImGuiCol_ScrollbarGrab] = V4(colour::TextMuted);
    c[ImGuiCol_ScrollbarGrabHovered] = V4(colour::Text);
    c[ImGuiCol_ScrollbarGrabActive] = V4(colour::Text);
    c[ImGuiCol_Button] = V4(colour::Brand);
    c[ImGuiCol_ButtonHovered] = V4(colour::BrandDark);
    c[ImGuiCol_ButtonActive] = V4(colour::BrandDark);
    c[ImGuiCol_Header] = V4(colour::Divider);
    c[ImGuiCol_HeaderHovered] = V4(colour::Divider);
    c[ImGuiCol_HeaderActive] = V4(colour::Divider);
    c[ImGuiCol_Separator] = V4(colour::Divider);
    c[ImGuiCol_TableHeaderBg] = V4(colour::Divider);
    c[ImGuiCol_TableBorderStrong] = V4(colour::Border);
    c[ImGuiCol_TableBorderLight] = V4(colour::Divider);
    c[ImGuiCol_TableRowBg] = V4(colour::Card);
    c[ImGuiCol_TableRowBgAlt] = V4(colour::Page);
    c[ImGuiCol_TextSelectedBg] = V4(colour::Highlight);
    c[ImGuiCol_NavHighlight] = V4(colour::Focus);
    c[ImGuiCol_CheckMark] = V4(colour::Brand);
}

} // namespace ui
