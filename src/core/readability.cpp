// readability.cpp — the Flesch–Kincaid grade of the app's public text (layer: core). See readability.h.
//
// How a text is counted:
// - Names first: each name from the data (NamesInData) found as whole words, the longest at each place, becomes one
//   word of one syllable, so "South Tyneside and Sunderland NHS Foundation Trust" reads like "it".
//   So does a run of capitalised words that ends in "Trust" ("Wye Valley NHS Trust"), with "and", "of",
//   "the" and "for" inside it: the trusts a text names are not all in trusts.json (fast followers, merged trusts).
// - Words are runs of characters between spaces and dashes (–, —) that hold a letter or a digit; a
//   hyphenated word ("step-by-step") is one word.
// - A sentence ends at a word ending in '.', '!' or '?' (after any closing quote or bracket), except "e.g.",
//   "i.e." and the like, and at the end of the text. Colons and semicolons do not end a sentence.
// - Syllables (CountSyllables): a numeral ("2017", "£10m", "5%") is one syllable. Otherwise each part
//   of a hyphenated word counts its groups of vowels (a e i o u, and y when it is not followed by a vowel
//   nor first in the word; u after q is not a vowel), then:
//   a final silent e (make, while) is taken off, but not "-le" after a consonant (table) nor "-ee";
//   a final "-es" or "-ed" is silent (makes, named) except after s x z c g ch sh (places) or t d (wanted),
//   and "-ies", "-ied" keep their syllable (studies);
//   a silent e before a suffix (lovely, statement, sometimes) is taken off;
//   vowel pairs said as two (trial, radio, video, actual, medium, easier) add one;
//   every word has at least one syllable.
// - Grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59.
#include "core/readability.h"

#include "core/link_lint.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unordered_set>

namespace core {

namespace {

using json = nlohmann::json;

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || IsDigit(c); }
char ToLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsVowelLetter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
bool EndsWith(const std::string& s, const char* tail)
{
    const std::size_t n = std::strlen(tail);
    return s.size() >= n && s.compare(s.size() - n, n, tail) == 0;
}

// Is letter i of `w` (lower case) a vowel here?
bool IsVowelAt(const std::string& w, std::size_t i)
{
    const char c = w[i];
    if (!IsVowelLetter(c))
        return false;
    if (c == 'y') // "you", "beyond": y before a vowel, or first, is a consonant
        return i > 0 && !(i + 1 < w.size() && IsVowelLetter(w[i + 1]) && w[i + 1] != 'y');
    if (c == 'u' && i > 0 && w[i - 1] == 'q') // "quite"
        return false;
    return true;
}

// Suffixes before which a lone e is silent: "lovely", "statement", "sometimes", "therefore".
const char* const SilentEBefore[] = { "ly", "ment", "ments", "ness", "ful", "less", "where", "one", "times", "thing", "things", "body", "fore" };

// Vowel pairs said as two syllables, with the letters before them that make them one ("special", "region").
struct SplitPair {
    const char* Pair;
    const char* NotAfter;
};
const SplitPair SplitPairs[] = { { "ia", "ctsxg" }, { "io", "ctsxg" }, { "eo", "pm" }, { "ua", "qg" }, { "iu", "" } };

// Syllables of one part of a word: lower-case ASCII letters only.
int PartSyllables(const std::string& w)
{
    if (w.empty())
        return 0;
    int count = 0;
    for (std::size_t i = 0; i < w.size(); ++i)
        if (IsVowelAt(w, i) && (i == 0 || !IsVowelAt(w, i - 1)))
            ++count;
    for (std::size_t i = 0; i + 1 < w.size(); ++i)
        for (const SplitPair& p : SplitPairs)
            if (w[i] == p.Pair[0] && w[i + 1] == p.Pair[1] && IsVowelAt(w, i) && IsVowelAt(w, i + 1) &&
                (i == 0 || std::strchr(p.NotAfter, w[i - 1]) == nullptr))
                ++count;
    if (EndsWith(w, "ier") || EndsWith(w, "iest"))
        ++count;
    const std::size_t n = w.size();
    const auto consonant_at = [&](std::size_t i) { return !IsVowelAt(w, i); };
    if (count > 1) {
        if (w[n - 1] == 'e' && !EndsWith(w, "ee")) {
            const bool consonant_le = EndsWith(w, "le") && n >= 3 && consonant_at(n - 3);
            if (!consonant_le)
                --count;
        } else if ((EndsWith(w, "es") || EndsWith(w, "ed")) && n >= 3 && !EndsWith(w, "ies") && !EndsWith(w, "ied") &&
                   consonant_at(n - 3)) {
            const char before = w[n - 3];
            const bool sounded = w[n - 1] == 's' ? (std::strchr("sxzcg", before) != nullptr || EndsWith(w, "ches") || EndsWith(w, "shes"))
                                                 : (before == 't' || before == 'd');
            if (!sounded)
                --count;
        }
    }
    // A lone e after a vowel and one consonant, before a suffix: "lovely", "sometimes".
    for (std::size_t i = 2; i + 1 < n && count > 1; ++i)
        if (w[i] == 'e' && !IsVowelAt(w, i + 1) && consonant_at(i - 1) && IsVowelAt(w, i - 2))
            for (const char* suffix : SilentEBefore)
                if (w.compare(i + 1, std::string::npos, suffix) == 0) {
                    --count;
                    break;
                }
    return std::max(count, 1);
}

// A run of ASCII letters and digits in a text, by its bytes [Begin, End).
struct WordSpan {
    std::size_t Begin, End;
};

// The runs of ASCII letters and digits in `text`: "NHS England’s" gives "NHS", "England", "s".
std::vector<WordSpan> AsciiWords(const std::string& text)
{
    std::vector<WordSpan> out;
    for (std::size_t i = 0; i < text.size();) {
        if (!IsAsciiAlnum(text[i])) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < text.size() && IsAsciiAlnum(text[i]))
            ++i;
        out.push_back({ begin, i });
    }
    return out;
}

