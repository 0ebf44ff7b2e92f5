// Long sessions: a million random-walk steps and a thousand reloads keep the heap flat.
#include "test_support.h"

#include <heartflow/session.h>

#include <malloc.h>
#include <random>

// GCC says it builds with AddressSanitizer by __SANITIZE_ADDRESS__, clang by __has_feature.
#if defined(__SANITIZE_ADDRESS__)
#define HEARTFLOW_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HEARTFLOW_ASAN 1
#endif
#endif

#if defined(HEARTFLOW_ASAN)
// The sanitizer allocator's count of live heap bytes (GCC ships no header for it).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif

using namespace heartflow;

namespace {

// Bytes of heap in use now (not the peak), from the allocator that is linked in.
std::size_t heap_in_use() {
#if defined(HEARTFLOW_ASAN)
    return __sanitizer_get_current_allocated_bytes();
#else
    struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
#endif
}

// Heap growth allowed between the warm-up and the end of a long run.
constexpr std::size_t kFlatHeapBytes = 4u * 1024 * 1024;

std::shared_ptr<const Program> shipped(const char* name) {
    auto loaded = load_flow_file(std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows" / name);
    INFO(testing::describe_all(loaded.diagnostics));
    REQUIRE(loaded.ok());
    return loaded.program;
}

// One random action: mostly a choice, sometimes back, a journal entry, or a restart at an ending.
void random_step(Session& s, std::mt19937& rng) {
    if (s.status() == SessionStatus::finished) {
        (void)(rng() % 4 == 0 ? s.back() : s.restart());
        return;
    }
    unsigned roll = rng() % 20;
    if (roll == 0) {
        (void)s.back();
        return;
    }
    if (roll == 1) {
        (void)s.set_journal("I noticed " + std::to_string(rng() % 1000));
        return;
    }
    auto choices = s.choices();
    REQUIRE_FALSE(choices.empty());
    REQUIRE(s.choose(1 + rng() % choices.size()) == SessionError::ok);
}

} // namespace

TEST_CASE("the heap measure sees memory that is kept") {
    // Guards the tests below against a measure that reads 0 (e.g. glibc's figures under ASan).
    std::size_t before = heap_in_use();
    std::vector<char> kept(2 * kFlatHeapBytes, 'x');
    asm volatile("" : : "r"(kept.data()) : "memory"); // the allocation may not be optimised away
    CHECK(heap_in_use() >= before + kept.size());
}

TEST_CASE("a million random-walk steps keep the heap flat") {
    Session session(shipped("heart-of-the-matter.toml"),
                    [] { return std::int64_t{1700000000000}; });
    REQUIRE(session.start() == SessionError::ok);
    std::mt19937 rng(9);
    for (int i = 0; i < 100000; ++i)
        random_step(session, rng);
    std::size_t warm = heap_in_use();
    for (int i = 0; i < 900000; ++i)
        random_step(session, rng);
    std::size_t end = heap_in_use();
    INFO("heap after warm-up " << warm << " bytes, after a million steps " << end << " bytes");
    CHECK(end <= warm + kFlatHeapBytes);
}

TEST_CASE("a thousand reloads with the session restored keep the heap flat") {
    auto path = std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows" / "heart-of-the-matter.toml";
    Session session(shipped("heart-of-the-matter.toml"));
    REQUIRE(session.start() == SessionError::ok);
    std::mt19937 rng(3);
    auto reload = [&] {
        for (int i = 0; i < 5; ++i)
            random_step(session, rng);
        SessionSnapshot saved = session.snapshot();
        auto loaded = load_flow_file(path);
        REQUIRE(loaded.ok());
        session = Session(loaded.program);
        REQUIRE(session.restore(saved) == SessionError::ok);
    };
    for (int i = 0; i < 100; ++i)
        reload();
    std::size_t warm = heap_in_use();
    for (int i = 0; i < 900; ++i)
        reload();
    std::size_t end = heap_in_use();
    INFO("heap after 100 reloads " << warm << " bytes, after 1,000 " << end << " bytes");
    CHECK(end <= warm + kFlatHeapBytes);
}
