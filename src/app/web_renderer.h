// Draws Dear ImGui's frames with WebGL2, without reading any GL state back.
//
// ImGui's own OpenGL3 backend saves and restores the context's state around every frame with
// ~20 glGetIntegerv/glIsEnabled/glIsProgram calls. In the browser some of those are answered
// by the GPU process, so each one waits for every command before it, the previous frame's
// drawing included: with a busy or software GPU a frame stalled for 100 ms and more on them.
// The page owns this context and nothing else draws in it, so there is nothing to save: this
// renderer sets the state it needs and only ever writes.
#pragma once

#include "imgui.h"

namespace hearth::app {

class WebRenderer {
 public:
  // Compiles the shaders and creates the buffers (the GL context must be current).
  bool init();
  // Uploads the font atlas as it is now (again after the fonts are rebuilt) and hands its
  // texture to ImGui.
  void upload_fonts();
  // Draws a frame; the canvas is left with the scissor test off, so the next clear clears it all.
  void render(const ImDrawData* draw_data);

 private:
  void set_state(const ImDrawData* d, int fb_width, int fb_height);
  unsigned program_ = 0, vao_ = 0, vbo_ = 0, ebo_ = 0, font_texture_ = 0;
  int projection_ = -1, texture_ = -1;
};

}  // namespace hearth::app
