// Tests for the one argument parser every subcommand and sibling executable shares.
#include "arguments.h"

#include <doctest/doctest.h>

using namespace heartflow::cli;

namespace {

const std::set<std::string> kBoolean = {"--check", "--fresh"};
const std::set<std::string> kValued = {"--size", "--text-size", "-o"};

Arguments parsed(const std::vector<std::string>& args) {
    Arguments out;
    std::optional<std::string> error = parse_arguments(args, kBoolean, kValued, out);
    REQUIRE_FALSE(error.has_value());
    return out;
}

} // namespace

TEST_CASE("a value follows its flag or comes after an equals sign") {
    Arguments a = parsed({"flow.toml", "--size=800x560", "--text-size", "1.5", "-o", "out.svg"});
    CHECK(a.files == std::vector<std::string>{"flow.toml"});
    CHECK(a.values.at("--size") == "800x560");
    CHECK(a.values.at("--text-size") == "1.5");
    CHECK(a.values.at("-o") == "out.svg");
    CHECK(a.unknown.empty());
    CHECK(parsed({"--size="}).values.at("--size").empty());
    CHECK(parsed({"--text-size=a=b"}).values.at("--text-size") == "a=b");
}

TEST_CASE("boolean flags, files in order and the last of a repeated value") {
    Arguments a = parsed({"a.toml", "--check", "b.toml", "--size", "1x1", "--size", "2x2"});
    CHECK(a.files == std::vector<std::string>{"a.toml", "b.toml"});
    CHECK(a.flags == std::set<std::string>{"--check"});
    CHECK(a.values.at("--size") == "2x2");
}

TEST_CASE("a flag's value is taken as given, even when it looks like a flag") {
    Arguments a = parsed({"--size", "--check"});
    CHECK(a.values.at("--size") == "--check");
    CHECK(a.flags.empty());
}

TEST_CASE("unknown flags are kept as given, and a boolean flag takes no value") {
    Arguments a = parsed({"--bogus", "--fresh=yes", "--check=1", "-x"});
    CHECK(a.unknown == std::vector<std::string>{"--bogus", "--fresh=yes", "--check=1", "-x"});
    CHECK(a.flags.empty());
    CHECK(a.files.empty());
}

TEST_CASE("a value flag at the end is an error that names it") {
    Arguments out;
    std::optional<std::string> error =
        parse_arguments({"a.toml", "--size"}, kBoolean, kValued, out);
    REQUIRE(error.has_value());
    CHECK(*error == "--size needs a value");
}

TEST_CASE("-- ends the flags and a lone - is a file") {
    Arguments a = parsed({"--check", "--", "--fresh", "-", "--size=1x1"});
    CHECK(a.flags == std::set<std::string>{"--check"});
    CHECK(a.files == std::vector<std::string>{"--fresh", "-", "--size=1x1"});
    CHECK(a.values.empty());
    CHECK(parsed({"-"}).files == std::vector<std::string>{"-"});
}
