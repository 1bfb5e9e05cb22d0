// data_source.h — where the app's data comes from (layer: core): the bundled files, read one a step so a
// page stays responsive, and the visitor's own files (?data=) laid over them. The policy for ?data= lives
// here, so it is tested natively; the browser only fetches the files.
#pragma once

#include "core/data_loader.h"

#include <memory>
#include <string>
#include <vector>

namespace core {

// Reads its files one a step (LoadNext()), then Take() gives what LoadDataset would.
class StepwiseLoad {
public:
    explicit StepwiseLoad(std::vector<DataFile> files);
    const std::vector<DataFile>& Files() const { return Source; }
    bool Done() const { return Loader.Done(); }
    void LoadNext() { Loader.LoadNext(); }
    LoadResult Take() { return Loader.Take(); }

private:
    std::vector<DataFile> Source; // before Loader, which reads it
    DatasetLoader Loader;
};

// What became of the visitor's own data: shown when every file was fetched and the merged data has no
// problem; otherwise the bundled data stays and the notices say why (file and field, never the address).
struct OwnData {
    bool Accepted = false;
    Dataset Data;                     // the merged data, when accepted
    std::vector<DataFile> Files;      // the merged files, when accepted (the fonts need their characters)
    std::vector<std::string> Notices; // for the page; the first line says what is shown
};

constexpr std::size_t MaxOwnDataProblemsShown = 12; // more are counted in one line

// `fetched` replace the bundled files of the same names; a name that is not a data file is ignored, with
// a notice. `fetch_errors`: files that could not be fetched ("apps.json: not found").
OwnData MergeOwnData(std::vector<DataFile> bundled, const std::vector<DataFile>& fetched,
                     const std::vector<std::string>& fetch_errors);

} // namespace core
