// Twee 3 (Twine's text format) import.
#include "heartflow/import.h"

#include "import_support.h"
#include "interop_text.h"
#include "json_reader.h"

#include <array>
#include <cctype>
#include <map>
#include <set>

namespace heartflow {

namespace {

using interop::import_diagnostic;

// A passage as written, before links are resolved.
struct Passage {
    std::string name;
    std::vector<std::string> tags;
    std::optional<std::array<double, 2>> pos;
    std::vector<std::pair<std::string, std::uint32_t>> lines; // content and 1-based line number
    SourcePos at;
};

// Special passages of story formats, with nothing a flow can use.
const std::set<std::string> kFormatPassages = {"StoryInit",   "StoryCaption",   "StoryMenu",
                                               "StoryBanner", "StorySubtitle",  "StoryAuthor",
                                               "StoryShare",  "StoryInterface", "PassageReady",
                                               "PassageDone", "PassageHeader",  "PassageFooter"};

// Reads the header after "::": name (with \ escapes), [tags], {metadata}.
Passage header(std::string_view line, std::uint32_t line_no, std::vector<Diagnostic>& diagnostics) {
    Passage p;
    p.at = {line_no, 1};
    std::size_t i = 2;
    std::string name;
    while (i < line.size() && line[i] != '[' && line[i] != '{') {
        if (line[i] == '\\' && i + 1 < line.size()) ++i;
        name += line[i++];
    }
    p.name = interop::trim(name);
    if (i < line.size() && line[i] == '[') {
        std::size_t close = line.find(']', i);
        std::string tags(line.substr(i + 1, close == std::string_view::npos ? std::string_view::npos
                                                                            : close - i - 1));
        for (std::size_t s = 0; s < tags.size();) {
            std::size_t e = tags.find(' ', s);
            std::string tag = tags.substr(s, e == std::string::npos ? std::string::npos : e - s);
            if (!tag.empty()) p.tags.push_back(tag);
            if (e == std::string::npos) break;
            s = e + 1;
        }
        i = close == std::string_view::npos ? line.size() : close + 1;
        while (i < line.size() && line[i] == ' ')
            ++i;
    }
    if (i < line.size() && line[i] == '{') {
        SourcePos at{line_no,
                     static_cast<std::uint32_t>(interop::code_points(line.substr(0, i)) + 1)};
        auto meta = interop::parse_json(line.substr(i), at);
        const std::string* position = meta.value ? meta.value->find_string("position") : nullptr;
        if (!meta.value) {
            diagnostics.push_back(import_diagnostic(DiagCode::import_unmapped,
                                                    "the passage's metadata is not valid JSON (" +
                                                        meta.error + "); it is left out",
                                                    meta.error_pos));
        } else if (position) {
            std::size_t comma = position->find(',');
            try {
                if (comma != std::string::npos)
                    p.pos = std::array<double, 2>{std::stod(position->substr(0, comma)),
                                                  std::stod(position->substr(comma + 1))};
            } catch (const std::exception&) {
                diagnostics.push_back(
                    import_diagnostic(DiagCode::import_unmapped,
                                      "the passage's position is not 'x,y'; it is left out", at));
            }
        }
    }
    return p;
}

// One [[link]]: its label and target, in Twine 2's four forms.
std::pair<std::string, std::string> link_parts(std::string_view inside) {
    std::string_view label = inside, target = inside;
    if (auto bar = inside.find('|'); bar != std::string_view::npos) {
        label = inside.substr(0, bar);
        target = inside.substr(bar + 1);
    } else if (auto arrow = inside.rfind("->"); arrow != std::string_view::npos) {
        label = inside.substr(0, arrow);
        target = inside.substr(arrow + 2);
    } else if (auto back = inside.find("<-"); back != std::string_view::npos) {
        target = inside.substr(0, back);
        label = inside.substr(back + 2);
    }
    return {interop::trim(label), interop::trim(target)};
}

struct PendingLink {
    std::size_t from;
    std::string label, target;
    SourcePos at;
};

class TweeReader {
public:
    interop::ImportGraph graph;

    void read(std::string_view text) {
        std::vector<std::string> lines = interop::split_lines(text);
        std::vector<Passage> passages;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            auto line_no = static_cast<std::uint32_t>(i + 1);
            if (lines[i].rfind("::", 0) == 0)
                passages.push_back(header(lines[i], line_no, graph.diagnostics));
            else if (!passages.empty())
                passages.back().lines.emplace_back(lines[i], line_no);
            else if (!interop::trim(lines[i]).empty() && !warned_preamble_) {
                warned_preamble_ = true;
                graph.diagnostics.push_back(import_diagnostic(
                    DiagCode::import_unmapped,
                    "text before the first passage header ('::') is left out", {line_no, 1}));
            }
        }
        std::optional<std::string> start_name;
        for (Passage& p : passages) {
            if (p.name == "StoryTitle")
                graph.title = joined(p);
            else if (p.name == "StoryData")
                start_name = story_data(p);
            else if (skipped(p))
                continue;
            else
                add_passage(p);
        }
        resolve_links();
        if (!start_name && index_.count("Start")) start_name = "Start";
        if (start_name) {
            auto it = index_.find(*start_name);
            if (it != index_.end())
                graph.start = it->second;
            else
                graph.diagnostics.push_back(import_diagnostic(
                    DiagCode::import_syntax,
                    "StoryData names the start passage '" + *start_name + "', which does not exist",
                    start_at_));
        }
    }

private:
    static std::string joined(const Passage& p) {
        std::string out;
        for (const auto& [line, no] : p.lines)
            out += (out.empty() ? "" : "\n") + line;
        return interop::trim(out);
    }

