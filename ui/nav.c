/* nav: the order of shown comments (folding and limit applied) and scrolling by lines. */
#include "view.h"

/* Position of c in the limit, or the insertion point, by binary search. */
static size_t limit_pos(const struct view *v, const tt_comment *c, int *found)
{
	size_t lo = 0, hi = v->nlimit;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v->limit[mid] < c->index)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = lo < v->nlimit && v->limit[lo] == c->index;
	return lo;
}

int nav_shown(struct view *v, const tt_comment *c)
{
	int found;

	if (v->limited) {
		limit_pos(v, c, &found);
		return found;
	}
	if (!view_any_collapsed(v))
		return 1;
	for (const tt_comment *a = c->parent; a; a = a->parent)
		if (view_collapsed(v, a))
			return 0;
	return 1;
}

tt_comment *nav_first(struct view *v)
{
	if (v->limited)
		return v->nlimit ? v->t->order[v->limit[0]] : NULL;
	return v->t->first;
}

/* The shown comment standing for c: c itself or its topmost collapsed
 * ancestor below `stop` (an ancestor known to be expanded, or NULL). */
static tt_comment *shown_for(struct view *v, tt_comment *c, const tt_comment *stop)
{
	tt_comment *r = c;

	if (!view_any_collapsed(v) || c == stop)
		return c;
	for (tt_comment *a = c->parent; a && a != stop; a = a->parent)
		if (view_collapsed(v, a))
			r = a;
	return r;
}

tt_comment *nav_last(struct view *v)
{
	if (v->limited)
		return v->nlimit ? v->t->order[v->limit[v->nlimit - 1]] : NULL;
	if (!v->t->ncomments)
		return NULL;
	return shown_for(v, v->t->order[v->t->ncomments - 1], NULL);
}

tt_comment *nav_next(struct view *v, const tt_comment *c)
{
	if (v->limited) {
		int found;
		size_t i = limit_pos(v, c, &found) + (size_t)found;
		return i < v->nlimit ? v->t->order[v->limit[i]] : NULL;
	}
	if (view_collapsed(v, c))
		return tt_comment_next_after_subtree(v->t, c);
	return tt_comment_next(v->t, c);
}

tt_comment *nav_prev(struct view *v, const tt_comment *c)
{
	tt_comment *p;

	if (v->limited) {
		int found;
		size_t i = limit_pos(v, c, &found);
		return i > 0 ? v->t->order[v->limit[i - 1]] : NULL;
	}
	p = tt_comment_prev(v->t, c);
	return p ? shown_for(v, p, c->parent) : NULL;
}

/* Puts sel on the last rows of the pane, filling the rows above it. */
static void anchor_bottom(struct view *v, int rows)
{
	int need = rows - comments_height(v, v->sel);

	v->top = v->sel;
	v->top_off = 0;
	for (tt_comment *p = nav_prev(v, v->sel); p && need > 0; p = nav_prev(v, p)) {
		int h = comments_height(v, p);
		v->top = p;
		v->top_off = h > need ? h - need : 0;
		need -= h;
	}
}

void nav_ensure_visible(struct view *v)
{
	int rows = comments_rows(v), y;
	tt_comment *c;

	if (!v->sel)
		return;
	if (rows < 1)
		rows = 1;
	/* A fold can leave the top comment shorter than the lines scrolled off
	 * it; drawn from there, the comments would start above the pane. */
	if (v->top && v->top_off >= comments_height(v, v->top))
		v->top_off = 0;
	if (!v->top || !nav_shown(v, v->top) || v->sel->index <= v->top->index) {
		if (v->top != v->sel || comments_height(v, v->sel) <= rows)
			v->top_off = 0;
		v->top = v->sel;
		return;
	}
	/* Walks at most one screen: anything further is off screen anyway. */
	y = -v->top_off;
	for (c = v->top; c && c != v->sel && y < rows; c = nav_next(v, c))
		y += comments_height(v, c);
	if (c == v->sel && y >= 0 && y + comments_height(v, c) <= rows)
		return;
	if (comments_height(v, v->sel) >= rows) {
		v->top = v->sel;
		v->top_off = 0;
		return;
	}
	anchor_bottom(v, rows);
}

void nav_scroll(struct view *v, int n)
{
	tt_comment *c;

	if (!v->top)
		return;
	v->top_off += n;
	while (v->top_off < 0) {
		c = nav_prev(v, v->top);
		if (!c) {
			v->top_off = 0;
			break;
		}
		v->top = c;
		v->top_off += comments_height(v, c);
	}
	while (v->top_off >= comments_height(v, v->top)) {
		c = nav_next(v, v->top);
		if (!c) {
			v->top_off = comments_height(v, v->top) - 1;
			break;
		}
		v->top_off -= comments_height(v, v->top);
		v->top = c;
	}
}
