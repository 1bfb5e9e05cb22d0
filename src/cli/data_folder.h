// data_folder.h — reads the *.json files of a folder for core::LoadDataset (native CLI only).
#pragma once

#include "core/data_loader.h"

#include <string>
#include <vector>

// Appends every *.json file directly in `dir` to `out`, sorted by name. A file larger than
// core::MaxDataFileBytes is not read in full: only its first MaxDataFileBytes + 1 bytes are kept, so
// LoadDataset refuses it with a problem. Returns false with `error` set when the folder or a file
// cannot be read.
bool ReadDataFolder(const std::string& dir, std::vector<core::DataFile>& out, std::string& error);
