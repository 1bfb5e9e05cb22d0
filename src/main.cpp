// main.cpp — wires core (data), ui (screens) and platform (the browser) together, and nothing else.
#include "core/data_loader.h"
#include "core/data_source.h"
#include "core/route.h"
#include "platform/a11y_dom.h"
#include "platform/browser.h"
#include "platform/colour_scheme.h"
#include "platform/web_platform.h"
#include "ui/app.h"
#include "ui/fonts.h"

#include "imgui.h"

#include <memory>
#include <string>
#include <vector>

namespace {

ui::App* g_app = nullptr;
std::unique_ptr<core::StepwiseLoad> g_loading; // the bundled files, read one a task
core::LoadResult g_loaded;

// ?data=: the policy is core's (core::MergeOwnData); here only what it means for the fonts and the app.
void UseOwnData(const std::vector<core::DataFile>& files, const std::vector<std::string>& errors)
{
    core::OwnData own = core::MergeOwnData(core::BundledDataFiles(), files, errors);
    if (own.Accepted) {
        ui::FontLibrary& fonts = platform::Platform().Fonts();
        fonts.ForgetCharacters(); // the fonts get the new data's characters
        for (const core::DataFile& f : own.Files) fonts.NoteCharacters(f.Text);
        platform::Platform().RebuildFonts();
        g_app->SetData(std::move(own.Data), {});
    }
    g_app->SetNotices(std::move(own.Notices));
}

void LoadBundledFile() // one data file a task
{
    if (!g_loading) {
        g_loading = std::make_unique<core::StepwiseLoad>(core::BundledDataFiles());
        for (const core::DataFile& f : g_loading->Files()) platform::Platform().Fonts().NoteCharacters(f.Text);
    }
    g_loading->LoadNext();
    if (g_loading->Done()) {
        g_loaded = g_loading->Take();
        g_loading.reset();
    }
}

void ShowBundledData()
{
    std::vector<std::string> problems;
    for (const core::Problem& p : g_loaded.Problems) problems.push_back(core::FormatProblem(p));
    g_app->SetData(std::move(g_loaded.Data), std::move(problems)); // also builds the search index
    g_loaded = core::LoadResult();
}

bool g_platform_ok = false;
platform::WebPlatform::AppHooks g_hooks; // what the platform tells the app; lives as long as the page

void InitPlatform()
{
    platform::WebPlatform& web = platform::Platform();
    platform::WebPlatform::AppHooks& hooks = g_hooks;
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
    hooks.LinkCopied = [](bool ok) { g_app->OnLinkCopied(ok); };
    hooks.DataArrived = UseOwnData;
    g_platform_ok = web.Init(hooks);
    if (!g_platform_ok) return;
    platform::ConnectAccessibleLayer();
    platform::InstallColourScheme([] { platform::Platform().Wake(); }); // light, dark or forced colours
}

void BuildFonts()
{
    if (g_platform_ok) g_platform_ok = platform::Platform().BuildFonts();
}

void StartApp()
{
    if (!g_platform_ok) return; // the page keeps its text version and says why
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
    return 0; // the runtime stays alive; events drive everything
}
