// Work off the UI thread: background jobs, live validation of a big flow, autosave files, and
// the editor's shortcuts (its command line is tested in editor_options_test.cpp).
#include "edit/background_job.h"
#include "edit/live_validation.h"
#include "edit/recovery.h"
#include "edit/shortcuts.h"
#include "editor_test_rig.h"
#include "heartflow/atomic_file.h"

#include <doctest/doctest.h>

#include <chrono>
#include <thread>

using namespace heartflow;
using namespace heartflow::editor;
using namespace heartflow::editor::test;

namespace {

// A chain of `n` prompts ending in an ending: no errors, one warning-free path.
Flow chain(std::size_t n) {
    Flow f;
    f.info.id = "chain";
    f.info.title = "Chain";
    f.info.start.value = "n0";
    for (std::size_t i = 0; i < n; ++i) {
        Node node;
        node.id.value = "n" + std::to_string(i);
        node.kind = i + 1 == n ? NodeKind::ending : NodeKind::prompt;
        node.text = "Step " + std::to_string(i);
        node.pos = std::array<double, 2>{0.0, 200.0 * static_cast<double>(i)};
        if (i + 1 < n) node.next = NodeId{"n" + std::to_string(i + 1)};
        f.nodes.push_back(std::move(node));
    }
    return f;
}

template <typename Done> bool eventually(Done done) {
    for (int i = 0; i < 1000 && !done(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return done();
}

} // namespace

TEST_CASE("a background job hands over its result once done") {
    BackgroundJob<int> job([](const std::atomic<bool>&) { return 42; });
    REQUIRE(eventually([&] { return job.done(); }));
    CHECK(job.take() == 42);
}

TEST_CASE("an abandoned job is told to stop and counted until it ends") {
    std::atomic<bool> release{false};
    std::atomic<bool> saw_cancel{false};
    {
        BackgroundJob<int> job([&](const std::atomic<bool>& cancelled) {
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            saw_cancel = cancelled.load();
            return 1;
        });
        job.abandon();
        CHECK(abandoned_jobs_running() == 1);
    } // destroying an abandoned job does not wait for it
    release = true;
    CHECK(eventually([] { return abandoned_jobs_running() == 0; }));
    CHECK(saw_cancel);
}

TEST_CASE("a big flow is validated on another thread once the typing pauses") {
    Document doc(chain(kBackgroundValidationNodes + 10));
    LiveValidation live;
    live.update(doc, 0.0);
    CHECK_FALSE(doc.validation_current());
    CHECK_FALSE(live.checking()); // waits for the pause
    live.update(doc, kValidationPause + 0.01);
    CHECK(live.checking());
    REQUIRE(eventually([&] {
        live.update(doc, 1.0);
        return doc.validation_current();
    }));
    CHECK(doc.latest_validation().errors == 0);
    CHECK(doc.latest_validation().program != nullptr);

    doc.apply(set_next(doc.flow(), 0, NodeId{"nowhere"}), "break");
    live.update(doc, 2.0);
    CHECK(doc.latest_validation().errors == 0); // the last result stays until the new one is in
    REQUIRE(eventually([&] {
        live.update(doc, 3.0);
        return doc.validation_current();
    }));
    CHECK(doc.latest_validation().errors == 1);
    CHECK(doc.latest_validation().worst[0] == Severity::error);
}

TEST_CASE("a small flow is validated at once") {
    Document doc(chain(5));
    LiveValidation live;
    doc.apply(set_next(doc.flow(), 0, NodeId{"nowhere"}), "break");
    live.update(doc, 0.0);
    CHECK(doc.validation_current());
    CHECK_FALSE(live.checking());
}

TEST_CASE(
    "autosave writes a copy only while there are unsaved changes, and drops it when clean again") {
    TempHome home;
    const auto file = home / "chain.toml";
    Document doc(chain(3));
    Autosaver saver;
    CHECK(saver.tick(doc, file, 100.0).empty());
    CHECK_FALSE(std::filesystem::exists(recovery_path(file)));
    doc.apply(set_next(doc.flow(), 0, NodeId{"n2"}), "skip");
    CHECK(saver.tick(doc, file, 101.0).empty());
    saver.finish();
    auto copy = read_recovery(file);
    REQUIRE(copy.has_value());
    CHECK(copy->flow == doc.flow());
    REQUIRE(doc.undo());
    (void)saver.tick(doc, file, 101.5);
    CHECK_FALSE(std::filesystem::exists(recovery_path(file)));
}

TEST_CASE("preparing the recovery folder removes temporary files left by killed writes") {
    TempHome home;
    REQUIRE(prepare_recovery_folder().empty());
    const auto stale = recovery_folder() / (std::string(kTempFilePrefix) + "flow.toml.1234");
    write_text(stale, "half a file");
    std::filesystem::last_write_time(stale, std::filesystem::file_time_type::clock::now() -
                                                std::chrono::minutes(5));
    REQUIRE(prepare_recovery_folder().empty());
    CHECK_FALSE(std::filesystem::exists(stale));
}

TEST_CASE("canvas shortcuts do not fire while typing; saving and undo always do") {
    CHECK(command_for({kit::Key::del, 0}, false) == EditorCommand::remove);
    CHECK_FALSE(command_for({kit::Key::del, 0}, true).has_value());
    CHECK_FALSE(command_for({kit::Key::a, kit::mod_ctrl}, true).has_value());
    CHECK(command_for({kit::Key::s, kit::mod_ctrl}, true) == EditorCommand::save);
    CHECK(command_for({kit::Key::z, kit::mod_ctrl | kit::mod_shift}, true) == EditorCommand::redo);
    CHECK(command_for({kit::Key::s, kit::mod_ctrl | kit::mod_shift}, false) ==
          EditorCommand::save_as);
    CHECK(command_for({kit::Key::left, kit::mod_shift}, false) == EditorCommand::nudge_left);
}
