// web_input.h — keyboard, mouse, touch and paste from the browser into ImGui (layer: platform).
// The platform half of an ImGui backend: it knows events, never GL. Each event asks the loop for frames
// through the `wake` function given at Install().
#pragma once

#include <emscripten/html5.h>

#include <string>

namespace platform {

class WebInput {
public:
    void Install(const char* canvas, void (*wake)(void* owner), void* owner); // the html5.h listeners, and ImGui's clipboard
    void Paste(const char* text);                                             // the page's paste event: ImGui pastes it as if from Ctrl+V
    // The page moved under a mouse that did not: tell ImGui where it points now, relative to the canvas,
    // whose top-left is at (left, top) in the viewport.
    void FollowMouse(float left, float top);
    bool MouseInside() const { return Inside; }

private:
    // Touch: a tap clicks; a drag is the browser's (it scrolls the page) and never clicks.
    struct TouchState {
        bool Active = false;
        bool Dragging = false;
        long Id = -1;
        float StartX = 0, StartY = 0;
    };
    static EM_BOOL OnKey(int type, const EmscriptenKeyboardEvent* e, void* self);
    static EM_BOOL OnMouse(int type, const EmscriptenMouseEvent* e, void* self);
    static EM_BOOL OnTouch(int type, const EmscriptenTouchEvent* e, void* self);
    static EM_BOOL OnFocus(int type, const EmscriptenFocusEvent* e, void* self);

    void Wake() { WakeOwner(Owner); }
    void (*WakeOwner)(void*) = nullptr;
    void* Owner = nullptr;
    TouchState Touch;
    bool Inside = false;            // the mouse is over the canvas
    float ClientX = 0, ClientY = 0; // where, in the viewport
    std::string PasteBuffer;        // what ImGui's clipboard gives on Ctrl+V
};

} // namespace platform
