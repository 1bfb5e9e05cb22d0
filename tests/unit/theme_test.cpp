// theme_test.cpp — WCAG contrast of every colour pair the app draws, in each palette: light, dark, and the
// forced-colours one built from Windows' contrast themes (src/ui/theme.cpp).
#include "ui/theme.h"

#include "imgui.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace ui;

namespace {

// Windows 10's "High Contrast Black" and "High Contrast White": Canvas, CanvasText, LinkText, GrayText (as
// Chromium's forced-colours emulation resolves them too), and each one's Highlight, the focus ring's colour.
constexpr SystemColours kHighContrastBlack = { 0x000000, 0xFFFFFF, 0xFFFF00, 0x3FF23F };
constexpr SystemColours kHighContrastWhite = { 0xFFFFFF, 0x000000, 0x00009F, 0x600000 };
constexpr uint32_t kHighContrastBlackHighlight = 0x1AEBFF, kHighContrastWhiteHighlight = 0x37006E;

// web/app.css's focus ring around a layer element: a dark outline inside a yellow one.
constexpr uint32_t kFocusRingInner = 0x212B32, kFocusRingOuter = 0xFFEB3B;

// Checks each pair the app draws against its WCAG minimum, and remembers the lowest for the report.
struct PairCheck {
    double Lowest[2] = { 99.0, 99.0 }; // text (4.5:1), controls and marks (3:1)
    std::string LowestName[2];
    void Check(const std::string& name, uint32_t fg, uint32_t bg, double minimum)
    {
        double ratio = ContrastRatio(fg, bg);
        CAPTURE(name);
        CAPTURE(fg);
        CAPTURE(bg);
        CHECK(ratio >= minimum);
        int kind = minimum < 4.5 ? 1 : 0;
        if (ratio < Lowest[kind]) {
            Lowest[kind] = ratio;
            LowestName[kind] = name;
        }
    }
};

// Every pair in a palette: text 4.5:1 on what it is drawn on, controls and marks 3:1.
void CheckPalette(const std::string& palette_name, const Palette& p)
{
    CAPTURE(palette_name);
    PairCheck pairs;
    const struct {
        const char* Name;
        uint32_t Colour;
    } texts[] = {
        { "Text", p.Text }, { "TextMuted", p.TextMuted }, { "Link", p.Link }, { "LinkHover", p.LinkHover }
    };
    const struct {
        const char* Name;
        uint32_t Colour;
    } grounds[] = {
        { "Page", p.Page }, { "Card", p.Card }, { "Shade", p.Shade }, { "Highlight", p.Highlight }, { "Land", p.Land }
    };
    for (const auto& t : texts)
        for (const auto& g : grounds) pairs.Check(std::string(t.Name) + " on " + g.Name, t.Colour, g.Colour, 4.5);
    pairs.Check("OnBrand on Brand", p.OnBrand, p.Brand, 4.5);         // header text, selected chips
    pairs.Check("OnBrand on BrandDark", p.OnBrand, p.BrandDark, 4.5); // hovered tab
    pairs.Check("OnBrand on Success", p.OnBrand, p.Success, 4.5);     // primary buttons
    pairs.Check("OnBrand on SuccessDark", p.OnBrand, p.SuccessDark, 4.5);
    pairs.Check("Text on Page (selected tab)", p.Text, p.Page, 4.5);
    pairs.Check("OnUrgent on Urgent", p.OnUrgent, p.Urgent, 4.5); // the heading of urgent advice ("Call 999 if:")
    const struct {
        const char* Name;
        uint32_t Colour;
    } marks[] = {
        { "Border", p.Border }, { "Brand", p.Brand }, { "BrandDark", p.BrandDark }, { "Success", p.Success }, { "GroupMental", p.GroupMental }, { "GroupAmbulance", p.GroupAmbulance }, { "Urgent", p.Urgent }
    };
    for (const auto& m : marks) {
        pairs.Check(std::string(m.Name) + " on Page", m.Colour, p.Page, 3.0);
        pairs.Check(std::string(m.Name) + " on Card", m.Colour, p.Card, 3.0);
        pairs.Check(std::string(m.Name) + " on Land", m.Colour, p.Land, 3.0);
    }
    MESSAGE(std::string(palette_name) << ": lowest text pair " << pairs.LowestName[0] << " at " << pairs.Lowest[0]
                                      << ":1; lowest control or mark " << pairs.LowestName[1] << " at " << pairs.Lowest[1] << ":1");
}

} // namespace

