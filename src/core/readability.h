// readability.h — how hard the app's public text is to read: the Flesch–Kincaid grade of a text, with the
// names of trusts, apps and organisations counted as one short word (layer: core). Used by
// `appfinder-cli validate` (a warning above a grade) and `appfinder-cli readability` (the figures).
#pragma once

#include "core/data_loader.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace core {

constexpr double DefaultReadingGradeLimit = 9.0; // reading age is about the grade + 5: 9 is about 14

struct ReadingMeasure {
    int Sentences = 0;
    int Words = 0;
    int Syllables = 0;
    double Grade = 0.0; // Flesch–Kincaid: 0.39 × words a sentence + 11.8 × syllables a word − 15.59; 0 when no words
};

// One public text field of the data: where it is and what it says.
struct ReadingField {
    std::string File;    // "programme.json"
    std::string Pointer; // "/sections/2/paragraphs/0"
    std::string Kind;    // what the field is, for the figures: "paragraph", "description", "later"...
    std::string Text;
};

// The syllables of one word by the heuristic described in readability.cpp; at least 1 for a word with a letter.
int CountSyllables(const std::string& word);

// Names that count as one word, in a tree of their words: a text is read once, word by word, whatever the
// number of names (a data folder may name 10,000 apps).
class NameList {
public:
    NameList();
    explicit NameList(const std::vector<std::string>& names);
    std::string WithNamesAsOneWord(const std::string& text) const; // each name, as whole words, becomes "X"

private:
    struct Node {
        std::unordered_map<std::string, std::size_t> Next; // word -> index in Nodes
        std::string Name;                                  // a name ending at this word, "" for none
    };
    std::vector<Node> Nodes; // Nodes[0] is the root
};

// Measures `text`. Each of `names` (trusts, apps, organisations) found in it, as whole words, counts as one
// word of one syllable: a reader takes a name as a label, and a long official name is not the writer's to shorten.
ReadingMeasure MeasureReading(const std::string& text, const NameList& names);
ReadingMeasure MeasureReading(const std::string& text, const std::vector<std::string>& names = {});

// The names in a data folder's files that do not count against a sentence: trusts' names, towns and main
// hospitals, apps' names and developers, sources' publishers (without a bracketed note).
std::vector<std::string> NamesInData(const std::vector<DataFile>& files);

// The public prose of the data: Programme paragraphs, figure and funding caveats, timeline details, trusts'
// "later" text, wearables summaries, points and checklist lines, app descriptions and the listing note.
// Short labels and titles are left out: a grade means little for a few words. Files that do not parse give none,
// nor does a field longer than MaxTextBytes (the loader refuses it).
std::vector<ReadingField> PublicTextFields(const std::vector<DataFile>& files);

// Is `grade` above `limit` as it is printed, to one decimal? "9.0" is not above 9.
bool AboveReadingLimit(double grade, double limit);

// A warning ("file: /pointer: warning: reading grade 11.2 is above 9; ...") for each public text field above
// `limit`.
std::vector<Problem> LintReadingGrade(const std::vector<DataFile>& files, double limit = DefaultReadingGradeLimit);

} // namespace core
