// The scene's GL passes.
#include "app/scene_renderer.h"

#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace heartflow::app {

namespace {

std::unique_ptr<ShaderProgram> load(const char* fragment, const char* fallback) {
    std::optional<ShaderSource> vertex = load_shader("fullscreen.vert"),
                                pixels = load_shader(fragment);
    std::string log = "cannot read " + std::string(vertex ? fragment : "fullscreen.vert");
    std::unique_ptr<ShaderProgram> program;
    if (vertex && pixels) program = ShaderProgram::from_sources(*vertex, *pixels, log);
    if (!program)
        std::fprintf(stderr, "heartflow: shader failed, %s instead: %s\n", fallback, log.c_str());
    return program;
}

} // namespace

SceneRenderer::SceneRenderer()
    : background_(load("background.frag", "using a flat background colour")),
      pacer_(load("pacer.frag", "drawing a plain breathing circle")) {
    glGenVertexArrays(1, &vertex_array_);
}

SceneRenderer::~SceneRenderer() {
    glDeleteVertexArrays(1, &vertex_array_);
}

void SceneRenderer::add_fallback_shapes(const player::Scene& scene) const {
    if (pacer_ || !scene.pacer) return;
    player::add_pacer_shape(*ImGui::GetBackgroundDrawList(), *scene.pacer);
}

void SceneRenderer::draw(const player::Scene& scene, int fb_width, int fb_height, double seconds) {
    if (scene.animate) still_time_ = seconds;
    glBindVertexArray(vertex_array_);
    if (background_) {
        background_->use();
        glUniform2f(background_->uniform("u_resolution"), float(fb_width), float(fb_height));
        glUniform1f(background_->uniform("u_time"), float(still_time_));
        glUniform3f(background_->uniform("u_top"), scene.top.x, scene.top.y, scene.top.z);
        glUniform3f(background_->uniform("u_bottom"), scene.bottom.x, scene.bottom.y,
                    scene.bottom.z);
        glUniform4f(background_->uniform("u_glow"), scene.glow.x, scene.glow.y, scene.glow.z,
                    scene.glow.w);
        glDrawArrays(GL_TRIANGLES, 0, 3);
    }
    if (scene.pacer && pacer_) draw_pacer(*scene.pacer, fb_width, fb_height);
    glBindVertexArray(0);
    glUseProgram(0);
}

void SceneRenderer::draw_pacer(const player::PacerDraw& p, int fb_width, int fb_height) const {
    const ImVec2 s = ImGui::GetIO().DisplayFramebufferScale;
    int x0 = std::max(0, int(p.clip_min.x * s.x)), x1 = std::min(fb_width, int(p.clip_max.x * s.x));
    int y0 = std::max(0, int(fb_height - p.clip_max.y * s.y)),
        y1 = std::min(fb_height, int(fb_height - p.clip_min.y * s.y));
    if (x1 <= x0 || y1 <= y0) return;
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glEnable(GL_SCISSOR_TEST);
    glScissor(x0, y0, x1 - x0, y1 - y0);
    pacer_->use();
    glUniform2f(pacer_->uniform("u_centre"), p.center.x * s.x, fb_height - p.center.y * s.y);
    glUniform1f(pacer_->uniform("u_max_radius"), p.max_radius * s.x);
    glUniform1f(pacer_->uniform("u_fill"), p.fill);
    glUniform4f(pacer_->uniform("u_colour"), p.colour.x, p.colour.y, p.colour.z, p.colour.w);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
}

} // namespace heartflow::app
