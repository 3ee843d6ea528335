/* tagging: the tag store seen from the view — chips, counts, the tags pane, tagging keys. */
#include "view.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "threadtag/exitcodes.h"
#include "threadtag/fsutil.h"
#include "threadtag/tagstore.h"
#include "threadtag/text.h"

enum { SUBTREE_CACHE = 64 };

/* Per-subtree counts of the first dimension, for collapsed comments on screen. */
struct subtree_counts {
	size_t index;
	unsigned gen;
	size_t *n;
};

/* What each item of the thread counts for, so that a change adjusts the counts
 * in O(1) instead of recounting the store: slot i < ncomments is comment i,
 * then the article and its paragraphs. */
struct slot {
	/* Per dimension: value index + 1, 0 for none (nslots x ndims), so the
	 * array starts as calloc's untouched zero pages: a thread's worth of
	 * slots costs no memory until tagged. Read through slot_value. */
	unsigned short *vidx;
	uint64_t *lmask; /* labels held (the first 64 of the scheme) */
	unsigned char *tagged;
	size_t n;
};

struct ui_tags {
	tt_tagstore *s;
	const tt_scheme *sc;
	unsigned gen;    /* changes so far */
	size_t *vcount;  /* per dimension and value, flattened */
	size_t *dimbase; /* dimension d's values start at vcount[dimbase[d]] */
	size_t *lcount;  /* per label */
	size_t ncomments_tagged;
	struct slot slots;
	struct subtree_counts cache[SUBTREE_CACHE];
	int headless;
	char *scheme_path; /* --scheme, kept to reopen the store the same way */
	char *target;      /* the project's claim, over the scheme's; or NULL */
	int readonly_why;  /* enum readonly_why */
	size_t cursor;     /* the value cursor: dimension d's value i is dimbase[d] + i */
	int cursor_moved;  /* shown outside the focused pane once moved with its keys */
	char notice[512];  /* why the store is read-only, for the status line */
	/* The pane as last drawn: the selected item's rows [sel_y, counts_y),
	 * drawn for gen in rectangle r (tags_pane_redraw_selected). */
	struct {
		int valid, readonly, sel_y, counts_y;
		unsigned gen;
		struct rect r;
		/* The counts as drawn, so a tag key redraws only the rows whose
		 * count or bar changed: per value and label, each dimension's
		 * largest count (the bars' scale), the tagged comments. */
		size_t *vcount, *lcount, *vmax, tagged;
		int counts_end; /* the row after the last count drawn */
	} drawn;
};

enum readonly_why { RO_NO, RO_LOCKED, RO_UNWRITABLE };

void tags_paragraph_item(size_t paragraph, char out[32])
{
	snprintf(out, 32, "@article/%zu", paragraph);
}

/* The item the keys act on: the selected comment, or the article item
 * selected when the article pane has the focus. */
static const char *current_item(struct view *v, char buf[32])
{
	if (v->focus == PANE_ARTICLE || !v->sel) {
		if (v->art_par == 0)
			return "@article";
		tags_paragraph_item(v->art_par, buf);
		return buf;
	}
	return v->sel->id;
}

/* How messages name an item: "comment 4", "the article", "paragraph 2". */
static const char *describe(const struct view *v, const char *item, char out[48])
{
	const tt_comment *c;

	if (!item)
		return "";
	if (!strcmp(item, "@article"))
		return "the article";
	if (!strncmp(item, "@article/", 9)) {
		snprintf(out, 48, "paragraph %.20s", item + 9);
		return out;
	}
	c = tt_thread_find(v->t, item);
	if (!c)
		return item;
	snprintf(out, 48, "comment %u", c->index + 1);
	return out;
}

static const tt_tag *tag_of(struct view *v, const char *item)
{
	return v->tags && item ? tt_tagstore_get(v->tags->s, item) : NULL;
}

static int has_state(struct view *v, const char *item, const char *state)
{
	const tt_tag *g = tag_of(v, item);

	return g && g->state && !strcmp(g->state, state);
}

static int has_any(const tt_tag *g, const tt_scheme *sc)
{
	if (!g)
		return 0;
	for (size_t d = 0; d < sc->ndims; d++)
		if (g->values[d])
			return 1;
	return g->nlabels > 0 || g->note;
}

/* The slot of an item, or SIZE_MAX for one not in the thread (an orphan). */
static size_t slot_of(const struct view *v, const char *item)
{
	const tt_comment *c;
	char *end;
	unsigned long p;

	if (strncmp(item, "@article", 8) != 0) {
		c = tt_thread_find(v->t, item);
		return c ? c->index : SIZE_MAX;
	}
	if (!item[8])
		return v->t->ncomments;
	if (item[8] != '/')
		return SIZE_MAX;
	p = strtoul(item + 9, &end, 10);
	if (*end || p < 1 || p > v->t->article.body.n)
		return SIZE_MAX;
	return v->t->ncomments + p;
}

/* The value index of dimension d held by slot i, -1 for none. */
static int slot_value(const struct ui_tags *T, size_t i, size_t d)
{
	return (int)T->slots.vidx[i * T->sc->ndims + d] - 1;
}

/* Adds (sign 1) or takes away (-1) what a tag counts for; fills the slot when adding. */
static void count_tag(struct view *v, const tt_tag *g, size_t slot, int sign)
{
	struct ui_tags *T = v->tags;
	struct slot *S = &T->slots;

	for (size_t d = 0; d < T->sc->ndims; d++) {
		int vi =
		    sign > 0
		        ? (g && g->values[d] ? tt_scheme_value_index(T->sc, d, g->values[d]) : -1)
		        : slot_value(T, slot, d);
		if (vi >= 0)
			T->vcount[T->dimbase[d] + (size_t)vi] += (size_t)(long)sign;
		if (sign > 0 && slot != SIZE_MAX)
			S->vidx[slot * T->sc->ndims + d] = (unsigned short)(vi + 1);
	}
	if (sign > 0) {
		for (size_t l = 0; g && l < g->nlabels; l++) {
			int li = tt_scheme_label_index(T->sc, g->labels[l]);
			if (li < 0)
				continue;
			T->lcount[li]++;
			if (slot != SIZE_MAX && li < 64)
				S->lmask[slot] |= (uint64_t)1 << li;
		}
	} else {
		for (size_t l = 0; l < T->sc->nlabels && l < 64; l++)
			if (S->lmask[slot] >> l & 1)
				T->lcount[l]--;
	}
	if (sign < 0 && slot != SIZE_MAX) {
		S->lmask[slot] = 0;
		if (S->tagged[slot] && slot < v->t->ncomments)
			T->ncomments_tagged--;
		S->tagged[slot] = 0;
	} else if (sign > 0 && slot != SIZE_MAX) {
		S->tagged[slot] = (unsigned char)has_any(g, T->sc);
		if (S->tagged[slot] && slot < v->t->ncomments)
			T->ncomments_tagged++;
	}
}

/* After a change to item: its old contribution out, the new one in. */
static void recount_item(struct view *v, const char *item)
{
	size_t slot = item ? slot_of(v, item) : SIZE_MAX;

	if (slot == SIZE_MAX)
		return;
	count_tag(v, NULL, slot, -1);
	count_tag(v, tag_of(v, item), slot, 1);
}

