/* hdrcache: each comment's header drawn once per state and copied on later draws. */
#include "view.h"

#include <stdlib.h>
#include <string.h>

/* What a header's cells depend on besides the comment's own fields (which
 * do not change while the view holds the thread). Anything not here that
 * changes a header must drop the cache (hdr_drop). */
struct hdr_key {
	const tt_comment *c;
	int w;             /* the pane's width */
	int sel, collapsed, is_new, review;
	time_t minute;     /* relative times age by the minute; -1 when dates are absolute */
	unsigned tags_gen; /* any tag change (a folded header counts its replies' tags) */
	unsigned colors_gen, pattern_gen;
	attr_t bkgd;       /* a rail's blank takes the pane's background when alike */
};

/* The header's cells from its indent to the pane's right edge (the rails
 * left of the indent are drawn each time: the blank after a rail may be the
 * window's, not the header's), its rowmap, and where it left the cursor. */
struct hdr_entry {
	struct hdr_key k;
	cchar_t *cells;
	int n, cury, curx; /* cursor relative to the header's row and indent */
	int text;          /* cells [text, n) are one blank, put by one whline_set */
	struct rowmap rm;
	struct hdr_entry *next;
};

/* Hashed by comment, dropped whole past HDR_MAX, like the line cache: a
 * screen shows a few dozen headers. */
enum { HDR_BUCKETS = 512, HDR_MAX = 1024 };

struct ui_hdrcache {
	struct hdr_entry *bucket[HDR_BUCKETS];
	size_t n;
	char *pattern; /* the pattern the authors' hits were drawn with */
	unsigned pattern_gen;
};

void hdr_drop(struct view *v)
{
	struct ui_hdrcache *hc = v->hdr;

	if (!hc)
		return;
	for (size_t b = 0; b < HDR_BUCKETS; b++)
		while (hc->bucket[b]) {
			struct hdr_entry *e = hc->bucket[b];
			hc->bucket[b] = e->next;
			free(e->cells);
			free(e);
		}
	hc->n = 0;
}

void hdr_free(struct view *v)
{
	if (!v->hdr)
		return;
	hdr_drop(v);
	free(v->hdr->pattern);
	free(v->hdr);
	v->hdr = NULL;
}

static void hdr_key_of(struct view *v, WINDOW *w, struct rect r, const tt_comment *c,
                       struct hdr_key *k)
{
	struct ui_hdrcache *hc = v->hdr;
	const char *p = v->pattern ? v->pattern : "";

	if (!hc->pattern || strcmp(hc->pattern, p) != 0) {
		free(hc->pattern);
		hc->pattern = tt_xstrdup(p);
		hc->pattern_gen++;
	}
	memset(k, 0, sizeof *k); /* compared with memcmp: no stray padding */
	k->c = c;
	k->w = r.w;
	k->sel = c == v->sel;
	k->collapsed = view_collapsed(v, c);
	k->is_new = ui_news_is_new(v, c);
	k->review = review_on(v);
	k->minute = v->relative_dates ? v->now / 60 : -1;
	k->tags_gen = tags_generation(v);
	k->colors_gen = ui_colors_generation();
	k->pattern_gen = hc->pattern_gen;
	k->bkgd = getbkgd(w) & A_ATTRIBUTES;
}

static size_t bucket_of(const tt_comment *c)
{
	return c->index % HDR_BUCKETS;
}

/* Where the row's trailing run of one blank starts (n when it ends in text). */
static int blank_tail(const cchar_t *cells, int n)
{
	wchar_t wc[CCHARW_MAX + 1];
	attr_t a;
	short pair;
	int t = n;

	if (n <= 0 || getcchar(&cells[n - 1], wc, &a, &pair, NULL) == ERR || wcscmp(wc, L" "))
		return n;
	while (t > 0 && !memcmp(&cells[t - 1], &cells[n - 1], sizeof *cells))
		t--;
	return t;
}

int hdr_put(struct view *v, WINDOW *w, int y, struct rect r, const tt_comment *c,
            struct rowmap *rm)
{
	struct hdr_key k;
	int x = r.x + comments_indent(r.w, c->depth);

	if (!v->hdr)
		v->hdr = tt_xcalloc(1, sizeof *v->hdr);
	hdr_key_of(v, w, r, c, &k);
	for (struct hdr_entry *e = v->hdr->bucket[bucket_of(c)]; e; e = e->next) {
		if (memcmp(&e->k, &k, sizeof k) != 0)
			continue;
		/* wadd_wchnstr costs about 80 instructions a cell; the blank
		 * tail, most of a header, costs a few by whline_set. */
		if (e->text > 0)
			mvwadd_wchnstr(w, y, x, e->cells, e->text);
		if (e->n > e->text)
			mvwhline_set(w, y, x + e->text, &e->cells[e->n - 1], e->n - e->text);
		wmove(w, y + e->cury, x + e->curx);
		*rm = e->rm;
		rm->c = (tt_comment *)c;
		return 1;
	}
	return 0;
}

void hdr_keep(struct view *v, WINDOW *w, int y, struct rect r, const tt_comment *c,
              const struct rowmap *rm)
{
	struct ui_hdrcache *hc;
	struct hdr_entry *e;
	int x = r.x + comments_indent(r.w, c->depth), cy, cx;

	if (!v->hdr)
		v->hdr = tt_xcalloc(1, sizeof *v->hdr);
	hc = v->hdr;
	if (hc->n >= HDR_MAX)
		hdr_drop(v);
	e = tt_xcalloc(1, sizeof *e);
	hdr_key_of(v, w, r, c, &e->k);
	getyx(w, cy, cx);
	e->cury = cy - y, e->curx = cx - x;
	e->n = r.x + r.w - x;
	if (e->n < 0)
		e->n = 0;
	e->cells = tt_xcalloc(e->n ? (size_t)e->n : 1, sizeof *e->cells);
	for (int i = 0; i < e->n; i++)
		mvwin_wch(w, y, x + i, &e->cells[i]);
	wmove(w, cy, cx);
	e->text = blank_tail(e->cells, e->n);
	e->rm = *rm;
	e->next = hc->bucket[bucket_of(c)];
	hc->bucket[bucket_of(c)] = e;
	hc->n++;
}
