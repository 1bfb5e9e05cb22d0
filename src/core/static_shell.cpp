// static_shell.cpp — the shell edits and the pages' one skeleton (layer: core). See static_shell.h.
#include "core/static_shell.h"

#include "core/text_format.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace core {

const char* const StaticContentBegin = "<!-- APPFINDER:STATIC-CONTENT -->";
const char* const StaticContentEnd = "<!-- /APPFINDER:STATIC-CONTENT -->";

namespace {

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

// Where the marked block of `shell` begins and ends (the positions of its two markers); false, with `error` set,
// when a marker is missing, repeated or out of order.
bool FindMarkedBlock(const std::string& shell, size_t& begin, size_t& end, std::string& error)
{
    error.clear();
    begin = shell.find(StaticContentBegin);
    end = shell.find(StaticContentEnd);
    if (begin == std::string::npos) error = std::string("the shell has no ") + StaticContentBegin + " marker";
    else if (end == std::string::npos) error = std::string("the shell has no ") + StaticContentEnd + " marker";
    else if (shell.find(StaticContentBegin, begin + 1) != std::string::npos || shell.find(StaticContentEnd, end + 1) != std::string::npos)
        error = "the shell has a static-content marker more than once";
    else if (end < begin) error = std::string("the shell's ") + StaticContentEnd + " comes before " + StaticContentBegin;
    return error.empty();
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The tag name of the start tag at `tag` ("<div id=...>" -> "div").
std::string TagName(const std::string& tag)
{
    size_t end = 1;
    while (end < tag.size() && !IsSpace(tag[end]) && tag[end] != '>' && tag[end] != '/') end++;
    return tag.substr(1, end - 1);
}

} // namespace

bool ReadShell(const std::string& shell, ShellParts& parts, std::string& error)
{
    size_t begin = 0, end = 0;
    if (!FindMarkedBlock(shell, begin, end, error)) return false;
    // The start tag just before the opening marker (only white space between), and its end tag just after the closing one.
    size_t before = begin;
    while (before > 0 && IsSpace(shell[before - 1])) before--;
    const size_t open = before > 0 && shell[before - 1] == '>' ? shell.rfind('<', before - 1) : std::string::npos;
    size_t close = end + std::strlen(StaticContentEnd);
    while (close < shell.size() && IsSpace(shell[close])) close++;
    const std::string name = open == std::string::npos ? "" : TagName(shell.substr(open, before - open));
    const std::string end_tag = "</" + name + ">";
    if (name.empty() || shell.substr(open, before - open).find(" id=\"static-content\"") == std::string::npos ||
        shell.compare(close, end_tag.size(), end_tag) != 0) {
        error = "the shell's marked block is not alone in an element with id=\"static-content\"";
        return false;
    }
    size_t close_end = close + end_tag.size();
    if (close_end < shell.size() && shell[close_end] == '\n') close_end++;
    parts.Html = shell;
    parts.HeadLinks = ShellHeadLinks(shell);
    parts.ContentOpen = shell.substr(open, begin - open);
    parts.ContentClose = shell.substr(close, close_end - close);
    if (parts.HeadLinks.find(" rel=\"stylesheet\"") == std::string::npos) {
        error = "the shell has no <link rel=\"stylesheet\"> in its <head> for the text pages to share";
        return false;
    }
    return true;
}

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

std::string PageDocument(const char* html_class, const std::string& title_html, const std::string& description,
                         const std::string& head, const std::string& body)
{
    std::string html = "<!doctype html>\n<html lang=\"en\"";
    if (*html_class) {
        html += " class=\"";
        html += html_class;
        html += '"';
    }
    html += ">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
    html += title_html;
    html += "</title>\n";
    if (!description.empty()) {
        html += "<meta name=\"description\" content=\"";
        html += description;
        html += "\">\n";
    }
    html += head;
    html += "</head>\n<body>\n";
    html += body;
    html += "</body>\n</html>\n";
    return html;
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

std::string FillShell(const std::string& shell, const std::string& content, std::string& error)
{
    size_t begin = 0, end = 0;
    if (!FindMarkedBlock(shell, begin, end, error)) return "";

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
