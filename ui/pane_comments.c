/* pane_comments: the comment tree — headers, wrapped bodies, rails, folding, moving. */
#include "view.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "threadtag/text.h"

enum { RAIL_W = 2, MIN_TEXT = 20 };

int comments_indent(int pane_w, unsigned depth)
{
	/* Past a point the indent stops growing so deep replies keep a readable width. */
	int keep = pane_w / 2 > MIN_TEXT ? pane_w / 2 : MIN_TEXT;
	int max = (pane_w - keep) / RAIL_W * RAIL_W;
	long ind = (long)depth * RAIL_W;

	if (max < 0)
		max = 0;
	return ind > max ? max : (int)ind;
}

int comments_text_width(const struct view *v, int pane_w, unsigned depth)
{
	int w = pane_w - comments_indent(pane_w, depth) - RAIL_W;

	if (v->text_max > 0 && w > v->text_max)
		w = v->text_max;
	return w < 1 ? 1 : w;
}

int comments_rows(const struct view *v)
{
	int n = v->crows - chain_pin_rows(v);

	return n > 0 ? n : 1;
}

void comments_para(struct view *v, const char *raw)
{
	links_display(raw, strlen(raw), &v->shown);
	v->scratch.len = 0;
	tt_text_sanitize(v->shown.data, v->shown.len, 1, &v->scratch);
}

/* Columns a line may take when it holds a long URL: the pane's, not the
 * reading width's (an address broken in two cannot be copied). */
static int url_width(int pane_w, unsigned depth)
{
	int w = pane_w - comments_indent(pane_w, depth) - RAIL_W;

	return w < 1 ? 1 : w;
}

static int is_url(const char *s, size_t n)
{
	return (n > 7 && !strncasecmp(s, "http://", 7)) ||
	       (n > 8 && !strncasecmp(s, "https://", 8)) || (n > 6 && !strncasecmp(s, "ftp://", 6));
}

int ui_wrap_line(const char *s, size_t len, size_t *pos, int cols, int hard, tt_line *l)
{
	size_t end;
	int w;

	if (!tt_text_wrap_next(s, len, pos, cols, l))
		return 0;
	if (hard <= cols || l->end >= len || s[l->end] == ' ' || s[l->end] == '\n')
		return 1; /* not a word cut in two */
	for (end = l->start; end < len && s[end] != ' ' && s[end] != '\n'; end++)
		;
	if (!is_url(s + l->start, end - l->start) ||
	    (w = tt_text_width(s + l->start, end - l->start)) > hard)
		return 1;
	l->end = end, l->width = w;
	*pos = end;
	while (*pos < len && s[*pos] == ' ')
		(*pos)++;
	if (*pos < len && s[*pos] == '\n')
		(*pos)++;
	if (*pos >= len)
		*pos = len > 0 ? len : 1;
	return 1;
}

/* Lines of the body at width cols: wrapped paragraphs with a blank between.
 * The wrapping is the line cache's, which drawing the comment then reuses. */
static int body_lines(struct view *v, const tt_comment *c, int cols, int hard)
{
	int n = 0;

	for (size_t p = 0; p < c->body.n; p++)
		n += (p > 0) +
		     lc_count(lc_get(v, c->body.v[p], cols, hard, ui_attr("body"), v->pattern));
	return n;
}

int comments_height(struct view *v, const tt_comment *c)
{
	int cols = comments_text_width(v, v->ccols, c->depth), hard = url_width(v->ccols, c->depth);
	int key = cols | hard << 16; /* both widths decide the wrapping */
	struct hcache *h = &v->hc[c->index];

	if (view_collapsed(v, c))
		return 1; /* a folded comment is its header alone, so many fit a screen */
	if (h->width != key) {
		h->width = key;
		h->lines = body_lines(v, c, cols, hard);
	}
	return 1 + h->lines + 1;
}

