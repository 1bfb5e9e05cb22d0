// glyph_ranges_test.cpp — the one glyph list (cmake/glyph_ranges.txt, generated into ui/glyph_ranges.h) covers
// every character the app may draw: all of the bundled data and the program's string literals.
#include "ui/glyph_ranges.h"

#include "imgui_internal.h" // ImTextCharFromUtf8: ImGui's own UTF-8 decoding, as the atlas reads text

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string Name(unsigned int c)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", c);
    return buf;
}

bool InRanges(const ImWchar* ranges, unsigned int c)
{
    for (const ImWchar* r = ranges; r[0]; r += 2)
        if (c >= r[0] && c <= r[1]) return true;
    return false;
}

// Every character of `a` that `b` lacks, as "U+XXXX" strings.
std::vector<std::string> Missing(const ImWchar* a, const ImWchar* b)
{
    std::vector<std::string> out;
    for (const ImWchar* r = a; r[0]; r += 2)
        for (unsigned int c = r[0]; c <= r[1]; ++c)
            if (!InRanges(b, c)) out.push_back(Name(c));
    return out;
}

std::string ReadFile(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

unsigned int Hex(const std::string& text, std::size_t at, int digits)
{
    return static_cast<unsigned int>(std::strtoul(text.substr(at, static_cast<std::size_t>(digits)).c_str(), nullptr, 16));
}

// Characters beyond ASCII in `text` (UTF-8, and \uXXXX or \UXXXXXXXX escapes), each with where it was first seen.
// For source files only what is inside string literals counts: comments and character literals are skipped.
void Collect(const std::string& text, const std::string& where, bool source, std::map<unsigned int, std::string>& found)
{
    auto note = [&](unsigned int c) { if (c > 0x7E) found.emplace(c, where); };
    bool in_string = !source; // a JSON file: every string is text (keys too, which are ASCII)
    for (std::size_t i = 0; i < text.size();) {
        const char ch = text[i];
        if (source && !in_string) {
            if (text.compare(i, 2, "//") == 0) {
                i = text.find('\n', i);
                if (i == std::string::npos) break;
                continue;
            }
            if (text.compare(i, 2, "/*") == 0) {
                i = text.find("*/", i + 2);
                if (i == std::string::npos) break;
                i += 2;
                continue;
            }
            if (ch == '\'') { // a character literal: '"' must not open a string
                i = text.find('\'', i + (text.compare(i, 3, "'\\'") == 0 ? 3 : 2)) + 1;
                continue;
            }
            if (ch == '"') in_string = true;
            ++i;
            continue;
        }
        if (source && ch == '"') {
            in_string = false;
            ++i;
            continue;
        }
        if (ch == '\\' && i + 1 < text.size()) {
            if (text[i + 1] == 'u' && i + 5 < text.size()) {
                note(Hex(text, i + 2, 4));
                i += 6;
                continue;
            }
            if (text[i + 1] == 'U' && i + 9 < text.size()) {
                note(Hex(text, i + 2, 8));
                i += 10;
                continue;
            }
            i += 2;
            continue;
        }
        if (static_cast<unsigned char>(ch) < 0x80) {
            ++i;
            continue;
        }
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, text.c_str() + i, text.c_str() + text.size());
        note(c);
        i += static_cast<std::size_t>(n > 0 ? n : 1);
    }
}

} // namespace

TEST_SUITE("glyph ranges") {

TEST_CASE("the Regular subset holds every character in assets/*.json and in the program's string literals")
{
    std::map<unsigned int, std::string> data, literals;
    for (const auto& e : fs::directory_iterator(APPFINDER_ASSETS_DIR))
        if (e.path().extension() == ".json") Collect(ReadFile(e.path()), e.path().filename().string(), false, data);
    const fs::path src = fs::path(APPFINDER_ASSETS_DIR).parent_path() / "src";
    for (const char* dir : { "core", "ui", "platform" })
        for (const auto& e : fs::directory_iterator(src / dir))
            if (e.path().extension() == ".cpp" || e.path().extension() == ".h" || e.path().extension() == ".inc")
                Collect(ReadFile(e.path()), (fs::path(dir) / e.path().filename()).string(), true, literals);
    Collect(ReadFile(src / "main.cpp"), "main.cpp", true, literals);

    // The scan is not empty: the data names sums in pounds, and the interface uses typographic quotes.
    CHECK(data.count(0x00A3) == 1);
    CHECK(literals.count(0x201C) == 1);
    for (const auto* found : { &data, &literals })
        for (const auto& [c, where] : *found) {
            INFO(Name(c) << " in " << where << " is not in cmake/glyph_ranges.txt's \"regular\" set");
            CHECK(InRanges(ui::glyphs::kRegular, c));
        }
}

TEST_CASE("each smaller set is drawn from a font that holds it")
{
    // Bold text asks for "content"; what the Bold subset lacks, Regular fills in, so Regular must hold it.
    CHECK(Missing(ui::glyphs::kContent, ui::glyphs::kRegular).empty());
    // The Bold subset is part of what bold text asks for.
    CHECK(Missing(ui::glyphs::kBold, ui::glyphs::kContent).empty());
    // The key figures' font is Bold alone, with nothing merged in: every figure character must be in Bold.
    CHECK(Missing(ui::glyphs::kFigure, ui::glyphs::kBold).empty());
}

} // TEST_SUITE
