// data_source.cpp — the bundled data in steps, and the visitor's own data over it (layer: core).
#include "core/data_source.h"

#include <utility>

namespace core {

StepwiseLoad::StepwiseLoad(std::vector<DataFile> files) : Source(std::move(files)), Loader(Source) {}

OwnData MergeOwnData(std::vector<DataFile> merged, const std::vector<DataFile>& fetched,
                     const std::vector<std::string>& fetch_errors)
{
    OwnData out;
    std::vector<std::string> notices;
    for (const DataFile& f : fetched) {
        bool known = false;
        for (DataFile& m : merged)
            if (m.Name == f.Name) {
                m.Text = f.Text;
                known = true;
            }
        if (known) continue;
        std::string names;
        for (const std::string& n : DataFileNames()) names += (names.empty() ? "" : ", ") + n;
        notices.push_back("?data=: " + f.Name + " is not one of the data files (" + names + "); it was ignored.");
    }
    std::vector<std::string> problems = fetch_errors;
    LoadResult loaded;
    if (problems.empty()) {
        loaded = LoadDataset(merged);
        for (const Problem& p : loaded.Problems) problems.push_back(FormatProblem(p));
    }
    if (!problems.empty()) {
        notices.insert(notices.begin(), "Your data (?data=) has " + std::to_string(problems.size()) +
                                            (problems.size() == 1 ? " problem" : " problems") +
                                            ", so the bundled data is shown instead.");
        const size_t shown = MaxOwnDataProblemsShown;
        for (size_t i = 0; i < problems.size() && i < shown; ++i) notices.push_back(problems[i]);
        if (problems.size() > shown) notices.push_back("... and " + std::to_string(problems.size() - shown) + " more; appfinder-cli validate lists them all.");
        out.Notices = std::move(notices);
        return out;
    }
    notices.insert(notices.begin(), "Showing your own data (?data=).");
    out.Accepted = true;
    out.Data = std::move(loaded.Data);
    out.Files = std::move(merged);
    out.Notices = std::move(notices);
    return out;
}

} // namespace core
