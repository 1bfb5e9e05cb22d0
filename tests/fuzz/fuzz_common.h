// fuzz_common.h — what the libFuzzer targets of tests/fuzz/ share (tests; built by tools/fuzz.sh).
#pragma once

#include "core/data_loader.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace fuzz {

// A broken promise is a crash, so libFuzzer keeps the input.
inline void Require(bool ok)
{
    if (!ok)
        __builtin_trap();
}

// The bundled data, loaded once.
inline const core::Dataset& BundledData()
{
    static const core::Dataset data = core::LoadDataset(core::BundledDataFiles()).Data;
    return data;
}

// A data folder from the input: its parts, split at each NUL byte (which JSON text never holds), are the
// files in DataFileNames() order, sources.json first; files with no part are left out.
inline std::vector<core::DataFile> FolderFromBytes(const std::uint8_t* bytes, std::size_t size)
{
    const std::vector<std::string>& names = core::DataFileNames();
    std::vector<core::DataFile> files;
    const char* text = reinterpret_cast<const char*>(bytes);
    for (std::size_t start = 0, i = 0; i <= size && files.size() < names.size(); i++)
        if (i == size || bytes[i] == 0) {
            files.push_back({ names[files.size()], std::string(text + start, i - start) });
            start = i + 1;
        }
    return files;
}

} // namespace fuzz
