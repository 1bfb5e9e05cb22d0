// a11y.cpp — records the accessible nodes of a frame into the current a11y::Context (layer: ui). See a11y.h.
#include "ui/a11y.h"

#include "imgui.h"

#include <cassert>

namespace ui {
namespace a11y {

namespace {
Context* g_current = nullptr; // stays: the current context, as ImGui's GImGui, so widgets record without being handed it

Context& Current()
{
    assert(g_current && "a11y::SetCurrentContext() first (App::Frame does)");
    return *g_current;
}

// An id for a screen's heading, which has no ImGui item but takes focus when the screen changes: made from
// its role and name, so it keeps its id, and its element, from frame to frame. FNV-1a, seeded with the role.
// Other nodes without an item (text, images) are never focused nor activated, and go without one.
unsigned int MadeId(Role role, const std::string& name)
{
    unsigned int h = 2166136261u ^ static_cast<unsigned int>(role);
    for (unsigned char c : name) h = (h ^ c) * 16777619u;
    return h ? h : 1;
}
} // namespace

void SetCurrentContext(Context* context)
{
    g_current = context;
}

Context* GetCurrentContext()
{
    return g_current;
}

void Context::BeginFrame()
{
    FrameNodes.clear();
    EscapedThisFrame = EscapeQueued;
    EscapeQueued = false;
}

void Context::Say(const std::string& text)
{
    SaidText = text;
    SayPending = true;
}

bool Context::TakeSaid(std::string& text)
{
    if (!SayPending) return false;
    SayPending = false;
    text = SaidText;
    return true;
}

void Context::QueueActivation(unsigned int id)
{
    Activations.push_back(id);
}

void Context::QueueInput(unsigned int id, const std::string& text)
{
    for (auto& in : Inputs)
        if (in.first == id) {
            in.second = text;
            return;
        }
    Inputs.emplace_back(id, text);
}

void Context::QueueEscape()
{
    EscapeQueued = true;
}

void Context::SetFocused(unsigned int id)
{
    FocusedId = id;
}

void Add(Node node)
{
    if (node.Id == 0 && node.NodeRole == Role::Heading && node.Level == 1) node.Id = MadeId(node.NodeRole, node.Name);
    Current().FrameNodes.push_back(std::move(node));
}

bool AddLastItem(Role role, const std::string& name, const std::string& href, int level, bool selected)
{
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    Node n;
    n.NodeRole = role;
    n.Level = level;
    n.Name = name;
    n.Href = href;
    n.Selected = selected;
    n.Id = ImGui::GetItemID();
    n.X = min.x;
    n.Y = min.y;
    n.W = max.x - min.x;
    n.H = max.y - min.y;
    unsigned int item = n.Id;
    Add(std::move(n));
    return item != 0 && TakeActivation(item);
}

bool AddDisclosure(const std::string& name, bool open)
{
    bool activated = AddLastItem(Role::Button, name);
    Current().FrameNodes.back().Expanded = open ? Disclosure::Open : Disclosure::Closed;
    return activated;
}

void Describe(const std::string& text)
{
    std::vector<Node>& nodes = Current().FrameNodes;
    if (!nodes.empty()) nodes.back().Description = text;
}

void NameGroup(const std::string& text)
{
    std::vector<Node>& nodes = Current().FrameNodes;
    if (!nodes.empty()) nodes.back().Group = text;
}

bool TakeActivation(unsigned int id)
{
    std::vector<unsigned int>& queued = Current().Activations;
    for (size_t i = 0; i < queued.size(); ++i) {
        if (queued[i] != id) continue;
        queued.erase(queued.begin() + static_cast<long>(i));
        return true;
    }
    return false;
}

bool TakeInput(unsigned int id, std::string& text)
{
    std::vector<std::pair<unsigned int, std::string>>& queued = Current().Inputs;
    for (size_t i = 0; i < queued.size(); ++i) {
        if (queued[i].first != id) continue;
        text = std::move(queued[i].second);
        queued.erase(queued.begin() + static_cast<long>(i));
        return true;
    }
    return false;
}

unsigned int Focused()
{
    return Current().FocusedId;
}

bool Escaped()
{
    return Current().EscapedThisFrame;
}

void Announce(const std::string& text)
{
    Current().LiveText = text;
}

void Say(const std::string& text)
{
    Current().Say(text);
}

} // namespace a11y
} // namespace ui
