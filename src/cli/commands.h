// commands.h — the subcommands of appfinder-cli, one per file cli_<name>.cpp (native only).
// Each gets argv from the subcommand's name on (argv[0] is "validate"), and returns the exit code:
// 0 success, 1 failure (invalid data...), 2 usage error.
#pragma once

int RunValidate(int argc, char** argv);    // validate [DIR]: check a data folder, or the bundled data
int RunSearch(int argc, char** argv);      // defined in cli_search.cpp
int RunBench(int argc, char** argv);       // defined in cli_bench.cpp
int RunHtml(int argc, char** argv);        // html [--data DIR] [--shell FILE] OUT_DIR: write the pages; cli_html.cpp
int RunReadability(int argc, char** argv); // readability [--fields] [DIR]: reading grades; cli_readability.cpp
