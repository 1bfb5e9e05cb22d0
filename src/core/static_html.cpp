// static_html.cpp — the text site's pages for readers without the app (layer: core; only the CLI links it). See
// static_html.h. Every string from the data goes through EscapeHtml, every address through IsLinkableUrl, every id
// through EntryAnchors (site_map.h): the data is never trusted to be well formed.
#include "core/static_html.h"

#include "core/money_table.h"

#include "core/search_everything.h"
#include "core/static_shell.h"
#include "core/text_format.h"
#include "core/trust_answer.h"

#include <algorithm>
#include <map>
#include <vector>

namespace core {

namespace {

// The words of each page of the site map (SitePages), in its order.
struct PageText {
    const char* NavLabel;
    const char* Heading;     // the page's h1; in index.html the Programme section's h2
    const char* Description; // <meta name="description">; index.html keeps the shell's
};

const PageText kPageText[SitePage_COUNT] = {
    { "The programme", "The Global Digital Exemplar programme", "" },
    { "Timeline", "Timeline",
      "The NHS Global Digital Exemplar programme year by year: each announcement and milestone, with its source." },
    { "The money", "Where the money went",
      "Every total published for the NHS Global Digital Exemplar programme in one table: which trusts each counts, and how much each could get." },
    { "Exemplars and fast followers", "Exemplars and fast followers",
      "The NHS trusts chosen as Global Digital Exemplars and their fast followers: where they are, their record systems, and what happened to them later." },
    { "Health apps", "Health apps",
      "The apps that were listed in the NHS Apps Library: what each is for, who made it, what it costs and what it works on." },
    { "Wearables", "Wearables and health apps",
      "Advice to read before you buy a fitness tracker or smartwatch, or start using a health app." },
    { "Sources", "Sources",
      "Every page the facts on this site come from, grouped by publisher." },
};

// "up to £10m", "up to about £2.5m"; "not known" for NaN or an absurd sum.
std::string Ceiling(double millions, bool approximate)
{
    const std::string sum = Money(millions);
    if (sum == NotKnown("")) return sum;
    return std::string(approximate ? "up to about " : "up to ") + sum;
}

// Appends one page's HTML to one string. Raw() is for our own markup only; everything from the data goes through Text().
struct Writer {
    const Dataset& Data;
    const int Page;
    const char* const Sub;                               // entries' headings: h3 under index.html's h2, h2 under a page's h1
    const EmbedOptions* Scope = nullptr;                 // a scoped apps page: only the apps in scope, under its own h1
    const std::vector<unsigned char>* InScope = nullptr; // a search scope's apps, by index (AppsInSearchScope)
    std::string Out;

