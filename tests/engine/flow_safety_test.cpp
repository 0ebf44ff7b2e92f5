// Content safety checks of the shipped flows and the starter template (issue 13), made
// mechanical by tags in `notes` (flows/README.md, "How the flows are written"):
//   [safety-gate]   a question asking "is it safe to say this to them, is it possible now?"
//   [boundary-plan] a step that plans to voice a boundary, a no or a hard conversation
//   [no-one]        the step an "I don't have anyone to turn to" choice leads to
// Each check returns the problems it finds, in words; the shipped files must have none. The
// last test cases break a flow on purpose, in memory, and expect each check to notice.
#include "heartflow/loader.h"

#include "test_support.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

// Everything here lives in its own namespace: a unity build may compile this file together with
// other tests, whose file-local helpers must not meet these (docs/architecture.md).
namespace heartflow::flow_safety_test {
namespace {

using Problems = std::vector<std::string>;

const std::filesystem::path kFlowsDir = std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows";

/// The six shipped flows and the starter template, as paths relative to flows/.
const std::vector<std::string> kShipped = {
    "heart-of-the-matter.toml",      "genuine-yes-and-no.toml",
    "noticing-caretaking.toml",      "mutual-support-conversation.toml",
    "relational-care-check-in.toml", "caretaking-or-care-partnering.toml",
    "templates/starter.toml",
};

std::string read_shipped(const std::string& name) {
    std::ifstream in(kFlowsDir / name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool contains(std::string_view haystack, std::string_view needle) {
    return lower(haystack).find(lower(needle)) != std::string::npos;
}

bool tagged(const Node& node, std::string_view tag) {
    return node.notes.find(tag) != std::string::npos;
}

/// One `{name}` or `{name|fallback}` in a text, and the text right after it.
struct Placeholder {
    std::string name;
    bool has_fallback = false; ///< A `|` followed by words that are not all blank.
    std::string after;         ///< The text after the closing brace.
};

/// The placeholders of a text or label; `{{` and `}}` are literal braces.
std::vector<Placeholder> placeholders(std::string_view text) {
    std::vector<Placeholder> out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "{{") == 0 || text.compare(i, 2, "}}") == 0) {
            ++i;
            continue;
        }
        if (text[i] != '{') continue;
        const std::size_t close = text.find('}', i);
        if (close == std::string_view::npos) break;
        const std::string_view inner = text.substr(i + 1, close - i - 1);
        const std::size_t bar = inner.find('|');
        Placeholder p;
        p.name = std::string(inner.substr(0, bar));
        if (bar != std::string_view::npos) {
            const std::string_view fallback = inner.substr(bar + 1);
            p.has_fallback = std::any_of(fallback.begin(), fallback.end(), [](char c) {
                return !std::isspace(static_cast<unsigned char>(c));
            });
        }
        p.after = std::string(text.substr(close + 1));
        out.push_back(std::move(p));
        i = close;
    }
    return out;
}

/// Every text the person can read at a node: its text and its choice labels.
std::vector<std::string_view> readable_texts(const Node& node) {
    std::vector<std::string_view> out{node.text};
    for (const Choice& c : node.choices)
        out.push_back(c.label);
    return out;
}

/// The nodes one step on from `node`: its `next` and every choice's target (conditions ignored,
/// so a path that a `when` hides today still counts).
std::vector<std::size_t> successors(const Flow& flow, const Node& node) {
    std::vector<std::size_t> out;
    auto add = [&](const NodeId& id) {
        for (std::size_t i = 0; i < flow.nodes.size(); ++i)
            if (flow.nodes[i].id == id) out.push_back(i);
    };
    if (node.next) add(*node.next);
    for (const Choice& c : node.choices)
        add(c.target);
    return out;
}

std::size_t index_of(const Flow& flow, const NodeId& id) {
    for (std::size_t i = 0; i < flow.nodes.size(); ++i)
        if (flow.nodes[i].id == id) return i;
    return flow.nodes.size();
}

/// The nodes reachable from `roots`, never entering a node for which `blocked` holds.
template <typename Blocked>
std::vector<bool> reachable(const Flow& flow, const std::vector<std::size_t>& roots,
                            Blocked blocked) {
    std::vector<bool> seen(flow.nodes.size(), false);
    std::deque<std::size_t> queue;
    for (std::size_t r : roots) {
        if (r < flow.nodes.size() && !blocked(r) && !seen[r]) {
            seen[r] = true;
            queue.push_back(r);
        }
    }
    while (!queue.empty()) {
        const std::size_t at = queue.front();
        queue.pop_front();
        for (std::size_t next : successors(flow, flow.nodes[at])) {
            if (seen[next] || blocked(next)) continue;
            seen[next] = true;
            queue.push_back(next);
        }
    }
    return seen;
}

/// The flow's string variables: declared with "" or kept by a reflection's save_as.
std::set<std::string> string_variables(const Flow& flow) {
    std::set<std::string> out;
    for (const Variable& v : flow.variables)
        if (type_of(v.initial) == ValueType::string) out.insert(v.name);
    for (const Node& n : flow.nodes)
        if (!n.save_as.empty()) out.insert(n.save_as);
    return out;
}

std::set<std::string> integer_variables(const Flow& flow) {
    std::set<std::string> out;
    for (const Variable& v : flow.variables)
        if (type_of(v.initial) == ValueType::integer) out.insert(v.name);
    return out;
}

// (a) Every placeholder that shows a string (a reflection's save_as, or a string variable) has
// a fallback, so a blank writing box never shows "" or an empty gap.
Problems check_fallbacks(const Flow& flow) {
    Problems out;
    const std::set<std::string> strings = string_variables(flow);
    for (const Node& n : flow.nodes)
        for (std::string_view text : readable_texts(n))
            for (const Placeholder& p : placeholders(text))
                if (strings.count(p.name) && !p.has_fallback)
                    out.push_back(n.id.value + ": {" + p.name + "} has no |fallback");
    return out;
}

// (b) With every [safety-gate] node taken out, no [boundary-plan] node is reachable from the
// start or from the help node (the "Get help now" button works from anywhere); and a flow with
// a [boundary-plan] node has a [safety-gate] node.
Problems check_gates_guard_plans(const Flow& flow) {
    Problems out;
    bool any_plan = false, any_gate = false;
    for (const Node& n : flow.nodes) {
        any_plan = any_plan || tagged(n, "[boundary-plan]");
        any_gate = any_gate || tagged(n, "[safety-gate]");
    }
    if (any_plan && !any_gate) out.push_back("has a [boundary-plan] node but no [safety-gate]");
    std::vector<std::size_t> roots{index_of(flow, flow.info.start)};
    if (flow.info.help) roots.push_back(index_of(flow, *flow.info.help));
    const std::vector<bool> seen = reachable(
        flow, roots, [&](std::size_t i) { return tagged(flow.nodes[i], "[safety-gate]"); });
    for (std::size_t i = 0; i < flow.nodes.size(); ++i)
        if (seen[i] && tagged(flow.nodes[i], "[boundary-plan]"))
            out.push_back(flow.nodes[i].id.value +
                          " is a [boundary-plan] reachable without a gate");
    return out;
}

// (c) Each gate has a choice to the help node, or to a node that leads to it in one step; and
// a choice for "someone depends on me" (not possible right now) that does not go to a plan.
Problems check_gate_exits(const Flow& flow) {
    Problems out;
    for (const Node& gate : flow.nodes) {
        if (!tagged(gate, "[safety-gate]")) continue;
        if (gate.kind != NodeKind::question)
            out.push_back(gate.id.value + ": a gate must be a question");
        bool to_help = false, not_now = false;
        for (const Choice& c : gate.choices) {
            const std::size_t t = index_of(flow, c.target);
            if (t == flow.nodes.size()) continue;
            const Node& target = flow.nodes[t];
            if (flow.info.help && c.target == *flow.info.help) to_help = true;
            for (std::size_t s : successors(flow, target))
                if (flow.info.help && flow.nodes[s].id == *flow.info.help) to_help = true;
            if (contains(c.label, "someone depends on me") && !tagged(target, "[boundary-plan]"))
                not_now = true;
        }
        if (!to_help) out.push_back(gate.id.value + ": no way to the help node within one step");
        if (!not_now) out.push_back(gate.id.value + ": no 'someone depends on me' choice");
    }
    return out;
}

// (d) A [no-one] node is reachable from the start, an "anyone to" or "no one to" choice leads
// to each one,
// and neither it nor anything it leads to says "one person you trust". The walk does not enter
// the help node: it leads back to the start of the flow by design.
Problems check_no_one(const Flow& flow) {
    Problems out;
    const std::vector<bool> from_start =
        reachable(flow, {index_of(flow, flow.info.start)}, [](std::size_t) { return false; });
    std::vector<std::size_t> no_one;
    for (std::size_t i = 0; i < flow.nodes.size(); ++i)
        if (tagged(flow.nodes[i], "[no-one]")) no_one.push_back(i);
    bool reached = false;
    for (std::size_t i : no_one) {
        reached = reached || from_start[i];
        bool chosen = false;
        for (const Node& n : flow.nodes)
            for (const Choice& c : n.choices)
                if (c.target == flow.nodes[i].id &&
                    (contains(c.label, "anyone to") || contains(c.label, "no one to")))
                    chosen = true;
        if (!chosen)
            out.push_back(flow.nodes[i].id.value + ": no 'anyone to turn to' choice leads here");
    }
    if (!reached) out.push_back("no [no-one] node is reachable from the start");
    const std::size_t help = flow.info.help ? index_of(flow, *flow.info.help) : flow.nodes.size();
    const std::vector<bool> after =
        reachable(flow, no_one, [&](std::size_t i) { return i == help; });
    for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
        if (!after[i]) continue;
        for (std::string_view text : readable_texts(flow.nodes[i]))
            if (contains(text, "one person you trust"))
                out.push_back(flow.nodes[i].id.value +
                              " follows a [no-one] step and says 'one person you trust'");
    }
    return out;
}