/* The counts of a freshly opened store: one pass over it. */
static void count_all(struct view *v)
{
	struct ui_tags *T = v->tags;
	size_t n = v->t->ncomments + v->t->article.body.n + 1, nd = T->sc->ndims ? T->sc->ndims : 1;

	T->slots.n = n;
	T->slots.vidx = tt_xcalloc(n * nd, sizeof *T->slots.vidx);
	T->slots.lmask = tt_xcalloc(n, sizeof *T->slots.lmask);
	T->slots.tagged = tt_xcalloc(n, 1);
	for (size_t i = 0, m = tt_tagstore_count(T->s); i < m; i++) {
		const tt_tag *g = tt_tagstore_at(T->s, i);
		count_tag(v, g, slot_of(v, g->item), 1);
	}
}

/* ---- what the panes draw ---- */

static int chip(WINDOW *w, int y, int x, int maxw, const char *text, const char *role)
{
	char buf[96];
	int n = snprintf(buf, sizeof buf, " %s ", text);

	if (!w)
		return n;
	return ui_put(w, y, x, maxw, buf, (size_t)n, ui_attr(role), NULL) + 1;
}

int tags_chips(struct view *v, WINDOW *w, int y, int x, int maxw, const char *item)
{
	const tt_tag *g = tag_of(v, item);
	const tt_scheme *sc;
	int used = 0;

	if (!g || maxw <= 0)
		return 0;
	sc = v->tags->sc;
	for (size_t d = 0; d < sc->ndims && used < maxw; d++) {
		int vi;
		char role[64];
		if (!g->values[d])
			continue;
		vi = tt_scheme_value_index(sc, d, g->values[d]);
		snprintf(role, sizeof role, "%s",
		         vi >= 0 && sc->dims[d].values[vi].role ? sc->dims[d].values[vi].role
		                                                : "chip");
		used += chip(w, y, x + used, maxw - used, g->values[d], role);
	}
	for (size_t l = 0; l < g->nlabels && used < maxw; l++) {
		char t[80];
		snprintf(t, sizeof t, "#%s", g->labels[l]);
		used += chip(w, y, x + used, maxw - used, t, "label");
	}
	if (g->note && used < maxw)
		used += chip(w, y, x + used, maxw - used, "note", "note");
	return used;
}

/* Counts of the first dimension's values among c's replies, cached per change. */
static const size_t *subtree_counts(struct view *v, const tt_comment *c)
{
	struct ui_tags *T = v->tags;
	struct subtree_counts *e = &T->cache[c->index % SUBTREE_CACHE];
	size_t nv = T->sc->ndims ? T->sc->dims[0].nvalues : 0;

	if (e->n && e->index == c->index && e->gen == T->gen)
		return e->n;
	free(e->n);
	e->n = tt_xcalloc(nv ? nv : 1, sizeof *e->n);
	e->index = c->index;
	e->gen = T->gen;
	/* Walks whichever is smaller: the subtree (slots say each reply's value)
	 * or the tagged items of the store. */
	if (c->subtree <= tt_tagstore_count(T->s)) {
		for (size_t i = c->index + 1; i <= c->index + c->subtree && nv; i++) {
			int vi = slot_value(T, i, 0);
			if (vi >= 0)
				e->n[vi]++;
		}
		return e->n;
	}
	for (size_t i = 0, n = tt_tagstore_count(T->s); i < n && nv; i++) {
		const tt_tag *g = tt_tagstore_at(T->s, i);
		const tt_comment *d = g->values[0] ? tt_thread_find(v->t, g->item) : NULL;
		if (d && d->index > c->index && d->index <= c->index + c->subtree &&
		    slot_value(T, d->index, 0) >= 0)
			e->n[slot_value(T, d->index, 0)]++;
	}
	return e->n;
}

/* The chips of the counts n, named by value or by key; w NULL: only measures. */
static int count_chips(struct view *v, WINDOW *w, int y, int x, int maxw, const size_t *n,
                       int by_key)
{
	int used = 0;

	for (size_t i = 0; i < v->tags->sc->dims[0].nvalues; i++) {
		const tt_scheme_value *val = &v->tags->sc->dims[0].values[i];
		const char *name = by_key && val->key ? val->key : val->name;
		char t[80];
		if (!n[i])
			continue;
		snprintf(t, sizeof t, "%s%s%zu", name, by_key ? ":" : " ", n[i]);
		used += w ? chip(w, y, x + used, maxw - used, t, val->role ? val->role : "chip")
		          : chip(NULL, 0, 0, 0, t, NULL) + 1;
	}
	return used;
}

int tags_subtree_counts(struct view *v, WINDOW *w, int y, int x, int maxw, const tt_comment *c)
{
	const size_t *n;

	if (!v->tags || !v->tags->sc->ndims || maxw <= 0)
		return 0;
	n = subtree_counts(v, c);
	/* Value names when they fit, else the values' keys: a count is never cut. */
	return count_chips(v, w, y, x, maxw, n, count_chips(v, NULL, 0, 0, 0, n, 0) > maxw);
}

int tags_is_tagged(struct view *v, const char *item)
{
	return v->tags && has_any(tag_of(v, item), v->tags->sc);
}

size_t tags_ntagged(struct view *v)
{
	return v->tags ? v->tags->ncomments_tagged : 0;
}

size_t tags_orphans(struct view *v)
{
	return v->tags ? tt_tagstore_orphans(v->tags->s) : 0;
}

const char *tags_notice(struct view *v)
{
	if (!v->tags)
		return NULL;
	return v->tags->notice[0] ? v->tags->notice : tt_tagstore_notice(v->tags->s);
}

int tags_locked_elsewhere(struct view *v)
{
	return v->tags && v->tags->readonly_why == RO_LOCKED;
}

int tags_readonly(struct view *v)
{
	return v->tags && tt_tagstore_readonly(v->tags->s);
}

/* Spaces that pad s to w display columns (names may hold wide characters). */
static int pad(int w, const char *s)
{
	int n = w - tt_text_width(s, strlen(s));

	return n > 0 ? n : 0;
}

static void draw_counts(struct view *v, WINDOW *w, struct rect r, int *py, int barw);
static void redraw_counts(struct view *v, WINDOW *w, struct rect r, int barw);
static void draw_cursor(struct view *v, WINDOW *w, struct rect r, int *y);

/* A bar of `cells` columns for n out of max. */
static void bar(WINDOW *w, int y, int x, int cells, size_t n, size_t max, const char *role)
{
	int fill = max ? (int)((n * (size_t)cells + max - 1) / max) : 0;

	if (fill > 0)
		ui_fill(w, y, x, fill > cells ? cells : fill, ui_attr(role) | A_REVERSE);
}

static int pane_line(WINDOW *w, struct rect r, int *y, const char *s, attr_t a)
{
	if (*y >= r.y + r.h)
		return 0;
	ui_put(w, (*y)++, r.x, r.w, s, strlen(s), a, NULL);
	return 1;
}

/* "Flagged: reason" under the item's title; the reason passes the sanitiser. */
static void draw_state(const tt_tag *g, WINDOW *w, struct rect r, int *y)
{
	tt_buf text = {0};
	size_t pos = 0;
	tt_line l;

	if (!g || !g->state)
		return;
	tt_buf_printf(&text, "%c%s%s%s", toupper((unsigned char)g->state[0]), g->state + 1,
	              g->reason ? ": " : "", g->reason ? g->reason : "");
	tt_buf sane = {0};
	tt_text_sanitize(text.data, text.len, 1, &sane);
	while (*y < r.y + r.h && tt_text_wrap_next(sane.data, sane.len, &pos, r.w - 2, &l))
		ui_put(w, (*y)++, r.x + 2, r.w - 2, sane.data + l.start, l.end - l.start,
		       ui_attr("label") | A_BOLD, NULL);
	tt_buf_free(&sane);
	tt_buf_free(&text);
}

