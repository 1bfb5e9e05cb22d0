// cli_validate.cpp — `appfinder-cli validate [DIR]`: checks a data folder, or the bundled data
// when no folder is given, and prints every problem as `file: pointer: message` (native CLI only).
#include "cli/commands.h"
#include "cli/data_folder.h"
#include "core/data_loader.h"

#include <cstdio>
#include <cstring>
#include <string>

int RunValidate(int argc, char** argv)
{
    if (argc > 2 || (argc == 2 && argv[1][0] == '-'))
    {
        const bool help = argc == 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0);
        std::fprintf(help ? stdout : stderr, "usage: appfinder-cli validate [DIR]\n"
                     "  Checks the data files in DIR (default: the data built into this program)\n"
                     "  and prints each problem as `file: /json/pointer: message`.\n"
                     "  Exit status: 0 valid, 1 problems found, 2 usage error.\n");
        return help ? 0 : 2;
    }

    std::vector<core::DataFile> files;
    std::string where = "bundled data";
    if (argc == 2)
    {
        where = argv[1];
        std::string error;
        if (!ReadDataFolder(where, files, error))
        {
            std::fprintf(stderr, "appfinder-cli validate: %s\n", error.c_str());
            return 1;
        }
    }
    else
        files = core::BundledDataFiles();

    const core::LoadResult result = core::LoadDataset(files);
    for (const core::Problem& p : result.Problems)
        std::printf("%s\n", core::FormatProblem(p).c_str());
    std::fflush(stdout);

    const core::Dataset& d = result.Data;
    if (result.Problems.empty())
        std::fprintf(stderr, "%s: valid (%zu sources, %zu trusts, %zu apps, %zu timeline events)\n",
                     where.c_str(), d.Sources.size(), d.Trusts.size(), d.Apps.size(), d.Timeline.size());
    else
        std::fprintf(stderr, "%s: %zu problem%s\n", where.c_str(), result.Problems.size(), result.Problems.size() == 1 ? "" : "s");
    return result.Problems.empty() ? 0 : 1;
}
