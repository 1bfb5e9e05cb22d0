// model.h — the app's content as plain C++ values (layer: core).
// Filled by data_loader from the JSON in assets/ (see docs/data-format.md); read by ui, search and the CLI.
#pragma once

#include <string>
#include <vector>

namespace core {

struct Source {
    std::string Id;
    std::string Publisher;
    std::string Title;
    std::string Url;
    std::string Date; // "" when not known
};

struct ProgrammeSection {
    std::string Id;
    std::string Heading;
    std::vector<std::string> Paragraphs;
    std::vector<std::string> Sources; // source ids
};

struct KeyFigure {
    std::string Id;
    std::string Value;   // "Up to £10m"
    std::string Caption; // one line under the value
    std::string Caveat;  // "" when none
    std::vector<std::string> Sources;
};

struct FundingTier {
    std::string Id;
    std::string Label;
    int Trusts = 0;
    double MaxEachGbpM = 0.0;       // millions of pounds, the most each trust could get
    bool TrustsApproximate = false; // "about 20"
    std::string Caveat;
    std::vector<std::string> Sources;
};

struct TimelineEvent {
    std::string Date; // YYYY-MM-DD, YYYY-MM or YYYY
    std::string Title;
    std::string Detail;
    std::vector<std::string> Sources;
};

// Exemplars were funded to lead; fast followers, each paired with an exemplar, to follow a year behind.
enum class TrustTier { Exemplar,
                       FastFollower };

struct TrustGroup {
    std::string Id;
    std::string Label;
    std::string Date;
    TrustTier Tier = TrustTier::Exemplar;
    double UpToGbpM = 0.0; // the most from the centre, millions of pounds, per trust (or shared: see Shared); 0 when not known
    bool Shared = false;   // the group shared UpToGbpM between its trusts
    bool Matched = false;  // the trust had to match the central money locally
    std::vector<std::string> FundingSources;
};

struct Trust {
    std::string OdsCode;
    std::string OfficialName;
    std::string NameAsAnnounced;
    std::string Group; // TrustGroup id
    std::string MainTown;
    std::string Region;
    std::string MainHospital; // "" when not known
    std::string RecordSystem; // "" when not known
    double Lat = 0.0;
    double Lon = 0.0;
    bool CoordinatesApproximate = false;
    std::string Later;                 // what happened afterwards; "" when nothing known
    std::vector<std::string> Partners; // ODS codes: an exemplar's fast followers, a fast follower's exemplar(s)
    std::string Named;                 // when it was named as a fast follower; "" when not known
    std::string Dropped;               // a fast follower whose pairing was later dropped: when; "" otherwise
    std::vector<std::string> Sources;
};

enum Platform_ {
    Platform_None = 0,
    Platform_Ios = 1 << 0,
    Platform_Android = 1 << 1,
    Platform_Web = 1 << 2,
};
typedef int PlatformFlags; // Platform_ bits

constexpr Platform_ AllPlatforms[3] = { Platform_Ios, Platform_Android, Platform_Web };

// What an app costs, as its cost text reads (see AppCost in search_index.h): the cost filter and scope.
enum class CostKind { Free,
                      Paid,
                      NotKnown };
constexpr CostKind AllCosts[3] = { CostKind::Free, CostKind::Paid, CostKind::NotKnown };

// The label the NHS Apps Library gave an app in April 2017. None: no label recorded, which is not "no label".
enum class Badge { None,
                   NhsApproved,
                   BeingTested };
constexpr Badge AllBadges[3] = { Badge::None, Badge::NhsApproved, Badge::BeingTested };

struct Category {
    std::string Id;
    std::string Label;
};

struct App {
    std::string Id;
    std::string Name;
    std::string Developer;               // "" when not known
    std::vector<std::string> Categories; // Category ids
    PlatformFlags Platforms = Platform_None;
    std::string Cost; // "" when not known
    Badge AppBadge = Badge::None;
    std::string Description;
    std::string Url;        // the app's own website; "" when none is known (a store page is not a website)
    std::string AppStore;   // its page on the UK App Store (apps.apple.com/gb/...); "" when the library had none
    std::string GooglePlay; // its page on Google Play; "" when the library had none
    std::string Listed;     // date of the listing
    std::string Closed;     // the date the app itself closed; "" when it is not known to have closed
    std::vector<std::string> Sources;
};

struct AppsListing {
    std::string AsOf;   // "2020-11"
    std::string Closed; // "2021"
    std::string Note;
    std::vector<std::string> Sources;
};

// What to do at once, shown before anything else on the advice's page, as NHS.UK shows urgent advice.
struct UrgentAdvice {
    std::string Heading;                 // "Call 999 if:"
    std::vector<std::string> Signs;      // "you have chest pain"
    std::string Note;                    // after the signs: "Call even if your watch shows nothing unusual."
    std::string NonUrgent;               // what to do when it is not an emergency: "...call NHS 111..."
    std::vector<std::string> AlertWords; // alerts and symptoms a search names to be shown this first: "irregular heart rhythm"
    std::vector<std::string> Sources;
    bool Empty() const { return Heading.empty(); }
};

struct WearableTopic {
    std::string Id;
    std::string Title;
    std::string Summary;
    std::vector<std::string> Points;
    std::vector<std::string> Sources;
    UrgentAdvice Urgent; // empty for most topics
};

struct ChecklistItem {
    std::string Text;
    std::string Topic; // WearableTopic id
};

// A town or city, so "Was my trust part of it?" can answer for a place with no trust in the programme.
struct Place {
    std::string Name;
    std::string Region;
    double Lat = 0.0, Lon = 0.0; // approximate: the town's centre
};

// One row of "Where the money went": a kind of trust, how many sources say there were, and the most each could
// get from the centre. Groups: the trust groups (trusts.json /groups) whose trusts it counts; none when the
// trusts are not listed. CountNote says why the list holds a different number; "" when it holds the same.
struct MoneyRow {
    std::string Id;
    std::string Label;
    std::vector<std::string> Groups;
    int Trusts = 0;
    bool TrustsApproximate = false; // "up to 7"
    double UpToGbpM = 0.0;          // millions of pounds, each (or between them all: Shared)
    bool Shared = false;
    bool Matched = false; // the trust had to match the central money
    std::string CountNote;
    std::vector<std::string> Sources;
};

// A total that was published ("£280m") and which rows of the table it counts (none: no one says).
struct PublishedTotal {
    std::string Id;
    std::string Value; // as published: "£280m", "About £100m"
    double GbpM = 0.0;
    std::vector<std::string> Rows; // MoneyRow ids
    std::string What;              // what it counts and who said it
    std::vector<std::string> Sources;
};

// Everything the app shows. Entries that failed validation are absent.
struct Dataset {
    std::vector<Source> Sources;
    ProgrammeSection Intro; // the Programme's first words: what it was, in two plain sentences (no heading)
    std::vector<ProgrammeSection> Sections;
    std::vector<KeyFigure> Figures;
    std::vector<FundingTier> FundingTiers;
    std::vector<TimelineEvent> Timeline; // sorted by date
    std::vector<TrustGroup> Groups;
    std::vector<Trust> Trusts;
    std::vector<Place> Places;
    std::vector<MoneyRow> MoneyRows;    // trusts.json /money: the reconciliation table
    std::vector<PublishedTotal> Totals; // and the totals it explains
    AppsListing Listing;
    std::vector<Category> Categories;
    std::vector<App> Apps;
    std::vector<WearableTopic> Topics;
    std::vector<ChecklistItem> Checklist;
    std::vector<std::vector<std::string>> SynonymGroups;

