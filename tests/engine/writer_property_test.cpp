// Property test of the writer: for many generated flows with hostile text, loading the written
// text gives back the same flow, and writing that again gives the same text.
#include "test_support.h"

#include <heartflow/writer.h>

#include <random>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

// Text drawn from pieces that stress TOML strings: quotes, backslashes, newlines, controls,
// unicode.
std::string random_text(std::mt19937& rng, bool allow_newlines) {
    static const std::vector<std::string> pieces = {
        "a",    "Z",  " ",    "\"", "'",    "\"\"\"", "'''", "\\",    "\\n", "\t",
        "{{",   "}}", "#",    "=",  "[",    "]",      "é",   "💬",     "Н",   "\x01",
        "\x7f", "\r", "\r\n", "\n", "\n\n", "\"\"",   "''",  "u0041", "$"};
    std::uniform_int_distribution<std::size_t> length(0, 12), pick(0, pieces.size() - 1);
    std::string out;
    for (std::size_t n = length(rng); n > 0; --n) {
        const std::string& p = pieces[pick(rng)];
        if (!allow_newlines &&
            (p.find('\n') != std::string::npos || p.find('\r') != std::string::npos))
            continue;
        out += p;
    }
    return out;
}

Flow random_flow(std::mt19937& rng) {
    std::uniform_int_distribution<int> coin(0, 1), count(1, 6), number(-1000, 1000);
    Flow f;
    f.info.id = "random";
    f.info.title = random_text(rng, true) + "t";
    f.info.start = NodeId{"n0"};
    f.info.description = random_text(rng, true);
    if (coin(rng)) f.info.help = NodeId{"n0"};
    f.variables.push_back({"text_var", random_text(rng, true), {}});
    f.variables.push_back({"num", std::int64_t{number(rng)}, {}});
    int nodes = count(rng);
    for (int i = 0; i < nodes; ++i) {
        Node n;
        n.id = NodeId{"n" + std::to_string(i)};
        n.kind = static_cast<NodeKind>(std::uniform_int_distribution<int>(0, 5)(rng));
        n.title = random_text(rng, false);
        n.text = random_text(rng, true) + "x";
        n.notes = random_text(rng, true);
        if (coin(rng)) n.pos = std::array<double, 2>{number(rng) / 7.0, number(rng) * 1e-3};
        if (coin(rng))
            n.effects.push_back({"num", {"num + " + std::to_string(number(rng) & 0xff), {}}, {}});
        if (coin(rng)) n.next = NodeId{"n" + std::to_string(i)};
        for (int c = coin(rng) ? count(rng) : 0; c > 0; --c) {
            Choice ch;
            ch.label = random_text(rng, false) + "l";
            ch.target = NodeId{"n0"};
            if (coin(rng)) ch.when = ExpressionText{"num > " + std::to_string(number(rng)), {}};
            if (coin(rng))
                ch.effects.push_back({"text_var", {"'" + std::to_string(c) + "'", {}}, {}});
            n.choices.push_back(ch);
        }
        if (n.kind == NodeKind::reflection) {
            n.save_as = "saved";
            n.placeholder = random_text(rng, true);
        }
        if (n.kind == NodeKind::breathing) {
            n.pattern = BreathPattern{4, 0.25, 6.5, 0};
            n.rounds = count(rng);
        }
        f.nodes.push_back(std::move(n));
    }
    FlowTest t;
    t.name = random_text(rng, false);
    t.steps = {{1, {}}, {std::nullopt, random_text(rng, false)}};
    t.reach = NodeId{"n0"};
    t.expect = {{"text_var", random_text(rng, true), {}}};
    t.answers = {{NodeId{"n0"}, random_text(rng, true), {}}};
    f.tests.push_back(t);
    return f;
}

} // namespace

TEST_CASE("load(write(flow)) == flow for 500 generated flows with hostile text") {
    std::mt19937 rng(20261122);
    for (int i = 0; i < 500; ++i) {
        Flow original = random_flow(rng);
        std::string text = write_flow(original);
        ParseResult parsed = parse_flow(text);
        INFO("flow #" << i << "\n" << text << "\n" << describe_all(parsed.diagnostics));
        REQUIRE(parsed.flow.has_value());
        REQUIRE(*parsed.flow == original);
        REQUIRE(write_flow(*parsed.flow) == text);
    }
}
