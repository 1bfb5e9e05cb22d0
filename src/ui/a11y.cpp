// a11y.cpp — records the accessible nodes of a frame (layer: ui). See a11y.h.
#include "ui/a11y.h"

#include "imgui.h"

namespace ui {
namespace a11y {

namespace {
std::vector<Node> g_nodes;
std::vector<unsigned int> g_activations;
std::vector<std::pair<unsigned int, std::string>> g_inputs;
std::string g_announcement;
std::string g_said;
bool g_escape = false, g_escaped = false;
unsigned int g_focused = 0;
bool g_say = false;
}

void BeginFrame()
{
    g_nodes.clear();
    g_escaped = g_escape;
    g_escape = false;
}

void SetFocused(unsigned int id)
{
    g_focused = id;
}

unsigned int Focused()
{
    return g_focused;
}

void QueueEscape()
{
    g_escape = true;
}

bool Escaped()
{
    return g_escaped;
}

void Add(Node node)
{
    g_nodes.push_back(std::move(node));
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
    unsigned int id = n.Id;
    g_nodes.push_back(std::move(n));
    return id != 0 && TakeActivation(id);
}

void Describe(const std::string& text)
{
    if (!g_nodes.empty()) g_nodes.back().Value = text;
}

const std::vector<Node>& Nodes()
{
    return g_nodes;
}

void QueueActivation(unsigned int id)
{
    g_activations.push_back(id);
}

void QueueInput(unsigned int id, const std::string& text)
{
    for (auto& in : g_inputs)
        if (in.first == id) {
            in.second = text;
            return;
        }
    g_inputs.emplace_back(id, text);
}

bool TakeActivation(unsigned int id)
{
    for (size_t i = 0; i < g_activations.size(); ++i) {
        if (g_activations[i] != id) continue;
        g_activations.erase(g_activations.begin() + static_cast<long>(i));
        return true;
    }
    return false;
}

bool TakeInput(unsigned int id, std::string& text)
{
    for (size_t i = 0; i < g_inputs.size(); ++i) {
        if (g_inputs[i].first != id) continue;
        text = std::move(g_inputs[i].second);
        g_inputs.erase(g_inputs.begin() + static_cast<long>(i));
        return true;
    }
    return false;
}

void Announce(const std::string& text)
{
    g_announcement = text;
}

const std::string& Announcement()
{
    return g_announcement;
}

void Say(const std::string& text)
{
    g_said = text;
    g_say = true;
}

bool TakeSaid(std::string& text)
{
    if (!g_say) return false;
    g_say = false;
    text = g_said;
    return true;
}

} // namespace a11y
} // namespace ui
