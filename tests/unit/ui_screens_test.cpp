// ui_screens_test.cpp — draws every screen with Dear ImGui and no backend at all, and checks what the
// accessible layer records (src/ui/app.cpp and the screens): headings, links, the search box.
#include "core/data_loader.h"
#include "core/route.h"
#include "ui/a11y.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/host.h"
#include "ui/theme.h"

#include "imgui.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace {

struct RecordingHost : ui::Host {
    std::vector<std::string> Navigations;
    std::vector<std::string> Opened;
    std::string Title;
    std::vector<std::string> TextPages;
    void Navigate(const std::string& hash, bool) override { Navigations.push_back(hash); }
    void OpenExternal(const std::string& url) override { Opened.push_back(url); }
    void SetDocumentTitle(const std::string& title) override { Title = title; }
    void CopyLink() override {}
    void ShowTextVersion(const std::string& page) override { TextPages.push_back(page); }
};

// The fonts' builder that goes with the one ImGui context below: it knows no characters beyond the bundled symbols.
ui::FontLibrary& BundledFonts()
{
    static ui::FontLibrary fonts;
    return fonts;
}

// One ImGui context and font atlas for the whole file (ImGui's, not the app's), and the bundled data read once.
void ImGuiOnce()
{
    static bool done = false;
    if (done) return;
    done = true;
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    BundledFonts().Load(1.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ui::ApplyTheme();
}

const core::Dataset& Bundled()
{
    static const core::Dataset data = core::LoadDataset(core::BundledDataFiles()).Data;
    return data;
}

// A fresh App for each test, on the bundled data unless told otherwise: no test sees another's filters.
struct Harness {
    explicit Harness(core::Dataset data = Bundled())
    {
        ImGuiOnce();
        app.SetData(std::move(data), {});
    }
    void Frames(int n, float width = 1280, float height = 800)
    {
        ImGui::GetIO().DisplaySize = ImVec2(width, height);
        for (int i = 0; i < n; ++i) {
            ImGui::NewFrame();
            app.Frame();
            ImGui::Render();
        }
    }
    void Show(const std::string& hash, float width = 1280)
    {
        app.SetRoute(core::ParseRoute(hash));
        Frames(3, width);
    }
    RecordingHost host;
    ui::App app{ host };
};

// The nodes of the app that drew last (its a11y::Context is the current one).
const std::vector<ui::a11y::Node>& Nodes()
{
    return ui::a11y::GetCurrentContext()->Nodes();
}

const ui::a11y::Node* Find(ui::a11y::Role role, const std::string& prefix)
{
    for (const ui::a11y::Node& n : Nodes())
        if (n.NodeRole == role && n.Name.compare(0, prefix.size(), prefix) == 0) return &n;
    return nullptr;
}

int Count(ui::a11y::Role role)
{
    int c = 0;
    for (const ui::a11y::Node& n : Nodes()) c += n.NodeRole == role;
    return c;
}

} // namespace

using ui::a11y::Role;

