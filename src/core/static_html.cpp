// static_html.cpp — the content as semantic HTML pages for readers without the app (layer: core). See static_html.h.
// Every string from the data goes through EscapeHtml, every address through IsLinkableUrl, every id through
// EntryAnchors: the data is never trusted to be well formed.
#include "core/static_html.h"

#include "core/search_everything.h"
#include "core/text_format.h"
#include "core/trust_answer.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <map>
#include <set>
#include <vector>

namespace core {

const WayIn WaysIn[3] = {
    { "Was my trust part of it?", Screen::Trusts, "trusts.html" },
    { "Find a health app", Screen::Apps, "apps.html" },
    { "Advice on wearables", Screen::Wearables, "wearables.html" },
};

const char* const StaticContentBegin = "<!-- APPFINDER:STATIC-CONTENT -->";
const char* const StaticContentEnd = "<!-- /APPFINDER:STATIC-CONTENT -->";

namespace {

// Ids the shell itself uses around the content, and the Programme section's. A data id must never take one of them:
// boot.js finds these elements with getElementById, which returns the first match. FillShell checks the real shell as well.
// The ids shell.html uses (an app whose id is "status" would otherwise be anchored as "app-status").
const char* const kReservedIds[] = { "app-message", "app-status", "app-loading", "app-loading-text", "app-progress", "app-retry", "app-retry-box",
                                     "app-script", "static-content", "app-root", "canvas", "programme", "skip-link", "back-to-app", "back-to-app-link" };

// The pages of the text site, in the nav's order. The Programme lives in index.html, the app's own page.
enum Page_ { Page_Programme,
             Page_Timeline,
             Page_Trusts,
             Page_Apps,
             Page_Wearables,
             Page_Sources,
             Page_COUNT };

struct PageInfo {
    const char* FileName;
    const char* NavLabel;
    const char* Heading;      // the page's h1; in index.html the Programme section's h2
    const char* Description;  // <meta name="description">; index.html keeps the shell's
    const char* AnchorPrefix; // "trust-" for the entries' ids, or nullptr when the page has none
    Screen View;              // the same content in the app: screen and view=
    const char* Tab;
};

const PageInfo kPages[Page_COUNT] = {
    { "index.html", "The programme", "The Global Digital Exemplar programme", "", nullptr, Screen::Programme, "" },
    { "timeline.html", "Timeline", "Timeline",
      "The NHS Global Digital Exemplar programme year by year: each announcement and milestone, with its source.",
      nullptr, Screen::Programme, "timeline" },
    { "trusts.html", "Exemplar trusts", "The exemplar trusts",
      "The NHS trusts chosen as Global Digital Exemplars: where they are, their record systems, and what happened to them later.",
      "trust-", Screen::Trusts, "" },
    { "apps.html", "Health apps", "Health apps",
      "The apps that were listed in the NHS Apps Library: what each is for, who made it, what it costs and what it works on.",
      "app-", Screen::Apps, "" },
    { "wearables.html", "Wearables", "Wearables and health apps",
      "Advice to read before you buy a fitness tracker or smartwatch, or start using a health app.",
      "wearable-", Screen::Wearables, "" },
    { "sources.html", "Sources", "Sources",
      "Every page the facts on this site come from, grouped by publisher.",
      nullptr, Screen::Sources, "" },
};

// "up to £10m", "up to about £2.5m"; "not known" for NaN or an absurd sum.
std::string Ceiling(double millions, bool approximate)
{
    const std::string sum = Money(millions);
    if (sum == NotKnown("")) return sum;
    return std::string(approximate ? "up to about " : "up to ") + sum;
}

// The values of every id="..." attribute in `html`, in order.
std::vector<std::string> ScanIds(const std::string& html)
{
    std::vector<std::string> ids;
    for (size_t at = html.find("id=\""); at != std::string::npos; at = html.find("id=\"", at + 4)) {
        if (at == 0 || (html[at - 1] != ' ' && html[at - 1] != '\n' && html[at - 1] != '\t')) continue;
        const size_t end = html.find('"', at + 4);
        if (end == std::string::npos) break;
        ids.push_back(html.substr(at + 4, end - at - 4));
    }
    return ids;
}

// The keys of a page's entries, in data order: ODS codes on the trusts page, app ids, wearable topic ids.
std::vector<std::string> EntryKeys(const Dataset& data, int page)
{
    std::vector<std::string> keys;
    if (page == Page_Trusts)
        for (const Trust& t : data.Trusts) keys.push_back(t.OdsCode);
    if (page == Page_Apps)
        for (const App& a : data.Apps) keys.push_back(a.Id);
    if (page == Page_Wearables)
        for (const WearableTopic& t : data.Topics) keys.push_back(t.Id);
    return keys;
}

// The ids of a page's entries, in data order: the page's prefix + key with anything but [A-Za-z0-9_-] made '-', then
// "-2", "-3"... until no other element has it. The writer and TextPageFor both take them from here, so the app's
// "Text-only version" lands on the entry it showed.
std::vector<std::string> EntryAnchors(const Dataset& data, int page)
{
    std::vector<std::string> anchors;
    if (!kPages[page].AnchorPrefix) return anchors;
    std::set<std::string> taken(std::begin(kReservedIds), std::end(kReservedIds));
    for (const std::string& key : EntryKeys(data, page)) {
        std::string base = kPages[page].AnchorPrefix;
        for (char c : key) {
            const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            base += plain ? c : '-';
        }
        std::string id = base;
        for (int n = 2; !taken.insert(id).second; n++) id = base + "-" + std::to_string(n);
        anchors.push_back(id);
    }
    return anchors;
}

const char* const kSiteName = "Digital Exemplars &amp; Apps Finder"; // as HTML
const char* const kAppNameText = "Digital Exemplars & Apps Finder";  // as text

// Appends one page's HTML to one string. Raw() is for our own markup only; everything from the data goes through Text().
struct Writer {
    const Dataset& Data;
    const int Page;
    const char* const Sub;                               // entries' headings: h3 under index.html's h2, h2 under a page's h1
    const EmbedOptions* Scope = nullptr;                 // a scoped apps page: only the apps in scope, under its own h1
    const std::vector<unsigned char>* InScope = nullptr; // a search scope's apps, by index (AppsInSearchScope)
    std::string Out;

