// main.cpp — wires core (data), ui (screens) and platform (the browser) together, and nothing else.
// Everything it keeps is in one Page, handed to the platform's start-up steps and hooks as their user
// pointer: no globals.
#include "core/data_loader.h"
#include "core/data_source.h"
#include "core/route.h"
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

struct Page {
    Page() : App(Web) {}
    platform::WebPlatform Web; // the page's listeners hold its address (web_host.cpp)
    ui::App App;
    std::unique_ptr<core::StepwiseLoad> Loading; // the bundled files, read one a task
    core::LoadResult Loaded;
    bool PlatformOk = false;
    platform::WebPlatform::AppHooks Hooks; // what the platform tells the app
};

Page& Of(void* user)
{
    return *static_cast<Page*>(user);
}

// ?data=: the policy is core's (core::MergeOwnData); here only what it means for the fonts and the app.
void UseOwnData(void* user, const std::vector<core::DataFile>& files, const std::vector<std::string>& errors)
{
    Page& page = Of(user);
    core::OwnData own = core::MergeOwnData(core::BundledDataFiles(), files, errors);
    if (own.Accepted) {
        ui::FontLibrary& fonts = page.Web.Fonts();
        fonts.ForgetCharacters(); // the fonts get the new data's characters
        for (const core::DataFile& f : own.Files) fonts.NoteCharacters(f.Text);
        page.Web.RebuildFonts();
        page.App.SetData(std::move(own.Data), {});
    }
    page.App.SetNotices(std::move(own.Notices));
}

void LoadBundledFile(void* user) // one data file a task
{
    Page& page = Of(user);
    if (!page.Loading) {
        page.Loading = std::make_unique<core::StepwiseLoad>(core::BundledDataFiles());
        for (const core::DataFile& f : page.Loading->Files()) page.Web.Fonts().NoteCharacters(f.Text);
    }
    page.Loading->LoadNext();
    if (page.Loading->Done()) {
        page.Loaded = page.Loading->Take();
        page.Loading.reset();
    }
}

void ShowBundledData(void* user)
{
    Page& page = Of(user);
    std::vector<std::string> problems;
    for (const core::Problem& p : page.Loaded.Problems) problems.push_back(core::FormatProblem(p));
    page.App.SetData(std::move(page.Loaded.Data), std::move(problems)); // also builds the search index
    page.Loaded = core::LoadResult();
}

void InitPlatform(void* user)
{
    Page& page = Of(user);
    platform::WebPlatform::AppHooks& hooks = page.Hooks;
    hooks.User = &page;
    hooks.Accessible = &page.App.AccessibleLayer();
    hooks.Embedded = platform::GetQueryParam("embed") == "1";
    page.App.SetEmbedded(hooks.Embedded);
    page.App.SetEmbedQuery(platform::GetLocation());
    if (hooks.Embedded) page.Web.Fonts().SetBodySize(static_cast<float>(core::EmbedTextSize(platform::GetLocation()))); // size=
    hooks.Frame = [](void* u) {
        Page& p = Of(u);
        p.App.SetPageView(p.Web.CanvasTop(), p.Web.ViewHeight());
        p.App.Frame();
    };
    hooks.Route = [](void* u, const std::string& hash) { Of(u).App.SetRoute(core::ParseRoute(hash)); };
    hooks.ContentHeight = [](void* u) { return Of(u).App.ContentHeight(); };
    hooks.TakeScrollToTop = [](void* u) { return Of(u).App.TakeScrollToTop(); };
    hooks.LinkCopied = [](void* u, bool ok) { Of(u).App.OnLinkCopied(ok); };
    hooks.DataArrived = UseOwnData;
    page.PlatformOk = page.Web.Init(hooks);
    if (!page.PlatformOk) return;
    platform::InstallColourScheme([](void* u) { Of(u).Web.Wake(); }, &page); // light, dark or forced colours
}

void BuildFonts(void* user)
{
    Page& page = Of(user);
    if (page.PlatformOk) page.PlatformOk = page.Web.BuildFonts();
}

void StartApp(void* user)
{
    Page& page = Of(user);
    if (!page.PlatformOk) return; // the page keeps its text version and says why
    page.Web.Start();
    std::string own_data = platform::GetQueryParam("data");
    if (!own_data.empty()) page.Web.LoadData(own_data, core::DataFileNames());
}

} // namespace

int main()
{
    ImGui::CreateContext();
    Page* page = new Page(); // lives as long as the page: the runtime stays alive after main, and the page's listeners hold its address
    // A few short tasks rather than one long one, so the page stays responsive while the app starts.
    std::vector<platform::Step> steps;
    for (const std::string& name : core::DataFileNames()) steps.push_back({ name.c_str(), LoadBundledFile });
    steps.push_back({ "index data", ShowBundledData });
    steps.push_back({ "start WebGL", InitPlatform });
    steps.push_back({ "fonts", BuildFonts });
    steps.push_back({ "font texture", StartApp });
    platform::RunInSteps(std::move(steps), page);
    return 0; // the runtime stays alive; events drive everything
}