/* A sanitised, wrapped paragraph in the pane, indented by ind columns. */
static void pane_text(WINDOW *w, struct rect r, int *y, int ind, const char *s, attr_t a)
{
	tt_buf sane = {0};
	size_t pos = 0;
	tt_line l;

	tt_text_sanitize(s, strlen(s), 1, &sane);
	while (*y < r.y + r.h && tt_text_wrap_next(sane.data, sane.len, &pos, r.w - ind, &l))
		ui_put(w, (*y)++, r.x + ind, r.w - ind, sane.data + l.start, l.end - l.start, a,
		       NULL);
	tt_buf_free(&sane);
}

/* The claim stances are taken toward, kept in view while labelling. */
static void draw_target(struct view *v, WINDOW *w, struct rect r, int *y)
{
	const char *t = v->tags->target ? v->tags->target : v->tags->sc->target;
	tt_buf line = {0};

	if (!t)
		return;
	tt_buf_printf(&line, "Target: %s", t);
	pane_text(w, r, y, 0, line.data, ui_attr("title"));
	tt_buf_free(&line);
}

/* What each value the item has means: the guideline's description and its
 * first example, so the annotator checks the choice without leaving the pane. */
static void draw_meanings(struct view *v, const tt_tag *g, WINDOW *w, struct rect r, int *y)
{
	const tt_scheme *sc = v->tags->sc;

	for (size_t d = 0; g && d < sc->ndims; d++) {
		int i = g->values[d] ? tt_scheme_value_index(sc, d, g->values[d]) : -1;
		const tt_scheme_value *val = i >= 0 ? &sc->dims[d].values[i] : NULL;
		tt_buf line = {0};

		if (!val || !val->description)
			continue;
		tt_buf_printf(&line, "%s: %s", val->name, val->description);
		pane_text(w, r, y, 2, line.data, ui_attr("meta"));
		line.len = 0;
		if (val->nexamples) {
			tt_buf_printf(&line, "e.g. \"%s\"", val->examples[0]);
			pane_text(w, r, y, 4, line.data, ui_attr("meta"));
		}
		tt_buf_free(&line);
	}
}

/* Is the value cursor on show: the tags pane has the focus, or its keys moved it? */
static int cursor_shown(const struct view *v)
{
	return v->focus == PANE_TAGS || v->tags->cursor_moved;
}

/* The value under the cursor: its key, what it means and its first example,
 * to read before choosing it with Enter or its key. */
static void draw_cursor(struct view *v, WINDOW *w, struct rect r, int *y)
{
	struct ui_tags *T = v->tags;
	size_t d = 0;
	tt_buf line = {0};

	if (!cursor_shown(v) || !T->dimbase[T->sc->ndims])
		return;
	while (d + 1 < T->sc->ndims && T->cursor >= T->dimbase[d + 1])
		d++;
	const tt_scheme_value *val = &T->sc->dims[d].values[T->cursor - T->dimbase[d]];
	tt_buf_printf(&line, "Cursor: %s %s [%s]%s%s", T->sc->dims[d].name, val->name,
	              val->key ? val->key : "Enter", val->description ? ": " : "",
	              val->description ? val->description : "");
	pane_text(w, r, y, 0, line.data, ui_attr("selection"));
	line.len = 0;
	if (val->nexamples) {
		tt_buf_printf(&line, "e.g. \"%s\"", val->examples[0]);
		pane_text(w, r, y, 2, line.data, ui_attr("meta"));
	}
	tt_buf_free(&line);
}

/* The selected item's tags and note, under the counts. */
static void draw_selected(struct view *v, WINDOW *w, struct rect r, int *y)
{
	char buf[32], line[256];
	const char *item = current_item(v, buf);
	const tt_tag *g = tag_of(v, item);
	const tt_comment *c = item[0] == '@' ? NULL : tt_thread_find(v->t, item);
	tt_buf note = {0};
	size_t pos = 0;
	tt_line l;

	if (c)
		snprintf(line, sizeof line, "Comment %u by %s", c->index + 1,
		         c->author ? c->author : "(unknown)");
	else if (!strcmp(item, "@article"))
		snprintf(line, sizeof line, "The article as a whole");
	else
		snprintf(line, sizeof line, "Article paragraph %s", item + strlen("@article/"));
	pane_line(w, r, y, line, ui_attr("title"));
	draw_state(g, w, r, y);
	if (!has_any(g, v->tags->sc)) {
		pane_line(w, r, y, "  untagged", ui_attr("meta"));
		return;
	}
	if (*y < r.y + r.h)
		tags_chips(v, w, (*y)++, r.x + 2, r.w - 2, item);
	draw_meanings(v, g, w, r, y);
	if (!g->note)
		return;
	tt_text_sanitize(g->note, strlen(g->note), 1, &note);
	while (*y < r.y + r.h && tt_text_wrap_next(note.data, note.len, &pos, r.w - 2, &l))
		ui_put(w, (*y)++, r.x + 2, r.w - 2, note.data + l.start, l.end - l.start,
		       ui_attr("note"), NULL);
	tt_buf_free(&note);
}

/* "N of M comments tagged" and its bar, on row y. */
static void draw_tagged(struct view *v, WINDOW *w, struct rect r, int y, int barw)
{
	struct ui_tags *T = v->tags;
	size_t total = v->t->ncomments;
	char line[256];

	snprintf(line, sizeof line, "%zu of %zu comments tagged (%zu%%)", T->ncomments_tagged,
	         total, total ? T->ncomments_tagged * 100 / total : 0);
	ui_put(w, y, r.x, r.w - barw - 1, line, strlen(line), ui_attr("title"), NULL);
	bar(w, y, r.x + r.w - barw, barw, T->ncomments_tagged, total, "bar");
	T->drawn.tagged = T->ncomments_tagged;
}

void tags_pane_draw(struct view *v, WINDOW *w, struct rect r)
{
	struct ui_tags *T = v->tags;
	int y = r.y, barw = r.w / 4;

	if (!T) {
		pane_line(w, r, &y,
		          v->waiting ? "Tagging opens with the thread."
		                     : "No tag store: tagging is off in this build.",
		          ui_attr("meta"));
		return;
	}
	draw_tagged(v, w, r, y++, barw);
	if (tt_tagstore_readonly(T->s)) /* its own line: nothing may be drawn over it */
		pane_line(w, r, &y, "READ-ONLY: changes cannot be saved here", ui_attr("error"));
	draw_target(v, w, r, &y);
	T->drawn.sel_y = y;
	draw_selected(v, w, r, &y);
	draw_cursor(v, w, r, &y);
	T->drawn.counts_y = y;
	draw_counts(v, w, r, &y, barw);
	T->drawn.valid = 1, T->drawn.gen = T->gen, T->drawn.r = r;
	T->drawn.readonly = tt_tagstore_readonly(T->s);
}

static int same_rect(struct rect a, struct rect b)
{
	return a.y == b.y && a.x == b.x && a.h == b.h && a.w == b.w;
}

