// main.cpp — appfinder-cli, the native command line: dispatches to the subcommands of commands.h.
#include "cli/commands.h"

#include <cstdio>
#include <cstring>

namespace {

void PrintUsage(std::FILE* out)
{
    std::fprintf(out, "usage: appfinder-cli <command> [arguments]\n"
                      "commands:\n"
                      "  validate [--strict] [DIR]  check a data folder (default: the bundled data)\n"
                      "  readability [DIR]  the reading grade of the public text, per file\n"
                      "  search QUERY     search as the app does (--json for one JSON array)\n"
                      "  bench            time search on a synthetic catalogue of 10,000 apps\n"
                      "  html OUT_DIR     write the site's pages (index.html and the text pages)\n"
                      "  help             show this message\n"
                      "`appfinder-cli <command> --help` describes a command.\n");
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        PrintUsage(stderr);
        return 2;
    }
    const char* command = argv[1];
    if (std::strcmp(command, "validate") == 0)
        return RunValidate(argc - 1, argv + 1);
    if (std::strcmp(command, "readability") == 0)
        return RunReadability(argc - 1, argv + 1);
    if (std::strcmp(command, "search") == 0)
        return RunSearch(argc - 1, argv + 1);
    if (std::strcmp(command, "bench") == 0)
        return RunBench(argc - 1, argv + 1);
    if (std::strcmp(command, "html") == 0)
        return RunHtml(argc - 1, argv + 1);
    if (std::strcmp(command, "help") == 0 || std::strcmp(command, "--help") == 0 || std::strcmp(command, "-h") == 0) {
        PrintUsage(stdout);
        return 0;
    }
    std::fprintf(stderr, "appfinder-cli: unknown command '%s'\n", command);
    PrintUsage(stderr);
    return 2;
}
