// trust_answer.cpp — "Was my trust part of it?" (layer: core). See trust_answer.h.
#include "core/trust_answer.h"

#include "core/stable_sort.h"
#include "core/text_format.h"
#include "core/text_normalize.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {

// "2017-09-12" -> "September 2017": the month is what the sources agree on.
std::string Month(const std::string& date) { return ReadableDate(date.substr(0, std::min<std::size_t>(date.size(), 7))); }

std::string Names(const Dataset& d, const Trust& t, bool dropped)
{
    std::string out;
    std::size_t n = 0;
    for (const std::string& ods : t.Partners) {
        const Trust* p = d.FindTrust(ods);
        if (!p || (!p->Dropped.empty()) != dropped) continue;
        n++;
        out += (out.empty() ? "" : " and ") + p->OfficialName;
    }
    return n == 0 ? "" : out;
}

bool HasWords(const std::string& field, const std::string& words)
{
    return !words.empty() && (" " + NormalizeText(field) + " ").find(" " + words + " ") != std::string::npos;
}

// Words that name no trust and no place on their own.
bool Generic(const std::string& q)
{
    static const char* const words[] = { "nhs", "trust", "trusts", "hospital", "hospitals", "foundation", "university", "the", "of",
                                         "and", "teaching", "health", "care", "healthcare", "royal", "general", "city", "county" };
    for (std::size_t i = 0, start = 0; i <= q.size(); ++i) {
        if (i < q.size() && q[i] != ' ') continue;
        const std::string w = q.substr(start, i - start);
        start = i + 1;
        if (std::none_of(std::begin(words), std::end(words), [&](const char* g) { return w == g; })) return false;
    }
    return true;
}

// The cosine in float: the app already has cosf (ImGui's arcs), and a double cos would add about 700 B gzip to the
// wasm for an order of places a few kilometres apart, where float's seven digits are plenty.
double Distance(double lat1, double lon1, double lat2, double lon2)
{
    const double dx = (lon1 - lon2) * std::cos(static_cast<float>((lat1 + lat2) * 0.5 * 3.14159265358979 / 180.0)), dy = lat1 - lat2;
    return dx * dx + dy * dy;
}

} // namespace

std::string TrustMoney(const Dataset& d, const Trust& t)
{
    const TrustGroup* g = d.FindGroup(t.Group);
    if (!g || g->UpToGbpM <= 0.0) return "";
    std::string s = g->Shared ? "its group shared up to " + Money(g->UpToGbpM) + " from the centre" : "up to " + Money(g->UpToGbpM) + " from the centre";
    return s + (g->Matched ? ", matched locally" : "");
}

std::string TrustSentence(const Dataset& d, const Trust& t)
{
    const std::string money = TrustMoney(d, t);
    const std::string bracket = money.empty() ? "" : " (" + money + ")";
    const TrustGroup* g = d.FindGroup(t.Group);
    if (TierOf(d, t) == TrustTier::FastFollower) {
        const std::string named = Month(!t.Named.empty() ? t.Named : g ? g->Date
                                                                       : "");
        const std::string exemplar = Names(d, t, false);
        if (!t.Dropped.empty())
            return t.OfficialName + " was named a fast follower in " + named + ", paired with the exemplar " + exemplar +
                   ", but the pairing had been dropped by " + Month(t.Dropped) + ".";
        if (exemplar.empty())
            return t.OfficialName + " was named a fast follower in " + named + bracket +
                   "; the sources found do not say which exemplar it was paired with.";
        return t.OfficialName + " was a fast follower, paired with the exemplar " + exemplar + " in " + named + bracket + ".";
    }
    std::string s = t.OfficialName + " was an exemplar, named in " + Month(g ? g->Date : "") + bracket;
    const std::string followers = Names(d, t, false), dropped = Names(d, t, true);
    if (!followers.empty()) s += "; its fast follower" + std::string(followers.find(" and ") != std::string::npos ? "s were " : " was ") + followers;
    if (!dropped.empty()) s += "; a pairing with " + dropped + " was dropped";
    return s + ".";
}

TrustAnswer AnswerTrustQuestion(const Dataset& d, const std::string& words)
{
    TrustAnswer a;
    const std::string q = NormalizeText(words);
    if (q.size() < 3 || Generic(q)) return a;

    // Town, name or hospital first; a name met only in what happened later (a merger's new name) after.
    std::vector<int> score(d.Trusts.size(), 0);
    for (std::size_t i = 0; i < d.Trusts.size(); ++i) {
        const Trust& t = d.Trusts[i];
        if (NormalizeText(t.MainTown) == q) score[i] = 3;
        else if (HasWords(t.OfficialName, q) || HasWords(t.NameAsAnnounced, q) || HasWords(t.MainHospital, q) || HasWords(t.MainTown, q)) score[i] = 2;
        else if (q.find(' ') != std::string::npos && HasWords(t.Later, q)) score[i] = 1; // a former or later name: two words at least
    }
    const int best = d.Trusts.empty() ? 0 : *std::max_element(score.begin(), score.end());
    for (std::size_t i = 0; i < d.Trusts.size() && best > 0; ++i)
        if (score[i] >= std::min(best, 2)) a.Trusts.push_back(&d.Trusts[i]);
    StableSort(a.Trusts, [&](const Trust* x, const Trust* y) { return score[static_cast<std::size_t>(x - d.Trusts.data())] > score[static_cast<std::size_t>(y - d.Trusts.data())]; });
    for (const Trust* t : a.Trusts) a.Sentences.push_back(TrustSentence(d, *t));
    if (!a.Trusts.empty()) return a;

    // Not a trust of the programme: a known place (the whole words, or a place named within them) gives its region.
    const Place* place = nullptr;
    for (const Place& p : d.Places)
        if (NormalizeText(p.Name) == q || (!place && HasWords(words, NormalizeText(p.Name)))) place = &p;
    const bool looks_like_a_name = q.find("hospital") != std::string::npos || q.find("trust") != std::string::npos;
    if (!place && !looks_like_a_name) return a;
    const std::string said = "\u201c" + words + "\u201d";
    if (!place) {
        a.NotInProgramme = "No trust or hospital called " + said + " was an exemplar or a fast follower in the programme, as far as the sources found say.";
        return a;
    }
    a.Region = place->Region;
    for (const Trust& t : d.Trusts)
        if (t.Region == place->Region) a.SameRegion.push_back(&t);
    StableSort(a.SameRegion, [&](const Trust* x, const Trust* y) {
        return Distance(x->Lat, x->Lon, place->Lat, place->Lon) < Distance(y->Lat, y->Lon, place->Lat, place->Lon);
    });
    a.NotInProgramme = "No trust in " + place->Name + " was an exemplar or a fast follower in the programme. " +
                       (a.SameRegion.empty() ? "" : "These are the programme\u2019s trusts in " + place->Region + ", nearest " + place->Name + " first.");
    return a;
}

} // namespace core