int tags_pane_redraw_selected(struct view *v, WINDOW *w, struct rect r)
{
	struct ui_tags *T = v->tags;
	int y, end = r.y + r.h;

	/* The value cursor sits between the item and the counts: the whole pane
	 * is drawn while it shows. */
	if (!T || cursor_shown(v) || !T->drawn.valid || !same_rect(T->drawn.r, r) ||
	    T->drawn.readonly != tt_tagstore_readonly(T->s))
		return 0;
	/* A change of a tag: the rows whose count changed, and the total. */
	if (T->drawn.gen != T->gen && T->drawn.tagged != T->ncomments_tagged) {
		ui_clear(w, (struct rect){.y = r.y, .x = r.x, .h = 1, .w = r.w});
		draw_tagged(v, w, r, r.y, r.w / 4);
	}
	y = T->drawn.sel_y;
	ui_clear(w, (struct rect){.y = y, .x = r.x, .h = T->drawn.counts_y - y, .w = r.w});
	draw_selected(v, w, r, &y);
	if (y != T->drawn.counts_y) { /* another height: the counts move */
		y = T->drawn.sel_y;
		ui_clear(w, (struct rect){.y = y, .x = r.x, .h = end - y, .w = r.w});
		draw_selected(v, w, r, &y);
		T->drawn.counts_y = y;
		draw_counts(v, w, r, &y, r.w / 4);
	} else if (T->drawn.gen != T->gen) {
		redraw_counts(v, w, r, r.w / 4);
	}
	T->drawn.gen = T->gen;
	return 1;
}

/* Width of the name column of the counts: the longest value name or #label. */
static int name_column(const tt_scheme *sc)
{
	int wmax = 10;

	for (size_t d = 0; d < sc->ndims; d++)
		for (size_t i = 0; i < sc->dims[d].nvalues; i++) {
			int n = tt_text_width(sc->dims[d].values[i].name,
			                      strlen(sc->dims[d].values[i].name));
			wmax = n > wmax ? n : wmax;
		}
	for (size_t l = 0; l < sc->nlabels; l++) {
		int n = 1 + tt_text_width(sc->labels[l].name, strlen(sc->labels[l].name));
		wmax = n > wmax ? n : wmax;
	}
	return wmax;
}

/* Width of the dimension column of the counts. */
static int dim_column(const tt_scheme *sc)
{
	int dimw = 5;

	for (size_t d = 0; d < sc->ndims; d++) {
		int n = tt_text_width(sc->dims[d].name, strlen(sc->dims[d].name));
		dimw = n > dimw ? n : dimw;
	}
	return dimw;
}

/* The largest count of dimension d, at least 1: the scale of its bars. */
static size_t dim_max(const struct ui_tags *T, size_t d)
{
	size_t max = 1;

	for (size_t i = 0; i < T->sc->dims[d].nvalues; i++)
		if (T->vcount[T->dimbase[d] + i] > max)
			max = T->vcount[T->dimbase[d] + i];
	return max;
}

/* The row of value i of dimension d, at y. */
static void draw_value_row(struct view *v, WINDOW *w, struct rect r, int y, const int col[3],
                           size_t d, size_t i, size_t max)
{
	struct ui_tags *T = v->tags;
	const tt_scheme_dim *dim = &T->sc->dims[d];
	const tt_scheme_value *val = &dim->values[i];
	int barw = col[0], dimw = col[1], namew = col[2];
	size_t n = T->vcount[T->dimbase[d] + i];
	attr_t cur = cursor_shown(v) ? ui_attr("selection") : ui_attr("body");
	char line[256];
	int len = snprintf(line, sizeof line, "%s %s%*s %s%*s %4zu", val->key ? val->key : " ",
	                   dim->name, pad(dimw, dim->name), "", val->name, pad(namew, val->name), "",
	                   n);

	ui_put(w, y, r.x, r.w - barw - 1, line, (size_t)len,
	       T->dimbase[d] + i == T->cursor ? cur : ui_attr("body"), NULL);
	bar(w, y, r.x + r.w - barw, barw, n, max, val->role ? val->role : "bar");
}

/* The row of label l, at y. */
static void draw_label_row(struct view *v, WINDOW *w, struct rect r, int y, const int col[3],
                           size_t l)
{
	struct ui_tags *T = v->tags;
	const tt_scheme_label *lab = &T->sc->labels[l];
	int dimw = col[1], namew = col[2];
	char line[256];
	int len = snprintf(line, sizeof line, "%s label%*s #%s%*s %4zu", lab->key ? lab->key : " ",
	                   dimw - 5, "", lab->name, pad(namew - 1, lab->name), "", T->lcount[l]);

	ui_put(w, y, r.x, r.w, line, (size_t)len, ui_attr("meta"), NULL);
}

/* Remembers the counts just drawn (see drawn.vcount). */
static void remember_counts(struct ui_tags *T, int end)
{
	size_t nv = T->dimbase[T->sc->ndims], nl = T->sc->nlabels;

	if (!T->drawn.vcount) {
		T->drawn.vcount = tt_xcalloc(nv ? nv : 1, sizeof *T->drawn.vcount);
		T->drawn.lcount = tt_xcalloc(nl ? nl : 1, sizeof *T->drawn.lcount);
		T->drawn.vmax = tt_xcalloc(T->sc->ndims ? T->sc->ndims : 1, sizeof *T->drawn.vmax);
	}
	memcpy(T->drawn.vcount, T->vcount, nv * sizeof *T->vcount);
	memcpy(T->drawn.lcount, T->lcount, nl * sizeof *T->lcount);
	for (size_t d = 0; d < T->sc->ndims; d++)
		T->drawn.vmax[d] = dim_max(T, d);
	T->drawn.counts_end = end;
}

/* The counts of every value and label, in aligned columns, bars on the right. */
static void draw_counts(struct view *v, WINDOW *w, struct rect r, int *py, int barw)
{
	struct ui_tags *T = v->tags;
	int y = *py, col[3] = {barw, dim_column(T->sc), name_column(T->sc)};

	for (size_t d = 0; d < T->sc->ndims; d++) {
		size_t max = dim_max(T, d);
		for (size_t i = 0; i < T->sc->dims[d].nvalues && y < r.y + r.h; i++)
			draw_value_row(v, w, r, y++, col, d, i, max);
	}
	for (size_t l = 0; l < T->sc->nlabels && y < r.y + r.h; l++)
		draw_label_row(v, w, r, y++, col, l);
	remember_counts(T, y);
	*py = y;
}

/* After a tag key, at the same place as the counts last drawn: only the rows
 * whose count changed, or whose bar's scale did (a few rows of the pane, not
 * all of them). */
static void redraw_counts(struct view *v, WINDOW *w, struct rect r, int barw)
{
	struct ui_tags *T = v->tags;
	int y = T->drawn.counts_y, col[3] = {barw, dim_column(T->sc), name_column(T->sc)};

	for (size_t d = 0; d < T->sc->ndims; d++) {
		size_t max = dim_max(T, d);
		for (size_t i = 0; i < T->sc->dims[d].nvalues && y < T->drawn.counts_end; i++, y++) {
			size_t k = T->dimbase[d] + i;
			if (T->vcount[k] == T->drawn.vcount[k] && max == T->drawn.vmax[d])
				continue;
			ui_clear(w, (struct rect){.y = y, .x = r.x, .h = 1, .w = r.w});
			draw_value_row(v, w, r, y, col, d, i, max);
		}
	}
	for (size_t l = 0; l < T->sc->nlabels && y < T->drawn.counts_end; l++, y++) {
		if (T->lcount[l] == T->drawn.lcount[l])
			continue;
		ui_clear(w, (struct rect){.y = y, .x = r.x, .h = 1, .w = r.w});
		draw_label_row(v, w, r, y, col, l);
	}
	remember_counts(T, T->drawn.counts_end);
}

