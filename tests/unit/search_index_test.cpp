// search_index_test.cpp — the search engine on a small hand-made catalogue: matching (normalised words,
// prefixes, misspellings, synonyms), narrowing, filters and their counts, ranking, determinism, highlighting.
#include "core/search_index.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

core::App MakeApp(const std::string& id, const std::string& name, std::vector<std::string> categories,
                  const std::string& description, core::PlatformFlags platforms = core::Platform_Ios | core::Platform_Android,
                  const std::string& cost = "", core::Badge badge = core::Badge::None)
{
    core::App a;
    a.Id = id;
    a.Name = name;
    a.Categories = std::move(categories);
    a.Description = description;
    a.Platforms = platforms;
    a.Cost = cost;
    a.AppBadge = badge;
    a.Url = "https://example.org/" + id;
    a.Sources = { "s" };
    return a;
}

core::Dataset Catalogue()
{
    core::Dataset d;
    d.Categories = { { "respiratory", "Respiratory" }, { "diabetes", "Diabetes" }, { "sleep", "Sleep" }, { "mental-health", "Mental health" }, { "pregnancy", "Pregnancy and baby" } };
    d.Apps = {
        MakeApp("mycopd", "myCOPD", { "respiratory" }, "For people with COPD, a long-term lung condition.",
                core::Platform_Ios | core::Platform_Android | core::Platform_Web, "", core::Badge::NhsApproved),
        MakeApp("myasthma", "myAsthma", { "respiratory" }, "For people with asthma: get your inhaler technique right.",
                core::Platform_Ios | core::Platform_Android, "Free", core::Badge::NhsApproved),
        MakeApp("puffer", "Puffer Pal", { "respiratory" }, "Reminds children to use their inhaler.",
                core::Platform_Android, "£1.99"),
        MakeApp("mydiabetes", "myDiabetes", { "diabetes" }, "Helps people look after their diabetes.",
                core::Platform_Ios, "Free", core::Badge::BeingTested),
        MakeApp("carb-counter", "Carb Counter", { "diabetes" }, "Count carbohydrates in every meal.",
                core::Platform_Web, "Free, with in-app purchases"),
        MakeApp("sleepio", "Sleepio", { "sleep", "mental-health" }, "An online programme to help you sleep better.",
                core::Platform_Web, "", core::Badge::NhsApproved),
        MakeApp("night-owl", "Night Owl", { "sleep" }, "Track your rest and wake up refreshed.", core::Platform_Ios),
        MakeApp("calm-harm", "Calm Harm", { "mental-health" }, "Helps people resist the urge to self-harm.",
                core::Platform_Ios | core::Platform_Android, "Free"),
        MakeApp("stress-companion", "Stress & Anxiety Companion", { "mental-health" },
                "Tools for calming stress when you are out and about."),
        MakeApp("cafe-calm", "Café Calm", { "mental-health" }, "Relaxing sounds from a busy café."),
        MakeApp("baby-buddy", "Baby Buddy", { "pregnancy" }, "A guide through pregnancy and your baby's first months."),
        MakeApp("kicks", "Kicks Count", { "pregnancy" }, "Record your baby's movements in the womb."),
    };
    d.Topics = { { "accuracy", "How accurate are steps and heart rate?", "Step counts are the most accurate thing a tracker measures.", { "Sleep scores are estimates." }, { "s" }, {} } };
    d.Checklist = { { "Does it measure what you care about?", "accuracy" } };
    core::TrustGroup group;
    group.Id = "acute-2016";
    group.Label = "Hospital (acute) exemplars";
    group.Date = "2016-09-07";
    d.Groups = { group };
    core::Trust t;
    t.OdsCode = "RLN";
    t.OfficialName = "City Hospitals Sunderland NHS Foundation Trust";
    t.NameAsAnnounced = "City Hospitals Sunderland";
    t.Group = "acute-2016";
    t.MainTown = "Sunderland";
    t.RecordSystem = "Meditech";
    d.Trusts = { t };
    d.Sections = { { "what-is-a-gde", "What is a Global Digital Exemplar?", { "An NHS trust picked to show how good computer systems make care better." }, { "s" } } };
    d.Figures = { { "acute-funding", "Up to £10m", "for each acute exemplar", "", { "s" } } };
    d.Timeline = { { "2016-09-07", "First 12 exemplars named", "", { "s" } },
                   { "2016-09-07", "Fast followers announced", "", { "s" } } };
    d.SynonymGroups = { { "blood sugar", "diabetes", "glucose" },
                        { "insomnia", "sleep" },
                        { "pregnant", "pregnancy" },
                        { "lungs", "lung", "respiratory" },
                        { "self harm", "self-harm" } };
    return d;
}

