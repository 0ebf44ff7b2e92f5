// Reading and writing editor.toml through the engine's settings files.
#include "edit/editor_settings.h"

#include "heartflow/config_dir.h"
#include "heartflow/settings_file.h"
#include "kit/comfort_settings.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace heartflow::editor {

namespace {

constexpr SettingSpec kEditorKeys[] = {
    {"text_scale", SettingType::number},
    {"show_minimap", SettingType::boolean},
};

EditorSettings decode(const SettingsRead& read, std::string_view path,
                      std::vector<std::string>& warnings) {
    warnings.insert(warnings.end(), read.warnings.begin(), read.warnings.end());
    EditorSettings s;
    for (const Setting& setting : read.settings) {
        if (setting.key == "show_minimap") {
            s.show_minimap = std::get<bool>(setting.value);
        } else if (const double v = std::get<double>(setting.value); std::isfinite(v)) {
            s.text_scale =
                std::clamp(static_cast<float>(v), kit::kMinTextScale, kit::kMaxTextScale);
        } else {
            warnings.push_back(settings_warning(
                path, setting.pos, "text_scale must be a finite number; it is skipped"));
        }
    }
    return s;
}

} // namespace

std::filesystem::path default_editor_settings_file() {
    return default_config_dir() / "editor.toml";
}

EditorSettings decode_editor_settings(std::string_view text, std::string_view path,
                                      std::vector<std::string>& warnings) {
    return decode(read_settings_text(text, path, kEditorKeys), path, warnings);
}

EditorSettings load_editor_settings(const std::filesystem::path& file) {
    std::vector<std::string> warnings;
    const EditorSettings s = decode(read_settings_file(file, kEditorKeys), file.string(), warnings);
    for (const std::string& w : warnings)
        std::fprintf(stderr, "%s\n", w.c_str());
    return s;
}

std::string save_editor_settings(const std::filesystem::path& file,
                                 const EditorSettings& settings) {
    char scale[16];
    std::snprintf(scale, sizeof scale, "%.2f", settings.text_scale);
    const std::string text =
        std::string("# heartflow editor settings (changed from the editor; safe to edit)\n") +
        "text_scale = " + scale + "\n" +
        "show_minimap = " + (settings.show_minimap ? "true" : "false") + "\n";
    const WriteStatus written = write_settings_file(file, text);
    return written.ok ? std::string() : written.message;
}

} // namespace heartflow::editor
