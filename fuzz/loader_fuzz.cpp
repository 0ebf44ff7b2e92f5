// Fuzz target: any bytes -> a flow or located diagnostics, never a crash, hang or UB.
#include "fuzz_check.h"

#include <heartflow/loader.h>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    heartflow::LoadedFlow loaded = heartflow::load_flow_text(text);
    for (const heartflow::Diagnostic& d : loaded.diagnostics) {
        FUZZ_CHECK(d.range.begin.line >= 1, "every diagnostic has a 1-based line");
        FUZZ_CHECK(!d.message.empty(), "every diagnostic says something");
        FUZZ_CHECK(!heartflow::format_diagnostic("f.toml", d).empty(), "every diagnostic prints");
    }
    FUZZ_CHECK(loaded.ok() || !loaded.diagnostics.empty(), "a refused flow says why");
    FUZZ_CHECK(!loaded.ok() || loaded.flow, "a runnable flow has a flow");
    return 0;
}
