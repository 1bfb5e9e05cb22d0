// fuzz_data_loader.cpp — libFuzzer target for core::LoadDataset (tests; built by tools/fuzz.sh).
// The input is the data folder: its parts, split at each NUL byte (which JSON text never holds), are the
// files in DataFileNames() order, sources.json first; files with no part are missing. What loads is then
// indexed and searched, as the app does with ?data=. Beyond "no crash", it checks the promises callers
// rely on: every problem names a file and a pointer, no file lists more than its share, and what loaded
// obeys the rules of docs/data-format.md that the app and the HTML writer take for granted; the reading
// grade lint (core/readability.h) runs over the same files.
#include "core/data_loader.h"
#include "core/readability.h"
#include "core/search_index.h"
#include "core/static_html.h"
#include "core/text_format.h"

#include "fuzz_common.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

using fuzz::Require;

void CheckProblems(const core::LoadResult& r, std::size_t files_given)
{
    const std::vector<std::string>& names = core::DataFileNames();
    std::map<std::string, std::size_t> per_file, bytes_per_file;
    for (const core::Problem& p : r.Problems) {
        bytes_per_file[p.File] += p.File.size() + p.Pointer.size() + p.Message.size();
        Require(std::find(names.begin(), names.end(), p.File) != names.end());
        Require(p.Pointer.empty() || p.Pointer[0] == '/');
        Require(!p.Message.empty());
        Require(!core::FormatProblem(p).empty());
        per_file[p.File]++;
    }
    for (const auto& [file, count] : per_file)
        Require(count <= core::MaxProblemsPerFile + 1); // + 1: "and N more problems"
    for (const auto& [file, bytes] : bytes_per_file)
        Require(bytes <= core::MaxProblemBytesPerFile + 200); // + 200: that last line
    if (files_given < names.size())
        Require(!r.Problems.empty()); // a missing file is a problem
}

void CheckData(const core::Dataset& d)
{
    std::set<std::string> category_ids, source_ids, app_ids;
    for (const core::Category& c : d.Categories)
        category_ids.insert(c.Id);
    for (const core::Source& s : d.Sources) {
        Require(source_ids.insert(s.Id).second);
        Require(core::IsLinkableUrl(s.Url));
    }
    for (const core::App& a : d.Apps) {
        Require(app_ids.insert(a.Id).second);
        Require(core::IsLinkableUrl(a.Url));
        Require(a.Platforms != 0 && !a.Categories.empty() && !a.Sources.empty());
        for (const std::string& c : a.Categories)
            Require(category_ids.count(c) == 1);
    }
    for (const core::Trust& t : d.Trusts) {
        Require(t.Lat >= 49.8 && t.Lat <= 60.9 && t.Lon >= -8.7 && t.Lon <= 1.8);
        Require(d.FindGroup(t.Group) != nullptr);
    }
    for (std::size_t i = 1; i < d.Timeline.size(); i++)
        Require(d.Timeline[i - 1].Date <= d.Timeline[i].Date);
    for (const std::vector<std::string>& group : d.SynonymGroups)
        Require(group.size() >= 2);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size)
{
    const std::vector<core::DataFile> files = fuzz::FolderFromBytes(bytes, size);
    const core::LoadResult r = core::LoadDataset(files);
    CheckProblems(r, files.size());
    CheckData(r.Data);

    core::SearchIndex index;
    index.Build(r.Data);
    const core::SearchResults all = index.Search({}, 20);
    Require(all.Hits.size() == std::min<std::size_t>(r.Data.Apps.size(), 20));
    if (!r.Data.Apps.empty())
        index.Search({ r.Data.Apps[0].Name, "", "", "", "" }, 20);

    // `validate` also measures the reading grade of the same files: every warning names a file and a pointer.
    for (const core::Problem& w : core::LintReadingGrade(files))
        Require(!w.File.empty() && !w.Pointer.empty() && w.Pointer[0] == '/');
    return 0;
}
