// Markdown transcripts of sessions.
#include "heartflow/transcript.h"

#include <ctime>

namespace heartflow {

namespace {

// Fills {name} placeholders from the saved variables; `{{` and `}}` become braces. Unknown names
// are left as written.
std::string fill_placeholders(const std::string& text, const SessionSnapshot& s) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
            out += c;
            ++i;
            continue;
        }
        std::size_t close = c == '{' ? text.find('}', i) : std::string::npos;
        if (close == std::string::npos) {
            out += c;
            continue;
        }
        std::string name = text.substr(i + 1, close - i - 1);
        const Value* found = nullptr;
        for (const auto& [var, value] : s.variables)
            if (var == name) found = &value;
        out += found ? to_display_string(*found) : text.substr(i, close - i + 1);
        i = close;
    }
    return out;
}

// Every line prefixed with "> ", so the person's words read as a quotation.
std::string quoted(const std::string& text) {
    std::string out = "> ";
    for (char c : text) {
        out += c;
        if (c == '\n') out += "> ";
    }
    return out + "\n";
}

std::string title_of(const Flow* flow, const std::string& id) {
    const Node* n = flow ? flow->find_node(id) : nullptr;
    return n ? n->display_title() : id;
}

std::string rating_text(const std::optional<int>& r) {
    return r ? std::to_string(*r) + "/10" : std::string("not given");
}

std::string path_section(const SessionSnapshot& s, const Flow* flow) {
    std::string out = "## The path\n\n";
    for (std::size_t i = 0; i < s.path.size(); ++i) {
        const SnapshotStep& step = s.path[i];
        out += std::to_string(i + 1) + ". **" + title_of(flow, step.node) + "**";
        const Node* n = flow ? flow->find_node(step.node) : nullptr;
        if (n && step.left_by && *step.left_by < n->choices.size())
            out += ": chose \"" + fill_placeholders(n->choices[*step.left_by].label, s) + "\"";
        out += " (" + format_local_time(step.entered_at_ms) + ")\n";
    }
    return out;
}

std::string words_section(const SessionSnapshot& s, const Flow* flow) {
    if (s.journal.empty()) return {};
    std::string out = "\n## In your own words\n";
    for (const auto& [id, text] : s.journal) {
        out += "\n### " + title_of(flow, id) + "\n\n";
        if (const Node* n = flow ? flow->find_node(id) : nullptr)
            out += "*" + fill_placeholders(n->text, s) + "*\n\n";
        out += quoted(text);
    }
    return out;
}

} // namespace

std::string format_local_time(std::int64_t unix_ms) {
    std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
    std::tm local{};
    if (!localtime_r(&seconds, &local)) return "?";
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &local);
    return buffer;
}

std::string session_transcript(const SessionSnapshot& s, const Flow* flow) {
    std::string title = flow && !flow->info.title.empty() ? flow->info.title : s.flow_id;
    std::string out = "# " + title + "\n\n";
    out += "Session started " + format_local_time(s.started_at_ms) + ". ";
    out += s.status == SessionStatus::finished ? "Walked to the end.\n\n" : "Paused part way.\n\n";
    out += "*A private record written by heartflow. It is not therapy and not a diagnosis: keep "
           "what helps, and share only what you want to.*\n\n";
    out += "- How big it felt at the start: " + rating_text(s.check_in_before) + "\n";
    out += "- How big it felt at the end: " + rating_text(s.check_in_after) + "\n\n";
    out += path_section(s, flow);
    out += words_section(s, flow);
    return out;
}

} // namespace heartflow
