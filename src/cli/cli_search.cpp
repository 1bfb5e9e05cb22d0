// cli_search.cpp — `appfinder-cli search [--data DIR] [--limit N] [--json] QUERY`: the app's own search
// engine (core/search_index.h) on the command line, for checks and scripts (native CLI only).
// With --json, stdout holds exactly one JSON object: what the words were read as (filters, filler, the words
// searched) and the results, best first; everything else goes to stderr.
#include "cli/commands.h"
#include "cli/data_folder.h"
#include "core/data_loader.h"
#include "core/search_everything.h"
#include "core/search_index.h"
#include "core/search_snippet.h"
#include "core/trust_answer.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

void PrintSearchUsage(std::FILE* out)
{
    std::fprintf(out,
                 "usage: appfinder-cli search [--data DIR] [--limit N] [--json] [--all] [FILTERS] QUERY...\n"
                 "  Searches apps, wearable advice, trusts and the programme text as the app does: every word must\n"
                 "  match; the last word also matches as a prefix; misspellings and health synonyms match too.\n"
                 "  The words of QUERY may be given as one argument or several; \"\" lists every app.\n"
                 "  --data DIR        read the data from DIR instead of the data built into this program\n"
                 "  --limit N         print at most N results (default: all)\n"
                 "  --json            print one JSON object: {\"understood\": {\"searched\", \"filters\", \"dropped\"},\n"
                 "                    \"cost_not_known\", \"partial\", \"unmatched\", \"total\",\n"
                 "                    \"results\": [{\"kind\", \"id\", \"title\", \"score\"}]}\n"
                 "  Words that name a platform, cost or NHS label (\"on iPhone\", \"free\", \"NHS approved\") filter the apps;\n"
                 "  filler (\"apps\", \"reliable\") is dropped; when nothing matches every word, the results matching most\n"
                 "  words come first (score 1000 per word matched, plus the usual score).\n"
                 "  --category ID     only apps in this category      --platform ios|android|web\n"
                 "  --cost free|paid|not-known                         --badge nhs-approved|being-tested|none\n"
                 "  --all             as the header's box of the app does: results grouped by kind (Apps, Advice, Trusts,\n"
                 "                    Programme), at most N each (default 5), each group with the address of its full list;\n"
                 "                    with --json: {\"understood\", \"unmatched\", \"total\", \"groups\": [{\"kind\", \"heading\",\n"
                 "                    \"count\", \"more\", \"partial\", \"results\": [{\"kind\", \"id\", \"title\", \"score\", \"opens\",\n"
                 "                    \"snippet\": {\"field\", \"words\", \"excerpt\", \"text\"}}]}]}\n"
                 "                    (FILTERS do not apply: the words name them)\n"
                 "  Exit status: 0 success (even with no results), 1 data could not be read, 2 usage error.\n");
}

double Rounded(double score)
{
    return std::round(score * 10000.0) / 10000.0;
}

nlohmann::ordered_json UnderstoodJson(const core::UnderstoodQuery& u)
{
    nlohmann::ordered_json filters = nlohmann::ordered_json::object();
    for (int k = 0; k < core::FacetKindCount; ++k)
        if (const char* value = u.Filters[k]) filters[core::FacetKindKey(static_cast<core::FacetKind>(k))] = { { "value", value }, { "from", "typed" } };
    return { { "searched", u.SearchText }, { "filters", filters }, { "dropped", u.Dropped } };
}

