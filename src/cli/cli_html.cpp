// cli_html.cpp — `appfinder-cli html [--data DIR] [--shell FILE] OUT`: writes the site's index.html at build
// time, shell.html with its static-content block filled with the whole content as HTML (core/static_html.h),
// so the page can be read before and without the app (native CLI only).
#include "cli/commands.h"
#include "cli/data_folder.h"
#include "core/data_loader.h"
#include "core/static_html.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

void PrintHtmlUsage(std::FILE* out)
{
    std::fprintf(out,
        "usage: appfinder-cli html [--data DIR] [--shell FILE] OUT\n"
        "  Writes OUT (the site's index.html): the shell page with the block between\n"
        "  <!-- APPFINDER:STATIC-CONTENT --> and <!-- /APPFINDER:STATIC-CONTENT --> replaced by\n"
        "  the whole content as HTML, readable without JavaScript or WebGL.\n"
        "  --data DIR     read the data from DIR instead of the data built into this program\n"
        "  --shell FILE   the page to fill (default: ./shell.html)\n"
        "  Exit status: 0 written, 1 invalid data or a file could not be read or written\n"
        "  (OUT is then left as it was), 2 usage error.\n");
}

bool ReadFile(const std::string& path, std::string& text)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    return !in.bad();
}

// Writes next to `path` first and renames, so a failed run never leaves half a page behind.
bool WriteFileAtomically(const std::string& path, const std::string& text)
{
    const std::string temp = path + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) return false;
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        if (!out) { std::remove(temp.c_str()); return false; }
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) { std::remove(temp.c_str()); return false; }
    return true;
}

} // namespace

int RunHtml(int argc, char** argv)
{
    std::string data_dir, shell_path = "shell.html", out_path;
    for (int i = 1; i < argc; i++)
    {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h")
        {
            PrintHtmlUsage(stdout);
            return 0;
        }
        if ((arg == "--data" || arg == "--shell") && i + 1 < argc)
            (arg == "--data" ? data_dir : shell_path) = argv[++i];
        else if (!arg.empty() && arg[0] != '-' && out_path.empty())
            out_path = arg;
        else
        {
            std::fprintf(stderr, "appfinder-cli html: unexpected argument '%s'\n", arg.c_str());
            PrintHtmlUsage(stderr);
            return 2;
        }
    }
    if (out_path.empty())
    {
        PrintHtmlUsage(stderr);
        return 2;
    }

    std::vector<core::DataFile> files;
    std::string error;
    if (data_dir.empty())
        files = core::BundledDataFiles();
    else if (!ReadDataFolder(data_dir, files, error))
    {
        std::fprintf(stderr, "appfinder-cli html: %s\n", error.c_str());
        return 1;
    }
    // The page must say what the app says: data the app would partly skip stops the build instead.
    const core::LoadResult loaded = core::LoadDataset(files);
    for (const core::Problem& p : loaded.Problems)
        std::fprintf(stderr, "%s\n", core::FormatProblem(p).c_str());
    if (!loaded.Problems.empty())
    {
        std::fprintf(stderr, "appfinder-cli html: the data has %zu problem%s; %s not written\n", loaded.Problems.size(),
                     loaded.Problems.size() == 1 ? "" : "s", out_path.c_str());
        return 1;
    }

    std::string shell;
    if (!ReadFile(shell_path, shell))
    {
        std::fprintf(stderr, "appfinder-cli html: %s: cannot read the shell page\n", shell_path.c_str());
        return 1;
    }
    const std::string page = core::FillShell(shell, core::RenderStaticContent(loaded.Data), error);
    if (!error.empty())
    {
        std::fprintf(stderr, "appfinder-cli html: %s: %s; %s not written\n", shell_path.c_str(), error.c_str(), out_path.c_str());
        return 1;
    }
    if (!WriteFileAtomically(out_path, page))
    {
        std::fprintf(stderr, "appfinder-cli html: %s: cannot write the file\n", out_path.c_str());
        return 1;
    }
    std::fprintf(stderr, "appfinder-cli html: wrote %s (%zu bytes)\n", out_path.c_str(), page.size());
    return 0;
}
