// bundled_files.cpp — the compiled-in copy of assets/ as DataFiles for LoadDataset (layer: core).
// This object file is only pulled from appfinder_core by programs that call BundledDataFiles(), and
// those link appfinder_bundled, which defines the table it reads.
#include "core/bundled_files.h"
#include "core/data_loader.h"

namespace core {

std::vector<DataFile> BundledDataFiles()
{
    std::vector<DataFile> files;
    for (const BundledFile* f = BundledFiles(); f->Name != nullptr; f++)
        files.push_back({ f->Name, std::string(f->Data, f->Size) });
    return files;
}

} // namespace core
