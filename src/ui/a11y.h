// a11y.h — the accessible layer's record of what the canvas shows (layer: ui).
// Every widget that shows text or takes input records one node per frame: role, name, rectangle.
// The platform mirrors the list into real DOM elements over the canvas (headings, links, buttons,
// inputs) so screen readers, keyboards and find-in-page work. Nodes are in reading order.
//
// All of it lives in an a11y::Context, one per App, made current the way ImGui's own context is: widgets
// record into the current context (the free functions below); the platform reads the frame's nodes and
// feeds what the page did (activations, typed text, Escape, focus) through the Context's methods.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace ui {
namespace a11y {

// The roles, their numbers on the wire and their names: the one table web/layer.js is checked against
// (tools/check-layer-protocol.mjs, a unit test). Add a role at the end, and teach layer.js its element.
#define APPFINDER_A11Y_ROLES(X)                                                                                          \
    X(Heading, "heading")           /* Level 1–3 */                                                                    \
    X(Text, "text")                 /* a paragraph or a line of text */                                                  \
    X(Link, "link")                 /* Href: "#/apps/x" inside the app, or an outside address */                         \
    X(Button, "button")             /* Expanded: a button that opens and closes what follows */                          \
    X(Tab, "tab")                   /* navigation tab; Selected marks the current one */                                 \
    X(ListItem, "listitem")         /* a result: a link (Href) in a list item, with a Description read after the name */ \
    X(SearchBox, "searchbox")       /* Text holds what is typed; Name is the label */                                    \
    X(Checkbox, "checkbox")         /* a filter chip; Selected is its state; Group names its toolbar */                  \
    X(Image, "image")               /* a chart or map; Name is its text alternative */                                   \
    X(Cell, "cell")                 /* a table's cell; Level: its column, from 1 (1 starts a row) */                     \
    X(ColumnHeader, "columnheader") /* a table's column heading; Level as for Cell; Group names the table */

enum class Role {
#define APPFINDER_A11Y_ROLE_ENUM(name, key) name,
    APPFINDER_A11Y_ROLES(APPFINDER_A11Y_ROLE_ENUM)
#undef APPFINDER_A11Y_ROLE_ENUM
};

enum class Disclosure { None,
                        Closed,
                        Open }; // a button that opens and closes what follows, and its state

struct Node {
    Role NodeRole = Role::Text;
    int Level = 0;                          // headings: 1–3; table cells: the column, from 1
    Disclosure Expanded = Disclosure::None; // buttons only
    std::string Name;                       // accessible name (the visible text)
    std::string Href;                       // links, tabs, list items
    std::string Text;                       // search boxes: what the box holds
    std::string Description;                // list items: read after the name
    std::string Group;                      // checkboxes: the name of the toolbar they start; a table's first heading: the table's name
    bool Selected = false;                  // the current tab or view, a pressed chip
    unsigned int Id = 0;                    // names the node for focus and activation: its ImGui item's id (a screen's heading: made from its name); 0: never focused
    float X = 0, Y = 0, W = 0, H = 0;       // in CSS px, relative to the canvas
};

class Context {
public:
    // The app's side, around each frame.
    void BeginFrame();                 // clears the node list; call after ImGui::NewFrame()
    void Say(const std::string& text); // a status said at once, even when it is the same again ("Link copied")

    // The platform's side: what to mirror after a frame...
    const std::vector<Node>& Nodes() const { return FrameNodes; }
    const std::string& Announcement() const { return LiveText; } // for the polite live region, said once settled
    bool TakeSaid(std::string& text);                            // true once after Say
    unsigned int FocusedNode() const { return FocusedId; }       // as SetFocused last said
    // ... and what the page did, which the widgets see next frame.
    void QueueActivation(unsigned int id);                     // the DOM element of node id was activated
    void QueueInput(unsigned int id, const std::string& text); // the search box of node id now holds text
    void QueueEscape();                                        // Escape was pressed in the layer
    void SetFocused(unsigned int id);                          // the node whose element has keyboard focus; 0: none

private:
    friend void Add(Node node);
    friend bool AddDisclosure(const std::string& name, bool open);
    friend void Describe(const std::string& text);
    friend void NameGroup(const std::string& text);
    friend bool TakeActivation(unsigned int id);
    friend bool TakeInput(unsigned int id, std::string& text);
    friend unsigned int Focused();
    friend bool Escaped();
    friend void Announce(const std::string& text);

    std::vector<Node> FrameNodes;
    std::vector<unsigned int> Activations;
    std::vector<std::pair<unsigned int, std::string>> Inputs;
    bool EscapeQueued = false, EscapedThisFrame = false;
    unsigned int FocusedId = 0;
    std::string LiveText;
    std::string SaidText;
    bool SayPending = false;
};

void SetCurrentContext(Context* context); // the App's, for the frame it draws and what it does between frames
Context* GetCurrentContext();

// The widgets' side: each works on the current context.
void Add(Node node); // rectangle already set; a screen's heading without an id gets one made from its name
// Records the last ImGui item (its rectangle and id). Returns true when the accessible layer
// activated this item (Enter, Space, a screen reader's click): treat it as a click.
bool AddLastItem(Role role, const std::string& name, const std::string& href = "", int level = 0, bool selected = false);
bool AddDisclosure(const std::string& name, bool open); // a button that opens and closes what follows; true: activated
void Describe(const std::string& text);                 // the last node's description (a result's summary)
void NameGroup(const std::string& text);                // the last node's toolbar name (a run of checkboxes)
bool TakeActivation(unsigned int id);                   // true once after QueueActivation(id)
bool TakeInput(unsigned int id, std::string& text);     // true once after QueueInput(id, ...)
unsigned int Focused();                                 // so a map dot can show its tooltip while focused
bool Escaped();                                         // true for the frame after Escape: close what is open (More filters)
void Announce(const std::string& text);                 // for the polite live region ("12 apps found"), said once settled
void Say(const std::string& text);                      // Context::Say on the current context

} // namespace a11y
} // namespace ui
