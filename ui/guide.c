/* guide: the annotation guideline (Markdown shown as text) in a scrollable, searchable overlay (H).
 */
#include "view.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/text.h"

/* Reads the whole file; NULL with errno set when it cannot. */
static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "r");
	tt_buf b = {0};
	char chunk[4096];
	size_t n;

	if (!f)
		return NULL;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		tt_buf_add(&b, chunk, n);
	if (ferror(f)) {
		int e = errno;
		fclose(f);
		tt_buf_free(&b);
		errno = e ? e : EIO;
		return NULL;
	}
	fclose(f);
	tt_buf_addc(&b, 0);
	*len = b.len - 1;
	return b.data ? b.data : tt_xstrdup("");
}

void guide_free(struct view *v)
{
	free(v->guide.text);
	free(v->guide.lines);
	v->guide = (struct guide){0};
}

/* Wraps the text once, at the width the overlay has when it opens; each line
 * of the file starts a new row, so lists and headings keep their shape. */
static void guide_wrap(struct view *v, int cols)
{
	struct guide *g = &v->guide;
	size_t cap = 64;
	const char *s = g->text;

	g->lines = tt_xcalloc(cap, sizeof *g->lines);
	while (*s || g->nlines == 0) {
		size_t n = strcspn(s, "\n"), pos = 0;
		tt_line l;
		while (tt_text_wrap_next(s, n, &pos, cols, &l)) {
			if (g->nlines == cap)
				g->lines = tt_xrealloc(g->lines, (cap *= 2) * sizeof *g->lines);
			g->lines[g->nlines++] = (struct guide_line){s + l.start, l.end - l.start};
		}
		s += n + (s[n] == '\n');
		if (!*s)
			break;
	}
}

int guide_open(struct view *v)
{
	size_t len = 0;

	if (!v->guideline) {
		view_message(v, 1,
		             "No guideline: a project's guideline: or --guideline FILE names one.");
		return RD_STATUS;
	}
	guide_free(v);
	v->guide.text = slurp(v->guideline, &len);
	if (!v->guide.text) {
		view_message(v, 1, "%s: %s", v->guideline, strerror(errno));
		return RD_STATUS;
	}
	guide_wrap(v, v->cols > 4 ? v->cols - 2 : 2);
	v->mode = MODE_GUIDE;
	v->help_top = 0;
	return RD_ALL;
}

size_t guide_nlines(const struct view *v)
{
	return v->guide.nlines;
}

void guide_draw(struct view *v, WINDOW *w)
{
	int h = v->rows - 1, y = 0;
	struct rect r = {.y = 0, .x = 0, .h = h, .w = v->cols};
	const char *base = strrchr(v->guideline, '/');
	char title[160];

	snprintf(title, sizeof title,
	         "Guideline %s (Esc closes; / searches, n/N: next/previous hit)",
	         base ? base + 1 : v->guideline);
	for (int k = 0; k < h; k++)
		ui_fill(w, k, 0, v->cols, ui_attr("body"));
	ui_pane_title(w, r, title, 1);
	for (size_t i = (size_t)v->help_top; i < v->guide.nlines && ++y < h; i++)
		ui_put(w, y, 1, v->cols - 1, v->guide.lines[i].s, v->guide.lines[i].n,
		       ui_attr("body"), v->pattern);
}

/* Scrolls to the next (or previous) row holding the last search, any case. */
int guide_search(struct view *v, int back)
{
	size_t n = v->guide.nlines, plen = v->pattern ? strlen(v->pattern) : 0;

	if (!plen) {
		view_message(v, 1, "No search yet: / searches the guideline.");
		return RD_STATUS;
	}
	for (size_t k = 1; k <= n; k++) {
		size_t i = ((size_t)v->help_top + (back ? n - k : k)) % n;
		const struct guide_line *l = &v->guide.lines[i];
		for (size_t j = 0; j + plen <= l->n; j++)
			if (!strncasecmp(l->s + j, v->pattern, plen)) {
				v->help_top = (int)i;
				return RD_ALL;
			}
	}
	view_message(v, 1, "Not in the guideline: %s", v->pattern);
	return RD_ALL;
}

int guide_prompt_done(struct view *v, const char *text)
{
	v->mode = MODE_GUIDE;
	if (*text) {
		free(v->pattern);
		v->pattern = tt_xstrdup(text);
	}
	return guide_search(v, 0);
}