int comments_hit_line(struct view *v, const tt_comment *c, const char *pat)
{
	int cols = comments_text_width(v, v->ccols, c->depth), li = 1;
	int hard = url_width(v->ccols, c->depth);

	for (size_t p = 0; p < c->body.n; p++) {
		size_t pos = 0;
		long at;
		tt_line l;

		li += p > 0; /* the blank line between paragraphs */
		comments_para(v, c->body.v[p]);
		at = tt_text_find(v->scratch.data, v->scratch.len, 0, pat);
		while (ui_wrap_line(v->scratch.data, v->scratch.len, &pos, cols, hard, &l)) {
			if (at >= 0 && (size_t)at < l.end)
				return li;
			li++;
		}
	}
	return 0;
}

/* Placeholders the sources put where a name or a text was taken away. */
static int is_placeholder(const char *s)
{
	return s && (!strcmp(s, "[deleted]") || !strcmp(s, "[removed]"));
}

const char *comments_gone_marker(const tt_comment *c)
{
	if (c->flags & TT_C_DEAD)
		return "[dead]";
	if (!(c->flags & TT_C_DELETED))
		return NULL;
	/* Reddit says "[removed]" for moderators' removals, "[deleted]" for authors'. */
	if (c->body.n == 1 && !strcmp(c->body.v[0], "[removed]"))
		return "[removed]";
	return "[deleted]";
}

const char *comments_known_author(const tt_comment *c)
{
	return c->author && *c->author && !is_placeholder(c->author) ? c->author : NULL;
}

/* The mark of the article's author among the comments: the one who posted the
 * thread on a forum, the writer of a news article. */
static const char *poster_mark(const tt_thread *t)
{
	const char *src = t->source ? t->source : "";

	return strstr(src, "reddit.com") || strstr(src, "news.ycombinator.com") ? " [OP]"
	                                                                        : " [author]";
}

/* The attribute of the rail at depth d; the six names are fixed, so no
 * formatting per rail (it was a third of a key's drawing). */
static attr_t rail_attr(unsigned d)
{
	static const char *const names[6] = {"rail.1", "rail.2", "rail.3",
	                                     "rail.4", "rail.5", "rail.6"};
	return ui_attr(names[d % 6]);
}

/* One rail at column x; the blank after it takes the rail's attribute when
 * that looks the same, so the terminal is sent one colour change per rail
 * instead of a change and a reset (a tenth of a page's doupdate). Returns the
 * cells it set (1 or 2). */
static int draw_rail(WINDOW *w, int y, int x, int room, attr_t a)
{
	int n = room > 1 && ui_blank_alike(a, getbkgd(w) & A_ATTRIBUTES) ? 2 : 1;

	mvwadd_wch(w, y, x, WACS_VLINE);
	mvwchgat(w, y, x, n, a & ~A_COLOR, PAIR_NUMBER(a), NULL);
	return n;
}

/* A rail of each of the six colours as draw_rail left it, read back from the
 * window (as the header cache reads a header) and then copied: a row of a deep
 * reply holds dozens of rails, and drawing each (wadd_wch, wchgat, the role's
 * attribute looked up by name) cost about 500 instructions against about 250
 * for its two cells in one wadd_wchnstr of the row's rails. What the cells
 * depend on is the key: the colours (their generation), the line character
 * (ACS or Unicode, per terminal) and the window's background. */
static struct rail_copies {
	int on;
	unsigned gen;
	cchar_t vline, bkgd;
	int n[6]; /* cells kept for colour d % 6: 0 none yet, 1 or 2 */
	cchar_t cell[6][2];
} rails = {.on = 1};

void comments_rail_copy(int on)
{
	rails.on = on;
}

/* Forgets the kept rails when what they were made under changed. */
static void rails_check(WINDOW *w)
{
	cchar_t bg;

	memset(&bg, 0, sizeof bg);
	wgetbkgrnd(w, &bg);
	if (rails.gen == ui_colors_generation() && !memcmp(&rails.vline, WACS_VLINE, sizeof bg) &&
	    !memcmp(&rails.bkgd, &bg, sizeof bg))
		return;
	rails.gen = ui_colors_generation();
	rails.vline = *WACS_VLINE;
	rails.bkgd = bg;
	memset(rails.n, 0, sizeof rails.n);
}

/* Rails gathered on one row and written with one wadd_wchnstr. */
struct rail_run {
	WINDOW *w;
	int y, x, n;
	int cur; /* the column after the last rail */
	cchar_t cell[64];
};

