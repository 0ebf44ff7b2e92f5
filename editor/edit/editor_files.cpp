// [SECTION] index: reading a file for editing; opening and new flows; recovery; saving;
// unsaved changes; changes on disk.
#include "edit/editor.h"

#include "document/placement.h"
#include "document/templates.h"
#include "heartflow/atomic_file.h"
#include "heartflow/loader.h"
#include "heartflow/writer.h"

#include <algorithm>
#include <chrono>
#include <ctime>

namespace heartflow::editor {

namespace fs = std::filesystem;

namespace {

// Loader errors that mean a value was not read, so saving from the editor would lose it.
bool loses_data(const Diagnostic& d) {
    if (d.severity != Severity::error) return false;
    const int code = static_cast<int>(d.code);
    return code < 200 || d.code == DiagCode::missing_key || d.code == DiagCode::wrong_type ||
           d.code == DiagCode::bad_kind || d.code == DiagCode::unsupported_format;
}

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::string clock_time(fs::file_time_type when) {
    const std::time_t t =
        std::chrono::system_clock::to_time_t(std::chrono::file_clock::to_sys(when));
    std::tm local{};
    localtime_r(&t, &local);
    char text[64];
    std::strftime(text, sizeof text, "%H:%M on %d %B", &local);
    return text;
}

// A stamped, validated outcome for `flow`.
void finish_outcome(LoadOutcome& out, Flow flow) {
    stamp_ranges(flow);
    out.flow = std::make_shared<Flow>(std::move(flow));
    out.validation = validate_stamped(out.flow, out.path);
}

} // namespace

// [SECTION] reading a file for editing

LoadOutcome load_for_editing(const fs::path& path, const std::atomic<bool>& cancelled,
                             double aspect, const TitleMetrics& metrics) {
    LoadOutcome out;
    out.path = path;
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        out.new_file = true;
        finish_outcome(out, empty_flow(path.stem().string()));
        return out;
    }
    auto bytes = read_flow_bytes(path);
    if (auto* problem = std::get_if<Diagnostic>(&bytes)) {
        out.errors.push_back(*problem);
        return out;
    }
    const std::string& text = std::get<std::string>(bytes);
    if (blank(text)) {
        out.new_file = true;
        finish_outcome(out, empty_flow(path.stem().string()));
        return out;
    }
    ParseResult parsed = parse_flow(text);
    for (const Diagnostic& d : parsed.diagnostics)
        if (loses_data(d) || !parsed.flow) out.errors.push_back(d);
    if (!out.errors.empty() || !parsed.flow || cancelled) return out;
    Flow flow = std::move(*parsed.flow);
    // View state: a save writes only positions that change.
    out.placed = fill_missing_positions(flow, aspect, metrics);
    if (cancelled) return out;
    out.text = std::make_shared<const std::string>(std::move(std::get<std::string>(bytes)));
    finish_outcome(out, std::move(flow));
    return out;
}

// [SECTION] opening and new flows

std::string Editor::file_label() const {
    return file_.empty() ? std::string("Untitled") : file_.filename().string();
}

void Editor::open_path(const fs::path& path) {
    // Saves of this file that were killed midway may have left temporary files beside it.
    const fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    remove_stale_temp_files(folder, path.filename().string());
    auto job = std::make_shared<BackgroundJob<LoadOutcome>>(
        [path, aspect = canvas_aspect(),
         metrics = layout_metrics()](const std::atomic<bool>& cancelled) {
            return load_for_editing(path, cancelled, aspect, metrics);
        });
    start_busy(
        "Opening " + path.string(),
        [this, job] {
            if (!job->done()) return false;
            LoadOutcome outcome = job->take();
            if (outcome.flow)
                install(std::move(outcome));
            else
                show_load_errors(outcome);
            return true;
        },
        [job] { job->abandon(); });
}

