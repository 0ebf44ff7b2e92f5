// Markdown transcripts of sessions.
#include "heartflow/transcript.h"

#include "heartflow/text_template.h"

#include <algorithm>

#include <ctime>

namespace heartflow {

namespace {

// The options of the pick step of `flow` that fills variable `name`, or nullptr.
const std::vector<std::string>* pick_options_of(const Flow* flow, std::string_view name) {
    if (flow)
        for (const Node& n : flow->nodes)
            if (n.kind == NodeKind::pick && n.into == name) return &n.options;
    return nullptr;
}

// The text with its placeholders filled from the saved variables, by the engine's own template
// rules: `{name|fallback}` shows the fallback when the value is empty; a name the session did
// not save reads as empty, so its fallback shows and no brace is ever left in the text. Branches
// are chosen from the saved values and visit counts, plurals by the language's rule.
// `prefix` ("file.toml:") names the variables of a flow a detour opened.
// `flow`, when given, holds the pick steps whose variables count() and picked() read, and the
// translation's plural rule.
std::string fill_placeholders(const std::string& text, const SessionSnapshot& s,
                              std::string_view prefix = {}, const Flow* flow = nullptr) {
    std::vector<Value> values;
    std::vector<std::string> names;
    for (const auto& [name, value] : s.variables) {
        names.push_back(name);
        values.push_back(value);
    }
    VariableLookup lookup = [&](std::string_view name) -> std::optional<VariableRef> {
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i].size() == prefix.size() + name.size() && names[i].starts_with(prefix) &&
                names[i].ends_with(name))
                return VariableRef{static_cast<std::uint32_t>(i), type_of(values[i]),
                                   pick_options_of(flow, name)};
        names.emplace_back(name);
        values.emplace_back(std::string());
        return VariableRef{static_cast<std::uint32_t>(values.size() - 1), ValueType::string};
    };
    VisitLookup visits = [&](std::string_view id) -> std::optional<std::uint32_t> {
        std::int64_t count = 0;
        for (const auto& [step, n] : s.visits)
            if (step == std::string(prefix) + std::string(id)) count = n;
        values.emplace_back(count);
        return static_cast<std::uint32_t>(values.size() - 1);
    };
    auto parsed =
        parse_text_template(text, lookup, visits, flow ? flow->info.plural_rule : nullptr);
    if (const auto* t = std::get_if<TextTemplate>(&parsed)) return t->render(values);
    return text;
}

// Text as Markdown shows it literally: the characters that would start emphasis, code, links,
// HTML or (at a line's start) a heading, quotation or list are escaped.
std::string markdown_literal(std::string_view text) {
    std::string out;
    bool line_start = true;   // nothing but spaces yet on this line
    bool digits_only = false; // the line's text so far is a number ("3" before "3. ")
    for (char c : text) {
        const bool after_number = digits_only && (c == '.' || c == ')');
        if (std::string_view("\\`*_[]<>").find(c) != std::string_view::npos || after_number ||
            (line_start && std::string_view("#>-+=").find(c) != std::string_view::npos))
            out += '\\';
        out += c;
        if (c == '\n') {
            line_start = true;
            digits_only = false;
        } else if (c != ' ' && c != '\t') {
            digits_only = (line_start || digits_only) && c >= '0' && c <= '9';
            line_start = false;
        } else {
            digits_only = false;
        }
    }
    return out;
}

// A question shown in italics, one paragraph at a time (emphasis never spans a blank line).
std::string emphasised(const std::string& text) {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find("\n\n", start);
        std::string paragraph =
            text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        auto first = paragraph.find_first_not_of(" \t\n"),
             last = paragraph.find_last_not_of(" \t\n");
        if (first != std::string::npos)
            out += "*" + markdown_literal(paragraph.substr(first, last - first + 1)) + "*\n\n";
        if (end == std::string::npos) break;
        start = end + 2;
    }
    return out;
}