    Writer(const Dataset& data, int page) : Data(data), Page(page), Sub(page == Page_Programme ? "h3" : "h2") {}

    void Raw(const char* s) { Out += s; }
    void Text(const std::string& s) { Out += EscapeHtml(s); }
    void Element(const char* tag, const std::string& text, const char* cls = nullptr)
    {
        Out += '<';
        Out += tag;
        if (cls) {
            Out += " class=\"";
            Out += cls;
            Out += '"';
        }
        Out += '>';
        Text(text);
        Out += "</";
        Out += tag;
        Out += ">\n";
    }

    // A heading below the page's (or the Programme section's) own; `id` comes from EntryAnchors.
    void SubHeading(const std::string& text, const std::string& id = "")
    {
        if (id.empty()) {
            Element(Sub, text);
            return;
        }
        Out += '<';
        Out += Sub;
        Out += " id=\"";
        Out += id;
        Out += "\">";
        Text(text);
        Out += "</";
        Out += Sub;
        Out += ">\n";
    }

    // The address of an entry of `page`: "#id" on that page itself, "trusts.html#id" from any other.
    std::string Href(int page, const std::string& id) const
    {
        return (page == Page ? std::string() : kPages[page].FileName) + "#" + id;
    }

    // A link that opens in a new tab, or the text alone when the address is not one we let through.
    void ExternalLink(const std::string& text, const std::string& url, const std::string& aria_label = "")
    {
        if (!IsLinkableUrl(url)) {
            Text(text);
            return;
        }
        Raw("<a href=\"");
        Text(url);
        Raw("\" rel=\"noopener noreferrer\" target=\"_blank\"");
        if (!aria_label.empty()) {
            Raw(" aria-label=\"");
            Text(aria_label);
            Raw("\"");
        }
        Raw(">");
        Text(text);
        Raw("</a>");
    }

    // Urgent advice first, in a box of its own (app.css: .urgent), with the numbers as links a phone can call.
    void UrgentAdviceBox(const UrgentAdvice& u)
    {
        Raw("<div class=\"urgent\">\n<p class=\"urgent-heading\"><strong>");
        Text(u.Heading);
        Raw("</strong></p>\n<ul>\n");
        for (const std::string& sign : u.Signs) Element("li", sign);
        Raw("</ul>\n");
        if (!u.Note.empty()) Element("p", u.Note);
        Raw("<p><strong>");
        PhoneLink("Call 999", "tel:999");
        Raw("</strong></p>\n");
        if (!u.NonUrgent.empty()) {
            Element("p", u.NonUrgent);
            Raw("<p>");
            PhoneLink("Call NHS 111", "tel:111");
            Raw("</p>\n");
        }
        Raw("</div>\n");
    }

    // A number to call, where the link rule allows it (tel:999, tel:111); the words alone otherwise.
    void PhoneLink(const std::string& text, const std::string& url)
    {
        if (!IsLinkableUrl(url)) {
            Text(text);
            return;
        }
        Raw("<a href=\"");
        Text(url);
        Raw("\">");
        Text(text);
        Raw("</a>");
    }

    void Time(const std::string& date)
    {
        if (!IsDate(date)) {
            Text(NotKnown(date));
            return;
        }
        Raw("<time datetime=\"");
        Raw(date.c_str());
        Raw("\">");
        Text(ReadableDate(date));
        Raw("</time>");
    }

    // "Sources: <a>Title</a> (Publisher); ..." in a <p> or <dd>; nothing when no cited source exists. On the
    // Programme, which index.html carries and so every visitor downloads, a source is cited by publisher and
    // date, linked to its full entry (title and address) on sources.html: the same facts, a third of the bytes.
    void Sources(const std::vector<std::string>& ids, const char* tag = "p")
    {
        std::vector<const Source*> found;
        for (const std::string& id : ids)
            if (const Source* s = Data.FindSource(id)) found.push_back(s);
        if (found.empty()) return;
        Out += '<';
        Out += tag;
        Out += " class=\"sources\">";
        Raw(found.size() == 1 ? "Source: " : "Sources: ");
        for (size_t i = 0; i < found.size(); i++) {
            if (i > 0) Raw("; ");
            if (Page == Page_Programme) {
                Raw("<a href=\"sources.html#source-");
                Text(found[i]->Id);
                Raw("\">");
                Text(found[i]->Publisher.empty() ? found[i]->Title : found[i]->Publisher);
                if (!found[i]->Date.empty()) {
                    Raw(", ");
                    Text(ReadableDate(found[i]->Date));
                }
                Raw("</a>");
                continue;
            }
            ExternalLink(found[i]->Title, found[i]->Url);
            if (!found[i]->Publisher.empty()) {
                Raw(" (");
                Text(found[i]->Publisher);
                Raw(")");
            }
        }
        Out += "</";
        Out += tag;
        Out += ">\n";
    }

    void DefinitionPair(const char* term, const std::string& value)
    {
        Raw("<dt>");
        Raw(term);
        Raw("</dt><dd>");
        Text(value);
        Raw("</dd>\n");
    }

    void NoneListed(bool empty)
    {
        if (empty) Raw("<p>None listed.</p>\n");
    }

