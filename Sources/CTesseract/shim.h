#ifndef VANTHU_CTESSERACT_SHIM_H
#define VANTHU_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>

/* OpenMP runtime queries, from libgomp (which libtesseract links). Declared here so that Swift can
   check that the one-thread limit took effect without depending on a compiler's omp.h. */
extern int omp_get_thread_limit(void);
extern int omp_get_max_threads(void);

/* Leptonica's message severity levels are macros Swift cannot see as constants. */
static inline void vanthu_lept_silence(void) { setMsgSeverity(L_SEVERITY_NONE); }
#endif