// Splits `text` into tokens at ASCII spaces and at en and em dashes.
std::vector<std::string> Tokens(const std::string& text)
{
    static const char* const EnDash = "\xE2\x80\x93";
    static const char* const EmDash = "\xE2\x80\x94";
    std::vector<std::string> out;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = text.compare(i, 3, EnDash) == 0 || text.compare(i, 3, EmDash) == 0;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || dash) {
            if (!current.empty())
                out.push_back(current);
            current.clear();
            if (dash)
                i += 2;
        } else
            current += c;
    }
    if (!current.empty())
        out.push_back(current);
    return out;
}

// `token` without the punctuation that may follow a word: "Trust," is "Trust".
std::string WithoutTrailingPunctuation(std::string token)
{
    while (!token.empty() && std::strchr(".,;:!?)", token.back()) != nullptr)
        token.pop_back();
    return token;
}

bool IsNameConnector(const std::string& token) { return token == "and" || token == "of" || token == "the" || token == "for" || token == "&"; }

// Each run of capitalised words ending in "Trust" ("The Clatterbridge Cancer Centre NHS Foundation Trust,")
// becomes one token "Y" with the punctuation after it. A run stops at a word followed by punctuation and at
// an earlier "Trust", so two trusts joined by "and" stay two.
std::vector<std::string> WithTrustNamesAsOneWord(std::vector<std::string> tokens)
{
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        if (WithoutTrailingPunctuation(tokens[i]) != "Trust")
            continue;
        std::size_t first = i;
        while (first > 0) {
            const std::string& t = tokens[first - 1];
            const bool capital = !t.empty() && t[0] >= 'A' && t[0] <= 'Z';
            if ((!capital && !IsNameConnector(t)) || WithoutTrailingPunctuation(t) != t || t == "Trust" || t == "Y")
                break;
            --first;
        }
        while (first < i && IsNameConnector(tokens[first]))
            ++first;
        if (first == i)
            continue;
        const std::string tail = tokens[i].substr(WithoutTrailingPunctuation(tokens[i]).size());
        tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(first) + 1, tokens.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        tokens[first] = "Y" + tail; // not "X": a name from the data ("London") may sit inside a trust's name
        i = first;
    }
    return tokens;
}

