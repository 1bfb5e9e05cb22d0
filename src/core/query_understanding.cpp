// query_understanding.cpp — filters, filler and search words from what a person typed (layer: core).
// See query_understanding.h. The word lists are plain English as people type it, normalised the way
// text_normalize.h normalises everything ("i'm" is "im", "iPhone" is "iphone").
#include "core/query_understanding.h"

#include "core/model.h"
#include "core/text_normalize.h"

namespace core {

namespace {

// A phrase and the filter it names, as its enum value in model.h; its key comes from model.h's tables.
struct FacetWords {
    FacetKind Kind;
    int Value;         // a Platform_ bit, a CostKind or a Badge, by Kind
    const char* Words; // one phrase, as typed
    const char* Key() const
    {
        switch (Kind) {
        case FacetKind::Platform: return PlatformKey(static_cast<Platform_>(Value));
        case FacetKind::Cost: return CostKey(static_cast<CostKind>(Value));
        case FacetKind::Badge: return BadgeKey(static_cast<Badge>(Value));
        }
        return "";
    }
};

constexpr FacetWords Words(Platform_ p, const char* words) { return { FacetKind::Platform, p, words }; }
constexpr FacetWords Words(CostKind c, const char* words) { return { FacetKind::Cost, static_cast<int>(c), words }; }
constexpr FacetWords Words(Badge b, const char* words) { return { FacetKind::Badge, static_cast<int>(b), words }; }

// Normalised as text_normalize.h does; the longest phrase wins where two start at the same word.
constexpr FacetWords kFacetWords[] = {
    Words(Platform_Ios, "ios"),
    Words(Platform_Ios, "iphone"),
    Words(Platform_Ios, "iphones"),
    Words(Platform_Ios, "ipad"),
    Words(Platform_Ios, "ipads"),
    Words(Platform_Ios, "app store"),
    Words(Platform_Android, "android"),
    Words(Platform_Android, "androids"),
    Words(Platform_Android, "android phone"),
    Words(Platform_Android, "google play"),
    Words(Platform_Web, "web"),
    Words(Platform_Web, "web browser"),
    Words(Platform_Web, "browser"),
    Words(Platform_Web, "computer"),
    Words(Platform_Web, "laptop"),
    Words(Platform_Web, "desktop"),
    Words(Platform_Web, "pc"),
    Words(CostKind::Free, "free"),
    Words(CostKind::Free, "free of charge"),
    Words(CostKind::Free, "no cost"),
    Words(CostKind::Free, "costs nothing"),
    Words(CostKind::Free, "for nothing"),
    Words(CostKind::Paid, "paid"),
    Words(CostKind::Paid, "paid for"),
    Words(Badge::NhsApproved, "nhs approved"),
    Words(Badge::NhsApproved, "approved by the nhs"),
    Words(Badge::NhsApproved, "approved by nhs"),
    Words(Badge::NhsApproved, "nhs recommended"),
    Words(Badge::NhsApproved, "recommended by the nhs"),
    Words(Badge::NhsApproved, "nhs endorsed"),
    Words(Badge::BeingTested, "being tested"),
    Words(Badge::BeingTested, "tested in the nhs"),
    Words(Badge::BeingTested, "nhs tested"),
};

// Words that say how a filter was asked for ("works on", "for", "that run on"): dropped with the filter after them.
const char* const kConnectors[] = { "on", "for", "with", "in", "works", "work", "working", "runs", "run", "running",
                                    "that", "which", "my", "an", "a", "the", "using", "use", "via", "are", "is" };

// Filler: words that carry no subject. "app" and "my" start real words (appetite, myCOPD), so while one of them
// is typed as the first word it stays (see Read).
const char* const kFiller[] = {
    "app",
    "apps",
    "application",
    "applications",
    "help",
    "helps",
    "helping",
    "for",
    "with",
    "my",
    "me",
    "i",
    "im",
    "reliable",
    "reliably",
    "best",
    "good",
    "great",
    "top",
    "decent",
    "useful",
    "trusted",
    "trustworthy",
    "recommended",
    "please",
    "need",
    "needs",
    "want",
    "looking",
    "find",
    "finding",
    "search",
    "some",
    "any",
    "something",
    "anything",
    "tool",
    "tools",
    "that",
    "which",
    "how",
    "what",
    "does",
    "do",
    "can",
    "should",
    "will",
    "there",
    "get",
    "got",
    "about",
    "info",
    "information",
    "manage",
    "managing",
    "deal",
    "dealing",
    "cope",
    "coping",
};

constexpr std::size_t kMinTypedFiller = 4; // a shorter filler word being typed may be the start of a real word

bool InList(const char* const* list, std::size_t count, const std::string& word)
{
    for (std::size_t i = 0; i < count; ++i)
        if (!word.empty() && word[0] == list[i][0] && word == list[i]) return true; // the first letter rules most out
    return false;
}
#define IN_LIST(list, word) InList(list, sizeof(list) / sizeof(list[0]), word)

// How many tokens from i the phrase (words separated by single spaces) covers, or 0 when it does not match there.
std::size_t PhraseLength(const std::vector<TextToken>& tokens, std::size_t i, std::string_view phrase)
{
    if (tokens[i].Text.empty() || tokens[i].Text[0] != phrase[0]) return 0; // the first letter rules most out
    std::size_t k = 0;
    for (std::size_t start = 0; start <= phrase.size(); ++k) {
        std::size_t space = phrase.find(' ', start);
        if (space == std::string_view::npos) space = phrase.size();
        if (i + k >= tokens.size() || tokens[i + k].Text != phrase.substr(start, space - start)) return 0;
        start = space + 1;
    }
    return k;
}

// A token's part in one reading of the text: a search word, filler, or the kFacetWords entry it belongs to.
constexpr int kSearch = -1;
constexpr int kFillerWord = -2;

struct Reading {
    std::vector<TextToken> Tokens;
    std::vector<int> Use; // kSearch, kFillerWord, or an index into kFacetWords
    bool Typing = false;  // the last token is still being typed
};

Reading Read(std::string_view text)
{
    Reading r;
    r.Tokens = TokenizeText(text);
    const std::size_t n = r.Tokens.size();
    r.Use.assign(n, kSearch);
    r.Typing = n > 0 && r.Tokens.back().End == text.size();

    for (std::size_t i = 0; i < n;) {
        int facet = -1; // the longest phrase that starts here
        std::size_t length = 0;
        for (int f = 0; f < static_cast<int>(sizeof(kFacetWords) / sizeof(kFacetWords[0])); ++f) {
            const std::size_t l = PhraseLength(r.Tokens, i, kFacetWords[f].Words);
            if (l > length) {
                facet = f;
                length = l;
            }
        }
        if (facet < 0) {
            ++i;
            continue;
        }
        for (std::size_t k = i; k < i + length; ++k) r.Use[k] = facet;
        // "works on", "for", "that run on" just before it belong to it.
        for (std::size_t k = i; k > 0 && r.Use[k - 1] == kSearch && IN_LIST(kConnectors, r.Tokens[k - 1].Text); --k)
            r.Use[k - 1] = facet;
        i += length;
    }
    bool words_before = false; // a search word before this one
    for (std::size_t i = 0; i < n; ++i) {
        if (r.Use[i] != kSearch) continue;
        if (!IN_LIST(kFiller, r.Tokens[i].Text)) {
            words_before = true;
            continue;
        }
        // A short filler word being typed alone may be the start of a name ("my" of myCOPD); after other words
        // ("sleep app") it is filler.
        const bool being_typed = r.Typing && i + 1 == n;
        if (being_typed && !words_before && r.Tokens[i].Text.size() < kMinTypedFiller) continue;
        r.Use[i] = kFillerWord;
    }
    return r;
}

} // namespace

const char* FacetKindKey(FacetKind kind)
{
    switch (kind) {
    case FacetKind::Platform: return "platform";
    case FacetKind::Cost: return "cost";
    case FacetKind::Badge: return "badge";
    }
    return "";
}

UnderstoodQuery UnderstandQuery(std::string_view text)
{
    const Reading r = Read(text);
    UnderstoodQuery out;
    const std::size_t n = r.Tokens.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (r.Use[i] >= 0) out.Filters[static_cast<int>(kFacetWords[r.Use[i]].Kind)] = kFacetWords[r.Use[i]].Key();
        if (r.Use[i] == kFillerWord) out.Dropped.push_back(r.Tokens[i].Text);
        if (r.Use[i] != kSearch) continue;
        if (!out.SearchText.empty()) out.SearchText += ' ';
        out.SearchText += r.Tokens[i].Text;
    }
    // The search treats a last word with nothing after it as a prefix: only the word still being typed.
    const bool last_kept = n > 0 && r.Use[n - 1] == kSearch;
    if (!out.SearchText.empty() && !(r.Typing && last_kept)) out.SearchText += ' ';
    return out;
}

