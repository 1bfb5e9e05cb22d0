// web_input.cpp — keyboard, mouse, touch and paste from the browser into ImGui (layer: platform).
// Keys go to ImGui only when no element of the accessible layer has focus and ImGui wants them, so the
// browser keeps its shortcuts and the page keeps its scrolling keys.
#include "platform/web_input.h"

#include "platform/a11y_dom.h"
#include "platform/browser.h"

#include "imgui.h"

#include <cfloat>
#include <cstring>

namespace platform {

namespace {

ImGuiKey KeyFromDom(const char* key, const char* code)
{
    struct Named {
        const char* Name;
        ImGuiKey Key;
    };
    static const Named named[] = {
        { "Tab", ImGuiKey_Tab },
        { "ArrowLeft", ImGuiKey_LeftArrow },
        { "ArrowRight", ImGuiKey_RightArrow },
        { "ArrowUp", ImGuiKey_UpArrow },
        { "ArrowDown", ImGuiKey_DownArrow },
        { "PageUp", ImGuiKey_PageUp },
        { "PageDown", ImGuiKey_PageDown },
        { "Home", ImGuiKey_Home },
        { "End", ImGuiKey_End },
        { "Insert", ImGuiKey_Insert },
        { "Delete", ImGuiKey_Delete },
        { "Backspace", ImGuiKey_Backspace },
        { " ", ImGuiKey_Space },
        { "Enter", ImGuiKey_Enter },
        { "Escape", ImGuiKey_Escape },
        { "Control", ImGuiKey_LeftCtrl },
        { "Shift", ImGuiKey_LeftShift },
        { "Alt", ImGuiKey_LeftAlt },
        { "Meta", ImGuiKey_LeftSuper },
    };
    for (const Named& n : named)
        if (std::strcmp(key, n.Name) == 0) return n.Key;
    if (std::strcmp(code, "NumpadEnter") == 0) return ImGuiKey_KeypadEnter;
    if (key[0] && !key[1]) {
        char c = key[0];
        if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
        if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
        if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
    }
    return ImGuiKey_None;
}

// One Unicode character (not "Enter", "F5", ...): the key produces text.
bool IsTextKey(const char* key)
{
    size_t n = std::strlen(key);
    if (n == 0 || n > 4) return false;
    unsigned char c = static_cast<unsigned char>(key[0]);
    size_t expected = c < 0x80 ? 1 : (c >> 5) == 6 ? 2
                                 : (c >> 4) == 14  ? 3
                                 : (c >> 3) == 30  ? 4
                                                   : 0;
    return expected == n && c >= 0x20;
}

void SetModifiers(ImGuiIO& io, bool ctrl, bool shift, bool alt, bool meta)
{
    io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
    io.AddKeyEvent(ImGuiMod_Shift, shift);
    io.AddKeyEvent(ImGuiMod_Alt, alt);
    io.AddKeyEvent(ImGuiMod_Super, meta);
}

} // namespace

void WebInput::Install(const char* canvas, void (*wake)(void* owner), void* owner)
{
    WakeOwner = wake;
    Owner = owner;
    ImGuiIO& io = ImGui::GetIO();
    io.ClipboardUserData = this;
    io.SetClipboardTextFn = [](void*, const char* text) { CopyToClipboard(text); };
    io.GetClipboardTextFn = [](void* self) { return static_cast<WebInput*>(self)->PasteBuffer.c_str(); };
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_TRUE, OnKey);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_TRUE, OnKey);
    emscripten_set_mousedown_callback(canvas, this, EM_TRUE, OnMouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_TRUE, OnMouse);
    emscripten_set_mousemove_callback(canvas, this, EM_TRUE, OnMouse);
    emscripten_set_mouseleave_callback(canvas, this, EM_TRUE, OnMouse);
    emscripten_set_touchstart_callback(canvas, this, EM_TRUE, OnTouch);
    emscripten_set_touchmove_callback(canvas, this, EM_TRUE, OnTouch);
    emscripten_set_touchend_callback(canvas, this, EM_TRUE, OnTouch);
    emscripten_set_touchcancel_callback(canvas, this, EM_TRUE, OnTouch);
    emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_TRUE, OnFocus);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_TRUE, OnFocus);
}