const core::SearchIndex& Index()
{
    static const core::SearchIndex index = [] {
        core::SearchIndex i;
        i.Build(Catalogue());
        return i;
    }();
    return index;
}

core::SearchResults Run(const std::string& text, const std::string& category = "", const std::string& platform = "",
                        const std::string& cost = "", const std::string& badge = "")
{
    core::SearchQuery q;
    q.Text = text;
    q.Category = category;
    q.Platform = platform;
    q.Cost = cost;
    q.Badge = badge;
    return Index().Search(q);
}

std::vector<std::string> Ids(const core::SearchResults& r)
{
    std::vector<std::string> ids;
    for (const core::SearchHit& h : r.Hits) ids.emplace_back(h.Id);
    return ids;
}

bool Has(const core::SearchResults& r, const std::string& id)
{
    const std::vector<std::string> ids = Ids(r);
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

int Count(const std::vector<core::FacetCount>& facets, const std::string& key)
{
    for (const core::FacetCount& f : facets)
        if (f.Key == key) return f.Count;
    return -1;
}

std::vector<std::string> Highlighted(const std::string& text, const std::string& query)
{
    std::vector<std::string> out;
    for (const auto& [begin, end] : core::HighlightRanges(text, query, Index()))
        out.push_back(text.substr(begin, end - begin));
    return out;
}

} // namespace

