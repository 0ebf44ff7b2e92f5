// HTML player export: the page, and the flow as JSON data for its player.
#include "heartflow/export_html.h"

#include "heartflow/help_lines.h"
#include "html_player_assets.h"
#include "interop_text.h"

#include <array>
#include <cstdio>
#include <string_view>
#include <vector>

namespace heartflow {

namespace {

using interop::json_string;

std::string json_value(const Value& v) {
    if (auto* i = std::get_if<std::int64_t>(&v))
        return "{\"t\":\"i\",\"v\":\"" + std::to_string(*i) + "\"}";
    if (auto* b = std::get_if<bool>(&v))
        return std::string("{\"t\":\"b\",\"v\":") + (*b ? "true" : "false") + "}";
    return "{\"t\":\"s\",\"v\":" + json_string(std::get<std::string>(v)) + "}";
}

const char* op_name(ExprOp::Code code) {
    using Code = ExprOp::Code;
    switch (code) {
    case Code::push_constant:
        return "push";
    case Code::load:
        return "load";
    case Code::negate:
        return "neg";
    case Code::logical_not:
        return "not";
    case Code::add:
        return "add";
    case Code::subtract:
        return "sub";
    case Code::equal:
        return "eq";
    case Code::not_equal:
        return "ne";
    case Code::less:
        return "lt";
    case Code::less_equal:
        return "le";
    case Code::greater:
        return "gt";
    case Code::greater_equal:
        return "ge";
    case Code::jump_if_false_keep:
        return "jf";
    case Code::jump_if_true_keep:
        return "jt";
    case Code::pop:
        return "pop";
    case Code::count_picked:
        return "cnt";
    case Code::test_picked:
        return "bit";
    }
    return "?";
}

std::string json_expression(const CompiledExpression& e) {
    std::string out = "{\"ops\":[";
    for (std::size_t i = 0; i < e.ops.size(); ++i)
        out += std::string(i ? "," : "") + "[\"" + op_name(e.ops[i].code) + "\"," +
               std::to_string(e.ops[i].operand) + "]";
    out += "],\"consts\":[";
    for (std::size_t i = 0; i < e.constants.size(); ++i)
        out += (i ? "," : "") + json_value(e.constants[i]);
    return out + "]}";
}

// A plural rule step's name in the page's data.
const char* plural_op_name(PluralRule::Op::Kind kind) {
    using Op = PluralRule::Op;
    static constexpr auto kNames =
        std::to_array({"num", "n", "not", "add", "sub", "mul", "div", "mod", "lt", "le", "gt", "ge",
                       "eq", "ne", "and", "or", "choose"});
    static_assert(kNames.size() == Op::choose + 1, "a name for every kind of step");
    return kNames[kind];
}

// A translation's plural rule as the page evaluates it: its number of forms and its postfix
// steps, each [name, literal].
std::string json_plural_rule(const PluralRule& rule) {
    std::string out = "{\"count\":" + std::to_string(rule.count()) + ",\"ops\":[";
    for (std::size_t i = 0; i < rule.ops().size(); ++i)
        out += std::string(i ? "," : "") + "[\"" + plural_op_name(rule.ops()[i].kind) + "\"," +
               std::to_string(rule.ops()[i].value) + "]";
    return out + "]}";
}

template <class Strings> std::string json_strings(const Strings& items);

std::string json_pieces(const TextTemplate& t);

// A branch: {"if" or "plural": expr, "forms": [pieces...]}, with "rule" when a translation's
// Plural-Forms chooses among its forms.
std::string json_branch(const TextBranch& b) {
    std::string out = std::string("{\"") + (b.plural ? "plural" : "if") +
                      "\":" + json_expression(b.condition) + ",\"forms\":[";
    for (std::size_t i = 0; i < b.forms.size(); ++i)
        out += (i ? "," : "") + json_pieces(b.forms[i]);
    return out + "]" + (b.rule ? ",\"rule\":" + json_plural_rule(*b.rule) : "") + "}";
}

// Pieces as the player reads them: text, a slot, [slot, fallback], a pick's {"picks": slot,
// "options", "fallback"}, a branch (json_branch), or {"count": 1} for a plural's number.
std::string json_pieces(const TextTemplate& t) {
    std::string out = "[";
    for (std::size_t i = 0; i < t.pieces.size(); ++i) {
        out += i ? "," : "";
        const TextTemplate::Piece& piece = t.pieces[i];
        if (auto* s = std::get_if<std::string>(&piece)) {
            out += json_string(*s);
        } else if (auto* slot = std::get_if<TextSlot>(&piece); slot && !slot->options.empty()) {
            out += "{\"picks\":" + std::to_string(slot->slot) +
                   ",\"options\":" + json_strings(slot->options) +
                   ",\"fallback\":" + json_string(slot->fallback) + "}";
        } else if (auto* slot = std::get_if<TextSlot>(&piece)) {
            out += slot->fallback.empty()
                       ? std::to_string(slot->slot)
                       : "[" + std::to_string(slot->slot) + "," + json_string(slot->fallback) + "]";
        } else if (auto* b = std::get_if<TextBranch>(&piece)) {
            out += json_branch(*b);
        } else {
            out += "{\"count\":1}";
        }
    }
    return out + "]";
}

std::string json_effects(const std::vector<LinkedAssignment>& effects) {
    std::string out = "[";
    for (std::size_t i = 0; i < effects.size(); ++i)
        out += std::string(i ? "," : "") + "{\"slot\":" + std::to_string(effects[i].slot) +
               ",\"expr\":" + json_expression(effects[i].value) + "}";
    return out + "]";
}

std::string number(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

// A JSON array of strings.
template <class Strings> std::string json_strings(const Strings& items) {
    std::string out = "[";
    for (std::string_view item : items) {
        if (out.size() > 1) out += ',';
        out += json_string(item);
    }
    return out + "]";
}

// The words of the help path, from the engine's constants, so the player holds none of its own.
std::string json_help_words() {
    DefaultHelpText fallback = default_help_text();
    return "{\"heading\":" + json_string(kHelpLinesHeading) +
           ",\"defaultHeading\":" + json_string(fallback.heading) +
           ",\"defaultSteps\":" + json_strings(fallback.steps) +
           ",\"ending\":" + json_string(kHelpEndingSentence) +
           ",\"back\":" + json_string(kBackToFlowLabel) + "}";
}

// A scale's and a pick's fields: the slot it saves into, the range and end words, the options
// as shown.
std::string json_answer_fields(const Node& node, const LinkedNode& linked) {
    std::vector<std::string> options;
    for (std::size_t i = 0; i < node.options.size(); ++i)
        options.push_back(node.option_label(i));
    return ",\"into\":" + (linked.into_slot ? std::to_string(*linked.into_slot) : "null") +
           ",\"min\":" + std::to_string(node.rating_min()) +
           ",\"max\":" + std::to_string(node.rating_max()) + ",\"low\":" + json_string(node.low) +
           ",\"high\":" + json_string(node.high) + ",\"options\":" + json_strings(options);
}

std::string json_node(const Node& node, const LinkedNode& linked, bool on_help_path,
                      std::optional<std::uint32_t> visit_slot) {
    BreathPattern p = node.pattern.value_or(kDefaultBreathPattern);
    std::string out =
        "{\"id\":" + json_string(node.id.value) + ",\"kind\":\"" + kind_name(node.kind) +
        "\",\"title\":" + json_string(node.display_title()) +
        ",\"text\":" + json_pieces(linked.text) + ",\"effects\":" + json_effects(linked.effects) +
        ",\"next\":" + (linked.next ? std::to_string(linked.next->value) : "null") +
        ",\"save\":" + (linked.save_slot ? std::to_string(*linked.save_slot) : "null") +
        ",\"placeholder\":" + json_string(node.placeholder) + ",\"pattern\":[" + number(p[0]) +
        "," + number(p[1]) + "," + number(p[2]) + "," + number(p[3]) +
        "],\"rounds\":" + std::to_string(node.rounds.value_or(kDefaultBreathRounds)) +
        ",\"helpPath\":" + (on_help_path ? "true" : "false") +
        ",\"visit\":" + (visit_slot ? std::to_string(*visit_slot) : "null") +
        ",\"opens\":" + (linked.opens ? std::to_string(linked.opens->value) : "null") +
        json_answer_fields(node, linked) + ",\"choices\":[";
    for (std::size_t i = 0; i < linked.choices.size(); ++i) {
        const LinkedChoice& c = linked.choices[i];
        out += std::string(i ? "," : "") + "{\"label\":" + json_pieces(c.label) +
               ",\"target\":" + std::to_string(c.target.value) +
               ",\"when\":" + (c.when ? json_expression(*c.when) : "null") +
               ",\"effects\":" + json_effects(c.effects) + "}";
    }
    return out + "]}";
}

std::string flow_json(const Program& p, std::span<const std::string> help_lines) {
    std::string out = "{\"title\":" + json_string(p.flow->info.title) +
                      ",\"start\":" + std::to_string(p.start.value) +
                      ",\"help\":" + (p.help ? std::to_string(p.help->value) : "null") +
                      ",\"helpLines\":" + json_strings(help_lines) +
                      ",\"helpWords\":" + json_help_words() + ",\"vars\":[";
    for (std::size_t i = 0; i < p.variables.size(); ++i)
        out += std::string(i ? "," : "") + "{\"name\":" + json_string(p.variables[i].name) +
               ",\"value\":" + json_value(p.variables[i].initial) + "}";
    out += "],\"counters\":" + std::to_string(p.counted.size()) + ",\"nodes\":[";
    for (std::size_t i = 0; i < p.nodes.size(); ++i) {
        std::optional<std::uint32_t> visit;
        if (!p.visit_slot.empty() && p.visit_slot[i] != kUncounted) visit = p.visit_slot[i];
        out += std::string(i ? ",\n" : "\n") +
               json_node(p.node(NodeIndex{static_cast<std::uint32_t>(i)}), p.nodes[i],
                         p.on_help_path(NodeIndex{static_cast<std::uint32_t>(i)}), visit);
    }
    return out + "]}";
}

// The sticky bar: the flow's title, Back and Start again and, when the flow has a help node,
// "Get help now" last (one Shift+Tab from the step), in view at every scroll position.
std::string bar(const std::string& title, bool has_help) {
    return "<header id=\"bar\"><div><h1 id=\"flow-title\">" + title + "</h1>" +
           "<nav aria-label=\"Walk\"><button type=\"button\" id=\"back\">Back</button>"
           "<button type=\"button\" id=\"restart\">Start again</button></nav>" +
           (has_help ? "<button type=\"button\" id=\"help\">Get help now</button>" : "") +
           "</div></header>\n";
}

// What the page offers beyond choices, so its notes name only the keys that do something.
struct PageFeatures {
    bool help = false;    ///< The flow has a help step.
    bool answers = false; ///< The flow has a scale or a pick step.
};

// The keys the page answers and where the person's words go, quietly below the step's text.
std::string page_notes(const PageFeatures& has) {
    return std::string("<div id=\"notes\"><p>Keys: 1 to 9 choose, B goes back, R starts again, ") +
           (has.help ? "H opens help, " : "") + "Tab moves between buttons" +
           (has.answers ? "; arrow keys choose a rating, Space ticks an item" : "") +
           ".</p><p>Made with heartflow. Nothing you write leaves this page; it is gone when you "
           "close it.</p></div>\n";
}

// The step: on the help path, the help lines come first; a help-path ending adds its calm
// sentence and the way back, and shows no summary of the way the person came. The dock holds
// the ways on (the choices, or the way back from help); it ends the page and stays in view at
// the bottom of the window while the step's text scrolls.
std::string step_section(const PageFeatures& has) {
    return "<section id=\"step\" aria-labelledby=\"step-title\">\n"
           "<section id=\"help-box\" aria-labelledby=\"help-heading\" hidden>"
           "<h2 id=\"help-heading\" tabindex=\"-1\"></h2><ul id=\"help-list\"></ul></section>\n"
           "<h2 id=\"step-title\" tabindex=\"-1\"></h2>\n<div id=\"step-text\"></div>\n"
           "<div id=\"breath\" hidden><div id=\"breath-circle\" aria-hidden=\"true\"></div>"
           "<p id=\"breath-words\"></p></div>\n"
           "<div id=\"writing\" hidden><label for=\"journal\">Your words (they stay on this "
           "page)</label><textarea id=\"journal\"></textarea></div>\n"
           "<fieldset id=\"scale\" hidden><legend id=\"scale-legend\"></legend>"
           "<div id=\"scale-options\" role=\"radiogroup\" aria-labelledby=\"scale-legend\">"
           "</div></fieldset>\n"
           "<fieldset id=\"pick\" hidden><legend>Pick all that fit (or none)</legend>"
           "<div id=\"pick-options\"></div></fieldset>\n"
           "<div id=\"help-ending\" hidden><p id=\"help-ending-words\"></p></div>\n"
           "<div id=\"summary\" hidden><h3>The path you took</h3><ol id=\"path-list\"></ol>"
           "<div id=\"words-block\"><h3>Your words</h3><dl id=\"words-list\"></dl></div></div>\n" +
           page_notes(has) +
           "<div id=\"dock\"><button type=\"button\" id=\"leave-help\" hidden></button>"
           "<ol id=\"choices\" aria-label=\"Choices\"></ol></div>\n"
           "</section>\n";
}

PageFeatures page_features(const Program& program) {
    PageFeatures has{program.help.has_value(), false};
    for (const Node& node : program.flow->nodes)
        has.answers = has.answers || node.kind == NodeKind::scale || node.kind == NodeKind::pick;
    return has;
}

} // namespace

std::string export_html(const Program& program, std::span<const std::string> extra_help_lines) {
    std::string title = interop::xml_escape(program.flow->info.title);
    HelpLines lines{{extra_help_lines.begin(), extra_help_lines.end()},
                    flow_help_lines(*program.flow)};
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                      "style-src 'unsafe-inline'; "
                      "script-src 'unsafe-inline'; form-action 'none'; base-uri 'none'\">\n"
                      "<meta name=\"generator\" content=\"heartflow\">\n<title>" +
                      title + "</title>\n<style>\n";
    out += html_player::kStyle;
    out += "</style>\n</head>\n<body>\n" + bar(title, program.help.has_value()) + "<main>\n" +
           step_section(page_features(program)) +
           "</main>\n<noscript><p>This page needs JavaScript to play the flow.</p></noscript>\n"
           "<script type=\"application/json\" id=\"flow-data\">" +
           flow_json(program, lines.all()) + "</script>\n<script>\n";
    out += html_player::kScript;
    return out + "</script>\n</body>\n</html>\n";
}

} // namespace heartflow