TEST_SUITE("ui screens") {

TEST_CASE("bold fonts come from Noto Sans Bold, with Regular filling in letters the data uses that Bold leaves out")
{
    ImGuiOnce();
    const ImFontGlyph* bold_w = ui::Fonts().Bold->FindGlyphNoFallback('W');
    const ImFontGlyph* body_w = ui::Fonts().Body->FindGlyphNoFallback('W');
    REQUIRE(bold_w);
    REQUIRE(body_w);
    CHECK(bold_w->AdvanceX > body_w->AdvanceX);           // a real bold, not Regular under another name
    CHECK(ui::Fonts().Body->FindGlyphNoFallback(0x00E9)); // é: body text has all of Latin-1, for typing
    for (ImFont* font : { ui::Fonts().Bold, ui::Fonts().H1, ui::Fonts().H2, ui::Fonts().Small }) {
        CHECK(font->FindGlyphNoFallback(0x00A3));       // £: the content uses it
        CHECK_FALSE(font->FindGlyphNoFallback(0x00E9)); // é: not in the bundled data, so not rasterised
    }

    ui::FontLibrary fonts;                                           // a builder of the test's own, told of more characters
    fonts.NoteCharacters("{\"name\": \"Caf\u00e9 \u0142\\u00f1\"}"); // é and ł as UTF-8, ñ as a JSON escape
    fonts.Load(1.0f);
    for (ImFont* font : { ui::Fonts().Bold, ui::Fonts().H1, ui::Fonts().H2, ui::Fonts().Small }) {
        CHECK(font->FindGlyphNoFallback(0x00E9));
        CHECK(font->FindGlyphNoFallback(0x00F1));
        CHECK(font->FindGlyphNoFallback(0x00A3));
    }
    const ImFontGlyph* bold_e = ui::Fonts().Bold->FindGlyphNoFallback(0x00E9);
    const ImFontGlyph* body_e = ui::Fonts().Body->FindGlyphNoFallback(0x00E9);
    REQUIRE(bold_e);
    REQUIRE(body_e);
    CHECK(bold_e->AdvanceX == doctest::Approx(body_e->AdvanceX)); // the filled-in glyph is Regular's
    fonts.ForgetCharacters();
    fonts.Load(1.0f);
    CHECK_FALSE(ui::Fonts().H1->FindGlyphNoFallback(0x00E9));
    BundledFonts().Load(1.0f); // the atlas the other tests use, from a builder that outlives them
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
}

TEST_CASE("every screen has exactly one level-one heading and a navigation that marks where you are")
{
    Harness h;
    const char* routes[] = { "#/programme", "#/programme?view=timeline", "#/trusts", "#/trusts?view=map", "#/trusts/RRK",
                             "#/apps", "#/apps/mycopd", "#/wearables", "#/wearables/accuracy", "#/sources", "#/nowhere",
                             "#/search", "#/search?q=heart" };
    for (std::string r : routes) {
        CAPTURE(r);
        h.Show(r);
        int h1 = 0;
        for (const ui::a11y::Node& n : Nodes()) h1 += n.NodeRole == Role::Heading && n.Level == 1;
        CHECK(h1 == 1);
        CHECK(Count(Role::Tab) == 5);
    }
    h.Show("#/trusts/RRK");
    const ui::a11y::Node* trusts = Find(Role::Tab, "Trusts");
    REQUIRE(trusts);
    CHECK(trusts->Selected);
    CHECK(!Find(Role::Tab, "Apps")->Selected);
}

TEST_CASE("the document title names the screen")
{
    Harness h;
    h.Show("#/apps?q=asthma");
    CHECK(h.host.Title == "Asthma apps \u2013 Digital Exemplars & Apps Finder");
    h.Show("#/trusts");
    CHECK(h.host.Title.rfind("Exemplars and fast followers", 0) == 0);
}

TEST_CASE("a search shows its results as list items linking to their details, and the search box holds the query")
{
    Harness h;
    h.Show("#/apps?q=asthma");
    const ui::a11y::Node* box = Find(Role::SearchBox, "Search apps");
    REQUIRE(box);
    CHECK(box->Text == "asthma");
    const ui::a11y::Node* result = Find(Role::ListItem, "myAsthma");
    REQUIRE(result);
    CHECK(result->Href == "#/apps/myasthma");
    CHECK(!result->Description.empty()); // its description, read after the name
    CHECK(result->W > 100.0f);
}

TEST_CASE("what the page did for one app never reaches another: each App has its own accessible layer")
{
    Harness a, b;
    a.Show("#/apps");
    const ui::a11y::Node* box = Find(Role::SearchBox, "Search apps");
    REQUIRE(box);
    const unsigned int box_id = box->Id;
    const ui::a11y::Node* chip = nullptr;
    for (const ui::a11y::Node& n : Nodes())
        if (n.NodeRole == Role::Checkbox && !chip) chip = &n;
    REQUIRE(chip);
    const unsigned int chip_id = chip->Id;
    a.app.AccessibleLayer().QueueInput(box_id, "sleep"); // typed, clicked and Escaped in the first app's page
    a.app.AccessibleLayer().QueueActivation(chip_id);
    a.app.AccessibleLayer().QueueEscape();

    b.Show("#/apps"); // the second app draws the same screen, with the same item ids
    REQUIRE(Find(Role::SearchBox, "Search apps"));
    CHECK(Find(Role::SearchBox, "Search apps")->Id == box_id);
    b.host.Navigations.clear();
    b.Frames(2);
    CHECK(b.host.Navigations.empty()); // no search, no filter
    CHECK(Find(Role::SearchBox, "Search apps")->Text.empty());

    a.Frames(1); // the first app gets all of it
    REQUIRE(!a.host.Navigations.empty());
    bool searched = false;
    for (const std::string& hash : a.host.Navigations) searched = searched || hash.find("q=sleep") != std::string::npos;
    CHECK(searched);
}

TEST_CASE("typing in the search box updates the address without a new history entry")
{
    Harness h;
    h.Show("#/apps");
    const ui::a11y::Node* box = Find(Role::SearchBox, "Search apps");
    REQUIRE(box);
    h.host.Navigations.clear();
    h.app.AccessibleLayer().QueueInput(box->Id, "sleep");
    h.Frames(1);
    REQUIRE(!h.host.Navigations.empty());
    CHECK(h.host.Navigations.back() == "#/apps?q=sleep");
}

TEST_CASE("a filter chip activated from the accessible layer narrows the results")
{
    Harness h;
    h.Show("#/apps?q=diabetes");
    const ui::a11y::Node* chip = nullptr;
    for (const ui::a11y::Node& n : Nodes())
        if (n.NodeRole == Role::Checkbox && n.Name.rfind("Diabetes", 0) == 0) chip = &n;
    REQUIRE(chip);
    CHECK(!chip->Selected);
    h.host.Navigations.clear();
    h.app.AccessibleLayer().QueueActivation(chip->Id);
    h.Frames(1);
    REQUIRE(!h.host.Navigations.empty());
    CHECK(h.host.Navigations.back() == "#/apps?q=diabetes&category=diabetes");
}

TEST_CASE("a trust filter goes into the address, and an address with filters chooses them")
{
    Harness h;
    h.Show("#/trusts");
    const ui::a11y::Node* london = Find(Role::Checkbox, "Show trusts in London");
    REQUIRE(london);
    CHECK(!london->Selected);
    h.host.Navigations.clear();
    h.app.AccessibleLayer().QueueActivation(london->Id);
    h.Frames(1);
    REQUIRE(!h.host.Navigations.empty());
    CHECK(h.host.Navigations.back() == "#/trusts?region=London");

    h.Show("#/trusts?region=London&sort=-town");
    london = Find(Role::Checkbox, "Show trusts in London");
    REQUIRE(london);
    CHECK(london->Selected);
    CHECK(Find(Role::Checkbox, "Sorted by Town, Z to A"));
}

TEST_CASE("a result card keeps its accessible name and id whether it is drawn or scrolled out of view")
{
    Harness h;
    auto last_card = [&h](float height) {
        h.app.SetRoute(core::ParseRoute("#/apps"));
        h.Frames(3, 1280.0f, height);
        const ui::a11y::Node* found = nullptr;
        for (const ui::a11y::Node& n : Nodes())
            if (n.NodeRole == Role::ListItem && n.Href.rfind("#/apps/", 0) == 0) found = &n;
        REQUIRE(found);
        return *found;
    };
    ui::a11y::Node off_screen = last_card(800.0f); // 40 cards: the last is far below the window
    ui::a11y::Node drawn = last_card(20000.0f);    // every card on screen
    CHECK(off_screen.Href == drawn.Href);
    CHECK(off_screen.Name == drawn.Name);
    CHECK(off_screen.Id == drawn.Id);
    h.Frames(1, 1280.0f, 800.0f);
}

TEST_CASE("\"Text-only version\" asks for the text page of the screen shown, at its entry")
{
    Harness h;
    const std::pair<const char*, const char*> cases[] = {
        { "#/apps/mycopd", "apps.html#app-mycopd" },
        { "#/trusts/RRK", "trusts.html#trust-RRK" },
        { "#/programme?view=timeline", "timeline.html" },
        { "#/programme?view=money", "money.html" },
        { "#/programme", "index.html" },
    };
    for (const auto& c : cases) {
        CAPTURE(c.first);
        h.Show(c.first);
        const ui::a11y::Node* action = Find(Role::Button, "Text-only version");
        REQUIRE(action);
        h.host.TextPages.clear();
        h.app.AccessibleLayer().QueueActivation(action->Id);
        h.Frames(1);
        REQUIRE(h.host.TextPages.size() == 1);
        CHECK(h.host.TextPages[0] == c.second);
    }
}

TEST_CASE("on a phone the header is one row whose Menu button opens the tabs, the search box and the two links")
{
    Harness h;
    for (const float width : { 390.0f, 360.0f }) {
        CAPTURE(width);
        h.app.SetRoute(core::ParseRoute("#/programme"));
        h.Frames(3, width, 640.0f);
        const ui::a11y::Node* menu = Find(Role::Button, "Menu");
        REQUIRE(menu);
        CHECK(menu->Expanded == ui::a11y::Disclosure::Closed); // a disclosure: the layer gives it aria-expanded
        CHECK(menu->Y + menu->H <= 0.12f * 640.0f);
        CHECK(menu->W >= 44.0f);
        CHECK(menu->H >= 44.0f);
        CHECK(!Find(Role::Tab, "Trusts"));
        CHECK(!Find(Role::SearchBox, "Search everything"));
        h.app.AccessibleLayer().QueueActivation(menu->Id);
        h.Frames(2, width, 640.0f);
        REQUIRE(Find(Role::Button, "Menu"));
        CHECK(Find(Role::Button, "Menu")->Expanded == ui::a11y::Disclosure::Open);
        CHECK(Find(Role::Tab, "Trusts"));
        CHECK(Find(Role::SearchBox, "Search everything"));
        CHECK(Find(Role::Button, "Copy link"));
        CHECK(Find(Role::Button, "Text-only version"));
        // A tab taken closes the menu; the screen it opens starts under the one row again.
        h.app.SetRoute(core::ParseRoute("#/apps"));
        h.Frames(2, width, 640.0f);
        CHECK(!Find(Role::Tab, "Trusts"));
    }
    h.Frames(1, 1280.0f, 800.0f);
    CHECK(!Find(Role::Button, "Menu")); // a desktop keeps its tabs in view
    CHECK(Find(Role::Tab, "Trusts"));
}

TEST_CASE("the Programme starts with what it was, then the three ways in, then the key figures")
{
    Harness h;
    h.Show("#/programme", 390.0f);
    const std::vector<ui::a11y::Node>& nodes = h.app.AccessibleLayer().Nodes();
    auto at = [&nodes](Role role, const std::string& name) {
        for (size_t i = 0; i < nodes.size(); ++i)
            if (nodes[i].NodeRole == role && nodes[i].Name == name) return static_cast<int>(i);
        return -1;
    };
    REQUIRE(!Bundled().Intro.Paragraphs.empty());
    const int intro = at(Role::Text, Bundled().Intro.Paragraphs[0]);
    const int trust = at(Role::Link, "Was my trust part of it?");
    const int apps = at(Role::Link, "Find a health app");
    const int wearables = at(Role::Link, "Advice on wearables");
    const int figures = at(Role::Heading, "Key figures");
    CHECK(intro > at(Role::Heading, "The Global Digital Exemplar programme"));
    CHECK(trust > intro);
    CHECK(apps > trust);
    CHECK(wearables > apps);
    CHECK(figures > wearables);
    REQUIRE(trust >= 0);
    CHECK(nodes[static_cast<size_t>(trust)].Href == "#/trusts");
    CHECK(nodes[static_cast<size_t>(apps)].Href == "#/apps");
    CHECK(nodes[static_cast<size_t>(wearables)].Href == "#/wearables");
    CHECK(nodes[static_cast<size_t>(trust)].H >= 44.0f);
    h.Frames(1, 1280.0f, 800.0f);
}

TEST_CASE("an unknown app or trust says so instead of showing nothing")
{
    Harness h;
    h.Show("#/apps/no-such-app");
    CHECK(Find(Role::Heading, "App not found"));
    h.Show("#/trusts/ZZZ");
    CHECK(Find(Role::Heading, "Trust not found"));
}

TEST_CASE("an id from the address is never shown, so a link cannot put words on the page")
{
    Harness h;
    const std::string words = "Warning: this app has been withdrawn. Call 0800 000 000";
    for (const char* screen : { "#/apps/", "#/trusts/", "#/wearables/" }) {
        CAPTURE(screen);
        h.Show(screen + core::PercentEncode(words));
        bool not_found = false;
        for (const ui::a11y::Node& n : Nodes()) {
            CHECK(n.Name.find("0800") == std::string::npos);
            not_found = not_found || (n.NodeRole == Role::Heading && n.Name.find("not found") != std::string::npos);
        }
        CHECK(not_found);
    }
}

TEST_CASE("at 320 CSS px nothing is placed beyond the right edge")
{
    Harness h;
    for (std::string r : { "#/programme", "#/trusts", "#/trusts/RM3", "#/apps?q=sleep", "#/apps/nhs-app", "#/wearables",
                           "#/wearables/heart-alerts", "#/sources" }) {
        CAPTURE(r);
        h.app.SetRoute(core::ParseRoute(r));
        h.Frames(3, 320.0f);
        for (const ui::a11y::Node& n : Nodes()) {
            CAPTURE(n.Name);
            CHECK(n.X >= 0.0f);
            CHECK(n.X + n.W <= 320.5f);
        }
    }
    h.Frames(1, 1280.0f);
}

}

