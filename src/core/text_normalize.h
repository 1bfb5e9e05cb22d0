// text_normalize.h — turns text into search words: lower case, accents folded, punctuation dropped (layer: core).
// The same rules apply to the data when the index is built and to what the user types, so the two meet:
// "Café & Self-Harm" gives the words "cafe", "and", "self", "harm", each with its byte range in the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace core {

struct TextToken {
    std::string Text;      // normalised word: "cafe"; "&" gives "and"
    std::size_t Begin = 0; // byte range [Begin, End) in the original UTF-8 text
    std::size_t End = 0;
    bool Part = false; // a piece of the word before it: "asthma" of "myAsthma"
};

// Appends the words of text to out. With camel_case_parts, a word written in camel case ("myAsthma",
// "SilverCloud", "NHSApp") is followed by its pieces of two letters or more, so "asthma" finds "myAsthma".
void TokenizeText(std::string_view text, std::vector<TextToken>& out, bool camel_case_parts = false);
std::vector<TextToken> TokenizeText(std::string_view text, bool camel_case_parts = false);
std::string NormalizeText(std::string_view text);                               // the words joined by single spaces: "cafe and self harm"
bool IsStopWord(std::string_view word);                                         // "and", "the", "of"...: never indexed, dropped from queries
int FuzzyBudget(std::size_t word_length);                                       // misspellings allowed: 0 below 4 letters, 1 from 4, 2 from 8
int BoundedEditDistance(std::string_view a, std::string_view b, int max_edits); // edits (a swap of neighbours is one), or max_edits + 1 when more; words over 63 bytes only match exactly

} // namespace core