/* ---- changing tags ---- */

static int store_error(struct view *v, const tt_error *err)
{
	view_message(v, 1, "%s", err->msg[0] ? err->msg : "the tag store refused the change");
	return RD_ALL;
}

static int changed(struct view *v, const char *item)
{
	v->tags->gen++;
	recount_item(v, item);
	return RD_ALL;
}

int tags_changed(struct view *v, const char *item)
{
	return v->tags ? changed(v, item) : RD_ALL;
}

unsigned tags_generation(struct view *v)
{
	return v->tags ? v->tags->gen : 0;
}

int tags_fold_tick(struct view *v)
{
	struct ui_tags *T = v->tags;
	tt_error err;

	if (!T || !T->s || tt_tagstore_readonly(T->s))
		return RD_NONE;
	if (tt_tagstore_fold_poll(T->s, 0, &err) < 0 || tt_tagstore_fold_start(T->s, 0, &err) < 0) {
		view_message(v, 1, "%s", err.msg); /* nothing lost: the journal has it */
		return RD_STATUS;
	}
	return RD_NONE;
}

/* The dimension and value on key k, or -1. */
static int value_on_key(const tt_scheme *sc, ui_key k, size_t *dim, size_t *val)
{
	char name[32];

	ui_key_name(k, name, sizeof name);
	for (size_t d = 0; d < sc->ndims; d++)
		for (size_t i = 0; i < sc->dims[d].nvalues; i++)
			if (sc->dims[d].values[i].key && !strcmp(sc->dims[d].values[i].key, name)) {
				*dim = d, *val = i;
				return 0;
			}
	return -1;
}

/* Does every dimension that applies to the item (replies_only ones only to
 * replies) have a value now? */
static int item_complete(struct view *v, const char *item)
{
	const tt_scheme *sc = v->tags->sc;
	const tt_tag *g = tag_of(v, item);
	const tt_comment *c = tt_thread_find(v->t, item);

	for (size_t d = 0; d < sc->ndims; d++)
		if (!(sc->dims[d].replies_only && (!c || !c->parent)) && (!g || !g->values[d]))
			return 0;
	return 1;
}

/* After the item's last value: the next comment without tags that is not
 * skipped, so labelling costs one key per value and none to move. */
static void advance(struct view *v)
{
	for (size_t i = v->sel->index + 1; i < v->t->ncomments; i++) {
		tt_comment *c = v->t->order[i];
		if (!tags_is_tagged(v, c->id) && !has_state(v, c->id, "skipped") &&
		    (!v->limited || nav_shown(v, c))) {
			view_select(v, c);
			return;
		}
	}
}

/* Sets (or, when the item has it, clears) value i of dimension d. */
static int tag_value_at(struct view *v, size_t d, size_t i)
{
	char desc[48];
	struct ui_tags *T = v->tags;
	char buf[32];
	const char *item = current_item(v, buf);
	const tt_tag *g;
	const char *name, *now;
	tt_error err;

	if (T->sc->dims[d].replies_only && (item[0] == '@' || !v->sel->parent)) {
		view_message(v, 1,
		             "'%s' is for replies: it says how a reply relates to its parent.",
		             T->sc->dims[d].name);
		return RD_STATUS;
	}
	name = T->sc->dims[d].values[i].name;
	g = tag_of(v, item);
	now = g && g->values[d] && !strcmp(g->values[d], name) ? NULL : name;
	if (tt_tagstore_set_value(T->s, item, T->sc->dims[d].name, now, &err) < 0)
		return store_error(v, &err);
	view_message(v, 0, "%s: %s %s", describe(v, item, desc), T->sc->dims[d].name,
	             now ? now : "cleared");
	if (now && v->advance && item[0] != '@' && item_complete(v, item))
		advance(v);
	changed(v, item);
	/* Adjudicating, the panel in the article's place shows the gold item. */
	if (v->adjud)
		return RD_ALL;
	/* A comment's tags show in its header, an article item's in the article;
	 * both in the tags pane and the status line's count. */
	return (item[0] == '@' ? RD_ARTICLE : RD_COMMENTS) | RD_TAGS | RD_STATUS;
}

/* The value cursor of the tags pane: moves over every value of every
 * dimension (dir 1 or -1), or sets the value under it (dir 0). */
int tags_cursor(struct view *v, int dir)
{
	struct ui_tags *T = v->tags;
	size_t n = T ? T->dimbase[T->sc->ndims] : 0, d = 0;

	if (!n) {
		view_message(v, 1, T ? "The scheme has no values." : "No tag store is open.");
		return RD_STATUS;
	}
	T->cursor_moved = 1;
	if (dir) {
		T->cursor = (T->cursor + n + (size_t)(dir > 0 ? 1 : n - 1)) % n;
		return RD_PANES;
	}
	while (d + 1 < T->sc->ndims && T->cursor >= T->dimbase[d + 1])
		d++;
	return tag_value_at(v, d, T->cursor - T->dimbase[d]);
}

static int tag_value(struct view *v, ui_key k)
{
	size_t d, i;

	if (value_on_key(v->tags->sc, k, &d, &i) < 0) {
		view_message(v, 1, "No value of the scheme is on that key.");
		return RD_STATUS;
	}
	return tag_value_at(v, d, i);
}

static int undo_redo(struct view *v, int redo)
{
	char desc[48];
	const char *item = NULL;
	tt_error err;
	int rc = redo ? tt_tagstore_redo(v->tags->s, &item, &err)
	              : tt_tagstore_undo(v->tags->s, &item, &err);
	tt_comment *c;

	if (rc < 0)
		return store_error(v, &err);
	if (rc == 1) {
		view_message(v, 0, "Nothing to %s.", redo ? "redo" : "undo");
		return RD_STATUS;
	}
	c = item ? tt_thread_find(v->t, item) : NULL;
	if (c && !v->limited)
		view_select(v, c);
	view_message(v, 0, "%s: %s", redo ? "Redone" : "Undone", describe(v, item, desc));
	return changed(v, item);
}

/* Next (dir 1) or previous (-1) comment without a tag, in thread order. */
static int goto_untagged(struct view *v, int dir)
{
	size_t n = v->t->ncomments, i = v->sel->index;

	for (size_t step = 1; step < n; step++) {
		size_t j = dir > 0 ? (i + step) % n : (i + n - step) % n;
		tt_comment *c = v->t->order[j];
		if (!tags_is_tagged(v, c->id) && !has_state(v, c->id, "skipped") &&
		    (!v->limited || nav_shown(v, c))) {
			view_select(v, c);
			return RD_ALL;
		}
	}
	view_message(v, 0, "Every comment is tagged or skipped.");
	return RD_STATUS;
}

/* Next (dir 1) or previous (-1) flagged comment, in thread order. */
static int goto_flagged(struct view *v, int dir)
{
	size_t n = v->t->ncomments, i = v->sel->index;

	for (size_t step = 1; step <= n; step++) {
		size_t j = dir > 0 ? (i + step) % n : (i + n - step) % n;
		tt_comment *c = v->t->order[j];
		if (has_state(v, c->id, "flagged") && (!v->limited || nav_shown(v, c))) {
			view_select(v, c);
			return RD_ALL;
		}
	}
	view_message(v, 0, "No comment is flagged.");
	return RD_STATUS;
}

