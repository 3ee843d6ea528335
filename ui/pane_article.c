/* pane_article: the article — title, site, author, date, keywords and the wrapped body. */
#include "adjudicate.h"
#include "view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/text.h"

/* Text columns of the article at pane width w. */
static int art_cols(const struct view *v, int w)
{
	int c = w - 2, lim = v->art_max > 0 ? v->art_max : v->text_max;

	if (lim > 0 && c > lim)
		c = lim;
	return c < 1 ? 1 : c;
}

/* Columns left of the text: the reading width is centred in a wider pane. */
static int art_margin(const struct view *v, int w)
{
	int spare = w - 2 - art_cols(v, w);

	return 1 + (spare > 0 ? spare / 2 : 0);
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

	int m = art_margin(v, o->r.w);

	if (o->w && y >= 0 && y < o->r.h - 1)
		ui_put(o->w, o->r.y + 1 + y, o->r.x + m, o->r.w - m, s, len, a, pattern);
	o->line++;
}

/* A line of tag chips under an article item that has tags. */
static void emit_chips(struct view *v, struct art_out *o, const char *item)
{
	int y = o->line - o->top;

	if (!tags_is_tagged(v, item))
		return;
	int m = art_margin(v, o->r.w);

	if (o->w && y >= 0 && y < o->r.h - 1)
		tags_chips(v, o->w, o->r.y + 1 + y, o->r.x + m, o->r.w - m - 1, item);
	o->line++;
}

/* Emits text wrapped at the article's width; a long URL may run past the
 * reading width to the pane's edge. Text the thread holds (stable: it lives
 * as long as the view) is wrapped and rendered once, by the line cache; text
 * put together here (the byline, the keywords) is wrapped on every draw. */
static void emit_wrapped(struct view *v, struct art_out *o, const char *s, attr_t a, int stable)
{
	int cols = art_cols(v, o->r.w), m = art_margin(v, o->r.w), hard = o->r.w - m - 1;
	tt_buf san = {0}, shown = {0};
	size_t pos = 0;
	tt_line l;

	if (stable) {
		struct lc_entry *e = lc_get(v, s, cols, hard, a, v->pattern);
		for (int i = 0; i < lc_count(e); i++, o->line++) {
			int y = o->line - o->top;
			if (o->w && y >= 0 && y < o->r.h - 1)
				lc_put(v, o->w, o->r.y + 1 + y, o->r.x + m, o->r.w - m, e, i);
		}
		return;
	}
	links_display(s, strlen(s), &shown);
	tt_text_sanitize(shown.data, shown.len, 1, &san);
	tt_buf_free(&shown);
	while (ui_wrap_line(san.data, san.len, &pos, cols, hard, &l))
		emit(v, o, san.data + l.start, l.end - l.start, a, v->pattern);
	tt_buf_free(&san);
}

/* A URL on one line whenever it fits the pane, even past the reading width
 * (a broken address cannot be copied); wrapped at the pane's width otherwise. */
static void emit_url(struct view *v, struct art_out *o, const char *url, attr_t a)
{
	tt_buf san = {0};
	int y = o->line - o->top, w, x;

	tt_text_sanitize(url, strlen(url), 1, &san);
	w = tt_text_width(san.data, san.len);
	if (w > o->r.w - 2) {
		size_t pos = 0;
		tt_line l;
		while (tt_text_wrap_next(san.data, san.len, &pos, o->r.w - 2, &l)) {
			y = o->line - o->top;
			if (o->w && y >= 0 && y < o->r.h - 1)
				ui_put(o->w, o->r.y + 1 + y, o->r.x + 1, o->r.w - 2,
				       san.data + l.start, l.end - l.start, a, NULL);
			o->line++;
		}
	} else {
		x = art_margin(v, o->r.w);
		if (x + w > o->r.w - 1)
			x = o->r.w - 1 - w;
		if (o->w && y >= 0 && y < o->r.h - 1)
			ui_put(o->w, o->r.y + 1 + y, o->r.x + x, w, san.data, san.len, a, NULL);
		o->line++;
	}
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
	emit_wrapped(v, o, a->title ? a->title : "(untitled)",
	             v->art_par == 0 && v->focus == PANE_ARTICLE ? ui_mix(sel, ui_attr("title"))
	                                                         : ui_attr("title"),
	             1);
	meta[0] = 0;
	if (a->site)
		n += (size_t)snprintf(meta + n, sizeof meta - n, "%s", a->site);
	if (a->author && n < sizeof meta)
		n += (size_t)snprintf(meta + n, sizeof meta - n, "%s%s", n ? " · " : "", a->author);
	if ((a->published || a->time) && n < sizeof meta)
		snprintf(meta + n, sizeof meta - n, "%s%s", n ? " · " : "",
		         a->published ? a->published : a->time);
	if (meta[0])
		emit_wrapped(v, o, meta, ui_attr("meta"), 0);
	if (a->url) /* a link post is its URL: always in sight, never cut short */
		emit_url(v, o, a->url, ui_attr("meta") | A_UNDERLINE);
	if (a->keywords.n) {
		tt_buf kw = {0};
		tt_buf_adds(&kw, "Keywords: ");
		for (size_t i = 0; i < a->keywords.n; i++)
			tt_buf_printf(&kw, "%s%s", i ? ", " : "", a->keywords.v[i]);
		emit_wrapped(v, o, kw.data, ui_attr("meta"), 0);
		tt_buf_free(&kw);
	}
	emit_chips(v, o, "@article");
	for (size_t p = 0; p < a->body.n; p++) {
		char item[32];
		emit(v, o, "", 0, 0, NULL);
		starts[p + 1] = o->line;
		emit_wrapped(
		    v, o, a->body.v[p],
		    v->art_par == p + 1 && v->focus == PANE_ARTICLE ? sel : ui_attr("body"), 1);
		tags_paragraph_item(p + 1, item);
		emit_chips(v, o, item);
	}
	if (!a->body.n) {
		const char *none = a->url ? "(no text: the article is the link above)"
		                          : "(the article has no body text)";
		emit(v, o, none, strlen(none), ui_attr("time"), NULL);
	}
	return o->line;
}

static void article_draw(struct view *v, WINDOW *w, struct rect r)
{
	if (adjud_draw(v, w, r)) /* adjudicating: the decisions take the article's place */
		return;

	int *starts = tt_xcalloc(v->t->article.body.n + 1, sizeof *starts);
	struct art_out o = {.w = w, .r = r, .top = v->art_top};

	int total = art_layout(v, &o, starts), rows = r.h - 1, bottom = v->art_top + rows;
	char title[48];

	/* How far down the text the pane's last line is, as pagers say it. */
	if (total <= rows)
		snprintf(title, sizeof title, "Article (all)");
	else
		snprintf(title, sizeof title, "Article %d%%",
		         (bottom >= total ? total : bottom) * 100 / total);
	ui_pane_title(w, r, title, v->focus == PANE_ARTICLE);
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
