// readability_test.cpp — tests for src/core/readability.cpp: syllables of known words, sentences and the
// Flesch–Kincaid grade of known sentences, names counted as one word, and the warning for a hard field.
#include "core/readability.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using core::CountSyllables;
using core::MeasureReading;

TEST_SUITE("readability") {

TEST_CASE("common words have the syllables a reader says")
{
    CHECK(CountSyllables("cat") == 1);
    CHECK(CountSyllables("make") == 1);   // silent final e
    CHECK(CountSyllables("table") == 2);  // "-le" after a consonant is said
    CHECK(CountSyllables("named") == 1);  // "-ed" is silent
    CHECK(CountSyllables("wanted") == 2); // but not after t
    CHECK(CountSyllables("places") == 2); // "-es" after c is said
    CHECK(CountSyllables("studies") == 2);
    CHECK(CountSyllables("you") == 1);     // y before a vowel is a consonant
    CHECK(CountSyllables("happy") == 2);   // y at the end is a vowel
    CHECK(CountSyllables("quite") == 1);   // u after q
    CHECK(CountSyllables("trial") == 2);   // a vowel pair said as two
    CHECK(CountSyllables("special") == 2); // but not after c
    CHECK(CountSyllables("lovely") == 2);  // silent e before a suffix
    CHECK(CountSyllables("organisation") == 5);
    CHECK(CountSyllables("information") == 4);
    CHECK(CountSyllables("step-by-step") == 3);
    CHECK(CountSyllables("2017") == 1);
    CHECK(CountSyllables("\xC2\xA3"
                         "10m") == 1);          // £10m
    CHECK(CountSyllables("\xE2\x80\x93") == 0); // a dash is not a word
}

TEST_CASE("a short plain sentence scores below grade 1, as the formula gives")
{
    const core::ReadingMeasure m = MeasureReading("The cat sat on the mat.");
    CHECK(m.Sentences == 1);
    CHECK(m.Words == 6);
    CHECK(m.Syllables == 6);
    CHECK(m.Grade == doctest::Approx(0.39 * 6 + 11.8 * 1 - 15.59));
}

TEST_CASE("a long sentence of long words scores far above grade 9, and the same facts in short sentences score below")
{
    const std::string hard = "The organisation's implementation of interoperable electronic patient records necessitated "
                             "considerable additional investment, notwithstanding previous commitments.";
    const std::string plain = "The trust put in new computer records. They had to work with other systems. This cost more "
                              "money than it had planned.";
    CHECK(MeasureReading(hard).Grade > 20.0);
    CHECK(MeasureReading(plain).Grade < 5.0);
    CHECK(MeasureReading(plain).Sentences == 3);
}

TEST_CASE("e.g. and decimals do not end a sentence; a closing quote after a full stop does not hide one")
{
    CHECK(MeasureReading("Some trusts, e.g. Salford, got \xC2\xA3"
                         "2.5m at first.")
              .Sentences == 1);
    CHECK(MeasureReading("He called them an \xE2\x80\x9CIvy League\xE2\x80\x9D. Each had a partner.").Sentences == 2);
    CHECK(MeasureReading("Step counts are the most accurate: trust them more").Sentences == 1);
    CHECK(MeasureReading("").Words == 0);
    CHECK(MeasureReading("").Grade == 0.0);
}

TEST_CASE("an organisation's long name from the data counts as one short word, so the sentence is not marked down for it")
{
    const std::string text = "In 2019 the Medicines and Healthcare products Regulatory Agency checked it.";
    const core::ReadingMeasure plain = MeasureReading(text);
    const core::ReadingMeasure named = MeasureReading(text, { "Medicines and Healthcare products Regulatory Agency" });
    CHECK(named.Words == plain.Words - 5);
    CHECK(named.Grade < plain.Grade);
    CHECK(named.Grade == doctest::Approx(MeasureReading("In 2019 the X checked it.").Grade));
    // Whole words only: a name inside a longer word is not a name.
    CHECK(MeasureReading("Apps and applications.", { "App" }).Words == 3);
    CHECK(MeasureReading("Apps and applications.", { "App" }).Syllables == MeasureReading("Apps and applications.").Syllables);
}

TEST_CASE("a trust named in the text but not in the data's lists counts as one word too, and two trusts stay two")
{
    const core::ReadingMeasure one = MeasureReading("Paired with University College London Hospitals NHS Foundation Trust as its fast follower.");
    CHECK(one.Words == MeasureReading("Paired with X as its fast follower.").Words);
    const core::ReadingMeasure two = MeasureReading("Paired with Wye Valley NHS Trust and The Clatterbridge Cancer Centre NHS Foundation Trust, in 2017.");
    CHECK(two.Words == 7);                                                  // Paired with X and X, in 2017.
    CHECK(MeasureReading("The trust merged. Trust is earned.").Words == 6); // a lone "Trust" is a word
}

TEST_CASE("a public text field above the limit is a warning naming its file, pointer and grade; an easy one is not")
{
    const std::string hard = "Notwithstanding considerable organisational complexity, interoperability necessitated "
                             "comprehensive infrastructure modernisation.";
    const std::vector<core::DataFile> files = {
        { "apps.json", R"({"apps": [{"name": "myCOPD", "description": "Learn to use your inhaler well."},
                                    {"name": "Hard", "description": ")" +
                           hard + R"("}]})" },
        { "timeline.json", R"({"events": [{"title": "A title that is not measured at all whatsoever", "detail": "It opened."}]})" },
    };
    const std::vector<core::Problem> warnings = core::LintReadingGrade(files);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].File == "apps.json");
    CHECK(warnings[0].Pointer == "/apps/1/description");
    CHECK(warnings[0].Message.find("warning: reading grade ") == 0);
    CHECK(warnings[0].Message.find("above 9.0") != std::string::npos);
    CHECK(core::LintReadingGrade(files, 100.0).empty()); // the limit is the caller's
}

TEST_CASE("the names of the data's trusts, apps and publishers are found, without their bracketed notes")
{
    const std::vector<core::DataFile> files = {
        { "trusts.json", R"({"trusts": [{"official_name": "Salford Royal NHS Foundation Trust", "main_town": "Salford"}]})" },
        { "apps.json", R"({"apps": [{"name": "myCOPD", "developer": "my mhealth"}]})" },
        { "sources.json", R"j({"sources": [{"publisher": "British Heart Foundation (republished copy)"}, {"publisher": "Which?"}]})j" },
        { "timeline.json", "{not json" },
    };
    const std::vector<std::string> names = core::NamesInData(files);
    const auto has = [&](const char* n) { return std::find(names.begin(), names.end(), n) != names.end(); };
    CHECK(has("Salford Royal NHS Foundation Trust"));
    CHECK(has("Salford"));
    CHECK(has("myCOPD"));
    CHECK(has("my mhealth"));
    CHECK(has("British Heart Foundation"));
    CHECK(has("Which"));
}

TEST_CASE("the bundled data's public text is within the default reading grade")
{
    const std::vector<core::Problem> warnings = core::LintReadingGrade(core::BundledDataFiles());
    for (const core::Problem& w : warnings)
        FAIL_CHECK(core::FormatProblem(w));
    CHECK(warnings.empty());
}

} // TEST_SUITE
