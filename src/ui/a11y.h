// a11y.h — the accessible layer's record of what the canvas shows (layer: ui).
// Every widget that shows text or takes input records one node per frame: role, name, rectangle.
// The platform mirrors the list into real DOM elements over the canvas (headings, links, buttons,
// inputs) so screen readers, keyboards and find-in-page work. Nodes are in reading order.
#pragma once

#include <string>
#include <vector>

namespace ui {
namespace a11y {

enum class Role {
    Heading, // Level 1–3
    Text,    // a paragraph or a line of text
    Link,    // Href: "#/apps/x" inside the app, or an outside address
    Button,
    Tab,       // navigation tab; Selected marks the current one
    ListItem,  // a result: a link (Href) in a list item; Value is its description, read after the name
    SearchBox, // Value holds the text; Name is the label
    Checkbox,  // a filter chip; Selected is its state
    Image,     // a chart or map; Name is its text alternative
};

struct Node {
    Role NodeRole = Role::Text;
    int Level = 0;                    // heading level; 1 on a button that opens and closes what follows (Selected: open)
    std::string Name;                 // accessible name (the visible text)
    std::string Href;                 // links only
    std::string Value;                // a search box's text; a list item's description; a chip's toolbar name
    bool Selected = false;            // tabs, checkboxes
    unsigned int Id = 0;              // the ImGui item id, for focus and activation; 0 for text
    float X = 0, Y = 0, W = 0, H = 0; // in CSS px, relative to the canvas
};

void BeginFrame();   // clears the list; call after ImGui::NewFrame()
void Add(Node node); // rectangle already set
// Records the last ImGui item (its rectangle and id). Returns true when the accessible layer
// activated this item (Enter, Space, a screen reader's click): treat it as a click.
bool AddLastItem(Role role, const std::string& name, const std::string& href = "", int level = 0, bool selected = false);
void Describe(const std::string& text); // the last node's description (a result's summary)
const std::vector<Node>& Nodes();       // this frame's nodes, in reading order

// From the page to the widgets (the platform calls these; the widget sees them next frame).
void QueueActivation(unsigned int id);                     // the DOM element of item id was activated
void QueueInput(unsigned int id, const std::string& text); // the search box of item id now holds text
bool TakeActivation(unsigned int id);                      // true once after QueueActivation(id)
void SetFocused(unsigned int id);                          // the item whose element has keyboard focus; 0: none
unsigned int Focused();                                    // so a map dot can show its tooltip while focused
void QueueEscape();                                        // Escape was pressed in the layer
bool Escaped();                                            // true for the frame after it: close what is open (More filters)
bool TakeInput(unsigned int id, std::string& text);        // true once after QueueInput(id, ...)
void Announce(const std::string& text);                    // for the polite live region ("12 apps found"), said once settled
const std::string& Announcement();
void Say(const std::string& text); // a status said at once, even when it is the same again ("Link copied")
bool TakeSaid(std::string& text);  // true once after Say

} // namespace a11y
} // namespace ui
