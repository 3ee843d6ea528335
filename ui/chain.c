/* chain: the selected comment's ancestors, from the top-level comment down, as an overlay (A) or
 * pinned (P). */
#include "view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/text.h"

size_t chain_nlines(const struct view *v)
{
	return v->sel ? v->sel->depth + 2 : 1;
}

/* One line for comment c at its depth: who, when, and how its text begins. */
static void chain_line(struct view *v, WINDOW *w, int y, const tt_comment *c, attr_t a)
{
	const char *au = comments_known_author(c), *mark = comments_gone_marker(c), *tm;
	char tbuf[48];
	int x = 1 + 2 * (int)c->depth;

	if (x > v->cols / 2)
		x = v->cols / 2; /* deep chains: keep room for the text */
	tm = when_comment(v, c, 0, tbuf, sizeof tbuf);
	x += ui_put(w, y, x, v->cols - x, mark ? mark : "", mark ? strlen(mark) : 0, a, NULL);
	if (au || !mark) {
		au = au ? au : "(unknown)";
		x += ui_put(w, y, x, v->cols - x, mark ? " " : "", mark ? 1 : 0, a, NULL);
		x += ui_put(w, y, x, v->cols - x, au, strlen(au), a | A_BOLD, NULL);
	}
	if (tm) {
		x += ui_put(w, y, x, v->cols - x, "  ", 2, a, NULL);
		x += ui_put(w, y, x, v->cols - x, tm, strlen(tm), ui_mix(a, ui_attr("time")), NULL);
	}
	if (c->body.n) {
		comments_para(v, c->body.v[0]);
		x += ui_put(w, y, x, v->cols - x, ": ", 2, a, NULL);
		ui_put(w, y, x, v->cols - x, v->scratch.data, v->scratch.len, a, NULL);
	}
}

void chain_draw(struct view *v, WINDOW *w)
{
	int h = v->rows - 1, y = 0;
	struct rect r = {.y = 0, .x = 0, .h = h, .w = v->cols};
	const char *head = "Who replied to whom, from the top-level comment down (Esc closes)";
	size_t n = v->sel ? v->sel->depth + 1 : 0, skip = (size_t)v->help_top;
	const tt_comment **path = tt_xcalloc(n ? n : 1, sizeof *path);
	size_t i = n;

	for (const tt_comment *c = v->sel; c && i > 0; c = c->parent)
		path[--i] = c;
	for (int k = 0; k < h; k++)
		ui_fill(w, k, 0, v->cols, ui_attr("body"));
	ui_pane_title(w, r, "Ancestors", 1);
	if (skip == 0 && ++y < h)
		ui_put(w, y, 1, v->cols - 1, head, strlen(head), ui_attr("title"), NULL);
	for (i = skip ? skip - 1 : 0; i < n && ++y < h; i++)
		chain_line(v, w, y, path[i], i + 1 == n ? ui_attr("selection") : ui_attr("body"));
	free(path);
}

/* At most a third of the pane, so the comments keep most of it; the parent
 * is always among the rows, as it is the one the reply answers. */
int chain_pin_rows(const struct view *v)
{
	int cap = v->crows / 3, depth;

	if (!v->pin_chain || !v->sel || v->sel->depth == 0)
		return 0;
	depth = (int)v->sel->depth;
	cap = cap < 1 ? 1 : cap;
	return depth < cap ? depth : cap;
}

/* One pinned ancestor: author and the first line of its text; "..." when
 * ancestors above it did not fit. */
static void pin_line(struct view *v, WINDOW *w, struct rect r, int y, const tt_comment *c, int more)
{
	const char *au = comments_known_author(c), *mark = comments_gone_marker(c);
	attr_t a = ui_attr("meta");
	int x = r.x + 1, end = r.x + r.w;

	ui_fill(w, y, r.x, r.w, a);
	if (more)
		x += ui_put(w, y, x, end - x, "\u2026 ", strlen("\u2026 "), a, NULL);
	au = au ? au : mark ? mark : "(unknown)";
	x += ui_put(w, y, x, end - x, au, strlen(au), a | A_BOLD, NULL);
	if (!c->body.n || x >= end)
		return;
	x += ui_put(w, y, x, end - x, ": ", 2, a, NULL);
	comments_para(v, c->body.v[0]);
	ui_put(w, y, x, end - x, v->scratch.data, strcspn(v->scratch.data, "\n"), a, NULL);
}

int chain_pin_draw(struct view *v, WINDOW *w, struct rect r, int y)
{
	int n = chain_pin_rows(v);
	const tt_comment *c = v->sel ? v->sel->parent : NULL;

	/* Bottom up: the parent on the last row, right above the comments. */
	for (int i = n - 1; i >= 0 && c; i--, c = c->parent)
		pin_line(v, w, r, y + i, c, i == 0 && c->parent != NULL);
	return n;
}