// (e) No "{n} times" next to a number: it reads as a score, and as "1 times".
Problems check_no_counts(const Flow& flow) {
    Problems out;
    const std::set<std::string> numbers = integer_variables(flow);
    for (const Node& n : flow.nodes) {
        for (std::string_view text : readable_texts(n)) {
            for (const Placeholder& p : placeholders(text)) {
                if (!numbers.count(p.name)) continue;
                std::string next = lower(p.after);
                next.erase(0, next.find_first_not_of(" \t\n"));
                if (next.rfind("time", 0) == 0)
                    out.push_back(n.id.value + ": {" + p.name + "} is followed by 'times'");
            }
        }
    }
    return out;
}

// More of the issue that is mechanical: breathing without holds that says "not while driving"
// (grounding too), one question per writing box, the journal line at the start, and no phone
// numbers (no run of three or more digits in anything the person reads).
Problems check_steps(const Flow& flow) {
    Problems out;
    for (const Node& n : flow.nodes) {
        if (n.kind == NodeKind::breathing) {
            const BreathPattern pattern = n.pattern.value_or(kDefaultBreathPattern);
            if (pattern[1] != 0 || pattern[3] != 0) out.push_back(n.id.value + ": breathing holds");
        }
        if ((n.kind == NodeKind::breathing || contains(n.notes, "grounding")) &&
            !contains(n.text, "driving"))
            out.push_back(n.id.value + ": breathing or grounding without 'not while driving'");
        if (n.kind == NodeKind::reflection && std::count(n.text.begin(), n.text.end(), '?') > 1)
            out.push_back(n.id.value + ": more than one question in a writing box");
        std::vector<std::string_view> texts = readable_texts(n);
        texts.push_back(n.placeholder);
        for (std::string_view text : texts) {
            int run = 0;
            for (char c : text) {
                run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
                if (run == 3)
                    out.push_back(n.id.value + ": three digits in a row (a phone number?)");
            }
        }
    }
    const Node* start = flow.find_node(flow.info.start.value);
    if (!start || !contains(start->text, "stays on this computer"))
        out.push_back("the welcome does not say the journal stays on this computer");
    return out;
}

