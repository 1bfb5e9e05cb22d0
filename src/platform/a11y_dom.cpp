// a11y_dom.cpp — sends the accessible nodes to web/layer.js: the whole list when anything but
// positions changed, only positions when the page scrolled or resized, nothing when nothing changed;
// and hands what the page did back to the app's a11y::Context (layer: platform).
#include "platform/a11y_dom.h"

#include "core/text_format.h"

#include <emscripten.h>

#include <cmath>
#include <cstdint>

// The message to web/layer.js, a JSON object of these parts, each sent only when it has something to say
// (places alone when only they changed).
// web/layer.js lists the same keys and roles; tools/check-layer-protocol.mjs (run by ctest) fails when the
// two sides disagree.
#define APPFINDER_LAYER_PARTS(X)                                                           \
    X(Nodes, "nodes")               /* the node list, in reading order (fields below) */   \
    X(Places, "pos")                /* their places (AppendPlaces), with each node list */ \
    X(Live, "live")                 /* the polite live region's text, said once settled */ \
    X(Said, "say")                  /* a status, said at once */                           \
    X(FocusHeading, "focusHeading") /* a new screen: its heading takes focus */
// A node's fields. Each is left out at its default (0, "", false; role: text), so one meaning a key; a text
// node with nothing but a name is sent as that name alone, a JSON string.
#define APPFINDER_LAYER_FIELDS(X)                                                             \
    X(Role, "r")        /* its number in APPFINDER_A11Y_ROLES (ui/a11y.h) */                  \
    X(Name, "n")        /* the accessible name */                                             \
    X(Level, "l")       /* a heading's level, 1-3; a table cell's column, from 1 */           \
    X(Expanded, "e")    /* a disclosure button: 0 closed, 1 open; absent: not a disclosure */ \
    X(Href, "h")        /* where a link goes */                                               \
    X(Text, "t")        /* what a search box holds */                                         \
    X(Description, "d") /* a list item's description, read after its name */                  \
    X(Group, "g")       /* the name of the toolbar a checkbox starts */                       \
    X(Selected, "s")    /* 1: the current tab or view, a pressed chip */                      \
    X(Id, "i")          /* names the node for focus and activation */

// clang-format off
EM_JS(void, js_layer_update, (const char* json), {
    if (window.AppfinderLayer) window.AppfinderLayer.update(UTF8ToString(json));
});

EM_JS(int, js_focus_in_layer, (), {
    return window.AppfinderLayer && window.AppfinderLayer.focusInLayer() ? 1 : 0;
});

// What the page does reaches the AccessibleLayer at `self`; ids are unsigned on both sides.
EM_JS(void, js_layer_connect, (void* self), {
    if (!window.AppfinderLayer) return;
    window.AppfinderLayer.connect({
        activate: function(id) { _platform_a11y_activate(self, id >>> 0); },
        escape: function() { _platform_a11y_escape(self); },
        focus: function(id) { _platform_a11y_focus(self, id >>> 0); },
        input: function(id, text) {
            // A search box's text: far more than any search is cut, and nothing is written when _malloc fails.
            if (text.length > 65536) text = text.slice(0, 65536);
            var size = lengthBytesUTF8(text) + 1;
            var ptr = _malloc(size);
            if (!ptr) return;
            stringToUTF8(text, ptr, size);
            _platform_a11y_input(self, id >>> 0, ptr);
            _free(ptr);
        }
    });
});
// clang-format on