TEST_SUITE("theme") {

TEST_CASE("contrast arithmetic matches WCAG's known values")
{
    CHECK(ContrastRatio(0x000000, 0xFFFFFF) == doctest::Approx(21.0));
    CHECK(ContrastRatio(0xFFFFFF, 0xFFFFFF) == doctest::Approx(1.0));
    CHECK(ContrastRatio(0x767676, 0xFFFFFF) == doctest::Approx(4.54).epsilon(0.01));
}

TEST_CASE("every pair the light theme draws is at AA or better")
{
    CheckPalette("light", kLightPalette);
}

TEST_CASE("every pair the dark theme draws is at AA or better")
{
    CheckPalette("dark", kDarkPalette);
    CHECK(RelativeLuminance(kDarkPalette.Page) < RelativeLuminance(kDarkPalette.Text)); // it is dark
}

TEST_CASE("a palette built from Windows' contrast themes keeps every pair at AA or better")
{
    SUBCASE("High Contrast Black") { CheckPalette("forced (High Contrast Black)", ForcedPalette(kHighContrastBlack)); }
    SUBCASE("High Contrast White") { CheckPalette("forced (High Contrast White)", ForcedPalette(kHighContrastWhite)); }
}

TEST_CASE("the forced palette draws only with the system's colours, on its Canvas")
{
    const SystemColours sys = kHighContrastBlack;
    const Palette p = ForcedPalette(sys);
    CHECK(p.Page == sys.Canvas);
    CHECK(p.Text == sys.CanvasText);
    CHECK(p.Link == sys.LinkText);
    const uint32_t* first = &p.Text;
    for (size_t i = 0; i < sizeof(Palette) / sizeof(uint32_t); ++i) {
        uint32_t c = first[i];
        CAPTURE(i);
        CHECK((c == sys.Canvas || c == sys.CanvasText || c == sys.LinkText || c == sys.GrayText));
    }
}

TEST_CASE("the focus ring shows on every ground in every palette")
{
    // The ring is two colours (a dark outline inside a yellow one), so one of them contrasts with anything;
    // under forced colours it is one outline in Highlight.
    const Palette themes[] = { kLightPalette, kDarkPalette };
    for (const Palette& p : themes) {
        const uint32_t grounds[] = { p.Page, p.Card, p.Brand };
        for (uint32_t g : grounds) {
            CAPTURE(g);
            CHECK(std::max(ContrastRatio(kFocusRingOuter, g), ContrastRatio(kFocusRingInner, g)) >= 3.0);
        }
    }
    CHECK(ContrastRatio(kFocusRingOuter, kFocusRingInner) >= 3.0);
    CHECK(ContrastRatio(kHighContrastBlackHighlight, kHighContrastBlack.Canvas) >= 3.0);
    CHECK(ContrastRatio(kHighContrastWhiteHighlight, kHighContrastWhite.Canvas) >= 3.0);
}

TEST_CASE("changing the palette changes what is drawn, with no restart")
{
    ImGuiContext* context = ImGui::CreateContext();
    UsePalette(kDarkPalette);
    CHECK(colour::Page == kDarkPalette.Page);
    CHECK(colour::Text == kDarkPalette.Text);
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x == doctest::Approx(((kDarkPalette.Page >> 16) & 255) / 255.0f));
    const Palette forced = ForcedPalette(kHighContrastWhite);
    UsePalette(forced);
    CHECK(colour::Page == 0xFFFFFFu);
    CHECK(colour::Link == 0x00009Fu);
    UsePalette(kLightPalette);
    CHECK(colour::Page == kLightPalette.Page);
    ImGui::DestroyContext(context);
}

}