    void Begin();
    void End();
    void Programme();
    void Timeline();
    void Trusts();
    void Apps();
    void Wearables();
    void SourceList();
    void Card(const EmbedOptions& card, const std::string& see_more);
};

// The nav every page starts with, then the top of <main>: in index.html the site's title, the loading note and the
// Programme's section; in a text page its h1 and a link to the same screen in the app.
void Writer::Begin()
{
    Raw("<header>\n<nav aria-label=\"Sections\"><ul>");
    for (int p = 0; p < Page_COUNT; p++) {
        Raw("<li><a href=\"");
        Raw(kPages[p].FileName);
        Raw(p == Page ? "\" aria-current=\"page\">" : "\">");
        Raw(kPages[p].NavLabel);
        Raw("</a></li>");
    }
    Raw("</ul></nav>\n</header>\n<main>\n");
    if (Page == Page_Programme) {
        Raw("<h1>");
        Raw(kSiteName);
        Raw("</h1>\n"
            "<p>This site explains the NHS England Global Digital Exemplar programme, lists the exemplar trusts, and lets "
            "you search apps that were listed in the NHS Apps Library and advice on wearable devices.</p>\n"
            "<p class=\"loading-note\">The interactive version is loading: it needs JavaScript and WebGL 2. Everything it "
            "shows is also here as text, on this page and the pages linked above. Links to other sites open in a new tab.</p>\n"
            "<section id=\"programme\">\n<h2>");
        Raw(kPages[Page].Heading);
        Raw("</h2>\n");
        return;
    }
    Route in_app;
    in_app.View = kPages[Page].View;
    in_app.Tab = kPages[Page].Tab;
    Raw("<h1>");
    if (Scope) Text(ScopeDescription(*Scope, Data));
    else Raw(kPages[Page].Heading);
    Raw("</h1>\n<p class=\"page-note\">Part of the text version of ");
    Raw(kSiteName);
    Raw(". <a href=\"index.html");
    if (Scope) {
        Raw("?");
        Text(FormatEmbedOptions(*Scope));
    }
    Text(FormatRoute(in_app));
    Raw("\">Interactive version</a> of this page (it needs "
        "JavaScript and WebGL 2). Links to other sites open in a new tab.</p>\n");
}

void Writer::End() { Raw(Page == Page_Programme ? "</section>\n</main>\n" : "</main>\n"); }

void Writer::Programme()
{
    // What it was, in two plain sentences, then the three ways in; the figures and the longer story after.
    for (const std::string& p : Data.Intro.Paragraphs) Element("p", p);
    Sources(Data.Intro.Sources);
    Raw("<ul class=\"ways-in\">");
    for (const WayIn& w : WaysIn) {
        Raw("<li><a href=\"");
        Raw(w.TextPage);
        Raw("\">");
        Raw(w.Label);
        Raw("</a></li>");
    }
    Raw("</ul>\n");
    for (const ProgrammeSection& s : Data.Sections) {
        SubHeading(s.Heading);
        for (const std::string& p : s.Paragraphs) Element("p", p);
        Sources(s.Sources);
    }

    SubHeading("Key figures");
    NoneListed(Data.Figures.empty());
    if (!Data.Figures.empty()) {
        Raw("<dl>\n");
        for (const KeyFigure& f : Data.Figures) {
            Raw("<dt>");
            Text(f.Value);
            Raw("</dt><dd>");
            Text(f.Caption);
            Raw("</dd>");
            if (!f.Caveat.empty()) {
                Raw("<dd class=\"note\">Note: ");
                Text(f.Caveat);
                Raw("</dd>");
            }
            Raw("\n");
            Sources(f.Sources, "dd");
        }
        Raw("</dl>\n");
    }

    SubHeading("Where the money was meant to go");
    NoneListed(Data.FundingTiers.empty());
    if (!Data.FundingTiers.empty()) {
        Raw("<p>The most central money each group of trusts could receive: the number of trusts times the most each "
            "could get. These are ceilings, not what was paid.</p>\n"
            "<table>\n<caption>Funding tiers</caption>\n<thead><tr><th scope=\"col\">Tier</th><th scope=\"col\">Trusts</th>"
            "<th scope=\"col\">Most each</th><th scope=\"col\">Most in total</th><th scope=\"col\">Notes</th></tr></thead>\n<tbody>\n");
        for (const FundingTier& t : Data.FundingTiers) {
            const std::string about = t.TrustsApproximate ? "about " : "";
            Raw("<tr><th scope=\"row\">");
            Text(t.Label);
            Raw("</th><td>");
            Text(about + std::to_string(t.Trusts));
            Raw("</td><td>");
            Text(Ceiling(t.MaxEachGbpM, false));
            Raw("</td><td>");
            Text(Ceiling(t.Trusts * t.MaxEachGbpM, t.TrustsApproximate));
            Raw("</td><td>");
            if (!t.Caveat.empty()) {
                Raw("<p class=\"note\">Note: ");
                Text(t.Caveat);
                Raw("</p>");
            }
            Sources(t.Sources);
            Raw("</td></tr>\n");
        }
        Raw("</tbody>\n</table>\n");
    }
}

void Writer::Timeline()
{
    NoneListed(Data.Timeline.empty());
    // The loader sorts events by date; sort again so a hand-made Dataset cannot split a year in two.
    std::vector<const TimelineEvent*> events;
    for (const TimelineEvent& e : Data.Timeline) events.push_back(&e);
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent* a, const TimelineEvent* b) {
        return IsDate(a->Date) && (!IsDate(b->Date) || a->Date < b->Date);
    });
    std::string year = "\n"; // matches no real year, so the first event opens a list
    for (const TimelineEvent* e : events) {
        const std::string this_year = IsDate(e->Date) ? e->Date.substr(0, 4) : "Date not known";
        if (this_year != year) {
            if (year != "\n") Raw("</ol>\n");
            SubHeading(this_year);
            Raw("<ol>\n");
            year = this_year;
        }
        Raw("<li><p>");
        Time(e->Date);
        Raw(": <strong>");
        Text(e->Title);
        Raw("</strong></p>");
        if (!e->Detail.empty()) {
            Raw("<p>");
            Text(e->Detail);
            Raw("</p>");
        }
        Sources(e->Sources);
        Raw("</li>\n");
    }
    if (year != "\n") Raw("</ol>\n");
}

