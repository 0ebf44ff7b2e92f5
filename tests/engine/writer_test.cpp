// Tests of the canonical writer: round trips, canonical order, safe saving.
#include "test_support.h"

#include <heartflow/writer.h>

#include <fstream>
#include <sstream>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

Flow tricky_flow() {
    Flow f;
    f.info.id = "tricky";
    f.info.title = "Quotes \" and 'apostrophes' and \\ backslashes";
    f.info.start = NodeId{"a"};
    f.info.description = "\nstarts with a newline\n";
    f.info.help = NodeId{"end"};
    f.variables = {{"said", std::string("it's \"quoted\""), {}},
                   {"n", std::int64_t{-42}, {}},
                   {"ok", true, {}}};
    Node a;
    a.id = NodeId{"a"};
    a.kind = NodeKind::question;
    a.title = "Ünïcødé 💬";
    a.text = "Text with '''triple singles''' and \"\"\"triple doubles\"\"\" and a trailing quote\"";
    a.pos = std::array<double, 2>{0.1, -1.5e-7};
    a.notes = "C11\r\nwindows line\tand tab\x01 control";
    a.effects = {{"n", {"n + 1", {}}, {}}, {"ok", {"false", {}}, {}}};
    Choice c;
    c.label = "Say \"no\" {{gently}}";
    c.target = NodeId{"b"};
    c.when = ExpressionText{"ok and said != 'x'", {}};
    c.effects = {{"said", {"'-0'", {}}, {}}, {"n", {"-7", {}}, {}}};
    a.choices.push_back(c);
    Node b;
    b.id = NodeId{"b"};
    b.kind = NodeKind::breathing;
    b.text = "\n\nTwo leading newlines";
    b.pattern = BreathPattern{4, 0.5, 6, 0};
    b.rounds = 3;
    b.next = NodeId{"r"};
    Node r;
    r.id = NodeId{"r"};
    r.kind = NodeKind::reflection;
    r.text = "Ends with a newline\n";
    r.save_as = "words";
    r.placeholder = "e.g.\nmultiple lines";
    r.next = NodeId{"end"};
    Node end;
    end.id = NodeId{"end"};
    end.kind = NodeKind::ending;
    end.text = "\"";
    f.nodes = {a, b, r, end};
    FlowTest t;
    t.name = "walk \"it\"";
    t.steps = {{1, {}}, {std::nullopt, "Continue"}};
    t.reach = NodeId{"r"};
    t.expect = {{"n", std::int64_t{-7}, {}}, {"said", std::string("-0"), {}}};
    t.answers = {{NodeId{"r"}, "line\nbreak", {}}};
    f.tests = {t};
    return f;
}

} // namespace

TEST_CASE("write then load gives back the same flow, tricky text included") {
    Flow original = tricky_flow();
    std::string text = write_flow(original);
    ParseResult parsed = parse_flow(text);
    INFO(text);
    INFO(describe_all(parsed.diagnostics));
    REQUIRE(parsed.flow.has_value());
    CHECK(*parsed.flow == original);
    CHECK(write_flow(*parsed.flow) == text);
}

TEST_CASE("the canonical form keeps node order and writes plain literals bare") {
    Flow f = tricky_flow();
    std::string text = write_flow(f);
    CHECK(text.find("id = \"a\"") < text.find("id = \"b\""));
    CHECK(text.find("id = \"b\"") < text.find("id = \"r\""));
    CHECK(text.find("set = { n = \"n + 1\", ok = false }") != std::string::npos);
    CHECK(text.find("set = { said = \"'-0'\", n = -7 }") != std::string::npos);
    CHECK(text.find("pattern = [4, 0.5, 6, 0]") != std::string::npos);
}

TEST_CASE("a hand-written flow keeps every field through load and write") {
    auto path = data_dir() / "flows" / "every-field.toml";
    auto loaded = load_flow_file(path);
    INFO(describe_all(loaded.diagnostics));
    REQUIRE(loaded.ok());
    ParseResult again = parse_flow(write_flow(*loaded.flow));
    REQUIRE(again.flow.has_value());
    CHECK(*again.flow == *loaded.flow);
}

TEST_CASE("saving writes the file atomically and leaves no temporary file") {
    auto dir =
        std::filesystem::temp_directory_path() / ("heartflow-writer-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    auto file = dir / "flow.toml";
    { std::ofstream(file) << "old content\n"; }
    SaveStatus saved = save_flow_file(file, tricky_flow());
    REQUIRE(saved.ok);
    auto loaded = parse_flow([&] {
        std::ifstream in(file);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }());
    REQUIRE(loaded.flow.has_value());
    CHECK(*loaded.flow == tricky_flow());
    std::size_t entries = 0;
    for ([[maybe_unused]] auto& e : std::filesystem::directory_iterator(dir))
        ++entries;
    CHECK(entries == 1);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a save into a folder that does not exist fails and says why") {
    SaveStatus saved = save_flow_file("/nonexistent-heartflow-dir/flow.toml", tricky_flow());
    CHECK_FALSE(saved.ok);
    CHECK(saved.message.find("/nonexistent-heartflow-dir/flow.toml") != std::string::npos);
}
