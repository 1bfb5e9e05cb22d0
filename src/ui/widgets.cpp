// widgets.cpp — headings, paragraphs, links, notices (layer: ui).
#include "ui/widgets.h"

#include "ui/fonts.h"
#include "ui/host.h"
#include "ui/theme.h"

#include "imgui.h"
#include "imgui_internal.h"

namespace ui {

void Heading(const std::string& text, int level)
{
    ImGui::PushFont(level <= 1 ? Fonts.H1 : Fonts.H2);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void Paragraph(const std::string& text)
{
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

void MutedText(const std::string& text)
{
    ImGui::PushFont(Fonts.Small);
    ImGui::PushStyleColor(ImGuiCol_Text, ToImColor(colour::TextMuted));
    Paragraph(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

bool LinkText(const std::string& label, const char* id_suffix)
{
    std::string id = label + "##link" + (id_suffix ? id_suffix : "");
    ImVec2 size = ImGui::CalcTextSize(label.c_str(), nullptr, true);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool clicked = ImGui::InvisibleButton(id.c_str(), ImVec2(size.x, size.y + 4), ImGuiButtonFlags_PressedOnClickRelease);
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImU32 col = ToImColor(hovered ? colour::LinkHover : colour::Link);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText(pos, col, label.c_str(), ImGui::FindRenderedTextEnd(label.c_str()));
    float underline_y = pos.y + size.y;
    dl->AddLine(ImVec2(pos.x, underline_y), ImVec2(pos.x + size.x, underline_y), col, hovered ? 2.0f : 1.0f);
    return clicked;
}

void ExternalLink(Host& host, const std::string& label, const std::string& url)
{
    if (LinkText(label, url.c_str())) host.OpenExternal(url);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s (opens in a new tab)", url.c_str());
}

bool PrimaryButton(const std::string& label)
{
    ImGui::PushStyleColor(ImGuiCol_Text, ToImColor(colour::OnBrand));
    ImGui::PushStyleColor(ImGuiCol_Button, ToImColor(colour::Success));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ToImColor(0x00401E));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ToImColor(0x00401E));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    bool pressed = ImGui::Button(label.c_str());
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
    ImGui::Indent(18.0f);
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PushTextWrapPos(start.x + width - 12.0f - ImGui::GetWindowPos().x + ImGui::GetScrollX());
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::Unindent(18.0f);
    ImVec2 end = ImVec2(start.x + width, ImGui::GetItemRectMax().y);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(start, end, ToImColor(colour::Card));
    dl->AddRectFilled(start, ImVec2(start.x + 8, end.y), ToImColor(colour::Warning));
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

std::string NotKnown(const std::string& s)
{
    return s.empty() ? std::string("not known") : s;
}

} // namespace ui
