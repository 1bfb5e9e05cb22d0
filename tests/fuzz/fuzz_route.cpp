// fuzz_route.cpp — libFuzzer target for the route parser (tests; built by tools/fuzz.sh). The input is a
// location.hash as a visitor or a link could write it, any bytes. Beyond "no crash", it checks what the app
// relies on: a route prints as an address that starts with "#/" and is safe in an href (no quote, space,
// angle bracket, backslash or control byte), reads back as the same route, and points the text version at a
// page of the site, never elsewhere.
#include "core/data_loader.h"
#include "core/route.h"
#include "core/site_map.h"

#include "fuzz_common.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

using fuzz::Require;

bool SafeInHref(const std::string& s)
{
    for (unsigned char c : s)
        if (c <= 0x20 || c >= 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`')
            return false;
    return true;
}

bool IsTextPage(const std::string& page)
{
    for (const char* name : { "index.html", "timeline.html", "trusts.html", "apps.html", "wearables.html", "sources.html" }) {
        const std::string n = name;
        if (page.compare(0, n.size(), n) == 0 && (page.size() == n.size() || page[n.size()] == '#'))
            return SafeInHref(page);
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size)
{
    const std::string hash(reinterpret_cast<const char*>(bytes), size);
    const core::Route route = core::ParseRoute(hash);
    const std::string printed = core::FormatRoute(route);
    Require(printed.compare(0, 2, "#/") == 0);
    Require(SafeInHref(printed));
    if (route.View != core::Screen::NotFound) // an unknown address prints as the start page
    {
        Require(core::ParseRoute(printed) == route);
        Require(core::FormatRoute(core::ParseRoute(printed)) == printed);
    }
    Require(core::PercentDecode(core::PercentEncode(hash)) == hash);
    Require(SafeInHref(core::PercentEncode(hash)));
    Require(IsTextPage(core::TextPageFor(route, fuzz::BundledData())));
    return 0;
}
