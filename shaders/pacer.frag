#version 330 core
// The breathing pacer: a soft disc that grows with the in-breath and shrinks with the
// out-breath, inside a faint ring that shows the size of a full breath.
in vec2 v_uv;
out vec4 frag_colour;

uniform vec2 u_centre;       // disc centre, framebuffer pixels (origin bottom left)
uniform float u_max_radius;  // radius of a full breath, pixels
uniform float u_fill;        // 0 = empty, 1 = full
uniform vec4 u_colour;       // disc colour

void main() {
    float d = length(gl_FragCoord.xy - u_centre);
    float radius = u_max_radius * (0.35 + 0.65 * clamp(u_fill, 0.0, 1.0));
    float edge = max(u_max_radius * 0.04, 1.5);
    float disc = 1.0 - smoothstep(radius - edge, radius + edge, d);
    float halo = exp(-pow(max(d - radius, 0.0) / (u_max_radius * 0.18), 2.0)) * 0.35;
    float ring = (1.0 - smoothstep(0.0, 2.0, abs(d - u_max_radius))) * 0.35;
    float alpha = clamp(disc * 0.55 + halo * (1.0 - disc) + ring, 0.0, 1.0) * u_colour.a;
    frag_colour = vec4(u_colour.rgb, alpha);
}
