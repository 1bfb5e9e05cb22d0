// data_loader.h — turns the JSON data files (docs/data-format.md) into a core::Dataset, checking every
// field on the way (layer: core). An entry with a mistake is skipped and reported; the rest loads.
// Loading never throws and never aborts, whatever the bytes.
#pragma once

#include "core/model.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace core {

struct DataFile {
    std::string Name; // "apps.json"
    std::string Text; // the file's bytes
};

struct Problem {
    std::string File;    // "apps.json"
    std::string Pointer; // JSON pointer of the field, "/apps/3/platforms/0"; "" for the whole file
    std::string Message; // what is wrong, then what happens: "...; this app is skipped"
};

struct LoadResult {
    Dataset Data;                  // what loaded; bad entries are absent
    std::vector<Problem> Problems; // empty when every file is valid
};

constexpr std::size_t MaxDataFileBytes = 8 * 1024 * 1024; // a larger file is refused, not parsed
constexpr std::size_t MaxTextBytes = 10000;               // per text field
constexpr std::size_t MaxListLength = 10000;              // entries per array
constexpr int MaxNestingDepth = 64;                       // the format needs 4; deeper input is refused before parsing
constexpr std::size_t MaxProblemsPerFile = 100;           // more are counted in one last problem, not listed
constexpr std::size_t MaxProblemBytesPerFile = 64 * 1024; // text of the listed problems (file, pointer, message), per file
constexpr std::size_t MaxKeyBytes = 1024;                 // a longer key is refused, with its file: the format's keys are short words
constexpr std::size_t MaxPointerKeyBytes = 60;            // a key is cut to this many bytes (and "...") in a problem's pointer

const std::vector<std::string>& DataFileNames();            // the seven files a data folder holds, "sources.json" first
LoadResult LoadDataset(const std::vector<DataFile>& files); // files not named in DataFileNames() are ignored

// LoadDataset one file at a time, so a page can spread the work over short tasks. `files` must outlive
// the loader. LoadNext() reads the next file (sources.json first); Take() reads what is left and returns
// the result, the same as LoadDataset's.
class DatasetLoader {
public:
    explicit DatasetLoader(const std::vector<DataFile>& files);
    ~DatasetLoader();
    DatasetLoader(const DatasetLoader&) = delete;
    DatasetLoader& operator=(const DatasetLoader&) = delete;
    bool Done() const;
    void LoadNext();
    LoadResult Take();

private:
    struct State;
    std::unique_ptr<State> S;
};
std::string FormatProblem(const Problem& p); // "apps.json: /apps/3/platforms/0: expected one of ..."; no pointer part for ""

// The files of assets/ compiled into the program. Defined in bundled_files.cpp: a program that calls it
// must link appfinder_bundled.
std::vector<DataFile> BundledDataFiles();

} // namespace core
