// data_loader_test.cpp — tests for src/core/data_loader.cpp: good data loads with the right values;
// each kind of bad data becomes a problem naming the file and field, and only the bad entry is lost.
#include "core/data_loader.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <string>

using core::DataFile;
using core::LoadResult;
using core::Problem;
using json = nlohmann::json;

namespace {

// A small valid data folder, one JSON value per file; tests break one field and load it.
std::map<std::string, json> GoodData()
{
    std::map<std::string, json> d;
    d["sources.json"] = json::parse(R"json({ "sources": [
        { "id": "nhse-2016", "publisher": "NHS England", "title": "Centres of excellence",
          "url": "https://www.england.nhs.uk/gde", "date": "2016-08-19" },
        { "id": "library-2020", "publisher": "NHS", "title": "Apps Library", "url": "http://example.org/apps", "date": "" } ] })json");
    d["programme.json"] = json::parse(R"json({
        "sections": [ { "id": "what-is-a-gde", "heading": "What is a GDE?", "paragraphs": ["One.", "Two."], "sources": ["nhse-2016"] } ],
        "figures": [ { "id": "acute-funding", "value": "Up to £10m", "caption": "each", "caveat": "", "sources": ["nhse-2016"] } ],
        "funding_tiers": [ { "id": "acute-exemplars", "label": "Acute exemplars", "trusts": 12, "max_each_gbp_m": 10,
                             "trusts_approximate": false, "caveat": "", "sources": ["nhse-2016"] } ] })json");
    d["timeline.json"] = json::parse(R"json({ "events": [
        { "date": "2017-02", "title": "Second wave", "detail": "", "sources": ["nhse-2016"] },
        { "date": "2016-09-07", "title": "First wave", "detail": "Twelve trusts.", "sources": ["nhse-2016"] },
        { "date": "2016", "title": "The year", "detail": "", "sources": ["nhse-2016"] } ] })json");
    d["trusts.json"] = json::parse(R"json({
        "groups": [ { "id": "acute-2016", "label": "Acute exemplar (September 2016)", "date": "2016-09-07" } ],
        "trusts": [
          { "ods_code": "RLN", "official_name": "City Hospitals Sunderland", "name_as_announced": "Sunderland",
            "group": "acute-2016", "main_town": "Sunderland", "region": "North of England", "main_hospital": "",
            "record_system": "Meditech", "lat": 54.9031, "lon": -1.4097, "coordinates_approximate": false,
            "later": "", "sources": ["nhse-2016"] },
          { "ods_code": "RRV", "official_name": "University College London Hospitals", "name_as_announced": "UCLH",
            "group": "acute-2016", "main_town": "London", "region": "London", "main_hospital": "UCH",
            "record_system": "Epic", "lat": 51.5246, "lon": -0.1357, "coordinates_approximate": true,
            "later": "", "sources": ["nhse-2016"] } ] })json");
    d["apps.json"] = json::parse(R"json({
        "listing": { "as_of": "2020-11", "closed": "2021", "note": "The library closed.", "sources": ["library-2020"] },
        "categories": [ { "id": "respiratory", "label": "Respiratory" }, { "id": "diabetes", "label": "Diabetes" } ],
        "apps": [
          { "id": "mycopd", "name": "myCOPD", "developer": "my mhealth", "categories": ["respiratory"],
            "platforms": ["ios", "android"], "cost": "", "badge": "nhs-approved", "description": "COPD help.",
            "url": "https://mymhealth.com", "listed": "2020-11", "sources": ["library-2020"] },
          { "id": "glucose-diary", "name": "Glucose Diary", "developer": "", "categories": ["diabetes"],
            "platforms": ["web"], "cost": "Free", "badge": "", "description": "Logs readings.",
            "url": "https://example.org/gd", "listed": "2020-11", "sources": ["library-2020"] },
          { "id": "breathe", "name": "Breathe", "developer": "Lungs Ltd", "categories": ["respiratory", "diabetes"],
            "platforms": ["ios"], "cost": "", "badge": "being-tested", "description": "Breathing exercises.",
            "url": "https://example.org/b", "listed": "2020", "sources": ["library-2020", "nhse-2016"] } ] })json");
    d["wearables.json"] = json::parse(R"json({
        "topics": [ { "id": "accuracy", "title": "How accurate?", "summary": "Roughly.", "points": ["Steps."], "sources": ["nhse-2016"] } ],
        "checklist": [ { "text": "Check the accuracy.", "topic": "accuracy" } ] })json");
    d["synonyms.json"] = json::parse(R"json({ "groups": [ ["blood sugar", "diabetes", "glucose"], ["insomnia", "sleep"] ] })json");
    return d;
}

