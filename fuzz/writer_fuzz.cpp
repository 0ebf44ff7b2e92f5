// Fuzz target: bytes -> flow; when it loads without errors, write -> parse gives an equal flow
// and writing that again gives the same text (the writer's contract, checked before each save).
#include "fuzz_check.h"

#include <heartflow/loader.h>
#include <heartflow/writer.h>

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace {

bool has_error(const std::vector<heartflow::Diagnostic>& ds) {
    return std::any_of(ds.begin(), ds.end(), [](const heartflow::Diagnostic& d) {
        return d.severity == heartflow::Severity::error;
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    heartflow::ParseResult first = heartflow::parse_flow(text);
    if (!first.flow || has_error(first.diagnostics)) return 0;
    std::string written = heartflow::write_flow(*first.flow);
    heartflow::ParseResult second = heartflow::parse_flow(written);
    if (!second.flow) std::fprintf(stderr, "written:\n%s\n", written.c_str());
    FUZZ_CHECK(second.flow.has_value(), "the written text parses as a flow");
    if (!(*second.flow == *first.flow)) std::fprintf(stderr, "written:\n%s\n", written.c_str());
    FUZZ_CHECK(*second.flow == *first.flow, "load(write(flow)) == flow");
    FUZZ_CHECK(heartflow::write_flow(*second.flow) == written, "writing is idempotent");
    return 0;
}
