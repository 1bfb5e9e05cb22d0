// search_index.h — one search over apps, wearable advice, trusts and the programme text (layer: core).
// Build() once at load; Search() then answers a keystroke in well under a millisecond at 10,000 apps.
// Shared by the app (src/ui) and the CLI (`appfinder-cli search`, `appfinder-cli bench`).
//
// How a query matches (docs: text_normalize.h for what a "word" is):
//  - every query word must match (AND); a word matches a whole word, a synonym from Dataset::SynonymGroups
//    (phrases too: "blood sugar"), a misspelling (1 edit from 4 letters, 2 from 8, a swap counts as 1), and
//    the word being typed (the last one, unless the query ends in a space or punctuation) also as a prefix
//    (a single typed letter only in titles: "s" lists what has a title word starting with s);
//  - ranking: title > category > other details > description/body, and exact > synonym > prefix > misspelling;
//    ties go to the title in alphabetical order, then the id, so results are the same on every run;
//  - an empty query (or one of only stop words, "the", "and") gives every app in name order and nothing else;
//  - app filters (category, platform, cost, badge) leave out every non-app result;
//  - first the text is read as a person meant it (query_understanding.h): "free", "on iPhone", "NHS approved"
//    become filters (one chosen in SearchQuery wins over one named in the text) and filler ("apps", "reliable")
//    is dropped; the rest is searched;
//  - when no document matches every word, those matching the most words come first (SearchResults::Partial),
//    and the words nothing matched are listed (SearchResults::Unmatched) so the screen can say so.
// Search() changes nothing in the index, so threads may share one.
#pragma once

#include "core/model.h"
#include "core/query_understanding.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace core {

enum class ResultKind { App,
                        Wearable,
                        Trust,
                        Programme };
constexpr int ResultKindCount = 4;

// Where in a document a word is, for ranking: a word in a title counts most, one in body text least.
enum SearchField_ : std::uint8_t {
    SearchField_Title = 1 << 0,    // app name, topic title, trust names, heading, figure, event title
    SearchField_Category = 1 << 1, // app category labels, trust group
    SearchField_Detail = 1 << 2,   // developer, town, region, hospital, record system, ODS code
    SearchField_Body = 1 << 3,     // description, paragraphs, points, later history
};

// The fields the index reads for one document (kind, its id as in SearchHit::Id, its index), in the order a reader
// meets them: label ("what happened later"), text, and SearchField_ weight. The one list SearchIndex::Build indexes
// and MakeSnippet (search_snippet.h) names, so the two agree.
// A function and the object it runs on (a lambda, through Of): lighter in the wasm than std::function.
struct SearchFieldVisitor {
    void (*Call)(void* self, const char* label, std::string_view text, int field) = nullptr;
    void* Self = nullptr;
    void operator()(const char* label, std::string_view text, int field) const { Call(Self, label, text, field); }
    template <typename F>
    static SearchFieldVisitor Of(F& f)
    {
        return { [](void* self, const char* label, std::string_view text, int field) { (*static_cast<F*>(self))(label, text, field); }, &f };
    }
};
void ForEachSearchField(const Dataset& data, ResultKind kind, std::string_view id, std::size_t index, const SearchFieldVisitor& visit);

const char* ResultKindKey(ResultKind kind); // "app", "wearable", "trust", "programme"
CostKind AppCost(const std::string& cost);  // an app's cost text read: "" not known, "Free" free, "£2.99" paid

struct SearchQuery {
    std::string Text;            // as typed; words, not syntax
    std::string Category;        // "" for any; else a Category id
    std::string Platform;        // "", "ios", "android" or "web"
    std::string Cost;            // "", "free", "paid" or "not-known"
    std::string Badge;           // "", "nhs-approved", "being-tested" or "none"; an unknown key matches nothing
    bool FiltersFromText = true; // read "free", "on iPhone"... as filters; false where only non-apps are shown
};

