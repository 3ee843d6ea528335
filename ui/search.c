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

	if (!v->search)
		v->search = tt_search_new(v->t);
	i = tt_search_find(v->search, pat, v->sel ? v->sel->index : 0, backward,
	                   v->limited ? shown : NULL, v, wrapped);
	return i == TT_SEARCH_NONE ? NULL : v->t->order[i];
}

static int go(struct view *v, int backward)
{
	int wrapped;
	tt_comment *c = find(v, v->pattern, backward, &wrapped);

	if (!c) {
		view_message(v, 1, "No match for \"%s\".", v->pattern);
		return RD_ALL;
	}
	if (c == v->sel)
		view_message(v, 0, "Only this comment matches \"%s\".", v->pattern);
	else if (wrapped)
		view_message(v, 0, "Search wrapped around: \"%s\".", v->pattern);
	else
		view_message(v, 0, "/%s  (n next, N previous)", v->pattern);
	view_select(v, c);
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
