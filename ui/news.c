/* news: the comments an update added since the thread was last opened, and the update key. */
#include <string.h>

#include "app.h"
#include "threadtag/fetch.h"
#include "threadtag/text.h"

static void (*updater)(void *ctx);
static void *updater_ctx;

void ui_news_set_updater(void (*fn)(void *ctx), void *ctx)
{
	updater = fn;
	updater_ctx = ctx;
}

/* The fetch's progress line in the status line, kept out of the message log
 * (it changes many times a second). */
static void show_progress(void *ctx, const char *line)
{
	struct view *v = ctx;
	if (!line || !stdscr || isendwin()) /* NULL: a tick, nothing to show */
		return;
	snprintf(v->msg, sizeof v->msg, "%s", line);
	v->msg_error = 0;
	status_draw(v, stdscr);
	wrefresh(stdscr);
}

/* Fetches while the thread stays on screen, its progress in the status line. */
static void update_in_place(struct view *v)
{
	view_message(v, 0, "updating from %s (Ctrl-C stops)", tt_text_safe(v->t->source_url));
	if (stdscr && !isendwin()) {
		status_draw(v, stdscr);
		wrefresh(stdscr);
	}
	tt_fetch_progress_hook(show_progress, v);
	updater(updater_ctx);
	tt_fetch_progress_hook(NULL, NULL);
}

int ui_news_is_new(const struct view *v, const tt_comment *c)
{
	/* Both are UTC in one ISO 8601 shape, so text order is time order. */
	const char *added = v->since ? tt_comment_added(v->t, c) : NULL;
	return added && strcmp(added, v->since) > 0;
}

/* The next new comment after the selection, wrapping; NULL when none. */
static tt_comment *next_new(const struct view *v)
{
	size_t n = v->t->ncomments, from = v->sel ? v->sel->index + 1 : 0;
	for (size_t k = 0; k < n; k++) {
		tt_comment *c = v->t->order[(from + k) % n];
		if (ui_news_is_new(v, c))
			return c;
	}
	return NULL;
}

int ui_news_key(struct view *v, enum action a)
{
	if (a == ACT_UPDATE) {
		if (!v->t->source_url) {
			view_message(v, 1, "not fetched from an address: nothing to update from");
			return RD_STATUS;
		}
		v->want_update = 1; /* ui_main.c merges, saves and opens the result */
		if (updater)
			update_in_place(v);
		return RD_QUIT;
	}
	tt_comment *c = next_new(v);
	if (!c) {
		view_message(v, 0, "no comment is new since the thread was last opened");
		return RD_STATUS;
	}
	view_select(v, c);
	return RD_ALL;
}
