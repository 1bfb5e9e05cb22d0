// main.cpp — wires core (data), ui (screens) and platform (the browser) together, and nothing else.
#include "core/data_loader.h"
#include "core/route.h"
#include "platform/a11y_dom.h"
#include "platform/browser.h"
#include "platform/web_platform.h"
#include "ui/app.h"
#include "ui/fonts.h"

#include "imgui.h"

#include <memory>
#include <string>
#include <vector>

namespace {

ui::App* g_app = nullptr;

// ?data=: the visitor's own data replaces the bundled files of the same names. Any problem, and the
// bundled data stays, with a notice that says what was wrong.
void UseOwnData(const platform::WebPlatform::DataFiles& files, const std::vector<std::string>& errors)
{
    std::vector<std::string> notices;
    std::vector<core::DataFile> merged = core::BundledDataFiles();
    for (const auto& f : files) {
        bool known = false;
        for (core::DataFile& m : merged)
            if (m.Name == f.first) { m.Text = f.second; known = true; }
        if (known) continue;
        std::string names;
        for (const std::string& n : core::DataFileNames()) names += (names.empty() ? "" : ", ") + n;
        notices.push_back("?data=: " + f.first + " is not one of the data files (" + names + "); it was ignored.");
    }
    std::vector<std::string> problems = errors;
    core::LoadResult loaded;
    if (problems.empty()) {
        loaded = core::LoadDataset(merged);
        for (const core::Problem& p : loaded.Problems) problems.push_back(core::FormatProblem(p));
    }
    if (!problems.empty()) {
        notices.insert(notices.begin(), "Your data (?data=) has " + std::to_string(problems.size()) +
                                            (problems.size() == 1 ? " problem" : " problems") +
                                            ", so the bundled data is shown instead.");
        const size_t shown = 12;
        for (size_t i = 0; i < problems.size() && i < shown; ++i) notices.push_back(problems[i]);
        if (problems.size() > shown) notices.push_back("... and " + std::to_string(problems.size() - shown) + " more; appfinder-cli validate lists them all.");
        g_app->SetNotices(std::move(notices));
        return;
    }
    notices.insert(notices.begin(), "Showing your own data (?data=).");
    ui::ForgetCharacters();                   // the fonts get the new data's characters
    for (const core::DataFile& f : merged) ui::NoteCharacters(f.Text);
    platform::Platform().RebuildFonts();
    g_app->SetData(std::move(loaded.Data), {});
    g_app->SetNotices(std::move(notices));
}

core::LoadResult g_loaded;
std::vector<core::DataFile> g_bundled_files;
std::unique_ptr<core::DatasetLoader> g_loader;

void LoadBundledFile()                        // one data file a task
{
    if (!g_loader) {
        g_bundled_files = core::BundledDataFiles();
        for (const core::DataFile& f : g_bundled_files) ui::NoteCharacters(f.Text);
        g_loader = std::make_unique<core::DatasetLoader>(g_bundled_files);
    }
    g_loader->LoadNext();
    if (g_loader->Done()) {
        g_loaded = g_loader->Take();
        g_loader.reset();
        g_bundled_files.clear();
    }
}

void ShowBundledData()
{
    std::vector<std::string> problems;
    for (const core::Problem& p : g_loaded.Problems) problems.push_back(core::FormatProblem(p));
    g_app->SetData(std::move(g_loaded.Data), std::move(problems));   // also builds the search index
    g_loaded = core::LoadResult();
}

bool g_platform_ok = false;

void InitPlatform()
{
    platform::WebPlatform& web = platform::Platform();
    platform::WebPlatform::AppHooks hooks;
    hooks.Embedded = platform::GetQueryParam("embed") == "1";
    g_app->SetEmbedded(hooks.Embedded);
    g_app->SetEmbedQuery(platform::GetLocation());
    hooks.Frame = [] {
        const platform::WebPlatform& p = platform::Platform();
        g_app->SetPageView(p.CanvasTop(), p.ViewHeight());
        g_app->Frame();
    };
    hooks.Route = [](const std::string& hash) { g_app->SetRoute(core::ParseRoute(hash)); };
    hooks.ContentHeight = [] { return g_app->ContentHeight(); };
    hooks.TakeScrollToTop = [] { return g_app->TakeScrollToTop(); };
    hooks.Status = [](const std::string& text) { g_app->SetStatus(text); };
    hooks.DataArrived = [](const platform::WebPlatform::DataFiles& files, const std::vector<std::string>& errors) {
        UseOwnData(files, errors);
    };
    g_platform_ok = web.Init(std::move(hooks));
    if (g_platform_ok) platform::ConnectAccessibleLayer();
}

void BuildFonts()
{
    if (g_platform_ok) g_platform_ok = platform::Platform().BuildFonts();
}

void StartApp()
{
    if (!g_platform_ok) return;               // the page keeps its text version and says why
    platform::WebPlatform& web = platform::Platform();
    web.Start();
    std::string own_data = platform::GetQueryParam("data");
    if (!own_data.empty()) web.LoadData(own_data, core::DataFileNames());
}

} // namespace

int main()
{
    ImGui::CreateContext();
    static ui::App app(platform::Platform());
    g_app = &app;
    // A few short tasks rather than one long one, so the page stays responsive while the app starts.
    std::vector<platform::Step> steps;
    for (const std::string& name : core::DataFileNames()) steps.push_back({ name.c_str(), LoadBundledFile });
    steps.push_back({ "index data", ShowBundledData });
    steps.push_back({ "start WebGL", InitPlatform });
    steps.push_back({ "fonts", BuildFonts });
    steps.push_back({ "font texture", StartApp });
    platform::RunInSteps(std::move(steps));
    return 0;                                 // the runtime stays alive; events drive everything
}