    Writer(const Dataset& data, int page) : Data(data), Page(page), Sub(page == SitePage_Programme ? "h3" : "h2") {}

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
        return (page == Page ? std::string() : SitePages[page].FileName) + "#" + id;
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
            if (Page == SitePage_Programme) {
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

    // After text that gives a published total: the way to the one table that says what each total counts.
    // `in`: the element the link goes in when it is written at all ("dd" in a list of figures), or none.
    void MoneyLink(const std::string& text, const char* in = nullptr)
    {
        if (Data.MoneyRows.empty() || !MentionsTotal(Data, text)) return; // no table, no anchor to go to
        if (in) {
            Raw("<");
            Raw(in);
            Raw(">");
        }
        Raw("<p class=\"money-link\"><a href=\"");
        Raw(SitePages[SitePage_Money].FileName);
        Raw("\">Where the money went: every total in one table</a></p>\n");
        if (in) {
            Raw("</");
            Raw(in);
            Raw(">\n");
        }
    }
    void MoneyTable();

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
    for (int p = 0; p < SitePage_COUNT; p++) {
        Raw("<li><a href=\"");
        Raw(SitePages[p].FileName);
        Raw(p == Page ? "\" aria-current=\"page\">" : "\">");
        Raw(kPageText[p].NavLabel);
        Raw("</a></li>");
    }
    Raw("</ul></nav>\n</header>\n<main>\n");
    if (Page == SitePage_Programme) {
        Raw("<h1>");
        Text(AppName);
        Raw("</h1>\n"
            "<p>This site explains the NHS England Global Digital Exemplar programme, lists the exemplar trusts, and lets "
            "you search apps that were listed in the NHS Apps Library and advice on wearable devices.</p>\n"
            "<p class=\"loading-note\">The interactive version is loading: it needs JavaScript and WebGL 2. Everything it "
            "shows is also here as text, on this page and the pages linked above. Links to other sites open in a new tab.</p>\n"
            "<section id=\"programme\">\n<h2>");
        Raw(kPageText[Page].Heading);
        Raw("</h2>\n");
        return;
    }
    Route in_app;
    in_app.View = SitePages[Page].View;
    in_app.Tab = SitePages[Page].Tab;
    Raw("<h1>");
    if (Scope) Text(ScopeDescription(*Scope, Data));
    else Raw(kPageText[Page].Heading);
    Raw("</h1>\n<p class=\"page-note\">Part of the text version of ");
    Text(AppName);
    Raw(". <a href=\"index.html");
    if (Scope) {
        Raw("?");
        Text(FormatEmbedOptions(*Scope));
    }
    Text(FormatRoute(in_app));
    Raw("\">Interactive version</a> of this page (it needs "
        "JavaScript and WebGL 2). Links to other sites open in a new tab.</p>\n");
}

void Writer::End() { Raw(Page == SitePage_Programme ? "</section>\n</main>\n" : "</main>\n"); }

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
        std::string all;
        for (const std::string& p : s.Paragraphs) {
            Element("p", p);
            all += p + " ";
        }
        Sources(s.Sources);
        MoneyLink(all);
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
            MoneyLink(f.Value + " " + f.Caption + " " + f.Caveat, "dd");
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
        std::string sums; // the tiers' totals as the table gives them
        for (const FundingTier& t : Data.FundingTiers) sums += Ceiling(t.Trusts * t.MaxEachGbpM, t.TrustsApproximate) + " ";
        MoneyLink(sums);
    }
}

// "Where the money went": the kinds of trust as one table under its anchor, then why a count differs from the
// list, then each published total and what it counts, each with its sources.
void Writer::MoneyTable()
{
    if (Data.MoneyRows.empty()) {
        Element("p", "There is no table of the money to show.");
        return;
    }
    Raw("<p>Reports give different totals for the programme. This table shows each kind of trust that took part, how many "
        "there were, and the most each could get from NHS England. The last column shows which published totals count "
        "that kind of trust.</p>\n<table>\n<caption>Where the money went</caption>\n<thead><tr><th scope=\"col\">Kind of trust</th>"
        "<th scope=\"col\">Trusts</th><th scope=\"col\">Most from the centre</th><th scope=\"col\">Matched locally</th>"
        "<th scope=\"col\">Counted in</th></tr></thead>\n<tbody>\n");
    for (const MoneyRow& r : Data.MoneyRows) {
        const std::string counted = RowCountedIn(Data, r);
        Raw("<tr><th scope=\"row\">");
        Text(r.Label);
        Raw("</th><td>");
        Text(RowTrusts(Data, r));
        Raw("</td><td>");
        Text(RowFunding(r));
        Raw("</td><td>");
        Raw(r.Matched ? "Yes" : "No");
        Raw("</td><td>");
        Text(counted.empty() ? "No total we found" : counted);
        Raw("</td></tr>\n");
    }
    Raw("</tbody>\n</table>\n<dl>\n");
    for (const MoneyRow& r : Data.MoneyRows) {
        Raw("<dt>");
        Text(r.Label);
        Raw("</dt>");
        if (!r.CountNote.empty()) {
            Raw("<dd>");
            Text(r.CountNote);
            Raw("</dd>");
        }
        Raw("\n");
        Sources(r.Sources, "dd");
    }
    Raw("</dl>\n<p><strong>The totals you may see</strong></p>\n<dl>\n");
    for (const PublishedTotal& t : Data.Totals) {
        Raw("<dt>");
        Text(t.Value);
        Raw("</dt><dd>");
        Text(t.What);
        Raw("</dd>\n");
        Sources(t.Sources, "dd");
    }
    Raw("</dl>\n");
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
        MoneyLink(e->Title + " " + e->Detail);
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
    const std::vector<std::string> ids = EntryAnchors(Data, SitePage_Trusts);

    Raw("<table>\n<caption>Exemplar trusts</caption>\n<thead><tr><th scope=\"col\">Trust</th><th scope=\"col\">Town</th>"
        "<th scope=\"col\">Region</th><th scope=\"col\">Group</th><th scope=\"col\">Record system</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < Data.Trusts.size(); i++) {
        const Trust& t = Data.Trusts[i];
        const TrustGroup* g = Data.FindGroup(t.Group);
        Raw("<tr><th scope=\"row\"><a href=\"");
        Raw(Href(SitePage_Trusts, ids[i]).c_str());
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
                Raw(Href(SitePage_Trusts, ids[static_cast<size_t>(at - Data.Trusts.begin())]).c_str());
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

    const std::vector<std::string> ids = EntryAnchors(Data, SitePage_Apps);
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
        DefinitionPair("NHS label (April 2017)", a.AppBadge == Badge::None ? NotKnown("") : BadgeLabel(a.AppBadge));
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
    const std::vector<std::string> ids = EntryAnchors(Data, SitePage_Wearables);
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
                Raw(Href(SitePage_Wearables, id->second).c_str());
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
    Raw("\" target=\"_blank\" rel=\"noopener\" aria-label=\"See more in the ");
    Text(AppName);
    Raw(": ");
    Text(title);
    Raw(" (opens in a new tab)\">See more in the ");
    Text(AppName);
    Raw("</a></p>\n");
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
    case SitePage_Programme: w.Programme(); break;
    case SitePage_Timeline: w.Timeline(); break;
    case SitePage_Money: w.MoneyTable(); break;
    case SitePage_Trusts: w.Trusts(); break;
    case SitePage_Apps: w.Apps(); break;
    case SitePage_Wearables: w.Wearables(); break;
    default: w.SourceList(); break;
    }
    w.End();
    return std::move(w.Out);
}

// A text page: `content` in the element that holds index.html's, under the shell's links; no scripts.
std::string TextDocument(int page, const ShellParts& shell, const std::string& content, const std::string& title = "")
{
    return PageDocument("", (title.empty() ? std::string(kPageText[page].Heading) : EscapeHtml(title)) + " \u2013 " + EscapeHtml(AppName),
                        kPageText[page].Description, shell.HeadLinks, shell.ContentOpen + content + shell.ContentClose);
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
    for (Platform_ p : AllPlatforms) add(ScopeKind::Platform, PlatformKey(p));
    for (CostKind c : AllCosts) add(ScopeKind::Cost, CostKey(c));
    for (const std::string& words : SearchScopeWords(data)) add(ScopeKind::Search, words);
    return scopes;
}

} // namespace