// Every line prefixed with "> ", so the person's words read as a quotation (shown literally).
std::string quoted(const std::string& text) {
    std::string literal = markdown_literal(text);
    std::string out = "> ";
    for (char c : literal) {
        out += c;
        if (c == '\n') out += "> ";
    }
    return out + "\n";
}

// `text` without the spaces, closing quotes and brackets at its end.
std::string_view before_closers(std::string_view text) {
    while (!text.empty()) {
        if (std::string_view(" \t\n\"')]").find(text.back()) != std::string_view::npos) {
            text.remove_suffix(1);
        } else if (text.ends_with("\xe2\x80\x9d") || text.ends_with("\xe2\x80\x99")) {
            text.remove_suffix(3); // a closing double or single curly quote
        } else {
            break;
        }
    }
    return text;
}

// True when `text` ends in one of `marks` (ASCII) or an ellipsis, closers aside.
bool ends_in_mark(std::string_view text, std::string_view marks) {
    text = before_closers(text);
    return !text.empty() &&
           (marks.find(text.back()) != std::string_view::npos || text.ends_with("\xe2\x80\xa6"));
}

// `text` without the spaces at either end.
std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\n");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\n") - first + 1);
}

// Finds the node of a saved step: with a program, in the flow the step names (a detour's too);
// else in the first flow only.
struct StepNodes {
    const Flow* flow = nullptr;
    const Program* program = nullptr;
    const Node* find(const std::string& file, const std::string& id) const {
        if (!program) return flow && file.empty() ? flow->find_node(id) : nullptr;
        auto part = program->find_part(file);
        auto index = part ? program->find_in(*part, id) : std::nullopt;
        return index ? &program->node(*index) : nullptr;
    }
    // The flow a step is in, or nullptr when it is not known.
    const Flow* flow_of(const std::string& file) const {
        if (!program) return file.empty() ? flow : nullptr;
        auto part = program->find_part(file);
        return part ? program->parts[*part].flow.get() : nullptr;
    }
    // The title of the flow a step is in ("" when there is no program to say).
    std::string flow_title(const std::string& file) const {
        auto part = program ? program->find_part(file) : std::nullopt;
        return part ? program->parts[*part].flow->info.title : std::string();
    }
};

// A step reference "file.toml:id" as its file and id ("" and the id in the first flow).
std::pair<std::string, std::string> split_ref(const std::string& ref) {
    const std::size_t colon = ref.rfind(':');
    if (colon == std::string::npos) return {std::string(), ref};
    return {ref.substr(0, colon), ref.substr(colon + 1)};
}

std::string title_of(const Node* n, const std::string& id) {
    return n ? n->display_title() : id;
}

// " (in Other Flow)" on the first step of a run in another flow, " (back in First)" after one.
std::string flow_change(const SessionSnapshot& s, std::size_t i, const StepNodes& nodes) {
    const std::string& file = s.path[i].flow;
    if (i == 0 ? file.empty() : s.path[i - 1].flow == file) return {};
    const std::string title = nodes.flow_title(file);
    if (title.empty()) return {};
    return (file.empty() ? " (back in " : " (in ") + markdown_literal(title) + ")";
}

std::string rating_text(const std::optional<int>& r) {
    return r ? std::to_string(*r) + "/10" : std::string("not given");
}

std::string path_section(const SessionSnapshot& s, const StepNodes& nodes) {
    std::string out = "## The path\n\n";
    for (std::size_t i = 0; i < s.path.size(); ++i) {
        const SnapshotStep& step = s.path[i];
        const Node* n = nodes.find(step.flow, step.node);
        const std::string title = title_of(n, step.node);
        out += std::to_string(i + 1) + ". **" + markdown_literal(title) + "**" +
               flow_change(s, i, nodes);
        const std::string prefix = step.flow.empty() ? "" : step.flow + ":";
        if (n && step.left_by && *step.left_by < n->choices.size()) {
            const std::string label = fill_placeholders(n->choices[*step.left_by].label, s, prefix,
                                                        nodes.flow_of(step.flow));
            out +=
                std::string(answer_joiner(title)) + "\"" + markdown_literal(trimmed(label)) + "\"";
        } else if (n && (n->kind == NodeKind::scale || n->kind == NodeKind::pick) &&
                   (step.left_by || i + 1 < s.path.size())) {
            const std::string ref = step.flow.empty() ? step.node : step.flow + ":" + step.node;
            if (std::string answer = answer_words(*n, ref, s); !answer.empty())
                out += std::string(answer_joiner(title)) + markdown_literal(answer);
        }
        out += " (" + format_local_time(step.entered_at_ms) + ")\n";
    }
    return out;
}

