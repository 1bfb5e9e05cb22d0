// text_normalize_test.cpp — what counts as the same word for search: case, accents, punctuation, "&",
// hyphens, apostrophes, camel case; and the edit distance behind misspellings.
#include "core/text_normalize.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

std::vector<std::string> Words(const std::string& text, bool camel_case_parts = false)
{
    std::vector<std::string> out;
    for (const core::TextToken& t : core::TokenizeText(text, camel_case_parts)) out.push_back(t.Text);
    return out;
}

} // namespace

TEST_SUITE("text_normalize") {

TEST_CASE("case and punctuation do not matter")
{
    CHECK(core::NormalizeText("Sleep, Better!") == "sleep better");
    CHECK(core::NormalizeText("  NHS   App  ") == "nhs app");
    CHECK(core::NormalizeText("(COPD)") == "copd");
    CHECK(core::NormalizeText("e.g. \"quoted\"; done?") == "e g quoted done");
}

TEST_CASE("accents fold to plain letters")
{
    CHECK(core::NormalizeText("Café naïve Zoë") == "cafe naive zoe");
    CHECK(core::NormalizeText("ÉCOLE Ñandú") == "ecole nandu");
    CHECK(core::NormalizeText("Straße Æsop Œuvre") == "strasse aesop oeuvre");
    CHECK(core::NormalizeText("Łódź Dvořák") == "lodz dvorak");
    SUBCASE("a combining accent is dropped too") { CHECK(core::NormalizeText("cafe\xCC\x81") == "cafe"); }
}

TEST_CASE("an ampersand is the word and")
{
    CHECK(core::NormalizeText("Stress & Anxiety") == "stress and anxiety");
    CHECK(core::NormalizeText("Q&A") == "q and a");
    CHECK(core::IsStopWord("and"));
    CHECK_FALSE(core::IsStopWord("anxiety"));
    CHECK_FALSE(core::IsStopWord("it"));
}

TEST_CASE("hyphens and dashes split words so self-harm is self harm")
{
    CHECK(core::NormalizeText("self-harm") == core::NormalizeText("self harm"));
    CHECK(core::NormalizeText("COVID-19") == "covid 19");
    CHECK(core::NormalizeText("2013\xE2\x80\x93"
                              "2015") == "2013 2015"); // en dash
}

TEST_CASE("apostrophes join a word and a possessive s is dropped")
{
    CHECK(core::NormalizeText("don't") == "dont");
    CHECK(core::NormalizeText("Children's health") == "children health");
    CHECK(core::NormalizeText("library\xE2\x80\x99s description") == "library description"); // curly apostrophe
    CHECK(core::NormalizeText("'quoted'") == "quoted");
}

TEST_CASE("symbols, currency and emoji separate words")
{
    CHECK(core::NormalizeText("Up to \xC2\xA3"
                              "10m") == "up to 10m");
    CHECK(core::NormalizeText("12 \xC3\x97 10") == "12 10");
    CHECK(core::NormalizeText("sleep\xF0\x9F\x98\xB4well") == "sleep well");
}

TEST_CASE("invalid UTF-8 never breaks tokenising")
{
    CHECK(core::NormalizeText("ab\xFF\xFE"
                              "cd") == "ab cd");
    CHECK(core::NormalizeText("\xC3") == "");
    CHECK(core::NormalizeText("") == "");
}

TEST_CASE("tokens carry their byte range in the original text")
{
    const std::string text = "Café & self-harm";
    const std::vector<core::TextToken> tokens = core::TokenizeText(text);
    REQUIRE(tokens.size() == 4);
    CHECK(text.substr(tokens[0].Begin, tokens[0].End - tokens[0].Begin) == "Café");
    CHECK(text.substr(tokens[1].Begin, tokens[1].End - tokens[1].Begin) == "&");
    CHECK(text.substr(tokens[2].Begin, tokens[2].End - tokens[2].Begin) == "self");
    CHECK(text.substr(tokens[3].Begin, tokens[3].End - tokens[3].Begin) == "harm");
}

TEST_CASE("camel-case names also give their pieces when asked")
{
    CHECK(Words("myAsthma") == std::vector<std::string>{ "myasthma" });
    CHECK(Words("myAsthma", true) == std::vector<std::string>{ "myasthma", "my", "asthma" });
    CHECK(Words("SilverCloud NHSApp", true) == std::vector<std::string>{ "silvercloud", "silver", "cloud", "nhsapp", "nhs", "app" });
    CHECK(Words("COVID Sleepio", true) == std::vector<std::string>{ "covid", "sleepio" });
    const std::string text = "try mySugr";
    const std::vector<core::TextToken> tokens = core::TokenizeText(text, true);
    REQUIRE(tokens.size() == 4);
    CHECK(tokens[3].Part);
    CHECK(text.substr(tokens[3].Begin, tokens[3].End - tokens[3].Begin) == "Sugr");
}

TEST_CASE("misspellings are allowed by word length")
{
    CHECK(core::FuzzyBudget(3) == 0);
    CHECK(core::FuzzyBudget(4) == 1);
    CHECK(core::FuzzyBudget(7) == 1);
    CHECK(core::FuzzyBudget(8) == 2);
}

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps")
{
    CHECK(core::BoundedEditDistance("asthma", "asthma", 1) == 0);
    CHECK(core::BoundedEditDistance("astma", "asthma", 1) == 1);      // deletion
    CHECK(core::BoundedEditDistance("diabetis", "diabetes", 2) == 1); // substitution
    CHECK(core::BoundedEditDistance("slepe", "sleep", 1) == 1);       // swap of neighbours
    CHECK(core::BoundedEditDistance("anxeity", "anxiety", 1) == 1);
    CHECK(core::BoundedEditDistance("diabts", "diabetes", 2) == 2);
    SUBCASE("beyond the budget it says so rather than counting")
    {
        CHECK(core::BoundedEditDistance("sleep", "steep", 0) == 1);
        CHECK(core::BoundedEditDistance("asthma", "anxiety", 2) == 3);
        CHECK(core::BoundedEditDistance("cat", "catalogue", 2) == 3);
    }
}

} // TEST_SUITE
