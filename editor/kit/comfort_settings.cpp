// Reading and writing the comfort file through the engine's settings files (TOML).
#include "kit/comfort_settings.h"

#include "heartflow/settings_file.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace heartflow::kit {

namespace fs = std::filesystem;

namespace {

constexpr SettingSpec kComfortKeys[] = {
    {"text_scale", SettingType::number},
    {"theme", SettingType::string},
    {"reduced_motion", SettingType::boolean},
};

// Applies one setting; a value it cannot use is reported and leaves the default.
void apply(ComfortSettings& c, const Setting& s, std::string_view path,
           std::vector<std::string>& warnings) {
    if (s.key == "text_scale") {
        const double v = std::get<double>(s.value);
        if (std::isfinite(v))
            c.text_scale = std::clamp(static_cast<float>(v), kMinTextScale, kMaxTextScale);
        else
            warnings.push_back(
                settings_warning(path, s.pos, "text_scale must be a finite number; it is skipped"));
    } else if (s.key == "theme") {
        const std::string& name = std::get<std::string>(s.value);
        if (auto t = parse_theme(name))
            c.theme = *t;
        else
            warnings.push_back(settings_warning(
                path, s.pos,
                "unknown theme '" + name + "' (light, dark or high-contrast); it is skipped"));
    } else if (s.key == "reduced_motion") {
        c.reduced_motion = std::get<bool>(s.value);
    }
}

// The settings `read` holds over the defaults; the read's warnings and ours go to `warnings`.
ComfortSettings decode(const SettingsRead& read, std::string_view path,
                       std::vector<std::string>& warnings) {
    warnings.insert(warnings.end(), read.warnings.begin(), read.warnings.end());
    ComfortSettings c;
    for (const Setting& s : read.settings)
        apply(c, s, path, warnings);
    return c;
}

} // namespace

ComfortSettings decode_comfort(std::string_view text, std::string_view path,
                               std::vector<std::string>& warnings) {
    return decode(read_settings_text(text, path, kComfortKeys), path, warnings);
}

ComfortSettings load_comfort(const fs::path& file) {
    std::vector<std::string> warnings;
    const ComfortSettings c =
        decode(read_settings_file(file, kComfortKeys), file.string(), warnings);
    for (const std::string& w : warnings)
        std::fprintf(stderr, "%s\n", w.c_str());
    return c;
}

std::string encode_comfort(const ComfortSettings& c) {
    char scale[16];
    std::snprintf(scale, sizeof scale, "%.2f", c.text_scale);
    return std::string("# heartflow comfort settings (changed from the player; safe to edit)\n") +
           "text_scale = " + scale + "\n" + "theme = \"" + theme_name(c.theme) + "\"\n" +
           "reduced_motion = " + (c.reduced_motion ? "true" : "false") + "\n";
}

std::string save_comfort(const fs::path& file, const ComfortSettings& settings) {
    WriteStatus written = write_settings_file(file, encode_comfort(settings));
    return written.ok ? std::string() : written.message;
}

float step_text_scale(float scale, int direction) {
    float stepped =
        std::round(scale / kTextScaleStep + static_cast<float>(direction)) * kTextScaleStep;
    return std::clamp(stepped, kMinTextScale, kMaxTextScale);
}

} // namespace heartflow::kit
