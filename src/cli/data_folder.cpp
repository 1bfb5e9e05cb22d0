// data_folder.cpp — reads a data folder's *.json files (native CLI only).
#include "cli/data_folder.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace fs = std::filesystem;

bool ReadDataFolder(const std::string& dir, std::vector<core::DataFile>& out, std::string& error)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        error = dir + ": not a folder";
        return false;
    }
    std::vector<fs::path> paths;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".json" && it->is_regular_file(ec))
            paths.push_back(it->path());
    if (ec) {
        error = dir + ": cannot list the folder: " + ec.message();
        return false;
    }
    std::sort(paths.begin(), paths.end());

    for (const fs::path& path : paths) {
        // One byte more than the limit is enough for LoadDataset to see that the file is too large.
        const std::uintmax_t size = fs::file_size(path, ec);
        std::string text(static_cast<std::size_t>(std::min<std::uintmax_t>(ec ? 0 : size, core::MaxDataFileBytes + 1)), '\0');
        std::ifstream in(path, std::ios::binary);
        in.read(&text[0], static_cast<std::streamsize>(text.size()));
        if (ec || !in.is_open() || in.bad()) {
            error = path.string() + ": cannot read the file";
            return false;
        }
        text.resize(static_cast<std::size_t>(in.gcount()));
        out.push_back({ path.filename().string(), std::move(text) });
    }
    return true;
}

bool ReadDataOrBundled(const char* dir, std::vector<core::DataFile>& out, std::string& where, std::string& error)
{
    if (dir == nullptr) {
        where = "bundled data";
        out = core::BundledDataFiles();
        return true;
    }
    where = dir;
    return ReadDataFolder(where, out, error);
}

void ReadDataArg(int argc, char** argv, int& i, DataArgs& args)
{
    if (std::strcmp(argv[i], "--reading-grade") == 0 && i + 1 < argc) {
        char* end = nullptr;
        args.GradeLimit = std::strtod(argv[++i], &end);
        args.UsageError = args.UsageError || end == argv[i] || *end != '\0';
    } else if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0)
        args.Help = true;
    else if (argv[i][0] == '-' || args.Dir != nullptr)
        args.UsageError = true;
    else
        args.Dir = argv[i];
}
