// Helpers shared by the engine tests; each carries the caller's file and line into failures.
#pragma once

#include <doctest/doctest.h>
#include <heartflow/loader.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>

namespace heartflow::testing {

/// The repository's tests/data folder.
inline std::filesystem::path data_dir() {
    return std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "tests" / "data";
}

/// Every diagnostic as "line:col code" strings, for readable failure output.
inline std::string describe_all(const std::vector<Diagnostic>& ds) {
    std::string out;
    for (const Diagnostic& d : ds)
        out += format_diagnostic("flow", d) + "\n";
    return out;
}

/// True when `ds` holds a diagnostic with `code` at `line`:`column` (column 0: any column).
inline bool has_diagnostic(const std::vector<Diagnostic>& ds, DiagCode code, std::uint32_t line,
                           std::uint32_t column = 0) {
    return std::any_of(ds.begin(), ds.end(), [&](const Diagnostic& d) {
        return d.code == code && d.range.begin.line == line &&
               (column == 0 || d.range.begin.column == column);
    });
}

/// Checks that loading `text` reports `code` at line:column.
#define CHECK_DIAGNOSTIC_AT(text, code, line, column)                                              \
    do {                                                                                           \
        auto loaded_ = ::heartflow::load_flow_text(text);                                          \
        INFO(::heartflow::testing::describe_all(loaded_.diagnostics));                             \
        CHECK(::heartflow::testing::has_diagnostic(loaded_.diagnostics, code, line, column));      \
    } while (0)

/// Loads text that must have no errors; fails the test with the diagnostics otherwise.
#define REQUIRE_LOADS(loaded, text)                                                                \
    auto loaded = ::heartflow::load_flow_text(text);                                               \
    INFO(::heartflow::testing::describe_all(loaded.diagnostics));                                  \
    REQUIRE(loaded.ok())

/// A tiny valid flow header to prepend to node tables in tests.
inline constexpr std::string_view kHeader = R"([flow]
id = "t"
title = "T"
start = "a"
)";

} // namespace heartflow::testing