static int set_state(struct view *v, const char *item, const char *state, const char *reason)
{
	char desc[48];
	tt_error err;

	if (tt_tagstore_set_state(v->tags->s, item, state, reason, &err) < 0)
		return store_error(v, &err);
	view_message(v, 0, "%s: %s", describe(v, item, desc), state ? state : "state removed");
	return changed(v, item);
}

/* A state key: asks for the reason, or takes the state off when the item has it. */
static int state_key(struct view *v, const char *item, enum action a)
{
	const char *state = a == ACT_SET_SKIPPED   ? "skipped"
	                    : a == ACT_SET_FLAGGED ? "flagged"
	                                           : "unsure";

	if (has_state(v, item, state))
		return set_state(v, item, NULL, NULL);
	v->prompt_state = state;
	prompt_open(v, PROMPT_REASON, NULL);
	return RD_STATUS;
}

/* Writes the note to a file, runs the editor on it with the terminal handed
 * over, and reads it back. Returns the new note (caller frees) or NULL. */
static char *edit_in_editor(struct view *v, const char *note)
{
	const char *ed = getenv("VISUAL");
	const char *tmp = getenv("TMPDIR");
	char *path, *cmd, *text;
	size_t len = 0;
	int fd, rc;

	if (!ed || !*ed)
		ed = getenv("EDITOR");
	if (!ed || !*ed)
		ed = "vi";
	path = tt_xasprintf("%s/threadtag-note-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	fd = mkstemp(path); /* 0600: the note is the user's */
	if (fd < 0) {
		view_message(v, 1, "Cannot make a file for the note: %s", strerror(errno));
		free(path);
		return NULL;
	}
	if (note && write(fd, note, strlen(note)) < 0) {
		close(fd);
		unlink(path);
		free(path);
		return NULL;
	}
	close(fd);
	cmd = tt_xasprintf("%s '%s'", ed, path);
	def_prog_mode();
	endwin();
	rc = system(cmd);
	reset_prog_mode();
	refresh();
	free(cmd);
	text = rc == 0 ? tt_read_file(path, &len) : NULL;
	unlink(path);
	free(path);
	if (rc != 0)
		view_message(v, 1, "The editor failed (%s); the note is unchanged.", ed);
	if (text) {
		size_t n = strlen(text); /* a NUL in the file ends the note */
		while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\r'))
			text[--n] = 0;
	}
	(void)len;
	return text;
}

static int set_note(struct view *v, const char *item, const char *text)
{
	char desc[48];
	tt_error err;

	if (tt_tagstore_set_note(v->tags->s, item, text && *text ? text : NULL, &err) < 0)
		return store_error(v, &err);
	view_message(v, 0, "%s: note %s", describe(v, item, desc),
	             text && *text ? "saved" : "removed");
	return changed(v, item);
}

static int tag_key(struct view *v, enum action a, ui_key k)
{
	char desc[48];
	char buf[32];
	const char *item = current_item(v, buf);
	const tt_tag *g;
	tt_error err;

	switch (a) {
	case ACT_TAG_VALUE:
		return tag_value(v, k);
	case ACT_LABELS:
		if (!v->tags->sc->nlabels)
			return view_message(v, 1, "The scheme has no labels."), RD_STATUS;
		v->mode = MODE_LABELS;
		return RD_ALL;
	case ACT_NOTE:
		g = tag_of(v, item);
		prompt_open(v, PROMPT_NOTE, g ? g->note : NULL);
		return RD_STATUS;
	case ACT_NOTE_EDITOR: {
		char *text;
		int rd;
		if (v->tags->headless)
			return RD_NONE;
		g = tag_of(v, item);
		text = edit_in_editor(v, g ? g->note : NULL);
		if (!text)
			return RD_ALL | RD_LAYOUT;
		rd = set_note(v, item, text);
		free(text);
		return rd | RD_LAYOUT;
	}
	case ACT_CLEAR_TAGS:
		if (tt_tagstore_clear(v->tags->s, item, &err) < 0)
			return store_error(v, &err);
		view_message(v, 0, "%s: tags cleared (u undoes)", describe(v, item, desc));
		return changed(v, item);
	case ACT_UNDO:
	case ACT_REDO:
		return undo_redo(v, a == ACT_REDO);
	case ACT_NEXT_UNTAGGED:
	case ACT_PREV_UNTAGGED:
		return v->sel ? goto_untagged(v, a == ACT_NEXT_UNTAGGED ? 1 : -1) : RD_STATUS;
	case ACT_NEXT_FLAGGED:
	case ACT_PREV_FLAGGED:
		return v->sel ? goto_flagged(v, a == ACT_NEXT_FLAGGED ? 1 : -1) : RD_STATUS;
	case ACT_SET_SKIPPED:
	case ACT_SET_FLAGGED:
	case ACT_SET_UNSURE:
		return state_key(v, item, a);
	default:
		return RD_NONE;
	}
}

int tags_action(struct view *v, enum action a, ui_key k)
{
	switch (a) {
	case ACT_LIMIT:
		prompt_open(v, PROMPT_LIMIT, v->limited ? v->limit_desc : NULL);
		return RD_STATUS;
	case ACT_WRITABLE:
		return follow_take_over(v);
	case ACT_ADVANCE:
		v->advance = !v->advance;
		view_message(v, 0, "After the item's last value: %s.",
		             v->advance ? "move to the next untagged comment" : "stay");
		return RD_STATUS;
	case ACT_VALUE_NEXT:
	case ACT_VALUE_PREV:
		return tags_cursor(v, a == ACT_VALUE_NEXT ? 1 : -1);
	case ACT_TAG_VALUE:
	case ACT_LABELS:
	case ACT_NOTE:
	case ACT_NOTE_EDITOR:
	case ACT_CLEAR_TAGS:
	case ACT_UNDO:
	case ACT_REDO:
	case ACT_NEXT_UNTAGGED:
	case ACT_PREV_UNTAGGED:
	case ACT_NEXT_FLAGGED:
	case ACT_PREV_FLAGGED:
	case ACT_SET_SKIPPED:
	case ACT_SET_FLAGGED:
	case ACT_SET_UNSURE:
		if (!v->tags) {
			view_message(v, 1, "No tag store is open: tagging is off.");
			return RD_STATUS;
		}
		return tag_key(v, a, k);
	default:
		return RD_NONE;
	}
}

/* ---- the limit ---- */

/* Does comment c pass the limit `what` (a value, a label or "untagged")? */
static int passes(struct view *v, const tt_comment *c, const char *what)
{
	const tt_tag *g = tag_of(v, c->id);

	if (!strcmp(what, TT_LIMIT_UNTAGGED))
		return !v->tags || !has_any(g, v->tags->sc);
	if (!g)
		return 0;
	if (tt_tag_state_valid(what))
		return g->state && !strcmp(g->state, what);
	for (size_t d = 0; d < v->tags->sc->ndims; d++)
		if (g->values[d] && !strcmp(g->values[d], what))
			return 1;
	for (size_t l = 0; l < g->nlabels; l++)
		if (!strcmp(g->labels[l], what) ||
		    (what[0] == '#' && !strcmp(g->labels[l], what + 1)))
			return 1;
	return 0;
}

static int known_limit(struct view *v, const char *what)
{
	const tt_scheme *sc;

	if (!strcmp(what, TT_LIMIT_UNTAGGED))
		return 1;
	if (!v->tags)
		return 0;
	if (tt_tag_state_valid(what))
		return 1;
	sc = v->tags->sc;
	for (size_t d = 0; d < sc->ndims; d++)
		if (tt_scheme_value_index(sc, d, what) >= 0)
			return 1;
	return tt_scheme_label_index(sc, what[0] == '#' ? what + 1 : what) >= 0;
}

/* Selects c with some of what comes before it in view, after the shown set changed. */
static void recentre(struct view *v, tt_comment *c)
{
	if (!c)
		return;
	view_select(v, c);
	v->top = c;
	v->top_off = 0;
	nav_scroll(v, -(comments_rows(v) / 3));
	nav_ensure_visible(v);
}

static int set_limit(struct view *v, const char *what)
{
	tt_comment *keep = v->sel;

	free(v->limit);
	v->limit = NULL;
	v->nlimit = 0;
	v->limited = 0;
	if (!*what) {
		view_message(v, 0, "Showing every comment.");
		recentre(v, keep);
		return RD_ALL;
	}
	if (!known_limit(v, what)) {
		view_message(
		    v, 1, "'%s' is neither a value, a label, a state nor '" TT_LIMIT_UNTAGGED "'.",
		    what);
		recentre(v, keep);
		return RD_ALL;
	}
	v->limit = tt_xcalloc(v->t->ncomments ? v->t->ncomments : 1, sizeof *v->limit);
	for (size_t i = 0; i < v->t->ncomments; i++)
		if (passes(v, v->t->order[i], what))
			v->limit[v->nlimit++] = i;
	v->limited = 1;
	snprintf(v->limit_desc, sizeof v->limit_desc, "%s", what);
	v->top = NULL;
	/* Keeps the selection when it passes, else the next comment that does. */
	v->sel = NULL;
	for (size_t i = 0; i < v->nlimit && keep; i++)
		if (v->limit[i] >= keep->index) {
			v->sel = v->t->order[v->limit[i]];
			break;
		}
	if (!v->sel && v->nlimit)
		v->sel = v->t->order[v->limit[v->nlimit - 1]];
	view_message(v, 0, "%zu comment%s: %s (L then Enter shows all)", v->nlimit,
	             v->nlimit == 1 ? "" : "s", what);
	recentre(v, v->sel);
	return RD_ALL;
}

/* Toggles the label named by text or by a prefix only one label has. */
static int label_by_name(struct view *v, const char *item, const char *text)
{
	char desc[48];
	const tt_scheme *sc = v->tags->sc;
	size_t n = strlen(text), hits = 0, pick = 0;
	tt_error err;

	v->mode = MODE_LABELS; /* back to the picker either way */
	for (size_t l = 0; l < sc->nlabels && n; l++) {
		if (!strcmp(sc->labels[l].name, text)) {
			hits = 1, pick = l;
			break;
		}
		if (!strncmp(sc->labels[l].name, text, n))
			hits++, pick = l;
	}
	if (hits != 1) {
		view_message(v, 1, hits ? "'%s' fits several labels." : "No label '%s'.", text);
		return RD_ALL;
	}
	if (tt_tagstore_toggle_label(v->tags->s, item, sc->labels[pick].name, &err) < 0)
		return store_error(v, &err);
	view_message(v, 0, "%s: #%s %s", describe(v, item, desc), sc->labels[pick].name,
	             tags_has_label(v, item, sc->labels[pick].name) ? "on" : "off");
	return changed(v, item);
}

int tags_prompt_done(struct view *v, enum prompt_kind kind, const char *text)
{
	char buf[32];

	if (kind == PROMPT_LIMIT) {
		tt_comment *before = v->sel;
		int rd = set_limit(v, text);
		if (!v->sel && !v->limited)
			v->sel = before;
		return rd;
	}
	if (kind == PROMPT_NOTE && v->tags)
		return set_note(v, current_item(v, buf), text);
	if (kind == PROMPT_REASON && v->tags && v->prompt_state)
		return set_state(v, current_item(v, buf), v->prompt_state, text);
	if (kind == PROMPT_LABEL && v->tags)
		return label_by_name(v, current_item(v, buf), text);
	return RD_ALL;
}

int tags_labels_key(struct view *v, ui_key k)
{
	char desc[48];
	const tt_scheme *sc = v->tags->sc;
	char name[32], buf[32];
	const char *item = current_item(v, buf);
	tt_error err;

	if (k == 27 || k == '\n' || k == '\r' || k == -KEY_ENTER) {
		v->mode = MODE_NORMAL;
		return RD_ALL;
	}
	if (k == -KEY_RESIZE)
		return RD_ALL | RD_LAYOUT;
	if (k == ':' || k == '/') { /* choose by typing the name instead */
		prompt_open(v, PROMPT_LABEL, NULL);
		return RD_STATUS;
	}
	ui_key_name(k, name, sizeof name);
	for (size_t l = 0; l < sc->nlabels; l++)
		if (sc->labels[l].key && !strcmp(sc->labels[l].key, name)) {
			if (tt_tagstore_toggle_label(v->tags->s, item, sc->labels[l].name, &err) <
			    0)
				return store_error(v, &err);
			view_message(v, 0, "%s: #%s %s", describe(v, item, desc),
			             sc->labels[l].name,
			             tags_has_label(v, item, sc->labels[l].name) ? "on" : "off");
			return changed(v, item);
		}
	view_message(v, 1, "No label on %s.", name);
	return RD_STATUS;
}

int tags_has_label(struct view *v, const char *item, const char *label)
{
	const tt_tag *g = tag_of(v, item);

	for (size_t l = 0; g && l < g->nlabels; l++)
		if (!strcmp(g->labels[l], label))
			return 1;
	return 0;
}

/* The picker's line: every label with its key, the item's own ones marked. */
void tags_labels_line(struct view *v, tt_buf *out)
{
	char buf[32];
	const char *item = current_item(v, buf);

	tt_buf_adds(out, "Labels (key toggles, : types a name, Enter done):");
	for (size_t l = 0; v->tags && l < v->tags->sc->nlabels; l++) {
		const tt_scheme_label *lab = &v->tags->sc->labels[l];
		tt_buf_printf(out, " %s[%s]%s", tags_has_label(v, item, lab->name) ? "*" : "",
		              lab->key ? lab->key : "-", lab->name);
	}
}

/* ---- opening and closing ---- */

/* Binds the scheme's value keys that are not bound yet (digits are reserved). */
static void bind_scheme_keys(struct view *v)
{
	const tt_scheme *sc = v->tags->sc;

	for (size_t d = 0; d < sc->ndims; d++)
		for (size_t i = 0; i < sc->dims[d].nvalues; i++) {
			ui_key k =
			    sc->dims[d].values[i].key ? ui_key_parse(sc->dims[d].values[i].key) : 0;
			enum action old = k ? ui_keymap_add(k, ACT_TAG_VALUE) : ACT_NONE;
			if (old != ACT_NONE && old != ACT_TAG_VALUE)
				view_message(v, 1, "Scheme key %s of '%s' is taken by %s.",
				             sc->dims[d].values[i].key, sc->dims[d].values[i].name,
				             ui_action_name(old));
		}
}

/* Everything the view keeps beside an open store: counts, slots, keys. */
static struct ui_tags *attach(struct view *v, tt_tagstore *s)
{
	struct ui_tags *T = tt_xcalloc(1, sizeof *T);
	size_t nv = 0;

	T->s = s;
	T->sc = tt_tagstore_scheme(s);
	T->dimbase = tt_xcalloc(T->sc->ndims + 1, sizeof *T->dimbase);
	for (size_t d = 0; d < T->sc->ndims; d++) {
		T->dimbase[d] = nv;
		nv += T->sc->dims[d].nvalues;
	}
	T->dimbase[T->sc->ndims] = nv;
	T->vcount = tt_xcalloc(nv ? nv : 1, sizeof *T->vcount);
	T->lcount = tt_xcalloc(T->sc->nlabels ? T->sc->nlabels : 1, sizeof *T->lcount);
	T->gen = 1;
	v->tags = T;
	hdr_drop(v); /* a new store restarts the generation the headers were kept under */
	count_all(v);
	return T;
}

/* Frees what attach made; the store itself is the caller's. */
static void detach(struct view *v)
{
	struct ui_tags *T = v->tags;

	for (size_t i = 0; i < SUBTREE_CACHE; i++)
		free(T->cache[i].n);
	free(T->slots.vidx);
	free(T->slots.lmask);
	free(T->slots.tagged);
	free(T->vcount);
	free(T->dimbase);
	free(T->lcount);
	free(T->drawn.vcount);
	free(T->drawn.lcount);
	free(T->drawn.vmax);
	free(T->scheme_path);
	free(T->target);
	free(T);
	v->tags = NULL;
}

/* The status line's short word on a read-only store (the long story, with the
 * paths, is in the store's notice and the message log). */
static void explain_readonly(struct ui_tags *T, int why, const char *reason)
{
	T->readonly_why = why;
	if (why == RO_LOCKED)
		snprintf(T->notice, sizeof T->notice, "Read-only: open in another threadtag");
	else if (why == RO_UNWRITABLE)
		snprintf(T->notice, sizeof T->notice,
		         "Read-only: tags cannot be saved (%s); --tags FILE saves them elsewhere. "
		         "Not writable: %s",
		         reason, tt_tagstore_path(T->s));
}

/* The store's notices from opening, one message each, for the log (M). */
static void log_notices(struct view *v)
{
	const char *n = tt_tagstore_notice(v->tags->s);

	while (n && *n) {
		size_t len = strcspn(n, "\n");
		view_message(v, 0, "%.*s", (int)len, n);
		n += len + (n[len] == '\n');
	}
	if (v->tags->notice[0])
		view_message(v, 0, "%s", v->tags->notice);
}

int tags_open(struct view *v, const struct tags_open_opts *o, void (*report)(const tt_error *))
{
	tt_tagstore_opts so = {.path = o->path,
	                       .annotator = o->annotator ? o->annotator : o->config_annotator,
	                       .scheme_path = o->scheme};
	tt_error err;
	int eno = 0, why = RO_NO;
	tt_tagstore *s;
	char reason[128] = "";

	s = tt_tagstore_open(v->t, &so, &err, &eno);
	if (!s && eno) {
		/* The place is not writable (read-only disk, no permission, a file in
		 * the way): reading the tags still works. */
		snprintf(reason, sizeof reason, "%s", strerror(eno));
		so.readonly = 1;
		s = tt_tagstore_open(v->t, &so, &err, &eno);
		why = RO_UNWRITABLE;
	}
	if (!s) {
		report(&err);
		return eno ? tt_exit_for_errno(eno) : EX_DATAERR;
	}
	if (why == RO_NO && tt_tagstore_readonly(s))
		why = RO_LOCKED;
	attach(v, s);
	v->tags->scheme_path = o->scheme ? tt_xstrdup(o->scheme) : NULL;
	v->tags->target = o->target ? tt_xstrdup(o->target) : NULL;
	explain_readonly(v->tags, why, reason);
	log_notices(v);
	bind_scheme_keys(v);
	follow_tick(v); /* a read-only viewer starts watching from what it read */
	return 0;
}

int tags_reopen(struct view *v, int writable)
{
	struct ui_tags *old = v->tags;
	char *path, *annotator, *scheme, *target;
	tt_tagstore_opts so = {0};
	tt_tagstore *s;
	tt_error err;
	int eno = 0, why;

	if (!old)
		return -1;
	path = tt_xstrdup(tt_tagstore_path(old->s));
	annotator = tt_xstrdup(tt_tagstore_annotator(old->s));
	scheme = old->scheme_path ? tt_xstrdup(old->scheme_path) : NULL;
	so = (tt_tagstore_opts){
	    .path = path, .annotator = annotator, .scheme_path = scheme, .readonly = !writable};
	s = tt_tagstore_open(v->t, &so, &err, &eno);
	if (!s) {
		view_message(v, 1, "Cannot read the tags again: %s", err.msg);
		free(path), free(annotator), free(scheme);
		return -1;
	}
	why = old->readonly_why;
	target = old->target ? tt_xstrdup(old->target) : NULL;
	tt_tagstore_close(old->s, NULL);
	detach(v);
	attach(v, s);
	v->tags->scheme_path = scheme;
	v->tags->target = target;
	explain_readonly(v->tags, tt_tagstore_readonly(s) ? (why ? why : RO_LOCKED) : RO_NO, "");
	free(path), free(annotator);
	return 0;
}

size_t tags_help_count(struct view *v)
{
	size_t n = 0;

	if (!v->tags)
		return 0;
	for (size_t d = 0; d < v->tags->sc->ndims; d++)
		n += v->tags->sc->dims[d].nvalues;
	return n + v->tags->sc->nlabels + 2;
}

void tags_help_line(struct view *v, size_t i, char *out, size_t size)
{
	const tt_scheme *sc = v->tags->sc;

	if (i == 0) {
		snprintf(out, size, "The scheme '%s' (stance toward: %s)", sc->name ? sc->name : "",
		         sc->target ? sc->target : "the article's claim");
		return;
	}
	i--;
	for (size_t d = 0; d < sc->ndims; d++) {
		if (i < sc->dims[d].nvalues) {
			const tt_scheme_value *val = &sc->dims[d].values[i];
			snprintf(out, size, "  %-16s%s %s: %s", val->key ? val->key : "",
			         sc->dims[d].name, val->name,
			         val->description ? val->description : "");
			return;
		}
		i -= sc->dims[d].nvalues;
	}
	if (i == 0) {
		snprintf(out, size, "Labels, toggled by key in the picker (t):");
		return;
	}
	i--;
	if (i < sc->nlabels) {
		const tt_scheme_label *l = &sc->labels[i];
		snprintf(out, size, "  %-16s#%s: %s", l->key ? l->key : "", l->name,
		         l->description ? l->description : "");
		return;
	}
	out[0] = 0;
}

tt_tagstore *tags_store(struct view *v)
{
	return v->tags ? v->tags->s : NULL;
}

void tags_set_headless(struct view *v)
{
	if (v->tags)
		v->tags->headless = 1;
}

int tags_close(struct view *v, void (*report)(const tt_error *))
{
	tt_error err;
	int rc = 0;

	if (!v->tags)
		return 0;
	if (tt_tagstore_close(v->tags->s, &err) < 0) {
		report(&err);
		rc = -1;
	}
	detach(v);
	return rc;
}
