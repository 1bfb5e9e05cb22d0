// money_table.h — "Where the money went": the reconciliation table's cells and the links to it (layer: core).
// The rows and totals are trusts.json /money (model.h MoneyRow, PublishedTotal); the Programme screen and the
// text site show them as one table, and every other mention of a total links there.
#pragma once

#include "core/model.h"

#include <string>

namespace core {

int ListedTrusts(const Dataset& d, const MoneyRow& r);              // trusts of its groups in the list, dropped pairings left out
std::string RowTrusts(const Dataset& d, const MoneyRow& r);         // "16"; "up to 7 (none listed here)"; "18 (11 listed here)"
std::string RowFunding(const MoneyRow& r);                          // "Up to £10m each, £160m in all"; "£5m shared"
std::string RowCountedIn(const Dataset& d, const MoneyRow& r);      // "£160m, £280m, £302m": the totals that count it; "" for none
std::string RowAccessibleName(const Dataset& d, const MoneyRow& r); // the whole row in one sentence
bool MentionsTotal(const Dataset& d, const std::string& text);      // the text gives one of the published totals

} // namespace core