    const Source* FindSource(const std::string& id) const;
    const Trust* FindTrust(const std::string& ods_code) const;
    const TrustGroup* FindGroup(const std::string& id) const;
    const App* FindApp(const std::string& id) const;
    const Category* FindCategory(const std::string& id) const;
    const WearableTopic* FindTopic(const std::string& id) const;
};

// The app's name: the header, every page's title, the text site.
extern const char* const AppName; // "Digital Exemplars & Apps Finder"

// The keys and labels of platforms, costs and badges, from one table each (model.cpp): the data files, the routes'
// filters and embed scopes, the search's facets, the screens and the text site all read them here. A key is what
// an address or a data file carries; a label is what a person reads. ...FromKey: false for an unknown key.
const char* PlatformKey(Platform_ p);  // "ios", "android", "web"; "" for none
const char* PlatformName(Platform_ p); // "iOS", "Android", "Web"
bool PlatformFromKey(const std::string& key, Platform_& p);
const char* CostKey(CostKind c);   // "free", "paid", "not-known"
const char* CostLabel(CostKind c); // "Free", "Paid", "Not known"
bool CostFromKey(const std::string& key, CostKind& c);
const char* BadgeKey(Badge b);   // "none", "nhs-approved", "being-tested" (a data file writes none as "")
const char* BadgeLabel(Badge b); // "Not known", "NHS approved", "Being tested in the NHS"
bool BadgeFromKey(const std::string& key, Badge& b);

// The id rule, the one place that says which characters an id may have: ASCII letters, digits and '-'. The data's
// ids keep to it (lowercase for apps, categories and topics; capitals for ODS codes), and so does every name made
// from one: entry anchors, scope and card page names, the ?data= address's file name.
bool IsIdCharacter(char c);
bool IsIdText(const std::string& s); // not empty, and every character IsIdCharacter

std::string PlatformList(PlatformFlags flags);                                   // "iOS, Android"; "" for none
std::string CategoryList(const Dataset& d, const std::vector<std::string>& ids); // labels joined by ", "; an unknown id as itself
std::string GroupLabel(const Dataset& d, const std::string& group_id);           // the trust group's label; an unknown id as itself
TrustTier TierOf(const Dataset& d, const Trust& t);                              // its group's tier; an exemplar when the group is unknown
const char* TierKey(TrustTier tier);                                             // "exemplar", "fast-follower"
const char* TierName(TrustTier tier);                                            // "exemplar", "fast follower"
// The section the funding chart goes with: the one citing most of the funding tiers' sources (the first of
// equals); the first section when none cites any; null when there are no sections.
const ProgrammeSection* FundingSection(const Dataset& d);
// "Listed in the NHS Apps Library as of November 2020. The library closed in 2021; the app may have changed
// since.", from the app's and the listing's dates; `day_gap` as for ReadableDate.
std::string ListedNote(const Dataset& d, const App& a, const char* day_gap = " ");

} // namespace core
