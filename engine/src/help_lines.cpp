// Help lines: reading and writing the person's file, gathering both sources, the default text.
#include "heartflow/help_lines.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <initializer_list>

namespace fs = std::filesystem;

namespace heartflow {

namespace {

// `text` cut to at most `bytes` bytes, never inside a UTF-8 sequence.
std::string cut_on_character(std::string text, std::size_t bytes) {
    if (text.size() <= bytes) return text;
    std::size_t end = bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    text.resize(end);
    return text;
}

std::string_view trimmed(std::string_view line) {
    auto first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    auto last = line.find_last_not_of(" \t\r");
    return line.substr(first, last - first + 1);
}

constexpr std::array<std::string_view, 3> kDefaultSteps = {
    "If you are in danger, or you might hurt yourself, call your local emergency number now.",
    "To find a crisis line where you live, search for \"crisis line\" and the name of your "
    "country, or ask a doctor or a pharmacist.",
    "If someone you trust is near, ask them to stay with you while you reach out.",
};

} // namespace

fs::path help_lines_file(const fs::path& config_dir) {
    return config_dir / kHelpLinesFileName;
}

std::vector<std::string> read_help_lines_file(const fs::path& file) {
    std::vector<std::string> lines;
    std::ifstream in(file);
    for (std::string line; in && std::getline(in, line) && lines.size() < kMaxHelpLines;) {
        std::string_view text = trimmed(line);
        if (text.empty() || text.front() == '#') continue;
        lines.push_back(cut_on_character(std::string(text), kMaxHelpLineBytes));
    }
    return lines;
}

std::string encode_help_lines_file(std::span<const std::string> lines) {
    std::string out =
        "# Local help lines, shown first whenever heartflow's \"Get help now\" is open.\n"
        "# One line each: who to call or text, and how. Lines starting with # are ignored.\n";
    for (const std::string& line : lines) {
        std::string_view text = trimmed(line);
        if (text.empty()) continue;
        out += text;
        out += '\n';
    }
    return out;
}

WriteStatus save_help_lines_file(const fs::path& file, std::span<const std::string> lines) {
    if (WriteStatus made = make_private_folder(file.parent_path()); !made.ok) return made;
    return write_file_atomically(file, encode_help_lines_file(lines), FilePrivacy::owner_only);
}

std::vector<std::string> HelpLines::all() const {
    std::vector<std::string> lines;
    for (const std::vector<std::string>* source : {&personal, &flow})
        for (const std::string& line : *source)
            if (std::find(lines.begin(), lines.end(), line) == lines.end()) lines.push_back(line);
    return lines;
}

std::vector<std::string> flow_help_lines(const Flow& flow) {
    std::vector<std::string> lines;
    for (const HelpLineText& line : flow.info.help_lines)
        if (!trimmed(line.text).empty()) lines.push_back(std::string(trimmed(line.text)));
    return lines;
}

HelpLines gather_help_lines(const Flow& flow, const fs::path& personal_file) {
    return {read_help_lines_file(personal_file), flow_help_lines(flow)};
}

DefaultHelpText default_help_text() {
    return {"If you might not be safe", kDefaultSteps};
}

HelpShown help_to_show(const HelpLines& lines) {
    if (!lines.empty()) return {kHelpLinesHeading, lines.all(), false};
    DefaultHelpText text = default_help_text();
    return {text.heading, std::vector<std::string>(text.steps.begin(), text.steps.end()), true};
}

} // namespace heartflow