std::vector<DataFile> Files(const std::map<std::string, json>& data)
{
    std::vector<DataFile> files;
    for (const auto& [name, value] : data)
        files.push_back({ name, value.dump() });
    return files;
}

// The good data with one file's text replaced.
LoadResult LoadWithText(const std::string& name, const std::string& text)
{
    std::vector<DataFile> files = Files(GoodData());
    for (DataFile& f : files)
        if (f.Name == name)
            f.Text = text;
    return core::LoadDataset(files);
}

// The good data with the value at `pointer` of one file set to `value` (or removed when it is discarded).
LoadResult LoadWithValue(const std::string& name, const std::string& pointer, const json& value)
{
    std::map<std::string, json> data = GoodData();
    const json::json_pointer ptr(pointer);
    if (value.is_discarded())
        data[name][ptr.parent_pointer()].erase(ptr.back());
    else
        data[name][ptr] = value;
    return core::LoadDataset(Files(data));
}

const json Removed = json(json::value_t::discarded);

std::string AllProblems(const LoadResult& r)
{
    std::string out;
    for (const Problem& p : r.Problems)
        out += core::FormatProblem(p) + "\n";
    return out;
}

std::vector<std::string> AppIds(const LoadResult& r)
{
    std::vector<std::string> ids;
    for (const core::App& a : r.Data.Apps)
        ids.push_back(a.Id);
    return ids;
}

std::vector<DataFile> FilesWithout(const std::string& name)
{
    std::vector<DataFile> files = Files(GoodData());
    files.erase(std::remove_if(files.begin(), files.end(), [&](const DataFile& f) { return f.Name == name; }), files.end());
    return files;
}

// Exactly one problem, at file/pointer, and its message holds `words`.
void CheckOnlyProblem(const LoadResult& r, const std::string& file, const std::string& pointer, const std::string& words = "")
{
    INFO(AllProblems(r));
    REQUIRE(r.Problems.size() == 1);
    CHECK(r.Problems[0].File == file);
    CHECK(r.Problems[0].Pointer == pointer);
    CHECK(r.Problems[0].Message.find(words) != std::string::npos);
    const std::string& m = r.Problems[0].Message; // every message says what happens next
    CHECK((m.find("skipped") != std::string::npos || m.find("dropped") != std::string::npos || m.find("nothing from it loads") != std::string::npos));
}

// Exactly one problem, at pointer in apps.json, and the second app alone is gone.
void CheckSecondAppSkipped(const LoadResult& r, const std::string& pointer, const std::string& words = "")
{
    CheckOnlyProblem(r, "apps.json", pointer, words);
    CHECK(r.Problems[0].Message.find("this app is skipped") != std::string::npos);
    CHECK(AppIds(r) == std::vector<std::string>{ "mycopd", "breathe" });
    CHECK(r.Data.Trusts.size() == 2);
}

} // namespace

