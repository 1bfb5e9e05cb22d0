// text_format_test.cpp — dates as the loader checks them and as people read them (src/core/text_format.cpp).
#include "core/text_format.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>

TEST_SUITE("text_format") {

TEST_CASE("a date is a year, a month or a day that exists, and never year 0000")
{
    CHECK(core::IsDate("2016"));
    CHECK(core::IsDate("2016-09"));
    CHECK(core::IsDate("2016-02-29")); // a leap year
    CHECK_FALSE(core::IsDate("2017-02-29"));
    CHECK_FALSE(core::IsDate("1900-02-29")); // divisible by 100, not by 400
    CHECK(core::IsDate("2000-02-29"));
    CHECK_FALSE(core::IsDate("0000"));
    CHECK_FALSE(core::IsDate("0000-01-01"));
    CHECK_FALSE(core::IsDate("2016-13"));
    CHECK_FALSE(core::IsDate("2016-00"));
    CHECK_FALSE(core::IsDate("2016-09-31"));
    CHECK_FALSE(core::IsDate("2016/09/07"));
    CHECK_FALSE(core::IsDate("16-09-07"));
    CHECK_FALSE(core::IsDate(""));
    CHECK_FALSE(core::IsDate("2016-9-7 "));
}

TEST_CASE("a date reads as people write it, and anything else stays as given")
{
    CHECK(core::ReadableDate("2016-09-07") == "7 September 2016");
    CHECK(core::ReadableDate("2016-09-07", "\u00a0") == "7\u00a0September 2016");
    CHECK(core::ReadableDate("2013-03") == "March 2013");
    CHECK(core::ReadableDate("2013") == "2013");
    CHECK(core::ReadableDate("soon") == "soon");
    CHECK(core::ReadableDate("2017-02-30") == "2017-02-30");
    CHECK(core::MonthName(12) == std::string("December"));
    CHECK(core::MonthName(13) == std::string(""));
}

}

TEST_SUITE("text_format: one home for each rule") {

TEST_CASE("\"not known\" stands in for an empty value, and only for one")
{
    CHECK(core::NotKnown("") == "not known");
    CHECK(core::NotKnown("Cerner") == "Cerner");
}

TEST_CASE("sums of money in millions of pounds, whole or to one decimal; nonsense is not known")
{
    CHECK(core::Money(10) == "\u00a310m");
    CHECK(core::Money(120) == "\u00a3120m");
    CHECK(core::Money(2.5) == "\u00a32.5m");
    CHECK(core::Money(0) == "\u00a30m");
    CHECK(core::Money(-1) == "not known");
    CHECK(core::Money(1e12) == "not known");
    CHECK(core::Money(std::nan("")) == "not known");
}

TEST_CASE("UTF-8: well-formed characters decode, anything else is not one")
{
    std::uint32_t cp = 0;
    CHECK(core::Utf8Sequence("a", 0, cp) == 1);
    CHECK(cp == 'a');
    CHECK(core::Utf8Sequence("\u00a3", 0, cp) == 2);
    CHECK(cp == 0xA3);
    CHECK(core::Utf8Sequence("\u2013", 0, cp) == 3);
    CHECK(cp == 0x2013);
    CHECK(core::Utf8Sequence("\U0001F600", 0, cp) == 4);
    CHECK(cp == 0x1F600);
    CHECK(core::Utf8Sequence("\xC0\xAF", 0, cp) == 0);         // overlong "/"
    CHECK(core::Utf8Sequence("\xED\xA0\x80", 0, cp) == 0);     // a surrogate
    CHECK(core::Utf8Sequence("\xF4\x90\x80\x80", 0, cp) == 0); // beyond U+10FFFF
    CHECK(core::Utf8Sequence("\xE2\x80", 0, cp) == 0);         // cut short
    CHECK(core::Utf8Sequence("\x80", 0, cp) == 0);             // a stray continuation byte
    CHECK(core::InvalidUtf8At("caf\u00e9") == std::string::npos);
    CHECK(core::InvalidUtf8At(std::string("ab\xFF"
                                          "c")) == 2);
    CHECK(core::InvalidUtf8At(std::string("\u00a3\xE2\x80")) == 2);
}

TEST_CASE("links out: web and mail addresses only, in any case, with no space or control character")
{
    CHECK(core::IsLinkableUrl("https://www.england.nhs.uk/"));
    CHECK(core::IsLinkableUrl("HTTP://example.org/"));
    CHECK(core::IsLinkableUrl("mailto:someone@example.org"));
    CHECK_FALSE(core::IsLinkableUrl("https://"));
    CHECK_FALSE(core::IsLinkableUrl("javascript:alert(1)"));
    CHECK_FALSE(core::IsLinkableUrl("data:text/html,x"));
    CHECK_FALSE(core::IsLinkableUrl("https://example.org/a b"));
    CHECK_FALSE(core::IsLinkableUrl("https://example.org/\ta"));
    CHECK_FALSE(core::IsLinkableUrl("#/apps"));
}

}
