/* fetching.h: `threadtag URL` on screen before the thread arrives (ui/ only). */
#ifndef THREADTAG_UI_FETCHING_H
#define THREADTAG_UI_FETCHING_H

#include "threadtag/fetch.h"

struct ui_theme;

/* Fetches url with the screen already open: a "Fetching URL..." page whose
 * status line shows the progress, q or Ctrl-C stopping the fetch (nothing is
 * written or cached), ? showing the keys. A failure is shown on that screen
 * until a key is pressed, then on stderr once the screen is closed. Returns
 * the thread (the screen closed), or NULL with *rc: the fetch's exit code
 * (69 network, 65 bad data, 130 Ctrl-C), or 0 when q stopped it. */
tt_thread *ui_fetching_run(const char *url, const struct ui_theme *theme,
                           struct tt_fetch_result *res, int *rc);

#endif