TEST_SUITE("data_loader") {

TEST_CASE("good data loads with every value in place and no problems")
{
    const LoadResult r = core::LoadDataset(Files(GoodData()));
    INFO(AllProblems(r));
    CHECK(r.Problems.empty());
    const core::Dataset& d = r.Data;

    REQUIRE(d.Sources.size() == 2);
    CHECK(d.Sources[1].Date == "");
    CHECK(d.Sections.size() == 1);
    CHECK(d.Sections[0].Paragraphs == std::vector<std::string>{ "One.", "Two." });
    REQUIRE(d.Figures.size() == 1);
    CHECK(d.Figures[0].Value == "Up to £10m");
    REQUIRE(d.FundingTiers.size() == 1);
    CHECK(d.FundingTiers[0].Trusts == 12);
    CHECK(d.FundingTiers[0].MaxEachGbpM == doctest::Approx(10.0));

    REQUIRE(d.Trusts.size() == 2);
    const core::Trust* rln = d.FindTrust("RLN");
    REQUIRE(rln != nullptr);
    CHECK(rln->Lat == doctest::Approx(54.9031));
    CHECK(rln->Lon == doctest::Approx(-1.4097));
    CHECK(rln->RecordSystem == "Meditech");
    CHECK_FALSE(rln->CoordinatesApproximate);
    CHECK(d.FindTrust("RRV")->CoordinatesApproximate);
    CHECK(d.FindGroup("acute-2016") != nullptr);

    CHECK(d.Listing.AsOf == "2020-11");
    CHECK(d.Listing.Closed == "2021");
    CHECK(d.Categories.size() == 2);
    const core::App* mycopd = d.FindApp("mycopd");
    REQUIRE(mycopd != nullptr);
    CHECK(mycopd->Platforms == (core::Platform_Ios | core::Platform_Android));
    CHECK(mycopd->AppBadge == core::Badge::NhsApproved);
    CHECK(d.FindApp("glucose-diary")->AppBadge == core::Badge::None);
    CHECK(d.FindApp("glucose-diary")->Cost == "Free");
    CHECK(d.FindApp("breathe")->AppBadge == core::Badge::BeingTested);
    CHECK(d.FindApp("breathe")->Categories == std::vector<std::string>{ "respiratory", "diabetes" });

    REQUIRE(d.Checklist.size() == 1);
    CHECK(d.Checklist[0].Topic == "accuracy");
    CHECK(d.FindTopic("accuracy")->Points.size() == 1);
    CHECK(d.SynonymGroups.size() == 2);
}

TEST_CASE("the timeline comes out in date order whatever the order in the file")
{
    const LoadResult r = core::LoadDataset(Files(GoodData()));
    REQUIRE(r.Data.Timeline.size() == 3);
    CHECK(r.Data.Timeline[0].Date == "2016");
    CHECK(r.Data.Timeline[1].Date == "2016-09-07");
    CHECK(r.Data.Timeline[2].Date == "2017-02");
}

TEST_CASE("a problem prints as file, pointer and message")
{
    CHECK(core::FormatProblem({ "apps.json", "/apps/3/platforms/0", "expected one of \"ios\"" }) ==
          "apps.json: /apps/3/platforms/0: expected one of \"ios\"");
    CHECK(core::FormatProblem({ "apps.json", "", "file is empty" }) == "apps.json: file is empty");
}

TEST_CASE("a file that cannot be used is one problem for the whole file, and the other files still load")
{
    SUBCASE("not JSON") { CheckOnlyProblem(LoadWithText("apps.json", "{ \"apps\": [ nope ] }"), "apps.json", "", "not valid JSON at line 1"); }
    SUBCASE("cut short") { CheckOnlyProblem(LoadWithText("apps.json", "{ \"apps\": ["), "apps.json", "", "not valid JSON"); }
    SUBCASE("empty") { CheckOnlyProblem(LoadWithText("apps.json", ""), "apps.json", "", "file is empty"); }
    SUBCASE("only spaces") { CheckOnlyProblem(LoadWithText("apps.json", " \n "), "apps.json", "", "file is empty"); }
    SUBCASE("a number too large") { CheckOnlyProblem(LoadWithText("apps.json", "{ \"apps\": [1e999] }"), "apps.json", "", "not valid JSON"); }
    SUBCASE("an array, not object") { CheckOnlyProblem(LoadWithText("apps.json", "[]"), "apps.json", "", "expected an object at the top"); }
    SUBCASE("missing")
    {
        CheckOnlyProblem(core::LoadDataset(FilesWithout("apps.json")), "apps.json", "", "file is missing; this file is skipped");
    }
    SUBCASE("larger than 8 MB")
    {
        CheckOnlyProblem(LoadWithText("apps.json", std::string(core::MaxDataFileBytes + 1, ' ')), "apps.json", "", "larger than 8 MB");
    }
    const LoadResult r = LoadWithText("apps.json", "");
    CHECK(r.Data.Apps.empty());
    CHECK(r.Data.Categories.empty());
    CHECK(r.Data.Trusts.size() == 2);
    CHECK(r.Data.Sources.size() == 2);
}

TEST_CASE("invalid UTF-8 is reported with its line and column, not as a crash or a garbled message")
{
    const LoadResult r = LoadWithText("apps.json", "{\n  \"apps\": [ \"caf\xC3\x28\" ] }");
    CheckOnlyProblem(r, "apps.json", "", "not valid UTF-8 text: a malformed byte sequence at line 2, column 17");
    SUBCASE("an overlong encoding and a lone surrogate are refused too")
    {
        CHECK_FALSE(LoadWithText("apps.json", "{\"a\": \"\xC0\xAF\"}").Problems.empty());
        CHECK_FALSE(LoadWithText("apps.json", "{\"a\": \"\xED\xA0\x80\"}").Problems.empty());
        CHECK_FALSE(LoadWithText("apps.json", "{\"a\": \"\\ud800\"}").Problems.empty());
    }
}

TEST_CASE("100,000 levels of nesting are refused before parsing, without a crash")
{
    SUBCASE("at the top")
    {
        CheckOnlyProblem(LoadWithText("apps.json", std::string(100000, '[')), "apps.json", "", "more than 64 levels deep");
    }
    SUBCASE("inside a field, closed properly")
    {
        const std::string deep = std::string(100000, '[') + std::string(100000, ']');
        CheckOnlyProblem(LoadWithText("apps.json", "{ \"apps\": [ { \"id\": " + deep + " } ] }"), "apps.json", "", "levels deep, at line 1");
    }
    SUBCASE("brackets inside strings do not count")
    {
        std::map<std::string, json> data = GoodData();
        data["apps.json"]["apps"][0]["description"] = std::string(5000, '[');
        CHECK(core::LoadDataset(Files(data)).Problems.empty());
    }
}

TEST_CASE("a field of the wrong type skips that app alone")
{
    SUBCASE("a number for a text") { CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/name", 42), "/apps/1/name", "expected a string, found a number"); }
    SUBCASE("null for a text") { CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/name", nullptr), "/apps/1/name", "found null"); }
    SUBCASE("a string for an array") { CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/platforms", "web"), "/apps/1/platforms", "expected an array"); }
    SUBCASE("an object in a list") { CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/categories/0", json::object()), "/apps/1/categories/0", "expected a string, found an object"); }
    SUBCASE("an entry that is no object") { CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1", 7), "/apps/1", "expected an object, found a number"); }
    SUBCASE("a number for a flag")
    {
        CheckOnlyProblem(LoadWithValue("trusts.json", "/trusts/0/coordinates_approximate", 0), "trusts.json", "/trusts/0/coordinates_approximate", "expected true or false");
    }
    SUBCASE("a fraction for a whole number")
    {
        CheckOnlyProblem(LoadWithValue("programme.json", "/funding_tiers/0/trusts", 12.5), "programme.json", "/funding_tiers/0/trusts", "whole number");
    }
}

TEST_CASE("a missing required field skips that app alone, and extra fields are ignored")
{
    CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/url", Removed), "/apps/1/url", "required field is missing");
    CHECK(LoadWithValue("apps.json", "/apps/1/nickname", "gd").Problems.empty());
}

TEST_CASE("a missing top-level list is reported and the file's other lists still load")
{
    const LoadResult r = LoadWithValue("apps.json", "/apps", Removed);
    CheckOnlyProblem(r, "apps.json", "/apps", "nothing from it loads");
    CHECK(r.Data.Categories.size() == 2);
    CHECK(r.Data.Listing.AsOf == "2020-11");
}

TEST_CASE("an empty text where one is required is refused, and allowed where the format allows it")
{
    CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/name", ""), "/apps/1/name", "must not be empty");
    CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/platforms", json::array()), "/apps/1/platforms", "must not be empty");
    CHECK(LoadWithValue("apps.json", "/apps/1/developer", "").Problems.empty());
}

TEST_CASE("a duplicate id skips the second entry and names the first")
{
    CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/id", "mycopd"), "/apps/1/id", "\"mycopd\" is already used by /apps/0");
    SUBCASE("ids are unique across the lists of one file")
    {
        CheckOnlyProblem(LoadWithValue("apps.json", "/apps/0/id", "respiratory"), "apps.json", "/apps/0/id", "already used by /categories/0");
    }
    SUBCASE("an entry skipped for another reason does not take its id from a later one")
    {
        std::map<std::string, json> data = GoodData();
        data["apps.json"]["apps"][0]["url"] = "ftp://x";
        data["apps.json"]["apps"][1]["id"] = "mycopd";
        const LoadResult r = core::LoadDataset(Files(data));
        CheckOnlyProblem(r, "apps.json", "/apps/0/url");
        CHECK(AppIds(r) == std::vector<std::string>{ "mycopd", "breathe" });
    }
}

TEST_CASE("ids and ODS codes must match their patterns, and ODS codes must be unique")
{
    CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/id", "Glucose Diary"), "/apps/1/id", "expected an id of lowercase");
    CheckOnlyProblem(LoadWithValue("trusts.json", "/trusts/1/ods_code", "rrv"), "trusts.json", "/trusts/1/ods_code", "ODS code");
    CheckOnlyProblem(LoadWithValue("trusts.json", "/trusts/1/ods_code", "RRVABC"), "trusts.json", "/trusts/1/ods_code", "ODS code");
    const LoadResult r = LoadWithValue("trusts.json", "/trusts/1/ods_code", "RLN");
    CheckOnlyProblem(r, "trusts.json", "/trusts/1/ods_code", "already used by /trusts/0; this trust is skipped");
    CHECK(r.Data.Trusts.size() == 1);
}

TEST_CASE("a reference to an unknown category, group or topic skips the entry")
{
    CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/categories/0", "sleep"), "/apps/1/categories/0", "unknown category \"sleep\" (not among those loaded from /categories)");
    CheckOnlyProblem(LoadWithValue("trusts.json", "/trusts/0/group", "acute-2099"), "trusts.json", "/trusts/0/group", "unknown group");
    CheckOnlyProblem(LoadWithValue("wearables.json", "/checklist/0/topic", "battery"), "wearables.json", "/checklist/0/topic", "this checklist item is skipped");
}

TEST_CASE("platforms and badges must be one of the listed words")
{
    CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/platforms/0", "windows"), "/apps/1/platforms/0",
                          "expected one of \"ios\", \"android\", \"web\", found \"windows\"");
    CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/badge", "approved"), "/apps/1/badge", "expected one of \"\", \"nhs-approved\"");
}

TEST_CASE("a web address must be http or https with a host and no spaces")
{
    for (const char* url : { "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org", "//example.org",
                             "HTTPS://example.org", " https://example.org", "https://exa mple.org", "https://example.org/\n", "https://", "https:///x" }) {
        CAPTURE(url);
        CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/url", url), "/apps/1/url");
    }
    CHECK(LoadWithValue("apps.json", "/apps/1/url", "").Problems.empty());        // an app's own address may be not known
    CHECK(!LoadWithValue("sources.json", "/sources/0/url", "").Problems.empty()); // a source without an address is no source
    const LoadResult r = LoadWithValue("sources.json", "/sources/0/url", "javascript:void(0)");
    REQUIRE(!r.Problems.empty());
    CHECK(core::FormatProblem(r.Problems[0]) ==
          "sources.json: /sources/0/url: a web address must start with https:// or http://, found \"javascript:void(0)\"; this source is skipped");
}

TEST_CASE("a web address that hides where it goes is refused: a user name, a backslash, a direction control")
{
    SUBCASE("a user name before the host")
    {
        CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/url", "https://nhs.uk@evil.example/login"), "/apps/1/url", "user name or password");
        CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/url", "http://user:pass@example.org"), "/apps/1/url", "user name or password");
    }
    SUBCASE("a backslash")
    {
        CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/url", "https://\\evil.example"), "/apps/1/url", "backslash");
        CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/url", "https://nhs.uk\\@evil.example"), "/apps/1/url", "backslash");
    }
    SUBCASE("a right-to-left override, an isolate or a mark")
    {
        for (const char* url : { "https://evil.example/\u202Ek.shn", "https://example.org/\u2066x\u2069", "https://example.org/\u200F",
                                 "https://example.org/\u061C" }) {
            CAPTURE(url);
            CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/url", url), "/apps/1/url", "direction of text");
        }
        // The message shows the control as an escape, so it cannot turn the message around.
        CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/url", "https://evil.example/\u202Egnp.exe"), "/apps/1/url",
                              "found \"https://evil.example/\\u202Egnp.exe\"");
    }
    SUBCASE("an @ after the host, and text in other scripts, are fine")
    {
        for (const char* url : { "https://example.org/@team", "https://example.org/a?email=x@example.org", "https://example.org/#@x",
                                 "https://example.org/caf\u00e9", "https://example.org/\u05e9\u05dc\u05d5\u05dd" }) {
            CAPTURE(url);
            CHECK(LoadWithValue("apps.json", "/apps/1/url", url).Problems.empty());
        }
    }
}

TEST_CASE("a key over 1 KB refuses its file, and a long key is cut short in a problem's pointer")
{
    SUBCASE("a 2 MB key holding 150 repeated keys is one short problem")
    {
        std::string text = "{ \"groups\": [[\"a b\", \"c d\"]], \"" + std::string(2 * 1024 * 1024, 'k') + "\": {";
        for (int i = 0; i < 150; i++)
            text += "\"a\": 1, ";
        text += "\"a\": 1 } }";
        const LoadResult r = LoadWithText("synonyms.json", text);
        REQUIRE(r.Problems.size() == 1);
        CHECK(r.Problems[0].File == "synonyms.json");
        CHECK(r.Problems[0].Message.find("longer than 1024 bytes (2097152 bytes) at the top of the file") != std::string::npos);
        CHECK(core::FormatProblem(r.Problems[0]).size() < 400);
    }
    SUBCASE("a key of 1 KB is read, and the pointers of its problems cut it to 60 bytes")
    {
        const std::string key(1024, 'k');
        std::string text = "{ \"groups\": [[\"a b\", \"c d\"]], \"x\": { \"" + key + "\": { \"a\": 1, \"a\": 2 } } }";
        const LoadResult r = LoadWithText("synonyms.json", text);
        REQUIRE(r.Problems.size() == 1);
        CHECK(r.Problems[0].Pointer == "/x/" + std::string(60, 'k') + ".../a");
        CHECK(r.Problems[0].Message.find("appears more than once") != std::string::npos);
    }
    SUBCASE("a key over 1 KB inside an object names the object")
    {
        std::string text = "{ \"groups\": [[\"a b\", \"c d\"]], \"x\": [ { \"" + std::string(1025, 'k') + "\": 1 } ] }";
        CheckOnlyProblem(LoadWithText("synonyms.json", text), "synonyms.json", "", "(1025 bytes) in the object at /x/0");
    }
}

TEST_CASE("the problems listed for one file stay within 64 KB, and the rest are counted")
{
    // 2,000 duplicate keys under 12 levels of 1,000-byte keys: even with each key cut to 60 bytes, every
    // problem is about 850 bytes, so 100 of them would be 85 KB.
    std::string open, close;
    for (int level = 0; level < 12; level++) {
        open += "{ \"" + std::to_string(level) + std::string(1000, 'k') + "\": ";
        close += " }";
    }
    std::string inner = "{ \"a\": 0";
    for (int i = 0; i < 2000; i++)
        inner += ", \"a\": " + std::to_string(i);
    inner += " }";
    const LoadResult r = LoadWithText("synonyms.json", "{ \"groups\": [[\"a b\", \"c d\"]], \"x\": " + open + inner + close + " }");
    std::size_t bytes = 0;
    for (const Problem& p : r.Problems)
        bytes += p.File.size() + p.Pointer.size() + p.Message.size();
    REQUIRE(r.Problems.size() > 2);
    const std::size_t listed = r.Problems.size() - 1;
    CHECK(listed < core::MaxProblemsPerFile); // the byte limit, not the count, stopped the list
    CHECK(bytes - r.Problems.back().Message.size() <= core::MaxProblemBytesPerFile);
    CHECK(r.Problems[0].Pointer.size() == 2 + 12 * (1 + 60 + 3) + 2); // "/x", 12 keys cut to 60 bytes and "...", "/a"
    CHECK(r.Problems.back().Message == "and " + std::to_string(2000 - listed) + " more problems, not listed; fix those above and check again");
}

TEST_CASE("coordinates outside the UK, and numbers given as text, skip the trust")
{
    SUBCASE("latitude too far north") { CheckOnlyProblem(LoadWithValue("trusts.json", "/trusts/1/lat", 70.2), "trusts.json", "/trusts/1/lat", "expected a number from 49.8 to 60.9, found 70.2"); }
    SUBCASE("longitude too far east") { CheckOnlyProblem(LoadWithValue("trusts.json", "/trusts/1/lon", 2.5), "trusts.json", "/trusts/1/lon", "from -8.7 to 1.8"); }
    SUBCASE("latitude and longitude swapped") { CHECK(LoadWithValue("trusts.json", "/trusts/1/lat", -0.1357).Problems.size() == 1); }
    SUBCASE("\"NaN\" as text") { CheckOnlyProblem(LoadWithValue("trusts.json", "/trusts/1/lat", "NaN"), "trusts.json", "/trusts/1/lat", "found the string \"NaN\""); }
    SUBCASE("\"Infinity\" as text") { CheckOnlyProblem(LoadWithValue("trusts.json", "/trusts/1/lon", "Infinity"), "trusts.json", "/trusts/1/lon", "expected a number"); }
    SUBCASE("a number as text") { CheckOnlyProblem(LoadWithValue("trusts.json", "/trusts/1/lat", "51.5"), "trusts.json", "/trusts/1/lat", "expected a number"); }
    const LoadResult r = LoadWithValue("trusts.json", "/trusts/1/lat", "NaN");
    REQUIRE(r.Data.Trusts.size() == 1);
    CHECK(r.Data.Trusts[0].OdsCode == "RLN");
}

TEST_CASE("dates must have a real month and day")
{
    for (const char* date : { "2016-02-30", "2016-13", "2016-00", "16-09-07", "2016/09/07", "2016-9-7", "20166", "2015-02-29" }) {
        CAPTURE(date);
        CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/listed", date), "/apps/1/listed", "expected a date");
    }
    CHECK(LoadWithValue("apps.json", "/apps/1/listed", "2016-02-29").Problems.empty());
    CHECK(LoadWithValue("sources.json", "/sources/0/date", "").Problems.empty());
}

TEST_CASE("a text over 10,000 bytes, such as a 1 MB description, skips the app")
{
    CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/description", std::string(1000000, 'x')), "/apps/1/description",
                          "text is 1000000 bytes long, more than the 10000 allowed");
    CHECK(LoadWithValue("apps.json", "/apps/1/description", std::string(10000, 'x')).Problems.empty());
}