// `search --all`: the groups of core::SearchEverything, as the app's search screen shows them (at most `best` of
// Apps and Advice; every trust and programme hit).
int PrintEverything(const core::Dataset& data, const core::SearchIndex& index, const std::string& text, const core::EverythingResults& r, std::size_t best, bool json)
{
    const core::TrustAnswer answer = core::AnswerTrustQuestion(data, text); // "Was my trust part of it?"
    std::vector<std::string> lines = answer.Sentences;
    if (!answer.NotInProgramme.empty()) lines.push_back(answer.NotInProgramme);
    auto shown = [&](core::ResultKind kind) {
        std::vector<const core::SearchHit*> hits;
        for (const core::SearchHit& h : r.Of(kind).Hits)
            if (h.Kind == kind && (hits.size() < best || core::ShowsAll(kind))) hits.push_back(&h);
        return hits;
    };
    const core::ResultKind kinds[] = { core::ResultKind::App, core::ResultKind::Wearable, core::ResultKind::Trust, core::ResultKind::Programme };
    if (json) {
        nlohmann::ordered_json out;
        out["understood"] = UnderstoodJson(r.Apps.Understood);
        out["unmatched"] = r.Others.Unmatched;
        out["total"] = r.Total();
        out["answer"] = lines;
        out["same_region"] = nlohmann::ordered_json::array();
        for (const core::Trust* t : answer.SameRegion) out["same_region"].push_back(t->OdsCode);
        out["groups"] = nlohmann::ordered_json::array();
        for (core::ResultKind kind : kinds) {
            if (r.Count(kind) == 0) continue;
            nlohmann::ordered_json group = { { "kind", core::ResultKindKey(kind) }, { "heading", core::GroupHeading(kind) }, { "count", r.Count(kind) }, { "more", core::FormatRoute(core::FullList(r, kind)) }, { "partial", r.Of(kind).Partial } };
            group["results"] = nlohmann::ordered_json::array();
            for (const core::SearchHit* h : shown(kind)) {
                const core::SearchSnippet why = core::MakeSnippet(data, *h, r.Of(kind).Query, index);
                group["results"].push_back({ { "kind", core::ResultKindKey(h->Kind) }, { "id", std::string(h->Id) }, { "title", std::string(h->Title) }, { "score", Rounded(h->Score) }, { "opens", core::FormatRoute(core::HitRoute(*h)) }, { "snippet", { { "field", why.Field }, { "words", why.Words }, { "excerpt", why.Excerpt }, { "text", why.Description() } } } });
            }
            out["groups"].push_back(group);
        }
        std::printf("%s\n", out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
        return 0;
    }
    const core::UnderstoodQuery& u = r.Apps.Understood;
    std::printf("searched: \"%s\"", u.SearchText.c_str());
    for (int k = 0; k < core::FacetKindCount; ++k)
        if (const char* value = u.Filters[k]) std::printf("  %s=%s (typed, apps only)", core::FacetKindKey(static_cast<core::FacetKind>(k)), value);
    std::printf("\n");
    for (const std::string& line : lines) std::printf("answer: %s\n", line.c_str());
    for (const core::Trust* t : answer.SameRegion) std::printf("  %-32s  %s, %s\n", t->OdsCode.c_str(), t->OfficialName.c_str(), t->MainTown.c_str());
    if (!r.Others.Unmatched.empty()) {
        std::printf("nothing matched:");
        for (const std::string& w : r.Others.Unmatched) std::printf(" \"%s\"", w.c_str());
        std::printf("\n");
    }
    for (core::ResultKind kind : kinds) {
        if (r.Count(kind) == 0) continue;
        std::printf("%s (%d)  all: %s\n", core::GroupHeading(kind), r.Count(kind), core::FormatRoute(core::FullList(r, kind)).c_str());
        for (const core::SearchHit* h : shown(kind))
            std::printf("  %-32.*s  %.*s\n  %32s  %s\n", int(h->Id.size()), h->Id.data(), int(h->Title.size()), h->Title.data(), "",
                        core::MakeSnippet(data, *h, r.Of(kind).Query, index).Lead().c_str());
    }
    std::printf("%d result%s\n", r.Total(), r.Total() == 1 ? "" : "s");
    return 0;
}

} // namespace