std::string RemoveFacetWords(std::string_view text, FacetKind kind)
{
    const Reading r = Read(text);
    std::string out;
    std::size_t from = 0;
    for (std::size_t i = 0; i < r.Tokens.size(); ++i) {
        if (r.Use[i] < 0 || kFacetWords[r.Use[i]].Kind != kind) continue;
        out.append(text.substr(from, r.Tokens[i].Begin - from));
        from = r.Tokens[i].End;
    }
    out.append(text.substr(from));
    // Tidy the spaces the removed words leave: none at the ends, one between words.
    std::string tidy;
    for (char c : out) {
        if (c == ' ' && (tidy.empty() || tidy.back() == ' ')) continue;
        if ((c == ',' || c == '.' || c == ';' || c == ':') && !tidy.empty() && tidy.back() == ' ') tidy.pop_back();
        tidy += c;
    }
    while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
    return tidy;
}

std::string* FilterField(Route& route, FacetKind kind)
{
    switch (kind) {
    case FacetKind::Platform: return &route.Platform;
    case FacetKind::Cost: return &route.Cost;
    case FacetKind::Badge: return &route.Badge;
    }
    return &route.Platform;
}

void SyncFiltersWithQuery(Route& route, const std::string& previous_query)
{
    const UnderstoodQuery now = UnderstandQuery(route.Query);
    const UnderstoodQuery before = UnderstandQuery(previous_query);
    for (int k = 0; k < FacetKindCount; ++k) {
        const FacetKind kind = static_cast<FacetKind>(k);
        std::string& field = *FilterField(route, kind);
        if (const char* key = now.Find(kind)) field = key;
        else if (const char* old = before.Find(kind); old && field == old) field.clear();
    }
}

void RemoveFilter(Route& route, FacetKind kind)
{
    FilterField(route, kind)->clear();
    route.Query = RemoveFacetWords(route.Query, kind);
}

} // namespace core