std::vector<StaticPage> RenderStaticSite(const Dataset& data, const ShellParts& shell, std::string& error)
{
    std::vector<StaticPage> pages;
    pages.push_back({ SitePages[SitePage_Programme].FileName, FillShell(shell.Html, RenderPage(data, SitePage_Programme), error) });
    if (!error.empty()) return {};
    for (int p = SitePage_Programme + 1; p < SitePage_COUNT; p++)
        pages.push_back({ SitePages[p].FileName, TextDocument(p, shell, RenderPage(data, p)) });
    return pages;
}

std::vector<StaticPage> RenderScopePages(const Dataset& data, const ShellParts& shell, const SearchIndex& index)
{
    std::vector<StaticPage> pages;
    for (const EmbedOptions& scope : PageScopes(data)) {
        std::vector<unsigned char> in_scope;
        if (scope.Scope == ScopeKind::Search) in_scope = AppsInSearchScope(index, scope.ScopeValue, data.Apps.size());
        pages.push_back({ ScopePageName(scope, data),
                          TextDocument(SitePage_Apps, shell, RenderPage(data, SitePage_Apps, &scope, in_scope.empty() ? nullptr : &in_scope),
                                       ScopeDescription(scope, data) + " \u2013 " + AppName) });
    }
    return pages;
}

std::vector<StaticPage> RenderCardPages(const Dataset& data, const ShellParts& shell)
{
    std::vector<StaticPage> pages;
    auto add = [&](CardKind kind, const std::string& id) {
        EmbedOptions o;
        o.Card = kind;
        o.CardId = id;
        const std::string name = CardPageName(o);
        if (name.empty()) return;
        Writer w(data, SitePage_Programme);
        w.Card(o, "index.html" + CardRoute(o));
        const size_t end = w.Out.find("</h1>");
        const std::string title = w.Out.substr(4, end - 4); // already escaped
        pages.push_back({ name, PageDocument("card-page", title + " \u2013 " + EscapeHtml(AppName), "", shell.HeadLinks + "<script src=\"card.js\" defer></script>\n",
                                             "<main class=\"static-content card\">\n" + w.Out + "</main>\n") });
    };
    for (const Trust& t : data.Trusts) add(CardKind::Trust, t.OdsCode);
    for (const App& a : data.Apps) add(CardKind::App, a.Id);
    for (const WearableTopic& t : data.Topics) add(CardKind::Wearable, t.Id);
    for (const KeyFigure& f : data.Figures) add(CardKind::Figure, f.Id);
    return pages;
}

} // namespace core