Problems all_problems(const Flow& flow) {
    Problems out;
    for (const Problems& p :
         {check_fallbacks(flow), check_gates_guard_plans(flow), check_gate_exits(flow),
          check_no_one(flow), check_no_counts(flow), check_steps(flow)})
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

std::string joined(const Problems& problems) {
    std::string out;
    for (const std::string& p : problems)
        out += p + "\n";
    return out;
}

/// Loads `text` (which must load with no errors) as a file of flows/, so the flows it opens are
/// found beside it, and returns its flow.
Flow must_load(const std::string& text) {
    LoadedFlow loaded = load_flow_text(text, kFlowsDir / "changed-copy.toml");
    INFO(::heartflow::testing::describe_all(loaded.diagnostics));
    REQUIRE(loaded.ok());
    return *loaded.flow;
}

/// `text` with `from` replaced once by `to`; fails the test when `from` is not there.
std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const std::size_t at = text.find(from);
    INFO("not found: " << from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

/// The flow with every occurrence of `tag` removed from notes.
std::string untagged(std::string text, std::string_view tag) {
    for (std::size_t at; (at = text.find(tag)) != std::string::npos;)
        text.erase(at, tag.size());
    return text;
}

} // namespace

TEST_CASE("each shipped flow and the starter pass the content safety checks") {
    for (const std::string& name : kShipped) {
        CAPTURE(name);
        const Flow flow = must_load(read_shipped(name));
        const Problems problems = all_problems(flow);
        INFO(joined(problems));
        CHECK(problems.empty());
    }
}

TEST_CASE("the shipped flows that plan a boundary, a no or a hard talk have gates") {
    // Five of the six plan one; relational-care-check-in plans none. A check that finds no
    // plans at all would pass vacuously, so the tags themselves are counted here.
    int with_plans = 0;
    for (const std::string& name : kShipped) {
        const Flow flow = must_load(read_shipped(name));
        with_plans += std::any_of(flow.nodes.begin(), flow.nodes.end(),
                                  [](const Node& n) { return tagged(n, "[boundary-plan]"); });
    }
    CHECK(with_plans == 5);
}

TEST_CASE("the flagship says it is an original flow, not a copy of the podcast's flowchart") {
    const Flow flow = must_load(read_shipped("heart-of-the-matter.toml"));
    CHECK(flow.info.title == "Getting to the Heart of the Matter");
    CHECK(contains(flow.info.description, "original flow"));
    CHECK(contains(flow.info.description, "not a copy"));
}

TEST_CASE("each check notices a flow broken on purpose") {
    const std::string heart = read_shipped("heart-of-the-matter.toml");
    const std::string yes_no = read_shipped("genuine-yes-and-no.toml");
    const std::string partner = read_shipped("caretaking-or-care-partnering.toml");

    SUBCASE("(a) an echo of the person's words without a fallback") {
        const Flow flow =
            must_load(replaced(heart, "{boundary|the one you hold in mind}", "{boundary}"));
        CHECK_FALSE(check_fallbacks(flow).empty());
    }
    SUBCASE("(b) a path to the boundary words that skips the gate") {
        const Flow flow = must_load(
            replaced(heart, "label = \"Lighter, warmer, or more open\"\n  goto = \"safe_to_say\"",
                     "label = \"Lighter, warmer, or more open\"\n  goto = \"say_it_gently\""));
        CHECK_FALSE(check_gates_guard_plans(flow).empty());
    }
    SUBCASE("(b) a flow with plans and no gate at all") {
        const Flow flow = must_load(untagged(yes_no, "[safety-gate]"));
        CHECK_FALSE(check_gates_guard_plans(flow).empty());
    }
    SUBCASE("(c) a gate whose 'not safe' branch no longer leads to help") {
        const Flow flow =
            must_load(replaced(yes_no, "label = \"Show me help now\"\n  goto = \"urgent_help\"",
                               "label = \"Show me help now\"\n  goto = \"closing_reflection\""));
        CHECK_FALSE(check_gate_exits(flow).empty());
    }
    SUBCASE("(c) a gate without 'someone depends on me'") {
        const Flow flow =
            must_load(replaced(yes_no, "Not right now: someone depends on me", "Not right now"));
        CHECK_FALSE(check_gate_exits(flow).empty());
    }
    SUBCASE("(d) a no-one path that says 'think of one person you trust'") {
        const Flow flow =
            must_load(replaced(heart, "Where could you look for a little support this week?",
                               "Think of one person you trust."));
        CHECK_FALSE(check_no_one(flow).empty());
    }
    SUBCASE("(d) a flow with no [no-one] step") {
        const Flow flow = must_load(untagged(partner, "[no-one]"));
        CHECK_FALSE(check_no_one(flow).empty());
    }
    SUBCASE("(e) a count shown as '{n} times'") {
        const Flow flow =
            must_load(replaced(heart, "Say it quietly to yourself.",
                               "You have checked it {checks} times. Say it quietly to yourself."));
        CHECK_FALSE(check_no_counts(flow).empty());
    }
    SUBCASE("breathing holds, a phone number, two questions in a writing box") {
        CHECK_FALSE(check_steps(must_load(replaced(heart, "pattern = [4, 0, 6, 0]\nrounds = 5",
                                                   "pattern = [4, 4, 4, 4]\nrounds = 5")))
                        .empty());
        CHECK_FALSE(check_steps(must_load(replaced(heart, "or a crisis line where you live",
                                                   "or call 988")))
                        .empty());
        CHECK_FALSE(check_steps(must_load(replaced(heart, "What could you say to them?",
                                                   "Who? What could you say to them?")))
                        .empty());
    }
}

} // namespace heartflow::flow_safety_test