// Id and Title view strings the index owns: valid while the index lives, until its next Build(). No copy per
// hit, so a query that lists 10,000 apps allocates no strings.
struct SearchHit {
    ResultKind Kind = ResultKind::App;
    std::string_view Id;    // App::Id, WearableTopic::Id, Trust::OdsCode, "section:<id>", "figure:<id>", "event:<date>-<n>" (n counts from 1 within a date)
    std::string_view Title; // app name, topic title, trust official name, section heading, figure value and caption, event title
    double Score = 0.0;     // higher is better; 0 for the empty query
    std::size_t Index = 0;  // position in Dataset::Apps, Topics, Trusts, or Sections / Figures / Timeline by the Id's prefix
};

struct FacetCount {
    std::string Key;   // the SearchQuery filter value: "respiratory", "ios", "free", "nhs-approved"
    std::string Label; // "Respiratory", "iOS", "Free", "NHS approved"
    int Count = 0;     // apps the text and the OTHER filters give with this option chosen
};

// One query word after parsing, and the dictionary words it matches. For highlighting and tests.
struct QueryTerm {
    std::string Word;                                     // normalised; a synonym phrase keeps its words joined by one space
    bool Prefix = false;                                  // the word being typed: longer words that start with it match too
    int MaxEdits = 0;                                     // misspellings allowed; 0 when the word itself is in the dictionary
    bool TitlesOnly = false;                              // a single typed letter: only titles, as a letter would match nearly everything
    std::vector<std::pair<std::uint32_t, float>> Matches; // (dictionary word, quality 0..1), sorted by word
};

struct PreparedQuery {
    std::vector<QueryTerm> Terms;            // every term must match; empty when the text has no words
    std::vector<std::uint32_t> MatchedWords; // every dictionary word any term matches, sorted
};

struct SearchResults {
    std::vector<SearchHit> Hits;                   // best first, at most the limit; group by Kind for display
    std::size_t TotalHits = 0;                     // hits before the limit
    std::array<int, ResultKindCount> KindCounts{}; // hits per ResultKind before the limit
    std::vector<FacetCount> Categories;            // every category of the data, in data order
    std::vector<FacetCount> Platforms;             // ios, android, web
    std::vector<FacetCount> Costs;                 // free, paid, not-known: the ones some app has
    std::vector<FacetCount> Badges;                // nhs-approved, being-tested, none
    PreparedQuery Query;                           // the parsed text, for HighlightRanges without parsing again
    UnderstoodQuery Understood;                    // the filters and filler read from the text, and the words searched
    SearchQuery Applied;                           // the filters in force: those chosen, else those the text named
    bool Partial = false;                          // no document matched every word: the hits match some, most first
    std::vector<std::string> Unmatched;            // searched words that no document matches at all, as typed (normalised)
};

class SearchIndex {
public:
    void Build(const Dataset& data); // replaces any previous index; keeps no pointer into data
    SearchResults Search(const SearchQuery& query, std::size_t limit = SIZE_MAX) const;
    void Search(const SearchQuery& query, SearchResults& out, std::size_t limit = SIZE_MAX) const; // reuses out's storage between keystrokes
    PreparedQuery Prepare(const std::string& text) const;                                          // parses text and finds what each word matches
    std::size_t DocumentCount() const { return Docs.size(); }
    std::size_t WordCount() const { return WordStart.empty() ? 0 : WordStart.size() - 1; }
    std::size_t MemoryBytes() const;                                 // estimate of the index's heap use
    std::string_view Word(std::uint32_t id) const;                   // a dictionary word by id; valid until the next Build()
    bool FindWord(const std::string& word, std::uint32_t& id) const; // exact look-up in the dictionary

private:
    struct Doc {
        ResultKind Kind = ResultKind::App;
        std::uint32_t Index = 0; // in the Dataset vector of its kind
        std::string Id;
        std::string Title;
    };
    struct Phrase {
        std::vector<std::string> Words; // a multi-word synonym, normalised: {"blood", "sugar"}
        std::uint32_t WordId = 0;       // its dictionary entry, "blood sugar"
    };
    struct UrgentPhrase {
        std::uint32_t Doc = 0;          // advice with urgent steps (WearableTopic::Urgent)
        std::vector<std::string> Words; // one of its alert words, normalised: {"irregular", "heart", "rhythm"}
    };

