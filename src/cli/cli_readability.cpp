// cli_readability.cpp — `appfinder-cli readability [--fields] [--reading-grade N] [DIR]`: the reading grade
// of the public text (core/readability.h), per file and per kind of field: how many fields, the median
// grade and the share above the limit; with --fields, every field's grade (native CLI only).
#include "cli/commands.h"
#include "cli/data_folder.h"
#include "core/readability.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace {

double Median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

void PrintRow(const std::string& what, const std::vector<double>& grades, double limit)
{
    const std::size_t above = static_cast<std::size_t>(std::count_if(grades.begin(), grades.end(), [&](double g) { return core::AboveReadingLimit(g, limit); }));
    std::printf("%-34s %6zu %8.1f %6zu %6.1f%%\n", what.c_str(), grades.size(), Median(grades), above,
                grades.empty() ? 0.0 : 100.0 * static_cast<double>(above) / static_cast<double>(grades.size()));
}

} // namespace

int RunReadability(int argc, char** argv)
{
    bool fields = false;
    DataArgs args;
    args.GradeLimit = core::DefaultReadingGradeLimit;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--fields") == 0)
            fields = true;
        else
            ReadDataArg(argc, argv, i, args);
    }
    const bool help = args.Help;
    const double limit = args.GradeLimit;
    if (help || args.UsageError) {
        std::fprintf(help ? stdout : stderr,
                     "usage: appfinder-cli readability [--fields] [--reading-grade N] [DIR]\n"
                     "  Prints the Flesch-Kincaid grade of the public text in DIR (default: the data built into\n"
                     "  this program) per file and per kind of field: fields, median grade, how many and what share\n"
                     "  are above N (default 9). Reading age is about the grade + 5. Names of trusts, apps and\n"
                     "  publishers count as one short word. --fields also prints `grade file pointer` per field.\n");
        return help ? 0 : 2;
    }
    std::vector<core::DataFile> files;
    std::string where, error;
    if (!ReadDataOrBundled(args.Dir, files, where, error)) {
        std::fprintf(stderr, "appfinder-cli readability: %s\n", error.c_str());
        return 1;
    }
    const core::NameList names(core::NamesInData(files));
    std::map<std::string, std::vector<double>> per_file, per_kind;
    std::vector<double> all;
    for (const core::ReadingField& f : core::PublicTextFields(files)) {
        const double grade = core::MeasureReading(f.Text, names).Grade;
        per_file[f.File].push_back(grade);
        per_kind[f.File + " " + f.Kind].push_back(grade);
        all.push_back(grade);
        if (fields)
            std::printf("%5.1f  %s %s\n", grade, f.File.c_str(), f.Pointer.c_str());
    }
    std::printf("%s: reading grade (Flesch-Kincaid), limit %.1f\n", where.c_str(), limit);
    std::printf("%-34s %6s %8s %6s %7s\n", "file / field", "fields", "median", "above", "share");
    for (const auto& [file, grades] : per_file) {
        PrintRow(file, grades, limit);
        for (const auto& [kind, kind_grades] : per_kind)
            if (kind.compare(0, file.size() + 1, file + " ") == 0)
                PrintRow("  " + kind.substr(file.size() + 1), kind_grades, limit);
    }
    PrintRow("all", all, limit);
    return 0;
}
