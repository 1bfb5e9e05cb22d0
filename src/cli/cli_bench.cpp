// cli_bench.cpp — `appfinder-cli bench [--apps N] [--rounds R]`: times the search engine on a synthetic
// catalogue (core/synthetic_catalogue.h). Its last line is one JSON object (apps, build_ms, p50_us, p99_us,
// everything_p99_us: the header's search of everything, memory_kb...). Also built alone for WebAssembly as appfinder-bench (cmake/bench.cmake), where
// APPFINDER_BENCH_MAIN gives it a main of its own; it needs only core, no data files.
#include "cli/commands.h"
#include "core/search_everything.h"
#include "core/search_index.h"
#include "core/synthetic_catalogue.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct BenchQuery {
    const char* Text;
    core::Platform_ Platform; // Platform_None: any
    const char* Category;
};

// The mix: one word, prefixes, misspellings, several words, synonyms, filters, and one query typed a key
// at a time, since that is what the search box sees.
const BenchQuery kQueries[] = {
    { "asthma", core::Platform_None, "" },
    { "sleep ", core::Platform_None, "" },
    { "anx", core::Platform_None, "" },
    { "diab", core::Platform_None, "" },
    { "diabetis", core::Platform_None, "" },
    { "astma inhaler", core::Platform_None, "" },
    { "heart rate monitor", core::Platform_None, "" },
    { "blood sugar", core::Platform_None, "" },
    { "coach for young people with anxiety", core::Platform_None, "" },
    { "mood diary", core::Platform_Ios, "" },
    { "tracker", core::Platform_Android, "fitness" },
    { "", core::Platform_None, "mental-health" },
    { "", core::Platform_None, "" },
    { "s", core::Platform_None, "" },
    { "sl", core::Platform_None, "" },
    { "sle", core::Platform_None, "" },
    { "slee", core::Platform_None, "" },
    { "sleep", core::Platform_None, "" },
    { "sleep t", core::Platform_None, "" },
    { "sleep tr", core::Platform_None, "" },
    { "sleep tra", core::Platform_None, "" },
    { "sleep trac", core::Platform_None, "" },
    { "sleep track", core::Platform_None, "" },
};

long PeakRssKb()
{
    std::FILE* f = std::fopen("/proc/self/status", "r");
    if (!f) return -1;
    char line[256];
    long kb = -1;
    while (std::fgets(line, sizeof(line), f))
        if (std::strncmp(line, "VmHWM:", 6) == 0) kb = std::strtol(line + 6, nullptr, 10);
    std::fclose(f);
    return kb;
}

double Percentile(const std::vector<double>& sorted, double p)
{
    if (sorted.empty()) return 0.0;
    const std::size_t i = static_cast<std::size_t>(p * double(sorted.size() - 1) + 0.5);
    return sorted[std::min(i, sorted.size() - 1)];
}

void PrintBenchUsage(std::FILE* out)
{
    std::fprintf(out, "usage: appfinder-cli bench [--apps N] [--rounds R]\n"
                      "  Builds a synthetic catalogue of N apps (default 10000, fixed seed), indexes it, and times\n"
                      "  R rounds (default 200) of a fixed mix of %zu queries. The last line is one JSON object.\n",
                 sizeof(kQueries) / sizeof(kQueries[0]));
}

bool ParseCount(const char* text, long min, long max, long& out)
{
    char* end = nullptr;
    const long n = std::strtol(text, &end, 10);
    if (!*text || *end != '\0' || n < min || n > max) return false;
    out = n;
    return true;
}

} // namespace

