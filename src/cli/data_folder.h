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

// The files of `dir`, or the data built into the program when `dir` is null; `where` names them for messages
// ("bundled data" or the folder). Returns false with `error` set when the folder cannot be read.
bool ReadDataOrBundled(const char* dir, std::vector<core::DataFile>& out, std::string& where, std::string& error);

// The arguments `validate` and `readability` share: a data folder, --reading-grade N, --help.
struct DataArgs {
    const char* Dir = nullptr;
    double GradeLimit = 9.0;
    bool Help = false;
    bool UsageError = false;
};
// Reads argv[i] (and argv[i + 1] for --reading-grade, moving i on) into `args`; anything else starting
// with '-', or a second folder, is a usage error.
void ReadDataArg(int argc, char** argv, int& i, DataArgs& args);
