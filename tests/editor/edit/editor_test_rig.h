// An Editor driven headlessly: a temporary home for its files (XDG folders included), a headless
// ImGui context, and frames run with key presses and a steady clock the test advances.
#pragma once

#include "edit/editor.h"
#include "headless_imgui.h"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

namespace heartflow::editor::test {

/// A fresh folder, removed at the end; XDG_DATA_HOME and XDG_CONFIG_HOME point into it.
class TempHome {
public:
    TempHome() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "heartflow-editor-test-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        root_ = pattern;
        ::setenv("XDG_DATA_HOME", (root_ / "data").c_str(), 1);
        ::setenv("XDG_CONFIG_HOME", (root_ / "config").c_str(), 1);
    }
    ~TempHome() {
        std::error_code ec;
        std::filesystem::remove_all(root_, ec);
    }
    TempHome(const TempHome&) = delete;
    TempHome& operator=(const TempHome&) = delete;
    /// A path inside the folder.
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const {
        return root_ / name;
    }

private:
    std::filesystem::path root_;
};

/// Writes `text` to `path`.
inline void write_text(const std::filesystem::path& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

/// The text of `path`.
inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// An editor and the context it draws in.
struct EditorRig {
    TempHome home;
    HeadlessImGui imgui{1360.0f, 860.0f};
    kit::Fonts fonts;
    double now = 1.0;
    ImVec2 mouse{-100.0f, -100.0f};
    std::unique_ptr<Editor> editor;

    EditorRig() {
        ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
        fonts = {font, font, font, font};
        // ImGui's key indices here are the kit's key values (any indices below 512 would do).
        ImGuiIO& io = ImGui::GetIO();
        const std::pair<ImGuiKey, kit::Key> keys[] = {{ImGuiKey_Tab, kit::Key::tab},
                                                      {ImGuiKey_LeftArrow, kit::Key::left},
                                                      {ImGuiKey_RightArrow, kit::Key::right},
                                                      {ImGuiKey_UpArrow, kit::Key::up},
                                                      {ImGuiKey_DownArrow, kit::Key::down},
                                                      {ImGuiKey_Home, kit::Key::home},
                                                      {ImGuiKey_End, kit::Key::end},
                                                      {ImGuiKey_Insert, kit::Key::insert},
                                                      {ImGuiKey_Delete, kit::Key::del},
                                                      {ImGuiKey_Backspace, kit::Key::backspace},
                                                      {ImGuiKey_Space, kit::Key::space},
                                                      {ImGuiKey_Enter, kit::Key::enter},
                                                      {ImGuiKey_Escape, kit::Key::escape},
                                                      {ImGuiKey_KeyPadEnter, kit::Key::kp_enter},
                                                      {ImGuiKey_A, kit::Key::a},
                                                      {ImGuiKey_C, kit::Key::c},
                                                      {ImGuiKey_V, kit::Key::v},
                                                      {ImGuiKey_X, kit::Key::x},
                                                      {ImGuiKey_Y, kit::Key::y},
                                                      {ImGuiKey_Z, kit::Key::z}};
        for (const auto& [imgui_key, key] : keys)
            io.KeyMap[imgui_key] = static_cast<int>(key);
    }
    /// Starts an editor on `file` ("" for none) and runs frames until it has opened it.
    Editor& start(const std::filesystem::path& file) {
        EditorOptions options;
        options.flow_file = file.string();
        editor = std::make_unique<Editor>(options, home / "recent.txt");
        settle();
        return *editor;
    }
    /// Writes `text` to a file `name` in the temporary home and starts an editor on it.
    Editor& start_with(const std::string& name, std::string_view text) {
        write_text(home / name, text);
        return start(home / name);
    }
    /// One frame after `seconds`, with these key presses and ImGui keys held.
    void step(std::vector<kit::KeyPress> presses = {}, double seconds = 0.05,
              std::initializer_list<int> held = {}, bool down = false) {
        now += seconds;
        imgui.bare_frame(
            mouse, down, [&] { editor->frame(fonts, presses, now); }, held);
    }
    /// Presses a key (with kit::Mod bits), as both the editor and ImGui see it, then runs
    /// one more frame.
    void key(kit::Key key, int mods = 0) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = (mods & kit::mod_ctrl) != 0;
        io.KeyShift = (mods & kit::mod_shift) != 0;
        step({{key, mods}}, 0.05, {static_cast<int>(key)});
        io.KeyCtrl = io.KeyShift = false;
        step();
    }
    /// Runs frames until `done()` holds (at most a few seconds); false if it never did.
    template <typename Done> bool wait_for(Done done) {
        for (int i = 0; i < 600 && !done(); ++i) {
            step();
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return done();
    }
    /// Runs frames until no background task is running (at most a few seconds).
    void settle() {
        for (int i = 0; i < 600; ++i) {
            step();
            if (i >= 3 && !editor->busy()) return;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        FAIL("the editor stayed busy");
    }
};

} // namespace heartflow::editor::test