static void rail_flush(struct rail_run *run)
{
	if (!run->n)
		return;
	mvwadd_wchnstr(run->w, run->y, run->x, run->cell, run->n);
	wmove(run->w, run->y, run->cur); /* where draw_rail's wadd_wch leaves it */
	run->n = 0;
}

/* Whether cell c is a blank (the one after a rail must be, to be kept). */
static int is_blank(const cchar_t *c)
{
	wchar_t wc[CCHARW_MAX + 1];
	attr_t a;
	short pair;

	return getcchar(c, wc, &a, &pair, NULL) == OK && wc[0] == L' ' && !wc[1];
}

/* The rail of depth d at column x, from the kept cells when there are some;
 * else drawn and kept. */
static void rail_put(struct rail_run *run, int x, int room, unsigned d)
{
	int k = (int)(d % 6), n = rails.n[k];

	if (!rails.on || room < 2 || !n) {
		rail_flush(run);
		n = draw_rail(run->w, run->y, x, room, rail_attr(d));
		if (rails.on && room >= 2) {
			for (int i = 0; i < n; i++)
				mvwin_wch(run->w, run->y, x + i, &rails.cell[k][i]);
			rails.n[k] = n == 1 || is_blank(&rails.cell[k][1]) ? n : 0;
			wmove(run->w, run->y, x + 1);
		}
		return;
	}
	if (run->n &&
	    (run->x + run->n != x || run->n + n > (int)(sizeof run->cell / sizeof *run->cell)))
		rail_flush(run);
	if (!run->n)
		run->x = x;
	for (int i = 0; i < n; i++)
		run->cell[run->n++] = rails.cell[k][i];
	run->cur = x + 1;
	if (n == 1) /* the blank after it is not the rail's: left as it is */
		rail_flush(run);
}

/* Rails of the ancestors (and the comment's own rail when own) on row y; the
 * blank after each is the pane's, never text. */
static void draw_rails(WINDOW *w, int y, int x, int pane_w, const tt_comment *c, int own)
{
	int ind = comments_indent(pane_w, c->depth);
	unsigned levels = (unsigned)(ind / RAIL_W);
	struct rail_run run = {.w = w, .y = y};

	if (rails.on)
		rails_check(w);
	for (unsigned l = 0; l < levels; l++) /* capped indent: the nearest ancestors' */
		rail_put(&run, x + (int)l * RAIL_W, RAIL_W, c->depth - levels + l);
	if (own && ind + 1 <= pane_w)
		rail_put(&run, x + ind, pane_w - ind, c->depth);
	rail_flush(&run);
}

/* The header: fold marker, author, time, replies, depth when capped, tag chips. */
static void render_header(struct view *v, WINDOW *w, int y, struct rect r, const tt_comment *c,
                        struct rowmap *rm)
{
	int ind = comments_indent(r.w, c->depth), x = r.x + ind, end = r.x + r.w, sel = c == v->sel;
	attr_t base = sel ? ui_attr("selection") : ui_attr("body");
#define SEG(role) (sel ? ui_mix(base, ui_attr(role)) : ui_attr(role))
	int collapsed = view_collapsed(v, c);
	char buf[96];

