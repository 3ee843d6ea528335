/* news: the comments an update added since the thread was last opened, and the update key. */
#include <string.h>

#include "app.h"

int ui_news_is_new(const struct view *v, const tt_comment *c)
{
	/* Both are UTC in one ISO 8601 shape, so text order is time order. */
	return v->since && c->added && strcmp(c->added, v->since) > 0;
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
		v->want_update = 1; /* ui_main.c fetches, merges and opens the result */
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