void Writer::Trusts()
{
    NoneListed(Data.Trusts.empty());
    if (Data.Trusts.empty()) return;
    Raw("<p>These NHS trusts took part in the Global Digital Exemplar programme: the exemplars, and the fast followers "
        "paired with them. The table lists them; details of each follow it.</p>\n");
    const std::vector<std::string> ids = EntryAnchors(Data, Page_Trusts);

    Raw("<table>\n<caption>Exemplar trusts</caption>\n<thead><tr><th scope=\"col\">Trust</th><th scope=\"col\">Town</th>"
        "<th scope=\"col\">Region</th><th scope=\"col\">Group</th><th scope=\"col\">Record system</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < Data.Trusts.size(); i++) {
        const Trust& t = Data.Trusts[i];
        const TrustGroup* g = Data.FindGroup(t.Group);
        Raw("<tr><th scope=\"row\"><a href=\"");
        Raw(Href(Page_Trusts, ids[i]).c_str());
        Raw("\">");
        Text(NotKnown(t.OfficialName));
        Raw("</a></th><td>");
        Text(NotKnown(t.MainTown));
        Raw("</td><td>");
        Text(NotKnown(t.Region));
        Raw("</td><td>");
        Text(g ? g->Label : NotKnown(t.Group));
        Raw("</td><td>");
        Text(NotKnown(t.RecordSystem));
        Raw("</td></tr>\n");
    }
    Raw("</tbody>\n</table>\n");

    for (size_t i = 0; i < Data.Trusts.size(); i++) {
        const Trust& t = Data.Trusts[i];
        SubHeading(NotKnown(t.OfficialName), ids[i]);
        Element("p", TrustSentence(Data, t));
        if (!t.Partners.empty()) {
            Raw(TierOf(Data, t) == TrustTier::FastFollower ? "<p>Its exemplar: " : "<p>Its fast followers: ");
            for (size_t j = 0; j < t.Partners.size(); j++) {
                const auto at = std::find_if(Data.Trusts.begin(), Data.Trusts.end(), [&](const Trust& x) { return x.OdsCode == t.Partners[j]; });
                if (at == Data.Trusts.end()) continue;
                Raw(j ? ", <a href=\"" : "<a href=\"");
                Raw(Href(Page_Trusts, ids[static_cast<size_t>(at - Data.Trusts.begin())]).c_str());
                Raw("\">");
                Text(at->OfficialName + (at->Dropped.empty() ? "" : " (pairing dropped)"));
                Raw("</a>");
            }
            Raw(".</p>\n");
        }
        Raw("<dl>\n");
        DefinitionPair("Name when announced", NotKnown(t.NameAsAnnounced));
        DefinitionPair("Organisation code (ODS)", NotKnown(t.OdsCode));
        DefinitionPair("Main hospital", NotKnown(t.MainHospital));
        DefinitionPair("What happened later", NotKnown(t.Later));
        Raw("</dl>\n");
        Sources(t.Sources);
    }
}

void Writer::Apps()
{
    const AppsListing& l = Data.Listing;
    std::string note = l.Note;
    if (note.empty())
        note = "The NHS Apps Library closed" + (l.Closed.empty() ? std::string() : " in " + ReadableDate(l.Closed)) +
               ". This list shows the apps as they were listed there" + (l.AsOf.empty() ? std::string() : " in " + ReadableDate(l.AsOf)) + ".";
    Element("p", note, "notice");
    Sources(l.Sources);
    NoneListed(Data.Apps.empty());

    const std::vector<std::string> ids = EntryAnchors(Data, Page_Apps);
    if (InScope && std::find(InScope->begin(), InScope->end(), 1) == InScope->end())
        Element("p", "No app matches these words.");
    for (size_t i = 0; i < Data.Apps.size(); i++) {
        const App& a = Data.Apps[i];
        if (Scope && (InScope ? !(*InScope)[i] : !AppInScope(*Scope, a))) continue;
        SubHeading(NotKnown(a.Name), ids[i]);
        if (!a.Closed.empty()) Element("p", "This app closed on " + ReadableDate(a.Closed) + ".", "notice");
        if (!a.Description.empty()) Element("p", a.Description);
        const std::string topics = CategoryList(Data, a.Categories), platforms = PlatformList(a.Platforms);
        Raw("<dl>\n");
        DefinitionPair("Developer", NotKnown(a.Developer));
        DefinitionPair("Topics", NotKnown(topics));
        DefinitionPair("Works on", NotKnown(platforms));
        DefinitionPair("Cost", NotKnown(a.Cost));
        DefinitionPair("NHS label (April 2017)", NotKnown(BadgeLabel(a.AppBadge)));
        DefinitionPair("Listed in the NHS Apps Library", NotKnown(ReadableDate(a.Listed)));
        Raw("</dl>\n");
        if (IsLinkableUrl(a.AppStore) || IsLinkableUrl(a.GooglePlay)) {
            Raw("<p>Get the app: ");
            if (IsLinkableUrl(a.AppStore)) ExternalLink("App Store (UK)", a.AppStore, "App Store (UK): " + a.Name);
            if (IsLinkableUrl(a.AppStore) && IsLinkableUrl(a.GooglePlay)) Raw(" \u00b7 ");
            if (IsLinkableUrl(a.GooglePlay)) ExternalLink("Google Play", a.GooglePlay, "Google Play: " + a.Name);
            Raw("</p>\n");
        }
        if (IsLinkableUrl(a.Url)) {
            Raw("<p>");
            ExternalLink("Open website", a.Url, "Open website: " + a.Name);
            Raw("</p>\n");
        } else {
            Raw("<p>Website: not known</p>\n");
        }
        Sources(a.Sources);
    }
}

