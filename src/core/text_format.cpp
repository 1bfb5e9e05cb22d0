// text_format.cpp — dates for people (layer: core). See text_format.h.
#include "core/text_format.h"

namespace core {

namespace {

// The number written by `count` digits at `from`, or -1 when any of them is not a digit.
int Digits(const std::string& s, size_t from, size_t count)
{
    int value = 0;
    for (size_t i = from; i < from + count; i++) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

} // namespace

bool IsDate(const std::string& s)
{
    if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
    const int year = Digits(s, 0, 4);
    if (year <= 0) return false;                               // year 0000 is no date
    if (s.size() == 4) return true;
    const int month = Digits(s, 5, 2);
    if (s[4] != '-' || month < 1 || month > 12) return false;
    if (s.size() == 7) return true;
    static const int kDaysInMonth[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int last_day = kDaysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
    const int day = Digits(s, 8, 2);
    return s[7] == '-' && day >= 1 && day <= last_day;
}

const char* MonthName(int month)
{
    static const char* const kMonths[] = { "January", "February", "March", "April", "May", "June", "July",
                                           "August", "September", "October", "November", "December" };
    return month >= 1 && month <= 12 ? kMonths[month - 1] : "";
}

std::string ReadableDate(const std::string& date, const char* day_gap)
{
    if (!IsDate(date) || date.size() == 4) return date;
    std::string month_year = std::string(MonthName(Digits(date, 5, 2))) + " " + date.substr(0, 4);
    if (date.size() == 7) return month_year;
    return std::to_string(Digits(date, 8, 2)) + day_gap + month_year;
}

} // namespace core
