// theme.h — colours and spacing of the app, after the NHS identity (layer: ui). Three palettes: light,
// dark (prefers-color-scheme: dark) and one built from the system's colours under forced colours
// (Windows contrast themes). Every text and control colour pair of each is checked for WCAG contrast by
// tests/unit/theme_test.cpp.
#pragma once

#include <cstdint>

namespace ui {

// Colours as 0xRRGGBB, by what they are drawn as.
struct Palette {
    uint32_t Text;      // body text
    uint32_t TextMuted; // secondary text
    uint32_t Page;      // the page's background (the canvas is cleared to it)
    uint32_t Card;      // cards, rows, chips, notices
    uint32_t Shade;     // a quiet background under text: table headings, a hovered row
    uint32_t Brand;     // the header bar, a selected chip (with OnBrand on it); also bars and marks
    uint32_t BrandDark; // hovered header tab and selected chip border
    uint32_t OnBrand;   // text on Brand, BrandDark and Success
    uint32_t Link;
    uint32_t LinkHover;
    uint32_t Border;                      // control borders: 3:1 or more
    uint32_t Divider;                     // lines between things; decoration only
    uint32_t Highlight;                   // background of matched words (text colours drawn on it)
    uint32_t Success;                     // primary buttons (OnBrand on it)
    uint32_t SuccessDark;                 // a hovered or pressed primary button
    uint32_t Warning;                     // the bar beside a notice; decoration
    uint32_t Land, Coast;                 // the map's land (its sea is Card) and coastline; the coast is decoration
    uint32_t GroupMental, GroupAmbulance; // map marks, with a shape each (the acute groups: Brand and Success)
    uint32_t Urgent;                      // urgent advice's band and edge ("Call 999 if:"), as NHS.UK's emergency red
    uint32_t OnUrgent;                    // text on Urgent
};

// The system colours a forced-colours page resolves (CSS <system-color>), as the platform reads them: the
// ones meant for drawing on Canvas. (Focus rings are the accessible layer's, in Highlight: web/app.css.)
struct SystemColours {
    uint32_t Canvas, CanvasText, LinkText, GrayText;
};

extern const Palette kLightPalette;
extern const Palette kDarkPalette;
Palette ForcedPalette(const SystemColours& sys); // everything on Canvas from the colours meant for it

// The palette in use, read through the names below so that drawing code needs no palette argument.
namespace detail {
extern Palette Active;
}
namespace colour {
inline const uint32_t& Text = detail::Active.Text;
inline const uint32_t& TextMuted = detail::Active.TextMuted;
inline const uint32_t& Page = detail::Active.Page;
inline const uint32_t& Card = detail::Active.Card;
inline const uint32_t& Shade = detail::Active.Shade;
inline const uint32_t& Brand = detail::Active.Brand;
inline const uint32_t& BrandDark = detail::Active.BrandDark;
inline const uint32_t& OnBrand = detail::Active.OnBrand;
inline const uint32_t& Link = detail::Active.Link;
inline const uint32_t& LinkHover = detail::Active.LinkHover;
inline const uint32_t& Border = detail::Active.Border;
inline const uint32_t& Divider = detail::Active.Divider;
inline const uint32_t& Highlight = detail::Active.Highlight;
inline const uint32_t& Success = detail::Active.Success;
inline const uint32_t& SuccessDark = detail::Active.SuccessDark;
inline const uint32_t& Warning = detail::Active.Warning;
inline const uint32_t& Land = detail::Active.Land;
inline const uint32_t& Coast = detail::Active.Coast;
inline const uint32_t& GroupAcute2016 = detail::Active.Brand;
inline const uint32_t& GroupAcute2017 = detail::Active.Success;
inline const uint32_t& GroupMental = detail::Active.GroupMental;
inline const uint32_t& GroupAmbulance = detail::Active.GroupAmbulance;
inline const uint32_t& Urgent = detail::Active.Urgent;
inline const uint32_t& OnUrgent = detail::Active.OnUrgent;
} // namespace colour

unsigned int ToImColor(uint32_t rgb, float alpha = 1.0f); // 0xRRGGBB -> ImU32
double RelativeLuminance(uint32_t rgb);                   // WCAG 2.x definition
double ContrastRatio(uint32_t a, uint32_t b);             // 1.0 to 21.0

void UsePalette(const Palette& palette); // makes it the palette in use and applies it to ImGui's style
void ApplyTheme();                       // sets ImGui's style to the palette in use

} // namespace ui
