// data_address.cpp — the ?data= check (layer: core). The page also checks the resolved address and
// refuses redirects; this check comes first and is the strict one.
#include "core/data_address.h"

#include <algorithm>

namespace core {

namespace {

bool IsPlain(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' || c == '/';
}

bool EndsWith(const std::string& s, const std::string& end)
{
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

} // namespace

std::string DataAddressProblem(const std::string& value)
{
    const std::string only = "; only a folder or a .json file inside this app's folder is loaded, such as mine/ or mine/apps.json";
    if (value.empty())
        return "the address is empty" + only;
    if (value.size() > MaxDataAddressBytes)
        return "the address is longer than " + std::to_string(MaxDataAddressBytes) + " characters" + only;
    if (value.find(':') != std::string::npos || value.compare(0, 2, "//") == 0 || value.compare(0, 2, "\\\\") == 0 ||
        value.compare(0, 2, "/\\") == 0 || value.compare(0, 2, "\\/") == 0)
        return "the address is not on this site" + only;
    if (value[0] == '/')
        return "the address starts with /, which is outside this app's folder" + only;
    if (!std::all_of(value.begin(), value.end(), IsPlain))
        return "the address holds characters other than letters, digits, '.', '_', '-' and '/' (such as % or \\)" + only;
    for (std::size_t start = 0; start < value.size();)
    {
        const std::size_t end = std::min(value.find('/', start), value.size());
        const std::string part = value.substr(start, end - start);
        if (part.empty() || part == "." || part == "..")
            return "the address has an empty, . or .. part, which could lead out of this app's folder" + only;
        start = end + 1;
    }
    if (value.back() != '/' && !EndsWith(value, ".json"))
        return "the address names neither a folder (ending in /) nor a .json file" + only;
    return "";
}

} // namespace core
