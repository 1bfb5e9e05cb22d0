// snippet.h — a search result's reason drawn under it: the matched words and their field, then an excerpt with the
// words highlighted (layer: ui). The words come from core::MakeSnippet; the accessible layer hears the same text as
// the result's description (a11y::Describe), so these lines add no node of their own.
#pragma once

#include "core/search_snippet.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

struct ImDrawList;
struct ImVec2;

namespace ui {

// One line of text with the matched words on a highlight; cut with "…" to fit max_width.
void DrawHighlighted(ImDrawList* dl, ImVec2 pos, const std::string& text, const std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                     std::uint32_t text_colour, float max_width);

// Two small lines at the cursor, the column's width: "Mentions Blackpool in: what happened later" and the excerpt.
// Nothing for an empty snippet. Sets the last node's description to the snippet's words.
void SnippetLines(const core::SearchSnippet& snippet);

} // namespace ui