	rm->header = 1;
	ui_fill(w, y, r.x + ind, r.w - ind, base);
	draw_rails(w, y, r.x, r.w, c, 0);
	x += ui_put(w, y, x, end - x, collapsed ? "+ " : "- ", 2, SEG("collapsed") | A_BOLD, NULL);
	rm->toggle_upto = x - r.x;
	const char *mark = comments_gone_marker(c), *au = comments_known_author(c);
	if (mark)
		x += ui_put(w, y, x, end - x, mark, strlen(mark), SEG("time"), NULL);
	if (ui_news_is_new(v, c)) /* news.c: added by an update since the last visit */
		x += ui_put(w, y, x, end - x, "[new] ", 6, SEG("meta") | A_BOLD, NULL);
	if (tt_comment_edited(v->t, c))
		x += ui_put(w, y, x, end - x, "[edited] ", 9, SEG("meta"), NULL);
	if (au || !mark) {
		if (mark)
			x += ui_put(w, y, x, end - x, " ", 1, base, NULL);
		au = au ? au : is_placeholder(c->author) ? "(author deleted)" : "(unknown)";
		x += ui_put(w, y, x, end - x, au, strlen(au), SEG("author"), v->pattern);
	}
	if (au && v->t->article.author && !strcmp(au, v->t->article.author)) {
		const char *op = poster_mark(v->t);
		x += ui_put(w, y, x, end - x, op, strlen(op), SEG("meta") | A_BOLD, NULL);
	}
	if (c->parent) { /* who this replies to, so a deep reply reads on its own */
		const char *pa = comments_known_author(c->parent);
		x += ui_put(w, y, x, end - x, "  \xe2\x86\xb3 ", 6, SEG("meta"), NULL);
		pa = pa                                ? pa
		     : comments_gone_marker(c->parent) ? comments_gone_marker(c->parent)
		                                       : "(unknown)";
		x += ui_put(w, y, x, end - x, pa, strlen(pa), SEG("meta"), NULL);
	}
	const char *tm = when_comment(v, c, 0, buf, sizeof buf);
	if (tm) {
		x += ui_put(w, y, x, end - x, "  ", 2, base, NULL);
		x += ui_put(w, y, x, end - x, tm, strlen(tm), SEG("time"), NULL);
	}
	long long more = tt_comment_more(v->t, c);
	if (c->first_child || more) {
		/* The same count folded or not; "[+...]" says the replies are out of sight. */
		int n = snprintf(buf, sizeof buf, collapsed ? "  [+%u repl%s]" : "  %u repl%s",
		                 c->subtree, c->subtree == 1 ? "y" : "ies");
		rm->count_from = x - r.x;
		x += ui_put(w, y, x, end - x, buf, (size_t)n, SEG("reply-count"), NULL);
		rm->count_to = x - r.x;
		if (more > 0) { /* replies the source knew of but did not include */
			n = snprintf(buf, sizeof buf, " (+%lld not in the file)", more);
			x += ui_put(w, y, x, end - x, buf, (size_t)n, SEG("meta"), NULL);
		}
	} else if (collapsed) {
		x += ui_put(w, y, x, end - x, "  [+]", 5, SEG("reply-count"), NULL);
	}
	if (ind < (int)c->depth * RAIL_W) {
		int n = snprintf(buf, sizeof buf, "  d%u", c->depth);
		x += ui_put(w, y, x, end - x, buf, (size_t)n, SEG("rail"), NULL);
	}
	x += tags_chips(v, w, y, x + 1, end - x - 1, c->id) + 1;
	x += review_chips(v, w, y, x, end - x, c->id);
	if (collapsed && c->subtree)
		tags_subtree_counts(v, w, y, x + 1, end - x - 1, c);
#undef SEG
}

/* A header as render_header draws it, copied from the header cache when the
 * comment's header was drawn before in the same state (a drawn header costs
 * 15,000-20,000 instructions, a copied one a few thousand). */
static void draw_header(struct view *v, WINDOW *w, int y, struct rect r, const tt_comment *c,
                        struct rowmap *rm)
{
	/* The rails first: the copy leaves the cursor where the drawing did. */
	draw_rails(w, y, r.x, r.w, c, 0);
	if (hdr_put(v, w, y, r, c, rm))
		return;
	render_header(v, w, y, r, c, rm);
	hdr_keep(v, w, y, r, c, rm);
}

