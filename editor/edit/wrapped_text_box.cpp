// Soft-wrapping a multi-line text box.
#include "edit/wrapped_text_box.h"

#include <imgui_stdlib.h>

#include <algorithm>

namespace heartflow::editor {

namespace {

constexpr std::string_view kSoftBreak = "\r\n";

// What the box's callback needs: the wrap width and the caller's own callback.
struct WrapState {
    float width;
    ImGuiInputTextCallback callback;
    void* user_data;
};

// The place in `text` of logical (unwrapped) offset `logical`, after any soft break there.
int place_of(std::string_view text, int logical) {
    int seen = 0;
    for (int i = 0; i < static_cast<int>(text.size()); ++i) {
        if (text[static_cast<std::size_t>(i)] == '\r') {
            ++i; // a soft break holds no text
            continue;
        }
        if (seen == logical) return i;
        ++seen;
    }
    return static_cast<int>(text.size());
}

// The logical offset of place `place` in `text`: the bytes before it that unwrap keeps.
int logical_of(std::string_view text, int place) {
    int kept = 0;
    bool soft = false;
    for (int i = 0; i < place && i < static_cast<int>(text.size()); ++i) {
        const char c = text[static_cast<std::size_t>(i)];
        if (c == '\r')
            soft = true;
        else if (c == '\n' && soft)
            soft = false;
        else
            ++kept;
    }
    return kept;
}

int rewrap(ImGuiInputTextCallbackData* data) {
    auto* state = static_cast<WrapState*>(data->UserData);
    if (state->callback) {
        void* own = data->UserData;
        data->UserData = state->user_data;
        state->callback(data);
        data->UserData = own;
    }
    const std::string_view shown(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    const std::string wrapped = wrap_softly(unwrap(shown), state->width);
    if (wrapped == shown) return 0;
    const int cursor = logical_of(shown, data->CursorPos),
              start = logical_of(shown, data->SelectionStart),
              end = logical_of(shown, data->SelectionEnd);
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, wrapped.data(), wrapped.data() + wrapped.size());
    data->CursorPos = place_of(wrapped, cursor);
    data->SelectionStart = place_of(wrapped, start);
    data->SelectionEnd = place_of(wrapped, end);
    return 0;
}

} // namespace

std::string wrap_softly(std::string_view text, float width) {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    std::string out;
    out.reserve(text.size() + text.size() / 16);
    const char* at = text.data();
    const char* end = text.data() + text.size();
    while (at < end) {
        const char* line_end = std::find(at, end, '\n');
        while (at < line_end) {
            const char* next = font->CalcWordWrapPositionA(scale, at, line_end, width);
            if (next <= at) ++next; // always take one character, however narrow the box
            while (next < line_end && *next == ' ')
                ++next;
            while (next < line_end && (static_cast<unsigned char>(*next) & 0xC0) == 0x80)
                ++next;
            out.append(at, next);
            if (next < line_end) out += kSoftBreak;
            at = next;
        }
        if (line_end < end) out += '\n';
        at = line_end + 1;
    }
    return out;
}

std::string unwrap(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool soft = false; // a '\r' was seen: the next '\n' is its soft break's, even if typed apart
    for (const char c : text) {
        if (c == '\r')
            soft = true;
        else if (c == '\n' && soft)
            soft = false;
        else
            out += c;
    }
    return out;
}

bool wrapped_text_box(const char* id, std::string& text, ImVec2 size,
                      ImGuiInputTextCallback callback, void* user_data, ImGuiInputTextFlags flags) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float outer = size.x < 0.0f ? ImGui::GetContentRegionAvail().x + size.x + 1.0f : size.x;
    WrapState state{outer - style.FramePadding.x * 2.0f - style.ScrollbarSize, callback, user_data};
    if (text.find('\r') != std::string::npos || state.width <= 0.0f) // not ours to change
        return ImGui::InputTextMultiline(
            id, &text, size, flags | (callback ? ImGuiInputTextFlags_CallbackAlways : 0), callback,
            user_data);
    std::string shown = wrap_softly(text, state.width);
    if (!ImGui::InputTextMultiline(id, &shown, size, flags | ImGuiInputTextFlags_CallbackAlways,
                                   rewrap, &state))
        return false;
    std::string changed = unwrap(shown);
    if (changed == text) return false;
    text = std::move(changed);
    return true;
}

bool wrapped_line_box(const char* id, std::string& text) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width =
        ImGui::GetContentRegionAvail().x - style.FramePadding.x * 2.0f - style.ScrollbarSize;
    const std::string shown = width > 0.0f ? wrap_softly(text, width) : text;
    const auto lines = 1 + std::count(shown.begin(), shown.end(), '\n');
    const float height =
        ImGui::GetTextLineHeight() * static_cast<float>(lines) + style.FramePadding.y * 2.0f;
    std::string value = text;
    if (!wrapped_text_box(id, value, {-1.0f, height}, nullptr, nullptr,
                          ImGuiInputTextFlags_CtrlEnterForNewLine))
        return false;
    std::replace(value.begin(), value.end(), '\n', ' ');
    if (value == text) return false;
    text = std::move(value);
    return true;
}

} // namespace heartflow::editor
