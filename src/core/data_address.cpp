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

static_assert(MaxDataAddressBytes == 200, "Refusal() says 200");

// Why `value` is refused, or nullptr.
const char* Refusal(const std::string& value)
{
    if (value.empty())
        return "is empty";
    if (value.size() > MaxDataAddressBytes)
        return "is longer than 200 characters";   // MaxDataAddressBytes
    if (value.find(':') != std::string::npos || value.find("//") == 0 || value.find("\\\\") == 0 || value.find("/\\") == 0 ||
        value.find("\\/") == 0)
        return "is not on this site";
    if (value[0] == '/')
        return "starts with /, which is outside this app's folder";
    if (!std::all_of(value.begin(), value.end(), IsPlain))
        return "holds characters other than letters, digits, '.', '_', '-' and '/' (such as % or \\)";
    for (std::size_t start = 0; start < value.size();)
    {
        const std::size_t end = std::min(value.find('/', start), value.size());
        const std::string part = value.substr(start, end - start);
        if (part.empty() || part == "." || part == "..")
            return "has an empty, . or .. part, which could lead out of this app's folder";
        start = end + 1;
    }
    if (value.back() != '/' && !EndsWith(value, ".json"))
        return "names neither a folder (ending in /) nor a .json file";
    return nullptr;
}

} // namespace

std::string DataAddressProblem(const std::string& value)
{
    const char* why = Refusal(value);
    if (!why)
        return "";
    return std::string("the address ") + why + "; only a folder or a .json file inside this app's folder is loaded, such as mine/ or mine/apps.json";
}

} // namespace core