/* Draws lines [from, from + n) of comment c starting at screen row y. */
static void draw_comment(struct view *v, WINDOW *w, struct rect r, int y, const tt_comment *c,
                         int from, int n, struct rowmap *rows)
{
	int li = 0, cols = comments_text_width(v, r.w, c->depth), hard = url_width(r.w, c->depth);
	int tx = r.x + comments_indent(r.w, c->depth) + RAIL_W;
	attr_t body = ui_attr("body");

#define EMIT_ROW() (li >= from && li < from + n)
	if (EMIT_ROW()) {
		rows[li - from] = (struct rowmap){.c = (tt_comment *)c};
		draw_header(v, w, y + li - from, r, c, &rows[li - from]);
	}
	li++;
	if (!view_collapsed(v, c)) {
		for (size_t p = 0; p < c->body.n && li < from + n; p++) {
			struct lc_entry *e;

			if (p > 0) {
				if (EMIT_ROW()) {
					rows[li - from] = (struct rowmap){.c = (tt_comment *)c};
					draw_rails(w, y + li - from, r.x, r.w, c, 1);
				}
				li++;
			}
			e = lc_get(v, c->body.v[p], cols, hard, body, v->pattern);
			for (int i = 0; i < lc_count(e) && li < from + n; i++, li++) {
				if (EMIT_ROW()) {
					int row = y + li - from;
					rows[li - from] =
					    (struct rowmap){.c = (tt_comment *)c,
					                    .toggle_upto = tx - r.x - RAIL_W + 1};
					draw_rails(w, row, r.x, r.w, c, 1);
					lc_put(v, w, row, tx, r.x + r.w - tx, e, i);
				}
			}
		}
	}
	if (EMIT_ROW() && !view_collapsed(v, c)) {
		rows[li - from] = (struct rowmap){.c = (tt_comment *)c};
		draw_rails(w, y + li - from, r.x, r.w, c, 0);
	}
#undef EMIT_ROW
}

static void remember(struct view *v, int pin);

static void comments_draw(struct view *v, WINDOW *w, struct rect r)
{
	int y = r.y + 1, end = r.y + r.h, off = v->top_off, pin;
	char title[112];

	if (v->limited)
		snprintf(title, sizeof title, "Comments (limit: %s)", v->limit_desc);
	else
		snprintf(title, sizeof title, "Comments (%zu)", v->t->ncomments);
	ui_pane_title(w, r, title, v->focus == PANE_COMMENTS);
	if (v->nrowmap < r.h) {
		v->rowmap = tt_xrealloc(v->rowmap, (size_t)r.h * sizeof *v->rowmap);
		v->nrowmap = r.h;
	}
	memset(v->rowmap, 0, (size_t)v->nrowmap * sizeof *v->rowmap);
	if (!v->sel) {
		const char *none = v->limited ? "No comment matches the limit (L, then Enter: all)."
		                              : "This thread has no comments.";
		if (y < end)
			ui_put(w, y, r.x + 1, r.w - 1, none, strlen(none), ui_attr("time"), NULL);
		return;
	}
	pin = chain_pin_draw(v, w, r, y);
	y += pin;
	for (const tt_comment *c = v->top; c && y < end; c = nav_next(v, c)) {
		int h = comments_height(v, c) - off;
		int n = h < end - y ? h : end - y;
		draw_comment(v, w, r, y, c, off, n, v->rowmap + (y - r.y));
		y += n;
		off = 0;
	}
	/* A comment scrolled past its header keeps the header on the top row, so
	 * the reader knows whose words these are (it covers a line already read). */
	if (v->top_off > 0 && r.h > 2 + pin && comments_height(v, v->top) - v->top_off > 1) {
		v->rowmap[1 + pin] = (struct rowmap){.c = v->top};
		draw_header(v, w, r.y + 1 + pin, r, v->top, &v->rowmap[1 + pin]);
	}
	remember(v, pin);
}

/* The pane's state as drawn, for comments_redraw_selection. */
static void remember(struct view *v, int pin)
{
	struct frame *f = &v->drawn;

	f->sel = v->sel, f->top = v->top, f->top_off = v->top_off, f->pin = pin;
	f->focus = v->focus, f->fold_default = v->fold_default, f->limited = v->limited;
	f->epoch = v->epoch, f->fold_changes = v->fold_changes;
	f->limit = v->limit, f->nlimit = v->nlimit, f->minute = v->now / 60;
}

/* c is folded and d is one of its replies, so c's header counts d's tags. */
static int holds(struct view *v, const tt_comment *c, const tt_comment *d)
{
	return c->subtree && d->index > c->index && d->index <= c->index + c->subtree &&
	       view_collapsed(v, c);
}

