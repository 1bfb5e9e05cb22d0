// text_format_test.cpp — dates as the loader checks them and as people read them (src/core/text_format.cpp).
#include "core/text_format.h"

#include <doctest/doctest.h>

TEST_SUITE("text_format") {

TEST_CASE("a date is a year, a month or a day that exists, and never year 0000")
{
    CHECK(core::IsDate("2016"));
    CHECK(core::IsDate("2016-09"));
    CHECK(core::IsDate("2016-02-29"));                 // a leap year
    CHECK_FALSE(core::IsDate("2017-02-29"));
    CHECK_FALSE(core::IsDate("1900-02-29"));           // divisible by 100, not by 400
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