TEST_CASE("a control character in a text skips the app")
{
    CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/name", std::string("Glu\0cose", 8)), "/apps/1/name", "control character");
}

TEST_CASE("a list of more than 10,000 entries is refused")
{
    CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/platforms", json(std::vector<std::string>(10001, "ios"))), "/apps/1/platforms",
                          "has 10001 entries, more than the 10000 allowed");
    const LoadResult r = LoadWithValue("synonyms.json", "/groups", json(std::vector<json>(10001, json{ "a", "b" })));
    CheckOnlyProblem(r, "synonyms.json", "/groups", "nothing from it loads");
}

TEST_CASE("an unknown source id is dropped while another source remains, else the entry is skipped")
{
    SUBCASE("another source remains")
    {
        const LoadResult r = LoadWithValue("apps.json", "/apps/2/sources/1", "nhse-2099");
        CheckOnlyProblem(r, "apps.json", "/apps/2/sources/1", "unknown source \"nhse-2099\" (not among those loaded from sources.json); it is dropped and this app keeps its other sources");
        REQUIRE(r.Data.FindApp("breathe") != nullptr);
        CHECK(r.Data.FindApp("breathe")->Sources == std::vector<std::string>{ "library-2020" });
    }
    SUBCASE("no source remains")
    {
        CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/sources/0", "nhse-2099"), "/apps/1/sources/0", "no other source of this app is known");
    }
    SUBCASE("a source that failed its own checks is unknown to the files that cite it")
    {
        const LoadResult r = LoadWithValue("sources.json", "/sources/0/url", "data:x");
        INFO(AllProblems(r));
        CHECK(r.Data.Sources.size() == 1);
        CHECK(r.Data.Trusts.empty());
        CHECK(r.Data.FindApp("breathe") != nullptr);
    }
    SUBCASE("an empty sources list skips the entry")
    {
        CheckOnlyProblem(LoadWithValue("programme.json", "/figures/0/sources", json::array()), "programme.json", "/figures/0/sources", "this figure is skipped");
    }
}

