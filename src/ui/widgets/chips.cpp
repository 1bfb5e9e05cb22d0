// chips.cpp — toggle chips that flow and wrap (the trusts' filters and sort) and pills (the apps' filters)
// (layer: ui).
#include "ui/widgets.h"

#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/layout_metrics.h"
#include "ui/map_view.h"
#include "ui/theme.h"

#include "imgui.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace ui {

namespace {

void DrawCheck(ImDrawList* dl, ImVec2 at, float size, ImU32 col)
{
    ImVec2 pts[3] = { ImVec2(at.x, at.y + size * 0.5f), ImVec2(at.x + size * 0.35f, at.y + size * 0.85f),
                      ImVec2(at.x + size, at.y + size * 0.1f) };
    dl->AddPolyline(pts, 3, col, ImDrawFlags_None, kChipTickStroke);
}

} // namespace

// Toggle buttons that flow left to right and wrap; a label too long for the line wraps inside its chip.
// Returns the index of the chip pressed (or activated from the accessible layer), or -1.
int DrawChips(const char* id, const std::vector<Chip>& chips)
{
    ImGui::PushID(id);
    ImGui::PushFont(Fonts().Small);
    const float avail = ContentWidth(), font = ImGui::GetFontSize();
    const float pad_x = kChipPadX, pad_y = kChipPadY, icon = kChipIcon, gap = kChipGap;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = start.x, y = start.y, line_h = 0.0f;
    int pressed_index = -1;
    for (size_t i = 0; i < chips.size(); ++i) {
        const Chip& c = chips[i];
        float icons = (c.Selected ? icon : 0.0f) + (c.Marker ? icon : 0.0f);
        float wrap = std::max(kChipMinTextWidth, avail - 2 * pad_x - icons);
        ImVec2 text = Fonts().Small->CalcTextSizeA(font, FLT_MAX, wrap, c.Label.c_str());
        ImVec2 size(std::ceil(text.x + 2 * pad_x + icons), std::max(kTouchTarget, std::ceil(text.y + 2 * pad_y)));
        if (x > start.x && x + size.x > start.x + avail) {
            x = start.x;
            y += line_h + gap;
            line_h = 0.0f;
        }
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        ImGui::PushID(static_cast<int>(i));
        // A press shows at once, in this frame's drawing and accessible state alike.
        bool pressed = ImGui::InvisibleButton("chip", size);
        pressed = a11y::TakeActivation(ImGui::GetItemID()) || pressed;
        const bool selected = c.Selected != pressed;
        a11y::AddLastItem(a11y::Role::Checkbox, c.AccessibleName.empty() ? c.Label : c.AccessibleName, "", 0, selected);
        bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (pressed) pressed_index = static_cast<int>(i);

        ImVec2 a(x, y), b(x + size.x, y + size.y);
        float rounding = kChipRounding;
        if (selected) {
            dl->AddRectFilled(a, b, ToImColor(hovered ? colour::BrandDark : colour::Brand), rounding);
        } else {
            dl->AddRectFilled(a, b, ToImColor(colour::Card), rounding);
            dl->AddRect(a, b, ToImColor(hovered ? colour::BrandDark : colour::Border), rounding, 0, hovered ? kBorderHovered : kBorder);
        }
        ImU32 text_col = ToImColor(selected ? colour::OnBrand : colour::Text);
        float cx = x + pad_x;
        if (selected) {
            DrawCheck(dl, ImVec2(cx, y + size.y * 0.5f - kChipTick * 0.5f), kChipTick, text_col);
            cx += icon;
        }
        if (c.Marker) {
            DrawMarker(dl, cx + kChipMarkerCentre, y + size.y * 0.5f, kChipMarkerRadius, *c.Marker);
            cx += icon;
        }
        dl->AddText(Fonts().Small, font, ImVec2(cx, y + (size.y - text.y) * 0.5f), text_col, c.Label.c_str(), nullptr, wrap);
        x += size.x + gap;
        line_h = std::max(line_h, size.y);
    }
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(start.x, y + line_h));
    ImGui::Dummy(ImVec2(0.0f, 0.0f));
    ImGui::PopID();
    return pressed_index;
}

// The apps' filter chips and the chips of the filters in force share it.
bool Pill(const std::string& text, const std::string& id, a11y::Role role, const std::string& name, bool selected, bool dimmed,
          float& x, float left, float right)
{
    ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    float w = ts.x + 2 * kChipPadX, h = kTouchTarget;
    if (x + w > right && x > left) {
        x = left;
        ImGui::NewLine();
    }
    ImGui::SetCursorPosX(x - ImGui::GetWindowPos().x + ImGui::GetScrollX());
    ImGui::PushID(id.c_str());
    bool pressed = ImGui::InvisibleButton("##chip", ImVec2(w, h));
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    uint32_t bg = selected ? colour::Brand : colour::Card;
    uint32_t fg = selected ? colour::OnBrand : (dimmed ? colour::TextMuted : colour::Text);
    dl->AddRectFilled(a, b, ToImColor(bg), h * 0.5f);
    dl->AddRect(a, b, ToImColor(selected ? colour::BrandDark : colour::Border), h * 0.5f, 0, hovered ? kBorderHovered : kBorder);
    dl->AddText(ImVec2(a.x + kChipPadX, a.y + (h - ts.y) * 0.5f), ToImColor(fg), text.c_str());
    pressed = a11y::AddLastItem(role, name, "", 0, selected) || pressed;
    ImGui::PopID();
    ImGui::SameLine(0.0f, kChipGap);
    x += w + kChipGap;
    return pressed;
}

} // namespace ui
