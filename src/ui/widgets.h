// widgets.h — the app's small building blocks on top of ImGui (layer: ui).
// Headings, paragraphs and links are drawn here so they look the same on every screen.
#pragma once

#include <string>

struct ImVec2;

namespace ui {

class Host;

void Heading(const std::string& text, int level);           // 1 or 2; wraps at the column width
void Paragraph(const std::string& text, float width = 0.0f); // wrapped body text; at `width` from the cursor, or the column
void MutedText(const std::string& text);                     // wrapped, smaller, grey
bool LinkText(const std::string& label, const std::string& href, const std::string& accessible_name = "");  // underlined link; true when activated
bool TextButton(const std::string& label);                   // looks like a link, acts as a button
void ExternalLink(Host& host, const std::string& label, const std::string& url, const std::string& accessible_name = "");
bool PrimaryButton(const std::string& label);
void Notice(const std::string& text);                        // yellow-edged box for warnings
void Spacing(float css_px);
float ContentWidth();                                        // the width of the reading column
std::string NotKnown(const std::string& s);                  // s, or "not known" when empty

} // namespace ui

namespace ui {
// A labelled search field. In the browser, a real <input type="search"> placed over it by the
// accessible layer is the editor (phone keyboards, paste, input methods, screen readers); ImGui
// draws the frame underneath. Returns true when the value changed this frame.
bool SearchBox(const std::string& label, std::string& value, float height = 48.0f);
} // namespace ui
