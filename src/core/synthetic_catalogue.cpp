// synthetic_catalogue.cpp — word lists and templates for the bench's made-up catalogue (layer: core).
// Shapes follow the real data (assets/apps.json): short names, one to three categories, 2-4 sentence
// descriptions; brand names come from syllables so that nearly every app adds words to the dictionary.
#include "core/synthetic_catalogue.h"

#include <string>
#include <vector>

namespace core {

namespace {

// splitmix64: tiny, fast, and the same everywhere.
struct SplitMix64 {
    std::uint64_t State;
    std::uint64_t Next()
    {
        std::uint64_t z = (State += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t Below(std::size_t n) { return static_cast<std::size_t>((Next() >> 11) % n); }
    bool Chance(int percent) { return Below(100) < static_cast<std::size_t>(percent); }
    template <typename T, std::size_t N>
    const T& Pick(const T (&items)[N]) { return items[Below(N)]; }
};

struct CategorySeed {
    const char* Id;
    const char* Label;
    const char* Conditions[5]; // words a name or description about this category uses
};

const CategorySeed kCategories[] = {
    { "mental-health", "Mental health", { "anxiety", "depression", "stress", "mood", "wellbeing" } },
    { "diabetes", "Diabetes", { "diabetes", "glucose", "insulin", "blood sugar", "carbs" } },
    { "respiratory", "Respiratory", { "asthma", "COPD", "breathing", "inhaler", "lungs" } },
    { "sleep", "Sleep", { "sleep", "insomnia", "bedtime", "snoring", "rest" } },
    { "pregnancy-and-baby", "Pregnancy and baby", { "pregnancy", "baby", "feeding", "newborn", "birth" } },
    { "heart", "Heart health", { "heart", "blood pressure", "cholesterol", "heart rate", "stroke" } },
    { "fitness", "Fitness", { "fitness", "running", "walking", "steps", "exercise" } },
    { "weight", "Healthy weight", { "weight", "diet", "calories", "nutrition", "meals" } },
    { "smoking", "Stop smoking", { "smoking", "cigarettes", "nicotine", "vaping", "cravings" } },
    { "alcohol", "Alcohol", { "alcohol", "drinking", "units", "hangover", "sober" } },
    { "pain", "Pain", { "pain", "back pain", "arthritis", "migraine", "headache" } },
    { "cancer", "Cancer", { "cancer", "chemotherapy", "fatigue", "symptoms", "treatment" } },
    { "dementia", "Dementia", { "dementia", "memory", "carers", "Alzheimer's", "confusion" } },
    { "child-health", "Child health", { "children", "kids", "teenagers", "school", "parents" } },
    { "hearing", "Hearing", { "hearing", "tinnitus", "ears", "hearing aids", "sound" } },
    { "eyes", "Eyes and sight", { "eyes", "sight", "glasses", "vision", "glaucoma" } },
    { "skin", "Skin", { "skin", "eczema", "psoriasis", "acne", "rash" } },
    { "medicines", "Medicines", { "medicines", "tablets", "prescriptions", "reminders", "pharmacy" } },
    { "womens-health", "Women's health", { "periods", "menopause", "pelvic floor", "fertility", "contraception" } },
    { "covid", "COVID-19", { "COVID-19", "coronavirus", "vaccine", "testing", "isolation" } },
};

const char* const kSyllables[] = {
    "ze",
    "no",
    "ra",
    "me",
    "di",
    "vo",
    "ka",
    "lu",
    "fi",
    "ta",
    "sen",
    "tor",
    "vi",
    "qua",
    "bel",
    "mo",
    "nix",
    "ly",
    "ar",
    "ex",
    "om",
    "pi",
    "sa",
    "ri",
    "ul",
    "ve",
    "go",
    "ha",
    "jo",
    "ku",
    "tri",
    "zo",
    "ber",
    "cal",
    "dor",
    "fen",
    "gar",
    "hel",
    "lin",
    "mar",
    "nor",
    "pel",
    "ros",
    "sul",
    "tav",
    "wen",
};
const char* const kNouns[] = {
    "Tracker",
    "Coach",
    "Diary",
    "Companion",
    "Helper",
    "Manager",
    "Monitor",
    "Buddy",
    "Guide",
    "Planner",
    "Journal",
    "Check",
    "Connect",
    "Care",
    "Assist",
    "Support",
    "Hub",
    "Plus",
    "Pal",
    "Log",
};
const char* const kAdjectives[] = {
    "My",
    "Smart",
    "Daily",
    "Simple",
    "Easy",
    "Healthy",
    "Better",
    "Happy",
    "Active",
    "Calm",
    "Clear",
    "Kind",
};
const char* const kVerbs[] = {
    "track",
    "understand",
    "manage",
    "improve",
    "record",
    "share",
    "plan",
    "check",
    "learn about",
    "cope with",
};
const char* const kThings[] = {
    "symptoms",
    "medication",
    "progress",
    "goals",
    "habits",
    "appointments",
    "readings",
    "triggers",
    "daily routine",
    "care plan",
    "questions for your GP",
    "results",
};
const char* const kWho[] = {
    "people living with",
    "adults with",
    "young people with",
    "carers of people with",
    "anyone worried about",
    "families affected by",
    "patients newly diagnosed with",
};
const char* const kClosers[] = {
    "Works offline and keeps your data on your phone.",
    "Developed with NHS clinicians and tested with patients.",
    "Free to download, with optional extra features.",
    "You can share a summary with your doctor or nurse.",
    "Includes short videos and reminders.",
    "Available in several languages, including Welsh and Polish.",
    "Uses evidence-based techniques such as cognitive behavioural therapy.",
    "Connects to wearable devices and smart watches.",
    "Suitable for children over 12 with a parent's help.",
    "Sends gentle reminders at times you choose.",
};
const char* const kDeveloperSuffix[] = { "Health Ltd", "Digital", "Labs", "Care", "Medical", "Technologies", "NHS Trust" };
const char* const kCosts[] = { "Free", "Free", "Free", "", "", "Free, with in-app purchases", "£2.99", "£4.99 a month" };

std::string Capitalised(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string Brand(SplitMix64& rng)
{
    std::string b;
    const std::size_t syllables = 2 + rng.Below(2);
    for (std::size_t i = 0; i < syllables; ++i) b += rng.Pick(kSyllables);
    return Capitalised(b);
}

std::string Slug(const std::string& s)
{
    std::string out;
    for (char c : s) {
        if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

} // namespace

Dataset MakeSyntheticCatalogue(std::size_t app_count, std::uint64_t seed)
{
    SplitMix64 rng{ seed };
    Dataset d;
    d.Sources.push_back(Source{ "synthetic", "appfinder bench", "Synthetic catalogue", "https://example.org/", "" });
    const std::vector<std::string> src = { "synthetic" };
    for (const CategorySeed& c : kCategories) d.Categories.push_back(Category{ c.Id, c.Label });

    d.Apps.reserve(app_count);
    for (std::size_t i = 0; i < app_count; ++i) {
        App a;
        const CategorySeed& main = rng.Pick(kCategories);
        const std::string condition = main.Conditions[rng.Below(5)];
        const std::string brand = Brand(rng);
        // Every draw is its own statement: the operands of a + b + c may be evaluated in any order, and
        // GCC and Clang differ, which would make the catalogue depend on the compiler.
        const std::size_t shape = rng.Below(6);
        const std::string adjective = rng.Pick(kAdjectives);
        const std::string noun = rng.Pick(kNouns);
        switch (shape) {
        case 0: a.Name = brand; break;
        case 1: a.Name = brand + " " + noun; break;
        case 2: a.Name = "my" + Capitalised(Slug(condition).substr(0, Slug(condition).find('-'))); break;
        case 3: a.Name = Capitalised(condition) + " " + noun; break;
        case 4: a.Name = adjective + " " + Capitalised(condition) + " " + noun; break;
        default: a.Name = brand + ": " + Capitalised(condition) + " " + noun; break;
        }
        a.Id = Slug(a.Name) + "-" + std::to_string(i + 1);
        if (!rng.Chance(20)) {
            a.Developer = Brand(rng);
            a.Developer += std::string(" ") + rng.Pick(kDeveloperSuffix);
        }
        a.Categories.push_back(main.Id);
        for (std::size_t extra = rng.Below(3); extra > 0; --extra) {
            const char* other = rng.Pick(kCategories).Id;
            bool seen = false;
            for (const std::string& c : a.Categories) seen = seen || c == other;
            if (!seen) a.Categories.push_back(other);
        }
        a.Platforms = 0;
        while (a.Platforms == 0)
            for (Platform_ p : { Platform_Ios, Platform_Android, Platform_Web })
                if (rng.Chance(55)) a.Platforms |= p;
        a.Cost = rng.Pick(kCosts);
        const std::size_t badge = rng.Below(10);
        a.AppBadge = badge == 0 ? Badge::NhsApproved : badge == 1 ? Badge::BeingTested
                                                                  : Badge::None;

        const std::string other_condition = main.Conditions[rng.Below(5)];
        const std::string who = rng.Pick(kWho), verb = rng.Pick(kVerbs), thing = rng.Pick(kThings);
        const std::string verb2 = rng.Pick(kVerbs), thing2 = rng.Pick(kThings), thing3 = rng.Pick(kThings);
        a.Description = "Helps " + who + " " + condition + " " + verb + " their " + thing + ". ";
        a.Description += "You can " + verb2 + " " + thing2 + " and " + other_condition + " " + thing3 + " in one place. ";
        if (rng.Chance(60)) a.Description += std::string(rng.Pick(kClosers)) + " ";
        if (rng.Chance(40)) a.Description += "Made by " + brand + ", listed under " + main.Label + ".";
        a.Url = "https://example.org/apps/" + a.Id;
        a.Listed = "2020-11";
        a.Sources = src;
        d.Apps.push_back(std::move(a));
    }

    // A few of everything else, so the other result kinds take part in every query.
    for (int i = 0; i < 10; ++i) {
        const CategorySeed& c = kCategories[i];
        WearableTopic t;
        t.Id = std::string("topic-") + c.Id;
        t.Title = "Wearables and " + std::string(c.Conditions[0]);
        t.Summary = "What a smart watch or fitness tracker can and cannot tell you about " + std::string(c.Conditions[1]) + ".";
        t.Points = { "Check how accurate the readings are.", "Talk to your GP before changing treatment." };
        t.Sources = src;
        d.Topics.push_back(std::move(t));
    }
    const char* const towns[] = { "Sunderland", "Salford", "Cambridge", "Leeds", "Oxford", "Birmingham", "Bristol",
                                  "Liverpool", "Newcastle", "Plymouth", "Norwich", "Sheffield" };
    for (int i = 0; i < 26; ++i) {
        Trust t;
        t.OdsCode = "R" + std::string(1, static_cast<char>('A' + i)) + std::string(1, static_cast<char>('A' + (i * 7) % 26));
        t.MainTown = towns[i % 12];
        t.OfficialName = t.MainTown + " " + (i % 2 ? "Teaching Hospitals" : "Health and Care") + " NHS Foundation Trust";
        t.NameAsAnnounced = t.OfficialName;
        t.Group = "acute-2016";
        t.Region = "England";
        t.RecordSystem = i % 3 ? "Cerner" : "Epic";
        t.Later = "Went live with a new electronic patient record and shared its blueprints.";
        t.Lat = 52.0;
        t.Lon = -1.0;
        t.Sources = src;
        d.Trusts.push_back(std::move(t));
    }
    TrustGroup group;
    group.Id = "acute-2016";
    group.Label = "Hospital (acute) exemplars";
    group.Date = "2016-09-07";
    d.Groups.push_back(group);
    for (int i = 0; i < 13; ++i) {
        ProgrammeSection s;
        s.Id = "section-" + std::to_string(i + 1);
        s.Heading = "How digital records changed " + std::string(kCategories[i].Conditions[0]) + " care";
        s.Paragraphs = { "Exemplar trusts shared what they learned about electronic patient records with fast followers.",
                         "Funding was matched by each trust and spent on systems, training and staff." };
        s.Sources = src;
        d.Sections.push_back(std::move(s));
    }
    for (int i = 0; i < 8; ++i)
        d.Figures.push_back(KeyFigure{ "figure-" + std::to_string(i + 1), "Up to £" + std::to_string(5 + i) + "m",
                                       "for each exemplar trust", "", src });
    for (int i = 0; i < 39; ++i)
        d.Timeline.push_back(TimelineEvent{ std::to_string(2013 + i / 6) + "-0" + std::to_string(1 + i % 6),
                                            "Milestone " + std::to_string(i + 1) + " for digital exemplars",
                                            "More trusts joined the programme.", src });

    d.SynonymGroups = {
        { "blood sugar", "diabetes", "diabetic", "glucose" },
        { "insomnia", "sleep", "sleepless", "sleeping" },
        { "pregnant", "pregnancy", "expecting a baby", "maternity", "antenatal" },
        { "lungs", "lung", "respiratory", "breathing" },
        { "asthma", "asthmatic", "wheeze", "wheezing" },
        { "self harm", "self-harm", "selfharm", "self injury" },
        { "depression", "mental health", "low mood", "depressed" },
        { "anxiety", "worry", "stress", "anxious", "worried", "worries" },
        { "kids", "children", "child", "childhood" },
        { "fitness", "exercise", "activity", "workout" },
        { "heart rate", "pulse", "heartbeat" },
        { "smartwatch", "smart watch", "wearable", "fitness tracker", "activity tracker" },
        { "gp", "doctor", "general practitioner", "family doctor" },
        { "weight", "diet", "weight loss", "dieting" },
        { "covid", "covid-19", "coronavirus" },
        { "medicine", "medicines", "medication", "tablets" },
    };
    return d;
}

} // namespace core
