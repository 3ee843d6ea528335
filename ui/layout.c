/* layout: where each pane goes for the terminal's size, the layout setting and zoom. */
#include "view.h"

enum { WIDE_COLS = 110, TAGS_MIN_ROWS = 18 };

static void set_comments_area(struct view *v)
{
	struct rect r = v->r[PANE_COMMENTS];

	if (r.h > 1) {
		v->crows = r.h - 1;
		v->ccols = r.w;
	}
}

void layout_compute(struct view *v, int rows, int cols)
{
	int body = rows - 1, wide;

	v->rows = rows;
	v->cols = cols;
	for (int i = 0; i < NPANES; i++)
		v->r[i] = (struct rect){0};
	v->status = (struct rect){.y = rows - 1, .x = 0, .h = 1, .w = cols};
	v->too_small = rows < UI_MIN_ROWS || cols < UI_MIN_COLS;
	if (v->too_small)
		return;
	if (v->zoom) {
		v->r[v->focus] = (struct rect){.y = 0, .x = 0, .h = body, .w = cols};
		set_comments_area(v);
		return;
	}
	wide = v->layout == 1 || (v->layout == 0 && cols >= WIDE_COLS);
	if (!v->t->ncomments) {
		/* Nothing to show beside the article: it takes the room. */
		int th = body >= TAGS_MIN_ROWS ? body / 5 + 1 : 0;
		v->r[PANE_ARTICLE] = (struct rect){.y = 0, .x = 0, .h = body - th, .w = cols};
		if (th)
			v->r[PANE_TAGS] = (struct rect){.y = body - th, .x = 0, .h = th, .w = cols};
	} else if (wide) {
		/* Article and tags on the left, the tree (what is read most) on the right. */
		int lw = cols * 2 / 5, th = body >= TAGS_MIN_ROWS ? body / 3 : 0;
		v->r[PANE_ARTICLE] = (struct rect){.y = 0, .x = 0, .h = body - th, .w = lw - 1};
		if (th)
			v->r[PANE_TAGS] =
			    (struct rect){.y = body - th, .x = 0, .h = th, .w = lw - 1};
		v->r[PANE_COMMENTS] = (struct rect){.y = 0, .x = lw, .h = body, .w = cols - lw};
	} else {
		int th = body >= TAGS_MIN_ROWS ? body / 5 + 1 : 0;
		int ah = (body - th) / 3 > 2 ? (body - th) / 3 : 2;
		v->r[PANE_ARTICLE] = (struct rect){.y = 0, .x = 0, .h = ah, .w = cols};
		v->r[PANE_COMMENTS] =
		    (struct rect){.y = ah, .x = 0, .h = body - th - ah, .w = cols};
		if (th)
			v->r[PANE_TAGS] = (struct rect){.y = body - th, .x = 0, .h = th, .w = cols};
	}
	if (v->r[v->focus].h == 0)
		v->focus = v->t->ncomments ? PANE_COMMENTS : PANE_ARTICLE;
	set_comments_area(v);
}
