/* linecache: paragraphs shown, sanitised, wrapped and rendered to cells once per width, drawn by
 * copy. */
#include "view.h"

#include <stdlib.h>
#include <string.h>

#include "threadtag/text.h"

/* A paragraph's lines at one width, in one attribute, with one pattern's hits:
 * the text as shown (links as their text) and sanitised, where each line starts
 * and ends, and the cells ui_put would draw for each line (ui_cells, the same
 * function), with the columns they take. */
struct lc_entry {
	const char *src; /* key: the paragraph's own storage, which outlives the view */
	int cols, hard;  /* key: the text width and the width a long URL may take */
	attr_t a;        /* key */
	unsigned pattern_gen;
	tt_buf text;
	tt_line *lines;
	int nlines;
	cchar_t *cells;  /* every line's cells, one per character (wide ones too) */
	size_t *cell_at; /* cells of line i: cell_at[i] .. cell_at[i + 1] */
	int *used;       /* columns line i's cells take */
	struct lc_entry *next;
};

/* Entries hashed by src; the whole cache is dropped when it grows past
 * LC_MAX, which a screen never needs (it shows at most a few dozen paragraphs,
 * and heights are asked for about a screen around it). A rendered paragraph
 * of 300 columns holds about 8 KB of cells, so the cap also bounds memory. */
enum { LC_BUCKETS = 1024, LC_MAX = 1024 };

struct ui_linecache {
	struct lc_entry *bucket[LC_BUCKETS];
	size_t n;
	char *pattern; /* the pattern the cells were made with */
	unsigned pattern_gen;
	/* What every entry was made under: another screen size or another theme
	 * (its search-hit colours are in the cells) drops them all. */
	int rows, cols;
	attr_t hit;
};

static void entry_free(struct lc_entry *e)
{
	tt_buf_free(&e->text);
	free(e->lines);
	free(e->cells);
	free(e->cell_at);
	free(e->used);
	free(e);
}

static void drop_all(struct ui_linecache *lc)
{
	for (size_t b = 0; b < LC_BUCKETS; b++)
		while (lc->bucket[b]) {
			struct lc_entry *e = lc->bucket[b];
			lc->bucket[b] = e->next;
			entry_free(e);
		}
	lc->n = 0;
}

void lc_free(struct view *v)
{
	struct ui_linecache *lc = v->lc;
	if (!lc)
		return;
	drop_all(lc);
	free(lc->pattern);
	free(lc);
	v->lc = NULL;
}

/* Cells depend on the pattern: a new pattern starts a new generation. */
static void note_pattern(struct ui_linecache *lc, const char *pattern)
{
	const char *p = pattern ? pattern : "";
	if (lc->pattern && strcmp(lc->pattern, p) == 0)
		return;
	free(lc->pattern);
	lc->pattern = tt_xstrdup(p);
	lc->pattern_gen++;
}

/* Drops every entry made for another screen size or theme. */
static void note_screen(struct view *v, struct ui_linecache *lc)
{
	attr_t hit = ui_attr("search-hit");

	if (lc->rows == v->rows && lc->cols == v->cols && lc->hit == hit)
		return;
	drop_all(lc);
	lc->rows = v->rows, lc->cols = v->cols, lc->hit = hit;
}

/* Renders every line of e into cells as ui_put would draw them (ui_put sanitises
 * again, which leaves sanitised text as it is: a line holds no newline). */
static void render(struct ui_linecache *lc, struct lc_entry *e, const char *pattern)
{
	size_t total = 0;

	free(e->cells);
	e->cell_at = tt_xrealloc(e->cell_at, (size_t)(e->nlines + 1) * sizeof *e->cell_at);
	e->used = tt_xrealloc(e->used, (size_t)(e->nlines ? e->nlines : 1) * sizeof *e->used);
	/* At most a cell per column of the line, and one more: a line that starts
	 * with a lone combining mark shows it on a space the wrapping did not count.
	 * A line is rendered whole, even where it is wider than the text width (a
	 * wide character at a width of one): lc_put cuts it where the place is
	 * narrower, as ui_put would. */
	for (int i = 0; i < e->nlines; i++)
		total += (size_t)e->lines[i].width + 1;
	e->cells = tt_xmalloc((total ? total : 1) * sizeof *e->cells);
	total = 0;
	for (int i = 0; i < e->nlines; i++) {
		const tt_line *l = &e->lines[i];
		int n;

		e->cell_at[i] = total;
		e->used[i] = ui_cells(e->text.data + l->start, l->end - l->start, l->width + 1,
		                      e->a, pattern, e->cells + total, &n);
		total += (size_t)n;
	}
	e->cell_at[e->nlines] = total;
	e->pattern_gen = lc->pattern_gen;
}

/* The paragraph as the panes show it (see comments_para), cut into lines as
 * they cut it. */
static struct lc_entry *wrap(const char *src, int cols, int hard, attr_t a)
{
	struct lc_entry *e = tt_xcalloc(1, sizeof *e);
	tt_buf shown = {0};
	size_t pos = 0, cap = 0;
	tt_line l;
	e->src = src;
	e->cols = cols;
	e->hard = hard;
	e->a = a;
	links_display(src, strlen(src), &shown);
	tt_buf_add(&e->text, "", 0);
	tt_text_sanitize(shown.data, shown.len, 1, &e->text);
	tt_buf_free(&shown);
	while (ui_wrap_line(e->text.data, e->text.len, &pos, cols, hard, &l)) {
		if ((size_t)e->nlines == cap) {
			cap = cap ? 2 * cap : 4;
			e->lines = tt_xrealloc(e->lines, cap * sizeof *e->lines);
		}
		e->lines[e->nlines++] = l;
	}
	return e;
}

struct lc_entry *lc_get(struct view *v, const char *src, int cols, int hard, attr_t a,
                        const char *pattern)
{
	if (!v->lc)
		v->lc = tt_xcalloc(1, sizeof *v->lc);
	struct ui_linecache *lc = v->lc;
	/* By paragraph alone: its few variants share a bucket. */
	size_t b = (((uintptr_t)src >> 4) ^ ((uintptr_t)src >> 14)) % LC_BUCKETS;
	struct lc_entry *e;
	note_screen(v, lc);
	note_pattern(lc, pattern);
	for (e = lc->bucket[b]; e; e = e->next)
		if (e->src == src && e->cols == cols && e->hard == hard && e->a == a)
			break;
	if (!e) {
		if (lc->n >= LC_MAX)
			drop_all(lc);
		e = wrap(src, cols, hard, a);
		e->next = lc->bucket[b];
		lc->bucket[b] = e;
		lc->n++;
		e->pattern_gen = lc->pattern_gen - 1; /* not rendered yet */
	}
	return e; /* rendered when first drawn: counting lines needs no cells */
}

int lc_count(const struct lc_entry *e)
{
	return e->nlines;
}

int lc_put(struct view *v, WINDOW *w, int y, int x, int maxw, struct lc_entry *e, int line)
{
	const tt_line *l = &e->lines[line];
	int n;

	if (e->pattern_gen != v->lc->pattern_gen)
		render(v->lc, e, v->lc->pattern);
	if (e->used[line] > maxw) /* narrower than it was wrapped for: cut as ui_put would */
		return ui_put(w, y, x, maxw, e->text.data + l->start, l->end - l->start, e->a,
		              v->lc->pattern);
	n = (int)(e->cell_at[line + 1] - e->cell_at[line]);
	if (n > 0)
		mvwadd_wchnstr(w, y, x, e->cells + e->cell_at[line], n);
	return e->used[line];
}
