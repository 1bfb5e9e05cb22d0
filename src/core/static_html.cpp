// static_html.cpp — the content as semantic HTML for the page without the app (layer: core). See static_html.h.
// Every string from the data goes through EscapeHtml, every address through IsLinkableUrl, every id through
// Writer::UniqueId: the data is never trusted to be well formed.
#include "core/static_html.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <vector>

namespace core {

const char* const StaticContentBegin = "<!-- APPFINDER:STATIC-CONTENT -->";
const char* const StaticContentEnd   = "<!-- /APPFINDER:STATIC-CONTENT -->";

namespace {

// Ids the shell itself uses around the content. A data id must never take one of them: boot.js finds these
// elements with getElementById, which returns the first match. FillShell checks the real shell as well.
const char* const kShellIds[] = { "app-message", "static-content", "app-root", "canvas" };

struct SectionInfo { const char* Id; const char* NavLabel; };
const SectionInfo kSections[] = {
    { "programme", "The programme" },
    { "timeline",  "Timeline" },
    { "trusts",    "Exemplar trusts" },
    { "apps",      "Health apps" },
    { "wearables", "Wearables" },
    { "sources",   "Sources" },
};

const char* const kMonths[] = { "January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December" };

// The length of the valid UTF-8 sequence at s[i] and its code point, or 0 when the bytes there are not one.
size_t DecodeUtf8(const std::string& s, size_t i, unsigned& cp)
{
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = 0;
    if (c < 0x80) { cp = c; return 1; }
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return 0;
    if (i + len > s.size()) return 0;
    for (size_t k = 1; k < len; k++) {
        const unsigned char cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;                               // overlong, out of range, or a surrogate
    return len;
}

bool IsDigits(const std::string& s, size_t from, size_t count)
{
    for (size_t i = from; i < from + count; i++)
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    return true;
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real month and day: safe for <time datetime="...">.
bool IsValidDate(const std::string& d)
{
    if (!(d.size() == 4 || d.size() == 7 || d.size() == 10) || !IsDigits(d, 0, 4) || d.compare(0, 4, "0000") == 0)
        return false;
    if (d.size() == 4) return true;
    if (d[4] != '-' || !IsDigits(d, 5, 2)) return false;
    const int month = std::stoi(d.substr(5, 2));
    if (month < 1 || month > 12) return false;
    if (d.size() == 7) return true;
    if (d[7] != '-' || !IsDigits(d, 8, 2)) return false;
    static const int kDays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const int day = std::stoi(d.substr(8, 2));
    const int year = std::stoi(d.substr(0, 4));
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day >= 1 && day <= kDays[month - 1] && !(month == 2 && day == 29 && !leap);
}

// "2016-09-07" -> "7 September 2016", "2013-03" -> "March 2013", "2013" -> "2013"; anything else as given.
std::string HumanDate(const std::string& d)
{
    if (!IsValidDate(d) || d.size() == 4) return d;
    std::string month_year = std::string(kMonths[std::stoi(d.substr(5, 2)) - 1]) + " " + d.substr(0, 4);
    if (d.size() == 7) return month_year;
    return std::to_string(std::stoi(d.substr(8, 2))) + " " + month_year;
}

// "up to £10m", "up to about £2.5m"; "not known" for NaN or an absurd sum, which must never be cast to an integer.
std::string Ceiling(double millions, bool approximate)
{
    if (!(millions >= 0.0 && millions <= 1e9)) return "not known";
    char buf[48];
    if (millions == static_cast<long long>(millions)) std::snprintf(buf, sizeof buf, "\u00a3%lldm", static_cast<long long>(millions));
    else std::snprintf(buf, sizeof buf, "\u00a3%.1fm", millions);
    return std::string(approximate ? "up to about " : "up to ") + buf;
}

std::string NotKnown(const std::string& s) { return s.empty() ? "not known" : s; }

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

// Appends HTML to one string. Raw() is for our own markup only; everything from the data goes through Text().
struct Writer {
    const Dataset& Data;
    std::string Out;
    std::set<std::string> Ids;

    explicit Writer(const Dataset& data) : Data(data) {}

    void Raw(const char* s) { Out += s; }
    void Text(const std::string& s) { Out += EscapeHtml(s); }
    void Element(const char* tag, const std::string& text, const char* cls = nullptr)
    {
        Out += '<'; Out += tag;
        if (cls) { Out += " class=\""; Out += cls; Out += '"'; }
        Out += '>'; Text(text); Out += "</"; Out += tag; Out += ">\n";
    }

    // prefix + key with anything but [A-Za-z0-9_-] made '-', then "-2", "-3"... until no other element has it.
    std::string UniqueId(const char* prefix, const std::string& key)
    {
        std::string base = prefix;
        for (char c : key) {
            const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            base += plain ? c : '-';
        }
        std::string id = base;
        for (int n = 2; !Ids.insert(id).second; n++) id = base + "-" + std::to_string(n);
        return id;
    }

    // A link that opens in a new tab, or the text alone when the address is not one we let through.
    void ExternalLink(const std::string& text, const std::string& url, const std::string& aria_label = "")
    {
        if (!IsLinkableUrl(url)) { Text(text); return; }
        Raw("<a href=\""); Text(url); Raw("\" rel=\"noopener noreferrer\" target=\"_blank\"");
        if (!aria_label.empty()) { Raw(" aria-label=\""); Text(aria_label); Raw("\""); }
        Raw(">"); Text(text); Raw("</a>");
    }

    void Time(const std::string& date)
    {
        if (!IsValidDate(date)) { Text(NotKnown(date)); return; }
        Raw("<time datetime=\""); Raw(date.c_str()); Raw("\">"); Text(HumanDate(date)); Raw("</time>");
    }

    // "Sources: <a>Title</a> (Publisher); ..." in a <p> or <dd>; nothing when no cited source exists.
    void Sources(const std::vector<std::string>& ids, const char* tag = "p")
    {
        std::vector<const Source*> found;
        for (const std::string& id : ids)
            if (const Source* s = Data.FindSource(id)) found.push_back(s);
        if (found.empty()) return;
        Out += '<'; Out += tag; Out += " class=\"sources\">";
        Raw(found.size() == 1 ? "Source: " : "Sources: ");
        for (size_t i = 0; i < found.size(); i++) {
            if (i > 0) Raw("; ");
            ExternalLink(found[i]->Title, found[i]->Url);
            if (!found[i]->Publisher.empty()) { Raw(" ("); Text(found[i]->Publisher); Raw(")"); }
        }
        Out += "</"; Out += tag; Out += ">\n";
    }

    void DefinitionPair(const char* term, const std::string& value)
    {
        Raw("<dt>"); Raw(term); Raw("</dt><dd>"); Text(value); Raw("</dd>\n");
    }

    void BeginSection(const char* id, const char* heading)
    {
        Raw("<section id=\""); Raw(id); Raw("\">\n<h2>"); Raw(heading); Raw("</h2>\n");
    }
    void EndSection() { Raw("</section>\n"); }
    void NoneListed(bool empty) { if (empty) Raw("<p>None listed.</p>\n"); }

    void Intro();
    void Programme();
    void Timeline();
    void Trusts();
    void Apps();
    void Wearables();
    void SourceList();
};

void Writer::Intro()
{
    Raw("<h1>Digital Exemplars &amp; Apps Finder</h1>\n"
        "<p>This site explains the NHS England Global Digital Exemplar programme, lists the exemplar trusts, and lets "
        "you search apps that were listed in the NHS Apps Library and advice on wearable devices.</p>\n"
        "<p class=\"loading-note\">The interactive version is loading: it needs JavaScript and WebGL 2. Everything it "
        "shows is also here as text. Links to other sites open in a new tab.</p>\n"
        "<nav aria-label=\"Sections\"><ul>");
    for (const SectionInfo& s : kSections) {
        Raw("<li><a href=\"#"); Raw(s.Id); Raw("\">"); Raw(s.NavLabel); Raw("</a></li>");
    }
    Raw("</ul></nav>\n");
}

void Writer::Programme()
{
    BeginSection("programme", "The Global Digital Exemplar programme");
    for (const ProgrammeSection& s : Data.Sections) {
        Element("h3", s.Heading);
        for (const std::string& p : s.Paragraphs) Element("p", p);
        Sources(s.Sources);
    }

    Raw("<h3>Key figures</h3>\n");
    NoneListed(Data.Figures.empty());
    if (!Data.Figures.empty()) {
        Raw("<dl>\n");
        for (const KeyFigure& f : Data.Figures) {
            Raw("<dt>"); Text(f.Value); Raw("</dt><dd>"); Text(f.Caption); Raw("</dd>");
            if (!f.Caveat.empty()) { Raw("<dd class=\"note\">Note: "); Text(f.Caveat); Raw("</dd>"); }
            Raw("\n");
            Sources(f.Sources, "dd");
        }
        Raw("</dl>\n");
    }

    Raw("<h3>Where the money was meant to go</h3>\n");
    NoneListed(Data.FundingTiers.empty());
    if (!Data.FundingTiers.empty()) {
        Raw("<p>The most central money each group of trusts could receive: the number of trusts times the most each "
            "could get. These are ceilings, not what was paid.</p>\n"
            "<table>\n<caption>Funding tiers</caption>\n<thead><tr><th scope=\"col\">Tier</th><th scope=\"col\">Trusts</th>"
            "<th scope=\"col\">Most each</th><th scope=\"col\">Most in total</th><th scope=\"col\">Notes</th></tr></thead>\n<tbody>\n");
        for (const FundingTier& t : Data.FundingTiers) {
            const std::string about = t.TrustsApproximate ? "about " : "";
            Raw("<tr><th scope=\"row\">"); Text(t.Label); Raw("</th><td>"); Text(about + std::to_string(t.Trusts));
            Raw("</td><td>"); Text(Ceiling(t.MaxEachGbpM, false)); Raw("</td><td>"); Text(Ceiling(t.Trusts * t.MaxEachGbpM, t.TrustsApproximate));
            Raw("</td><td>");
            if (!t.Caveat.empty()) { Raw("<p class=\"note\">Note: "); Text(t.Caveat); Raw("</p>"); }
            Sources(t.Sources);
            Raw("</td></tr>\n");
        }
        Raw("</tbody>\n</table>\n");
    }
    EndSection();
}

void Writer::Timeline()
{
    BeginSection("timeline", "Timeline");
    NoneListed(Data.Timeline.empty());
    // The loader sorts events by date; sort again so a hand-made Dataset cannot split a year in two.
    std::vector<const TimelineEvent*> events;
    for (const TimelineEvent& e : Data.Timeline) events.push_back(&e);
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent* a, const TimelineEvent* b) {
        return IsValidDate(a->Date) && (!IsValidDate(b->Date) || a->Date < b->Date);
    });
    std::string year = "\n";                    // matches no real year, so the first event opens a list
    for (const TimelineEvent* e : events) {
        const std::string this_year = IsValidDate(e->Date) ? e->Date.substr(0, 4) : "Date not known";
        if (this_year != year) {
            if (year != "\n") Raw("</ol>\n");
            Element("h3", this_year);
            Raw("<ol>\n");
            year = this_year;
        }
        Raw("<li><p>"); Time(e->Date); Raw(": <strong>"); Text(e->Title); Raw("</strong></p>");
        if (!e->Detail.empty()) { Raw("<p>"); Text(e->Detail); Raw("</p>"); }
        Sources(e->Sources);
        Raw("</li>\n");
    }
    if (year != "\n") Raw("</ol>\n");
    EndSection();
}

void Writer::Trusts()
{
    BeginSection("trusts", "The exemplar trusts");
    NoneListed(Data.Trusts.empty());
    if (Data.Trusts.empty()) { EndSection(); return; }
    Raw("<p>These NHS trusts were chosen as Global Digital Exemplars. The table lists them; details of each follow it.</p>\n");
    std::vector<std::string> ids;
    for (const Trust& t : Data.Trusts) ids.push_back(UniqueId("trust-", t.OdsCode));

    Raw("<table>\n<caption>Exemplar trusts</caption>\n<thead><tr><th scope=\"col\">Trust</th><th scope=\"col\">Town</th>"
        "<th scope=\"col\">Region</th><th scope=\"col\">Group</th><th scope=\"col\">Record system</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < Data.Trusts.size(); i++) {
        const Trust& t = Data.Trusts[i];
        const TrustGroup* g = Data.FindGroup(t.Group);
        Raw("<tr><th scope=\"row\"><a href=\"#"); Raw(ids[i].c_str()); Raw("\">"); Text(NotKnown(t.OfficialName)); Raw("</a></th><td>");
        Text(NotKnown(t.MainTown)); Raw("</td><td>"); Text(NotKnown(t.Region)); Raw("</td><td>");
        Text(g ? g->Label : NotKnown(t.Group)); Raw("</td><td>"); Text(NotKnown(t.RecordSystem)); Raw("</td></tr>\n");
    }
    Raw("</tbody>\n</table>\n");

    for (size_t i = 0; i < Data.Trusts.size(); i++) {
        const Trust& t = Data.Trusts[i];
        Raw("<h3 id=\""); Raw(ids[i].c_str()); Raw("\">"); Text(NotKnown(t.OfficialName)); Raw("</h3>\n<dl>\n");
        DefinitionPair("Name when announced", NotKnown(t.NameAsAnnounced));
        DefinitionPair("Organisation code (ODS)", NotKnown(t.OdsCode));
        DefinitionPair("Main hospital", NotKnown(t.MainHospital));
        DefinitionPair("What happened later", NotKnown(t.Later));
        Raw("</dl>\n");
        Sources(t.Sources);
    }
    EndSection();
}

void Writer::Apps()
{
    BeginSection("apps", "Health apps");
    const AppsListing& l = Data.Listing;
    std::string note = l.Note;
    if (note.empty())
        note = "The NHS Apps Library closed" + (l.Closed.empty() ? std::string() : " in " + HumanDate(l.Closed)) +
               ". This list shows the apps as they were listed there" + (l.AsOf.empty() ? std::string() : " in " + HumanDate(l.AsOf)) + ".";
    Element("p", note, "notice");
    Sources(l.Sources);
    NoneListed(Data.Apps.empty());

    for (const App& a : Data.Apps) {
        Raw("<h3 id=\""); Raw(UniqueId("app-", a.Id).c_str()); Raw("\">"); Text(NotKnown(a.Name)); Raw("</h3>\n");
        if (!a.Description.empty()) Element("p", a.Description);
        const std::string topics = CategoryList(Data, a.Categories), platforms = PlatformList(a.Platforms);
        Raw("<dl>\n");
        DefinitionPair("Developer", NotKnown(a.Developer));
        DefinitionPair("Topics", NotKnown(topics));
        DefinitionPair("Works on", NotKnown(platforms));
        DefinitionPair("Cost", NotKnown(a.Cost));
        if (a.AppBadge != Badge::None) DefinitionPair("NHS label (April 2017)", BadgeLabel(a.AppBadge));
        DefinitionPair("Listed in the NHS Apps Library", NotKnown(HumanDate(a.Listed)));
        Raw("</dl>\n");
        if (IsLinkableUrl(a.Url)) {
            Raw("<p>"); ExternalLink("Open website", a.Url, "Open website: " + a.Name); Raw("</p>\n");
        } else {
            Raw("<p>Website: not known</p>\n");
        }
        Sources(a.Sources);
    }
    EndSection();
}

void Writer::Wearables()
{
    BeginSection("wearables", "Wearables and health apps");
    Raw("<p>Advice to read before you buy a fitness tracker or smartwatch, or start using a health app.</p>\n");
    NoneListed(Data.Topics.empty());
    std::map<std::string, std::string> topic_ids;        // topic id -> its element id, for the checklist's links
    for (const WearableTopic& t : Data.Topics) {
        const std::string id = UniqueId("wearable-", t.Id);
        topic_ids.emplace(t.Id, id);
        Raw("<h3 id=\""); Raw(id.c_str()); Raw("\">"); Text(NotKnown(t.Title)); Raw("</h3>\n");
        if (!t.Summary.empty()) Element("p", t.Summary);
        if (!t.Points.empty()) {
            Raw("<ul>\n");
            for (const std::string& p : t.Points) Element("li", p);
            Raw("</ul>\n");
        }
        Sources(t.Sources);
    }
    if (!Data.Checklist.empty()) {
        Raw("<h3>What to check before you buy</h3>\n<ul>\n");
        for (const ChecklistItem& c : Data.Checklist) {
            Raw("<li>"); Text(c.Text);
            const WearableTopic* t = Data.FindTopic(c.Topic);
            const auto id = topic_ids.find(c.Topic);
            if (t && id != topic_ids.end()) {
                Raw(" (see <a href=\"#"); Raw(id->second.c_str()); Raw("\">"); Text(NotKnown(t->Title)); Raw("</a>)");
            }
            Raw("</li>\n");
        }
        Raw("</ul>\n");
    }
    EndSection();
}

void Writer::SourceList()
{
    BeginSection("sources", "Sources");
    Raw("<p>Every fact on this page comes from one of these pages.</p>\n");
    NoneListed(Data.Sources.empty());
    std::map<std::string, std::vector<const Source*>> by_publisher;
    for (const Source& s : Data.Sources) by_publisher[NotKnown(s.Publisher)].push_back(&s);
    for (const auto& group : by_publisher) {
        Element("h3", group.first);
        Raw("<ul>\n");
        for (const Source* s : group.second) {
            Raw("<li>"); ExternalLink(NotKnown(s->Title), s->Url);
            if (!s->Date.empty()) { Raw(", "); Time(s->Date); }
            Raw("</li>\n");
        }
        Raw("</ul>\n");
    }
    EndSection();
}

} // namespace

std::string EscapeHtml(const std::string& text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (size_t i = 0; i < text.size();) {
        unsigned cp = 0;
        const size_t len = DecodeUtf8(text, i, cp);
        if (len == 0) { out += "\xEF\xBF\xBD"; i++; continue; }          // U+FFFD for each bad byte
        switch (cp) {
        case '&':  out += "&amp;"; break;
        case '<':  out += "&lt;"; break;
        case '>':  out += "&gt;"; break;
        case '"':  out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:
            // Control characters other than tab and newline are parse errors in HTML: leave them out.
            if ((cp >= 0x20 && cp < 0x7F) || cp == '\t' || cp == '\n' || cp > 0x9F) out.append(text, i, len);
        }
        i += len;
    }
    return out;
}

bool IsLinkableUrl(const std::string& url)
{
    static const char* const kSchemes[] = { "https://", "http://", "mailto:" };
    bool scheme_ok = false;
    for (const char* scheme : kSchemes) {
        const size_t n = std::strlen(scheme);
        if (url.size() <= n) continue;
        bool same = true;
        for (size_t i = 0; i < n && same; i++) {
            char c = url[i];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            same = c == scheme[i];
        }
        scheme_ok = scheme_ok || same;
    }
    if (!scheme_ok) return false;
    // Browsers drop tabs and newlines inside addresses; refuse them and spaces rather than guess.
    return std::none_of(url.begin(), url.end(), [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F; });
}

std::string RenderStaticContent(const Dataset& data)
{
    Writer w(data);
    for (const char* id : kShellIds) w.Ids.insert(id);
    for (const SectionInfo& s : kSections) w.Ids.insert(s.Id);
    w.Intro();
    w.Programme();
    w.Timeline();
    w.Trusts();
    w.Apps();
    w.Wearables();
    w.SourceList();
    return std::move(w.Out);
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
