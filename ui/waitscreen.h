/* waitscreen.h: the screen shown while a thread is on its way (fetching.c, loading.c; ui/ only). */
#ifndef THREADTAG_UI_WAITSCREEN_H
#define THREADTAG_UI_WAITSCREEN_H

#include "view.h"

struct ui_theme;

/* Keys kept while a thread loads, at most. */
#define UI_WAIT_KEYS 256

/* A screen of the viewer's own panes, status line and help, over a page (a
 * thread made for the wait) while the real thread is fetched or loaded. */
struct wait_screen {
	struct view v;
	tt_thread *page;
	SCREEN *sc;
	int quit;          /* q pressed: stop, and end without a message */
	double last_draw;  /* keys are read and the screen drawn at most so often */
	const char *label; /* the status line's right side (ui_wait_label) */
	/* keep_keys (loading.c): keys other than q, ? and a resize wait here, in
	 * order, for the thread; past UI_WAIT_KEYS they are counted in dropped. */
	int keep_keys;
	ui_key keys[UI_WAIT_KEYS];
	size_t nkeys, dropped;
	/* Called when keys were read, before the screen is drawn (or NULL). */
	void (*on_keys)(struct wait_screen *W);
	/* Called once when q is pressed, to stop the work under way. */
	void (*on_quit)(struct wait_screen *W);
};

/* Opens the terminal with theme's colours. 0, or a message and 69. */
int ui_wait_open(struct wait_screen *W, const struct ui_theme *theme);
/* A page of no comments: title, url (or NULL), paragraphs (NULL-terminated).
 * Caller frees it with tt_thread_free, or gives it to ui_wait_show. */
tt_thread *ui_wait_page(const char *title, const char *url, const char *const *paras);
/* Shows page p (taken: freed by the next show or by ui_wait_close), msg in
 * the status line; comments (zoom 0) shows the comments pane beside the
 * article, else the article alone. Draws at once. */
void ui_wait_show(struct wait_screen *W, tt_thread *p, int comments, const char *msg, int error);
/* The word on the right of the status line while waiting (FETCHING...). */
void ui_wait_label(struct wait_screen *W, const char *label);
/* Sets the status line's text (a printf format). */
void ui_wait_status(struct wait_screen *W, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* From a progress hook: when 50 ms have passed since the last time, reads the
 * keys (q stops through on_quit and forgets the kept keys, ? opens the keys,
 * a resize lays out; others are kept when keep_keys, else dropped) and draws. Returns 1 when it drew, 0 when it was too soon. */
int ui_wait_poll(struct wait_screen *W);
/* Ends the screen; the terminal is as it was. */
void ui_wait_close(struct wait_screen *W);

#endif
