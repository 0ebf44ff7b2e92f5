// The help texts.
#include "help_text.h"

#include "window_program.h"

#include <heartflow/diagnostic.h>

namespace heartflow::cli {

std::string overview_help() {
    return R"(heartflow: walk through decision flowcharts that help people.

Usage: heartflow COMMAND [ARGS...]

Commands:
  play FILE      Work through a flow, in a window (or in the terminal with --tty)
  edit [FILE]    Build and change flows in the editor (a window)
  present FILE   Step through a flow live: a presenter console and an audience window
  check FILE...  Check flow files and print located errors and warnings
  walk FILE      Walk a flow with scripted choices and print the nodes entered
  test FILE...   Run the [[test]] tables of flow files
  fmt FILE...    Rewrite flow files in canonical form
  export FILE    Export a flow: dot, mermaid, svg, png, markdown, ink, canvas or html
  import FILE    Make a flow from Mermaid, Twee 3 (Twine) or JSON Canvas
  strings FILE   Write the flow's words as a gettext PO template, for translators
  help [CMD]     Show this help, or the help of one command ("help codes" lists error codes)

Options:
  -h, --help     Show this help
  --version      Print the version

Flow files are TOML; see docs/flow-format.md. Exit codes: 0 success, 1 errors in the
input or failed tests, 2 a wrong command line.
)";
}

namespace {

std::string codes_help() {
    std::string out = "Diagnostic codes (see docs/flow-format.md for what to do about each):\n\n";
    for (const DiagnosticDescriptor& d : diagnostic_table()) {
        out += "  " + code_label(d.code) + "  " +
               std::string(d.severity == Severity::error ? "error  " : "warning") + "  " +
               std::string(d.name) + "\n          " + std::string(d.summary) + "\n";
    }
    return out;
}

std::string play_help() {
    std::string out = R"(Usage: heartflow play [FILE] [--tty] [options]

Work through a flow one step at a time. Opens a window when a display is available;
otherwise (or with --tty) plays in the terminal. With no FILE it offers the flows installed
with heartflow, each with what it is for and how long it takes.

In the terminal: type a choice's number (or its label, in any case) and press Enter.
  b  go back one step     r  start again     q  save your place and quit
  t  save a transcript    h  get help now: your help lines first (s adds one there)
At a writing step, type your words and finish with an empty line. A 0-10 check-in is
offered at the start and the end (Enter skips it). Your place, words and check-ins are
kept like the window's (in $XDG_DATA_HOME/heartflow, owner-only), so a walk begun in
one can be continued in the other: the next run offers to continue.
When standard input is not a terminal, one line is read per step (a number, a label,
or the words for a writing step), and breathing is shown without waiting.

Options:
  --tty          Play in the terminal even when a display is available
  --fresh        Start at the beginning without offering to continue
  --lang LANG    Play the translation FLOW.LANG.po beside the flow (el, de, pt_BR...);
                 without it the locale chooses (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
)";
    out += window_help("play");
    return out;
}

std::string edit_help() {
    std::string out = R"(Usage: heartflow edit [FILE] [options]

Opens the flow editor: a canvas of the flow's nodes and links, an inspector of the selected
node, the problems the checker finds as you edit, and a player beside the canvas (F5 plays
from the selected node). FILE need not exist yet: the editor then starts a new flow that is
written there when you save. Without FILE it offers templates, Open and recent files.

Work is never lost: unsaved changes are copied every few seconds to
$XDG_DATA_HOME/heartflow/recovery (owner-only), and offered back after a crash.
Saving changes only the lines your edits are about: comments, blank lines, key order and
quoting stay as you wrote them, and an unedited file is saved byte for byte.
Press F1 in the editor for every shortcut; docs/editor.md explains it all.
)";
    out += window_help("edit");
    return out;
}

std::string present_help() {
    std::string out = R"(Usage: heartflow present FILE [options]

Step through a flow live on a podcast or stream. Two windows over one walk: a presenter
console (the node, your `notes`, the numbered choices and where each leads, the show timer,
the chart with the path lit) and a clean audience window in large type for OBS to capture.
Each window can go full screen on its own monitor (F11 in that window).
The show timer starts with the first step (Shift+S restarts it to match the recording); every
step is written as a line of show notes ("06:40 Naming the feeling"), each walk under its own
heading, to --show-notes FILE, kept up to date as you go.
A tour (T) shows every node in turn on the chart. See docs/present-mode.md.
)";
    out += window_help("present");
    return out;
}

} // namespace

std::optional<std::string> command_help(std::string_view command) {
    if (command == "play") return play_help();
    if (command == "edit") return edit_help();
    if (command == "present") return present_help();
    if (command == "check")
        return R"(Usage: heartflow check FILE...

Reads each flow file and prints every problem as
  path:line:col: error: message [HF0302]
(warnings likewise), then a summary line. Exit 0 when no file has errors (warnings are
allowed), 1 when any file has errors, 2 on a wrong command line.
Each translation FLOW.LANG.po beside a flow is checked too: entries that do not parse or
whose {placeholders} differ from the flow's (errors), strings with no translation and
translations of words the flow no longer has (warnings), and how much it translates.
"heartflow help codes" lists every code.
)";
    if (command == "walk")
        return R"(Usage: heartflow walk FILE --choose N,N,... [--rate STEP=N,...] [--pick STEP=N+N,...]

