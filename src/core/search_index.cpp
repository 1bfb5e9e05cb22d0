// search_index.cpp — the search engine behind the app's search box and `appfinder-cli search` (layer: core).
//
// [SECTION] Scoring constants
// [SECTION] Small helpers
// [SECTION] Build
// [SECTION] Parsing a query and matching its words
// [SECTION] Search
// [SECTION] Facets
// [SECTION] Highlighting
#include "core/search_index.h"

#include "core/text_normalize.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <unordered_set>

namespace core {

//-----------------------------------------------------------------------------
// [SECTION] Scoring constants
//-----------------------------------------------------------------------------
// A term's score in a document is quality (how the word matched) times the weight of the best field it
// matched in (plus a tenth of the other fields' weights), plus a tenth of its second-best match. A document's
// score sums its terms, adds the share of its title the query covered, and is scaled a little by kind.
// The gaps keep the promised orders: a whole word in a title beats a prefix in a title, which beats a whole
// word in a category, which beats one in a description.

namespace {

enum Field_ : std::uint8_t {
    Field_Title = SearchField_Title,
    Field_Category = SearchField_Category,
    Field_Detail = SearchField_Detail,
    Field_Body = SearchField_Body,
};

constexpr float kFieldWeight[4] = { 10.0f, 5.0f, 3.0f, 2.0f };
constexpr float kExact = 1.0f;
constexpr float kSynonym = 0.85f;   // times the quality of the word that led to the synonym
constexpr float kPrefixBase = 0.6f; // plus up to 0.2 for the share of the word already typed
constexpr float kPrefixShare = 0.2f;
constexpr float kFuzzy[3] = { 1.0f, 0.5f, 0.4f };                            // by edits
constexpr float kSecondMatch = 0.1f;                                         // times the second-best way a term matched: "lung" itself and its synonym
constexpr float kTitleCoverage = 1.0f;                                       // times the share of the title's words the query matched
constexpr float kKindFactor[ResultKindCount] = { 1.0f, 0.95f, 0.95f, 0.9f }; // apps first among equals
constexpr float kPartialStep = 1000.0f;                                      // partial matches: each word matched outranks any score from fewer words
constexpr std::size_t kMaxTerms = 64;                                        // more words than this are ignored (they could only narrow to nothing)
constexpr std::size_t kMinSynonymPrefix = 3;                                 // a shorter prefix does not bring in synonyms

struct FieldScoreTable {
    float Score[16];
    constexpr FieldScoreTable() : Score()
    {
        for (int mask = 0; mask < 16; ++mask) {
            float best = 0.0f, sum = 0.0f;
            for (int f = 0; f < 4; ++f)
                if (mask & (1 << f)) {
                    sum += kFieldWeight[f];
                    if (kFieldWeight[f] > best) best = kFieldWeight[f];
                }
            Score[mask] = best + 0.1f * (sum - best);
        }
    }
};
constexpr FieldScoreTable kFieldScore;

//-----------------------------------------------------------------------------
// [SECTION] Small helpers
//-----------------------------------------------------------------------------

// A set of the characters of a word: each edit changes at most two bits, so words whose masks differ in more
// than 2 * edits bits are skipped without computing the distance.
std::uint64_t LetterMask(std::string_view word)
{
    std::uint64_t mask = 0;
    for (char ch : word) {
        const auto c = static_cast<unsigned char>(ch);
        int bit;
        if (c >= 'a' && c <= 'z') bit = c - 'a';
        else if (c >= '0' && c <= '9') bit = 26 + (c - '0');
        else bit = 36 + c % 28;
        mask |= std::uint64_t(1) << bit;
    }
    return mask;
}

// GCC and Clang (and so Emscripten) builtins: one instruction each, where the hardware has it.
int PopCount(std::uint64_t x) { return __builtin_popcountll(x); }
int LowestBit(std::uint64_t x) { return __builtin_ctzll(x); } // x != 0

int CostIndex(const std::string& cost)
{
    if (cost.empty()) return 2;
    bool free = false, digits = false;
    for (const TextToken& t : TokenizeText(cost)) {
        if (t.Text == "free") free = true;
        if (t.Text.find_first_of("0123456789") != std::string::npos) digits = true;
    }
    return free && !digits ? 0 : 1;
}

std::uint16_t CountWords(const std::string& text)
{
    int n = 0;
    for (const TextToken& t : TokenizeText(text))
        if (!IsStopWord(t.Text)) ++n;
    return static_cast<std::uint16_t>(std::clamp(n, 1, 65535));
}

// A hit as one integer that sorts best first: the score's bits inverted (scores are never negative, so their
// bits order as the numbers do), then the document number, which breaks ties by title and id.
std::uint64_t SortKey(float score, std::uint32_t doc)
{
    std::uint32_t bits = 0;
    std::memcpy(&bits, &score, sizeof(bits));
    return (std::uint64_t(~bits) << 32) | doc;
}

float KeyScore(std::uint64_t key)
{
    const auto bits = static_cast<std::uint32_t>(~(key >> 32));
    float score = 0.0f;
    std::memcpy(&score, &bits, sizeof(score));
    return score;
}

// Sorts 64-bit keys: the one std::sort of plain numbers in this file (SortKeys, matches and ranges use it).
void SortNumbers(std::uint64_t* begin, std::uint64_t* end)
{
    std::sort(begin, end);
}

// Sorts hit keys in place. Many thousand hits take an LSD radix sort, which skips the bytes all keys share;
// std::sort would cost most of a frame's budget there. `spare` holds n keys.
void SortKeys(std::uint64_t* keys, std::size_t n, std::uint64_t* spare)
{
    if (n < 1024) {
        SortNumbers(keys, keys + n);
        return;
    }
    std::unique_ptr<std::uint32_t[]> counts(new std::uint32_t[8 * 256]());
    for (std::size_t i = 0; i < n; ++i)
        for (int b = 0; b < 8; ++b) ++counts[b * 256 + ((keys[i] >> (8 * b)) & 0xFF)];
    std::uint64_t* from = keys;
    std::uint64_t* to = spare;
    for (int b = 0; b < 8; ++b) {
        std::uint32_t* count = &counts[b * 256];
        if (count[(from[0] >> (8 * b)) & 0xFF] == n) continue;
        std::uint32_t offset = 0;
        for (int v = 0; v < 256; ++v) {
            const std::uint32_t c = count[v];
            count[v] = offset;
            offset += c;
        }
        for (std::size_t i = 0; i < n; ++i) to[count[(from[i] >> (8 * b)) & 0xFF]++] = from[i];
        std::swap(from, to);
    }
    if (from != keys) std::memcpy(keys, from, n * sizeof(std::uint64_t));
}

// Sorts by word and keeps the best quality of each.
// Every sort of ids in this file goes through this one comparator type, so the wasm holds one copy of
// std::sort for them rather than one per lambda (about 1.7 KB each at -Oz).
struct IdOrder {
    bool (*Less)(const void* context, std::uint32_t a, std::uint32_t b);
    const void* Context;
    bool operator()(std::uint32_t a, std::uint32_t b) const { return Less(Context, a, b); }
};

void SortIds(std::uint32_t* begin, std::uint32_t* end, const IdOrder& order)
{
    std::sort(begin, end, order);
}

// Sorted by word, each word once with its best quality. Sorted as (word, best quality first) in 64-bit keys
// so it shares SortNumbers rather than adding a sort of its own to the wasm; qualities are positive.
void MergeMatches(std::vector<std::pair<std::uint32_t, float>>& matches)
{
    std::vector<std::uint64_t> keys(matches.size());
    for (std::size_t i = 0; i < matches.size(); ++i) {
        std::uint32_t bits = 0;
        std::memcpy(&bits, &matches[i].second, sizeof(bits));
        keys[i] = (std::uint64_t(matches[i].first) << 32) | ~bits;
    }
    SortNumbers(keys.data(), keys.data() + keys.size());
    matches.clear();
    for (std::uint64_t key : keys) {
        const auto word = static_cast<std::uint32_t>(key >> 32);
        if (!matches.empty() && matches.back().first == word) continue;
        const auto bits = ~static_cast<std::uint32_t>(key);
        float quality = 0.0f;
        std::memcpy(&quality, &bits, sizeof(quality));
        matches.emplace_back(word, quality);
    }
}

} // namespace

void ForEachSearchField(const Dataset& data, ResultKind kind, std::string_view id, std::size_t index, const SearchFieldVisitor& visit)
{
    switch (kind) {
    case ResultKind::App: {
        if (index >= data.Apps.size()) return;
        const App& a = data.Apps[index];
        visit("name", a.Name, Field_Title);
        for (const std::string& c : a.Categories) {
            const Category* category = data.FindCategory(c);
            visit("topic", category ? category->Label : c, Field_Category);
        }
        visit("developer", a.Developer, Field_Detail);
        visit("description", a.Description, Field_Body);
        return;
    }
    case ResultKind::Wearable: {
        if (index >= data.Topics.size()) return;
        const WearableTopic& t = data.Topics[index];
        visit("title", t.Title, Field_Title);
        visit("summary", t.Summary, Field_Body);
        for (const std::string& p : t.Points) visit("advice", p, Field_Body);
        for (const ChecklistItem& c : data.Checklist)
            if (c.Topic == t.Id) visit("checklist", c.Text, Field_Body);
        const UrgentAdvice& u = t.Urgent;
        for (const std::string* text : { &u.Heading, &u.Note, &u.NonUrgent }) visit("what to do now", *text, Field_Body);
        for (const std::string& sign : u.Signs) visit("what to do now", sign, Field_Body);
        for (const std::string& alert : u.AlertWords) visit("alerts and symptoms it covers", alert, Field_Body);
        return;
    }
    case ResultKind::Trust: {
        if (index >= data.Trusts.size()) return;
        const Trust& t = data.Trusts[index];
        visit("official name", t.OfficialName, Field_Title);
        visit("name when announced", t.NameAsAnnounced, Field_Title);
        if (const TrustGroup* g = data.FindGroup(t.Group)) visit("group", g->Label, Field_Category);
        visit("main town", t.MainTown, Field_Detail);
        visit("region", t.Region, Field_Detail);
        visit("main hospital", t.MainHospital, Field_Detail);
        visit("record system", t.RecordSystem, Field_Detail);
        visit("ODS code", t.OdsCode, Field_Detail);
        visit("what happened later", t.Later, Field_Body);
        return;
    }
    case ResultKind::Programme: break;
    }
    if (id.compare(0, 8, "section:") == 0 && index < data.Sections.size()) {
        const ProgrammeSection& s = data.Sections[index];
        visit("heading", s.Heading, Field_Title);
        for (const std::string& p : s.Paragraphs) visit("text", p, Field_Body);
    } else if (id.compare(0, 7, "figure:") == 0 && index < data.Figures.size()) {
        const KeyFigure& f = data.Figures[index];
        visit("key figure", f.Caption.empty() ? f.Value : f.Value + " " + f.Caption, Field_Title);
        visit("caveat", f.Caveat, Field_Body);
    } else if (id.compare(0, 6, "event:") == 0 && index < data.Timeline.size()) {
        const TimelineEvent& e = data.Timeline[index];
        visit("timeline event", e.Title, Field_Title);
        visit("detail", e.Detail, Field_Body);
    }
}

const char* ResultKindKey(ResultKind kind)
{
    switch (kind) {
    case ResultKind::App: return "app";
    case ResultKind::Wearable: return "wearable";
    case ResultKind::Trust: return "trust";
    case ResultKind::Programme: return "programme";
    }
    return "";
}

CostKind AppCost(const std::string& cost) { return AllCosts[CostIndex(cost)]; }

std::string_view SearchIndex::Word(std::uint32_t id) const
{
    return std::string_view(WordChars).substr(WordStart[id], WordStart[id + 1] - WordStart[id]);
}

std::uint32_t SearchIndex::LowerBound(std::string_view word) const
{
    std::uint32_t lo = 0, hi = static_cast<std::uint32_t>(WordCount());
    while (lo < hi) {
        const std::uint32_t mid = lo + (hi - lo) / 2;
        if (Word(mid) < word) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

bool SearchIndex::FindWord(const std::string& word, std::uint32_t& id) const
{
    const std::uint32_t lo = LowerBound(word);
    if (lo < WordCount() && Word(lo) == word) {
        id = lo;
        return true;
    }
    return false;
}

std::size_t SearchIndex::MemoryBytes() const
{
    std::size_t bytes = sizeof(*this);
    for (const Doc& d : Docs) bytes += sizeof(Doc) + d.Id.capacity() + d.Title.capacity();
    bytes += WordChars.capacity();
    bytes += (WordStart.capacity() + PostingStart.capacity() + PostingTitleEnd.capacity() + PostingDoc.capacity() + LengthStart.capacity() +
              LengthWord.capacity() + WordGroupStart.capacity() + WordGroups.capacity() +
              AppCategoryStart.capacity() + AppCategories.capacity() + AppsByName.capacity()) *
             sizeof(std::uint32_t);
    bytes += PostingFields.capacity() + AppCost.capacity() + AppBadge.capacity() + DocKind.capacity() +
             DocTitleWords.capacity() * sizeof(std::uint16_t);
    bytes += (LengthMask.capacity() + AppCategoryMask.capacity()) * sizeof(std::uint64_t) + AppPlatforms.capacity() * sizeof(PlatformFlags);
    for (const auto& g : GroupWords) bytes += sizeof(g) + g.capacity() * sizeof(std::uint32_t);
    for (const Phrase& p : Phrases) bytes += sizeof(Phrase) + p.Words.capacity() * sizeof(std::string);
    for (const std::string& s : CategoryKeys) bytes += sizeof(s) + s.capacity();
    for (const std::string& s : CategoryLabels) bytes += sizeof(s) + s.capacity();
    for (const auto* list : { &AllApps.Categories, &AllApps.Platforms, &AllApps.Costs, &AllApps.Badges })
        for (const FacetCount& f : *list) bytes += sizeof(f) + f.Key.capacity() + f.Label.capacity();
    return bytes;
}

//-----------------------------------------------------------------------------
// [SECTION] Build
//-----------------------------------------------------------------------------

void SearchIndex::Build(const Dataset& data)
{
    *this = SearchIndex();

    // Words get provisional ids in order of appearance; sorted into dictionary order at the end.
    std::unordered_map<std::string, std::uint32_t> provisional;
    std::vector<std::string> words;
    std::vector<std::vector<std::pair<std::uint32_t, std::uint8_t>>> postings;
    auto intern = [&](const std::string& w) -> std::uint32_t {
        auto [it, inserted] = provisional.emplace(w, static_cast<std::uint32_t>(words.size()));
        if (inserted) {
            words.push_back(w);
            postings.emplace_back();
        }
        return it->second;
    };

    // Synonym groups, interned first so that a synonym nobody's text uses still expands a query.
    std::unordered_map<std::string, std::vector<std::size_t>> phrases_by_first_word;
    std::unordered_set<std::string> known_phrases;
    std::vector<std::vector<std::uint32_t>> group_words;
    for (const std::vector<std::string>& group : data.SynonymGroups) {
        std::vector<std::uint32_t> members;
        for (const std::string& entry : group) {
            std::vector<TextToken> tokens = TokenizeText(entry);
            if (tokens.empty() || (tokens.size() == 1 && IsStopWord(tokens[0].Text))) continue;
            std::string key;
            Phrase phrase;
            for (const TextToken& t : tokens) {
                if (!key.empty()) key += ' ';
                key += t.Text;
                phrase.Words.push_back(t.Text);
            }
            const std::uint32_t id = intern(key);
            if (tokens.size() > 1 && known_phrases.insert(key).second) {
                phrase.WordId = id;
                phrases_by_first_word[phrase.Words[0]].push_back(Phrases.size());
                Phrases.push_back(std::move(phrase));
            }
            if (std::find(members.begin(), members.end(), id) == members.end()) members.push_back(id);
        }
        if (members.size() >= 2) group_words.push_back(std::move(members));
    }

    std::vector<TextToken> tokens;
    auto add_posting = [&](std::uint32_t word, std::uint32_t doc, std::uint8_t field) {
        auto& list = postings[word];
        if (!list.empty() && list.back().first == doc) list.back().second |= field;
        else list.emplace_back(doc, field);
    };
    std::vector<std::size_t> whole; // indices of the tokens that are not camel-case pieces
    auto add_text = [&](std::uint32_t doc, std::string_view text, std::uint8_t field) {
        tokens.clear();
        TokenizeText(text, tokens, true);
        whole.clear();
        for (std::size_t i = 0; i < tokens.size(); ++i)
            if (!tokens[i].Part) whole.push_back(i);
        for (std::size_t i = 0; i < whole.size(); ++i) {
            auto starts = phrases_by_first_word.find(tokens[whole[i]].Text);
            if (starts == phrases_by_first_word.end()) continue;
            for (std::size_t p : starts->second) {
                const std::vector<std::string>& pw = Phrases[p].Words;
                if (i + pw.size() > whole.size()) continue;
                bool same = true;
                for (std::size_t k = 1; k < pw.size() && same; ++k) same = tokens[whole[i + k]].Text == pw[k];
                if (same) add_posting(Phrases[p].WordId, doc, field);
            }
        }
        for (const TextToken& t : tokens)
            if (!IsStopWord(t.Text)) add_posting(intern(t.Text), doc, field);
    };
    std::vector<std::uint16_t> title_words;
    auto add_doc = [&](ResultKind kind, std::size_t index, std::string id, std::string title) {
        Doc d;
        d.Kind = kind;
        d.Index = static_cast<std::uint32_t>(index);
        d.Id = std::move(id);
        title_words.push_back(CountWords(title));
        d.Title = std::move(title);
        Docs.push_back(std::move(d));
        return static_cast<std::uint32_t>(Docs.size() - 1);
    };

    std::unordered_map<std::string, std::uint32_t> category_index;
    for (const Category& c : data.Categories) {
        category_index.emplace(c.Id, static_cast<std::uint32_t>(CategoryKeys.size()));
        CategoryKeys.push_back(c.Id);
        CategoryLabels.push_back(c.Label);
    }
    // App facts by app index; placed by rank once every document is in.
    std::vector<std::vector<std::uint32_t>> app_categories(data.Apps.size());
    std::vector<PlatformFlags> app_platforms;
    std::vector<std::uint8_t> app_cost, app_badge;
    auto add_fields = [&](std::uint32_t doc) {
        const Doc& d = Docs[doc];
        auto add = [&](const char*, std::string_view text, int field) { add_text(doc, text, static_cast<std::uint8_t>(field)); };
        ForEachSearchField(data, d.Kind, d.Id, d.Index, SearchFieldVisitor::Of(add));
    };
    for (std::size_t i = 0; i < data.Apps.size(); ++i) {
        const App& a = data.Apps[i];
        const std::uint32_t doc = add_doc(ResultKind::App, i, a.Id, a.Name);
        add_fields(doc);
        for (const std::string& c : a.Categories) {
            auto it = category_index.find(c);
            if (it != category_index.end()) app_categories[i].push_back(it->second);
        }
        app_platforms.push_back(a.Platforms);
        const int cost = CostIndex(a.Cost);
        HasCost[cost] = true;
        app_cost.push_back(static_cast<std::uint8_t>(cost));
        app_badge.push_back(static_cast<std::uint8_t>(a.AppBadge));
    }
    for (std::size_t i = 0; i < data.Topics.size(); ++i) add_fields(add_doc(ResultKind::Wearable, i, data.Topics[i].Id, data.Topics[i].Title));
    for (std::size_t i = 0; i < data.Trusts.size(); ++i) {
        const Trust& t = data.Trusts[i];
        add_fields(add_doc(ResultKind::Trust, i, t.OdsCode, !t.OfficialName.empty() ? t.OfficialName : t.NameAsAnnounced));
    }
    for (std::size_t i = 0; i < data.Sections.size(); ++i)
        add_fields(add_doc(ResultKind::Programme, i, "section:" + data.Sections[i].Id, data.Sections[i].Heading));
    for (std::size_t i = 0; i < data.Figures.size(); ++i) {
        const KeyFigure& f = data.Figures[i];
        add_fields(add_doc(ResultKind::Programme, i, "figure:" + f.Id, f.Caption.empty() ? f.Value : f.Value + " " + f.Caption));
    }
    for (std::size_t i = 0; i < data.Timeline.size(); ++i) {
        const TimelineEvent& e = data.Timeline[i];
        int n = 1;
        for (std::size_t k = 0; k < i; ++k) n += data.Timeline[k].Date == e.Date ? 1 : 0;
        add_fields(add_doc(ResultKind::Programme, i, "event:" + e.Date + "-" + std::to_string(n), e.Title));
    }

    // Documents are numbered in (normalised title, title, id) order, so a document's number breaks ties and
    // the empty query's list is simply the apps in number order.
    {
        const std::size_t n = Docs.size();
        std::vector<std::string> keys;
        keys.reserve(n);
        for (const Doc& d : Docs) keys.push_back(NormalizeText(d.Title));
        std::vector<std::uint32_t> order(n);
        for (std::uint32_t i = 0; i < n; ++i) order[i] = i;
        struct TitleOrder {
            const std::vector<std::string>& Keys;
            const std::vector<Doc>& Docs;
        } by_title{ keys, Docs };
        SortIds(order.data(), order.data() + n, IdOrder{ [](const void* c, std::uint32_t a, std::uint32_t b) {
                                                            const TitleOrder& o = *static_cast<const TitleOrder*>(c);
                                                            if (o.Keys[a] != o.Keys[b]) return o.Keys[a] < o.Keys[b];
                                                            if (o.Docs[a].Title != o.Docs[b].Title) return o.Docs[a].Title < o.Docs[b].Title;
                                                            return o.Docs[a].Id < o.Docs[b].Id;
                                                        },
                                                         &by_title });
        std::vector<std::uint32_t> number(n);
        std::vector<Doc> ranked;
        ranked.reserve(n);
        DocKind.resize(n);
        DocTitleWords.resize(n);
        AppPlatforms.assign(n, 0);
        AppCost.assign(n, 0);
        AppBadge.assign(n, 0);
        AppCategoryStart.assign(1, 0);
        AppCategoryMask.assign(n, 0);
        for (std::uint32_t r = 0; r < n; ++r) {
            const std::uint32_t old = order[r];
            number[old] = r;
            ranked.push_back(std::move(Docs[old]));
            const Doc& d = ranked.back();
            DocKind[r] = static_cast<std::uint8_t>(d.Kind);
            DocTitleWords[r] = title_words[old];
            if (d.Kind == ResultKind::App) {
                AppsByName.push_back(r);
                AppPlatforms[r] = app_platforms[d.Index];
                AppCost[r] = app_cost[d.Index];
                AppBadge[r] = app_badge[d.Index];
                AppCategories.insert(AppCategories.end(), app_categories[d.Index].begin(), app_categories[d.Index].end());
                for (std::uint32_t c : app_categories[d.Index])
                    if (c < 64) AppCategoryMask[r] |= std::uint64_t(1) << c;
            }
            AppCategoryStart.push_back(static_cast<std::uint32_t>(AppCategories.size()));
        }
        Docs = std::move(ranked);
        for (std::uint32_t doc = 0; doc < n; ++doc) {
            if (Docs[doc].Kind != ResultKind::Wearable) continue;
            for (const std::string& alert : data.Topics[Docs[doc].Index].Urgent.AlertWords) {
                UrgentPhrase phrase{ doc, {} };
                for (const TextToken& t : TokenizeText(alert))
                    if (!IsStopWord(t.Text)) phrase.Words.push_back(t.Text);
                if (!phrase.Words.empty()) UrgentPhrases.push_back(std::move(phrase));
            }
        }
        std::vector<std::uint64_t> entries; // (document, fields): sorted through SortNumbers, one sort less in the wasm
        for (auto& list : postings) {
            entries.clear();
            for (const auto& entry : list) entries.push_back((std::uint64_t(number[entry.first]) << 8) | entry.second);
            SortNumbers(entries.data(), entries.data() + entries.size());
            for (std::size_t i = 0; i < entries.size(); ++i)
                list[i] = { static_cast<std::uint32_t>(entries[i] >> 8), static_cast<std::uint8_t>(entries[i] & 0xFF) };
        }
    }

    // Dictionary in byte order, postings in the same order.
    std::vector<std::uint32_t> sorted(words.size());
    for (std::uint32_t i = 0; i < sorted.size(); ++i) sorted[i] = i;
    SortIds(sorted.data(), sorted.data() + sorted.size(), IdOrder{ [](const void* c, std::uint32_t a, std::uint32_t b) {
                                                                      const auto& w = *static_cast<const std::vector<std::string>*>(c);
                                                                      return w[a] < w[b];
                                                                  },
                                                                   &words });
    std::vector<std::uint32_t> final_id(words.size());
    std::size_t total_chars = 0, total_postings = 0;
    for (const std::string& w : words) total_chars += w.size();
    for (const auto& p : postings) total_postings += p.size();
    WordChars.reserve(total_chars);
    WordStart.reserve(words.size() + 1);
    PostingStart.reserve(words.size() + 1);
    PostingDoc.reserve(total_postings);
    PostingFields.reserve(total_postings);
    for (std::uint32_t i = 0; i < sorted.size(); ++i) {
        final_id[sorted[i]] = i;
        WordStart.push_back(static_cast<std::uint32_t>(WordChars.size()));
        WordChars += words[sorted[i]];
        PostingStart.push_back(static_cast<std::uint32_t>(PostingDoc.size()));
        // Title postings first, so a one-letter prefix can read just those (PostingTitleEnd).
        for (int titles = 1; titles >= 0; --titles) {
            for (const auto& [doc, fields] : postings[sorted[i]])
                if (((fields & Field_Title) != 0) == (titles == 1)) {
                    PostingDoc.push_back(doc);
                    PostingFields.push_back(fields);
                }
            if (titles == 1) PostingTitleEnd.push_back(static_cast<std::uint32_t>(PostingDoc.size()));
        }
    }
    WordStart.push_back(static_cast<std::uint32_t>(WordChars.size()));
    PostingStart.push_back(static_cast<std::uint32_t>(PostingDoc.size()));
    for (Phrase& p : Phrases) p.WordId = final_id[p.WordId];

    // Words by length for misspellings; the longest words only ever match exactly.
    std::size_t max_len = 0;
    for (std::uint32_t i = 0; i < WordCount(); ++i) max_len = std::max(max_len, std::min<std::size_t>(Word(i).size(), 64));
    LengthStart.assign(max_len + 2, 0);
    for (std::uint32_t i = 0; i < WordCount(); ++i)
        if (Word(i).size() < 64) ++LengthStart[Word(i).size() + 1];
    for (std::size_t l = 1; l < LengthStart.size(); ++l) LengthStart[l] += LengthStart[l - 1];
    LengthWord.resize(LengthStart.back());
    LengthMask.resize(LengthStart.back());
    {
        std::vector<std::uint32_t> fill(LengthStart.begin(), LengthStart.end() - 1);
        for (std::uint32_t i = 0; i < WordCount(); ++i) {
            const std::string_view w = Word(i);
            if (w.size() >= 64) continue;
            const std::uint32_t slot = fill[w.size()]++;
            LengthWord[slot] = i;
            LengthMask[slot] = LetterMask(w);
        }
    }

    // Synonyms: word -> groups (CSR), group -> words.
    for (auto& g : group_words)
        for (std::uint32_t& w : g) w = final_id[w];
    GroupWords = std::move(group_words);
    WordGroupStart.assign(WordCount() + 1, 0);
    for (const auto& g : GroupWords)
        for (std::uint32_t w : g) ++WordGroupStart[w + 1];
    for (std::size_t i = 1; i < WordGroupStart.size(); ++i) WordGroupStart[i] += WordGroupStart[i - 1];
    WordGroups.resize(WordGroupStart.back());
    {
        std::vector<std::uint32_t> fill(WordGroupStart.begin(), WordGroupStart.end() - 1);
        for (std::uint32_t g = 0; g < GroupWords.size(); ++g)
            for (std::uint32_t w : GroupWords[g]) WordGroups[fill[w]++] = g;
    }

    const std::vector<std::uint8_t> no_fails(AppsByName.size(), 0);
    ComputeFacets(AppsByName.data(), no_fails.data(), AppsByName.size(), AllApps);
}

//-----------------------------------------------------------------------------
// [SECTION] Parsing a query and matching its words
//-----------------------------------------------------------------------------

void SearchIndex::AddSynonyms(QueryTerm& term, float factor) const
{
    const std::size_t direct = term.Matches.size();
    for (std::size_t m = 0; m < direct; ++m) {
        const auto [word, quality] = term.Matches[m];
        for (std::uint32_t g = WordGroupStart[word]; g < WordGroupStart[word + 1]; ++g)
            for (std::uint32_t other : GroupWords[WordGroups[g]])
                if (other != word) term.Matches.emplace_back(other, quality * factor);
    }
}

void SearchIndex::MatchWord(QueryTerm& term, bool stop_word) const
{
    const std::string& w = term.Word;
    std::uint32_t exact_id = 0;
    const bool exact = !stop_word && FindWord(w, exact_id);
    if (exact) term.Matches.emplace_back(exact_id, kExact);

    if (term.Prefix) {
        const std::uint32_t first = LowerBound(w);
        for (std::uint32_t id = first; id < WordCount(); ++id) {
            const std::string_view candidate = Word(id);
            if (candidate.compare(0, w.size(), w) != 0) break;
            if (candidate.size() == w.size()) continue; // the exact word, already added
            term.Matches.emplace_back(id, kPrefixBase + kPrefixShare * float(w.size()) / float(candidate.size()));
        }
    }

    if (!exact && !stop_word) {
        const int k = FuzzyBudget(w.size());
        term.MaxEdits = k;
        if (k > 0) {
            const std::uint64_t mask = LetterMask(w);
            const std::uint64_t* masks = LengthMask.data();
            const std::uint32_t* length_start = LengthStart.data();
            const std::size_t lo = w.size() > std::size_t(k) ? w.size() - k : 0;
            const std::size_t hi = std::min(w.size() + k, LengthStart.size() - 2);
            for (std::size_t len = lo; len <= hi && len + 1 < LengthStart.size(); ++len)
                for (std::uint32_t slot = length_start[len], end = length_start[len + 1]; slot < end; ++slot) {
                    if (PopCount(masks[slot] ^ mask) > 2 * k) continue;
                    const std::uint32_t id = LengthWord[slot];
                    const int edits = BoundedEditDistance(w, Word(id), k);
                    if (edits >= 1 && edits <= k) term.Matches.emplace_back(id, kFuzzy[edits]);
                }
        }
    }

    if (!term.Prefix || w.size() >= kMinSynonymPrefix) {
        MergeMatches(term.Matches);
        AddSynonyms(term, kSynonym);
    }
    MergeMatches(term.Matches);
}

PreparedQuery SearchIndex::Prepare(const std::string& text) const
{
    PreparedQuery out;
    std::vector<TextToken> tokens = TokenizeText(text);
    const bool typing = !tokens.empty() && tokens.back().End == text.size();

    for (std::size_t i = 0; i < tokens.size() && out.Terms.size() < kMaxTerms;) {
        // The longest synonym phrase that starts here becomes one term: "blood sugar" means diabetes.
        const Phrase* phrase = nullptr;
        for (const Phrase& p : Phrases) {
            if (i + p.Words.size() > tokens.size() || (phrase && phrase->Words.size() >= p.Words.size())) continue;
            bool same = true;
            for (std::size_t k = 0; k < p.Words.size() && same; ++k) same = tokens[i + k].Text == p.Words[k];
            if (same) phrase = &p;
        }
        if (phrase) {
            QueryTerm term;
            term.Word = std::string(Word(phrase->WordId));
            term.Matches.emplace_back(phrase->WordId, kExact);
            AddSynonyms(term, kSynonym);
            MergeMatches(term.Matches);
            out.Terms.push_back(std::move(term));
            i += phrase->Words.size();
            continue;
        }

        const bool last_typed = typing && i + 1 == tokens.size();
        const bool stop = IsStopWord(tokens[i].Text);
        if (stop && !last_typed) {
            ++i;
            continue;
        } // "and", "the": only a prefix while being typed
        QueryTerm term;
        term.Word = tokens[i].Text;
        term.Prefix = last_typed;
        term.TitlesOnly = last_typed && term.Word.size() == 1;
        MatchWord(term, stop);
        out.Terms.push_back(std::move(term));
        ++i;
    }

    for (const QueryTerm& t : out.Terms)
        for (const auto& m : t.Matches) out.MatchedWords.push_back(m.first);
    SortIds(out.MatchedWords.data(), out.MatchedWords.data() + out.MatchedWords.size(),
            IdOrder{ [](const void*, std::uint32_t a, std::uint32_t b) { return a < b; }, nullptr });
    out.MatchedWords.erase(std::unique(out.MatchedWords.begin(), out.MatchedWords.end()), out.MatchedWords.end());
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Search
//-----------------------------------------------------------------------------

SearchResults SearchIndex::Search(const SearchQuery& query, std::size_t limit) const
{
    SearchResults out;
    Search(query, out, limit);
    return out;
}

// The hot loops below read through raw pointers and fill one zeroed block rather than several std::vectors:
// the web build is size-optimised (-Oz), where a vector's operator[] and element-wise construction can stay
// out-of-line calls and made every keystroke ten times slower.
void SearchIndex::Search(const SearchQuery& query, SearchResults& out, std::size_t limit) const
{
    out.Applied = query;
    if (query.FiltersFromText) {
        out.Understood = UnderstandQuery(query.Text);
        out.Applied.Text = out.Understood.SearchText;
    } else {
        out.Understood = UnderstoodQuery{};
        out.Understood.SearchText = query.Text;
    }
    std::string* fields[FacetKindCount] = { &out.Applied.Platform, &out.Applied.Cost, &out.Applied.Badge };
    for (int k = 0; k < FacetKindCount; ++k)
        if (out.Understood.Filters[k] && fields[k]->empty()) *fields[k] = out.Understood.Filters[k];
    out.Query = Prepare(out.Applied.Text);
    out.Partial = false;
    out.Unmatched.clear();
    const std::vector<QueryTerm>& terms = out.Query.Terms;
    const AppFilter filter = ResolveFilter(out.Applied);
    const bool filtered = filter.Any();
    out.KindCounts.fill(0);

    const std::size_t n = Docs.size();
    const std::uint32_t* apps_by_name = AppsByName.data();
    const std::size_t app_count = AppsByName.size();
    std::unique_ptr<std::uint64_t[]> hits(new std::uint64_t[2 * n + 1]); // SortKeys, then room to sort
    std::size_t hit_count = 0;
    std::unique_ptr<std::uint32_t[]> text_apps(new std::uint32_t[n + 1]);    // apps the text alone gives...
    std::unique_ptr<std::uint8_t[]> text_app_fails(new std::uint8_t[n + 1]); // ...and the filters each fails
    std::size_t text_app_count = 0;

    if (terms.empty()) {
        for (std::size_t i = 0; i < app_count; ++i) {
            const std::uint32_t app = apps_by_name[i];
            const unsigned fails = filtered ? AppFails(app, filter) : 0u;
            text_apps[text_app_count] = app;
            text_app_fails[text_app_count++] = static_cast<std::uint8_t>(fails);
            if (fails == 0) hits[hit_count++] = SortKey(0.0f, app);
        }
        out.KindCounts[static_cast<int>(ResultKind::App)] = static_cast<int>(hit_count);
    } else {
        // Term at a time over per-document scores, in up to two passes of the same loop. The first keeps a
        // document only while it has matched every term so far (Matched == terms done), which skips most
        // postings of later terms. If no document has every word, the second lets every term reach all its
        // documents, and those with the most words rank first ("diabetes reliable" gives the diabetes apps).
        struct DocScore {
            float Term, Second, Total;
            std::uint8_t Matched, InTitle, TitleTerms, Last; // Last: 1 + the last term that reached it
        };
        std::unique_ptr<DocScore[]> scores(new DocScore[n + 1]());
        std::unique_ptr<std::uint32_t[]> touched(new std::uint32_t[n + 1]);   // every document a term reached
        std::unique_ptr<std::uint32_t[]> term_docs(new std::uint32_t[n + 1]); // those the current term reached
        std::size_t touched_count = 0;
        const std::uint32_t* post_doc = PostingDoc.data();
        const std::uint8_t* post_fields = PostingFields.data();
        const std::uint32_t* starts = PostingStart.data();
        for (int pass = 0; pass < 2; ++pass) {
            const bool every_word = pass == 0;
            if (!every_word) std::fill(scores.get(), scores.get() + n, DocScore{});
            touched_count = 0;
            out.Unmatched.clear();
            for (std::size_t t = 0; t < terms.size(); ++t) {
                std::size_t term_count = 0;
                const auto mark = static_cast<std::uint8_t>(t + 1);
                const std::uint32_t* ends = terms[t].TitlesOnly ? PostingTitleEnd.data() : starts + 1;
                for (const auto& [word, quality] : terms[t].Matches)
                    for (std::uint32_t p = starts[word], end = ends[word]; p < end; ++p) {
                        const std::uint32_t doc = post_doc[p];
                        DocScore& d = scores[doc];
                        if (every_word && d.Matched != t) continue;
                        if (d.Last != mark) {
                            if (d.Last == 0) touched[touched_count++] = doc;
                            d.Last = mark;
                            term_docs[term_count++] = doc;
                        }
                        const std::uint8_t fields = post_fields[p];
                        const float s = quality * kFieldScore.Score[fields];
                        if (s > d.Term) {
                            d.Second = d.Term;
                            d.Term = s;
                        } else if (s > d.Second) d.Second = s;
                        d.InTitle |= fields & Field_Title;
                    }
                // In the first pass a later term may reach nothing only because earlier ones narrowed.
                if (term_count == 0 && (!every_word || t == 0)) out.Unmatched.push_back(terms[t].Word);
                for (std::size_t i = 0; i < term_count; ++i) {
                    DocScore& d = scores[term_docs[i]];
                    ++d.Matched;
                    d.Total += d.Term + kSecondMatch * d.Second;
                    d.TitleTerms = static_cast<std::uint8_t>(d.TitleTerms + d.InTitle);
                    d.Term = d.Second = 0.0f;
                    d.InTitle = 0;
                }
                if (term_count == 0 && every_word) break;
            }
            // Documents with every word, if any; else (second pass) all reached, most words first.
            std::size_t full = 0;
            for (std::size_t i = 0; i < touched_count; ++i)
                if (scores[touched[i]].Matched == terms.size()) touched[full++] = touched[i];
            if (full > 0 || terms.size() == 1) {
                touched_count = full;
                break;
            }
            out.Partial = !every_word && touched_count > 0;
        }
        const std::uint8_t* doc_kind = DocKind.data();
        const std::uint16_t* title_words = DocTitleWords.data();
        for (std::size_t i = 0; i < touched_count; ++i) {
            const std::uint32_t doc = touched[i];
            const int kind = doc_kind[doc];
            if (kind == static_cast<int>(ResultKind::App)) {
                const unsigned fails = filtered ? AppFails(doc, filter) : 0u;
                text_apps[text_app_count] = doc;
                text_app_fails[text_app_count++] = static_cast<std::uint8_t>(fails);
                if (fails != 0) continue;
            } else if (filtered) {
                continue;
            }
            const DocScore& d = scores[doc];
            const float coverage = std::min(1.0f, float(d.TitleTerms) / float(title_words[doc]));
            const float score = (d.Total + kTitleCoverage * coverage) * kKindFactor[kind] +
                                (out.Partial ? kPartialStep * float(d.Matched) : 0.0f);
            hits[hit_count++] = SortKey(score, doc);
            ++out.KindCounts[kind];
        }
        if (!filtered) PutUrgentFirst(terms, hits.get(), hit_count, out);
        SortKeys(hits.get(), hit_count, hits.get() + n);
    }

    out.TotalHits = hit_count;
    const std::size_t shown = std::min(limit, hit_count);
    out.Hits.resize(shown);
    SearchHit* dst = out.Hits.data();
    const Doc* docs = Docs.data();
    for (std::size_t i = 0; i < shown; ++i) {
        const Doc& doc = docs[static_cast<std::uint32_t>(hits[i])];
        dst[i].Kind = doc.Kind;
        dst[i].Id = doc.Id;
        dst[i].Title = doc.Title;
        dst[i].Score = KeyScore(hits[i]);
        dst[i].Index = doc.Index;
    }
    if (terms.empty() && !filtered) { // the screen before typing: counts worked out once, in Build()
        out.Categories = AllApps.Categories;
        out.Platforms = AllApps.Platforms;
        out.Costs = AllApps.Costs;
        out.Badges = AllApps.Badges;
    } else {
        ComputeFacets(text_apps.get(), text_app_fails.get(), text_app_count, out);
    }
}

// Words that name an alert or a symptom ("my watch said irregular heart rhythm") put the advice with urgent steps
// for it first of every result, found or not by the other words; when the words are read in part (some matched
// nothing), other advice goes: matching "watch" alone says nothing about an alert.
void SearchIndex::PutUrgentFirst(const std::vector<QueryTerm>& terms, std::uint64_t* hits, std::size_t& hit_count, SearchResults& out) const
{
    if (UrgentPhrases.empty()) return;
    std::vector<const QueryTerm*> words; // one per query word; a synonym phrase term counts as its words
    std::vector<std::string> texts;
    for (const QueryTerm& t : terms)
        for (std::size_t start = 0; start <= t.Word.size();) {
            const std::size_t space = std::min(t.Word.find(' ', start), t.Word.size());
            texts.push_back(t.Word.substr(start, space - start));
            words.push_back(&t);
            start = space + 1;
        }
    auto same = [&](std::size_t i, const std::string& word) {
        const std::string& typed = texts[i];
        if (typed == word) return true;
        if (words[i]->Prefix && i + 1 == texts.size() && typed.size() >= 3 && word.compare(0, typed.size(), typed) == 0) return true;
        const int budget = FuzzyBudget(std::min(typed.size(), word.size()));
        return budget > 0 && BoundedEditDistance(typed, word, budget) <= budget;
    };
    std::uint32_t urgent = UINT32_MAX;
    for (const UrgentPhrase& phrase : UrgentPhrases) {
        for (std::size_t i = 0; i + phrase.Words.size() <= texts.size() && urgent == UINT32_MAX; ++i) {
            bool all = true;
            for (std::size_t k = 0; k < phrase.Words.size() && all; ++k) all = same(i + k, phrase.Words[k]);
            if (all) urgent = phrase.Doc;
        }
        if (urgent != UINT32_MAX) break;
    }
    if (urgent == UINT32_MAX) return;

    const int advice = static_cast<int>(ResultKind::Wearable);
    float top = 0.0f;
    std::size_t kept = 0;
    bool found = false;
    for (std::size_t i = 0; i < hit_count; ++i) {
        const auto doc = static_cast<std::uint32_t>(hits[i]);
        top = std::max(top, KeyScore(hits[i]));
        if (doc == urgent) {
            found = true;
            continue;
        }
        if (out.Partial && DocKind[doc] == advice) {
            --out.KindCounts[advice];
            continue;
        }
        hits[kept++] = hits[i];
    }
    if (!found) ++out.KindCounts[advice];
    hits[kept++] = SortKey(top + 1.0f, urgent);
    hit_count = kept;
}

//-----------------------------------------------------------------------------
// [SECTION] Facets
//-----------------------------------------------------------------------------
// Each option's count applies the text and every filter except its own, so choosing it gives that many apps.

SearchIndex::AppFilter SearchIndex::ResolveFilter(const SearchQuery& query) const
{
    AppFilter f;
    if (!query.Category.empty()) {
        f.Category = AppFilter::Unknown;
        for (std::size_t c = 0; c < CategoryKeys.size(); ++c)
            if (CategoryKeys[c] == query.Category) f.Category = static_cast<int>(c);
    }
    if (!query.Platform.empty()) {
        f.Platform = AppFilter::Unknown;
        if (Platform_ p = Platform_None; PlatformFromKey(query.Platform, p)) f.Platform = p;
    }
    if (!query.Cost.empty()) {
        f.Cost = AppFilter::Unknown;
        if (CostKind c = CostKind::NotKnown; CostFromKey(query.Cost, c)) f.Cost = static_cast<int>(c);
    }
    if (!query.Badge.empty()) {
        f.Badge = AppFilter::Unknown;
        if (Badge b = Badge::None; BadgeFromKey(query.Badge, b)) f.Badge = static_cast<int>(b);
    }
    return f;
}

unsigned SearchIndex::AppFails(std::uint32_t app, const AppFilter& f) const
{
    unsigned fails = 0;
    if (f.Category >= 0) {
        bool found = false;
        if (f.Category < 64) {
            found = (AppCategoryMask.data()[app] >> f.Category) & 1;
        } else {
            const std::uint32_t* categories = AppCategories.data();
            for (std::uint32_t c = AppCategoryStart.data()[app]; c < AppCategoryStart.data()[app + 1] && !found; ++c)
                found = static_cast<int>(categories[c]) == f.Category;
        }
        if (!found) fails |= 1u << Dim_Category;
    }
    if (f.Platform >= 0 && (f.Platform == AppFilter::Unknown || !(AppPlatforms.data()[app] & f.Platform))) fails |= 1u << Dim_Platform;
    if (f.Cost >= 0 && AppCost.data()[app] != f.Cost) fails |= 1u << Dim_Cost;
    if (f.Badge >= 0 && AppBadge.data()[app] != f.Badge) fails |= 1u << Dim_Badge;
    return fails;
}

void SearchIndex::ComputeFacets(const std::uint32_t* apps, const std::uint8_t* fails_by_app, std::size_t count, SearchResults& out) const
{
    std::unique_ptr<int[]> category_counts(new int[CategoryKeys.size() + 1]());
    int platform_counts[3] = { 0, 0, 0 }, cost_counts[3] = { 0, 0, 0 }, badge_counts[3] = { 0, 0, 0 };
    const bool few_categories = CategoryKeys.size() <= 64; // then AppCategoryMask holds them all
    const std::uint64_t* category_mask = AppCategoryMask.data();
    const std::uint32_t* category_start = AppCategoryStart.data();
    const std::uint32_t* categories = AppCategories.data();
    const PlatformFlags* app_platforms = AppPlatforms.data();
    const std::uint8_t* app_cost = AppCost.data();
    const std::uint8_t* app_badge = AppBadge.data();
    for (std::size_t i = 0; i < count; ++i) {
        // An option counts when no filter other than its own fails.
        const std::uint32_t app = apps[i];
        const unsigned fails = fails_by_app[i];
        if (!(fails & ~(1u << Dim_Category))) {
            if (few_categories) {
                for (std::uint64_t bits = category_mask[app]; bits; bits &= bits - 1) ++category_counts[LowestBit(bits)];
            } else {
                for (std::uint32_t c = category_start[app]; c < category_start[app + 1]; ++c) ++category_counts[categories[c]];
            }
        }
        if (!(fails & ~(1u << Dim_Platform)))
            for (int p = 0; p < 3; ++p) platform_counts[p] += (app_platforms[app] & AllPlatforms[p]) ? 1 : 0;
        if (!(fails & ~(1u << Dim_Cost))) ++cost_counts[app_cost[app]];
        if (!(fails & ~(1u << Dim_Badge))) ++badge_counts[app_badge[app]];
    }

    auto set = [](std::vector<FacetCount>& list, std::size_t i, std::string_view key, std::string_view label, int count) {
        if (list.size() <= i) list.resize(i + 1);
        list[i].Key.assign(key);
        list[i].Label.assign(label);
        list[i].Count = count;
    };
    for (std::size_t c = 0; c < CategoryKeys.size(); ++c) set(out.Categories, c, CategoryKeys[c], CategoryLabels[c], category_counts[c]);
    out.Categories.resize(CategoryKeys.size());
    for (int p = 0; p < 3; ++p) set(out.Platforms, p, PlatformKey(AllPlatforms[p]), PlatformName(AllPlatforms[p]), platform_counts[p]);
    out.Platforms.resize(3);
    std::size_t costs = 0;
    for (int c = 0; c < 3; ++c)
        if (HasCost[c]) set(out.Costs, costs++, CostKey(AllCosts[c]), CostLabel(AllCosts[c]), cost_counts[c]);
    out.Costs.resize(costs);
    for (int b : { 1, 2, 0 }) set(out.Badges, b == 0 ? 2 : b - 1, BadgeKey(AllBadges[b]), BadgeLabel(AllBadges[b]), badge_counts[b]);
    out.Badges.resize(3);
}

//-----------------------------------------------------------------------------
// [SECTION] Highlighting
//-----------------------------------------------------------------------------

std::vector<std::pair<std::size_t, std::size_t>> HighlightRanges(const std::string& text, const PreparedQuery& query, const SearchIndex& index)
{
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    if (query.Terms.empty()) return ranges;
    const std::vector<TextToken> tokens = TokenizeText(text, true);

    // Phrases the query matches ("blood sugar" for "diabetes"), as word lists.
    std::vector<std::vector<std::string_view>> phrases;
    for (std::uint32_t id : query.MatchedWords) {
        const std::string_view w = index.Word(id);
        if (w.find(' ') == std::string_view::npos) continue;
        std::vector<std::string_view> parts;
        for (std::size_t start = 0;;) {
            const std::size_t space = w.find(' ', start);
            parts.push_back(w.substr(start, space == std::string_view::npos ? std::string_view::npos : space - start));
            if (space == std::string_view::npos) break;
            start = space + 1;
        }
        phrases.push_back(std::move(parts));
    }

    if (!phrases.empty()) {
        std::vector<std::size_t> whole; // phrases run over whole words, not camel-case pieces
        for (std::size_t i = 0; i < tokens.size(); ++i)
            if (!tokens[i].Part) whole.push_back(i);
        for (std::size_t i = 0; i < whole.size(); ++i)
            for (const auto& parts : phrases) {
                if (i + parts.size() > whole.size()) continue;
                bool same = true;
                for (std::size_t k = 0; k < parts.size() && same; ++k) same = tokens[whole[i + k]].Text == parts[k];
                if (same) ranges.emplace_back(tokens[whole[i]].Begin, tokens[whole[i + parts.size() - 1]].End);
            }
    }

    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& w = tokens[i].Text;
        if (IsStopWord(w)) continue;
        bool hit = false;
        std::uint32_t id = 0;
        if (index.FindWord(w, id)) {
            hit = std::binary_search(query.MatchedWords.begin(), query.MatchedWords.end(), id);
        } else {
            // A word the index has never seen (text from elsewhere): match it the way Search would.
            for (const QueryTerm& t : query.Terms) {
                hit = w == t.Word || (t.Prefix && w.compare(0, t.Word.size(), t.Word) == 0) ||
                      (t.MaxEdits > 0 && BoundedEditDistance(t.Word, w, t.MaxEdits) <= t.MaxEdits);
                if (hit) break;
            }
        }
        if (hit) ranges.emplace_back(tokens[i].Begin, tokens[i].End);
    }

    // Ranges as (begin, end) 64-bit keys for SortNumbers; a text over 4 GB is not drawn on one line.
    std::vector<std::uint64_t> keys;
    for (const auto& r : ranges) keys.push_back((std::uint64_t(r.first) << 32) | std::uint32_t(r.second));
    SortNumbers(keys.data(), keys.data() + keys.size());
    std::vector<std::pair<std::size_t, std::size_t>> merged;
    for (std::uint64_t key : keys) {
        const std::pair<std::size_t, std::size_t> r(std::size_t(key >> 32), std::size_t(std::uint32_t(key)));
        if (!merged.empty() && r.first <= merged.back().second) merged.back().second = std::max(merged.back().second, r.second);
        else merged.push_back(r);
    }
    return merged;
}

std::vector<std::pair<std::size_t, std::size_t>> HighlightRanges(const std::string& text, const std::string& query, const SearchIndex& index)
{
    return HighlightRanges(text, index.Prepare(query), index);
}

} // namespace core