int RunBench(int argc, char** argv)
{
    long apps = 10000, rounds = 200;
    for (int i = 1; i < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            PrintBenchUsage(stdout);
            return 0;
        }
        long* into = arg == "--apps" ? &apps : arg == "--rounds" ? &rounds
                                                                 : nullptr;
        if (!into || i + 1 >= argc || !ParseCount(argv[i + 1], into == &apps ? 0 : 1, 10000000, *into)) {
            std::fprintf(stderr, "appfinder-cli bench: bad argument '%s'\n", arg.c_str());
            PrintBenchUsage(stderr);
            return 2;
        }
    }

    using Clock = std::chrono::steady_clock;
    const core::Dataset data = core::MakeSyntheticCatalogue(static_cast<std::size_t>(apps));
    const auto build_start = Clock::now();
    core::SearchIndex index;
    index.Build(data);
    const double build_ms = std::chrono::duration<double, std::milli>(Clock::now() - build_start).count();
    std::printf("catalogue: %ld apps, %zu documents, %zu distinct words; index built in %.1f ms\n", apps,
                index.DocumentCount(), index.WordCount(), build_ms);

    std::vector<core::SearchQuery> queries;
    for (const BenchQuery& b : kQueries) {
        core::SearchQuery q;
        q.Text = b.Text;
        q.Platform = core::PlatformKey(b.Platform); // "" for Platform_None
        q.Category = b.Category;
        queries.push_back(q);
    }

    // As the app does: one results object kept between keystrokes, every hit returned (the list is clipped
    // when drawn, not when searched). One warm-up round is not timed.
    core::SearchResults results;
    std::vector<double> all_us;
    std::vector<std::vector<double>> per_query(queries.size());
    std::size_t checksum = 0;
    for (long round = 0; round <= rounds; ++round)
        for (std::size_t q = 0; q < queries.size(); ++q) {
            const auto start = Clock::now();
            index.Search(queries[q], results);
            const double us = std::chrono::duration<double, std::micro>(Clock::now() - start).count();
            checksum += results.TotalHits;
            if (round == 0) continue;
            all_us.push_back(us);
            per_query[q].push_back(us);
        }

    for (std::size_t q = 0; q < queries.size(); ++q) {
        std::sort(per_query[q].begin(), per_query[q].end());
        index.Search(queries[q], results);
        std::printf("  %-40s %6zu hits  p50 %8.1f us  p99 %8.1f us\n",
                    ("\"" + queries[q].Text + "\"" + (queries[q].Platform.empty() ? "" : " platform=" + queries[q].Platform) +
                     (queries[q].Category.empty() ? "" : " category=" + queries[q].Category))
                        .c_str(),
                    results.TotalHits, Percentile(per_query[q], 0.5), Percentile(per_query[q], 0.99));
    }
    // The header's box (core::SearchEverything: two searches a keystroke), over the same texts, without the
    // filters chosen by hand that only the Apps screen has.
    core::EverythingResults everything;
    std::vector<double> everything_us;
    long everything_hits = 0;
    for (long round = 0; round <= rounds; ++round)
        for (const core::SearchQuery& q : queries) {
            const auto start = Clock::now();
            core::SearchEverything(index, q.Text, everything);
            const double us = std::chrono::duration<double, std::micro>(Clock::now() - start).count();
            everything_hits += everything.Total();
            if (round > 0) everything_us.push_back(us);
        }
    std::sort(everything_us.begin(), everything_us.end());
    std::printf("  search everything (the header's box): %ld hits, p50 %.1f us  p99 %.1f us\n", everything_hits,
                Percentile(everything_us, 0.5), Percentile(everything_us, 0.99));

    std::sort(all_us.begin(), all_us.end());
    double mean = 0.0;
    for (double us : all_us) mean += us;
    mean /= all_us.empty() ? 1.0 : double(all_us.size());

    const long index_kb = static_cast<long>(index.MemoryBytes() / 1024);
    const long rss_kb = PeakRssKb();
#if defined(__wasm__)
    const char* target = "wasm";
#else
    const char* target = "native";
#endif
    std::printf("{\"target\": \"%s\", \"apps\": %ld, \"documents\": %zu, \"words\": %zu, \"build_ms\": %.2f, "
                "\"queries\": %zu, \"p50_us\": %.1f, \"p90_us\": %.1f, \"p99_us\": %.1f, \"max_us\": %.1f, "
                "\"mean_us\": %.1f, \"everything_p99_us\": %.1f, \"memory_kb\": %ld, \"memory_source\": \"%s\", \"index_kb\": %ld, "
                "\"checksum\": %zu}\n",
                target, apps, index.DocumentCount(), index.WordCount(), build_ms, all_us.size(),
                Percentile(all_us, 0.5), Percentile(all_us, 0.9), Percentile(all_us, 0.99),
                all_us.empty() ? 0.0 : all_us.back(), mean, Percentile(everything_us, 0.99), rss_kb > 0 ? rss_kb : index_kb,
                rss_kb > 0 ? "peak_rss" : "index_estimate", index_kb, checksum);
    return 0;
}

#ifdef APPFINDER_BENCH_MAIN
// appfinder-bench (WebAssembly under Node): `node appfinder-bench.js [bench] [--apps N] [--rounds R]`.
int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], "bench") == 0) return RunBench(argc - 1, argv + 1);
    return RunBench(argc, argv);
}
#endif