    std::optional<std::string> story_data(const Passage& p) {
        std::string body;
        for (const auto& [line, no] : p.lines)
            body += line + "\n";
        SourcePos origin = p.lines.empty() ? p.at : SourcePos{p.lines.front().second, 1};
        start_at_ = origin;
        auto data = interop::parse_json(body, origin);
        if (!data.value) {
            graph.diagnostics.push_back(import_diagnostic(DiagCode::import_unmapped,
                                                          "StoryData is not valid JSON (" +
                                                              data.error + "); it is left out",
                                                          data.error_pos));
            return std::nullopt;
        }
        if (const std::string* start = data.value->find_string("start")) {
            start_at_ = data.value->find("start")->pos;
            return *start;
        }
        return std::nullopt;
    }

    bool skipped(const Passage& p) {
        for (const std::string& tag : p.tags)
            if (tag == "script" || tag == "stylesheet") {
                graph.diagnostics.push_back(
                    import_diagnostic(DiagCode::import_unmapped,
                                      "passage '" + p.name + "' is a " + tag +
                                          "; a flow has no scripts or styles, so it is left out",
                                      p.at));
                return true;
            }
        if (kFormatPassages.count(p.name)) {
            graph.diagnostics.push_back(import_diagnostic(
                DiagCode::import_unmapped,
                "'" + p.name + "' is a story format's special passage; it is left out", p.at));
            return true;
        }
        return false;
    }

    void add_passage(const Passage& p) {
        if (!index_.emplace(p.name, graph.nodes.size()).second) {
            graph.diagnostics.push_back(import_diagnostic(
                DiagCode::import_syntax,
                "a second passage named '" + p.name + "'; passage names must be unique", p.at));
            return;
        }
        interop::ImportNode node{p.name, p.name, "", std::nullopt, p.pos, {p.at, p.at}};
        for (const std::string& tag : p.tags)
            if (auto kind = parse_kind(tag)) node.kind = kind;
        std::string text;
        for (const auto& [line, no] : p.lines)
            text += content_line(line, no, graph.nodes.size()) + "\n";
        node.text = interop::trim(text);
        graph.nodes.push_back(std::move(node));
    }

    // A line of content without its links (a link inside prose leaves its label) and macros.
    std::string content_line(const std::string& line, std::uint32_t no, std::size_t from) {
        std::string out;
        bool only_links = true;
        for (std::size_t i = 0; i < line.size();) {
            SourcePos at{no, static_cast<std::uint32_t>(
                                 interop::code_points(std::string_view(line).substr(0, i)) + 1)};
            if (line.compare(i, 2, "[[") == 0) {
                std::size_t close = line.find("]]", i + 2);
                if (close == std::string::npos) {
                    graph.diagnostics.push_back(import_diagnostic(
                        DiagCode::import_syntax, "this link's '[[' is not closed", at));
                    return out;
                }
                std::string inside = line.substr(i + 2, close - i - 2);
                if (auto setter = inside.find("]["); setter != std::string::npos) {
                    graph.diagnostics.push_back(import_diagnostic(
                        DiagCode::import_unmapped,
                        "a link's setter ('][') has no place in a flow; it is left out", at));
                    inside.resize(setter);
                }
                auto [label, target] = link_parts(inside);
                links_.push_back({from, label, target, at});
                out += label;
                i = close + 2;
                continue;
            }
            std::size_t macro_end = macro_at(line, i);
            if (macro_end != std::string::npos) {
                graph.diagnostics.push_back(
                    import_diagnostic(DiagCode::import_unmapped,
                                      "story-format code ('" +
                                          line.substr(i, std::min<std::size_t>(macro_end - i, 24)) +
                                          "') has no place in a flow; it is left out",
                                      at));
                i = macro_end;
                continue;
            }
            if (line[i] != ' ' && line[i] != '\t') only_links = false;
            out += line[i++];
        }
        return only_links ? std::string() : out;
    }

    // The end of a SugarCube `<<macro>>` or Harlowe `(macro:)` starting at i, or npos.
    static std::size_t macro_at(const std::string& line, std::size_t i) {
        if (line.compare(i, 2, "<<") == 0) {
            std::size_t close = line.find(">>", i + 2);
            return close == std::string::npos ? std::string::npos : close + 2;
        }
        if (line[i] != '(') return std::string::npos;
        std::size_t j = i + 1;
        while (j < line.size() &&
               (std::isalnum(static_cast<unsigned char>(line[j])) || line[j] == '-'))
            ++j;
        if (j == i + 1 || j >= line.size() || line[j] != ':') return std::string::npos;
        int depth = 0;
        for (std::size_t k = i; k < line.size(); ++k) {
            if (line[k] == '(') ++depth;
            if (line[k] == ')' && --depth == 0) return k + 1;
        }
        return line.size();
    }

    void resolve_links() {
        for (const PendingLink& l : links_) {
            auto it = index_.find(l.target);
            if (it == index_.end()) {
                graph.diagnostics.push_back(import_diagnostic(
                    DiagCode::import_syntax,
                    "this link leads to '" + l.target + "', but no passage has that name", l.at));
                continue;
            }
            graph.edges.push_back({l.from, it->second, l.label, {l.at, l.at}});
        }
    }

    std::map<std::string, std::size_t> index_;
    std::vector<PendingLink> links_;
    SourcePos start_at_{1, 1};
    bool warned_preamble_ = false;
};

} // namespace

ImportResult import_twee(std::string_view text, std::string_view name) {
    TweeReader reader;
    reader.read(text);
    return interop::build_imported_flow(std::move(reader.graph), name);
}

} // namespace heartflow
