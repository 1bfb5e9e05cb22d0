// text_format.cpp — text, dates, money and links for people (layer: core). See text_format.h.
#include "core/text_format.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

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
    if (year <= 0) return false; // year 0000 is no date
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

std::string NotKnown(const std::string& s)
{
    return s.empty() ? std::string("not known") : s;
}

std::string Money(double millions)
{
    if (!(millions >= 0.0 && millions <= 1e9)) return "not known"; // never cast NaN or an absurd sum to an integer
    char buf[48];
    if (millions == static_cast<long long>(millions)) std::snprintf(buf, sizeof buf, "\u00a3%lldm", static_cast<long long>(millions));
    else std::snprintf(buf, sizeof buf, "\u00a3%.1fm", millions);
    return buf;
}

std::size_t Utf8Sequence(std::string_view s, std::size_t i, std::uint32_t& cp)
{
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
    } else return 0;
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; k++) {
        const unsigned char cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0; // overlong, out of range, or a surrogate
    return len;
}

std::size_t InvalidUtf8At(std::string_view s)
{
    std::uint32_t cp = 0;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = Utf8Sequence(s, i, cp);
        if (len == 0) return i;
        i += len;
    }
    return std::string::npos;
}

namespace {

// What no link may hold anywhere: spaces of any kind, control characters, a backslash (browsers read it as "/"),
// and the characters that reverse or hide the direction of text. web/layer.js keeps the same list as a pattern.
bool RefusedInLink(std::uint32_t cp)
{
    return cp <= 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == '\\' || cp == 0x061C || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) || cp == 0x205F ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0x3000 || cp == 0xFEFF;
}

bool StartsWithNoCase(const std::string& s, const char* prefix)
{
    const size_t n = std::strlen(prefix);
    if (s.size() < n) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i]) return false;
    }
    return true;
}

} // namespace

bool IsLinkableUrl(const std::string& url)
{
    if (StartsWithNoCase(url, "tel:")) return url.compare(4, std::string::npos, "999") == 0 || url.compare(4, std::string::npos, "111") == 0;
    if (StartsWithNoCase(url, "mailto:")) {
        if (url.size() == 7 || url[7] == '/') return false;
    } else {
        const size_t rest = StartsWithNoCase(url, "https://") ? 8 : StartsWithNoCase(url, "http://") ? 7
                                                                                                     : 0;
        if (rest == 0) return false;
        // A host name, and no user name before it: "https://nhs.uk@evil.example/" goes to evil.example.
        const size_t host_end = std::min(url.find_first_of("/?#", rest), url.size());
        if (host_end == rest || url.find('@', rest) < host_end) return false;
    }
    std::uint32_t cp = 0;
    for (size_t i = 0; i < url.size();) {
        const size_t len = Utf8Sequence(url, i, cp);
        if (len == 0 || RefusedInLink(cp)) return false;
        i += len;
    }
    return true;
}

} // namespace core