Walks the flow from its start, taking the given choices in turn, and prints the id of
every node entered (the start and routes passed included), one per line. Choices are 1-based numbers among
the choices shown at each step; at a step with a single Continue, 1 is Continue.
A scale or pick step is a Continue: its answer comes from --rate or --pick (none: unanswered).
Exit 1 with a message when a choice is out of range or the walk goes past an ending.

Options:
  --choose LIST  Comma-separated choice numbers (may be empty: just the start)
  --rate LIST    Ratings at scale steps, e.g. how_big=7,after=3
  --pick LIST    Options picked at pick steps by number, e.g. two_way=1+3 (two_way= for none)
)";
    if (command == "test")
        return R"(Usage: heartflow test FILE...

Runs every [[test]] table of each flow file: walks its choices from the start and checks
the node it reaches (and the variables, when it names them). Prints each failure with
its location and ends with the line "N passed, N failed". Exit 1 on any failure.
)";
    if (command == "fmt")
        return R"(Usage: heartflow fmt FILE... [--check]

Rewrites each file in canonical form (fixed table and key order, spacing, indentation, blank
lines between tables, string style; the same meaning), safely: the new text is checked to load
back to the same flow, then replaces the file atomically. Every comment is kept with what it
describes. Files with errors or unknown keys are left alone. Running it twice changes nothing.

Options:
  --check          Change nothing; exit 1 if any file is not in canonical form
)";
    if (command == "export")
        return R"(Usage: heartflow export FILE --to FORMAT [-o OUT] [options]

Writes the flow in another format, to OUT (atomically) or to standard output. The flow
must have no errors. Formats:
  dot       Graphviz; render with: dot -Tsvg OUT > chart.svg
  mermaid   A Mermaid flowchart, for wikis, GitHub and show notes
  svg       The chart, drawn with heartflow's own layout (the editor's auto-layout)
  png       The same chart as an image (needs -o)
  markdown  A printable handout: numbered steps whose choices link to each other
  ink       An ink story (inkle), playable by ink's runtime; conditions and effects kept
  canvas    JSON Canvas 1.0, for Obsidian and other canvas tools
  html      One self-contained page that plays the flow in any browser, offline, with
            "Get help now" always in view and the help lines first on every help step

Options:
  --to FORMAT      The format (required)
  -o, --output OUT The file to write; tiles add -1, -2... before the extension
  --page SIZE      svg/png: fit the chart on one a4 or letter sheet
  --tiles          svg/png with --page: split the chart over sheets at a readable size
  --dpi N          png: resolution (default 96, or 150 with --page)
  --notes          markdown: include each step's author notes (for show notes)
  --resources FILE html: help lines shown first on every help step, before the flow's
                   help_lines: one a line, # starts a comment (like crisis-resources.txt)
  --lang LANG      Export the flow in the translation FLOW.LANG.po beside it
See docs/export-import.md for what each format keeps.
)";
    if (command == "import")
        return R"(Usage: heartflow import FILE [--from FORMAT] [-o OUT.toml] [--force]

Makes a flow from a file drawn or written elsewhere, and writes it as flow TOML (to OUT,
checked and atomically, or to standard output). What cannot be mapped is reported as
  path:line:col: warning: ... [HF0702]
with lines and columns in FILE; on errors nothing is written.
  mermaid   A Mermaid flowchart: nodes become steps, edge labels become choice labels
  twee      Twee 3 (Twine): passages become steps, links become choices
  canvas    JSON Canvas 1.0: text nodes become steps, edges become choices

Options:
  --from FORMAT    mermaid, twee or canvas (default: from the extension .mmd .twee .tw
                   .canvas, else from the content)
  -o, --output OUT The flow file to write
  --force          Replace OUT if it exists
See docs/export-import.md for the mapping and its limits.
)";
    if (command == "strings")
        return R"(Usage: heartflow strings FILE [--to po] [-o OUT.pot]

Writes every string of the flow a person reads (its title, description, summary and help
lines; each step's title, text, placeholder and choice labels) as a gettext PO template, to
OUT (atomically) or to standard output. Each entry's msgctxt is a stable id, "step_id.field"
("welcome.text", "welcome.choice.breathe" for the choice that leads to breathe), the step's
notes are translator comments (#.) and #: points at the line in FILE.
Translate it with Poedit, Weblate or any PO editor, or start one with
  msginit -i FLOW.pot -l el -o FLOW.el.po
and keep FLOW.el.po beside FLOW.toml: "play --lang el" (or a Greek locale) and
"export --lang el" use it, and "check FILE" reports what it lacks or holds stale.
After the flow changes: heartflow strings FILE -o FLOW.pot; msgmerge -U FLOW.el.po FLOW.pot.

Options:
  --to po          The format (po, the only one; the default)
  -o, --output OUT The template to write
See docs/translations.md.
)";
    if (command == "help") return overview_help();
    if (command == "codes") return codes_help();
    return std::nullopt;
}

} // namespace heartflow::cli
