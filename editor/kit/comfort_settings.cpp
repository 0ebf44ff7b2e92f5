// Reading and writing the comfort file: a tiny `key = value` subset of TOML, parsed leniently.
#include "player/comfort_settings.h"

#include "heartflow/atomic_file.h"
#include "player/settings_file.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace heartflow::gui {

namespace fs = std::filesystem;

namespace {

void apply_line(ComfortSettings& c, const std::string& key, const std::string& value) {
    if (key == "text_scale") {
        char* end = nullptr;
        float v = std::strtof(value.c_str(), &end);
        if (end != value.c_str() && std::isfinite(v)) c.text_scale = std::clamp(v, kMinTextScale, kMaxTextScale);
    } else if (key == "theme") {
        if (auto t = parse_theme(value)) c.theme = *t;
    } else if (key == "reduced_motion") {
        if (value == "true" || value == "false") c.reduced_motion = value == "true";
    }
}

} // namespace

ComfortSettings decode_comfort(const std::string& text) {
    ComfortSettings c;
    for (const SettingLine& line : parse_settings_text(text).settings)
        apply_line(c, line.key, line.value);
    return c;
}

ComfortSettings load_comfort(const fs::path& file) {
    std::optional<std::string> text = read_settings_file(file);
    return text ? decode_comfort(*text) : ComfortSettings{};
}

std::string encode_comfort(const ComfortSettings& c) {
    char scale[16];
    std::snprintf(scale, sizeof scale, "%.2f", c.text_scale);
    return std::string("# heartflow comfort settings (changed from the player; safe to edit)\n") +
           "text_scale = " + scale + "\n" + "theme = \"" + theme_name(c.theme) + "\"\n" +
           "reduced_motion = " + (c.reduced_motion ? "true" : "false") + "\n";
}

std::string save_comfort(const fs::path& file, const ComfortSettings& settings) {
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    if (ec) return "could not create " + file.parent_path().string() + ": " + ec.message();
    WriteStatus written = write_file_atomically(file, encode_comfort(settings));
    return written.ok ? std::string() : written.message;
}

float step_text_scale(float scale, int direction) {
    float stepped = std::round(scale / kTextScaleStep + static_cast<float>(direction)) * kTextScaleStep;
    return std::clamp(stepped, kMinTextScale, kMaxTextScale);
}

} // namespace heartflow::gui
