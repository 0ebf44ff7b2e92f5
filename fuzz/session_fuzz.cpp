// Fuzz target: any bytes decode to a session or a sentence saying why not; a decoded session
// encodes and decodes back to itself.
#include "fuzz_check.h"

#include <heartflow/session_snapshot.h>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto decoded = heartflow::decode_session(text);
    if (auto* why = std::get_if<std::string>(&decoded)) {
        FUZZ_CHECK(!why->empty(), "a refusal says why");
        return 0;
    }
    const auto& snapshot = std::get<heartflow::SessionSnapshot>(decoded);
    std::string encoded = heartflow::encode_session(snapshot);
    auto again = heartflow::decode_session(encoded);
    if (auto* why = std::get_if<std::string>(&again))
        std::fprintf(stderr, "encoded:\n%s\nrefused: %s\n", encoded.c_str(), why->c_str());
    FUZZ_CHECK(std::holds_alternative<heartflow::SessionSnapshot>(again),
               "an encoded session decodes");
    FUZZ_CHECK(std::get<heartflow::SessionSnapshot>(again) == snapshot, "decode(encode(s)) == s");
    return 0;
}