void Editor::install(LoadOutcome outcome) {
    validation_.reset();
    play_.stop();
    played_program_.reset();
    autosaver_.finish();
    doc_ = std::make_unique<Document>(outcome.flow, std::move(outcome.validation));
    file_ = outcome.path;
    doc_->set_file(file_);
    saved_text_ = outcome.text;
    saved_flow_ = outcome.flow;
    disk_errors_.clear();
    if (file_.empty())
        watcher_.reset();
    else
        watcher_.emplace(file_);
    selection_ = Selection{};
    selection_.resize(doc_->flow().nodes.size());
    canvas_ = CanvasView{};
    std::optional<std::size_t> start;
    for (std::size_t i = 0; i < doc_->flow().nodes.size(); ++i)
        if (doc_->flow().nodes[i].id == doc_->flow().info.start) start = i;
    canvas_.request_open_view(start);
    inspector_ = Inspector{};
    find_matches_.clear();
    focus_canvas_ = true;
    show_welcome_ = false;
    if (!file_.empty() && !outcome.new_file) recent_.add(file_);
    std::error_code ec;
    if (outcome.new_file && !file_.empty() && doc_->flow().nodes.empty()) {
        show_welcome_ =
            !fs::exists(file_, ec); // a path that does not exist yet: offer the templates
        set_notice("A new flow. It is written to " + file_.string() + " when you save.", 10.0);
    } else if (outcome.placed > 0)
        set_notice("Laid out " + std::to_string(outcome.placed) + " nodes that had no place yet.");
    offer_recovery();
}

void Editor::new_from_template(const Flow& flow, const fs::path& path) {
    guard_unsaved("start a new flow", [this, flow, path] {
        LoadOutcome outcome;
        Flow copy = flow;
        if (!path.empty()) { // named after the file it will be saved to
            const Flow named = empty_flow(path.stem().string());
            copy.info.id = named.info.id;
            copy.info.title = named.info.title;
        }
        fill_missing_positions(copy, canvas_aspect(), layout_metrics());
        stamp_ranges(copy);
        outcome.path = path;
        outcome.flow = std::make_shared<Flow>(std::move(copy));
        outcome.validation = validate_stamped(outcome.flow, path);
        outcome.new_file = true;
        install(std::move(outcome));
    });
}

void Editor::show_load_errors(const LoadOutcome& outcome) {
    std::string message = outcome.path.string() + " cannot be opened in the editor:\n\n";
    const std::size_t shown = std::min<std::size_t>(outcome.errors.size(), 10);
    for (std::size_t i = 0; i < shown; ++i)
        message += format_diagnostic(outcome.path.string(), outcome.errors[i]) + "\n";
    if (outcome.errors.size() > shown)
        message += "... and " + std::to_string(outcome.errors.size() - shown) + " more\n";
    message +=
        "\nFix these in a text editor ('heartflow check FILE' lists them all), then open it again. "
        "Nothing was changed.";
    ask({"Cannot open " + outcome.path.filename().string(), message, {"OK"}, 0, 0, {}});
}

// [SECTION] recovery

void Editor::offer_recovery() {
    auto recovered = read_recovery(file_);
    if (!recovered) return;
    Flow flow = std::move(recovered->flow);
    fill_missing_positions(flow, canvas_aspect(), layout_metrics());
    if (flow == doc_->flow()) {
        remove_recovery(file_);
        return;
    }
    const std::string message = "heartflow kept a copy of changes to " + file_label() +
                                " that were never saved (last kept at " +
                                clock_time(recovered->written_at) +
                                "), probably because the editor was closed by a crash.\n\n"
                                "Restore them to carry on where you were (then save to keep them), "
                                "or discard them to work on the "
                                "file as it was last saved.";
    ask({"Unsaved work found",
         message,
         {"Restore my changes", "Discard them"},
         0,
         -1,
         [this, flow = std::move(flow)](int button) {
             if (button == 0) {
                 apply(replace_flow(doc_->flow(), flow), "Restore unsaved changes");
                 doc_->mark_unsaved();
                 canvas_.request_fit();
                 set_notice(
                     "Your unsaved changes are back. Save (Ctrl+S) to keep them in the file.");
             } else {
                 remove_recovery(file_);
                 set_notice("The unsaved changes were discarded.");
             }
         }});
}

