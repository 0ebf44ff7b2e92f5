// Writes the deterministic generated flow of tests/engine/generated_flow.h (which counts
// `visits`) as TOML, with more `set` effects, conditional back edges and placeholders added, so the
// interop tests run every format on a large flow that uses the expression language.
// Usage: interop_generate_flow NODES OUT.toml
#include "../engine/generated_flow.h"

#include <heartflow/atomic_file.h>
#include <heartflow/writer.h>

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: interop_generate_flow NODES OUT.toml\n");
        return 2;
    }
    using namespace heartflow;
    auto count = static_cast<std::uint32_t>(std::strtoul(argv[1], nullptr, 10));
    Flow flow = testing::generated_flow(count < 2 ? 2 : count);
    flow.variables.push_back({"last", Value{std::string{"none"}}, {}});
    for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
        Node& node = flow.nodes[i];
        if (i % 7 == 0) node.effects.push_back({"visits", {"visits + 1", {}}, {}});
        if (i % 5 == 0) node.text += " You have been here {visits} times; last: {last}.";
        for (std::size_t c = 0; c < node.choices.size(); ++c) {
            Choice& choice = node.choices[c];
            std::uint32_t target =
                static_cast<std::uint32_t>(std::stoul(choice.target.value.substr(1)));
            if (target <= i && c > 0)
                choice.when = ExpressionText{
                    "visits < 6 and not (last == \"n" + std::to_string(i) + "\")", {}};
            if (c == 1)
                choice.effects.push_back({"last", {"\"n" + std::to_string(i) + "\"", {}}, {}});
        }
    }
    WriteStatus status = write_file_atomically(argv[2], write_flow(flow));
    if (!status.ok) {
        std::fprintf(stderr, "%s\n", status.message.c_str());
        return 1;
    }
    return 0;
}
