// bad_data_test.cpp — every case of tests/data/bad/ (see its README) goes through core::LoadDataset:
// it must not crash, must be reported by the file and pointer (or words) its EXPECT names, and must
// leave the rest of the data loaded. tests/data/run-bad-cases.sh runs the same cases through the CLI;
// here they also run under ASan and UBSan (the sanitize preset).
#include "core/data_loader.h"
#include "core/link_lint.h"
#include "core/readability.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct BadCase {
    std::string Name;
    std::map<std::string, std::string> Files; // name -> text: assets/ with the case's changes
    std::string File;                         // EXPECT "file:"
    std::string Names;                        // EXPECT "names:": a pointer ("/apps/1/url") or words
    std::vector<std::string> Keeps;           // EXPECT "keeps:": parts of the broken file that still load
    bool Strict = false;                      // EXPECT "strict: yes": a weak link, reported as a warning (core/link_lint.h)
};

std::string ReadFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> Words(const std::string& text)
{
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string word; in >> word;)
        out.push_back(word);
    return out;
}

// "@@REPEAT 3 ab@@" becomes "ababab", as the perl line of run-bad-cases.sh does it.
std::string ExpandRepeats(const std::string& text)
{
    std::string out;
    std::size_t at = 0;
    for (;;) {
        const std::size_t start = text.find("@@REPEAT ", at);
        const std::size_t space = start == std::string::npos ? start : text.find(' ', start + 9);
        const std::size_t end = space == std::string::npos ? space : text.find("@@", space + 1);
        if (end == std::string::npos)
            break;
        const unsigned long count = std::strtoul(text.c_str() + start + 9, nullptr, 10);
        const std::string unit = text.substr(space + 1, end - space - 1);
        out.append(text, at, start - at);
        out.reserve(out.size() + count * unit.size());
        for (unsigned long i = 0; i < count; i++)
            out += unit;
        at = end + 2;
    }
    out.append(text, at, std::string::npos);
    return out;
}

// The data folder the case describes: assets/, the case's *.json over it, REMOVE taken out, GENERATE expanded.
BadCase ReadCase(const fs::path& dir)
{
    BadCase c;
    c.Name = dir.filename().string();
    for (const fs::directory_entry& e : fs::directory_iterator(APPFINDER_ASSETS_DIR))
        if (e.path().extension() == ".json")
            c.Files[e.path().filename().string()] = ReadFile(e.path());
    for (const fs::directory_entry& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".json")
            c.Files[e.path().filename().string()] = ReadFile(e.path());
    if (fs::exists(dir / "REMOVE"))
        for (const std::string& name : Words(ReadFile(dir / "REMOVE")))
            c.Files.erase(name);
    if (fs::exists(dir / "GENERATE"))
        for (const std::string& name : Words(ReadFile(dir / "GENERATE")))
            c.Files[name] = ExpandRepeats(ReadFile(dir / name));

    std::istringstream expect(ReadFile(dir / "EXPECT"));
    for (std::string line; std::getline(expect, line);) {
        const std::size_t colon = line.find(": ");
        const std::string key = line.substr(0, colon), value = colon == std::string::npos ? "" : line.substr(colon + 2);
        if (key == "file")
            c.File = value;
        else if (key == "names")
            c.Names = value;
        else if (key == "keeps")
            c.Keeps = Words(value);
        else if (key == "strict")
            c.Strict = value == "yes";
    }
    return c;
}

