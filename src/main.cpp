// main.cpp — wires core (data), ui (screens) and platform (the browser) together, and nothing else.
#include "core/data_loader.h"
#include "core/route.h"
#include "platform/a11y_dom.h"
#include "platform/web_platform.h"
#include "ui/app.h"

#include "imgui.h"

#include <string>
#include <vector>

int main()
{
    ImGui::CreateContext();
    platform::WebPlatform& web = platform::Platform();
    static ui::App app(web);

    core::LoadResult loaded = core::LoadDataset(core::BundledDataFiles());
    std::vector<std::string> problems;
    for (const core::Problem& p : loaded.Problems) problems.push_back(core::FormatProblem(p));
    app.SetData(std::move(loaded.Data), std::move(problems));

    bool ok = web.Init([] { app.Frame(); },
                       [](const std::string& hash) { app.SetRoute(core::ParseRoute(hash)); });
    if (!ok) return 0;                        // the page keeps its text version and says why
    platform::ConnectAccessibleLayer([](float y, float height) { app.Reveal(y, height); });
    web.Start();
    return 0;                                 // the runtime stays alive; events drive everything
}