int comments_redraw_selection(struct view *v, WINDOW *w, struct rect r)
{
	const struct frame *f = &v->drawn;
	const tt_comment *was = f->sel;

	/* Anything but the selection moved (a scroll, a fold, a limit, the pinned
	 * chain, which follows the selection, the minute relative times count
	 * from): the whole pane is drawn. */
	if (!v->sel || !was || f->top != v->top || f->top_off != v->top_off || f->pin ||
	    chain_pin_rows(v) || f->focus != v->focus || f->fold_default != v->fold_default ||
	    f->limited != v->limited || f->epoch != v->epoch ||
	    f->fold_changes != v->fold_changes || f->limit != v->limit || f->nlimit != v->nlimit ||
	    f->minute != v->now / 60 || v->nrowmap < r.h)
		return 0;
	/* Only two headers differ: the selection's highlight, and the tags of the
	 * comment a stance key changed, which is one of them (the selection, or
	 * the one it left when the key moves on); and the tag counts a folded
	 * ancestor shows for its replies (a limit shows replies of folded ones). */
	for (int y = 1; y < r.h; y++) {
		struct rowmap *rm = &v->rowmap[y];
		if (rm->header && (rm->c == was || rm->c == v->sel || holds(v, rm->c, was) ||
		                   holds(v, rm->c, v->sel))) {
			tt_comment *c = rm->c;
			*rm = (struct rowmap){.c = c};
			draw_header(v, w, r.y + y, r, c, rm);
		}
	}
	v->drawn.sel = v->sel;
	return 1;
}

/* Moves the selection n shown comments forward (or back when n < 0). */
static void move_by(struct view *v, long n)
{
	tt_comment *c = v->sel;

	for (; n > 0; n--) {
		tt_comment *nx = nav_next(v, c);
		if (!nx)
			break;
		c = nx;
	}
	for (; n < 0; n++) {
		tt_comment *pv = nav_prev(v, c);
		if (!pv)
			break;
		c = pv;
	}
	view_select(v, c);
}

/* Lines of the selection below the pane's bottom edge (0 when it all shows). */
static int lines_below(struct view *v)
{
	int y = -v->top_off;

	for (const tt_comment *c = v->top; c && c != v->sel; c = nav_next(v, c)) {
		y += comments_height(v, c);
		if (y > comments_rows(v))
			return 0;
	}
	y += comments_height(v, v->sel);
	return y > comments_rows(v) ? y - comments_rows(v) : 0;
}

/* Pages by moving the selection to the comment shown about n lines away. */
static void page(struct view *v, int lines)
{
	nav_scroll(v, lines);
	if (lines > 0) {
		tt_comment *c = v->top;
		if (v->top_off > 0 && nav_next(v, c))
			c = nav_next(v, c);
		if (!nav_next(v, v->top) && lines_below(v) == 0)
			c = nav_last(v);
		v->sel = c->index > v->sel->index ? c : v->sel;
	} else {
		v->sel = v->top->index < v->sel->index ? v->top : v->sel;
	}
	nav_ensure_visible(v);
}

static int move_key(struct view *v, enum action a)
{
	int rows = comments_rows(v);
	tt_comment *c = v->sel, *t;

	switch (a) {
	case ACT_MOVE_DOWN:
		if (lines_below(v) > 0 && comments_height(v, c) > rows) {
			/* rows - 2: the sticky header covers one row */
			int below = lines_below(v), step = rows > 3 ? rows - 2 : 1;
			nav_scroll(v, below < step ? below : step);
		} else {
			move_by(v, 1);
		}
		break;
	case ACT_MOVE_UP:
		if (v->top == c && v->top_off > 0)
			nav_scroll(v, -(v->top_off < rows - 1 ? v->top_off : rows - 1));
		else
			move_by(v, -1);
		break;
	case ACT_FIRST:
		view_select(v, nav_first(v));
		break;
	case ACT_LAST:
		view_select(v, nav_last(v));
		break;
	case ACT_HALF_DOWN:
		page(v, rows / 2 > 0 ? rows / 2 : 1);
		break;
	case ACT_HALF_UP:
		page(v, -(rows / 2 > 0 ? rows / 2 : 1));
		break;
	case ACT_PAGE_DOWN:
		page(v, rows > 2 ? rows - 2 : 1);
		break;
	case ACT_PAGE_UP:
		page(v, -(rows > 2 ? rows - 2 : 1));
		break;
	case ACT_SCROLL_DOWN:
		nav_scroll(v, 1);
		break;
	case ACT_SCROLL_UP:
		nav_scroll(v, -1);
		break;
	case ACT_PARENT:
		if (!c->parent)
			return view_message(v, 0, "A top-level comment has no parent."), RD_STATUS;
		view_select(v, c->parent);
		break;
	case ACT_NEXT_SIBLING:
	case ACT_PREV_SIBLING:
		t = a == ACT_NEXT_SIBLING ? c->next_sibling : tt_comment_prev_sibling(v->t, c);
		if (!t)
			return view_message(v, 0, "No %s sibling.",
			                    a == ACT_NEXT_SIBLING ? "next" : "previous"),
			       RD_STATUS;
		view_select(v, t);
		break;
	case ACT_NEXT_TOP:
	case ACT_PREV_TOP:
		t = tt_comment_top(c);
		t = a == ACT_NEXT_TOP ? tt_comment_next_top(t)
		                      : (t != c ? t : tt_comment_prev_top(v->t, t));
		if (t)
			view_select(v, t);
		break;
	default:
		return RD_NONE;
	}
	/* The selection shows in the comments, the tags pane and the status line. */
	return RD_COMMENTS | RD_TAGS | RD_STATUS;
}

