// query_understanding.cpp — filters, filler and search words from what a person typed (layer: core).
// See query_understanding.h. The word lists are plain English as people type it, normalised the way
// text_normalize.h normalises everything ("i'm" is "im", "iPhone" is "iphone").
#include "core/query_understanding.h"

#include "core/text_normalize.h"

#include <algorithm>

namespace core {

namespace {

struct FacetWords {
    FacetKind Kind;
    const char* Key;
    const char* Words;                          // one phrase, as typed
};

// Longest phrase first wins where two start at the same word ("nhs approved" before any single word).
const FacetWords kFacetWords[] = {
    { FacetKind::Platform, "ios", "ios" },
    { FacetKind::Platform, "ios", "iphone" },
    { FacetKind::Platform, "ios", "iphones" },
    { FacetKind::Platform, "ios", "ipad" },
    { FacetKind::Platform, "ios", "ipads" },
    { FacetKind::Platform, "ios", "app store" },
    { FacetKind::Platform, "android", "android" },
    { FacetKind::Platform, "android", "androids" },
    { FacetKind::Platform, "android", "android phone" },
    { FacetKind::Platform, "android", "google play" },
    { FacetKind::Platform, "web", "web" },
    { FacetKind::Platform, "web", "web browser" },
    { FacetKind::Platform, "web", "browser" },
    { FacetKind::Platform, "web", "computer" },
    { FacetKind::Platform, "web", "laptop" },
    { FacetKind::Platform, "web", "desktop" },
    { FacetKind::Platform, "web", "pc" },
    { FacetKind::Cost, "free", "free" },
    { FacetKind::Cost, "free", "free of charge" },
    { FacetKind::Cost, "free", "no cost" },
    { FacetKind::Cost, "free", "costs nothing" },
    { FacetKind::Cost, "free", "for nothing" },
    { FacetKind::Cost, "paid", "paid" },
    { FacetKind::Cost, "paid", "paid for" },
    { FacetKind::Badge, "nhs-approved", "nhs approved" },
    { FacetKind::Badge, "nhs-approved", "approved by the nhs" },
    { FacetKind::Badge, "nhs-approved", "approved by nhs" },
    { FacetKind::Badge, "nhs-approved", "nhs recommended" },
    { FacetKind::Badge, "nhs-approved", "recommended by the nhs" },
    { FacetKind::Badge, "nhs-approved", "nhs endorsed" },
    { FacetKind::Badge, "being-tested", "being tested" },
    { FacetKind::Badge, "being-tested", "tested in the nhs" },
    { FacetKind::Badge, "being-tested", "nhs tested" },
};

// Words that say how a filter was asked for ("works on", "for", "that run on"): dropped with the filter after them.
const char* const kConnectors[] = { "on", "for", "with", "in", "works", "work", "working", "runs", "run", "running",
                                    "that", "which", "my", "an", "a", "the", "using", "use", "via", "are", "is" };

// Filler: words that carry no subject. "app" and "my" start real words (appetite, myCOPD), so while one of them
// is typed as the first word it stays (see Read).
const char* const kFiller[] = {
    "app", "apps", "application", "applications", "help", "helps", "helping", "for", "with", "my", "me", "i", "im",
    "reliable", "reliably", "best", "good", "great", "top", "decent", "useful", "trusted", "trustworthy",
    "recommended", "please", "need", "needs", "want", "looking", "find", "finding", "search", "some", "any",
    "something", "anything", "tool", "tools", "that", "which", "how", "what", "does", "do", "can", "should", "will",
    "there", "get", "got", "about", "info", "information", "manage", "managing", "deal", "dealing",
    "cope", "coping",
};

constexpr std::size_t kMinTypedFiller = 4;      // a shorter filler word being typed may be the start of a real word

template <std::size_t N>
bool InList(const char* const (&list)[N], const std::string& word)
{
    for (const char* w : list)
        if (word == w) return true;
    return false;
}

struct Phrase {
    const FacetWords* Facet;
    std::vector<std::string> Words;
};

const std::vector<Phrase>& Phrases()
{
    static const std::vector<Phrase> phrases = [] {
        std::vector<Phrase> out;
        for (const FacetWords& f : kFacetWords) {
            Phrase p{ &f, {} };
            for (const TextToken& t : TokenizeText(f.Words)) p.Words.push_back(t.Text);
            out.push_back(std::move(p));
        }
        return out;
    }();
    return phrases;
}

// The facet phrase that starts at token i (the longest), or nullptr.
const Phrase* FacetAt(const std::vector<TextToken>& tokens, std::size_t i)
{
    const Phrase* best = nullptr;
    for (const Phrase& p : Phrases()) {
        if (i + p.Words.size() > tokens.size() || (best && best->Words.size() >= p.Words.size())) continue;
        bool same = true;
        for (std::size_t k = 0; k < p.Words.size() && same; ++k) same = tokens[i + k].Text == p.Words[k];
        if (same) best = &p;
    }
    return best;
}

// One reading of the text: each token is searched, dropped as filler, or part of a filter (with its connectors).
enum TokenUse { Use_Search, Use_Filler, Use_Facet };

struct Reading {
    std::vector<TextToken> Tokens;
    std::vector<TokenUse> Use;
    std::vector<int> FacetOf;                   // index into Facets for Use_Facet tokens, else -1
    std::vector<UnderstoodFacet> Facets;        // every filter named, in order (repeats kept)
    bool Typing = false;                        // the last token is still being typed
};

Reading Read(std::string_view text)
{
    Reading r;
    r.Tokens = TokenizeText(text);
    const std::size_t n = r.Tokens.size();
    r.Use.assign(n, Use_Search);
    r.FacetOf.assign(n, -1);
    r.Typing = n > 0 && r.Tokens.back().End == text.size();

    for (std::size_t i = 0; i < n;) {
        const Phrase* p = FacetAt(r.Tokens, i);
        if (!p) { ++i; continue; }
        const int facet = static_cast<int>(r.Facets.size());
        std::string words;
        for (const std::string& w : p->Words) words += (words.empty() ? "" : " ") + w;
        r.Facets.push_back(UnderstoodFacet{ p->Facet->Kind, p->Facet->Key, words });
        for (std::size_t k = i; k < i + p->Words.size(); ++k) {
            r.Use[k] = Use_Facet;
            r.FacetOf[k] = facet;
        }
        // "works on", "for", "that run on" just before it belong to it.
        for (std::size_t k = i; k > 0 && r.Use[k - 1] == Use_Search && InList(kConnectors, r.Tokens[k - 1].Text); --k) {
            r.Use[k - 1] = Use_Facet;
            r.FacetOf[k - 1] = facet;
        }
        i += p->Words.size();
    }
    bool words_before = false;                  // a search word before this one
    for (std::size_t i = 0; i < n; ++i) {
        if (r.Use[i] != Use_Search) continue;
        if (!InList(kFiller, r.Tokens[i].Text)) { words_before = true; continue; }
        // A short filler word being typed alone may be the start of a name ("my" of myCOPD); after other words
        // ("sleep app") it is filler.
        const bool being_typed = r.Typing && i + 1 == n;
        if (being_typed && !words_before && r.Tokens[i].Text.size() < kMinTypedFiller) continue;
        r.Use[i] = Use_Filler;
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

std::string FacetLabel(FacetKind kind, const std::string& key)
{
    struct Label { FacetKind Kind; const char* Key; const char* Text; };
    static const Label labels[] = {
        { FacetKind::Platform, "ios", "iOS" }, { FacetKind::Platform, "android", "Android" }, { FacetKind::Platform, "web", "Web" },
        { FacetKind::Cost, "free", "Free" }, { FacetKind::Cost, "paid", "Paid" }, { FacetKind::Cost, "not-known", "Cost not known" },
        { FacetKind::Badge, "nhs-approved", "NHS approved" }, { FacetKind::Badge, "being-tested", "Being tested in the NHS" },
        { FacetKind::Badge, "none", "No NHS label" },
    };
    for (const Label& l : labels)
        if (l.Kind == kind && key == l.Key) return l.Text;
    return key;
}

const UnderstoodFacet* UnderstoodQuery::Find(FacetKind kind) const
{
    for (const UnderstoodFacet& f : Facets)
        if (f.Kind == kind) return &f;
    return nullptr;
}

UnderstoodQuery UnderstandQuery(std::string_view text)
{
    const Reading r = Read(text);
    UnderstoodQuery out;
    for (const UnderstoodFacet& f : r.Facets) {
        auto same_kind = [&](const UnderstoodFacet& g) { return g.Kind == f.Kind; };
        out.Facets.erase(std::remove_if(out.Facets.begin(), out.Facets.end(), same_kind), out.Facets.end());
        out.Facets.push_back(f);
    }
    const std::size_t n = r.Tokens.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (r.Use[i] == Use_Filler) out.Dropped.push_back(r.Tokens[i].Text);
        if (r.Use[i] != Use_Search) continue;
        if (!out.SearchText.empty()) out.SearchText += ' ';
        out.SearchText += r.Tokens[i].Text;
    }
    // The search treats a last word with nothing after it as a prefix: only the word still being typed.
    const bool last_kept = n > 0 && r.Use[n - 1] == Use_Search;
    if (!out.SearchText.empty() && !(r.Typing && last_kept)) out.SearchText += ' ';
    return out;
}

std::string RemoveFacetWords(std::string_view text, FacetKind kind)
{
    const Reading r = Read(text);
    std::string out;
    std::size_t from = 0;
    for (std::size_t i = 0; i < r.Tokens.size(); ++i) {
        if (r.Use[i] != Use_Facet || r.Facets[static_cast<std::size_t>(r.FacetOf[i])].Kind != kind) continue;
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
        if (const UnderstoodFacet* f = now.Find(kind)) field = f->Key;
        else if (const UnderstoodFacet* old = before.Find(kind); old && field == old->Key) field.clear();
    }
}

void RemoveFilter(Route& route, FacetKind kind)
{
    FilterField(route, kind)->clear();
    route.Query = RemoveFacetWords(route.Query, kind);
}

} // namespace core
