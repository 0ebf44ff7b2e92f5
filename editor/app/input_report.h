// For tests that drive a window from outside (xdotool): when $HEARTFLOW_INPUT_REPORT names a
// file, the app keeps there how many key presses, typed characters and mouse button presses it
// has taken, and how many frames it has drawn, rewritten (atomically) at the end of each frame
// in which one changed. A test then waits for its input to be taken, and for the frames after
// it, instead of sleeping and hoping the machine was fast enough.
#pragma once

namespace heartflow::app {

/// Counts a key press (or repeat) the window received.
void count_key_press();
/// Counts a typed character the window received.
void count_typed_char();
/// Counts a mouse button press the window received.
void count_button_press();
/// At the end of a frame: counts the frame and writes the counts to the report file, if any.
void report_frame_done();

} // namespace heartflow::app