// Does `token` end a sentence? Closing quotes and brackets after the stop are allowed.
bool EndsSentence(const std::string& token)
{
    static const char* const Abbreviations[] = { "e.g.", "i.e.", "etc.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "vs.", "approx." };
    std::string t = token;
    for (;;) { // strip closing ASCII quotes and brackets, and ” ’ (E2 80 9D, E2 80 99)
        if (!t.empty() && (t.back() == ')' || t.back() == '"' || t.back() == '\'' || t.back() == ']'))
            t.pop_back();
        else if (EndsWith(t, "\xE2\x80\x9D") || EndsWith(t, "\xE2\x80\x99"))
            t.resize(t.size() - 3);
        else
            break;
    }
    if (t.empty() || (t.back() != '.' && t.back() != '!' && t.back() != '?'))
        return false;
    for (const char* a : Abbreviations)
        if (t == a || (t.size() > std::strlen(a) && EndsWith(t, a) && t[t.size() - std::strlen(a) - 1] == '('))
            return false;
    return true;
}

std::string PointerToken(const std::string& key)
{
    std::string out;
    for (const char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

// The parsed file, or a discarded value for a file a lint does not read (too large, too deep, not JSON).
json ParseForLint(const DataFile& file)
{
    if (file.Text.size() > MaxDataFileBytes || NestingDepth(file.Text, MaxNestingDepth) > MaxNestingDepth)
        return json(json::value_t::discarded);
    return json::parse(file.Text, nullptr, false);
}

// Calls `add(pointer, text)` for each string at /list/#/key (and /list/#/key/# when `key` holds a list).
template <typename AddFn>
void EachText(const json& doc, const char* list, const char* key, AddFn add)
{
    if (!doc.is_object() || !doc.contains(list) || !doc[list].is_array())
        return;
    const json& items = doc[list];
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].is_object() || !items[i].contains(key))
            continue;
        const json& v = items[i][key];
        const std::string at = "/" + PointerToken(list) + "/" + std::to_string(i) + "/" + PointerToken(key);
        if (v.is_string())
            add(at, v.get<std::string>());
        else if (v.is_array())
            for (std::size_t j = 0; j < v.size(); ++j)
                if (v[j].is_string())
                    add(at + "/" + std::to_string(j), v[j].get<std::string>());
    }
}

std::string FormatGrade(double grade)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", grade);
    return buf;
}

} // namespace

int CountSyllables(const std::string& word)
{
    bool letter = false, digit = false;
    for (const char c : word) {
        letter = letter || IsAsciiLetter(c);
        digit = digit || IsDigit(c);
    }
    if (digit)
        return 1;
    if (!letter)
        return 0;
    int total = 0;
    std::string part;
    for (std::size_t i = 0; i <= word.size(); ++i) {
        if (i == word.size() || word[i] == '-' || word[i] == '/') {
            total += PartSyllables(part);
            part.clear();
        } else if (IsAsciiLetter(word[i]))
            part += ToLower(word[i]);
    }
    return std::max(total, 1);
}

NameList::NameList() : Nodes(1) {}

NameList::NameList(const std::vector<std::string>& names) : Nodes(1)
{
    for (const std::string& name : names) {
        const std::vector<WordSpan> words = AsciiWords(name);
        // Whole words only: a name must begin and end with a letter or digit.
        if (name.size() < 2 || words.empty() || words.front().Begin != 0 || words.back().End != name.size())
            continue;
        std::size_t node = 0;
        for (const WordSpan& w : words) {
            const std::string word = name.substr(w.Begin, w.End - w.Begin);
            const auto it = Nodes[node].Next.find(word);
            if (it != Nodes[node].Next.end())
                node = it->second;
            else {
                Nodes.emplace_back();
                Nodes[node].Next.emplace(word, Nodes.size() - 1);
                node = Nodes.size() - 1;
            }
        }
        Nodes[node].Name = name;
    }
}

std::string NameList::WithNamesAsOneWord(const std::string& text) const
{
    const std::vector<WordSpan> words = AsciiWords(text);
    std::string out;
    std::size_t copied = 0; // text before this is in `out`
    for (std::size_t i = 0; i < words.size();) {
        // The longest name starting at word i whose text is the text's, between the words too ("NHS England",
        // not "NHS, England").
        std::size_t node = 0, matched_end = 0, matched_words = 0;
        for (std::size_t j = i; j < words.size(); ++j) {
            const auto it = Nodes[node].Next.find(text.substr(words[j].Begin, words[j].End - words[j].Begin));
            if (it == Nodes[node].Next.end())
                break;
            node = it->second;
            const std::string& name = Nodes[node].Name;
            if (!name.empty() && text.compare(words[i].Begin, words[j].End - words[i].Begin, name) == 0) {
                matched_end = words[j].End;
                matched_words = j - i + 1;
            }
        }
        if (matched_words == 0) {
            ++i;
            continue;
        }
        out.append(text, copied, words[i].Begin - copied);
        out += 'X';
        copied = matched_end;
        i += matched_words;
    }
    out.append(text, copied, std::string::npos);
    return out;
}

ReadingMeasure MeasureReading(const std::string& text, const std::vector<std::string>& names)
{
    return MeasureReading(text, NameList(names));
}

ReadingMeasure MeasureReading(const std::string& text, const NameList& names)
{
    ReadingMeasure m;
    bool open_sentence = false;
    for (const std::string& token : WithTrustNamesAsOneWord(Tokens(names.WithNamesAsOneWord(text)))) {
        const bool word = std::any_of(token.begin(), token.end(), IsAsciiAlnum);
        if (word) {
            ++m.Words;
            m.Syllables += CountSyllables(token);
            open_sentence = true;
        }
        if (open_sentence && EndsSentence(token)) {
            ++m.Sentences;
            open_sentence = false;
        }
    }
    if (open_sentence)
        ++m.Sentences;
    if (m.Words > 0)
        m.Grade = 0.39 * m.Words / m.Sentences + 11.8 * m.Syllables / m.Words - 15.59;
    return m;
}