void Writer::Wearables()
{
    Raw("<p>Advice to read before you buy a fitness tracker or smartwatch, or start using a health app.</p>\n");
    NoneListed(Data.Topics.empty());
    const std::vector<std::string> ids = EntryAnchors(Data, Page_Wearables);
    std::map<std::string, std::string> topic_ids; // topic id -> its element id, for the checklist's links
    for (size_t i = 0; i < Data.Topics.size(); i++) {
        const WearableTopic& t = Data.Topics[i];
        topic_ids.emplace(t.Id, ids[i]);
        SubHeading(NotKnown(t.Title), ids[i]);
        if (!t.Urgent.Empty()) UrgentAdviceBox(t.Urgent);
        if (!t.Summary.empty()) Element("p", t.Summary);
        if (!t.Points.empty()) {
            Raw("<ul>\n");
            for (const std::string& p : t.Points) Element("li", p);
            Raw("</ul>\n");
        }
        Sources(t.Sources);
    }
    if (!Data.Checklist.empty()) {
        SubHeading("What to check before you buy");
        Raw("<ul>\n");
        for (const ChecklistItem& c : Data.Checklist) {
            Raw("<li>");
            Text(c.Text);
            const WearableTopic* t = Data.FindTopic(c.Topic);
            const auto id = topic_ids.find(c.Topic);
            if (t && id != topic_ids.end()) {
                Raw(" (see <a href=\"");
                Raw(Href(Page_Wearables, id->second).c_str());
                Raw("\">");
                Text(NotKnown(t->Title));
                Raw("</a>)");
            }
            Raw("</li>\n");
        }
        Raw("</ul>\n");
    }
}

void Writer::SourceList()
{
    Raw("<p>Every fact on this site comes from one of these pages.</p>\n");
    NoneListed(Data.Sources.empty());
    std::map<std::string, std::vector<const Source*>> by_publisher;
    for (const Source& s : Data.Sources) by_publisher[NotKnown(s.Publisher)].push_back(&s);
    for (const auto& group : by_publisher) {
        SubHeading(group.first);
        Raw("<ul>\n");
        for (const Source* s : group.second) {
            Raw("<li id=\"source-");
            Text(s->Id);
            Raw("\">");
            ExternalLink(NotKnown(s->Title), s->Url);
            if (!s->Date.empty()) {
                Raw(", ");
                Time(s->Date);
            }
            Raw("</li>\n");
        }
        Raw("</ul>\n");
    }
}

// A card (card=): a heading, a grey line, a few facts, a note, the sources and "See more" in a new tab. Every kind
// differs only in its text. Nothing when the data has no such entry.
void Writer::Card(const EmbedOptions& card, const std::string& see_more)
{
    std::string title, line, note;
    std::vector<std::pair<const char*, std::string>> facts;
    const std::vector<std::string>* sources = nullptr;
    auto fact = [&facts](const char* label, const std::string& value) { if (!value.empty()) facts.emplace_back(label, value); };
    if (card.Card == CardKind::Trust) {
        if (const Trust* t = Data.FindTrust(card.CardId)) {
            const TrustGroup* g = Data.FindGroup(t->Group);
            title = t->OfficialName;
            line = (TierOf(Data, *t) == TrustTier::FastFollower ? "Fast follower" : "Global Digital Exemplar") + (g ? ": " + g->Label : std::string());
            fact("Part in the programme", TrustSentence(Data, *t));
            fact("Where", t->MainTown + (t->Region.empty() || t->Region == t->MainTown ? "" : ", " + t->Region));
            fact("Main hospital", t->MainHospital);
            fact("Electronic record system", t->RecordSystem);
            fact("What happened later", t->Later);
            sources = &t->Sources;
        }
    } else if (card.Card == CardKind::App) {
        if (const App* a = Data.FindApp(card.CardId)) {
            title = a->Name;
            line = CategoryList(Data, a->Categories) + " \u00b7 " + PlatformList(a->Platforms);
            fact("", a->Description);
            fact("Developer", a->Developer);
            fact("Cost", a->Cost);
            note = ListedNote(Data, *a);
            sources = &a->Sources;
        }
    } else if (card.Card == CardKind::Wearable) {
        if (const WearableTopic* t = Data.FindTopic(card.CardId)) {
            title = t->Title;
            fact("", t->Summary);
            sources = &t->Sources;
        }
    } else {
        for (const KeyFigure& f : Data.Figures)
            if (f.Id == card.CardId) {
                title = f.Value;
                line = "NHS Global Digital Exemplar programme";
                fact("", f.Caption);
                if (!f.Caveat.empty()) note = "Note: " + f.Caveat;
                sources = &f.Sources;
            }
    }
    if (!sources) return;
    Element("h1", title);
    if (!line.empty()) Element("p", line, "card-line");
    for (const auto& f : facts) {
        Raw("<p>");
        if (*f.first) {
            Raw("<strong>");
            Raw(f.first);
            Raw(":</strong> ");
        }
        Text(f.second);
        Raw("</p>\n");
    }
    if (card.Card == CardKind::Wearable) {
        const WearableTopic* t = Data.FindTopic(card.CardId);
        if (!t->Points.empty()) {
            Raw("<ul>\n");
            for (const std::string& p : t->Points) Element("li", p);
            Raw("</ul>\n");
        }
    }
    if (!note.empty()) Element("p", note, "note");
    Sources(*sources);
    // The accessible name starts with the visible text (WCAG 2.5.3), then says what and where.
    Raw("<p class=\"see-more\"><a href=\"");
    Text(see_more);
    Raw("\" target=\"_blank\" rel=\"noopener\" aria-label=\"See more in the "
        "Digital Exemplars &amp; Apps Finder: ");
    Text(title);
    Raw(" (opens in a new tab)\">See more in the Digital Exemplars &amp; Apps Finder</a></p>\n");
}

