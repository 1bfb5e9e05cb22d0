// search_snippet.cpp — the words a result matched, the field they are in, and an excerpt (layer: core).
// See search_snippet.h. The fields are SearchIndex's own (ForEachSearchField), so a snippet never names a field
// the search did not read.
#include "core/search_snippet.h"

#include "core/text_normalize.h"

#include <algorithm>

namespace core {

namespace {

constexpr std::size_t kMaxWords = 3; // matched words named in the lead; more read as a list, not a reason

bool ContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// [begin, end) of text, moved to word edges: begin just after a space, end at a space, when one is near.
std::pair<std::size_t, std::size_t> Window(const std::string& text, std::size_t first, std::size_t last, std::size_t max_bytes)
{
    if (text.size() <= max_bytes) return { 0, text.size() };
    std::size_t begin = first > max_bytes / 3 ? first - max_bytes / 3 : 0;
    if (begin > 0) {
        const std::size_t space = text.find(' ', begin);
        begin = space != std::string::npos && space < first ? space + 1 : begin;
    }
    std::size_t end = std::min(text.size(), std::max(begin + max_bytes, last));
    if (end < text.size()) {
        const std::size_t space = text.rfind(' ', end);
        if (space != std::string::npos && space >= last) end = space;
    }
    while (begin > 0 && begin < text.size() && ContinuationByte(text[begin])) ++begin;
    while (end < text.size() && end > last && ContinuationByte(text[end])) --end;
    return { begin, end };
}

} // namespace

std::string SearchSnippet::Lead() const
{
    if (Empty()) return "";
    std::string words;
    for (std::size_t i = 0; i < Words.size(); ++i)
        words += (i == 0 ? "" : i + 1 == Words.size() ? " and "
                                                      : ", ") +
                 Words[i];
    return "Mentions " + words + " in: " + Field;
}

std::string SearchSnippet::Description() const
{
    if (Empty()) return "";
    return Lead() + ". \u201c" + Excerpt + "\u201d";
}

SearchSnippet MakeSnippet(const Dataset& data, const SearchHit& hit, const PreparedQuery& query, const SearchIndex& index, std::size_t max_bytes)
{
    SearchSnippet best;
    if (query.Terms.empty()) return best;
    std::size_t best_count = 0;
    std::string best_text;
    std::vector<std::pair<std::size_t, std::size_t>> best_ranges;
    auto consider = [&](const char* label, std::string_view text, int) {
        const std::string field_text(text);
        std::vector<std::pair<std::size_t, std::size_t>> ranges = HighlightRanges(field_text, query, index);
        std::vector<std::string> distinct; // the query words this field holds, normalised: "Blackpool" and "blackpool" are one
        for (const auto& r : ranges) {
            std::string w = NormalizeText(std::string_view(field_text).substr(r.first, r.second - r.first));
            if (std::find(distinct.begin(), distinct.end(), w) == distinct.end()) distinct.push_back(std::move(w));
        }
        if (distinct.size() <= best_count) return;
        best_count = distinct.size();
        best.Field = label;
        best_text = field_text;
        best_ranges = std::move(ranges);
    };
    ForEachSearchField(data, hit.Kind, hit.Id, hit.Index, SearchFieldVisitor::Of(consider));
    if (best_count == 0) return best;

    // Each word once; a word inside a longer match ("heart" of "heart rhythm") is said by the longer one.
    std::vector<std::string> keys, written;
    for (const auto& r : best_ranges) {
        std::string key = NormalizeText(std::string_view(best_text).substr(r.first, r.second - r.first));
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
        keys.push_back(std::move(key));
        written.push_back(best_text.substr(r.first, r.second - r.first));
    }
    auto inside = [](const std::string& word, const std::string& phrase) {
        const std::string padded = " " + phrase + " ";
        return word != phrase && padded.find(" " + word + " ") != std::string::npos;
    };
    for (std::size_t i = 0; i < keys.size() && best.Words.size() < kMaxWords; ++i) {
        bool said = false;
        for (const std::string& other : keys) said |= inside(keys[i], other);
        if (!said) best.Words.push_back(written[i]);
    }

    const auto [begin, end] = Window(best_text, best_ranges.front().first, best_ranges.front().second, max_bytes);
    const std::string before = begin > 0 ? "\u2026" : "";
    best.Excerpt = before + best_text.substr(begin, end - begin) + (end < best_text.size() ? "\u2026" : "");
    for (const auto& r : best_ranges)
        if (r.first >= begin && r.second <= end) best.Ranges.emplace_back(r.first - begin + before.size(), r.second - begin + before.size());
    return best;
}

} // namespace core