TEST_SUITE("ui app") {

// The words "Showing all 26 trusts." or "Showing 5 of 26 trusts." under the trusts' filters.
std::string TrustCount()
{
    const ui::a11y::Node* n = Find(Role::Text, "Showing ");
    return n ? n->Name : std::string();
}

TEST_CASE("two apps on different data keep their own screens: a filter chosen in one is not chosen in the other")
{
    const core::Dataset& full = Bundled();
    REQUIRE(full.Groups.size() >= 2);
    core::Dataset fewer = full; // the same data without the last group's trusts
    const std::string dropped = fewer.Groups.back().Id;
    fewer.Trusts.erase(std::remove_if(fewer.Trusts.begin(), fewer.Trusts.end(),
                                      [&](const core::Trust& t) { return t.Group == dropped; }),
                       fewer.Trusts.end());
    REQUIRE(fewer.Trusts.size() < full.Trusts.size());
    const size_t first_group = static_cast<size_t>(std::count_if(full.Trusts.begin(), full.Trusts.end(),
                                                                 [&](const core::Trust& t) { return t.Group == full.Groups.front().Id; }));

    Harness a(full), b(fewer);
    a.Show("#/trusts");
    CHECK(TrustCount() == "Showing all " + std::to_string(full.Trusts.size()) + " trusts.");
    const ui::a11y::Node* chip = Find(Role::Checkbox, "Show " + full.Groups.front().Label);
    REQUIRE(chip);
    a.app.AccessibleLayer().QueueActivation(chip->Id);
    a.Frames(2);
    const std::string narrowed = "Showing " + std::to_string(first_group) + " of " + std::to_string(full.Trusts.size()) + " trusts.";
    CHECK(TrustCount() == narrowed);

    b.Show("#/trusts"); // the other app: its own filters, none chosen, and its own data
    CHECK(TrustCount() == "Showing all " + std::to_string(fewer.Trusts.size()) + " trusts.");
    const ui::a11y::Node* b_chip = Find(Role::Checkbox, "Show " + full.Groups.front().Label);
    REQUIRE(b_chip);
    CHECK_FALSE(b_chip->Selected);

    a.Frames(1); // the first app still has its filter
    CHECK(TrustCount() == narrowed);

    a.app.SetData(full, {}); // new data: the screens are made afresh, the filter goes
    a.Frames(2);
    CHECK(TrustCount() == "Showing all " + std::to_string(full.Trusts.size()) + " trusts.");
}

}
