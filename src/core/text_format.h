// text_format.h — how dates are checked and written for people (layer: core). One home for the rule, used by
// the data loader, the text pages and the app's screens. No sscanf or stoi: the app's first load stays small.
#pragma once

#include <string>

namespace core {

bool IsDate(const std::string& s);            // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a real month and day; not year 0000
const char* MonthName(int month);             // 1 -> "January" ... 12 -> "December"; "" otherwise
// "2016-09-07" -> "7 September 2016", "2016-09" -> "September 2016"; a year or anything not a date as given.
// `day_gap` goes between the day and the month (a no-break space on screen keeps them on one line).
std::string ReadableDate(const std::string& date, const char* day_gap = " ");

} // namespace core
