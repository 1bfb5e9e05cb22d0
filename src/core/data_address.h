// data_address.h — checks the ?data= parameter before the page fetches anything (layer: core).
// Only a folder or a .json file inside the app's own folder is accepted, written as a plain relative path,
// so no spelling (another host, an encoded "..", a backslash) can reach data elsewhere on the site or beyond.
#pragma once

#include <cstddef>
#include <string>

namespace core {

constexpr std::size_t MaxDataAddressBytes = 200;

// "" when `value` is "folder/", "folder/sub/" or "folder/apps.json" (letters, digits, '.', '_', '-' and '/';
// no "." or ".." part); else why it is refused, in words that never repeat the value itself.
std::string DataAddressProblem(const std::string& value);

} // namespace core