TEST_SUITE("search") {

TEST_CASE("an empty query lists every app in name order and nothing else")
{
    const core::SearchResults r = Run("");
    CHECK(r.Hits.size() == Catalogue().Apps.size());
    CHECK(Ids(r).front() == "baby-buddy");
    CHECK(Ids(r).back() == "stress-companion");
    for (const core::SearchHit& h : r.Hits) CHECK(h.Kind == core::ResultKind::App);
    CHECK(r.KindCounts[static_cast<int>(core::ResultKind::App)] == static_cast<int>(r.Hits.size()));
    SUBCASE("so does a query of only spaces, punctuation or stop words")
    {
        CHECK(Run("  ").Hits.size() == r.Hits.size());
        CHECK(Run("?!").Hits.size() == r.Hits.size());
        CHECK(Run("the ").Hits.size() == r.Hits.size());
    }
}

TEST_CASE("case, accents and punctuation in the query do not matter")
{
    CHECK(Ids(Run("ASTHMA")).front() == "myasthma");
    CHECK(Ids(Run("asthma!")).front() == "myasthma");
    CHECK(Ids(Run("cafe")).front() == "cafe-calm");
    CHECK(Ids(Run("CAFÉ")).front() == "cafe-calm");
}

TEST_CASE("an ampersand and the word and are the same")
{
    CHECK(Ids(Run("stress & anxiety companion")) == Ids(Run("stress and anxiety companion")));
    CHECK(Ids(Run("stress and anxiety companion")).front() == "stress-companion");
}

TEST_CASE("the word being typed matches as a prefix, a finished word does not")
{
    CHECK(Has(Run("diab"), "mydiabetes"));
    CHECK(Has(Run("sleepi"), "sleepio"));
    CHECK_FALSE(Has(Run("diab "), "mydiabetes"));
    SUBCASE("a single typed letter looks only at titles")
    {
        CHECK(Has(Run("s"), "sleepio"));
        CHECK(Has(Run("s"), "stress-companion"));
        CHECK_FALSE(Has(Run("s"), "night-owl")); // "Sleep" is only its category
        CHECK(Has(Run("sl"), "night-owl"));
    }
    SUBCASE("only the last word is a prefix")
    {
        const core::SearchResults finished = Run("diab carb"); // "diab" finished matches nothing: only "carb" counts
        CHECK(finished.Partial);
        CHECK(finished.Unmatched == std::vector<std::string>{ "diab" });
        CHECK(Has(Run("carb diab"), "carb-counter")); // its category is Diabetes
        CHECK(Has(Run("count carb"), "carb-counter"));
    }
}

TEST_CASE("a misspelt condition still finds its apps")
{
    CHECK(Has(Run("diabetis"), "mydiabetes"));
    CHECK(Has(Run("astma"), "myasthma"));
    CHECK(Has(Run("inhalre"), "puffer")); // two letters swapped count as one edit
    CHECK(Has(Run("cpod"), "mycopd"));
    SUBCASE("words under four letters must be spelt right")
    {
        CHECK(Run("owk ").Hits.empty());
        CHECK(Has(Run("owl "), "night-owl"));
    }
    SUBCASE("a correctly spelt word does not pull in near misses")
    {
        CHECK(Has(Run("care "), "accuracy"));
        CHECK_FALSE(Has(Run("care "), "carb-counter")); // "carb" is one edit from "care"
    }
}

TEST_CASE("health synonyms from the data find each other")
{
    CHECK(Has(Run("blood sugar"), "mydiabetes"));
    CHECK(Has(Run("glucose"), "carb-counter"));
    CHECK(Has(Run("insomnia"), "sleepio"));
    CHECK(Has(Run("insomnia"), "night-owl")); // through the category "Sleep"
    CHECK(Has(Run("pregnant"), "baby-buddy"));
    CHECK(Has(Run("lungs"), "myasthma")); // through the category "Respiratory"
    CHECK(Has(Run("self harm"), "calm-harm"));
    CHECK(Ids(Run("self harm")) == Ids(Run("self-harm")));
    SUBCASE("a synonym ranks a little below the word itself")
    {
        const core::SearchResults direct = Run("diabetes");
        const core::SearchResults synonym = Run("glucose");
        REQUIRE(!direct.Hits.empty());
        REQUIRE(!synonym.Hits.empty());
        CHECK(direct.Hits.front().Id == synonym.Hits.front().Id);
        CHECK(direct.Hits.front().Score > synonym.Hits.front().Score);
    }
}

TEST_CASE("several words narrow the results")
{
    const core::SearchResults one = Run("inhaler");
    const core::SearchResults two = Run("inhaler children");
    CHECK(one.Hits.size() == 2);
    REQUIRE(two.Hits.size() == 1);
    CHECK(two.Hits.front().Id == "puffer");
    SUBCASE("words no single result has give the results matching most of them, and say so")
    {
        const core::SearchResults apart = Run("inhaler pregnancy");
        CHECK(apart.Partial);
        CHECK(apart.Unmatched.empty()); // each word matches something, just never together
        CHECK(apart.Hits.size() >= one.Hits.size());
        CHECK_FALSE(two.Partial);
    }
}

TEST_CASE("filters keep only matching apps and leave out other kinds")
{
    const core::SearchResults all = Run("sleep");
    CHECK(all.KindCounts[static_cast<int>(core::ResultKind::Wearable)] == 1);
    const core::SearchResults web = Run("sleep", "", "web");
    CHECK(Ids(web) == std::vector<std::string>{ "sleepio" });
    CHECK(Ids(Run("", "respiratory", "", "free")) == std::vector<std::string>{ "myasthma" });
    CHECK(Ids(Run("", "", "", "paid")) == std::vector<std::string>{ "puffer" });
    CHECK(Ids(Run("", "", "", "", "being-tested")) == std::vector<std::string>{ "mydiabetes" });
    CHECK(Run("", "", "", "not-known").Hits.size() == 7);
    CHECK(Run("", "", "", "", "none").Hits.size() == 8);
    SUBCASE("an unknown filter value matches nothing")
    {
        CHECK(Run("", "no-such-category").Hits.empty());
        CHECK(Run("", "", "windows").Hits.empty());
    }
}

TEST_CASE("each filter option counts the apps it would give with the other filters applied")
{
    const core::SearchResults r = Run("", "respiratory");
    CHECK(Count(r.Categories, "respiratory") == 3);
    CHECK(Count(r.Categories, "diabetes") == 2); // its own filter is not applied to the category counts
    CHECK(Count(r.Platforms, "android") == 3);   // within respiratory
    CHECK(Count(r.Platforms, "web") == 1);
    CHECK(Count(r.Costs, "free") == 1);
    CHECK(Count(r.Costs, "paid") == 1);
    CHECK(Count(r.Costs, "not-known") == 1);
    CHECK(Count(r.Badges, "nhs-approved") == 2);
    CHECK(Count(r.Badges, "none") == 1);

    const core::SearchResults text = Run("inhaler", "", "android");
    CHECK(Count(text.Categories, "respiratory") == 2);
    CHECK(Count(text.Platforms, "ios") == 1); // text applies, its own platform filter does not
    CHECK(Count(text.Platforms, "android") == 2);
    CHECK(Count(text.Categories, "sleep") == 0);

    const core::SearchResults none = Run("inhaler", "", "web");
    CHECK(none.Hits.empty());
    CHECK(Count(none.Platforms, "android") == 2); // so the user can see where the inhaler apps are
    CHECK(Count(none.Categories, "respiratory") == 0);

    SUBCASE("choosing an option gives exactly its count")
    {
        for (const core::FacetCount& f : r.Platforms)
            CHECK(static_cast<int>(Run("", "respiratory", f.Key).Hits.size()) == f.Count);
    }
    SUBCASE("labels are ready to show")
    {
        CHECK(r.Platforms.front().Label == "iOS");
        CHECK(r.Categories.front().Label == "Respiratory");
        CHECK(r.Badges.front().Label == "NHS approved");
    }
}

TEST_CASE("typing sleep lists the app named after it, then the one filed under it, then advice that mentions it")
{
    // "Sleepio" has sleep in its name (as a prefix), "Night Owl" in its category, the wearable topic in its body.
    const std::vector<std::string> ids = Ids(Run("sleep"));
    REQUIRE(ids.size() == 3);
    CHECK(ids == std::vector<std::string>{ "sleepio", "night-owl", "accuracy" });
    // "myAsthma" names asthma; "Puffer Pal" only describes an inhaler like myAsthma's.
    const std::vector<std::string> inhaler = Ids(Run("asthma "));
    REQUIRE(!inhaler.empty());
    CHECK(inhaler.front() == "myasthma");
    const core::SearchResults resp = Run("respiratory ");
    REQUIRE(resp.Hits.size() == 3);
    CHECK(Ids(Run("lung ")).front() == "mycopd"); // the description says lung; the others only have the category
}

TEST_CASE("a word in the name outranks one in the category, which outranks one in the description")
{
    // Alphabetical order is the reverse, so only the fields can put them in this order.
    core::Dataset d;
    d.Categories = { { "wheeze", "Wheeze" }, { "other", "Other" } };
    d.Apps = { MakeApp("in-description", "Aardvark", { "other" }, "Helps with wheeze."),
               MakeApp("in-category", "Alpha", { "wheeze" }, "Helps."),
               MakeApp("in-name", "Zebra Wheeze", { "other" }, "Helps.") };
    core::SearchIndex index;
    index.Build(d);
    core::SearchQuery q;
    q.Text = "wheeze ";
    CHECK(Ids(index.Search(q)) == std::vector<std::string>{ "in-name", "in-category", "in-description" });
}

TEST_CASE("a whole word ranks above a prefix, which ranks above a misspelling")
{
    core::Dataset d;
    d.Apps = { MakeApp("calmness", "Calmness", { "c" }, ""), MakeApp("calm", "Calm", { "c" }, ""),
               MakeApp("palm", "Palm", { "c" }, "") };
    core::SearchIndex index;
    index.Build(d);
    core::SearchQuery q;
    q.Text = "calm"; // typed: "calm" itself, and "calmness" by prefix
    CHECK(Ids(index.Search(q)) == std::vector<std::string>{ "calm", "calmness" });
    q.Text = "calmn"; // typed: "calmness" by prefix, "calm" one edit away
    CHECK(Ids(index.Search(q)) == std::vector<std::string>{ "calmness", "calm" });
    q.Text = "clam "; // finished and misspelt: "calm" by a swap, "palm" not (2 edits)
    CHECK(Ids(index.Search(q)) == std::vector<std::string>{ "calm" });
    q.Text = "calm "; // finished and spelt right: no near misses ("palm")
    CHECK(Ids(index.Search(q)) == std::vector<std::string>{ "calm" });
}

TEST_CASE("results are the same every time, ties broken by title then id")
{
    const std::vector<std::string> first = Ids(Run("a"));
    core::SearchIndex again;
    again.Build(Catalogue());
    core::SearchQuery q;
    q.Text = "a";
    CHECK(Ids(again.Search(q)) == first);
    core::Dataset d;
    d.Apps = { MakeApp("b", "Twin", { "c" }, "same"), MakeApp("a", "Twin", { "c" }, "same"),
               MakeApp("c", "Alpha twin", { "c" }, "same") };
    core::SearchIndex ties;
    ties.Build(d);
    q.Text = "same";
    const core::SearchResults r = ties.Search(q);
    REQUIRE(r.Hits.size() == 3);
    CHECK(r.Hits[0].Score == r.Hits[2].Score);
    CHECK(Ids(r) == std::vector<std::string>{ "c", "a", "b" });
}

TEST_CASE("wearable advice, trusts and the programme text are found with stable ids")
{
    const core::SearchResults trust = Run("sunderland");
    REQUIRE(!trust.Hits.empty());
    CHECK(trust.Hits.front().Kind == core::ResultKind::Trust);
    CHECK(trust.Hits.front().Id == "RLN");
    CHECK(Has(Run("meditech"), "RLN"));
    CHECK(Has(Run("global digital"), "section:what-is-a-gde"));
    CHECK(Has(Run("10m"), "figure:acute-funding"));
    CHECK(Has(Run("followers"), "event:2016-09-07-2"));
    CHECK(Has(Run("exemplars named"), "event:2016-09-07-1"));
    CHECK(Has(Run("tracker measures"), "accuracy"));
    CHECK(Has(Run("care about"), "accuracy")); // the topic's checklist item
    CHECK(std::string(core::ResultKindKey(core::ResultKind::Programme)) == "programme");
    const core::SearchResults r = Run("sunderland");
    CHECK(r.Hits.front().Index == 0);
}

TEST_CASE("the limit keeps the best hits and the total counts them all")
{
    const core::SearchResults all = Index().Search(core::SearchQuery{ "", "", "", "", "" });
    const core::SearchResults three = Index().Search(core::SearchQuery{ "", "", "", "", "" }, 3);
    CHECK(three.Hits.size() == 3);
    CHECK(three.TotalHits == all.Hits.size());
    const std::vector<std::string> all_ids = Ids(all);
    CHECK(Ids(three) == std::vector<std::string>(all_ids.begin(), all_ids.begin() + 3));
    const core::SearchResults best = Index().Search(core::SearchQuery{ "a", "", "", "", "" }, 2);
    const std::vector<std::string> best_all = Ids(Run("a"));
    CHECK(Ids(best) == std::vector<std::string>(best_all.begin(), best_all.begin() + 2));
    core::SearchResults reused;
    Index().Search(core::SearchQuery{ "asthma", "", "", "", "" }, reused);
    Index().Search(core::SearchQuery{ "sleep", "", "", "", "" }, reused);
    CHECK(Ids(reused) == Ids(Run("sleep")));
}

TEST_CASE("highlighting marks the matched words, prefixes and misspellings included")
{
    CHECK(Highlighted("Helps people look after their diabetes.", "diabetes") == std::vector<std::string>{ "diabetes" });
    CHECK(Highlighted("Helps people look after their diabetes.", "diab") == std::vector<std::string>{ "diabetes" });
    CHECK(Highlighted("Helps people look after their diabetes.", "diabetis") == std::vector<std::string>{ "diabetes" });
    CHECK(Highlighted("Café Calm", "cafe") == std::vector<std::string>{ "Café" });
    CHECK(Highlighted("myAsthma", "asthma") == std::vector<std::string>{ "Asthma" });
    CHECK(Highlighted("Your blood sugar today", "glucose") == std::vector<std::string>{ "blood sugar" });
    CHECK(Highlighted("Resist the urge to self-harm.", "self harm") == std::vector<std::string>{ "self-harm" });
    CHECK(Highlighted("Nothing to see", "asthma").empty());
    CHECK(Highlighted("Anything at all", "").empty());
    SUBCASE("text the index never saw is matched the same way")
    {
        CHECK(Highlighted("Asthmatics and diabeties", "diabetis") == std::vector<std::string>{ "diabeties" });
    }
}

TEST_CASE("an index never built, or built from no data, finds nothing and does not fail")
{
    core::SearchIndex unbuilt;
    core::SearchQuery q;
    q.Text = "asthma inhaler";
    CHECK(unbuilt.Search(q).Hits.empty());
    q.Text = "";
    CHECK(unbuilt.Search(q).Hits.empty());
    core::SearchIndex empty;
    empty.Build(core::Dataset{});
    q.Text = "diabetis s";
    q.Platform = "ios";
    const core::SearchResults r = empty.Search(q);
    CHECK(r.Hits.empty());
    CHECK(r.Categories.empty());
    CHECK(core::HighlightRanges("some text", "text", empty).size() == 1); // matched directly, as unseen text is
}

} // TEST_SUITE