    // The app filters as indices: -1 is any; AppFilter::Unknown (a value not in the data) matches no app.
    struct AppFilter {
        static constexpr int Unknown = 1 << 20;
        int Category = -1, Platform = -1, Cost = -1, Badge = -1;
        bool Any() const { return Category >= 0 || Platform >= 0 || Cost >= 0 || Badge >= 0; }
    };
    enum FilterDimension { Dim_Category,
                           Dim_Platform,
                           Dim_Cost,
                           Dim_Badge };

    std::uint32_t LowerBound(std::string_view word) const; // first dictionary id not less than word
    void MatchWord(QueryTerm& term, bool stop_word) const;
    void AddSynonyms(QueryTerm& term, float factor) const;
    AppFilter ResolveFilter(const SearchQuery& query) const;
    unsigned AppFails(std::uint32_t app, const AppFilter& filter) const; // a bit (1 << FilterDimension) per filter the app fails
    void PutUrgentFirst(const std::vector<QueryTerm>& terms, std::uint64_t* hits, std::size_t& hit_count, SearchResults& out) const;
    void ComputeFacets(const std::uint32_t* apps, const std::uint8_t* fails, std::size_t count, SearchResults& out) const; // apps the text gives, the filters each fails

    std::vector<Doc> Docs;                    // numbered in (normalised title, title, id) order: the number breaks ties
    std::vector<std::uint8_t> DocKind;        // ResultKind by document, compact for the scoring loop
    std::vector<std::uint16_t> DocTitleWords; // words in the title, for the share of it a query covers

    // Dictionary: distinct words in byte order, so a prefix is a contiguous id range.
    std::string WordChars;
    std::vector<std::uint32_t> WordStart;       // word i is WordChars[WordStart[i], WordStart[i+1])
    std::vector<std::uint32_t> PostingStart;    // postings of word i are [PostingStart[i], PostingStart[i+1])
    std::vector<std::uint32_t> PostingTitleEnd; // ...those in a title first, up to PostingTitleEnd[i]
    std::vector<std::uint32_t> PostingDoc;
    std::vector<std::uint8_t> PostingFields; // Field_ bits where the word occurs in that doc

    // Misspellings: words grouped by length, each with a letter-set mask to skip most without computing edits.
    std::vector<std::uint32_t> LengthStart;
    std::vector<std::uint64_t> LengthMask;
    std::vector<std::uint32_t> LengthWord;

    // Synonyms: word -> groups, group -> words.
    std::vector<std::uint32_t> WordGroupStart;
    std::vector<std::uint32_t> WordGroups;
    std::vector<std::vector<std::uint32_t>> GroupWords;
    std::vector<Phrase> Phrases;
    std::vector<UrgentPhrase> UrgentPhrases; // by alert word; searched in order

    // App filters and facets, by document number (zero for other kinds).
    std::vector<PlatformFlags> AppPlatforms;
    std::vector<std::uint8_t> AppCost;  // by CostKind: 0 free, 1 paid, 2 not known (core::AppCost)
    std::vector<std::uint8_t> AppBadge; // Badge as a number
    std::vector<std::uint32_t> AppCategoryStart;
    std::vector<std::uint32_t> AppCategories;   // indices into CategoryKeys
    std::vector<std::uint64_t> AppCategoryMask; // the same as bits, for the first 64 categories
    std::vector<std::uint32_t> AppsByName;      // the apps' document numbers, ascending: the empty query's list
    std::vector<std::string> CategoryKeys;
    std::vector<std::string> CategoryLabels;
    bool HasCost[3] = { false, false, false };
    SearchResults AllApps; // only its facets: the counts with no text and no filter
};

std::vector<std::pair<std::size_t, std::size_t>> HighlightRanges(const std::string& text, const PreparedQuery& query, const SearchIndex& index); // [begin, end) byte ranges of matched words, in order
std::vector<std::pair<std::size_t, std::size_t>> HighlightRanges(const std::string& text, const std::string& query, const SearchIndex& index);   // parses the query each call: prefer the PreparedQuery form per frame

} // namespace core
