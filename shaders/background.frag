#version 330 core
// The calm background: a soft vertical gradient with two slow, faint glows drifting over it
// (about a minute per cycle), and a touch of noise so the gradient never bands.
in vec2 v_uv;
out vec4 frag_colour;

uniform vec2 u_resolution;   // framebuffer size in pixels
uniform float u_time;        // seconds; frozen when motion is reduced
uniform vec3 u_top;          // gradient colour at the top
uniform vec3 u_bottom;       // gradient colour at the bottom
uniform vec4 u_glow;         // glow colour; alpha is its strength

float hash(vec2 p) {
    return fract(sin(dot(p, vec2(12.9898, 78.233))) * 43758.5453);
}

float glow(vec2 p, vec2 centre, float radius) {
    float d = length(p - centre) / radius;
    return exp(-d * d);
}

void main() {
    vec2 p = gl_FragCoord.xy / u_resolution;
    float aspect = u_resolution.x / max(u_resolution.y, 1.0);
    vec3 colour = mix(u_bottom, u_top, smoothstep(0.0, 1.0, p.y));
    vec2 q = vec2(p.x * aspect, p.y);
    float t = u_time * 0.1;
    vec2 a = vec2(aspect * (0.3 + 0.12 * sin(t * 0.7)), 0.7 + 0.08 * cos(t * 0.5));
    vec2 b = vec2(aspect * (0.72 + 0.1 * cos(t * 0.6)), 0.28 + 0.1 * sin(t * 0.4));
    float g = 0.6 * glow(q, a, 0.55) + 0.45 * glow(q, b, 0.45);
    colour = mix(colour, u_glow.rgb, clamp(g * u_glow.a, 0.0, 1.0));
    colour += (hash(gl_FragCoord.xy) - 0.5) / 255.0;
    frag_colour = vec4(colour, 1.0);
}
