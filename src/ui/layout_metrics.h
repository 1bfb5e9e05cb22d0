// layout_metrics.h — the breakpoints and spacing the screens share, in units of the page's root font size
// (1 rem = 16 CSS px, as the page's CSS and the browser's zoom count), so the canvas and the page break at
// the same widths and every size follows one rule (layer: ui). The text sizes are in fonts.h, in rem too.
#pragma once

namespace ui {

constexpr float kRem = 16.0f; // CSS px of 1 rem
// Always inlined: at -Oz the compiler would otherwise keep a call for each size given outside a constant.
[[gnu::always_inline]] constexpr float Rem(float n) { return n * kRem; }

// Breakpoints, on the window's width (kNarrow) or the reading column's (the rest).
constexpr float kNarrow = Rem(37.5f);          // 600: one column, compact header, trusts as cards
constexpr float kColumnMaxWidth = Rem(53.75f); // 860: a comfortable line length
constexpr float kSideBySide = Rem(40.0f);      // 640: a map beside the facts or the filters
constexpr float kLabelBeside = Rem(30.0f);     // 480: a fact's label beside its value; two figure cards a row
constexpr float kThreeCards = Rem(47.5f);      // 760: three figure cards a row

// Spacing.
constexpr float kPageMargin = Rem(2.0f), kPageMarginNarrow = Rem(1.0f); // 32, 16: either side of the column
constexpr float kHeaderPad = Rem(1.5f), kHeaderPadNarrow = Rem(0.75f);  // 24, 12: inside the blue header
constexpr float kTabHeight = Rem(2.75f);                                // 44: navigation tabs, large touch targets
constexpr float kMarkerIndent = Rem(1.75f);                             // 28: text after a group's marker
constexpr float kGap = Rem(1.5f);                                       // 24: between a map and what sits beside it

// The trusts' maps.
constexpr float kMapMinHeight = Rem(25.0f);        // 400: the map under the filters
constexpr float kMapBesideMinHeight = Rem(28.75f); // 460: the map beside its key, at least
constexpr float kMapBesideMaxHeight = Rem(42.5f);  // 680: ... and at most
constexpr float kMapBesideMaxWidth = Rem(26.25f);  // 420
constexpr float kLocatorWidth = Rem(13.75f);       // 220: one trust's small map beside its facts
constexpr float kLocatorMaxWidth = Rem(16.25f);    // 260: ... or under them

// Lines and corners shared by the drawn controls.
constexpr float kHairline = Rem(0.0625f);      // 1: a border at rest
constexpr float kBorder = Rem(0.125f);         // 2: a chip's border at rest, a card's when hovered
constexpr float kBorderHovered = Rem(0.1875f); // 3: a chip's border under the pointer
constexpr float kCardRounding = Rem(0.25f);    // 4: cards, the map's frame, tooltips
constexpr float kTouchTarget = Rem(2.75f);     // 44: the least height of a chip or pill

// The trusts' table (wide screens).
constexpr float kCellPadX = Rem(0.5f), kCellPadY = Rem(0.375f); // 8, 6: inside each cell
constexpr float kCellMinTextWidth = Rem(1.25f);                 // 20: a cell's text never wraps narrower
constexpr float kCellMarkerWidth = Rem(1.25f);                  // 20: a group's marker before the cell's text
constexpr float kCellMarkerRadius = Rem(0.375f);                // 6
constexpr float kSortArrowGap = Rem(0.25f);                     // 4: between a heading and its sort arrow
constexpr float kHeadingHoverBar = Rem(0.1875f);                // 3: the bar under a heading under the pointer

// The trusts as cards (narrow screens).
constexpr float kCardPad = Rem(0.875f);            // 14: inside a card
constexpr float kCardStripe = Rem(0.3125f);        // 5: the group's colour down the card's left edge
constexpr float kCardLineGap = Rem(0.25f);         // 4: between a card's lines
constexpr float kCardGroupGap = Rem(0.375f);       // 6: above the group's line
constexpr float kCardMarkerIndent = Rem(1.25f);    // 20: the group's text after its marker
constexpr float kCardMarkerCentre = Rem(0.375f);   // 6: the marker's centre from the card's text edge
constexpr float kCardMarkerRadius = Rem(0.34375f); // 5.5
constexpr float kSortChipsGap = Rem(0.5f);         // 8: under the sort chips
constexpr float kCardGap = Rem(0.125f);            // 2: between cards

// Chips (toggle buttons that flow and wrap) and pills.
constexpr float kChipPadX = Rem(0.875f), kChipPadY = Rem(0.5625f); // 14, 9
constexpr float kChipIcon = Rem(1.375f);                           // 22: a tick's or a marker's room in a chip
constexpr float kChipGap = Rem(0.5f);                              // 8: between chips, across and down
constexpr float kChipMinTextWidth = Rem(2.5f);                     // 40
constexpr float kChipRounding = Rem(0.375f);                       // 6
constexpr float kChipTick = Rem(0.875f);                           // 14: the tick's side
constexpr float kChipTickStroke = Rem(0.15625f);                   // 2.5
constexpr float kChipMarkerCentre = Rem(0.4375f);                  // 7: the marker's centre from its room's left edge
constexpr float kChipMarkerRadius = Rem(0.375f);                   // 6

// The trusts' map and its tooltip.
constexpr float kDotTarget = Rem(1.5f);                                          // 24: the side of a dot's link target (WCAG 2.5.8)
constexpr float kDotRadius = Rem(0.375f), kDotRadiusLarge = Rem(0.4375f);        // 6, 7 (the larger on a larger map)
constexpr float kDotRingGap = Rem(0.3125f);                                      // 5: the ring round the dot under the pointer
constexpr float kDotRingStroke = Rem(0.15625f);                                  // 2.5
constexpr float kLeaderMark = Rem(0.125f);                                       // 2: the true spot of a dot moved off its town
constexpr float kLocatorDot = Rem(0.5f), kLocatorRing = Rem(0.875f);             // 8, 14: one trust on its small map
constexpr float kTipPadX = Rem(0.75f), kTipPadY = Rem(0.625f);                   // 12, 10
constexpr float kTipIndent = Rem(1.25f);                                         // 20: a trust's text after its marker
constexpr float kTipMinWrap = Rem(7.5f), kTipMaxWrap = Rem(20.0f);               // 120, 320
constexpr float kTipSlack = Rem(0.25f);                                          // 4
constexpr float kTipOffsetX = Rem(1.5f), kTipOffsetY = Rem(1.125f);              // 24, 18: from the dot
constexpr float kTipSpacingX = Rem(0.5f), kTipSpacingY = Rem(0.1875f);           // 8, 3
constexpr float kTipEntryGap = Rem(0.25f);                                       // 4: between trusts
constexpr float kTipMarkerCentre = Rem(0.4375f), kTipMarkerRadius = Rem(0.375f); // 7, 6

// The Programme's bar chart and timeline.
constexpr float kBarValueBeside = Rem(35.0f);                                   // 560: a bar's figures beside it, not under it
constexpr float kBarHeight = Rem(1.625f), kBarRowGap = Rem(1.125f);             // 26, 18
constexpr float kBarLabelGap = Rem(0.375f);                                     // 6: under a bar's label
constexpr float kBarValueGap = Rem(0.25f);                                      // 4: above the figures under a bar
constexpr float kBarSlack = Rem(0.125f);                                        // 2: the bar stops short of the column's edge
constexpr float kBarBlockMin = Rem(0.5f);                                       // 8: blocks this wide or wider get the wider gap
constexpr float kBarBlockGap = Rem(0.125f);                                     // 2: between one trust's block and the next (else kHairline)
constexpr float kBarValueOffset = Rem(0.625f);                                  // 10: the figures after the bar
constexpr float kBarTextNudge = Rem(0.0625f);                                   // 1: the figures sit a hair above centre
constexpr float kTimelineRail = Rem(1.875f);                                    // 30: the rail's room left of the events
constexpr float kTimelineRailX = Rem(0.5f);                                     // 8: the rail's line from the left edge
constexpr float kTimelineDotY = Rem(0.6875f);                                   // 11: an event's dot from its first line's top
constexpr float kTimelineDotOuter = Rem(0.4375f), kTimelineDot = Rem(0.34375f); // 7, 5.5

// The apps' cards.
constexpr float kAppCardHeight = Rem(7.0f);                            // 112: each card's slot, the gap under it included
constexpr float kAppCardGap = Rem(0.5f);                               // 8: under each card
constexpr float kAppCardPadX = Rem(1.0f), kAppCardPadTop = Rem(0.75f); // 16, 12
constexpr float kAppCardNameGap = Rem(0.5f);                           // 8: under the name
constexpr float kAppCardFactsGap = Rem(0.375f);                        // 6: under the facts line
constexpr float kHighlightRounding = Rem(0.125f);                      // 2: a search match's highlight

// The header.
constexpr float kHeaderTitleTop = Rem(0.75f);                          // 12: above the app's name
constexpr float kHeaderNavTop = Rem(0.25f);                            // 4: between the name and the tabs
constexpr float kTabPadX = Rem(0.875f);                                // 14: either side of a tab's label
constexpr float kTabGap = Rem(0.25f);                                  // 4: between tabs, across and down
constexpr float kTabUnderlineRise = Rem(0.625f);                       // 10: a hovered tab's underline above its bottom
constexpr float kHeaderBottom = Rem(0.5f);                             // 8: under the tabs, or the name when there are none
constexpr float kHeaderSearchBottom = Rem(0.75f);                      // 12: under the header's search box
constexpr float kHeaderBoxHeight = Rem(2.5f);                          // 40: the header's search box
constexpr float kHeaderBoxLabelGap = Rem(0.75f);                       // 12: between the box's label and the box
constexpr float kHeaderActionsGap = Rem(1.25f);                        // 20: between the header's two small links
constexpr float kHeaderActionsRoom = Rem(1.0f);                        // 16: their least distance from the title
constexpr float kHeaderActionsTop = Rem(1.0f);                         // 16
constexpr float kHeaderRowPad = Rem(0.5f);                             // 8: above and below a phone's one header row
constexpr float kMenuArrow = Rem(0.625f), kMenuArrowGap = Rem(0.5f);   // 10, 8: the triangle in a phone's "Menu" button
constexpr float kTapTarget = Rem(2.75f);                               // 44: the least side of anything tapped alone on a phone
constexpr float kStartLinkHeight = Rem(3.5f);                          // 56: the Programme's three ways in
constexpr float kActionsBelowGap = Rem(1.5f);                          // 24: the two links under the header, between them
constexpr float kColumnMinWidth = Rem(6.25f);                          // 100: the reading column, however narrow the window
constexpr float kColumnTop = Rem(1.75f), kColumnTopNarrow = Rem(1.0f); // 28, 16: above the column
constexpr float kFlushInset = Rem(0.25f);                              // 4: header=0: room for a focus outline at the frame's edge

// Small pieces the screens share.
constexpr float kKeyMarkerCentre = Rem(0.5f), kKeyMarkerRadius = Rem(0.4375f);   // 8, 7: a group's marker before its name
constexpr float kPullUp = Rem(0.375f);                                           // 6: a line drawn closer under the one it belongs to
constexpr float kFactGap = Rem(0.75f);                                           // 12: between a fact's label and its value
constexpr float kInlineGap = Rem(1.0f);                                          // 16: a button beside the control it goes with
constexpr float kMapRoomAbove = Rem(5.0f);                                       // 80: the view's height a map under the filters leaves
constexpr float kMapBesideRoomAbove = Rem(11.25f);                               // 180: ... and a map beside its key
constexpr float kSubNavGap = Rem(1.75f);                                         // 28: between a sub-navigation's links
constexpr float kSubNavRuleGap = Rem(0.5f);                                      // 8: from the links to the line under them
constexpr float kSubNavMarkAbove = Rem(0.1875f), kSubNavMarkBelow = Rem(0.125f); // 3, 2: the current link's mark on the line
constexpr float kLinkSlack = Rem(0.25f);                                         // 4: under a link's last line, inside its target
constexpr float kListNumberWidth = Rem(2.0f);                                    // 32: a numbered list's numbers
constexpr float kMinTarget = Rem(1.5f);                                          // 24: the least side of a link's target (WCAG 2.5.8)
constexpr float kLinkMinWrap = Rem(2.5f);                                        // 40: a link wraps no narrower
constexpr float kLinkTargetSlack = Rem(0.375f);                                  // 6: a link's target below its text
constexpr float kNoticeIndent = Rem(1.125f), kNoticePadRight = Rem(0.75f);       // 18, 12: a notice's text inside its box
constexpr float kNoticePadY = Rem(0.25f);                                        // 4: above and below it
constexpr float kNoticeStripe = Rem(0.5f);                                       // 8: the warning colour down its left edge
constexpr float kSearchPadX = Rem(0.75f);                                        // 12: a search box's text from its left edge
constexpr float kSearchClipRight = Rem(0.5f);                                    // 8: ... and where it stops on the right

// ImGui's own style (theme.cpp), for the few ImGui widgets the app uses.
constexpr float kFramePadX = Rem(0.75f), kFramePadY = Rem(0.625f);          // 12, 10
constexpr float kItemSpacingX = Rem(0.75f), kItemSpacingY = Rem(0.625f);    // 12, 10
constexpr float kItemInnerX = Rem(0.5f), kItemInnerY = Rem(0.375f);         // 8, 6
constexpr float kCellPadStyleX = Rem(0.625f), kCellPadStyleY = Rem(0.5f);   // 10, 8
constexpr float kScrollbarSize = Rem(1.0f), kScrollbarRounding = Rem(0.5f); // 16, 8

// A group's marker: its white edge, wider for the triangle, whose corners are sharper.
constexpr float kMarkerEdge = Rem(0.09375f), kMarkerEdgeTriangle = Rem(0.1375f); // 1.5, 2.2

} // namespace ui
