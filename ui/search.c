/* search: finding comments by body or author, forward or back, wrapping around. */
#include "view.h"

#include <stdlib.h>
#include <string.h>

#include "threadtag/search.h"

static int shown(void *arg, size_t i)
{
	struct view *v = arg;
	return nav_shown(v, v->t->order[i]);
}

/* The next matching comment after (or before) the selection, in preorder over the
 * whole thread (folded replies included); NULL when none. *wrapped says whether
 * the search went past an end. The folded text is built on the first search. */
static tt_comment *find(struct view *v, const char *pat, int backward, int *wrapped)
{
	size_t i;

	search_start(v);
	i = tt_search_find(v->search, pat, v->sel ? v->sel->index : 0, backward,
	                   v->limited ? shown : NULL, v, wrapped);
	return i == TT_SEARCH_NONE ? NULL : v->t->order[i];
}

void search_start(struct view *v)
{
	if (!v->search)
		v->search = tt_search_new(v->t);
	if (v->search_async)
		tt_search_start(v->search);
}

/* 1 (and the status line says how far) while the folded text is being built
 * for pat: the search then waits in the background, keys stay live. */
static int indexing(struct view *v, const char *pat)
{
	search_start(v);
	if (tt_search_ready(v->search, pat))
		return 0;
	view_message(v, 0, "indexing %d%% for \"%s\" (Esc cancels)",
	             tt_search_progress(v->search), pat);
	return 1;
}

/* The first key bound to a, for prompts and messages that name it. */
static void first_key(enum action a, char *out, size_t size)
{
	ui_keymap_keys(a, out, size);
	out[strcspn(out, " ")] = 0;
}

const char *search_prompt(int backward)
{
	static char key[32];

	first_key(backward ? ACT_SEARCH_BACK : ACT_SEARCH, key, sizeof key);
	return key;
}

/* Selects c and makes the hit visible: the comment and its ancestors expanded,
 * the matched line scrolled into the pane. */
static void show_hit(struct view *v, tt_comment *c)
{
	int line = comments_hit_line(v, c, v->pattern), rows = comments_rows(v), h;

	if (line > 0 && view_collapsed(v, c))
		view_set_collapsed(v, c, 0);
	view_select(v, c);
	h = comments_height(v, c);
	if (h <= rows)
		return;
	v->top = c;
	v->top_off = line - rows / 3;
	if (v->top_off > h - rows)
		v->top_off = h - rows;
	if (v->top_off < 0)
		v->top_off = 0;
}

static int go(struct view *v, int backward)
{
	char next[32], prev[32];
	int wrapped;
	tt_comment *c;

	if (indexing(v, v->pattern)) {
		v->search_pending = 1;
		return RD_STATUS;
	}
	v->search_pending = 0;
	c = find(v, v->pattern, backward, &wrapped);

	if (!c) {
		view_message(v, 1, "No match for \"%s\".", v->pattern);
		return RD_ALL;
	}
	if (c == v->sel)
		view_message(v, 0, "Only this comment matches \"%s\".", v->pattern);
	else {
		first_key(ACT_SEARCH_NEXT, next, sizeof next);
		first_key(ACT_SEARCH_PREV, prev, sizeof prev);
		view_message(v, 0, "%s%s  (%s%s next, %s previous)", search_prompt(v->search_back),
		             v->pattern, wrapped ? "wrapped around; " : "", next, prev);
	}
	show_hit(v, c);
	v->focus = PANE_COMMENTS;
	return RD_ALL | RD_LAYOUT;
}

int search_run(struct view *v, const char *pattern, int backward)
{
	if (!pattern || !*pattern) {
		if (!v->pattern)
			return RD_STATUS;
	} else {
		free(v->pattern);
		v->pattern = tt_xstrdup(pattern);
	}
	v->search_back = backward;
	if (!v->t->ncomments) {
		view_message(v, 1, "No match for \"%s\": the thread has no comments.", v->pattern);
		return RD_ALL;
	}
	return go(v, backward);
}

int search_again(struct view *v, int reverse)
{
	if (!v->pattern) {
		view_message(v, 1, "No search yet: / searches.");
		return RD_STATUS;
	}
	if (!v->t->ncomments) {
		view_message(v, 1, "No match for \"%s\".", v->pattern);
		return RD_STATUS;
	}
	return go(v, v->search_back ^ reverse);
}

void search_preview_begin(struct view *v)
{
	v->isearch_on = 1;
	v->isearch_sel = v->sel;
	v->isearch_top = v->top;
	v->isearch_off = v->top_off;
	free(v->isearch_pattern);
	v->isearch_pattern = v->pattern ? tt_xstrdup(v->pattern) : NULL;
}

/* Puts back the selection and scroll the prompt found. */
static void restore_view(struct view *v)
{
	if (v->isearch_sel)
		view_select(v, v->isearch_sel);
	if (v->isearch_top && nav_shown(v, v->isearch_top)) {
		v->top = v->isearch_top;
		v->top_off = v->isearch_off;
	}
}

int search_preview(struct view *v, const char *text, int backward)
{
	int wrapped;
	tt_comment *c;

	if (!v->isearch_on || !v->t->ncomments)
		return RD_STATUS;
	restore_view(v);
	free(v->pattern);
	v->pattern = *text ? tt_xstrdup(text) : NULL;
	if (!*text) {
		free(v->pattern);
		v->pattern = v->isearch_pattern ? tt_xstrdup(v->isearch_pattern) : NULL;
		return RD_ALL;
	}
	if (indexing(v, text)) {
		v->isearch_waited = 1;
		return RD_ALL;
	} /* search_tick previews it when the text is ready */
	/* From the origin, as Enter will search: the first hit after it (or
	 * before it, backward), the origin itself last. */
	c = find(v, text, backward, &wrapped);
	if (c && c != v->sel)
		view_select(v, c);
	return RD_ALL | RD_LAYOUT;
}

void search_preview_end(struct view *v, int restore)
{
	if (!v->isearch_on)
		return;
	if (restore) {
		restore_view(v);
		free(v->pattern);
		v->pattern = v->isearch_pattern;
	} else {
		free(v->isearch_pattern);
	}
	v->isearch_pattern = NULL;
	v->isearch_on = 0;
	v->isearch_waited = 0;
}

int search_waiting(const struct view *v)
{
	return v->search_pending || (v->isearch_on && v->pattern && v->search &&
	                             !tt_search_ready(v->search, v->pattern));
}

int search_cancel(struct view *v)
{
	if (!v->search_pending)
		return 0;
	v->search_pending = 0;
	view_message(v, 0, "Search cancelled.");
	return 1;
}

int search_tick(struct view *v)
{
	if (!v->t->ncomments)
		return RD_NONE;
	if (!v->search) /* no search key yet: nothing to fold */
		return RD_NONE;
	if (v->isearch_on && v->pattern) {
		if (!tt_search_ready(v->search, v->pattern)) {
			indexing(v, v->pattern);
			return RD_STATUS;
		}
		char *pat = tt_xstrdup(v->pattern);
		int was = v->isearch_waited;
		v->isearch_waited = 0;
		int rd = was ? search_preview(v, pat, v->prompt_kind == PROMPT_SEARCH_BACK) : RD_NONE;
		free(pat);
		return rd;
	}
	if (!v->search_pending)
		return RD_NONE;
	if (!tt_search_ready(v->search, v->pattern)) {
		indexing(v, v->pattern);
		return RD_STATUS;
	}
	return go(v, v->search_back);
}
