// widgets.h — the app's small building blocks on top of ImGui (layer: ui).
// Headings, paragraphs and links are drawn here so they look the same on every screen.
#pragma once

#include "core/text_format.h"
#include "ui/a11y.h"
#include "ui/layout_metrics.h"

#include <string>
#include <vector>

struct ImVec2;

namespace ui {

class Host;
struct GroupMarker;

void Heading(const std::string& text, int level);            // 1 or 2; wraps at the column width
void Paragraph(const std::string& text, float width = 0.0f); // wrapped body text; at `width` from the cursor, or the column
void MutedText(const std::string& text);                     // wrapped, smaller, grey
bool LinkText(const std::string& label, const std::string& href, const std::string& accessible_name = "",
              bool list_item = false);     // underlined link (one item of a result list); true when activated
bool TextButton(const std::string& label); // looks like a link, acts as a button
bool Disclosure(const std::string& label); // a TextButton that shows what follows it; true while open (aria-expanded)
void ExternalLink(Host& host, const std::string& label, const std::string& url, const std::string& accessible_name = "");
void WrappedExternalLink(Host& host, const std::string& label, const std::string& url); // wraps at the column, each line underlined (widgets/wrapped_link.cpp)
void BoldLine(const std::string& text, float width = 0.0f);                             // a wrapped paragraph in bold
bool PrimaryButton(const std::string& label);
void Notice(const std::string& text); // yellow-edged box for warnings
void Spacing(float css_px);
float ContentWidth();               // the width of the reading column
float LeastTarget(float elsewhere); // a tapped item's least side: 44 CSS px on a phone, `elsewhere` on wider screens
using core::NotKnown;               // s, or "not known" when empty (core/text_format.h)

// [SECTION] Chips (widgets/chips.cpp)
// A toggle button in a row that flows left to right and wraps; a label too long for the line wraps inside it.
struct Chip {
    std::string Label;
    std::string AccessibleName; // the label when empty
    bool Selected = false;
    const GroupMarker* Marker = nullptr; // a trust group's marker before the label, or none
};
int DrawChips(const char* id, const std::vector<Chip>& chips); // the index of the chip pressed, or -1
// A rounded pill on one line that starts a new line when the row (left to right, screen px) is full; `x`
// moves past it. Dimmed when choosing it would give nothing.
bool Pill(const std::string& text, const std::string& id, a11y::Role role, const std::string& name, bool selected, bool dimmed,
          float& x, float left, float right);

} // namespace ui

namespace ui {
// A labelled search field. In the browser, a real <input type="search"> placed over it by the
// accessible layer is the editor (phone keyboards, paste, input methods, screen readers); ImGui
// draws the frame underneath. Returns true when the value changed this frame. width 0: to the column's edge.
bool SearchBox(const std::string& label, std::string& value, float height = Rem(3.0f), float width = 0.0f);
} // namespace ui
