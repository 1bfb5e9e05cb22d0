// text_normalize.cpp — UTF-8 to search words (layer: core).
// Folding covers ASCII, Latin-1 and Latin Extended-A (é→e, ß→ss, œ→oe), Greek and Cyrillic capitals,
// and drops combining accents; other scripts pass through unchanged. Symbols and punctuation split words.
#include "core/text_normalize.h"

#include "core/text_format.h"

#include <algorithm>
#include <cstdint>

namespace core {

namespace {

enum class CharClass { Word,
                       Separator,
                       Ignore,
                       Ampersand,
                       Apostrophe };

// U+00C0..U+00FF; '.' marks a separator (× and ÷), '1'..'4' the two-letter foldings below.
const char kLatin1[] = "aaaaaa1ceeeeiiiidnooooo.ouuuuy32aaaaaa1ceeeeiiiidnooooo.ouuuuy3y";
static_assert(sizeof(kLatin1) == 64 + 1, "one entry per code point");
// U+0100..U+017F; '5' is ĳ, '6' is œ.
const char kLatinExtA[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii55jjkkkllllllllllnnnnnnnnnoooooo66rrrrrrssssssss"
    "ttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(sizeof(kLatinExtA) == 128 + 1, "one entry per code point");

const char* Expansion(char code)
{
    switch (code) {
    case '1': return "ae";
    case '2': return "ss";
    case '3': return "th";
    case '5': return "ij";
    case '6': return "oe";
    default: return nullptr;
    }
}

// Decodes one code point at s[i] (core::Utf8Sequence's rule); an invalid byte decodes as U+FFFD and consumes one byte.
std::size_t DecodeUtf8(std::string_view s, std::size_t i, std::uint32_t& cp)
{
    const std::size_t len = Utf8Sequence(s, i, cp);
    if (len > 0) return len;
    cp = 0xFFFD;
    return 1;
}

void AppendUtf8(std::uint32_t cp, std::string& out)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
        return;
    }
    if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    }
    out += static_cast<char>(0x80 | (cp & 0x3F));
}

bool AppendFolded(char code, std::string& out)
{
    if (code == '.') return false;
    if (const char* two = Expansion(code)) out += two;
    else out += code;
    return true;
}

// What a code point is to a word; a word character is appended, folded, to `folded`.
CharClass Classify(std::uint32_t cp, std::string& folded)
{
    if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z') {
            folded += static_cast<char>(cp);
            return CharClass::Word;
        }
        if (cp >= 'A' && cp <= 'Z') {
            folded += static_cast<char>(cp - 'A' + 'a');
            return CharClass::Word;
        }
        if (cp >= '0' && cp <= '9') {
            folded += static_cast<char>(cp);
            return CharClass::Word;
        }
        if (cp == '&') return CharClass::Ampersand;
        if (cp == '\'') return CharClass::Apostrophe;
        return CharClass::Separator;
    }
    if (cp < 0xC0) return CharClass::Separator; // no-break space, £, ©, «, °...
    if (cp <= 0xFF) return AppendFolded(kLatin1[cp - 0xC0], folded) ? CharClass::Word : CharClass::Separator;
    if (cp <= 0x17F) {
        AppendFolded(kLatinExtA[cp - 0x100], folded);
        return CharClass::Word;
    }
    if (cp >= 0x300 && cp <= 0x36F) return CharClass::Ignore; // combining accents: "e" + U+0301 is "e"
    if (cp >= 0x391 && cp <= 0x3A9) {
        AppendUtf8(cp + 0x20, folded);
        return CharClass::Word;
    } // Greek capitals
    if (cp >= 0x410 && cp <= 0x42F) {
        AppendUtf8(cp + 0x20, folded);
        return CharClass::Word;
    } // Cyrillic capitals
    if (cp >= 0x400 && cp <= 0x40F) {
        AppendUtf8(cp + 0x50, folded);
        return CharClass::Word;
    }
    if ((cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
        (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200D)
        return CharClass::Ignore; // more combining marks, variation selectors, joiners
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) return CharClass::Apostrophe;
    if (cp == 0xFF06) return CharClass::Ampersand;
    if (cp >= 0x2000 && cp <= 0x2BFF) return CharClass::Separator; // punctuation, dashes, currency, arrows, maths, symbols
    if (cp >= 0x3000 && cp <= 0x303F) return CharClass::Separator;
    if (cp >= 0xFFF0 && cp <= 0xFFFF) return CharClass::Separator; // specials, including the replacement character
    if (cp >= 0x1F000) return CharClass::Separator;                // emoji and pictographs
    AppendUtf8(cp, folded);
    return CharClass::Word;
}

} // namespace