EM_BOOL WebInput::OnKey(int type, const EmscriptenKeyboardEvent* e, void* self)
{
    WebInput& in = *static_cast<WebInput*>(self);
    ImGuiIO& io = ImGui::GetIO();
    // Escape dismisses what the pointer's hover shows (a link's address, a map dot's card) without moving
    // the pointer (WCAG 1.4.13): the pointer counts as away until it moves again.
    if (type == EMSCRIPTEN_EVENT_KEYDOWN && in.Inside && std::strcmp(e->key, "Escape") == 0) {
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        in.Inside = false;
        in.Wake();
    }
    // A focused element of the accessible layer (a link, the search box) takes its own keys.
    if (FocusInAccessibleLayer()) return EM_FALSE;
    bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    bool command = e->ctrlKey || e->metaKey;
    // Paste comes through the page's paste event, with the text; let the browser fire it.
    if (command && (e->key[0] == 'v' || e->key[0] == 'V') && !e->key[1]) return EM_FALSE;
    SetModifiers(io, e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
    ImGuiKey key = KeyFromDom(e->key, e->code);
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
    bool text = down && !command && IsTextKey(e->key);
    if (text) io.AddInputCharactersUTF8(e->key);
    in.Wake();
    // Keep the browser's own shortcuts (reload, zoom, find, devtools) and function keys.
    if (std::strncmp(e->key, "F", 1) == 0 && e->key[1] >= '1' && e->key[1] <= '9') return EM_FALSE;
    if (command) {
        bool editing = io.WantTextInput && (key == ImGuiKey_A || key == ImGuiKey_C || key == ImGuiKey_X ||
                                            key == ImGuiKey_Z || key == ImGuiKey_Y);
        return editing ? EM_TRUE : EM_FALSE;
    }
    // Only an ImGui text field takes keys from the browser; otherwise Space, Page Down, the arrows, Home
    // and End scroll the page (io.WantCaptureKeyboard is also true while the mouse holds the page itself).
    return io.WantTextInput && (text || key != ImGuiKey_None) ? EM_TRUE : EM_FALSE;
}

EM_BOOL WebInput::OnMouse(int type, const EmscriptenMouseEvent* e, void* self)
{
    WebInput& in = *static_cast<WebInput*>(self);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    if (type == EMSCRIPTEN_EVENT_MOUSELEAVE) {
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        in.Inside = false;
    } else if (type != EMSCRIPTEN_EVENT_MOUSEUP) { // mouseup listens on the window: other coordinates
        io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
        in.Inside = true;
        in.ClientX = static_cast<float>(e->clientX);
        in.ClientY = static_cast<float>(e->clientY);
    }
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
        int button = e->button == 0 ? 0 : e->button == 2 ? 1
                                      : e->button == 1   ? 2
                                                         : -1;
        if (button >= 0) io.AddMouseButtonEvent(button, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    }
    in.Wake();
    return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_FALSE : EM_TRUE; // mousedown keeps focus handling
}

EM_BOOL WebInput::OnTouch(int type, const EmscriptenTouchEvent* e, void* self)
{
    WebInput& in = *static_cast<WebInput*>(self);
    ImGuiIO& io = ImGui::GetIO();
    TouchState& t = in.Touch;
    const EmscriptenTouchPoint* point = nullptr;
    for (int i = 0; i < e->numTouches; ++i) {
        const EmscriptenTouchPoint& p = e->touches[i];
        if (!p.isChanged) continue;
        if (type == EMSCRIPTEN_EVENT_TOUCHSTART && !t.Active) {
            point = &p;
            break;
        }
        if (t.Active && p.identifier == t.Id) {
            point = &p;
            break;
        }
    }
    if (!point) return EM_FALSE;
    float x = static_cast<float>(point->targetX), y = static_cast<float>(point->targetY);
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    in.Inside = false;
    switch (type) {
    case EMSCRIPTEN_EVENT_TOUCHSTART:
        t = TouchState();
        t.Active = true;
        t.Id = point->identifier;
        t.StartX = x;
        t.StartY = y;
        io.AddMousePosEvent(x, y); // hover, without a press yet
        in.Wake();
        return EM_FALSE; // the browser may scroll the page with this touch
    case EMSCRIPTEN_EVENT_TOUCHMOVE: {
        float dx = x - t.StartX, dy = y - t.StartY;
        if (!t.Dragging && dx * dx + dy * dy > 10.0f * 10.0f) t.Dragging = true;
        return EM_FALSE; // the browser scrolls
    }
    case EMSCRIPTEN_EVENT_TOUCHEND:
    case EMSCRIPTEN_EVENT_TOUCHCANCEL: {
        bool tap = t.Active && !t.Dragging && type == EMSCRIPTEN_EVENT_TOUCHEND;
        t.Active = false;
        if (!tap) {
            in.Wake();
            return EM_FALSE;
        }
        // A tap: press and release where the finger went down, on consecutive frames.
        io.AddMousePosEvent(t.StartX, t.StartY);
        io.AddMouseButtonEvent(0, true);
        io.AddMouseButtonEvent(0, false);
        in.Wake();
        return EM_TRUE; // no emulated mouse events
    }
    default:
        return EM_FALSE;
    }
}

EM_BOOL WebInput::OnFocus(int type, const EmscriptenFocusEvent*, void* self)
{
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    static_cast<WebInput*>(self)->Wake();
    return EM_FALSE;
}

void WebInput::Paste(const char* text)
{
    PasteBuffer = text;
    ImGuiIO& io = ImGui::GetIO();
    // ImGui pastes on Ctrl+V by asking for the clipboard, which now holds the pasted text.
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    Wake();
}

void WebInput::FollowMouse(float left, float top)
{
    if (!Inside) return;
    ImGuiIO& io = ImGui::GetIO();
    ImVec2 pos(ClientX - left, ClientY - top);
    if (pos.x != io.MousePos.x || pos.y != io.MousePos.y) io.AddMousePosEvent(pos.x, pos.y);
}

} // namespace platform
