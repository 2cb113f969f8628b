#include "cpoppler.h"

#include <poppler.h>
#include <cairo.h>
#include <leptonica/allheaders.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vanthu_pdf {
    PopplerDocument *document;
    int pages;
};

static void copy_message(char *message, size_t len, const char *text) {
    if (message == NULL || len == 0) return;
    snprintf(message, len, "%s", text ? text : "");
}

vanthu_pdf *vanthu_pdf_open(const char *path, vanthu_pdf_status *status, char *message, size_t message_len) {
    GError *error = NULL;
    gchar *uri = g_filename_to_uri(path, NULL, &error);
    if (uri == NULL) {
        *status = VANTHU_PDF_UNREADABLE;
        copy_message(message, message_len, error ? error->message : "bad path");
        if (error) g_error_free(error);
        return NULL;
    }
    PopplerDocument *doc = poppler_document_new_from_file(uri, NULL, &error);
    g_free(uri);
    if (doc == NULL) {
        if (error && error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED) {
            *status = VANTHU_PDF_ENCRYPTED;
        } else {
            *status = VANTHU_PDF_UNREADABLE;
        }
        copy_message(message, message_len, error ? error->message : "unknown poppler error");
        if (error) g_error_free(error);
        return NULL;
    }
    int pages = poppler_document_get_n_pages(doc);
    if (pages <= 0) {
        g_object_unref(doc);
        *status = VANTHU_PDF_NO_PAGES;
        copy_message(message, message_len, "the PDF has no pages");
        return NULL;
    }
    vanthu_pdf *pdf = calloc(1, sizeof(vanthu_pdf));
    if (pdf == NULL) {
        g_object_unref(doc);
        *status = VANTHU_PDF_UNREADABLE;
        copy_message(message, message_len, "out of memory");
        return NULL;
    }
    pdf->document = doc;
    pdf->pages = pages;
    *status = VANTHU_PDF_OK;
    return pdf;
}

int vanthu_pdf_page_count(const vanthu_pdf *pdf) { return pdf->pages; }

static PopplerPage *get_page(vanthu_pdf *pdf, int index) {
    if (index < 0 || index >= pdf->pages) return NULL;
    return poppler_document_get_page(pdf->document, index);
}

char *vanthu_pdf_page_text(vanthu_pdf *pdf, int index) {
    PopplerPage *page = get_page(pdf, index);
    if (page == NULL) return NULL;
    char *text = poppler_page_get_text(page);
    g_object_unref(page);
    if (text == NULL) return NULL;
    char *copy = strdup(text);
    g_free(text);
    return copy;
}

int vanthu_pdf_page_size(vanthu_pdf *pdf, int index, double *width_pt, double *height_pt) {
    PopplerPage *page = get_page(pdf, index);
    if (page == NULL) return -1;
    poppler_page_get_size(page, width_pt, height_pt);
    g_object_unref(page);
    return 0;
}

/* Finds the mapping of the image with the largest area on the page. */
static int largest_image(PopplerPage *page, PopplerRectangle *area) {
    GList *mapping = poppler_page_get_image_mapping(page);
    int best = -1;
    double best_area = 0;
    for (GList *item = mapping; item != NULL; item = item->next) {
        PopplerImageMapping *m = item->data;
        double a = (m->area.x2 - m->area.x1) * (m->area.y2 - m->area.y1);
        if (a < 0) a = -a;
        if (a > best_area) {
            best_area = a;
            best = m->image_id;
            *area = m->area;
        }
    }
    poppler_page_free_image_mapping(mapping);
    return best;
}

/* Copies a cairo ARGB32/RGB24 surface into a new 32 bpp Pix (leptonica words are 0xRRGGBBAA),
   compositing any transparency onto white. */
static struct Pix *pix_from_surface(cairo_surface_t *surface) {
    cairo_surface_flush(surface);
    cairo_format_t format = cairo_image_surface_get_format(surface);
    if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24) return NULL;
    int w = cairo_image_surface_get_width(surface);
    int h = cairo_image_surface_get_height(surface);
    int stride = cairo_image_surface_get_stride(surface);
    const unsigned char *data = cairo_image_surface_get_data(surface);
    if (data == NULL || w <= 0 || h <= 0) return NULL;
    PIX *pix = pixCreate(w, h, 32);
    if (pix == NULL) return NULL;
    l_uint32 *dest = pixGetData(pix);
    int wpl = pixGetWpl(pix);
    for (int y = 0; y < h; y++) {
        const uint32_t *row = (const uint32_t *)(data + (size_t)y * stride);
        l_uint32 *out = dest + (size_t)y * wpl;
        for (int x = 0; x < w; x++) {
            uint32_t argb = row[x];
            uint32_t a = (format == CAIRO_FORMAT_ARGB32) ? (argb >> 24) & 0xff : 0xff;
            uint32_t r = (argb >> 16) & 0xff, g = (argb >> 8) & 0xff, b = argb & 0xff;
            if (a != 0xff) { /* premultiplied: composite onto white */
                r = r + (255 - a); g = g + (255 - a); b = b + (255 - a);
                if (r > 255) r = 255;
                if (g > 255) g = 255;
                if (b > 255) b = 255;
            }
            out[x] = (r << 24) | (g << 16) | (b << 8) | 0xff;
        }
    }
    return pix;
}

