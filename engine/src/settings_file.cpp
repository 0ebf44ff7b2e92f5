// Settings files: the guarded parse with unreadable lines skipped, then the known keys by type.
#include "heartflow/settings_file.h"

#include "input_guard.h"
#include "toml_reader.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>

namespace heartflow {

namespace {

// At most this many unreadable lines are skipped before the whole file is given up.
constexpr int kMaxSkippedLines = 64;

// A warning before it is formatted, so that all of them can be put in file order.
struct Located {
    SourcePos pos;
    std::string message;
};

// Empties line `line` (1-based) of `text`, keeping its line break; false when it was empty.
bool blank_line(std::string& text, std::uint32_t line) {
    std::size_t start = 0;
    for (std::uint32_t n = 1; n < line; ++n) {
        start = text.find('\n', start);
        if (start == std::string::npos) return false;
        ++start;
    }
    std::size_t end = std::min(text.find('\n', start), text.size());
    if (end == start) return false;
    text.erase(start, end - start);
    return true;
}

// Parses `text`, emptying each line TOML cannot read (each one reported) until the rest reads.
std::optional<toml::table> parse_forgiving(std::string text, std::vector<Located>& out) {
    for (int attempt = 0; attempt <= kMaxSkippedLines; ++attempt) {
        std::string escaped;
        std::string_view view = text;
        if (GuardResult guard = guard_for_parser(view, escaped); guard.problem) {
            out.push_back(
                {guard.problem->range.begin, guard.problem->message + "; the file is skipped"});
            return std::nullopt;
        }
        try {
            return toml::parse(view);
        } catch (const toml::parse_error& e) {
            const SourcePos at{e.source().begin.line, e.source().begin.column};
            if (!blank_line(text, at.line)) {
                out.push_back({at, std::string(e.description()) + "; the file is skipped"});
                return std::nullopt;
            }
            out.push_back({at, std::string(e.description()) + "; this line is skipped"});
        }
    }
    out.push_back({{1, 1}, "too many unreadable lines; the file is skipped"});
    return std::nullopt;
}

const char* type_phrase(SettingType type) {
    switch (type) {
    case SettingType::string:
        return "a string";
    case SettingType::boolean:
        return "true or false";
    case SettingType::number:
        return "a number";
    }
    return "";
}

// The value of `node` when it has `type`.
std::optional<std::variant<std::string, bool, double>> typed_value(const toml::node& node,
                                                                   SettingType type) {
    switch (type) {
    case SettingType::string:
        if (auto s = node.as_string()) return s->get();
        break;
    case SettingType::boolean:
        if (auto b = node.as_boolean()) return b->get();
        break;
    case SettingType::number:
        if (auto d = node.value<double>(); d && (node.is_floating_point() || node.is_integer()))
            return *d;
        break;
    }
    return std::nullopt;
}

std::string known_keys(std::span<const SettingSpec> specs) {
    std::string out;
    for (const SettingSpec& s : specs)
        out += (out.empty() ? "" : ", ") + std::string(s.key);
    return out;
}

} // namespace

SettingsRead read_settings_text(std::string_view text, std::string_view path,
                                std::span<const SettingSpec> specs) {
    SettingsRead read;
    read.found = true;
    std::vector<Located> problems;
    if (std::optional<toml::table> root = parse_forgiving(std::string(text), problems)) {
        for (const auto& [key, node] : entries_in_file_order(*root)) {
            const SourcePos pos{key->source().begin.line, key->source().begin.column};
            const std::string_view name = key->str(); // clang 14 cannot capture a binding
            auto spec = std::find_if(specs.begin(), specs.end(),
                                     [name](const SettingSpec& s) { return s.key == name; });
            if (spec == specs.end()) {
                problems.push_back({pos, "unknown setting '" + std::string(key->str()) +
                                             "' (settings: " + known_keys(specs) + ")"});
            } else if (auto value = typed_value(*node, spec->type)) {
                read.settings.push_back({std::string(spec->key), std::move(*value), pos});
            } else {
                problems.push_back({pos, "'" + std::string(spec->key) + "' should be " +
                                             type_phrase(spec->type) + ", not " +
                                             toml_type_phrase(*node) + "; it is skipped"});
            }
        }
    }
    std::stable_sort(problems.begin(), problems.end(), [](const Located& a, const Located& b) {
        return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.column < b.pos.column;
    });
    for (const Located& p : problems)
        read.warnings.push_back(settings_warning(path, p.pos, p.message));
    return read;
}

SettingsRead read_settings_file(const std::filesystem::path& file,
                                std::span<const SettingSpec> specs) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return {};
    std::ostringstream text;
    text << in.rdbuf();
    return read_settings_text(text.str(), file.string(), specs);
}

std::string settings_warning(std::string_view path, SourcePos pos, std::string_view message) {
    return std::string(path) + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) +
           ": warning: " + std::string(message);
}

WriteStatus write_settings_file(const std::filesystem::path& file, std::string_view text) {
    if (WriteStatus made = make_private_folder(file.parent_path()); !made.ok) return made;
    return write_file_atomically(file, text, FilePrivacy::owner_only);
}

} // namespace heartflow
