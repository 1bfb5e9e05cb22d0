// cli_html.cpp — `appfinder-cli html [--data DIR] [--shell FILE] OUT_DIR`: writes the site's pages at build time,
// index.html (shell.html with the Programme as HTML) and one text page per other screen (core/static_html.h),
// so the content can be read before and without the app (native CLI only).
#include "cli/commands.h"
#include "cli/data_folder.h"
#include "core/data_loader.h"
#include "core/embed_choices.h"
#include "core/search_index.h"
#include "core/static_html.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

void PrintHtmlUsage(std::FILE* out)
{
    std::fprintf(out,
                 "usage: appfinder-cli html [--data DIR] [--shell FILE] [--builder FILE] OUT_DIR\n"
                 "  Writes the site's pages into OUT_DIR (made if missing), readable without JavaScript\n"
                 "  or WebGL: index.html, the shell page with the block between\n"
                 "  <!-- APPFINDER:STATIC-CONTENT --> and <!-- /APPFINDER:STATIC-CONTENT --> replaced by\n"
                 "  the Programme as HTML, and timeline.html, trusts.html, apps.html, wearables.html and\n"
                 "  sources.html, text pages with the shell's stylesheet and no scripts.\n"
                 "  --data DIR     read the data from DIR instead of the data built into this program\n"
                 "  --shell FILE   the page to fill (default: ./shell.html)\n"
                 "  --builder FILE also write embed.html: FILE (web/embed.html) with the same markers\n"
                 "                 filled with the embed builder's choices from the data\n"
                 "  Exit status: 0 written, 1 invalid data or a file could not be read or written\n"
                 "  (the pages in OUT_DIR are then left as they were), 2 usage error.\n");
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

// Writes every page to a temporary file beside its place and renames them only when all are written, so a page
// that cannot be written leaves the folder's pages as they were, never half a page.
bool WritePages(const std::string& dir, const std::vector<core::StaticPage>& pages, std::string& failed)
{
    std::vector<std::string> temps;
    auto remove_temps = [&temps] { for (const std::string& t : temps) std::remove(t.c_str()); };
    for (const core::StaticPage& page : pages) {
        const std::string temp = (std::filesystem::path(dir) / (page.FileName + ".tmp")).string();
        temps.push_back(temp);
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(page.Html.data(), static_cast<std::streamsize>(page.Html.size()));
        out.close();
        if (!out) {
            failed = temp;
            remove_temps();
            return false;
        }
    }
    for (size_t i = 0; i < pages.size(); i++) {
        const std::string path = (std::filesystem::path(dir) / pages[i].FileName).string();
        if (std::rename(temps[i].c_str(), path.c_str()) != 0) {
            failed = path;
            remove_temps();
            return false;
        }
    }
    return true;
}

} // namespace

int RunHtml(int argc, char** argv)
{
    std::string data_dir, shell_path = "shell.html", builder_path, out_dir;
    for (int i = 1; i < argc; i++) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            PrintHtmlUsage(stdout);
            return 0;
        }
        if ((arg == "--data" || arg == "--shell" || arg == "--builder") && i + 1 < argc)
            (arg == "--data" ? data_dir : arg == "--shell" ? shell_path
                                                           : builder_path) = argv[++i];
        else if (!arg.empty() && arg[0] != '-' && out_dir.empty())
            out_dir = arg;
        else {
            std::fprintf(stderr, "appfinder-cli html: unexpected argument '%s'\n", arg.c_str());
            PrintHtmlUsage(stderr);
            return 2;
        }
    }
    if (out_dir.empty()) {
        PrintHtmlUsage(stderr);
        return 2;
    }

    std::vector<core::DataFile> files;
    std::string error;
    if (data_dir.empty())
        files = core::BundledDataFiles();
    else if (!ReadDataFolder(data_dir, files, error)) {
        std::fprintf(stderr, "appfinder-cli html: %s\n", error.c_str());
        return 1;
    }
    // The page must say what the app says: data the app would partly skip stops the build instead.
    const core::LoadResult loaded = core::LoadDataset(files);
    for (const core::Problem& p : loaded.Problems)
        std::fprintf(stderr, "%s\n", core::FormatProblem(p).c_str());
    if (!loaded.Problems.empty()) {
        std::fprintf(stderr, "appfinder-cli html: the data has %zu problem%s; nothing written to %s\n", loaded.Problems.size(),
                     loaded.Problems.size() == 1 ? "" : "s", out_dir.c_str());
        return 1;
    }

    std::string shell_text;
    if (!ReadFile(shell_path, shell_text)) {
        std::fprintf(stderr, "appfinder-cli html: %s: cannot read the shell page\n", shell_path.c_str());
        return 1;
    }
    core::ShellParts shell; // read once: every page takes its parts from here
    std::vector<core::StaticPage> pages;
    if (core::ReadShell(shell_text, shell, error)) pages = core::RenderStaticSite(loaded.Data, shell, error);
    if (!error.empty()) {
        std::fprintf(stderr, "appfinder-cli html: %s: %s; nothing written to %s\n", shell_path.c_str(), error.c_str(), out_dir.c_str());
        return 1;
    }
    core::SearchIndex index; // the app's own engine, built once: the search scopes' pages and the builder's searches
    index.Build(loaded.Data);
    for (core::StaticPage& page : core::RenderScopePages(loaded.Data, shell, index))
        pages.push_back(std::move(page));
    for (core::StaticPage& page : core::RenderCardPages(loaded.Data, shell))
        pages.push_back(std::move(page));
    if (!builder_path.empty()) {
        std::string builder;
        if (!ReadFile(builder_path, builder)) {
            std::fprintf(stderr, "appfinder-cli html: %s: cannot read the builder page\n", builder_path.c_str());
            return 1;
        }
        pages.push_back({ "embed.html", core::FillShell(builder, core::EmbedChoices(loaded.Data, index), error) });
        if (!error.empty()) {
            std::fprintf(stderr, "appfinder-cli html: %s: %s; nothing written to %s\n", builder_path.c_str(), error.c_str(), out_dir.c_str());
            return 1;
        }
    }
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    std::string failed;
    if (ec || !WritePages(out_dir, pages, failed)) {
        std::fprintf(stderr, "appfinder-cli html: %s: cannot write the file\n", ec ? out_dir.c_str() : failed.c_str());
        return 1;
    }
    size_t bytes = 0;
    for (const core::StaticPage& page : pages)
        bytes += page.Html.size();
    std::fprintf(stderr, "appfinder-cli html: wrote %zu pages to %s (%zu bytes)\n", pages.size(), out_dir.c_str(), bytes);
    return 0;
}