// [SECTION] saving

void Editor::save(std::function<void()> then) {
    if (file_.empty()) {
        save_as(std::move(then));
        return;
    }
    write_to(file_, std::move(then));
}

void Editor::save_as(std::function<void()> then) {
    const fs::path folder = file_.empty() ? fs::path() : file_.parent_path();
    browser_.show(BrowseMode::save_as, folder,
                  file_.empty() ? doc_->flow().info.id + ".toml" : file_.filename().string());
    on_browsed_ = [this, then](const fs::path& path) {
        std::error_code ec;
        if (path != file_ && fs::exists(path, ec)) {
            ask({"Replace " + path.filename().string() + "?",
                 path.string() + " already exists. Replace it with this flow?",
                 {"Replace it", "Cancel"},
                 1,
                 1,
                 [this, path, then](int button) {
                     if (button == 0) write_to(path, then);
                 }});
            return;
        }
        if (path == file_)
            save(then);
        else
            write_to(path, then);
    };
}

namespace {

// A save's outcome and, on success, the text now in the file.
struct Saved {
    SaveStatus status;
    std::string text;
};

// Saves `flow`: as an edit of `text` (which stands for `base`) when the flow came from a file,
// so only what changed is written; in canonical form for a new flow.
Saved save_flow(const fs::path& path, const std::shared_ptr<const std::string>& text,
                const std::shared_ptr<const Flow>& base, const Flow& flow) {
    Saved saved;
    if (text && base) {
        saved.status = save_flow_edit(path, *text, *base, flow, &saved.text);
    } else {
        saved.text = write_flow(flow);
        saved.status = save_flow_text(path, saved.text, flow);
    }
    return saved;
}

} // namespace

void Editor::write_to(const fs::path& path, std::function<void()> then) {
    std::shared_ptr<const Flow> flow = doc_->share();
    const std::uint64_t revision = doc_->revision();
    auto finish = [this, path, revision, flow, then](Saved saved) {
        if (saved.status.ok) {
            saved_text_ = std::make_shared<const std::string>(std::move(saved.text));
            saved_flow_ = flow;
        }
        saved_to(path, revision, saved.status.ok ? "" : saved.status.message, then);
    };
    if (flow->nodes.size() <= kBackgroundValidationNodes) {
        finish(save_flow(path, saved_text_, saved_flow_, *flow));
        return;
    }
    auto job = std::make_shared<BackgroundJob<Saved>>(
        [flow, path, text = saved_text_, base = saved_flow_](const std::atomic<bool>&) {
            return save_flow(path, text, base, *flow);
        });
    start_busy("Saving " + path.filename().string(),
               [job, finish] {
                   if (!job->done()) return false;
                   finish(job->take());
                   return true;
               },
               {});
}

void Editor::saved_to(const fs::path& path, std::uint64_t revision, const std::string& error,
                      const std::function<void()>& then) {
    if (!error.empty()) {
        ask({"Could not save",
             path.string() + " was not saved: " + error +
                 "\n\nThe file on disk is as it was, and your changes are still here (and in the "
                 "recovery copy).",
             {"OK"},
             0,
             0,
             {}});
        return;
    }
    if (path != file_) {
        autosaver_.discard(file_);
        file_ = path;
        doc_->set_file(file_);
        watcher_.emplace(file_);
    } else if (watcher_) {
        (void)watcher_->changed(); // our own write is not a change by someone else
    }
    if (doc_->revision() == revision) doc_->mark_saved();
    disk_errors_.clear();
    autosaver_.discard(file_);
    recent_.add(file_);
    set_notice("Saved " + file_.string());
    if (then) then();
}

// [SECTION] unsaved changes