// One page's content: the nav, then <main> with the page's own part of the data.
std::string RenderPage(const Dataset& data, int page, const EmbedOptions* scope = nullptr,
                       const std::vector<unsigned char>* in_scope = nullptr)
{
    Writer w(data, page);
    w.Scope = scope;
    w.InScope = in_scope;
    w.Begin();
    switch (page) {
    case Page_Programme: w.Programme(); break;
    case Page_Timeline: w.Timeline(); break;
    case Page_Trusts: w.Trusts(); break;
    case Page_Apps: w.Apps(); break;
    case Page_Wearables: w.Wearables(); break;
    default: w.SourceList(); break;
    }
    w.End();
    return std::move(w.Out);
}

// The shell's <meta http-equiv="Content-Security-Policy"> (first, so it covers what follows), <link rel="stylesheet">
// and <link rel="icon"> elements as written, one a line: the text pages take them, so every page shares one
// stylesheet whatever the build renames it to, and protects itself on a host that sends no policy header.
std::string ShellHeadLinks(const std::string& shell)
{
    std::string links;
    const size_t head_end = shell.find("</head>");
    if (head_end == std::string::npos) return links;
    const size_t policy = shell.find("<meta http-equiv=\"Content-Security-Policy\"");
    if (policy < head_end && shell.find('>', policy) < head_end)
        links += shell.substr(policy, shell.find('>', policy) + 1 - policy) + "\n";
    for (size_t at = shell.find("<link "); at < head_end; at = shell.find("<link ", at + 1)) {
        const size_t end = shell.find('>', at);
        if (end == std::string::npos) break;
        const std::string tag = shell.substr(at, end + 1 - at);
        if (tag.find(" rel=\"stylesheet\"") != std::string::npos || tag.find(" rel=\"icon\"") != std::string::npos)
            links += tag + "\n";
    }
    return links;
}

// A text page: `content` in the same wrapper as index.html's, under the shell's links; no scripts.
std::string TextDocument(int page, const std::string& links, const std::string& content, const std::string& title = "")
{
    std::string html = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
    html += title.empty() ? std::string(kPages[page].Heading) : EscapeHtml(title);
    html += " \u2013 ";
    html += kSiteName;
    html += "</title>\n<meta name=\"description\" content=\"";
    html += kPages[page].Description;
    html += "\">\n";
    html += links;
    html += "</head>\n<body>\n<div id=\"static-content\" class=\"static-content\">\n";
    html += content;
    html += "</div>\n</body>\n</html>\n";
    return html;
}

// Search words that can name a file as they are, spaces becoming '-': [a-z0-9] words separated by single spaces.
bool PlainWords(const std::string& words)
{
    if (words.empty() || words.size() > 60 || words.front() == ' ' || words.back() == ' ') return false;
    for (size_t i = 0; i < words.size(); i++) {
        const char c = words[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == ' ' && words[i - 1] != ' '))) return false;
    }
    return true;
}

// A scope's own text page ("apps-topic-diabetes.html", "apps-search-asthma.html"), or "" when it has none: a value
// that is not plain [a-z0-9-] (so a file name is always safe), or search words the builder does not offer.
std::string ScopePageName(const EmbedOptions& o, const Dataset& data)
{
    if (o.Scope == ScopeKind::Search) { // only words the builder offers: a synonym group's first (SearchScopeWords)
        std::string name = o.ScopeValue;
        for (const std::vector<std::string>& group : data.SynonymGroups)
            if (!group.empty() && group[0] == name && PlainWords(name)) {
                std::replace(name.begin(), name.end(), ' ', '-');
                return "apps-search-" + name + ".html";
            }
        return "";
    }
    if (o.Scope == ScopeKind::None || o.ScopeValue.empty() || o.ScopeValue.size() > 60) return "";
    for (char c : o.ScopeValue)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return "";
    const char* kind = o.Scope == ScopeKind::Topic ? "topic" : o.Scope == ScopeKind::Platform ? "platform"
                                                                                              : "cost";
    return std::string("apps-") + kind + "-" + o.ScopeValue + ".html";
}

// A card's own page ("card-trust-RAL.html"), or "" when the id is not plain [A-Za-z0-9-].
std::string CardPageName(const EmbedOptions& o)
{
    if (!o.IsCard() || o.CardId.empty() || o.CardId.size() > 60) return "";
    for (char c : o.CardId)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return "";
    const char* const kinds[] = { "", "trust", "app", "wearable", "figure" };
    return std::string("card-") + kinds[static_cast<int>(o.Card)] + "-" + o.CardId + ".html";
}

// Every scope with a page: each topic, platform and cost.
std::vector<EmbedOptions> PageScopes(const Dataset& data)
{
    std::vector<EmbedOptions> scopes;
    auto add = [&scopes, &data](ScopeKind kind, const std::string& value) {
        EmbedOptions o;
        o.Scope = kind;
        o.ScopeValue = value;
        if (!ScopePageName(o, data).empty()) scopes.push_back(o);
    };
    for (const Category& c : data.Categories) add(ScopeKind::Topic, c.Id);
    for (const char* p : { "ios", "android", "web" }) add(ScopeKind::Platform, p);
    for (const char* c : { "free", "paid", "not-known" }) add(ScopeKind::Cost, c);
    for (const std::string& words : SearchScopeWords(data)) add(ScopeKind::Search, words);
    return scopes;
}

} // namespace