std::string words_section(const SessionSnapshot& s, const StepNodes& nodes) {
    if (s.journal.empty()) return {};
    std::string out = "\n## In your own words\n";
    for (const auto& [ref, text] : s.journal) {
        const auto [file, id] = split_ref(ref);
        const Node* n = nodes.find(file, id);
        out += "\n### " + markdown_literal(title_of(n, ref)) + "\n\n";
        if (n)
            out += emphasised(
                fill_placeholders(n->text, s, file.empty() ? "" : file + ":", nodes.flow_of(file)));
        out += quoted(text);
    }
    return out;
}

std::string transcript_of(const SessionSnapshot& s, const std::string& title,
                          const StepNodes& nodes) {
    std::string out = "# " + markdown_literal(title) + "\n\n";
    out += "Session started " + format_local_time(s.started_at_ms) + ". ";
    out += s.status == SessionStatus::finished ? "Walked to the end.\n\n" : "Paused part way.\n\n";
    out += "*A private record written by heartflow. It is not therapy and not a diagnosis: keep "
           "what helps, and share only what you want to.*\n\n";
    out += "- How big it felt at the start: " + rating_text(s.check_in_before) + "\n";
    out += "- How big it felt at the end: " + rating_text(s.check_in_after) + "\n\n";
    out += path_section(s, nodes);
    out += words_section(s, nodes);
    return out;
}

} // namespace

std::string answer_words(const Node& n, const std::string& ref, const SessionSnapshot& s) {
    if (n.kind == NodeKind::scale) {
        for (const auto& [id, rating] : s.ratings)
            if (id == ref)
                return std::to_string(rating) + " (" + std::to_string(n.rating_min()) +
                       (n.low.empty() ? "" : " " + n.low) + " to " +
                       std::to_string(n.rating_max()) + (n.high.empty() ? "" : " " + n.high) + ")";
        return {};
    }
    if (n.kind != NodeKind::pick) return {};
    std::vector<std::string> shown;
    for (const auto& [id, words] : s.picks)
        if (id == ref)
            for (std::size_t k = 0; k < n.options.size(); ++k)
                if (std::find(words.begin(), words.end(), n.options[k]) != words.end())
                    shown.push_back(n.option_label(k));
    std::int64_t all = shown.empty() ? 0 : (std::int64_t{1} << shown.size()) - 1;
    return shown.empty() ? "none of these" : join_picked(all, shown);
}

std::string_view answer_joiner(std::string_view title) {
    return ends_in_mark(title, ".?!:;") ? " " : ": ";
}

std::string step_with_answer(std::string_view title, std::string_view answer) {
    answer = trimmed(answer);
    if (answer.empty()) return std::string(title);
    return std::string(title) + std::string(answer_joiner(title)) + "\"" + std::string(answer) +
           "\"";
}

std::string as_sentence(std::string text) {
    const auto last = text.find_last_not_of(" \t\n");
    text.erase(last == std::string::npos ? 0 : last + 1);
    if (!text.empty() && !ends_in_mark(text, ".?!")) text += '.';
    return text;
}

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
    return transcript_of(s, title, StepNodes{flow, nullptr});
}

std::string session_transcript(const SessionSnapshot& s, const Program& program) {
    const Flow& flow = *program.flow;
    return transcript_of(s, flow.info.title.empty() ? s.flow_id : flow.info.title,
                         StepNodes{&flow, &program});
}

} // namespace heartflow
