// theme.cpp — the palettes, ImGui style from the one in use, and WCAG contrast arithmetic (layer: ui).
#include "ui/theme.h"

#include "ui/layout_metrics.h"

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

// The NHS identity's colours (service-manual.nhs.uk: colours).
constexpr Palette kLightPalette = {
    0x212B32,           // Text: NHS black
    0x4C6272,           // TextMuted: NHS dark grey
    0xF0F4F5,           // Page: NHS pale grey
    0xFFFFFF,           // Card
    0xD8DDE0,           // Shade: NHS light grey
    0x005EB8,           // Brand: NHS blue
    0x003087,           // BrandDark: NHS dark blue
    0xFFFFFF,           // OnBrand
    0x005EB8,           // Link
    0x7C2855,           // LinkHover: NHS dark pink, as on nhs.uk
    0x4C6272,           // Border
    0xD8DDE0,           // Divider
    0xFFF2A8,           // Highlight
    0x007F3B,           // Success: NHS green
    0x00401E,           // SuccessDark: NHS dark green
    0xFFB81C,           // Warning: NHS warm yellow
    0xE8EDEE,           // Land
    0x768692,           // Coast: NHS mid grey
    0x330072, 0xD5281B, // groups: NHS purple, red
    0xD5281B,           // Urgent: NHS emergency red
    0xFFFFFF,           // OnUrgent
};

// The same hues lightened on a dark blue-grey: light text and marks on dark grounds, dark text on the
// header and selected chips, every pair at AA or better (see theme_test.cpp). web/app.css's dark rules
// (prefers-color-scheme: dark) repeat Page, Text, Link, LinkHover, TextMuted and Border.
constexpr Palette kDarkPalette = {
    0xF0F4F5,           // Text
    0xB3BEC5,           // TextMuted
    0x162026,           // Page
    0x222D34,           // Card
    0x34414A,           // Shade
    0x5CC2F0,           // Brand
    0x9AD9F5,           // BrandDark: lighter, as hover lightens on a dark page
    0x162026,           // OnBrand
    0x7FCFF5,           // Link
    0xF2A5CF,           // LinkHover
    0x8C9BA5,           // Border
    0x3A4852,           // Divider
    0x4D3F00,           // Highlight: a dark amber, under light text
    0x5DCB8F,           // Success
    0x9BE3B9,           // SuccessDark: lighter, as hover lightens on a dark page
    0xFFB81C,           // Warning
    0x2C3840,           // Land
    0x8C9BA5,           // Coast
    0xC5A3EC, 0xF5867C, // groups
    0xF5867C,           // Urgent: the red lightened, as the other marks are on a dark page
    0x162026,           // OnUrgent: dark text on it
};

// "Match, don't mix": what is drawn on Canvas uses the colours meant for Canvas (CanvasText, LinkText,
// GrayText), and what is filled (the header, a selected chip, a primary button) is CanvasText with Canvas
// on it, the same pair reversed, so every pair keeps the contrast the user chose. Matched words lose their
// background: their text colours are not meant for Highlight.
Palette ForcedPalette(const SystemColours& sys)
{
    Palette p{};
    p.Page = p.Card = p.Shade = p.Highlight = p.Land = p.OnBrand = sys.Canvas;
    p.Text = p.TextMuted = p.Border = p.Coast = p.Warning = sys.CanvasText;
    p.Brand = p.BrandDark = p.Success = p.SuccessDark = p.Urgent = sys.CanvasText;
    p.OnUrgent = sys.Canvas;
    p.GroupMental = p.GroupAmbulance = sys.CanvasText; // shapes tell them apart
    p.Link = p.LinkHover = sys.LinkText;
    p.Divider = sys.GrayText;
    return p;
}

namespace detail {
Palette Active = kLightPalette; // stays: the page's one colour scheme, read by every widget as ImGui reads its style
}

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

void UsePalette(const Palette& palette)
{
    detail::Active = palette;
    ApplyTheme();
}

void ApplyTheme()
{
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    s.WindowPadding = ImVec2(0, 0);
    s.WindowBorderSize = 0.0f;
    s.ChildRounding = kCardRounding;
    s.ChildBorderSize = 0.0f;
    s.FramePadding = ImVec2(kFramePadX, kFramePadY);
    s.FrameRounding = kCardRounding;
    s.FrameBorderSize = kBorder;
    s.ItemSpacing = ImVec2(kItemSpacingX, kItemSpacingY);
    s.ItemInnerSpacing = ImVec2(kItemInnerX, kItemInnerY);
    s.CellPadding = ImVec2(kCellPadStyleX, kCellPadStyleY);
    s.ScrollbarSize = kScrollbarSize;
    s.ScrollbarRounding = kScrollbarRounding;
    s.GrabMinSize = kMinTarget;
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
    c[ImGuiCol_Header] = V4(colour::Shade);
    c[ImGuiCol_HeaderHovered] = V4(colour::Shade);
    c[ImGuiCol_HeaderActive] = V4(colour::Shade);
    c[ImGuiCol_Separator] = V4(colour::Divider);
    c[ImGuiCol_TableHeaderBg] = V4(colour::Shade);
    c[ImGuiCol_TableBorderStrong] = V4(colour::Border);
    c[ImGuiCol_TableBorderLight] = V4(colour::Divider);
    c[ImGuiCol_TableRowBg] = V4(colour::Card);
    c[ImGuiCol_TableRowBgAlt] = V4(colour::Page);
    c[ImGuiCol_TextSelectedBg] = V4(colour::Highlight);
    c[ImGuiCol_CheckMark] = V4(colour::Brand);
}

} // namespace ui
