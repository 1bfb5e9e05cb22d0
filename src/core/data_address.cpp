// data_address.cpp — the ?data= check (layer: core). The page also checks the resolved address and
// refuses redirects; this check comes first and is the strict one.
#include "core/data_address.h"

#include "core/model.h"

#include <algorithm>

namespace core {

namespace {

// The id rule (core::IsIdCharacter), and what a path and a file name add to it.
bool IsPlain(char c) { return IsIdCharacter(c) || c == '.' || c == '_' || c == '/'; }

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
        return "is over 200 characters"; // MaxDataAddressBytes
    if (value.find(':') != std::string::npos || value.find("//") == 0 || value.find("\\\\") == 0 || value.find("/\\") == 0 ||
        value.find("\\/") == 0)
        return "is not on this site";
    if (value[0] == '/')
        return "starts with /";
    if (!std::all_of(value.begin(), value.end(), IsPlain))
        return "holds a character other than a-z, A-Z, 0-9, '.', '_', '-' and '/'";
    for (std::size_t start = 0; start < value.size();) {
        const std::size_t end = std::min(value.find('/', start), value.size());
        const std::string part = value.substr(start, end - start);
        if (part.empty() || part == "." || part == "..")
            return "has an empty, . or .. part";
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
    return std::string("the address ") + why + "; only a folder or .json file in this app's folder loads (mine/, mine/apps.json)";
}

} // namespace core
