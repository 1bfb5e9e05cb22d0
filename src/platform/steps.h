// steps.h — start-up work in short tasks (layer: platform).
#pragma once

#include <vector>

namespace platform {

// Runs each step in its own task (a zero-delay timer), so no single task blocks the page for long. Each
// step shows in the browser's performance tools as a user timing "appfinder: <name>".
struct Step {
    const char* Name;
    void (*Run)(void* user);
};
void RunInSteps(std::vector<Step> steps, void* user); // each step is called with user

} // namespace platform