double vanthu_pdf_page_image_coverage(vanthu_pdf *pdf, int index) {
    PopplerPage *page = get_page(pdf, index);
    if (page == NULL) return 0;
    PopplerRectangle area;
    int id = largest_image(page, &area);
    double pw = 0, ph = 0;
    poppler_page_get_size(page, &pw, &ph);
    g_object_unref(page);
    if (id < 0 || pw <= 0 || ph <= 0) return 0;
    double covered = (area.x2 - area.x1) * (area.y2 - area.y1);
    if (covered < 0) covered = -covered;
    return covered / (pw * ph);
}

struct Pix *vanthu_pdf_extract_main_image(vanthu_pdf *pdf, int index) {
    PopplerPage *page = get_page(pdf, index);
    if (page == NULL) return NULL;
    PopplerRectangle area;
    int id = largest_image(page, &area);
    if (id < 0) { g_object_unref(page); return NULL; }
    cairo_surface_t *surface = poppler_page_get_image(page, id);
    g_object_unref(page);
    if (surface == NULL) return NULL;
    struct Pix *pix = pix_from_surface(surface);
    cairo_surface_destroy(surface);
    return pix;
}

struct Pix *vanthu_pdf_render_page(vanthu_pdf *pdf, int index, double dpi, double max_pixels) {
    double pw = 0, ph = 0;
    if (vanthu_pdf_page_size(pdf, index, &pw, &ph) != 0) return NULL;
    double w = pw * dpi / 72.0, h = ph * dpi / 72.0;
    if (w < 1 || h < 1 || w * h > max_pixels) return NULL;
    return vanthu_pdf_render_area(pdf, index, 0, 0, pw, ph, dpi);
}

static gint compare_lines(gconstpointer a, gconstpointer b) {
    const char *x = strchr(*(const char *const *)a, '\t');
    const char *y = strchr(*(const char *const *)b, '\t');
    return g_strcmp0(x, y);
}

char *vanthu_pdf_page_signatures(vanthu_pdf *pdf, int index) {
    PopplerPage *page = get_page(pdf, index);
    if (page == NULL) return NULL;
    GList *fields = poppler_page_get_form_field_mapping(page);
    GPtrArray *lines = g_ptr_array_new_with_free_func(g_free);
    GTimeZone *vietnam = g_time_zone_new_offset(7 * 3600);
    for (GList *item = fields; item != NULL; item = item->next) {
        PopplerFormFieldMapping *m = item->data;
        if (poppler_form_field_get_field_type(m->field) != POPPLER_FORM_FIELD_SIGNATURE) continue;
        GError *error = NULL;
        PopplerSignatureInfo *info = poppler_form_field_signature_validate_sync(
            m->field, POPPLER_SIGNATURE_VALIDATION_FLAG_WITHOUT_OCSP_REVOCATION_CHECK, NULL, &error);
        if (info == NULL) {
            if (error) g_error_free(error);
            continue;
        }
        const char *signer = poppler_signature_info_get_signer_name(info);
        GDateTime *time = poppler_signature_info_get_local_signing_time(info);
        gchar *iso = NULL;
        if (time != NULL) {
            GDateTime *local = g_date_time_to_timezone(time, vietnam);
            iso = g_date_time_format(local, "%Y-%m-%dT%H:%M:%S+07:00");
            g_date_time_unref(local);
        }
        g_ptr_array_add(lines, g_strdup_printf("%s\t%s", signer ? signer : "", iso ? iso : ""));
        g_free(iso);
        poppler_signature_info_free(info);
    }
    g_time_zone_unref(vietnam);
    poppler_page_free_form_field_mapping(fields);
    g_object_unref(page);
    if (lines->len == 0) {
        g_ptr_array_free(lines, TRUE);
        return NULL;
    }
    g_ptr_array_sort(lines, compare_lines);
    GString *joined = g_string_new(NULL);
    for (guint i = 0; i < lines->len; i++) {
        g_string_append(joined, g_ptr_array_index(lines, i));
        g_string_append_c(joined, '\n');
    }
    g_ptr_array_free(lines, TRUE);
    char *result = strdup(joined->str);
    g_string_free(joined, TRUE);
    return result;
}