TEST_CASE("when sources.json is missing, citations are not checked and everything else loads")
{
    const LoadResult r = core::LoadDataset(FilesWithout("sources.json"));
    CheckOnlyProblem(r, "sources.json", "", "not checked");
    CHECK(r.Data.Apps.size() == 3);
    CHECK(r.Data.Trusts.size() == 2);
}

TEST_CASE("a synonym group needs two or more words")
{
    const LoadResult r = LoadWithValue("synonyms.json", "/groups/1", json{ "sleep" });
    CheckOnlyProblem(r, "synonyms.json", "/groups/1", "needs at least 2 entries; this synonym group is skipped");
    CHECK(r.Data.SynonymGroups.size() == 1);
}

TEST_CASE("a listing with a mistake is left empty and the apps still load")
{
    const LoadResult r = LoadWithValue("apps.json", "/listing/as_of", "November 2020");
    CheckOnlyProblem(r, "apps.json", "/listing/as_of", "this listing is skipped");
    CHECK(r.Data.Listing.AsOf == "");
    CHECK(r.Data.Apps.size() == 3);
}

TEST_CASE("several mistakes in one entry are all reported")
{
    std::map<std::string, json> data = GoodData();
    data["apps.json"]["apps"][1]["url"] = "javascript:x";
    data["apps.json"]["apps"][1]["platforms"] = { "ios", "bada" };
    data["apps.json"]["apps"][1].erase("name");
    const LoadResult r = core::LoadDataset(Files(data));
    INFO(AllProblems(r));
    REQUIRE(r.Problems.size() == 3);
    CHECK(r.Problems[0].Pointer == "/apps/1/name");
    CHECK(r.Problems[1].Pointer == "/apps/1/platforms/1");
    CHECK(r.Problems[2].Pointer == "/apps/1/url");
    CHECK(r.Data.Apps.size() == 2);
}

} // TEST_SUITE

