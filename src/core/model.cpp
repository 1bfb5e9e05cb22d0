// model.cpp — lookups by id, the keys and labels of platforms, costs and badges, the id rule (layer: core).
// The lists are small (tens of entries), so a linear search is the simplest thing that is fast enough.
#include "core/model.h"

#include "core/text_format.h"

#include <algorithm>

namespace core {

namespace {

template <typename T>
const T* FindBy(const std::vector<T>& items, std::string T::*key, const std::string& value)
{
    for (const T& item : items)
        if (item.*key == value)
            return &item;
    return nullptr;
}

} // namespace

const Source* Dataset::FindSource(const std::string& id) const { return FindBy(Sources, &Source::Id, id); }
const Trust* Dataset::FindTrust(const std::string& ods_code) const { return FindBy(Trusts, &Trust::OdsCode, ods_code); }
const TrustGroup* Dataset::FindGroup(const std::string& id) const { return FindBy(Groups, &TrustGroup::Id, id); }
const App* Dataset::FindApp(const std::string& id) const { return FindBy(Apps, &App::Id, id); }
const Category* Dataset::FindCategory(const std::string& id) const { return FindBy(Categories, &Category::Id, id); }
const WearableTopic* Dataset::FindTopic(const std::string& id) const { return FindBy(Topics, &WearableTopic::Id, id); }

const char* const AppName = "Digital Exemplars & Apps Finder";

namespace {

struct KeyLabel {
    const char* Key;
    const char* Label;
};

// By the enums' order; platforms by their bit's place.
const KeyLabel kPlatforms[3] = { { "ios", "iOS" }, { "android", "Android" }, { "web", "Web" } };
const KeyLabel kCosts[3] = { { "free", "Free" }, { "paid", "Paid" }, { "not-known", "Not known" } };
const KeyLabel kBadges[3] = { { "none", "Not known" }, { "nhs-approved", "NHS approved" }, { "being-tested", "Being tested in the NHS" } };

int PlatformIndex(Platform_ p)
{
    for (int i = 0; i < 3; ++i)
        if (AllPlatforms[i] == p) return i;
    return -1;
}

// The value whose key in `table` is `key`, into `out`; false, and `out` as it was, when no key is.
template <typename T>
bool FromKey(const KeyLabel (&table)[3], const T (&values)[3], const std::string& key, T& out)
{
    for (int i = 0; i < 3; ++i)
        if (key == table[i].Key) {
            out = values[i];
            return true;
        }
    return false;
}

} // namespace

const char* PlatformKey(Platform_ p) { return PlatformIndex(p) < 0 ? "" : kPlatforms[PlatformIndex(p)].Key; }
const char* PlatformName(Platform_ p) { return PlatformIndex(p) < 0 ? "" : kPlatforms[PlatformIndex(p)].Label; }
bool PlatformFromKey(const std::string& key, Platform_& p) { return FromKey(kPlatforms, AllPlatforms, key, p); }

const char* CostKey(CostKind c) { return kCosts[static_cast<int>(c)].Key; }
const char* CostLabel(CostKind c) { return kCosts[static_cast<int>(c)].Label; }
bool CostFromKey(const std::string& key, CostKind& c) { return FromKey(kCosts, AllCosts, key, c); }

const char* BadgeKey(Badge b) { return kBadges[static_cast<int>(b)].Key; }
const char* BadgeLabel(Badge b) { return kBadges[static_cast<int>(b)].Label; }
bool BadgeFromKey(const std::string& key, Badge& b) { return FromKey(kBadges, AllBadges, key, b); }

bool IsIdCharacter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; }

bool IsIdText(const std::string& s) { return !s.empty() && std::all_of(s.begin(), s.end(), IsIdCharacter); }

std::string PlatformList(PlatformFlags flags)
{
    std::string out;
    for (Platform_ p : AllPlatforms) {
        if (!(flags & p)) continue;
        if (!out.empty()) out += ", ";
        out += PlatformName(p);
    }
    return out;
}

std::string CategoryList(const Dataset& d, const std::vector<std::string>& ids)
{
    std::string out;
    for (const std::string& id : ids) {
        const Category* c = d.FindCategory(id);
        if (!out.empty()) out += ", ";
        out += c ? c->Label : id;
    }
    return out;
}

std::string GroupLabel(const Dataset& d, const std::string& group_id)
{
    const TrustGroup* g = d.FindGroup(group_id);
    return g ? g->Label : group_id;
}

TrustTier TierOf(const Dataset& d, const Trust& t)
{
    const TrustGroup* g = d.FindGroup(t.Group);
    return g ? g->Tier : TrustTier::Exemplar;
}

const char* TierKey(TrustTier tier) { return tier == TrustTier::FastFollower ? "fast-follower" : "exemplar"; }
const char* TierName(TrustTier tier) { return tier == TrustTier::FastFollower ? "fast follower" : "exemplar"; }

const ProgrammeSection* FundingSection(const Dataset& d)
{
    const ProgrammeSection* best = d.Sections.empty() ? nullptr : &d.Sections.front();
    size_t best_count = 0;
    for (const ProgrammeSection& s : d.Sections) {
        size_t count = 0;
        for (const std::string& id : s.Sources) {
            bool cited = false;
            for (const FundingTier& t : d.FundingTiers)
                cited = cited || std::find(t.Sources.begin(), t.Sources.end(), id) != t.Sources.end();
            count += cited;
        }
        if (count > best_count) {
            best = &s;
            best_count = count;
        }
    }
    return best;
}

std::string ListedNote(const Dataset& d, const App& a, const char* day_gap)
{
    const std::string closed = d.Listing.Closed.empty() ? "" : " in " + ReadableDate(d.Listing.Closed, day_gap);
    return "Listed in the NHS Apps Library as of " + ReadableDate(a.Listed, day_gap) + ". The library closed" + closed +
           "; the app may have changed since.";
}

} // namespace core
