// static_shell_test.cpp — tests for src/core/static_shell.cpp: the shell's marked block is filled exactly, the text
// and card pages share one skeleton, and escaping keeps data from becoming markup.
#include "core/static_shell.h"

#include <doctest/doctest.h>

#include <string>

TEST_SUITE("static_shell") {

TEST_CASE("FillShell replaces exactly the marked block")
{
    const std::string before = "<!doctype html><main id=\"static-content\">\n<!-- APPFINDER:STATIC-CONTENT -->";
    const std::string after = "<!-- /APPFINDER:STATIC-CONTENT -->\n</main><p>after</p>\n";
    const std::string shell = before + "\n<p>old placeholder</p>\n" + after;
    std::string error;
    const std::string page = core::FillShell(shell, "<p>new</p>\n", error);
    CHECK(error.empty());
    CHECK(page == before + "\n<p>new</p>\n" + after);

    SUBCASE("and can fill its own output again")
    {
        const std::string again = core::FillShell(page, "<p>newer</p>", error);
        CHECK(error.empty());
        CHECK(again == before + "\n<p>newer</p>\n" + after);
    }
}

TEST_CASE("FillShell reports a missing, repeated or misplaced marker and returns nothing")
{
    const std::string open = "<!-- APPFINDER:STATIC-CONTENT -->", close = "<!-- /APPFINDER:STATIC-CONTENT -->";
    for (const std::string& shell : { std::string("<main></main>"), "<main>" + open + "</main>", "<main>" + close + "</main>",
                                      close + open, open + open + close, open + close + close }) {
        CAPTURE(shell);
        std::string error;
        CHECK(core::FillShell(shell, "<p>x</p>", error).empty());
        CHECK(!error.empty());
    }
}

TEST_CASE("invalid UTF-8 and control characters do not reach the page")
{
    const std::string escaped = core::EscapeHtml("a\x01"
                                                 "b\xff"
                                                 "c\xc3\xa9"
                                                 "d\xed\xa0\x80"
                                                 "e\n");
    CHECK(escaped == "ab\xEF\xBF\xBD"
                     "c\xc3\xa9"
                     "d\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
                     "e\n");
}

TEST_CASE("a page's skeleton has its title, its description only when it has one, the head it is given, and the body")
{
    const std::string text = core::PageDocument("", "Sources \u2013 Site", "Every page.", "<link rel=\"stylesheet\" href=\"app.css\">\n", "<div>x</div>\n");
    CHECK(text == "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Sources \u2013 Site</title>\n"
                  "<meta name=\"description\" content=\"Every page.\">\n<link rel=\"stylesheet\" href=\"app.css\">\n</head>\n"
                  "<body>\n<div>x</div>\n</body>\n</html>\n");
    const std::string card = core::PageDocument("card-page", "A card", "", "", "<main></main>\n");
    CHECK(card.find("<html lang=\"en\" class=\"card-page\">\n") != std::string::npos);
    CHECK(card.find("name=\"description\"") == std::string::npos);
    CHECK(card.find("<title>A card</title>\n</head>\n<body>\n<main></main>\n</body>") != std::string::npos);
}

TEST_CASE("the shell's security policy comes first of what the text pages take from its head")
{
    const std::string shell = "<html><head><link rel=\"icon\" href=\"i.svg\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">"
                              "<link rel=\"stylesheet\" href=\"app.css\"><link rel=\"preload\" href=\"x.wasm\"></head><body><link rel=\"stylesheet\" href=\"late.css\"></body>";
    CHECK(core::ShellHeadLinks(shell) == "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">\n"
                                         "<link rel=\"icon\" href=\"i.svg\">\n<link rel=\"stylesheet\" href=\"app.css\">\n");
    CHECK(core::ShellHeadLinks("<link rel=\"stylesheet\" href=\"app.css\">").empty()); // no head: nothing
}

TEST_CASE("ReadShell takes the element around the marked block as written, with the head links, once")
{
    const std::string shell = std::string("<html><head><link rel=\"stylesheet\" href=\"app.css\"></head><body>\n<a href=\"#static-content\">Skip</a>\n"
                                          "<div id=\"static-content\" class=\"static-content\">\n") +
                              core::StaticContentBegin + "\n<p>old</p>\n" + core::StaticContentEnd + "\n</div>\n<div id=\"app-root\"></div>\n</body>";
    core::ShellParts parts;
    std::string error;
    REQUIRE(core::ReadShell(shell, parts, error));
    CHECK(error.empty());
    CHECK(parts.Html == shell);
    CHECK(parts.HeadLinks == core::ShellHeadLinks(shell));
    CHECK(parts.ContentOpen == "<div id=\"static-content\" class=\"static-content\">\n");
    CHECK(parts.ContentClose == "</div>\n");

    SUBCASE("the marked block must sit alone in an element with id=\"static-content\"")
    {
        for (const std::string& body : { std::string("<div class=\"x\">") + core::StaticContentBegin + core::StaticContentEnd + "</div>",
                                         std::string("<div id=\"static-content\"><p>before</p>") + core::StaticContentBegin + core::StaticContentEnd + "</div>",
                                         std::string("<div id=\"static-content\">") + core::StaticContentBegin + core::StaticContentEnd + "<p>after</p></div>",
                                         std::string("<div id=\"static-content\">") + core::StaticContentBegin + core::StaticContentEnd + "</main>" }) {
            CAPTURE(body);
            CHECK_FALSE(core::ReadShell("<head><link rel=\"stylesheet\" href=\"app.css\"></head>" + body, parts, error));
            CHECK(error.find("static-content") != std::string::npos);
        }
    }
}

} // TEST_SUITE
