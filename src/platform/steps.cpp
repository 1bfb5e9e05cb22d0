// steps.cpp — start-up work in short tasks, one zero-delay timer each (layer: platform).
#include "platform/steps.h"

#include "platform/browser.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <utility>

namespace platform {

namespace {

struct StepRun {
    std::vector<Step> Steps;
    void* User = nullptr;
    size_t Next = 0;
};

void RunNextStep(void* data)
{
    StepRun* run = static_cast<StepRun*>(data);
    const Step& step = run->Steps[run->Next++];
    double start = emscripten_get_now();
    step.Run(run->User);
    MeasureSince(step.Name, start);
    if (run->Next < run->Steps.size()) emscripten_set_timeout(RunNextStep, 0.0, run);
    else delete run;
}

} // namespace

void RunInSteps(std::vector<Step> steps, void* user)
{
    if (steps.empty()) return;
    StepRun* run = new StepRun{ std::move(steps), user, 0 }; // owned by the timers; freed after the last step
    emscripten_set_timeout(RunNextStep, 0.0, run);
}

} // namespace platform
