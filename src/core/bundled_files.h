// bundled_files.h — the JSON files of assets/ compiled into the program (layer: core).
// The table is generated at build time by cmake/embed_files.cmake into the appfinder_bundled library.
#pragma once
#include <cstddef>

namespace core {

struct BundledFile {
    const char* Name; // "apps.json"; nullptr ends the table
    const char* Data;
    std::size_t Size;
};

const BundledFile* BundledFiles(); // ends with an entry whose Name is nullptr

} // namespace core