std::vector<std::string> NamesInData(const std::vector<DataFile>& files)
{
    std::vector<std::string> names;
    std::unordered_set<std::string> seen;
    const auto add = [&](const std::string&, std::string name) {
        const std::size_t bracket = name.find(" (");
        if (bracket != std::string::npos)
            name.resize(bracket);
        while (!name.empty() && (name.back() == '?' || name.back() == '.' || name.back() == '!' || name.back() == ' '))
            name.pop_back();
        if (name.size() >= 2 && seen.insert(name).second)
            names.push_back(name);
    };
    for (const DataFile& file : files) {
        const json doc = ParseForLint(file);
        if (doc.is_discarded())
            continue;
        if (file.Name == "trusts.json")
            for (const char* key : { "official_name", "name_as_announced", "main_hospital", "main_town" })
                EachText(doc, "trusts", key, add);
        else if (file.Name == "apps.json") {
            EachText(doc, "apps", "name", add);
            EachText(doc, "apps", "developer", add);
        } else if (file.Name == "sources.json")
            EachText(doc, "sources", "publisher", add);
    }
    return names;
}

std::vector<ReadingField> PublicTextFields(const std::vector<DataFile>& files)
{
    struct Where {
        const char* File;
        const char* List;
        const char* Key;
        const char* Kind;
    };
    static const Where Fields[] = {
        { "programme.json", "sections", "paragraphs", "paragraph" },
        { "programme.json", "figures", "caveat", "caveat" },
        { "programme.json", "funding_tiers", "caveat", "caveat" },
        { "timeline.json", "events", "detail", "detail" },
        { "trusts.json", "trusts", "later", "later" },
        { "wearables.json", "topics", "summary", "summary" },
        { "wearables.json", "topics", "points", "point" },
        { "wearables.json", "checklist", "text", "checklist" },
        { "apps.json", "apps", "description", "description" },
    };
    std::vector<ReadingField> out;
    for (const DataFile& file : files) {
        const bool wanted = std::any_of(std::begin(Fields), std::end(Fields), [&](const Where& w) { return file.Name == w.File; });
        if (!wanted)
            continue;
        const json doc = ParseForLint(file);
        if (doc.is_discarded())
            continue;
        for (const Where& w : Fields)
            if (file.Name == w.File)
                EachText(doc, w.List, w.Key, [&](const std::string& pointer, const std::string& text) {
                    if (!text.empty() && text.size() <= MaxTextBytes)
                        out.push_back({ file.Name, pointer, w.Kind, text });
                });
        if (file.Name == "trusts.json" && doc.is_object() && doc.contains("money")) // "Where the money went"
            for (const Where& w : { Where{ "", "rows", "count_note", "count note" }, Where{ "", "totals", "what", "total" } })
                EachText(doc["money"], w.List, w.Key, [&](const std::string& pointer, const std::string& text) {
                    if (!text.empty() && text.size() <= MaxTextBytes)
                        out.push_back({ file.Name, "/money" + pointer, w.Kind, text });
                });
        if (file.Name == "apps.json" && doc.is_object() && doc.contains("listing") && doc["listing"].is_object() &&
            doc["listing"].contains("note") && doc["listing"]["note"].is_string() && !doc["listing"]["note"].get<std::string>().empty())
            out.push_back({ file.Name, "/listing/note", "note", doc["listing"]["note"].get<std::string>() });
    }
    return out;
}

bool AboveReadingLimit(double grade, double limit) { return std::round(grade * 10.0) / 10.0 > limit; }

std::vector<Problem> LintReadingGrade(const std::vector<DataFile>& files, double limit)
{
    const NameList names(NamesInData(files));
    std::vector<Problem> out;
    for (const ReadingField& f : PublicTextFields(files)) {
        const ReadingMeasure m = MeasureReading(f.Text, names);
        if (AboveReadingLimit(m.Grade, limit))
            out.push_back({ f.File, f.Pointer,
                            "warning: reading grade " + FormatGrade(m.Grade) + " is above " + FormatGrade(limit) +
                                " (Flesch-Kincaid, " + std::to_string(m.Words) + " words in " + std::to_string(m.Sentences) +
                                (m.Sentences == 1 ? " sentence" : " sentences") +
                                "); use one idea a sentence and common words, the technical term after them" });
    }
    return out;
}

} // namespace core
