// widgets.cpp — headings, paragraphs, links, notices (layer: ui).
#include "ui/widgets.h"

#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/host.h"
#include "ui/layout_metrics.h"
#include "ui/theme.h"

#include "imgui.h"
#include "imgui_internal.h"

#include <algorithm>
#include <cfloat>

namespace ui {

void Heading(const std::string& text, int level)
{
    ImGui::PushFont(level <= 1 ? Fonts().H1 : Fonts().H2);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    a11y::AddLastItem(a11y::Role::Heading, text, "", level);
}

void Paragraph(const std::string& text, float width)
{
    ImGui::PushTextWrapPos(width > 0.0f ? ImGui::GetCursorPosX() + width : 0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    a11y::AddLastItem(a11y::Role::Text, text);
}

void BoldLine(const std::string& text, float width)
{
    ImGui::PushFont(Fonts().Bold);
    Paragraph(text, width);
    ImGui::PopFont();
}

void MutedText(const std::string& text)
{
    ImGui::PushFont(Fonts().Small);
    ImGui::PushStyleColor(ImGuiCol_Text, ToImColor(colour::TextMuted));
    Paragraph(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

namespace {

bool LinkLike(const std::string& label, const std::string& id)
{
    // Wraps at the column's edge like a paragraph, with each line underlined.
    float wrap = std::max(ImGui::GetContentRegionAvail().x, kLinkMinWrap);
    const char* text = label.c_str();
    const char* text_end = ImGui::FindRenderedTextEnd(text);
    ImVec2 size = ImGui::CalcTextSize(text, text_end, false, wrap);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    // At least 24 x 24 CSS px, so small links stay easy to tap (WCAG 2.5.8); on a phone 44 x 44, the size of a
    // fingertip, with the text in the middle of its target.
    const float least = LeastTarget(kMinTarget);
    const float target_h = std::max(size.y + kLinkTargetSlack, least);
    bool clicked = ImGui::InvisibleButton(id.c_str(), ImVec2(std::max(size.x, least), target_h), ImGuiButtonFlags_PressedOnClickRelease);
    pos.y += (target_h - size.y - kLinkTargetSlack) * 0.5f;
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImU32 col = ToImColor(hovered ? colour::LinkHover : colour::Link);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    float font_size = ImGui::GetFontSize();
    float scale = font_size / font->FontSize;
    float y = pos.y;
    const char* line = text;
    while (line < text_end) {
        const char* line_end = font->CalcWordWrapPositionA(scale, line, text_end, wrap);
        if (line_end == line) line_end = line + 1; // one very long word: at least one character per line
        float w = font->CalcTextSizeA(font_size, FLT_MAX, 0.0f, line, line_end).x;
        dl->AddText(font, font_size, ImVec2(pos.x, y), col, line, line_end);
        dl->AddLine(ImVec2(pos.x, y + font_size), ImVec2(pos.x + w, y + font_size), col, hovered ? kBorder : kHairline);
        y += font_size;
        line = line_end;
        while (line < text_end && (*line == ' ' || *line == '\n')) ++line;
    }
    return clicked;
}

} // namespace

bool LinkText(const std::string& label, const std::string& href, const std::string& accessible_name, bool list_item)
{
    bool clicked = LinkLike(label, label + "##" + href);
    a11y::AddLastItem(list_item ? a11y::Role::ListItem : a11y::Role::Link, accessible_name.empty() ? label : accessible_name, href);
    return clicked;
}

bool TextButton(const std::string& label)
{
    bool clicked = LinkLike(label, label + "##button");
    return a11y::AddLastItem(a11y::Role::Button, label) || clicked;
}

bool Disclosure(const std::string& label)
{
    ImGuiStorage* st = ImGui::GetStateStorage();
    bool clicked = LinkLike(label, label + "##disclosure");
    bool& open = *st->GetBoolRef(ImGui::GetItemID(), false);
    if (a11y::AddDisclosure(label, open) || clicked) open = !open;
    return open;
}

void ExternalLink(Host& host, const std::string& label, const std::string& url, const std::string& accessible_name)
{
    if (LinkText(label, url, accessible_name)) host.OpenExternal(url);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s (opens in a new tab)", url.c_str());
}

float LeastTarget(float elsewhere) { return ImGui::GetMainViewport()->Size.x < kNarrow ? kTapTarget : elsewhere; }

bool PrimaryButton(const std::string& label)
{
    ImGui::PushStyleColor(ImGuiCol_Text, ToImColor(colour::OnBrand));
    ImGui::PushStyleColor(ImGuiCol_Button, ToImColor(colour::Success));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ToImColor(colour::SuccessDark));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ToImColor(colour::SuccessDark));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    bool pressed = ImGui::Button(label.c_str(), ImVec2(0.0f, LeastTarget(0.0f)));
    pressed = a11y::AddLastItem(a11y::Role::Button, label) || pressed;
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    return pressed;
}

void Notice(const std::string& text)
{
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 start = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::Indent(kNoticeIndent);
    ImGui::Dummy(ImVec2(0, kNoticePadY));
    ImGui::PushTextWrapPos(start.x + width - kNoticePadRight - ImGui::GetWindowPos().x + ImGui::GetScrollX());
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    a11y::AddLastItem(a11y::Role::Text, text);
    ImGui::Dummy(ImVec2(0, kNoticePadY));
    ImGui::Unindent(kNoticeIndent);
    ImVec2 end = ImVec2(start.x + width, ImGui::GetItemRectMax().y);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(start, end, ToImColor(colour::Card));
    dl->AddRectFilled(start, ImVec2(start.x + kNoticeStripe, end.y), ToImColor(colour::Warning));
    dl->ChannelsMerge();
}

void Spacing(float css_px)
{
    ImGui::Dummy(ImVec2(0.0f, css_px));
}

float ContentWidth()
{
    return ImGui::GetContentRegionAvail().x;
}

} // namespace ui

namespace ui {

bool SearchBox(const std::string& label, std::string& value, float height, float width)
{
    ImGui::PushID(label.c_str());
    ImVec2 pos = ImGui::GetCursorScreenPos();
    if (width <= 0.0f) width = ImGui::GetContentRegionAvail().x;
    ImGui::InvisibleButton("##search", ImVec2(width, height));
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ToImColor(colour::Card));
    dl->AddRect(pos, ImVec2(pos.x + width, pos.y + height), ToImColor(colour::Border), 0.0f, 0, kBorder);
    float text_y = pos.y + (height - ImGui::GetFontSize()) * 0.5f;
    dl->PushClipRect(pos, ImVec2(pos.x + width - kSearchClipRight, pos.y + height), true);
    dl->AddText(ImVec2(pos.x + kSearchPadX, text_y), ToImColor(colour::Text), value.c_str());
    dl->PopClipRect();
    a11y::Node node;
    node.NodeRole = a11y::Role::SearchBox;
    node.Name = label;
    node.Text = value;
    node.Id = ImGui::GetItemID();
    node.X = pos.x;
    node.Y = pos.y;
    node.W = width;
    node.H = height;
    std::string typed;
    bool changed = a11y::TakeInput(node.Id, typed) && typed != value;
    if (changed) {
        value = typed;
        node.Text = value;
    }
    a11y::Add(std::move(node));
    ImGui::PopID();
    return changed;
}

} // namespace ui
