// money_table.cpp — the cells of "Where the money went" (layer: core).
#include "core/money_table.h"

#include "core/text_format.h"

#include <algorithm>

namespace core {

int ListedTrusts(const Dataset& d, const MoneyRow& r)
{
    return static_cast<int>(std::count_if(d.Trusts.begin(), d.Trusts.end(), [&](const Trust& t) {
        return t.Dropped.empty() && std::find(r.Groups.begin(), r.Groups.end(), t.Group) != r.Groups.end();
    }));
}

std::string RowTrusts(const Dataset& d, const MoneyRow& r)
{
    std::string s = (r.TrustsApproximate ? "up to " : "") + std::to_string(r.Trusts);
    const int listed = ListedTrusts(d, r);
    if (listed == r.Trusts && !r.TrustsApproximate) return s;
    return s + (listed == 0 ? " (none listed here)" : " (" + std::to_string(listed) + " listed here)");
}

std::string RowFunding(const MoneyRow& r)
{
    if (r.Shared) return Money(r.UpToGbpM) + " shared";
    return "Up to " + Money(r.UpToGbpM) + " each, " + (r.TrustsApproximate ? "up to " : "") + Money(r.UpToGbpM * r.Trusts) + " in all";
}

std::string RowCountedIn(const Dataset& d, const MoneyRow& r)
{
    std::string out;
    for (const PublishedTotal& t : d.Totals)
        if (std::find(t.Rows.begin(), t.Rows.end(), r.Id) != t.Rows.end()) out += (out.empty() ? "" : ", ") + t.Value;
    return out;
}

std::string RowAccessibleName(const Dataset& d, const MoneyRow& r)
{
    const std::string counted = RowCountedIn(d, r);
    return r.Label + ": " + RowTrusts(d, r) + " trusts; " + RowFunding(r) + "; " + (r.Matched ? "matched locally" : "not matched") +
           (counted.empty() ? "." : "; counted in " + counted + ".");
}

bool MentionsTotal(const Dataset& d, const std::string& text)
{
    for (const PublishedTotal& t : d.Totals) {
        const std::string sum = Money(t.GbpM); // "£280m", whatever words come before it in Value
        for (std::size_t at = text.find(sum); at != std::string::npos; at = text.find(sum, at + 1)) {
            const std::size_t end = at + sum.size(); // "£80m" is not in "£800m"
            if (end == text.size() || !(text[end] >= '0' && text[end] <= '9')) return true;
        }
    }
    return false;
}

} // namespace core
