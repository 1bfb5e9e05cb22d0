// cli_validate.cpp — `appfinder-cli validate [--strict] [DIR]`: checks a data folder, or the bundled data
// when no folder is given, and prints every problem as `file: pointer: message` and every weak link
// (core/link_lint.h) and every field above the reading grade limit (core/readability.h) as
// `file: pointer: warning: message` (native CLI only).
#include "cli/commands.h"
#include "cli/data_folder.h"
#include "core/data_loader.h"
#include "core/link_lint.h"
#include "core/readability.h"

#include <cstdio>
#include <cstring>
#include <string>

int RunValidate(int argc, char** argv)
{
    bool strict = false;
    DataArgs args;
    args.GradeLimit = core::DefaultReadingGradeLimit;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--strict") == 0)
            strict = true;
        else
            ReadDataArg(argc, argv, i, args);
    }
    const bool help = args.Help;
    if (help || args.UsageError) {
        std::fprintf(help ? stdout : stderr, "usage: appfinder-cli validate [--strict] [--reading-grade N] [DIR]\n"
                                             "  Checks the data files in DIR (default: the data built into this program)\n"
                                             "  and prints each problem as `file: /json/pointer: message`, and each weak link\n"
                                             "  (http:, a shortener, a staging or mirror host, a closed service's front page,\n"
                                             "  a stray '#', a placeholder title) and each public text above the reading grade\n"
                                             "  limit as `file: /json/pointer: warning: message`.\n"
                                             "  --reading-grade N  the Flesch-Kincaid grade a text may reach (default 9; reading\n"
                                             "            age is about the grade + 5); `appfinder-cli readability` shows each grade.\n"
                                             "  --strict  warnings count as problems for the exit status.\n"
                                             "  Exit status: 0 valid, 1 problems found, 2 usage error.\n");
        return help ? 0 : 2;
    }

    std::vector<core::DataFile> files;
    std::string where, error;
    if (!ReadDataOrBundled(args.Dir, files, where, error)) {
        std::fprintf(stderr, "appfinder-cli validate: %s\n", error.c_str());
        return 1;
    }

    const core::LoadResult result = core::LoadDataset(files);
    for (const core::Problem& p : result.Problems)
        std::printf("%s\n", core::FormatProblem(p).c_str());
    const std::vector<core::LinkWarning> warnings = core::LintLinks(files);
    for (const core::LinkWarning& w : warnings)
        std::printf("%s\n", core::FormatWarning(w).c_str());
    const std::vector<core::Problem> hard_reads = core::LintReadingGrade(files, args.GradeLimit);
    for (const core::Problem& w : hard_reads)
        std::printf("%s\n", core::FormatProblem(w).c_str());
    std::fflush(stdout);

    const core::Dataset& d = result.Data;
    const std::size_t problems = result.Problems.size(), count = warnings.size() + hard_reads.size();
    if (problems == 0)
        std::fprintf(stderr, "%s: valid (%zu sources, %zu trusts, %zu apps, %zu timeline events)", where.c_str(),
                     d.Sources.size(), d.Trusts.size(), d.Apps.size(), d.Timeline.size());
    else
        std::fprintf(stderr, "%s: %zu problem%s", where.c_str(), problems, problems == 1 ? "" : "s");
    std::fprintf(stderr, "; %zu warning%s%s\n", count, count == 1 ? "" : "s",
                 count > 0 && strict ? " (--strict: they count as problems)" : "");
    return problems == 0 && !(strict && count > 0) ? 0 : 1;
}
