/* review: every annotator's values beside each comment of a project thread (unless blind) or of
 * the stores given with several --tags. */
#include "view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "threadtag/exitcodes.h"
#include "threadtag/project.h"
#include "threadtag/tagstore.h"
#include "threadtag/xalloc.h"

struct ui_review {
	int blind, on;
	char *self;           /* whose store the viewer writes: read live, not from disk */
	char **names;         /* every annotator of the project, self included */
	tt_tagstore **stores; /* read-only snapshots; NULL for self or for none */
	size_t n;
	int bad;                    /* stores that failed to load (reported on stderr) */
	const struct tt_project *p; /* outlives the view: the agreement pane reads it */
	int borrowed;               /* the stores belong to the caller (review_adopt) */
};

void review_attach(struct view *v, const struct tt_project *p, const char *self)
{
	struct ui_review *R = tt_xcalloc(1, sizeof *R);
	int have_self = 0;

	R->blind = p->blind;
	R->self = tt_xstrdup(self ? self : "");
	R->p = p;
	v->review = R;
	if (R->blind) /* a blind annotator's viewer never even reads the others' stores */
		return;
	R->names = tt_xcalloc(p->nannotators + 1, sizeof *R->names);
	R->stores = tt_xcalloc(p->nannotators + 1, sizeof *R->stores);
	for (size_t i = 0; i < p->nannotators; i++) {
		int me = !strcmp(p->annotators[i], R->self);
		have_self |= me;
		R->names[R->n] = tt_xstrdup(p->annotators[i]);
		R->stores[R->n++] =
		    me ? NULL : tt_project_store_open(p, p->annotators[i], v->t, &R->bad);
	}
	if (!have_self && *R->self) /* a first-time annotator has no folder yet */
		R->names[R->n++] = tt_xstrdup(R->self);
	if (R->bad) /* the error went to stderr before the screen opened: say so on it */
		view_message(v, 1, "%d annotator store%s did not load; review leaves %s out.",
		             R->bad, R->bad == 1 ? "" : "s", R->bad == 1 ? "it" : "them");
}

/* A name for a store given with --tags: its annotator, or its file's name
 * when that annotator is taken already (two stores of one person). */
static char *store_name(struct ui_review *R, const tt_tagstore *s, const char *path)
{
	const char *who = tt_tagstore_annotator(s), *base = strrchr(path, '/');

	for (size_t i = 0; who && i < R->n; i++)
		if (!strcmp(R->names[i], who))
			who = NULL;
	return tt_xstrdup(who ? who : base ? base + 1 : path);
}

int review_attach_stores(struct view *v, const char *const *paths, size_t n,
                         void (*report)(const tt_error *))
{
	struct ui_review *R = tt_xcalloc(1, sizeof *R);
	const tt_tagstore *own = tags_store(v);
	int rc = 0;

	v->review = R;
	R->self = tt_xstrdup(own ? tt_tagstore_annotator(own) : "");
	R->names = tt_xcalloc(n + 2, sizeof *R->names);
	R->stores = tt_xcalloc(n + 2, sizeof *R->stores);
	R->names[R->n++] = tt_xstrdup(R->self);
	for (size_t i = 0; i < n && rc == 0; i++) {
		tt_tagstore_opts o = {.path = paths[i], .readonly = 1};
		tt_error err;
		int eno = 0;
		tt_tagstore *s;
		if (access(paths[i], F_OK) < 0) { /* read-only opening would make it up */
			tt_error_set(&err, paths[i], 0, 0, "no such tag store");
			report(&err);
			rc = EX_NOINPUT;
			break;
		}
		s = tt_tagstore_open(v->t, &o, &err, &eno);
		if (!s) {
			report(&err);
			rc = eno ? tt_exit_for_errno(eno) : EX_DATAERR;
			break;
		}
		R->names[R->n] = store_name(R, s, paths[i]);
		R->stores[R->n++] = s;
	}
	return rc;
}

void review_adopt(struct view *v, char *const *names, tt_tagstore *const *stores, size_t n,
                  const char *self)
{
	struct ui_review *R = tt_xcalloc(1, sizeof *R);

	R->self = tt_xstrdup(self);
	R->borrowed = 1;
	R->on = 1;
	R->names = tt_xcalloc(n + 1, sizeof *R->names);
	R->stores = tt_xcalloc(n + 1, sizeof *R->stores);
	for (size_t i = 0; i < n; i++) {
		R->names[i] = tt_xstrdup(names[i]);
		R->stores[i] = stores[i];
	}
	R->n = n;
	R->names[R->n++] = tt_xstrdup(self); /* self last: the live store's column */
	v->review = R;
}

void review_free(struct view *v)
{
	struct ui_review *R = v->review;
	tt_error err;

	if (!R)
		return;
	for (size_t i = 0; i < R->n; i++) {
		if (R->stores[i] && !R->borrowed)
			tt_tagstore_close(R->stores[i], &err); /* read-only: nothing to lose */
		free(R->names[i]);
	}
	free(R->names);
	free(R->stores);
	free(R->self);
	free(R);
	v->review = NULL;
}