namespace platform {

namespace {

using ui::a11y::Node;

enum class Part {
#define APPFINDER_LAYER_ENUM(name, key) name,
    APPFINDER_LAYER_PARTS(APPFINDER_LAYER_ENUM)
};
enum class Field { APPFINDER_LAYER_FIELDS(APPFINDER_LAYER_ENUM) };
#undef APPFINDER_LAYER_ENUM
#define APPFINDER_LAYER_KEY(name, key) "\"" key "\":",
const char* const kPartKeys[] = { APPFINDER_LAYER_PARTS(APPFINDER_LAYER_KEY) };
const char* const kFieldKeys[] = { APPFINDER_LAYER_FIELDS(APPFINDER_LAYER_KEY) };
#undef APPFINDER_LAYER_KEY

bool SameContent(const Node& a, const Node& b)
{
    return a.NodeRole == b.NodeRole && a.Level == b.Level && a.Expanded == b.Expanded && a.Name == b.Name &&
           a.Href == b.Href && a.Text == b.Text && a.Description == b.Description && a.Group == b.Group &&
           a.Selected == b.Selected && a.Id == b.Id;
}

bool SamePlace(const Node& a, const Node& b)
{
    return std::fabs(a.X - b.X) < 0.5f && std::fabs(a.Y - b.Y) < 0.5f && std::fabs(a.W - b.W) < 0.5f &&
           std::fabs(a.H - b.H) < 0.5f;
}

// JSON written here: strings escaped, an invalid UTF-8 byte as U+FFFD (a name may hold what was typed in
// the address), numbers in tenths of a pixel.
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

long Tenths(float v)
{
    return std::lround(v * 10.0f);
}

void AppendTenths(std::string& out, long tenths)
{
    if (tenths < 0) out += '-';
    unsigned long t = static_cast<unsigned long>(tenths < 0 ? -tenths : tenths);
    out += std::to_string(t / 10);
    if (t % 10) {
        out += '.';
        out += static_cast<char>('0' + t % 10);
    }
}

// The Places part: four numbers a node, in node order: x and y as the change from the node before (the
// first node's from 0), then width and height; CSS px in the page, to a tenth. Most nodes sit below the one
// before and at its left edge, so the changes are short numbers. web/layer.js adds them up in tenths, so
// each place comes out as exactly the number written here before.
void AppendPlaces(std::string& out, const std::vector<Node>& nodes)
{
    long x = 0, y = 0;
    out += '[';
    for (const Node& n : nodes) {
        if (out.back() != '[') out += ',';
        const long nx = Tenths(n.X), ny = Tenths(n.Y);
        AppendTenths(out, nx - x);
        out += ',';
        AppendTenths(out, ny - y);
        out += ',';
        AppendTenths(out, Tenths(n.W));
        out += ',';
        AppendTenths(out, Tenths(n.H));
        x = nx;
        y = ny;
    }
    out += ']';
}

bool OnlyText(const Node& n)
{
    return n.NodeRole == ui::a11y::Role::Text && n.Level <= 0 && n.Expanded == ui::a11y::Disclosure::None &&
           n.Href.empty() && n.Text.empty() && n.Description.empty() && n.Group.empty() && !n.Selected &&
           n.Id == 0;
}

// One node: the fields that differ from their defaults, as an object; a plain text node as its name alone.
void AppendNode(std::string& out, const Node& n)
{
    if (OnlyText(n)) {
        AppendString(out, n.Name);
        return;
    }
    out += '{';
    auto key = [&out](Field f) { out += kFieldKeys[static_cast<int>(f)]; };
    auto number = [&](Field f, unsigned long v) {
        if (v == 0) return;
        key(f);
        out += std::to_string(v);
        out += ',';
    };
    auto string = [&](Field f, const std::string& s) {
        if (s.empty()) return;
        key(f);
        AppendString(out, s);
        out += ',';
    };
    if (n.NodeRole != ui::a11y::Role::Text) { // a heading's role, 0, is said too
        key(Field::Role);
        out += std::to_string(static_cast<int>(n.NodeRole));
        out += ',';
    }
    string(Field::Name, n.Name);
    number(Field::Level, static_cast<unsigned long>(n.Level > 0 ? n.Level : 0));
    if (n.Expanded != ui::a11y::Disclosure::None) {
        key(Field::Expanded);
        out += n.Expanded == ui::a11y::Disclosure::Open ? "1," : "0,";
    }
    string(Field::Href, n.Href);
    string(Field::Text, n.Text);
    string(Field::Description, n.Description);
    string(Field::Group, n.Group);
    number(Field::Selected, n.Selected ? 1 : 0);
    number(Field::Id, n.Id);
    out.back() = '}'; // over the last field's comma: a node that is not plain text has one field at least
}

} // namespace

void AccessibleLayer::Connect(ui::a11y::Context& context, void (*wake)(void* user), void* user)
{
    Context = &context;
    Wake = wake;
    WakeUser = user;
    js_layer_connect(this);
}

void AccessibleLayer::Sync(bool route_changed, float canvas_top)
{
    if (!Context) return;
    std::vector<Node> nodes = Context->Nodes();
    for (Node& n : nodes) n.Y += canvas_top;
    bool content_changed = nodes.size() != Sent.size();
    bool place_changed = false;
    for (size_t i = 0; i < nodes.size() && !content_changed; ++i) {
        if (!SameContent(nodes[i], Sent[i])) content_changed = true;
        else if (!SamePlace(nodes[i], Sent[i])) place_changed = true;
    }
    const std::string& live = Context->Announcement();
    bool live_changed = live != SentLive;
    std::string said;
    bool say = Context->TakeSaid(said);
    if (!content_changed && !place_changed && !live_changed && !route_changed && !say) return;

    std::string text = "{";
    auto part = [&text](Part p) {
        if (text.size() > 1) text += ',';
        text += kPartKeys[static_cast<int>(p)];
    };
    if (content_changed) {
        part(Part::Nodes);
        text += '[';
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (i) text += ',';
            AppendNode(text, nodes[i]);
        }
        text += ']';
    }
    if (content_changed || place_changed) {
        part(Part::Places);
        AppendPlaces(text, nodes);
    }
    if (live_changed) {
        part(Part::Live);
        AppendString(text, live);
    }
    if (say) {
        part(Part::Said);
        AppendString(text, said);
    }
    if (route_changed) {
        part(Part::FocusHeading);
        text += "true";
    }
    text += '}';
    js_layer_update(text.c_str());
    Sent = std::move(nodes);
    SentLive = live;
}

