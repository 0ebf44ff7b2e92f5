// SVG to PNG with librsvg and a cairo image surface (no display needed).
#include "heartflow/export_png.h"

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <cmath>
#include <memory>

namespace heartflow {

namespace {

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

struct HandleDeleter {
    void operator()(RsvgHandle* h) const { g_object_unref(h); }
};
struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextDeleter {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
};

std::string take_message(GError* error, const char* fallback) {
    std::string message = error ? error->message : fallback;
    if (error) g_error_free(error);
    return message;
}

} // namespace

PngImage render_svg_to_png(std::string_view svg, double dpi) {
    PngImage image;
    GError* error = nullptr;
    std::unique_ptr<RsvgHandle, HandleDeleter> handle(
        rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error));
    if (!handle) {
        image.error = "the SVG could not be read: " + take_message(error, "unknown error");
        return image;
    }
    rsvg_handle_set_dpi(handle.get(), dpi);
    double w = 0, h = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &w, &h) || w <= 0 || h <= 0) {
        image.error = "the SVG has no size";
        return image;
    }
    image.width = static_cast<int>(std::ceil(w));
    image.height = static_cast<int>(std::ceil(h));
    if (image.width > kMaxPngSide || image.height > kMaxPngSide) {
        image.error = "the chart is too large for one PNG (" + std::to_string(image.width) + " x " +
                      std::to_string(image.height) +
                      " pixels); use --page a4 (with --tiles to split it)";
        return image;
    }
    std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface(
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, image.width, image.height));
    std::unique_ptr<cairo_t, ContextDeleter> cr(cairo_create(surface.get()));
    cairo_set_source_rgb(cr.get(), 1, 1, 1);
    cairo_paint(cr.get());
    RsvgRectangle viewport{0, 0, w, h};
    if (!rsvg_handle_render_document(handle.get(), cr.get(), &viewport, &error)) {
        image.error = "the SVG could not be drawn: " + take_message(error, "unknown error");
        return image;
    }
    cairo_surface_flush(surface.get());
    if (cairo_surface_write_to_png_stream(surface.get(), append_bytes, &image.bytes) !=
        CAIRO_STATUS_SUCCESS) {
        image.bytes.clear();
        image.error = "the PNG could not be encoded";
    }
    return image;
}

} // namespace heartflow