std::vector<fs::path> CaseFolders()
{
    std::vector<fs::path> out;
    const fs::path root = fs::path(APPFINDER_TEST_DATA_DIR) / "bad";
    if (fs::is_directory(root))
        for (const fs::directory_entry& e : fs::directory_iterator(root))
            if (e.is_directory())
                out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// The parts of the Dataset each file fills, by the names EXPECT's "keeps:" uses.
const std::map<std::string, std::vector<std::string>>& PartsOfFile()
{
    static const std::map<std::string, std::vector<std::string>> parts = {
        { "sources.json", { "sources" } },
        { "programme.json", { "sections", "figures", "funding_tiers" } },
        { "timeline.json", { "events" } },
        { "trusts.json", { "groups", "trusts", "money_rows", "totals" } },
        { "apps.json", { "listing", "categories", "apps" } },
        { "wearables.json", { "topics", "checklist" } },
        { "synonyms.json", { "synonyms" } },
    };
    return parts;
}

std::size_t PartSize(const core::Dataset& d, const std::string& part)
{
    if (part == "sources") return d.Sources.size();
    if (part == "sections") return d.Sections.size();
    if (part == "figures") return d.Figures.size();
    if (part == "funding_tiers") return d.FundingTiers.size();
    if (part == "events") return d.Timeline.size();
    if (part == "groups") return d.Groups.size();
    if (part == "trusts") return d.Trusts.size();
    if (part == "money_rows") return d.MoneyRows.size();
    if (part == "totals") return d.Totals.size();
    if (part == "listing") return d.Listing.AsOf.empty() ? 0 : 1;
    if (part == "categories") return d.Categories.size();
    if (part == "apps") return d.Apps.size();
    if (part == "topics") return d.Topics.size();
    if (part == "checklist") return d.Checklist.size();
    if (part == "synonyms") return d.SynonymGroups.size();
    FAIL("EXPECT names an unknown part: ", part);
    return 0;
}

// A pointer must be a problem's pointer; other words may be anywhere in one of the file's problems.
bool Names(const std::vector<core::Problem>& reported, const BadCase& c)
{
    return std::any_of(reported.begin(), reported.end(), [&](const core::Problem& p) {
        if (p.File != c.File)
            return false;
        return c.Names[0] == '/' ? p.Pointer == c.Names : core::FormatProblem(p).find(c.Names) != std::string::npos;
    });
}

std::string AllProblems(const core::LoadResult& r)
{
    std::string out;
    for (const core::Problem& p : r.Problems)
        out += core::FormatProblem(p).substr(0, 300) + "\n";
    return out;
}

} // namespace

TEST_SUITE("bad data") {

TEST_CASE("the bad data cases are there, each with a file and what its problem names")
{
    const std::vector<fs::path> folders = CaseFolders();
    CHECK(folders.size() >= 30);
    for (const fs::path& dir : folders) {
        const BadCase c = ReadCase(dir);
        INFO("case ", c.Name);
        CHECK(PartsOfFile().count(c.File) == 1);
        CHECK(!c.Names.empty());
    }
}

TEST_CASE("every bad data case is reported by its file and field, and the rest of the data still loads")
{
    for (const fs::path& dir : CaseFolders()) {
        const BadCase c = ReadCase(dir);
        if (c.Names.empty())
            continue; // reported by the test above
        std::vector<core::DataFile> files;
        for (const auto& [name, text] : c.Files)
            files.push_back({ name, text });
        const core::LoadResult r = core::LoadDataset(files);

        INFO("case ", c.Name, "; problems:\n", AllProblems(r));
        std::vector<core::Problem> reported = r.Problems;
        if (c.Strict) {
            for (const core::Problem& p : r.Problems) // a weak link is a warning: nothing in its file is skipped
                CHECK_MESSAGE(p.File != c.File, core::FormatProblem(p));
            for (const core::LinkWarning& w : core::LintLinks(files))
                reported.push_back(w.Where);
            for (const core::Problem& w : core::LintReadingGrade(files)) // a hard read is a warning too
                reported.push_back(w);
        }
        CHECK(Names(reported, c));

        std::map<std::string, std::size_t> per_file;
        for (const core::Problem& p : r.Problems)
            per_file[p.File]++;
        for (const auto& [file, count] : per_file)
            CHECK(count <= core::MaxProblemsPerFile + 1);

        for (const auto& [file, parts] : PartsOfFile())
            for (const std::string& part : parts)
                if (file != c.File) {
                    INFO("part ", part, " of ", file, " (not the broken file) is empty");
                    CHECK(PartSize(r.Data, part) > 0);
                }
        for (const std::string& part : c.Keeps) {
            INFO("part ", part, " of the broken file is empty");
            CHECK(PartSize(r.Data, part) > 0);
        }
    }
}

TEST_CASE("the case files expand @@REPEAT as the runner does")
{
    CHECK(ExpandRepeats("a@@REPEAT 3 xy@@b") == "axyxyxyb");
    CHECK(ExpandRepeats("@@REPEAT 2 [@@@@REPEAT 2 ]@@") == "[[]]");
    CHECK(ExpandRepeats("no placeholder @@") == "no placeholder @@");
}

} // TEST_SUITE