std::vector<std::string> SearchScopeWords(const Dataset& data)
{
    std::vector<std::string> words;
    for (const std::vector<std::string>& group : data.SynonymGroups)
        if (!group.empty() && PlainWords(group[0]) && std::find(words.begin(), words.end(), group[0]) == words.end())
            words.push_back(group[0]);
    return words;
}

std::string ScopeDescription(const EmbedOptions& o, const Dataset& data)
{
    std::string what = o.ScopeValue;
    if (o.Scope == ScopeKind::Topic) {
        if (const Category* c = data.FindCategory(what)) what = c->Label;
        // "Diabetes" -> "diabetes", but "COPD" stays as it is.
        if (what.size() > 1 && what[0] >= 'A' && what[0] <= 'Z' && !(what[1] >= 'A' && what[1] <= 'Z')) what[0] = static_cast<char>(what[0] + 32);
        what = "Apps for " + what;
    } else if (o.Scope == ScopeKind::Platform) {
        what = std::string("Apps for ") + (what == "ios" ? "iOS" : what == "android" ? "Android"
                                                                                     : "the web");
    } else if (o.Scope == ScopeKind::Cost) {
        what = what == "free" ? "Free apps" : what == "paid" ? "Paid apps"
                                                             : "Apps whose cost is not known";
    } else {
        what = "Apps found for \u201c" + what + "\u201d";
    }
    what += ", from the NHS Apps Library";
    const std::string& as_of = data.Listing.AsOf; // "2020-11"
    const int month = as_of.size() == 7 ? (as_of[5] - '0') * 10 + (as_of[6] - '0') : 0;
    if (month >= 1 && month <= 12) what += std::string(" as listed in ") + MonthName(month) + " " + as_of.substr(0, 4);
    return what;
}

std::string EscapeHtml(const std::string& text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (size_t i = 0; i < text.size();) {
        std::uint32_t cp = 0;
        const size_t len = Utf8Sequence(text, i, cp);
        if (len == 0) {
            out += "\xEF\xBF\xBD";
            i++;
            continue;
        } // U+FFFD for each bad byte
        switch (cp) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:
            // Control characters other than tab and newline are parse errors in HTML: leave them out.
            if ((cp >= 0x20 && cp < 0x7F) || cp == '\t' || cp == '\n' || cp > 0x9F) out.append(text, i, len);
        }
        i += len;
    }
    return out;
}

std::vector<StaticPage> RenderStaticSite(const Dataset& data, const std::string& shell, std::string& error)
{
    std::vector<StaticPage> pages;
    pages.push_back({ kPages[Page_Programme].FileName, FillShell(shell, RenderPage(data, Page_Programme), error) });
    if (!error.empty()) return {};
    const std::string links = ShellHeadLinks(shell);
    if (links.find(" rel=\"stylesheet\"") == std::string::npos) {
        error = "the shell has no <link rel=\"stylesheet\"> in its <head> for the text pages to share";
        return {};
    }
    for (int p = Page_Programme + 1; p < Page_COUNT; p++)
        pages.push_back({ kPages[p].FileName, TextDocument(p, links, RenderPage(data, p)) });
    return pages;
}

std::vector<StaticPage> RenderScopePages(const Dataset& data, const std::string& shell)
{
    std::vector<StaticPage> pages;
    const std::string links = ShellHeadLinks(shell);
    SearchIndex index; // the app's own engine, for the search scopes' apps
    index.Build(data);
    for (const EmbedOptions& scope : PageScopes(data)) {
        std::vector<unsigned char> in_scope;
        if (scope.Scope == ScopeKind::Search) in_scope = AppsInSearchScope(index, scope.ScopeValue, data.Apps.size());
        pages.push_back({ ScopePageName(scope, data),
                          TextDocument(Page_Apps, links, RenderPage(data, Page_Apps, &scope, in_scope.empty() ? nullptr : &in_scope),
                                       ScopeDescription(scope, data) + " \u2013 " + kAppNameText) });
    }
    return pages;
}

std::string EmbedChoices(const Dataset& data)
{
    std::string out;
    // One <template id="choices-KIND"> of <option>s per kind; each option's data-text is the text page of that choice.
    auto begin = [&out](const char* kind) { out += "<template id=\"choices-"; out += kind; out += "\">\n"; };
    auto option = [&out, &data](const std::string& value, const std::string& label, const EmbedOptions& o) {
        out += "<option value=\"";
        out += EscapeHtml(value);
        out += "\" data-text=\"";
        out += EscapeHtml(TextPageFor(o.IsCard() ? Route() : DetailRoute(Screen::Apps, ""), data, o));
        out += "\">";
        out += EscapeHtml(label);
        out += "</option>\n";
    };
    auto end = [&out] { out += "</template>\n"; };
    auto scope = [](ScopeKind kind, const std::string& value) { EmbedOptions o; o.Scope = kind; o.ScopeValue = value; return o; };
    auto card = [](CardKind kind, const std::string& id) { EmbedOptions o; o.Card = kind; o.CardId = id; return o; };
    begin("topic");
    for (const Category& c : data.Categories) option(c.Id, c.Label, scope(ScopeKind::Topic, c.Id));
    end();
    begin("platform");
    for (Platform_ p : { Platform_Ios, Platform_Android, Platform_Web }) option(PlatformKey(p), PlatformName(p), scope(ScopeKind::Platform, PlatformKey(p)));
    end();
    begin("cost");
    const char* const costs[][2] = { { "free", "Free" }, { "paid", "Paid" }, { "not-known", "Cost not known" } };
    for (const auto& c : costs) option(c[0], c[1], scope(ScopeKind::Cost, c[0]));
    end();
    // Only searches with a text page of their own, and only those that find an app: the text version keeps the scope.
    begin("search");
    SearchIndex index;
    index.Build(data);
    for (const std::string& words : SearchScopeWords(data)) {
        const std::vector<unsigned char> in_scope = AppsInSearchScope(index, words, data.Apps.size());
        const auto n = std::count(in_scope.begin(), in_scope.end(), 1);
        if (n > 0) option(words, words + " (" + std::to_string(n) + (n == 1 ? " app)" : " apps)"), scope(ScopeKind::Search, words));
    }
    end();
    begin("trust");
    for (const Trust& t : data.Trusts) option(t.OdsCode, t.OfficialName, card(CardKind::Trust, t.OdsCode));
    end();
    begin("app");
    for (const App& a : data.Apps) option(a.Id, a.Name, card(CardKind::App, a.Id));
    end();
    begin("wearable");
    for (const WearableTopic& t : data.Topics) option(t.Id, t.Title, card(CardKind::Wearable, t.Id));
    end();
    begin("figure");
    for (const KeyFigure& f : data.Figures) option(f.Id, f.Value + ": " + f.Caption, card(CardKind::Figure, f.Id));
    end();
    return out;
}

