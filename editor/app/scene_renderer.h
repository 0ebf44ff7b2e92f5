// Draws the player's scene under the interface: the calm background and the breathing pacer,
// each from a shader of shaders/ (built in; app/shader_source.h). A shader that fails falls back
// (flat colour; an ImGui-drawn disc) and the failure is logged once; the player never stops for it.
#pragma once

#include "app/shader_program.h"
#include "player/scene.h"

#include <memory>

namespace heartflow::app {

/// Owns the scene's shaders and the empty vertex array they draw with.
class SceneRenderer {
public:
    /// Compiles the shaders (app/shader_source.h). Precondition: a GL context is current.
    SceneRenderer();
    ~SceneRenderer();
    SceneRenderer(const SceneRenderer&) = delete;
    SceneRenderer& operator=(const SceneRenderer&) = delete;

    /// Adds what shaders could not draw to ImGui's background draw list (call before Render).
    void add_fallback_shapes(const player::Scene& scene) const;
    /// Draws the scene into the current framebuffer (`fb_*` in pixels); `seconds` drives motion.
    void draw(const player::Scene& scene, int fb_width, int fb_height, double seconds);

private:
    void draw_pacer(const player::PacerDraw& pacer, int fb_width, int fb_height) const;

    std::unique_ptr<ShaderProgram> background_;
    std::unique_ptr<ShaderProgram> pacer_;
    unsigned vertex_array_ = 0;
    double still_time_ = 0.0;
};

} // namespace heartflow::app
