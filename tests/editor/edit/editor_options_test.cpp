// Tests for the editor's flags.
#include "edit/editor_options.h"

#include <doctest/doctest.h>

using namespace heartflow::editor;

namespace {

EditorOptions editor_parsed(std::vector<std::string> args) {
    auto result = parse_editor_options(args);
    REQUIRE(std::holds_alternative<EditorOptions>(result));
    return std::get<EditorOptions>(result);
}

std::string editor_error(std::vector<std::string> args) {
    auto result = parse_editor_options(args);
    REQUIRE(std::holds_alternative<std::string>(result));
    return std::get<std::string>(result);
}

} // namespace

TEST_CASE("the editor's command line takes a file, a size and a screenshot, in both spellings") {
    EditorOptions o = editor_parsed({"flows/a.toml", "--size=1000x700", "--screenshot", "out.png"});
    CHECK(o.flow_file == "flows/a.toml");
    CHECK(o.width == 1000);
    CHECK(o.height == 700);
    CHECK(o.screenshot == "out.png");
    o = editor_parsed({"--size", "800x560", "--screenshot=shot.png"});
    CHECK(o.flow_file.empty());
    CHECK(o.width == 800);
    CHECK(o.height == 560);
    CHECK(o.screenshot == "shot.png");
    CHECK(editor_parsed({}).flow_file.empty());
    CHECK(editor_parsed({}).width == 1360);
}

TEST_CASE("the editor refuses a wrong flag with a sentence that names it") {
    CHECK(editor_error({"a.toml", "b.toml"}) ==
          "edit takes one flow file; 'b.toml' is a second one");
    CHECK(editor_error({"--size", "10x10"}).find("WIDTHxHEIGHT") != std::string::npos);
    CHECK(editor_error({"--size"}) == "--size needs a value");
    CHECK(editor_error({"--colour"}) == "unknown option '--colour'");
    CHECK(editor_error({"--text-size", "1.5"}) == "unknown option '--text-size'");
}
