// model.cpp — lookups by id and the names of platforms and badges (layer: core).
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

const char* PlatformName(Platform_ p)
{
    switch (p) {
    case Platform_Ios: return "iOS";
    case Platform_Android: return "Android";
    case Platform_Web: return "Web";
    default: return "";
    }
}

const char* PlatformKey(Platform_ p)
{
    switch (p) {
    case Platform_Ios: return "ios";
    case Platform_Android: return "android";
    case Platform_Web: return "web";
    default: return "";
    }
}

const char* BadgeLabel(Badge b)
{
    switch (b) {
    case Badge::NhsApproved: return "NHS approved";
    case Badge::BeingTested: return "Being tested in the NHS";
    default: return "";
    }
}

const char* BadgeKey(Badge b)
{
    switch (b) {
    case Badge::NhsApproved: return "nhs-approved";
    case Badge::BeingTested: return "being-tested";
    default: return "";
    }
}

std::string PlatformList(PlatformFlags flags)
{
    std::string out;
    for (Platform_ p : { Platform_Ios, Platform_Android, Platform_Web }) {
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
