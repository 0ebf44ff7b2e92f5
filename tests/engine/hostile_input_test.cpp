// Hostile input: every case ends in a clear, located error (or loads), never a crash or hang.
#include "test_support.h"

#include "input_guard.h"

#include <fstream>
#include <unistd.h>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

// Loads text and checks it was refused with `code` at a known line.
void check_refused(const std::string& text, DiagCode code, const char* what) {
    INFO(what);
    auto loaded = load_flow_text(text);
    INFO(describe_all(loaded.diagnostics));
    CHECK_FALSE(loaded.ok());
    REQUIRE_FALSE(loaded.diagnostics.empty());
    CHECK(loaded.diagnostics.front().code == code);
    CHECK(loaded.diagnostics.front().range.begin.line >= 1);
}

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i)
        out += s;
    return out;
}

std::string valid_flow_with_label(const std::string& label) {
    return std::string(kHeader) +
           "[[node]]\nid = \"a\"\nkind = \"question\"\ntext = \"t\"\n[[node.choice]]\nlabel = \"" +
           label + "\"\ngoto = \"e\"\n[[node]]\nid = \"e\"\nkind = \"ending\"\ntext = \"e\"\n";
}

} // namespace

TEST_CASE("every shipped hostile file gives a located error") {
    std::size_t seen = 0;
    for (const auto& entry : std::filesystem::directory_iterator(data_dir() / "hostile")) {
        if (entry.path().extension() != ".toml") continue;
        ++seen;
        INFO(entry.path().string());
        auto loaded = load_flow_file(entry.path());
        INFO(describe_all(loaded.diagnostics));
        CHECK_FALSE(loaded.ok());
        REQUIRE_FALSE(loaded.diagnostics.empty());
        CHECK(loaded.diagnostics.front().range.begin.line >= 1);
        CHECK(loaded.diagnostics.front().severity == Severity::error);
    }
    CHECK(seen == 9);
}

TEST_CASE("the large hostile cases are refused before the parser sees them") {
    const std::size_t n = 100000;
    check_refused("a = " + repeat("[", n) + "1" + repeat("]", n) + "\n", DiagCode::nesting_too_deep,
                  "deep arrays");
    check_refused("a = " + repeat("{b=", n) + "1" + repeat("}", n) + "\n",
                  DiagCode::nesting_too_deep, "deep inline tables");
    check_refused(repeat("a.", n) + "a = 1\n", DiagCode::nesting_too_deep, "dotted key");
    check_refused("[" + repeat("a.", n) + "a]\n", DiagCode::nesting_too_deep, "deep header");
    check_refused(repeat("[[node]]\n", 1000000), DiagCode::too_many_nodes, "a million empty nodes");
}

TEST_CASE("a file over the size cap is refused without reading it") {
    auto path = std::filesystem::temp_directory_path() /
                ("heartflow-huge-" + std::to_string(::getpid()) + ".toml");
    { std::ofstream out(path); }
    std::filesystem::resize_file(path, 100u * 1024 * 1024);
    auto loaded = load_flow_file(path);
    std::filesystem::remove(path);
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == DiagCode::input_too_large);
}

TEST_CASE("encoding problems are located") {
    check_refused(std::string(kHeader) + "x = \"bad \xC3\x28 byte\"\n", DiagCode::invalid_encoding,
                  "invalid UTF-8");
    check_refused(std::string(kHeader) + "x = \"over\xC0\xAFlong\"\n", DiagCode::invalid_encoding,
                  "overlong");
    check_refused(std::string(kHeader) + "x = \"surrogate \xED\xA0\x80\"\n",
                  DiagCode::invalid_encoding, "surrogate");
    check_refused(std::string(kHeader) + std::string("x = \"nul \0 inside\"\n", 19),
                  DiagCode::invalid_encoding, "NUL in a string");
    auto loaded = load_flow_text(std::string(kHeader) + std::string("x = \"nul \0 inside\"\n", 19));
    CHECK(loaded.diagnostics.front().range.begin.line == 5);
    CHECK(loaded.diagnostics.front().range.begin.column == 10);
}

TEST_CASE("non-ASCII text is fine inside strings and comments") {
    REQUIRE_LOADS(loaded, "# Café ☕ comment\n" + valid_flow_with_label("Résumé 💬 Н"));
    CHECK(loaded.flow->nodes.front().choices.front().label == "Résumé 💬 Н");
}

TEST_CASE("huge but honest flows load: a 10 MB label and 100,000 choices") {
    auto big_label = load_flow_text(valid_flow_with_label(std::string(10 * 1024 * 1024, 'x')));
    CHECK(big_label.ok());
    std::string many =
        std::string(kHeader) + "[[node]]\nid = \"a\"\nkind = \"question\"\ntext = \"t\"\n";
    for (int i = 0; i < 100000; ++i)
        many += "[[node.choice]]\nlabel = \"c" + std::to_string(i) + "\"\ngoto = \"e\"\n";
    many += "[[node]]\nid = \"e\"\nkind = \"ending\"\ntext = \"e\"\n";
    auto loaded = load_flow_text(many);
    INFO(describe_all(loaded.diagnostics));
    REQUIRE(loaded.ok());
    CHECK(loaded.flow->nodes[0].choices.size() == 100000);
}

TEST_CASE("the guard lets valid date-times and nesting through") {
    CHECK_FALSE(
        guard_toml_input(
            "a = 1979-05-27T07:32:00Z\nb = 1979-05-27 07:32:00\nc = 07:32:00\nd = 1979-05-27\n")
            .problem);
    CHECK_FALSE(
        guard_toml_input("a = [[1, 2], {x = [3]}]\n\"quoted.key\" = 1\nx.y.z = 2\n").problem);
    CHECK_FALSE(
        guard_toml_input("s = '''\n]]]}}} [[[ \n'''\nt = \"\"\"\\\"\"\" ]\"\"\"\n").problem);
    CHECK(guard_toml_input("a = 1979-05-27T07:\n").problem);
    CHECK(guard_toml_input("a = [1, 2}\n").problem);
}

TEST_CASE("table headers after comment lines are still seen by the guard") {
    auto guard = guard_toml_input("# a comment\n[[[1]]]\n");
    REQUIRE(guard.problem);
    CHECK(guard.problem->range.begin.line == 2);
    auto headers =
        guard_toml_input("[flow] # trailing\n# only a comment\n  [[node]]\nx = [\n[1]]\n");
    CHECK_FALSE(headers.problem);
    REQUIRE(headers.headers.size() == 2);
    CHECK(headers.headers[1].line == 3);
    CHECK(headers.headers[1].line_start == 35);
}

TEST_CASE("a flow cannot name a file to open: image and asset keys are unknown keys") {
    // Flows name no assets today, so none can escape the flow's folder. A field that names a
    // file must confine it there (no '..', absolute paths or symlinks out) and change this test.
    for (const char* key : {"image", "asset", "sound", "file", "path", "include"}) {
        CAPTURE(key);
        std::string flow = std::string(kHeader) +
                           "[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"t\"\n" + key +
                           " = \"../../../etc/passwd\"\n";
        auto loaded = load_flow_text(flow);
        CHECK(has_diagnostic(loaded.diagnostics, DiagCode::unknown_key, 9));
        flow = std::string(kHeader) + key +
               " = \"/etc/passwd\"\n[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"t\"\n";
        loaded = load_flow_text(flow);
        CHECK(has_diagnostic(loaded.diagnostics, DiagCode::unknown_key, 5));
    }
}
