// A multi-line text box whose lines wrap at its width, which ImGui 1.86's do not: soft breaks
// ("\r\n", drawn exactly like a line break, since ImGui draws no '\r') are woven into the text as
// it is shown and typed, and taken out before the text is handed back, so the text itself never
// holds them. A text that already holds a '\r' is shown unwrapped rather than changed.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

namespace heartflow::editor {

/// `text` with a soft break wherever a line would be wider than `width` pixels in the current
/// font, breaking after spaces (the space stays at the end of its line).
[[nodiscard]] std::string wrap_softly(std::string_view text, float width);

/// `text` without its soft breaks.
[[nodiscard]] std::string unwrap(std::string_view text);

/// Like ImGui::InputTextMultiline over `text`, wrapping at the box's width; true when the text
/// changed. `callback`, when given, is called first on every frame the box is active
/// (ImGuiInputTextFlags_CallbackAlways), with `user_data`; `flags` are added to the box's own.
bool wrapped_text_box(const char* id, std::string& text, ImVec2 size,
                      ImGuiInputTextCallback callback = nullptr, void* user_data = nullptr,
                      ImGuiInputTextFlags flags = 0);

/// A one-line value (a title, an author) in a box as wide as the panel that grows a line at a
/// time to show all of it, wrapped, instead of cutting it at the box's edge. Enter ends the
/// edit; a line break typed or pasted becomes a space. True when the text changed.
bool wrapped_line_box(const char* id, std::string& text);

} // namespace heartflow::editor