bool FocusInAccessibleLayer()
{
    return js_focus_in_layer() != 0;
}

bool AccessibleLayer::FocusedNodeRect(float& x, float& y, float& w, float& h) const
{
    unsigned int id = Context ? Context->FocusedNode() : 0;
    if (id == 0 || !FocusInAccessibleLayer()) return false;
    // This frame's rectangle of the same node, where ImGui drew it on the canvas.
    for (const Node& n : Context->Nodes()) {
        if (n.Id != id) continue;
        x = n.X;
        y = n.Y;
        w = n.W;
        h = n.H;
        return true;
    }
    return false;
}

void AccessibleLayer::OnActivate(unsigned int id)
{
    Context->QueueActivation(id);
    Wake(WakeUser);
}

void AccessibleLayer::OnEscape()
{
    Context->QueueEscape();
    Wake(WakeUser);
}

void AccessibleLayer::OnFocus(unsigned int id)
{
    Context->SetFocused(id);
    Wake(WakeUser); // the browser scrolls the element into view; the canvas follows
}

void AccessibleLayer::OnInput(unsigned int id, const char* text)
{
    Context->QueueInput(id, text ? text : "");
    Wake(WakeUser);
}

} // namespace platform

extern "C" {
EMSCRIPTEN_KEEPALIVE void platform_a11y_activate(platform::AccessibleLayer* layer, unsigned int id)
{
    layer->OnActivate(id);
}

EMSCRIPTEN_KEEPALIVE void platform_a11y_escape(platform::AccessibleLayer* layer)
{
    layer->OnEscape();
}

EMSCRIPTEN_KEEPALIVE void platform_a11y_focus(platform::AccessibleLayer* layer, unsigned int id)
{
    layer->OnFocus(id);
}

EMSCRIPTEN_KEEPALIVE void platform_a11y_input(platform::AccessibleLayer* layer, unsigned int id, const char* text)
{
    layer->OnInput(id, text);
}
}
