// a11y_dom.cpp — sends the accessible nodes to web/layer.js: the whole list when anything but
// positions changed, only positions when the page scrolled or resized, nothing when nothing changed.
#include "platform/a11y_dom.h"

#include "platform/web_platform.h"
#include "ui/a11y.h"

#include "core/text_format.h"

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
        escape: function() { _platform_a11y_escape(); },
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

std::vector<ui::a11y::Node> g_sent; // in page coordinates
std::string g_sent_live;
int g_focused = -1; // index in g_sent of the focused element, -1: none

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

// The message to web/layer.js is JSON written here: strings escaped, an invalid UTF-8 byte as U+FFFD (a
// name may hold what was typed in the address), numbers in tenths of a pixel.
void AppendString(std::string& out, const std::string& s)
{
    out += '"';
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::uint32_t cp = 0;
        size_t len = c < 0x80 ? 1 : core::Utf8Sequence(s, i, cp);
        if (c == '"' || c == '\\') out += '\\';
        if (c < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else if (len == 0) {
            out += "\xEF\xBF\xBD";
            len = 1;
        } else {
            out.append(s, i, len);
        }
        i += len;
    }
    out += '"';
}

void AppendNumber(std::string& out, float v)
{
    long tenths = std::lround(v * 10.0f);
    if (tenths < 0) out += '-';
    unsigned long t = static_cast<unsigned long>(tenths < 0 ? -tenths : tenths);
    out += std::to_string(t / 10);
    if (t % 10) {
        out += '.';
        out += static_cast<char>('0' + t % 10);
    }
}

void AppendRect(std::string& out, const ui::a11y::Node& n) // x,y,w,h
{
    const float v[4] = { n.X, n.Y, n.W, n.H };
    for (int k = 0; k < 4; ++k) {
        if (k) out += ',';
        AppendNumber(out, v[k]);
    }
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
    std::string said;
    bool say = ui::a11y::TakeSaid(said);
    if (!content_changed && !place_changed && !live_changed && !route_changed && !say) return;

    std::string text = "{";
    auto key = [&text](const char* name) {
        if (text.size() > 1) text += ',';
        text += '"';
        text += name;
        text += "\":";
    };
    if (content_changed || place_changed) {
        key(content_changed ? "nodes" : "pos");
        text += '[';
        for (size_t i = 0; i < nodes.size(); ++i) {
            const ui::a11y::Node& n = nodes[i];
            text += i ? ",[" : "[";
            if (content_changed) {
                text += std::to_string(static_cast<int>(n.NodeRole)) + ',' + std::to_string(n.Level) + ',';
                for (const std::string* s : { &n.Name, &n.Href, &n.Value }) {
                    AppendString(text, *s);
                    text += ',';
                }
                text += n.Selected ? "true," : "false,";
                text += std::to_string(n.Id) + ',';
            }
            AppendRect(text, n);
            text += ']';
        }
        text += ']';
    }
    if (live_changed) {
        key("live");
        AppendString(text, live);
    }
    if (say) {
        key("say");
        AppendString(text, said);
    }
    if (route_changed) {
        key("focusHeading");
        text += "true";
    }
    text += '}';
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

EMSCRIPTEN_KEEPALIVE void platform_a11y_escape()
{
    ui::a11y::QueueEscape();
    platform::Platform().Wake();
}

EMSCRIPTEN_KEEPALIVE void platform_a11y_focus(int index)
{
    if (index >= static_cast<int>(platform::g_sent.size())) return;
    platform::g_focused = index < 0 ? -1 : index; // -1: focus left the layer
    ui::a11y::SetFocused(index < 0 ? 0 : platform::g_sent[static_cast<size_t>(index)].Id);
    platform::Platform().Wake(); // the browser scrolls the element into view; the canvas follows
}

EMSCRIPTEN_KEEPALIVE void platform_a11y_input(unsigned int id, const char* text)
{
    ui::a11y::QueueInput(id, text ? text : "");
    platform::Platform().Wake();
}
}