std::vector<StaticPage> RenderCardPages(const Dataset& data, const std::string& shell)
{
    std::vector<StaticPage> pages;
    const std::string links = ShellHeadLinks(shell);
    auto add = [&](CardKind kind, const std::string& id) {
        EmbedOptions o;
        o.Card = kind;
        o.CardId = id;
        const std::string name = CardPageName(o);
        if (name.empty()) return;
        Writer w(data, Page_Programme);
        w.Card(o, "index.html" + CardRoute(o));
        const size_t end = w.Out.find("</h1>");
        const std::string title = w.Out.substr(4, end - 4); // already escaped
        std::string html = "<!doctype html>\n<html lang=\"en\" class=\"card-page\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
        html += title + " \u2013 " + kSiteName + "</title>\n" + links + "<script src=\"card.js\" defer></script>\n</head>\n"
                                                                        "<body>\n<main class=\"static-content card\">\n" +
                w.Out + "</main>\n</body>\n</html>\n";
        pages.push_back({ name, html });
    };
    for (const Trust& t : data.Trusts) add(CardKind::Trust, t.OdsCode);
    for (const App& a : data.Apps) add(CardKind::App, a.Id);
    for (const WearableTopic& t : data.Topics) add(CardKind::Wearable, t.Id);
    for (const KeyFigure& f : data.Figures) add(CardKind::Figure, f.Id);
    return pages;
}

std::string TextPageFor(const Route& route, const Dataset& data, const EmbedOptions& embed)
{
    if (embed.IsCard()) {
        const std::string card = CardPageName(embed);
        return card.empty() ? "index.html" : card;
    }
    std::string href = TextPageFor(route, data);
    const std::string scoped = ScopePageName(embed, data); // a scope is only ever one the data has (ParseEmbedOptions)
    if (scoped.empty() || ListScreenOf(route.View) != Screen::Apps) return href;
    const size_t hash = href.find('#');
    return scoped + (hash == std::string::npos ? std::string() : href.substr(hash));
}

std::string TextPageFor(const Route& route, const Dataset& data)
{
    // The last page that shows the route's screen in any view or in exactly its view: timeline.html comes after
    // index.html. Screens without a page of their own (NotFound) get index.html.
    const Screen screen = ListScreenOf(route.View);
    int page = Page_Programme;
    for (int p = 0; p < Page_COUNT; p++)
        if (kPages[p].View == screen && (kPages[p].Tab[0] == '\0' || route.Tab == kPages[p].Tab)) page = p;
    std::string href = kPages[page].FileName;
    if (route.View != screen) { // a detail: its entry's anchor, when the data has that entry
        const std::vector<std::string> keys = EntryKeys(data, page);
        const auto at = std::find(keys.begin(), keys.end(), route.Id);
        if (at != keys.end()) href += "#" + EntryAnchors(data, page)[static_cast<size_t>(at - keys.begin())];
    }
    return href;
}

std::string FillShell(const std::string& shell, const std::string& content, std::string& error)
{
    error.clear();
    const size_t begin = shell.find(StaticContentBegin);
    const size_t end = shell.find(StaticContentEnd);
    if (begin == std::string::npos) error = std::string("the shell has no ") + StaticContentBegin + " marker";
    else if (end == std::string::npos) error = std::string("the shell has no ") + StaticContentEnd + " marker";
    else if (shell.find(StaticContentBegin, begin + 1) != std::string::npos || shell.find(StaticContentEnd, end + 1) != std::string::npos)
        error = "the shell has a static-content marker more than once";
    else if (end < begin) error = std::string("the shell's ") + StaticContentEnd + " comes before " + StaticContentBegin;
    if (!error.empty()) return "";

    const size_t inside = begin + std::strlen(StaticContentBegin);
    const std::vector<std::string> shell_ids = ScanIds(shell.substr(0, inside) + shell.substr(end));
    for (const std::string& id : ScanIds(content))
        if (std::find(shell_ids.begin(), shell_ids.end(), id) != shell_ids.end()) {
            error = "the content and the shell both have an element with id=\"" + id + "\"";
            return "";
        }

    std::string page = shell.substr(0, inside);
    page += '\n';
    page += content;
    if (!content.empty() && content.back() != '\n') page += '\n';
    page.append(shell, end, std::string::npos);
    return page;
}

} // namespace core
