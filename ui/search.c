/* search: finding comments by body or author, forward or back, wrapping around. */
#include "view.h"

#include <stdlib.h>
#include <string.h>

#include "threadtag/text.h"

static int comment_matches(const tt_comment *c, const char *pat)
{
	if (c->author && tt_text_find(c->author, strlen(c->author), 0, pat) >= 0)
		return 1;
	for (size_t p = 0; p < c->body.n; p++)
		if (tt_text_find(c->body.v[p], strlen(c->body.v[p]), 0, pat) >= 0)
			return 1;
	return 0;
}

/* The next matching comment after (or before) the selection, in preorder over the
 * whole thread (folded replies included); NULL when none. *wrapped says whether
 * the search went past an end. */
static tt_comment *find(struct view *v, const char *pat, int backward, int *wrapped)
{
	size_t n = v->t->ncomments, start = v->sel ? v->sel->index : 0;

	*wrapped = 0;
	for (size_t step = 1; step <= n; step++) {
		size_t i = backward ? (start + n - step % n) % n : (start + step) % n;
		tt_comment *c = v->t->order[i];
		if (v->limited && !nav_shown(v, c))
			continue;
		if (comment_matches(c, pat)) {
			*wrapped = backward ? i >= start : i <= start;
			return c;
		}
	}
	return NULL;
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
	tt_comment *c = find(v, v->pattern, backward, &wrapped);

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