int RunSearch(int argc, char** argv)
{
    std::string data_dir;
    std::size_t limit = SIZE_MAX;
    bool json = false;
    bool all = false;
    core::SearchQuery query;
    std::vector<std::string> words;
    bool only_words = false;

    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&](const char* name, std::string& into) {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "appfinder-cli search: %s needs a value\n", name);
                return false;
            }
            into = argv[++i];
            return true;
        };
        if (only_words || arg.empty() || arg[0] != '-' || arg == "-") {
            words.push_back(arg);
            continue;
        }
        if (arg == "--") {
            only_words = true;
            continue;
        }
        if (arg == "--help" || arg == "-h") {
            PrintSearchUsage(stdout);
            return 0;
        }
        if (arg == "--json") {
            json = true;
            continue;
        }
        if (arg == "--all") {
            all = true;
            continue;
        }
        bool ok = true;
        if (arg == "--data") ok = value("--data", data_dir);
        else if (arg == "--category") ok = value("--category", query.Category);
        else if (arg == "--platform") ok = value("--platform", query.Platform);
        else if (arg == "--cost") ok = value("--cost", query.Cost);
        else if (arg == "--badge") ok = value("--badge", query.Badge);
        else if (arg == "--limit") {
            std::string text;
            ok = value("--limit", text);
            char* end = nullptr;
            const long long n = ok ? std::strtoll(text.c_str(), &end, 10) : 0;
            if (ok && (text.empty() || *end != '\0' || n < 0)) {
                std::fprintf(stderr, "appfinder-cli search: --limit needs a whole number, not '%s'\n", text.c_str());
                ok = false;
            }
            if (ok) limit = static_cast<std::size_t>(n);
        } else {
            std::fprintf(stderr, "appfinder-cli search: unknown option '%s'\n", arg.c_str());
            ok = false;
        }
        if (!ok) {
            PrintSearchUsage(stderr);
            return 2;
        }
    }
    if (words.empty()) {
        std::fprintf(stderr, "appfinder-cli search: no QUERY given (use \"\" to list every app)\n");
        PrintSearchUsage(stderr);
        return 2;
    }
    for (std::size_t i = 0; i < words.size(); ++i) query.Text += (i ? " " : "") + words[i];

    std::vector<core::DataFile> files;
    if (!data_dir.empty()) {
        std::string error;
        if (!ReadDataFolder(data_dir, files, error)) {
            std::fprintf(stderr, "appfinder-cli search: %s\n", error.c_str());
            return 1;
        }
    } else {
        files = core::BundledDataFiles();
    }
    const core::LoadResult loaded = core::LoadDataset(files);
    for (const core::Problem& p : loaded.Problems)
        std::fprintf(stderr, "warning: %s\n", core::FormatProblem(p).c_str());

    core::SearchIndex index;
    index.Build(loaded.Data);
    if (all) {
        core::EverythingResults everything;
        core::SearchEverything(index, query.Text, everything);
        return PrintEverything(loaded.Data, index, query.Text, everything, limit == SIZE_MAX ? 5 : limit, json);
    }
    const core::SearchResults results = index.Search(query, limit);

    // The filters in force and where each came from: "typed" (named by the words) or "chosen" (an option).
    const std::pair<const char*, const std::string*> applied[] = {
        { "category", &results.Applied.Category },
        { "platform", &results.Applied.Platform },
        { "cost", &results.Applied.Cost },
        { "badge", &results.Applied.Badge },
    };
    auto origin = [&](const char* key) {
        const std::string* chosen = std::strcmp(key, "category") == 0   ? &query.Category
                                    : std::strcmp(key, "platform") == 0 ? &query.Platform
                                    : std::strcmp(key, "cost") == 0     ? &query.Cost
                                                                        : &query.Badge;
        return chosen->empty() ? "typed" : "chosen";
    };

    if (json) {
        nlohmann::ordered_json out; // keys in the documented order
        nlohmann::ordered_json filters = nlohmann::ordered_json::object();
        for (const auto& [key, value] : applied)
            if (!value->empty()) filters[key] = { { "value", *value }, { "from", origin(key) } };
        out["understood"] = { { "searched", results.Understood.SearchText }, { "filters", filters }, { "dropped", results.Understood.Dropped } };
        // Apps that match apart from the cost filter but have no cost recorded: "free" neither drops nor claims them.
        int cost_not_known = 0;
        for (const core::FacetCount& c : results.Costs)
            if (c.Key == core::CostKey(core::CostKind::NotKnown)) cost_not_known = c.Count;
        out["cost_not_known"] = cost_not_known;
        out["partial"] = results.Partial;
        out["unmatched"] = results.Unmatched;
        out["total"] = results.TotalHits;
        out["results"] = nlohmann::ordered_json::array();
        for (const core::SearchHit& h : results.Hits)
            out["results"].push_back({ { "kind", core::ResultKindKey(h.Kind) }, { "id", std::string(h.Id) }, { "title", std::string(h.Title) }, { "score", Rounded(h.Score) } });
        std::printf("%s\n", out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
        return 0;
    }

    std::printf("searched: \"%s\"", results.Understood.SearchText.c_str());
    for (const auto& [key, value] : applied)
        if (!value->empty()) std::printf("  %s=%s (%s)", key, value->c_str(), origin(key));
    if (!results.Understood.Dropped.empty()) {
        std::printf("  dropped:");
        for (const std::string& w : results.Understood.Dropped) std::printf(" %s", w.c_str());
    }
    std::printf("\n");
    if (!results.Unmatched.empty()) {
        std::printf("nothing matched:");
        for (const std::string& w : results.Unmatched) std::printf(" \"%s\"", w.c_str());
        std::printf("\n");
    }
    if (results.Partial) std::printf("no result matched every word: those matching the most words come first\n");

    std::printf("%4s  %-9s  %7s  %-32s  %s\n", "#", "kind", "score", "id", "title");
    for (std::size_t i = 0; i < results.Hits.size(); ++i) {
        const core::SearchHit& h = results.Hits[i];
        std::printf("%4zu  %-9s  %7.3f  %-32.*s  %.*s\n", i + 1, core::ResultKindKey(h.Kind), h.Score, int(h.Id.size()),
                    h.Id.data(), int(h.Title.size()), h.Title.data());
    }
    std::printf("%zu result%s", results.TotalHits, results.TotalHits == 1 ? "" : "s");
    if (results.Hits.size() < results.TotalHits) std::printf(", %zu shown", results.Hits.size());
    std::printf(" (apps %d, wearables %d, trusts %d, programme %d)\n", results.KindCounts[0], results.KindCounts[1],
                results.KindCounts[2], results.KindCounts[3]);
    return 0;
}
