/* pane_article: the article — title, site, author, date, keywords and the wrapped body. */
#include "view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/text.h"

/* Text columns of the article at pane width w. */
static int art_cols(const struct view *v, int w)
{
	int c = w - 2;

	if (v->text_max > 0 && c > v->text_max)
		c = v->text_max;
	return c < 1 ? 1 : c;
}

/* A line source: either emits lines (w != NULL) or only counts them. */
struct art_out {
	WINDOW *w;
	struct rect r;
	int line, top; /* current line number; first line shown */
};

static void emit(struct view *v, struct art_out *o, const char *s, size_t len, attr_t a,
                 const char *pattern)
{
	int y = o->line - o->top;

	if (o->w && y >= 0 && y < o->r.h - 1)
		ui_put(o->w, o->r.y + 1 + y, o->r.x + 1, o->r.w - 1, s, len, a, pattern);
	(void)v;
	o->line++;
}

/* A line of tag chips under an article item that has tags. */
static void emit_chips(struct view *v, struct art_out *o, const char *item)
{
	int y = o->line - o->top;

	if (!tags_is_tagged(v, item))
		return;
	if (o->w && y >= 0 && y < o->r.h - 1)
		tags_chips(v, o->w, o->r.y + 1 + y, o->r.x + 1, o->r.w - 2, item);
	o->line++;
}

/* Emits text of the thread (stable storage) wrapped at the article's width,
 * through the line cache: a redraw only copies the lines it shows. */
static void emit_cached(struct view *v, struct art_out *o, const char *s, attr_t a)
{
	const struct lc_entry *e = lc_get(v, s, art_cols(v, o->r.w), a, v->pattern);
	int n = lc_count(e);

	for (int i = 0; i < n; i++, o->line++) {
		int y = o->line - o->top;
		if (o->w && y >= 0 && y < o->r.h - 1)
			lc_put(v, o->w, o->r.y + 1 + y, o->r.x + 1, o->r.w - 1, e, i);
	}
}

/* Emits text wrapped at the article's width. */
static void emit_wrapped(struct view *v, struct art_out *o, const char *s, attr_t a)
{
	tt_buf san = {0};
	size_t pos = 0;
	tt_line l;

	tt_text_sanitize(s, strlen(s), 1, &san);
	while (tt_text_wrap_next(san.data, san.len, &pos, art_cols(v, o->r.w), &l))
		emit(v, o, san.data + l.start, l.end - l.start, a, v->pattern);
	tt_buf_free(&san);
}

/* Lays out (and with o->w draws) the article; starts[i] receives the first
 * line of item i (0: the heading, i: paragraph i). Returns the line count. */
static int art_layout(struct view *v, struct art_out *o, int *starts)
{
	const tt_article *a = &v->t->article;
	attr_t sel = ui_attr("selection");
	char meta[512];
	size_t n = 0;

	o->line = 0;
	starts[0] = 0;
	emit_cached(v, o, a->title ? a->title : "(untitled)",
	            v->art_par == 0 && v->focus == PANE_ARTICLE ? ui_mix(sel, ui_attr("title"))
	                                                        : ui_attr("title"));
	meta[0] = 0;
	if (a->site)
		n += (size_t)snprintf(meta + n, sizeof meta - n, "%s", a->site);
	if (a->author && n < sizeof meta)
		n += (size_t)snprintf(meta + n, sizeof meta - n, "%s%s", n ? " · " : "", a->author);
	if ((a->published || a->time) && n < sizeof meta)
		snprintf(meta + n, sizeof meta - n, "%s%s", n ? " · " : "",
		         a->published ? a->published : a->time);
	if (meta[0])
		emit_wrapped(v, o, meta, ui_attr("meta"));
	if (a->keywords.n) {
		tt_buf kw = {0};
		tt_buf_adds(&kw, "Keywords: ");
		for (size_t i = 0; i < a->keywords.n; i++)
			tt_buf_printf(&kw, "%s%s", i ? ", " : "", a->keywords.v[i]);
		emit_wrapped(v, o, kw.data, ui_attr("meta"));
		tt_buf_free(&kw);
	}
	emit_chips(v, o, "@article");
	for (size_t p = 0; p < a->body.n; p++) {
		char item[32];
		emit(v, o, "", 0, 0, NULL);
		starts[p + 1] = o->line;
		emit_cached(v, o, a->body.v[p],
		            v->art_par == p + 1 && v->focus == PANE_ARTICLE ? sel
		                                                            : ui_attr("body"));
		tags_paragraph_item(p + 1, item);
		emit_chips(v, o, item);
	}
	if (!a->body.n)
		emit(v, o, "(the article has no body text)", 30, ui_attr("time"), NULL);
	return o->line;
}