void TokenizeText(std::string_view text, std::vector<TextToken>& out, bool camel_case_parts)
{
    std::string word;
    std::string folded;
    std::size_t begin = 0, end = 0;
    bool in_word = false;
    // Camel case: where pieces start, as (offset in word, byte in text); and the case of the last two letters.
    std::vector<std::pair<std::size_t, std::size_t>> pieces;
    std::pair<std::size_t, std::size_t> last_char{ 0, 0 };
    int case_before = 0, case_last = 0; // 1 lower, 2 upper, 0 anything else
    auto flush = [&]() {
        if (!in_word) return;
        out.push_back(TextToken{ word, begin, end, false });
        if (!pieces.empty()) {
            pieces.emplace(pieces.begin(), 0, begin);
            pieces.emplace_back(word.size(), end);
            for (std::size_t p = 0; p + 1 < pieces.size(); ++p) {
                const std::size_t from = pieces[p].first, to = pieces[p + 1].first;
                if (to - from >= 2) out.push_back(TextToken{ word.substr(from, to - from), pieces[p].second, pieces[p + 1].second, true });
            }
            pieces.clear();
        }
        word.clear();
        in_word = false;
        case_before = case_last = 0;
    };

    std::size_t i = 0;
    while (i < text.size()) {
        std::uint32_t cp = 0;
        const std::size_t len = DecodeUtf8(text, i, cp);
        folded.clear();
        switch (Classify(cp, folded)) {
        case CharClass::Word: {
            if (!in_word) {
                in_word = true;
                begin = i;
            }
            const int case_now = cp >= 'a' && cp <= 'z' ? 1 : cp >= 'A' && cp <= 'Z' ? 2
                                                                                     : 0;
            if (camel_case_parts) {
                if (case_last == 1 && case_now == 2) pieces.emplace_back(word.size(), i);                  // myAsthma
                else if (case_before == 2 && case_last == 2 && case_now == 1) pieces.push_back(last_char); // NHSApp
            }
            case_before = case_last;
            case_last = case_now;
            last_char = { word.size(), i };
            word += folded;
            end = i + len;
            break;
        }
        case CharClass::Ignore:
            if (in_word) end = i + len;
            break;
        case CharClass::Ampersand:
            flush();
            out.push_back(TextToken{ "and", i, i + len, false });
            break;
        case CharClass::Apostrophe: {
            // Inside a word an apostrophe joins ("don't" is "dont"); a possessive "'s" is dropped ("children's").
            if (!in_word || i + len >= text.size()) {
                flush();
                break;
            }
            std::uint32_t next = 0;
            const std::size_t next_len = DecodeUtf8(text, i + len, next);
            std::string next_folded;
            if (Classify(next, next_folded) != CharClass::Word) {
                flush();
                break;
            }
            if (next_folded == "s") {
                const std::size_t after = i + len + next_len;
                std::string after_folded;
                std::uint32_t after_cp = 0;
                if (after >= text.size() || (DecodeUtf8(text, after, after_cp),
                                             Classify(after_cp, after_folded) != CharClass::Word)) {
                    end = after;
                    flush();
                    i = after;
                    continue;
                }
            }
            case_before = case_last = 0;
            break;
        }
        case CharClass::Separator:
            flush();
            break;
        }
        i += len;
    }
    flush();
}

std::vector<TextToken> TokenizeText(std::string_view text, bool camel_case_parts)
{
    std::vector<TextToken> out;
    TokenizeText(text, out, camel_case_parts);
    return out;
}

std::string NormalizeText(std::string_view text)
{
    std::string out;
    for (const TextToken& t : TokenizeText(text)) {
        if (!out.empty()) out += ' ';
        out += t.Text;
    }
    return out;
}

bool IsStopWord(std::string_view word)
{
    // Kept short on purpose: "it" (as in IT systems), "us", "no" and "not" carry meaning here.
    static const char* const kStopWords[] = { "a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
                                              "in", "is", "of", "on", "or", "that", "the", "this", "to",
                                              "with", "your" };
    for (const char* s : kStopWords)
        if (word == s) return true;
    return false;
}

int FuzzyBudget(std::size_t word_length)
{
    if (word_length >= 8) return 2;
    if (word_length >= 4) return 1;
    return 0;
}

int BoundedEditDistance(std::string_view a, std::string_view b, int max_edits)
{
    const int too_far = max_edits + 1;
    const std::size_t n = a.size(), m = b.size();
    const std::size_t diff = n > m ? n - m : m - n;
    if (diff > static_cast<std::size_t>(max_edits)) return too_far;
    if (a == b) return 0;
    if (max_edits <= 0 || n > 63 || m > 63) return too_far;

    // Optimal string alignment distance, three rows; stops as soon as a whole row exceeds the budget.
    int rows[3][64];
    int* before = rows[0];
    int* prev = rows[1];
    int* cur = rows[2];
    for (std::size_t j = 0; j <= m; ++j) prev[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = static_cast<int>(i);
        int row_min = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, before[j - 2] + 1);
            cur[j] = v;
            row_min = std::min(row_min, v);
        }
        if (row_min > max_edits) return too_far;
        int* spare = before;
        before = prev;
        prev = cur;
        cur = spare;
    }
    return prev[m] <= max_edits ? prev[m] : too_far;
}

} // namespace core
