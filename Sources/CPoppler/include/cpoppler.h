#ifndef VANTHU_CPOPPLER_H
#define VANTHU_CPOPPLER_H
/*
 * A small, glib-free C face of poppler-glib for the OCR stage: open a PDF, count its pages, read a
 * page's text layer, and turn a page into a leptonica image (the embedded scan when the page is one
 * large image, otherwise a rendering). Swift never sees glib or cairo types.
 */
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct Pix;

/** An open PDF document. Not thread-safe: use one per thread. */
typedef struct vanthu_pdf vanthu_pdf;

/** Why a PDF could not be opened. */
typedef enum {
    VANTHU_PDF_OK = 0,
    VANTHU_PDF_UNREADABLE = 1,   /* not a PDF, or damaged beyond repair */
    VANTHU_PDF_ENCRYPTED = 2,    /* needs a password */
    VANTHU_PDF_NO_PAGES = 3      /* a valid PDF without a single page */
} vanthu_pdf_status;

/** Opens the PDF at `path`. On failure returns NULL, sets `*status`, and writes poppler's reason
    into `message` (NUL-terminated, at most `message_len` bytes). */
vanthu_pdf *vanthu_pdf_open(const char *path, vanthu_pdf_status *status, char *message, size_t message_len);

/** Number of pages (at least 1 for an opened document). */
int vanthu_pdf_page_count(const vanthu_pdf *pdf);

/** The page's text layer as UTF-8 (malloc'd; release with vanthu_free), or NULL. `index` is 0-based. */
char *vanthu_pdf_page_text(vanthu_pdf *pdf, int index);

/** Page size in PostScript points. Returns 0 on success. */
int vanthu_pdf_page_size(vanthu_pdf *pdf, int index, double *width_pt, double *height_pt);

/** The share of the page (0...1) covered by the largest image drawn on it, from the page's image
    mapping alone: nothing is decoded. Near 1 on a scanned page. */
double vanthu_pdf_page_image_coverage(vanthu_pdf *pdf, int index);

/** The page's main image at its own resolution, as a 32 bpp leptonica image, or NULL. Only use it
    when vanthu_pdf_page_image_coverage is near 1 (a scanned page). */
struct Pix *vanthu_pdf_extract_main_image(vanthu_pdf *pdf, int index);

/** Renders the page at `dpi` onto white, as a 32 bpp leptonica image, or NULL. Refuses (NULL) when
    the result would exceed `max_pixels`. */
struct Pix *vanthu_pdf_render_page(vanthu_pdf *pdf, int index, double dpi, double max_pixels);

/** The digital signatures whose widgets sit on the page, one per line as "SIGNER<TAB>TIME", TIME
    in ISO 8601 at Vietnam's +07:00 offset, sorted by time (malloc'd; release with vanthu_free), or
    NULL when the page carries none. Certificates are not checked and nothing is fetched. */
char *vanthu_pdf_page_signatures(vanthu_pdf *pdf, int index);

/** The page's text layer with one rectangle per character (Unicode scalar) of it, in points from
    the page's top-left corner: `rects` holds x1, y1, x2, y2 per character. Both are malloc'd
    (release with vanthu_free). Returns the character count, or -1 when the layout does not match
    the text. */
long vanthu_pdf_page_glyphs(vanthu_pdf *pdf, int index, char **text, double **rects);

/** Rectangles (x1, y1, x2, y2 in points from the top-left corner, malloc'd) of the signature
    widgets on the page: e-office systems stamp the seal, the number and the day as such widgets.
    Returns their count (0 when none). */
int vanthu_pdf_page_widgets(vanthu_pdf *pdf, int index, double **rects);

/** Renders one area of the page (points from the top-left corner) at `dpi` onto white, with its
    annotations and signature widgets, as a 32 bpp leptonica image, or NULL. */
struct Pix *vanthu_pdf_render_area(vanthu_pdf *pdf, int index, double x, double y, double width, double height, double dpi);

/** Closes the document. */
void vanthu_pdf_close(vanthu_pdf *pdf);

/** Frees memory returned by this module. */
void vanthu_free(void *pointer);

/** SHA-256 of a file as 64 lowercase hex digits (malloc'd), streaming; NULL when unreadable. */
char *vanthu_sha256_file(const char *path);

#ifdef __cplusplus
}
#endif
#endif