static void article_draw(struct view *v, WINDOW *w, struct rect r)
{
	int *starts = tt_xcalloc(v->t->article.body.n + 1, sizeof *starts);
	struct art_out o = {.w = w, .r = r, .top = v->art_top};

	ui_pane_title(w, r, "Article", v->focus == PANE_ARTICLE);
	art_layout(v, &o, starts);
	free(starts);
}

static int article_key(struct view *v, enum action a, ui_key k)
{
	struct rect r = v->r[PANE_ARTICLE];
	size_t np = v->t->article.body.n;
	int *starts, total, rows;
	struct art_out o = {.r = r};

	(void)k;
	if (r.h < 2) /* hidden: keep a usable geometry */
		r = (struct rect){.h = v->rows > 2 ? v->rows - 1 : 2, .w = v->cols};
	o.r = r;
	rows = r.h - 1;
	starts = tt_xcalloc(np + 1, sizeof *starts);
	total = art_layout(v, &o, starts);
	switch (a) {
	case ACT_MOVE_DOWN:
		if (v->art_par < np)
			v->art_par++;
		break;
	case ACT_MOVE_UP:
		if (v->art_par > 0)
			v->art_par--;
		break;
	case ACT_FIRST:
		v->art_par = 0;
		break;
	case ACT_LAST:
		v->art_par = np;
		break;
	case ACT_SCROLL_DOWN:
	case ACT_PAGE_DOWN:
	case ACT_HALF_DOWN:
		v->art_top += a == ACT_SCROLL_DOWN ? 1 : a == ACT_HALF_DOWN ? rows / 2 : rows - 1;
		break;
	case ACT_SCROLL_UP:
	case ACT_PAGE_UP:
	case ACT_HALF_UP:
		v->art_top -= a == ACT_SCROLL_UP ? 1 : a == ACT_HALF_UP ? rows / 2 : rows - 1;
		break;
	default:
		free(starts);
		return RD_NONE;
	}
	if (a == ACT_MOVE_DOWN || a == ACT_MOVE_UP || a == ACT_FIRST || a == ACT_LAST) {
		int s = starts[v->art_par];
		int e = v->art_par < np ? starts[v->art_par + 1] - 1 : total;
		if (s < v->art_top || e - s > rows)
			v->art_top = s;
		else if (e > v->art_top + rows)
			v->art_top = e - rows;
	} else if (v->art_par <= np) {
		/* Scrolling moves the selection along so it stays on screen. */
		size_t p = 0;
		for (size_t i = 0; i <= np; i++)
			if (starts[i] <= (v->art_top > 0 ? v->art_top : 0))
				p = i;
		v->art_par = p;
	}
	if (v->art_top > total - 1)
		v->art_top = total - 1;
	if (v->art_top < 0)
		v->art_top = 0;
	free(starts);
	return RD_ALL;
}

static int article_click(struct view *v, int y, int x, int button)
{
	(void)x;
	if (button == 4 || button == 5)
		return article_key(v, button == 4 ? ACT_SCROLL_UP : ACT_SCROLL_DOWN, 0);
	(void)y;
	return RD_ALL;
}

const struct pane_ops pane_article = {
    .title = "Article",
    .draw = article_draw,
    .key = article_key,
    .click = article_click,
};