void Editor::guard_unsaved(const std::string& doing, std::function<void()> proceed) {
    if (!doc_->dirty()) {
        proceed();
        return;
    }
    ask({"Unsaved changes",
         file_label() + " has changes that are not saved. Save them before you " + doing + "?",
         {"Save", "Don't save", "Cancel"},
         0,
         2,
         [this, proceed](int button) {
             if (button == 0) {
                 save(proceed);
             } else if (button == 1) {
                 autosaver_.discard(file_);
                 proceed();
             }
         }});
}

bool Editor::request_close() {
    if (closing_) return true;
    if (!prompts_.empty()) return false;
    if (busy_ && busy_->cancel) {
        busy_->cancel();
        busy_.reset();
    }
    if (!disk_errors_.empty() && !doc_->dirty())
        ask_about_broken_file();
    else
        guard_unsaved("close the editor", [this] { closing_ = true; });
    return closing_;
}

void Editor::ask_about_broken_file() {
    ask({"The file on disk has mistakes",
         file_label() + " was changed by another program and now has mistakes the editor cannot "
                        "read (they are "
                        "listed under Problems). Save the version you see here over it, or close "
                        "and leave the file "
                        "as it is?",
         {"Save mine and close", "Close, leave the file", "Cancel"},
         0,
         2,
         [this](int button) {
             if (button == 0)
                 save([this] { closing_ = true; });
             else if (button == 1)
                 closing_ = true;
         }});
}

// [SECTION] changes on disk

void Editor::poll_disk(double now) {
    if (!watcher_ || now < next_disk_poll_ || !prompts_.empty()) return;
    next_disk_poll_ = now + 0.5;
    if (!watcher_->changed()) return;
    std::error_code ec;
    if (!fs::exists(file_, ec)) {
        set_notice(file_label() + " was moved or deleted on disk. Save (Ctrl+S) to write it again.",
                   20.0);
        return;
    }
    const fs::path path = file_;
    auto job = std::make_shared<BackgroundJob<LoadOutcome>>(
        [path, aspect = canvas_aspect(),
         metrics = layout_metrics()](const std::atomic<bool>& cancelled) {
            return load_for_editing(path, cancelled, aspect, metrics);
        });
    start_busy(
        "Reading " + path.filename().string() + " (it changed on disk)",
        [this, job] {
            if (!job->done()) return false;
            reload_from_disk(job->take());
            return true;
        },
        [job] { job->abandon(); });
}

void Editor::reload_from_disk(LoadOutcome outcome) {
    disk_errors_ = outcome.errors;
    if (!outcome.flow || outcome.new_file) {
        const std::string why =
            outcome.errors.empty() ? "it is empty" : "its mistakes are under Problems";
        set_notice(file_label() + " changed on disk but cannot be read (" + why +
                       "); you still have your version.",
                   20.0);
        return;
    }
    if (*outcome.flow ==
        doc_->flow()) { // the same flow, maybe other comments or spacing: save from that text
        if (!doc_->dirty()) {
            saved_text_ = outcome.text;
            saved_flow_ = outcome.flow;
        }
        return;
    }
    auto take_disk = [this, flow = outcome.flow, text = outcome.text] {
        apply(replace_flow(doc_->flow(), *flow), "Load the version on disk");
        doc_->mark_saved();
        saved_text_ = text;
        saved_flow_ = doc_->share();
        set_notice("Loaded the version on disk. Ctrl+Z brings back the one you had.", 10.0);
    };
    if (!doc_->dirty()) {
        take_disk();
        return;
    }
    ask({"The file changed on disk",
         file_label() +
             " was changed by another program while you have unsaved changes here.\n\n"
             "Keep yours (saving then replaces the other version), or load the file's version "
             "(Ctrl+Z then brings yours back).",
         {"Keep mine", "Load the file's version"},
         0,
         0,
         [take_disk](int button) {
             if (button == 1) take_disk();
         }});
}

} // namespace heartflow::editor