static int fold_key(struct view *v, enum action a)
{
	tt_comment *c = v->sel;

	switch (a) {
	case ACT_TOGGLE:
		view_set_collapsed(v, c, !view_collapsed(v, c));
		break;
	case ACT_FOLD_THREAD:
		c = tt_comment_top(c);
		view_set_collapsed(v, c, 1);
		v->sel = c;
		break;
	case ACT_COLLAPSE_ALL:
	case ACT_EXPAND_ALL:
		v->fold_default = a == ACT_COLLAPSE_ALL;
		v->epoch++;
		v->fold_changes++;
		v->ncollapsed = 0;
		/* The selection stays where the reader was: its ancestors stay open. */
		if (a == ACT_COLLAPSE_ALL && !v->limited)
			view_reveal(v, c);
		break;
	default:
		return RD_NONE;
	}
	if (v->top && !nav_shown(v, v->top))
		v->top = NULL;
	nav_ensure_visible(v);
	/* Folding shows only in the comments; folding the thread moves the
	 * selection, which the tags pane shows. */
	return RD_COMMENTS | RD_STATUS | (a == ACT_FOLD_THREAD ? RD_TAGS : 0);
}

static int comments_key(struct view *v, enum action a, ui_key k)
{
	int rd;

	(void)k;
	if (!v->sel)
		return RD_NONE;
	rd = move_key(v, a);
	return rd ? rd : fold_key(v, a);
}

/* Whose rail is at column x of a row of comment c: an ancestor's rail folds
 * that ancestor, like clicking its header. */
static tt_comment *rail_owner(struct view *v, tt_comment *c, int x)
{
	int ind = comments_indent(v->ccols, c->depth);
	unsigned levels = (unsigned)(ind / RAIL_W), level = (unsigned)(x / RAIL_W);
	tt_comment *a = c;

	if (x >= ind || level >= levels)
		return c;
	/* Rail `level` belongs to the ancestor at depth c->depth - levels + level. */
	for (unsigned up = levels - level; up > 0 && a->parent; up--)
		a = a->parent;
	return a;
}

static int comments_click(struct view *v, int y, int x, int button)
{
	struct rowmap *rm;

	if (button == 4 || button == 5) {
		nav_scroll(v, button == 4 ? -3 : 3);
		return RD_PANES;
	}
	y++; /* the map counts the title row */
	if (y < 1 || y >= v->nrowmap || !v->rowmap[y].c)
		return RD_NONE;
	rm = &v->rowmap[y];
	v->sel = rm->c;
	if (x < rm->toggle_upto || (x >= rm->count_from && x < rm->count_to)) {
		tt_comment *t = rail_owner(v, rm->c, x);
		view_set_collapsed(v, t, !view_collapsed(v, t));
		v->sel = t;
		if (v->top && !nav_shown(v, v->top))
			v->top = t;
	}
	nav_ensure_visible(v);
	return RD_ALL;
}

const struct pane_ops pane_comments = {
    .title = "Comments",
    .draw = comments_draw,
    .key = comments_key,
    .click = comments_click,
};
