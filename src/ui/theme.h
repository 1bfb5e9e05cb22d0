// theme.h — colours and spacing of the app, after the NHS identity (layer: ui).
// Every text and control colour pair is checked for WCAG contrast by tests/unit/theme_test.cpp.
#pragma once

#include <cstdint>

namespace ui {

// Colours as 0xRRGGBB.
namespace colour {
constexpr uint32_t Text        = 0x212B32;  // NHS black
constexpr uint32_t TextMuted   = 0x4C6272;  // NHS dark grey
constexpr uint32_t Page        = 0xF0F4F5;  // NHS pale grey background
constexpr uint32_t Card        = 0xFFFFFF;
constexpr uint32_t Brand       = 0x005EB8;  // NHS blue: header, links
constexpr uint32_t BrandDark   = 0x003087;  // NHS dark blue: hover
constexpr uint32_t OnBrand     = 0xFFFFFF;
constexpr uint32_t Link        = 0x005EB8;
constexpr uint32_t LinkHover   = 0x7C2855;  // NHS dark pink, as on nhs.uk
constexpr uint32_t Border      = 0x4C6272;  // control borders need 3:1
constexpr uint32_t Divider     = 0xD8DDE0;  // decoration only
constexpr uint32_t Focus       = 0xFFEB3B;  // NHS focus yellow
constexpr uint32_t Highlight   = 0xFFF2A8;  // matched words in results
constexpr uint32_t Success     = 0x007F3B;  // NHS green
constexpr uint32_t Warning     = 0xFFB81C;  // NHS warm yellow (background of notices)
constexpr uint32_t GroupAcute2016 = 0x005EB8;
constexpr uint32_t GroupAcute2017 = 0x007F3B;
constexpr uint32_t GroupMental    = 0x330072;  // NHS purple
constexpr uint32_t GroupAmbulance = 0xD5281B;  // NHS red
} // namespace colour

unsigned int ToImColor(uint32_t rgb, float alpha = 1.0f);   // 0xRRGGBB -> ImU32
double RelativeLuminance(uint32_t rgb);                     // WCAG 2.x definition
double ContrastRatio(uint32_t a, uint32_t b);               // 1.0 to 21.0

void ApplyTheme();                          // sets ImGui's style to the colours above

} // namespace ui
