// text_format.h — how text, dates, sums of money and links are checked and written for people (layer: core).
// One home for each rule, used by the data loader, the text pages, the app's screens and the browser side. No sscanf or stoi: the app's first load stays small.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace core {

bool IsDate(const std::string& s); // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a real month and day; not year 0000
const char* MonthName(int month);  // 1 -> "January" ... 12 -> "December"; "" otherwise
// "2016-09-07" -> "7 September 2016", "2016-09" -> "September 2016"; a year or anything not a date as given.
// `day_gap` goes between the day and the month (a no-break space on screen keeps them on one line).
std::string ReadableDate(const std::string& date, const char* day_gap = " ");

std::string NotKnown(const std::string& s); // s, or "not known" when empty
std::string Money(double millions);         // "£10m", "£2.5m"; "not known" for NaN, a negative or an absurd sum

// The length of the well-formed UTF-8 character at s[i], with its code point in cp; 0 when the bytes there
// are not one (a stray or overlong byte, a surrogate, beyond U+10FFFF, cut short).
std::size_t Utf8Sequence(std::string_view s, std::size_t i, std::uint32_t& cp);
std::size_t InvalidUtf8At(std::string_view s); // offset of the first byte that is not well-formed UTF-8, or npos

// The link policy: what may become a link out of the app and the text pages. https:// or http:// (any case)
// with a host name and no user name before it, or mailto:, or tel:999 and tel:111 (emergency and NHS 111, on
// urgent advice) and no other number; nothing else. No space of any kind, control
// character, backslash or text-direction control anywhere. web/layer.js keeps the same rule (isLinkable), and
// tests/data/link_policy.json is the list both are tested on.
bool IsLinkableUrl(const std::string& url);

} // namespace core