TEST_CASE("loading one file at a time gives the same result as loading all at once")
{
    std::vector<core::DataFile> files = core::BundledDataFiles();
    // A broken file too, so problems and skipped files are compared as well.
    for (core::DataFile& f : files)
        if (f.Name == "wearables.json") f.Text = "{\"wearables\": [ {\"id\": 3} ";
    const core::LoadResult all = core::LoadDataset(files);

    core::DatasetLoader loader(files);
    int steps = 0;
    while (!loader.Done()) {
        loader.LoadNext();
        ++steps;
    }
    const core::LoadResult stepwise = loader.Take();
    CHECK(steps == static_cast<int>(core::DataFileNames().size()));
    CHECK(stepwise.Data.Apps.size() == all.Data.Apps.size());
    CHECK(stepwise.Data.Trusts.size() == all.Data.Trusts.size());
    CHECK(stepwise.Data.Sources.size() == all.Data.Sources.size());
    CHECK(stepwise.Data.Topics.empty());
    REQUIRE(stepwise.Problems.size() == all.Problems.size());
    REQUIRE_FALSE(all.Problems.empty());
    for (size_t i = 0; i < all.Problems.size(); ++i)
        CHECK(core::FormatProblem(stepwise.Problems[i]) == core::FormatProblem(all.Problems[i]));
    CHECK(all.Data.Apps.size() > 0);
}

TEST_CASE("an app's closing date is optional, and when given it must be a date")
{
    const LoadResult open = LoadWithValue("apps.json", "/apps/1/description", "Still open.");
    REQUIRE(open.Problems.empty());
    CHECK(open.Data.Apps[1].Closed.empty());

    const LoadResult closed = LoadWithValue("apps.json", "/apps/1/closed", "2023-04-27");
    REQUIRE(closed.Problems.empty());
    CHECK(closed.Data.Apps[1].Closed == "2023-04-27");

    CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/closed", "27 April 2023"), "/apps/1/closed", "expected a date");
    CheckSecondAppSkipped(LoadWithValue("apps.json", "/apps/1/closed", 2023), "/apps/1/closed", "expected a string");
}
