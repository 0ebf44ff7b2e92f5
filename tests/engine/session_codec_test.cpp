// Tests of the session save format.
#include <doctest/doctest.h>
#include <heartflow/session_snapshot.h>

using namespace heartflow;

TEST_CASE("a snapshot survives encoding and decoding, tricky text included") {
    SessionSnapshot s;
    s.flow_id = "heart-of-the-matter";
    s.status = SessionStatus::at_node;
    s.path = {{"start", 1700000000000, 2}, {"boundary", 1700000005000, std::nullopt}};
    s.variables = {
        {"feeling", std::string("resentment")}, {"visits", std::int64_t{-3}}, {"ready", true}};
    s.journal = {{"boundary", "\nline one\n'''quotes\"\"\" and \\ back\tslash\r\nünïcödé 💬"}};
    s.check_in_before = 8;
    s.check_in_after = 0;
    s.started_at_ms = 1700000000000;
    auto decoded = decode_session(encode_session(s));
    REQUIRE(std::holds_alternative<SessionSnapshot>(decoded));
    CHECK(std::get<SessionSnapshot>(decoded) == s);
}

TEST_CASE("damaged or newer saves are refused with a reason") {
    auto damaged = decode_session("version = 1\nstatus = \n");
    REQUIRE(std::holds_alternative<std::string>(damaged));
    CHECK(std::get<std::string>(damaged).find("damaged") != std::string::npos);
    auto newer = decode_session("version = 99\n");
    REQUIRE(std::holds_alternative<std::string>(newer));
    CHECK(std::get<std::string>(newer).find("newer") != std::string::npos);
    CHECK(std::holds_alternative<std::string>(decode_session("flow = \"x\"\n")));
    CHECK(
        std::holds_alternative<std::string>(decode_session("version = 1\nstatus = \"dancing\"\n")));
}
