// widgets.h — the app's small building blocks on top of ImGui (layer: ui).
// Headings, paragraphs and links are drawn here so they look the same on every screen.
#pragma once

#include <string>

struct ImVec2;

namespace ui {

class Host;

void Heading(const std::string& text, int level);           // 1 or 2; wraps at the column width
void Paragraph(const std::string& text);                     // wrapped body text
void MutedText(const std::string& text);                     // wrapped, smaller, grey
bool LinkText(const std::string& label, const char* id_suffix = nullptr);  // underlined; true when activated
void ExternalLink(Host& host, const std::string& label, const std::string& url);
bool PrimaryButton(const std::string& label);
void Notice(const std::string& text);                        // yellow-edged box for warnings
void Spacing(float css_px);
float ContentWidth();                                        // the width of the reading column
std::string NotKnown(const std::string& s);                  // s, or "not known" when empty

} // namespace ui
