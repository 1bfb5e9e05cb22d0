// theme_test.cpp — WCAG contrast of the theme's colour pairs (src/ui/theme.cpp).
#include "ui/theme.h"

#include <doctest/doctest.h>

using namespace ui;

TEST_SUITE("theme") {

TEST_CASE("contrast arithmetic matches WCAG's known values") {
    CHECK(ContrastRatio(0x000000, 0xFFFFFF) == doctest::Approx(21.0));
    CHECK(ContrastRatio(0xFFFFFF, 0xFFFFFF) == doctest::Approx(1.0));
    CHECK(ContrastRatio(0x767676, 0xFFFFFF) == doctest::Approx(4.54).epsilon(0.01));
}

TEST_CASE("every text colour has at least 4.5:1 on the backgrounds it is drawn on") {
    const uint32_t backgrounds[] = { colour::Page, colour::Card };
    for (uint32_t bg : backgrounds) {
        CAPTURE(bg);
        CHECK(ContrastRatio(colour::Text, bg) >= 4.5);
        CHECK(ContrastRatio(colour::TextMuted, bg) >= 4.5);
        CHECK(ContrastRatio(colour::Link, bg) >= 4.5);
        CHECK(ContrastRatio(colour::LinkHover, bg) >= 4.5);
    }
    CHECK(ContrastRatio(colour::OnBrand, colour::Brand) >= 4.5);      // header text and tabs
    CHECK(ContrastRatio(colour::OnBrand, colour::BrandDark) >= 4.5);  // hovered tab
    CHECK(ContrastRatio(colour::Text, colour::Highlight) >= 4.5);     // matched words
    CHECK(ContrastRatio(colour::OnBrand, colour::Success) >= 4.5);    // primary buttons
}

TEST_CASE("controls, borders and chart marks have at least 3:1") {
    const uint32_t marks[] = { colour::Border, colour::Brand, colour::GroupAcute2016, colour::GroupAcute2017,
                               colour::GroupMental, colour::GroupAmbulance, colour::Success };
    for (uint32_t m : marks) {
        CAPTURE(m);
        CHECK(ContrastRatio(m, colour::Page) >= 3.0);
        CHECK(ContrastRatio(m, colour::Card) >= 3.0);
    }
    CHECK(ContrastRatio(colour::Focus, colour::Brand) >= 3.0);        // focus ring on the blue header
    CHECK(ContrastRatio(colour::Text, colour::Focus) >= 3.0);
}

}
