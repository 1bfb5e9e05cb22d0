// layout_metrics.h — the breakpoints and spacing the screens share, in units of the page's root font size
// (1 rem = 16 CSS px, as the page's CSS and the browser's zoom count), so the canvas and the page break at
// the same widths and every size follows one rule (layer: ui). Not the text sizes: those are in fonts.h.
#pragma once

namespace ui {

constexpr float kRem = 16.0f;                               // CSS px of 1 rem
constexpr float Rem(float n) { return n * kRem; }

// Breakpoints, on the window's width (kNarrow) or the reading column's (the rest).
constexpr float kNarrow = Rem(37.5f);                       // 600: one column, compact header, trusts as cards
constexpr float kColumnMaxWidth = Rem(53.75f);              // 860: a comfortable line length
constexpr float kSideBySide = Rem(40.0f);                   // 640: a map beside the facts or the filters
constexpr float kLabelBeside = Rem(30.0f);                  // 480: a fact's label beside its value; two figure cards a row
constexpr float kThreeCards = Rem(47.5f);                   // 760: three figure cards a row

// Spacing.
constexpr float kPageMargin = Rem(2.0f), kPageMarginNarrow = Rem(1.0f);      // 32, 16: either side of the column
constexpr float kHeaderPad = Rem(1.5f), kHeaderPadNarrow = Rem(0.75f);       // 24, 12: inside the blue header
constexpr float kTabHeight = Rem(2.75f);                    // 44: navigation tabs, large touch targets
constexpr float kMarkerIndent = Rem(1.75f);                 // 28: text after a group's marker
constexpr float kGap = Rem(1.5f);                           // 24: between a map and what sits beside it

// The trusts' maps.
constexpr float kMapMinHeight = Rem(25.0f);                 // 400: the map under the filters
constexpr float kMapBesideMinHeight = Rem(28.75f);          // 460: the map beside its key, at least
constexpr float kMapBesideMaxHeight = Rem(42.5f);           // 680: ... and at most
constexpr float kMapBesideMaxWidth = Rem(26.25f);           // 420
constexpr float kLocatorWidth = Rem(13.75f);                // 220: one trust's small map beside its facts
constexpr float kLocatorMaxWidth = Rem(16.25f);             // 260: ... or under them

} // namespace ui
