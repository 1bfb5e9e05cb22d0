// static_shell.h — the shell edits of the text site (layer: core; only `appfinder-cli html` links it): the marked
// block of shell.html and of the embed builder filled in, what the text pages take from the shell (its <head> links
// and the element around the marked block), read once, the one skeleton every text and card page shares, and HTML
// escaping. Pure string work: no I/O.
#pragma once

#include <string>
#include <vector>

namespace core {

extern const char* const StaticContentBegin; // "<!-- APPFINDER:STATIC-CONTENT -->"
extern const char* const StaticContentEnd;   // "<!-- /APPFINDER:STATIC-CONTENT -->"

// `shell` with the text between the two markers replaced by `content` (the markers stay, so the result
// can be filled again). Returns "" with `error` set when a marker is missing, repeated or out of order, or when
// `content` has an id the shell outside the block has too.
std::string FillShell(const std::string& shell, const std::string& content, std::string& error);

// What the pages take from shell.html, read once by ReadShell.
struct ShellParts {
    std::string Html;      // the shell as it is: index.html is it with the Programme in its marked block (FillShell)
    std::string HeadLinks; // ShellHeadLinks(Html)
    // The element that holds the marked block, as written: the start tag with what follows it up to the opening
    // marker, and the end tag after the closing marker with the line break after it. A text page's content goes
    // between the two, as index.html's goes in the block: "<div id=\"static-content\" class=\"static-content\">\n", "</div>\n".
    std::string ContentOpen, ContentClose;
};

// `shell` read into `parts`. False, with `error` set, when a marker is missing, repeated or out of order, when the
// marked block is not alone in an element with id="static-content" (the skip link and the app find the text by it),
// or when the <head> has no <link rel="stylesheet"> for the text pages to share.
bool ReadShell(const std::string& shell, ShellParts& parts, std::string& error);

// The shell's <meta http-equiv="Content-Security-Policy"> (first, so it covers what follows), <link rel="stylesheet">
// and <link rel="icon"> elements as written, one a line: the text pages take them, so every page shares one
// stylesheet whatever the build renames it to, and protects itself on a host that sends no policy header.
std::string ShellHeadLinks(const std::string& shell);

// The skeleton of every page but index.html: doctype, <html lang="en"> (with class `html_class` unless it is
// empty), charset, viewport, <title> `title_html`, <meta name="description"> unless `description` is empty, then
// `head` (ShellHeadLinks and anything more), and `body` inside <body>. `title_html` and `description` are HTML.
std::string PageDocument(const char* html_class, const std::string& title_html, const std::string& description,
                         const std::string& head, const std::string& body);

std::string EscapeHtml(const std::string& text); // & < > " ' as entities; invalid UTF-8 and control characters made safe

} // namespace core