long vanthu_pdf_page_glyphs(vanthu_pdf *pdf, int index, char **text, double **rects) {
    *text = NULL;
    *rects = NULL;
    PopplerPage *page = get_page(pdf, index);
    if (page == NULL) return -1;
    char *raw = poppler_page_get_text(page);
    PopplerRectangle *layout = NULL;
    guint count = 0;
    gboolean ok = poppler_page_get_text_layout(page, &layout, &count);
    g_object_unref(page);
    long length = raw ? g_utf8_strlen(raw, -1) : 0;
    if (raw == NULL || !ok || (long)count != length) {
        g_free(raw);
        g_free(layout);
        return -1;
    }
    double *out = malloc(sizeof(double) * 4 * (count ? count : 1));
    if (out == NULL) {
        g_free(raw);
        g_free(layout);
        return -1;
    }
    for (guint i = 0; i < count; i++) {
        out[4 * i] = layout[i].x1;
        out[4 * i + 1] = layout[i].y1;
        out[4 * i + 2] = layout[i].x2;
        out[4 * i + 3] = layout[i].y2;
    }
    *text = strdup(raw);
    *rects = out;
    g_free(raw);
    g_free(layout);
    return (long)count;
}

int vanthu_pdf_page_widgets(vanthu_pdf *pdf, int index, double **rects) {
    *rects = NULL;
    PopplerPage *page = get_page(pdf, index);
    if (page == NULL) return 0;
    double pw = 0, ph = 0;
    poppler_page_get_size(page, &pw, &ph);
    GList *fields = poppler_page_get_form_field_mapping(page);
    int n = 0;
    for (GList *item = fields; item != NULL; item = item->next) n++;
    double *out = n ? malloc(sizeof(double) * 4 * n) : NULL;
    int count = 0;
    for (GList *item = fields; item != NULL && out != NULL; item = item->next) {
        PopplerFormFieldMapping *m = item->data;
        if (poppler_form_field_get_field_type(m->field) != POPPLER_FORM_FIELD_SIGNATURE) continue;
        double x1 = m->area.x1 < m->area.x2 ? m->area.x1 : m->area.x2;
        double x2 = m->area.x1 < m->area.x2 ? m->area.x2 : m->area.x1;
        double y1 = m->area.y1 < m->area.y2 ? m->area.y1 : m->area.y2;
        double y2 = m->area.y1 < m->area.y2 ? m->area.y2 : m->area.y1;
        out[4 * count] = x1;
        out[4 * count + 1] = ph - y2;
        out[4 * count + 2] = x2;
        out[4 * count + 3] = ph - y1;
        count++;
    }
    poppler_page_free_form_field_mapping(fields);
    g_object_unref(page);
    if (count == 0) {
        free(out);
        return 0;
    }
    *rects = out;
    return count;
}

/* Renders an area of the page, with its annotations, onto a white RGB24 surface. */
static cairo_surface_t *render_area_surface(PopplerPage *page, double x, double y, int w, int h, double scale) {
    cairo_surface_t *surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface);
        return NULL;
    }
    cairo_t *cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    cairo_translate(cr, -x, -y);
    poppler_page_render(page, cr);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    return surface;
}

struct Pix *vanthu_pdf_render_area(vanthu_pdf *pdf, int index, double x, double y, double width, double height, double dpi) {
    if (width <= 0 || height <= 0 || width * height * dpi * dpi / (72.0 * 72.0) > 150e6) return NULL;
    PopplerPage *page = get_page(pdf, index);
    if (page == NULL) return NULL;
    double scale = dpi / 72.0;
    cairo_surface_t *surface = render_area_surface(page, x, y, (int)(width * scale + 0.5), (int)(height * scale + 0.5), scale);
    g_object_unref(page);
    if (surface == NULL) return NULL;
    struct Pix *pix = pix_from_surface(surface);
    cairo_surface_destroy(surface);
    if (pix) pixSetResolution(pix, (l_int32)(dpi + 0.5), (l_int32)(dpi + 0.5));
    return pix;
}

void vanthu_pdf_close(vanthu_pdf *pdf) {
    if (pdf == NULL) return;
    if (pdf->document) g_object_unref(pdf->document);
    free(pdf);
}

void vanthu_free(void *pointer) { free(pointer); }

char *vanthu_sha256_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) return NULL;
    GChecksum *checksum = g_checksum_new(G_CHECKSUM_SHA256);
    unsigned char buffer[1 << 16];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, file)) > 0) g_checksum_update(checksum, buffer, n);
    int failed = ferror(file);
    fclose(file);
    char *hex = failed ? NULL : strdup(g_checksum_get_string(checksum));
    g_checksum_free(checksum);
    return hex;
}
