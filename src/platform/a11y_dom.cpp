// a11y_dom.cpp — sends the accessible nodes to web/layer.js: the whole list when anything but
// positions changed, only positions when the page scrolled or resized, nothing when nothing changed.
#include "platform/a11y_dom.h"

#include "platform/web_platform.h"
#include "ui/a11y.h"

#include <nlohmann/json.hpp>

#include <emscripten.h>

#include <cmath>
#include <string>
#include <vector>

// clang-format off
EM_JS(void, js_layer_update, (const char* json), {
    if (window.AppfinderLayer) window.AppfinderLayer.update(UTF8ToString(json));
});

EM_JS(int, js_focus_in_layer, (), {
    return window.AppfinderLayer && window.AppfinderLayer.focusInLayer() ? 1 : 0;
});

EM_JS(void, js_layer_connect, (), {
    if (!window.AppfinderLayer) return;
    window.AppfinderLayer.connect({
        activate: function(id) { _platform_a11y_activate(id >>> 0); },
        focus: function(index) { _platform_a11y_focus(index); },
        input: function(id, text) {
            // A search box's text: far more than any search is cut, and nothing is written when _malloc fails.
            if (text.length > 65536) text = text.slice(0, 65536);
            var size = lengthBytesUTF8(text) + 1;
            var ptr = _malloc(size);
            if (!ptr) return;
            stringToUTF8(text, ptr, size);
            _platform_a11y_input(id >>> 0, ptr);
            _free(ptr);
        }
    });
});
// clang-format on

namespace platform {

namespace {

std::vector<ui::a11y::Node> g_sent;           // in page coordinates
std::string g_sent_live;
int g_focused = -1;                             // index in g_sent of the focused element, -1: none

bool SameContent(const ui::a11y::Node& a, const ui::a11y::Node& b)
{
    return a.NodeRole == b.NodeRole && a.Level == b.Level && a.Name == b.Name && a.Href == b.Href &&
           a.Value == b.Value && a.Selected == b.Selected && a.Id == b.Id;
}

bool SamePlace(const ui::a11y::Node& a, const ui::a11y::Node& b)
{
    return std::fabs(a.X - b.X) < 0.5f && std::fabs(a.Y - b.Y) < 0.5f && std::fabs(a.W - b.W) < 0.5f &&
           std::fabs(a.H - b.H) < 0.5f;
}

nlohmann::json Rect(const ui::a11y::Node& n)
{
    auto r = [](float v) { return std::round(v * 10.0f) / 10.0f; };
    return nlohmann::json::array({ r(n.X), r(n.Y), r(n.W), r(n.H) });
}

} // namespace

void ConnectAccessibleLayer()
{
    js_layer_connect();
}

void SyncAccessibleLayer(bool route_changed, float canvas_top)
{
    std::vector<ui::a11y::Node> nodes = ui::a11y::Nodes();
    for (ui::a11y::Node& n : nodes) n.Y += canvas_top;
    bool content_changed = nodes.size() != g_sent.size();
    bool place_changed = false;
    for (size_t i = 0; i < nodes.size() && !content_changed; ++i) {
        if (!SameContent(nodes[i], g_sent[i])) content_changed = true;
        else if (!SamePlace(nodes[i], g_sent[i])) place_changed = true;
    }
    const std::string& live = ui::a11y::Announcement();
    bool live_changed = live != g_sent_live;
    if (!content_changed && !place_changed && !live_changed && !route_changed) return;

    nlohmann::json msg = nlohmann::json::object();
    if (content_changed) {
        nlohmann::json list = nlohmann::json::array();
        for (const ui::a11y::Node& n : nodes) {
            nlohmann::json item = nlohmann::json::array({ static_cast<int>(n.NodeRole), n.Level, n.Name, n.Href, n.Value,
                                                         n.Selected, n.Id });
            for (const auto& v : Rect(n)) item.push_back(v);
            list.push_back(std::move(item));
        }
        msg["nodes"] = std::move(list);
    } else if (place_changed) {
        nlohmann::json pos = nlohmann::json::array();
        for (const ui::a11y::Node& n : nodes) pos.push_back(Rect(n));
        msg["pos"] = std::move(pos);
    }
    if (live_changed) msg["live"] = live;
    if (route_changed) msg["focusHeading"] = true;
    // Invalid UTF-8 in a name would make dump() fail; replace it instead of aborting.
    std::string text = msg.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    js_layer_update(text.c_str());
    g_sent = std::move(nodes);
    g_sent_live = live;
}

bool FocusInAccessibleLayer()
{
    return js_focus_in_layer() != 0;
}

bool FocusedNodeRect(float& x, float& y, float& w, float& h)
{
    if (g_focused < 0 || g_focused >= static_cast<int>(g_sent.size()) || !FocusInAccessibleLayer()) return false;
    const ui::a11y::Node& sent = g_sent[static_cast<size_t>(g_focused)];
    // This frame's rectangle of the same widget, where ImGui drew it on the canvas.
    const std::vector<ui::a11y::Node>& drawn = ui::a11y::Nodes();
    for (size_t i = 0; i < drawn.size(); ++i) {
        const ui::a11y::Node& n = drawn[i];
        if (sent.Id != 0 ? n.Id != sent.Id : (static_cast<int>(i) != g_focused || n.Name != sent.Name)) continue;
        x = n.X;
        y = n.Y;
        w = n.W;
        h = n.H;
        return true;
    }
    return false;
}

} // namespace platform

extern "C" {
EMSCRIPTEN_KEEPALIVE void platform_a11y_activate(unsigned int id)
{
    ui::a11y::QueueActivation(id);
    platform::Platform().Wake();
}

EMSCRIPTEN_KEEPALIVE void platform_a11y_focus(int index)
{
    if (index < 0 || index >= static_cast<int>(platform::g_sent.size())) return;
    platform::g_focused = index;             // the browser scrolls the element into view; the canvas follows
    platform::Platform().Wake();
}

EMSCRIPTEN_KEEPALIVE void platform_a11y_input(unsigned int id, const char* text)
{
    ui::a11y::QueueInput(id, text ? text : "");
    platform::Platform().Wake();
}
}
