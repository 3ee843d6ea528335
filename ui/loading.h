/* loading.h: a big thread file on screen before its load finishes (ui/ only). */
#ifndef THREADTAG_UI_LOADING_H
#define THREADTAG_UI_LOADING_H

#include "actions.h"
#include "threadtag/thread.h"

struct ui_theme;

/* Files from this size on open on the loading screen (when on a terminal). */
#define UI_LOADING_MIN_BYTES (4L << 20)

/* Whether path should open on the loading screen: a regular file of at least
 * UI_LOADING_MIN_BYTES, standard input and output a terminal. */
int ui_loading_wanted(const char *path);
/* Opens path as tt_open_any does with the screen already open: a page with
 * the article's title and the first comments as they are read, and a progress
 * line (comments, MB of MB, percent, keys waiting). q or Ctrl-C stops the load
 * (nothing is written, the keys kept are dropped), ? shows the keys, other
 * keys are kept in order (at most UI_WAIT_KEYS) for the viewer to carry out
 * (view.replay). Returns the thread (the screen closed) and the kept keys in
 * *keys (malloc'd, *nkeys of them, NULL when none), or NULL with *rc: 0 when
 * q stopped it, 130 for Ctrl-C, else the exit code of the failure, whose
 * message is on stderr. */
tt_thread *ui_loading_run(const char *path, const struct ui_theme *theme, int *rc, ui_key **keys,
                          size_t *nkeys);

#endif