int review_on(const struct view *v)
{
	return v->review && v->review->on && !v->review->blind;
}

/* The tag store of annotator i: self's is the viewer's own, live. */
static const tt_tagstore *store_of(struct view *v, size_t i)
{
	return review_store(v, i);
}

tt_tagstore *review_store(struct view *v, size_t i)
{
	struct ui_review *R = v->review;

	if (!R->stores[i] && !strcmp(R->names[i], R->self))
		return tags_store(v);
	return R->stores[i];
}

int review_blind(const struct view *v)
{
	return v->review ? v->review->blind : -1;
}

size_t review_ncoders(const struct view *v)
{
	return v->review && !v->review->blind ? v->review->n : 0;
}

const char *review_coder(const struct view *v, size_t i)
{
	return v->review->names[i];
}

const char *review_self(const struct view *v)
{
	return v->review ? v->review->self : "";
}

const struct tt_project *review_project(const struct view *v)
{
	return v->review && !v->review->blind ? v->review->p : NULL;
}

/* Did two annotators give item different values of the first dimension (the
 * thread list's "disag" column says the same)? */
static int disagrees(struct view *v, const char *item)
{
	const char *first = NULL;

	for (size_t i = 0; i < v->review->n; i++) {
		const tt_tagstore *s = store_of(v, i);
		const tt_tag *g = s ? tt_tagstore_get(s, item) : NULL;
		if (!g || !g->values[0])
			continue;
		if (first && strcmp(first, g->values[0]))
			return 1;
		first = g->values[0];
	}
	return 0;
}

/* Selects the next (dir 1) or previous (-1) disagreement from the selection,
 * turns the review on to show it, and says which of how many it is. */
static int jump(struct view *v, int dir)
{
	tt_thread *t = v->t;
	size_t m = 0, k = 0, at = v->sel ? v->sel->index : 0;
	tt_comment *to = NULL;

	for (size_t i = 0; i < t->ncomments; i++) {
		tt_comment *c = t->order[i];
		if (!disagrees(v, c->id))
			continue;
		m++;
		if ((dir > 0 && i > at && !to) || (dir < 0 && i < at)) {
			to = c;
			k = m;
		}
	}
	if (!to) {
		view_message(v, 0, m ? "No %s disagreement (%zu in all)." : "No disagreements.",
		             dir > 0 ? "further" : "earlier", m);
		return RD_STATUS;
	}
	v->review->on = 1;
	view_select(v, to);
	view_message(v, 0, "Disagreement %zu of %zu.", k, m);
	return RD_ALL;
}

int review_key(struct view *v, enum action a)
{
	struct ui_review *R = v->review;

	if (a != ACT_REVIEW && a != ACT_NEXT_DISAGREE && a != ACT_PREV_DISAGREE)
		return RD_NONE;
	if (R && !R->blind && a != ACT_REVIEW)
		return jump(v, a == ACT_NEXT_DISAGREE ? 1 : -1);
	if (!R)
		view_message(v, 0,
		             "Review shows annotators side by side: open the thread from a "
		             "project's thread list, or give --tags once per annotator.");
	else if (R->blind)
		view_message(v, 0, "Review is off: this project is blind.");
	else {
		R->on = !R->on;
		view_message(v, 0, "Review %s.", R->on ? "on: every annotator's values" : "off");
		return RD_ALL;
	}
	return RD_STATUS;
}

/* One annotator's tag as "name=value/value~state", or "name=-" untagged. */
static void describe(const char *name, const tt_tagstore *s, const char *item, tt_buf *out)
{
	const tt_tag *g = s ? tt_tagstore_get(s, item) : NULL;
	int any = 0;

	tt_buf_printf(out, " %s=", name);
	if (g) {
		size_t nd = tt_tagstore_scheme(s)->ndims;
		for (size_t d = 0; d < nd; d++)
			if (g->values[d]) {
				tt_buf_printf(out, "%s%s", any ? "/" : "", g->values[d]);
				any = 1;
			}
		if (g->state) {
			tt_buf_printf(out, "~%s", g->state);
			any = 1;
		}
	}
	if (!any)
		tt_buf_printf(out, "-");
}

int review_chips(struct view *v, WINDOW *w, int y, int x, int maxw, const char *item)
{
	struct ui_review *R = v->review;
	tt_buf b = {0};
	int used;

	if (!review_on(v) || maxw <= 1)
		return 0;
	tt_buf_printf(&b, "|");
	for (size_t i = 0; i < R->n; i++) {
		describe(R->names[i], store_of(v, i), item, &b);
	}
	used = ui_put(w, y, x, maxw, b.data, b.len, ui_attr("meta"), NULL);
	tt_buf_free(&b);
	return used;
}
